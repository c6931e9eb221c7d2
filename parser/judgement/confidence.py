"""How sure the judgement is: evidence sentences and a confidence for the outcome and each
ground, and whether the record should be looked at by a person (`needs_review`).

Why apart from outcome.decide(): the decision stays one readable cascade; this step reads the
same cue families afterwards and asks how many of them agree with what was decided, how many
point elsewhere, whether every numbered answer had something to go on, and whether each
citation is well formed. Settings (threshold, weights) live in parser/data/review.yml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from parser.judgement import cues, ncnd as ncnd_step, outcome as outcome_step
from parser.judgement.outcome import _Signals, _has_figures, _split_parts, _withholds, _within
from parser.judgement.spans import quick_sentence_bounds, request_spans
from parser.record import Disclosure, Exemption

_SETTINGS = Path(__file__).resolve().parent.parent / "data" / "review.yml"
_CONSIDERED = re.compile(r"\bconsider(?:ed|ing)\s+(?:whether|if)\b", re.I)


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """review.yml, read once."""
    with _SETTINGS.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def _balanced(sentence: str) -> bool:
    depth = 0
    for ch in sentence:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


def ground_confidence(e: Exemption) -> tuple[float, list[str]]:
    """A ground's confidence and what lowered it."""
    w = settings()["ground_weights"]
    score, why = 0.95, []
    if not e.evidence.strip():
        return round(score - w["no_evidence"], 2), [f"{e.code}: no sentence found for it"]
    if not (cues.search("relied", e.evidence) or re.search(r"\bengag|\bappl(?:y|ies|ied)\b|\bwithh", e.evidence, re.I)):
        score -= w["no_relied_cue"]
        why.append(f"{e.code}: its sentence does not say it is relied on")
    if not _balanced(e.evidence):
        score -= w["malformed"]
        why.append(f"{e.code}: the citation's brackets do not balance")
    if e.name is None:
        score -= w["unknown_provision"]
        why.append(f"{e.code}: not a provision the parser knows")
    if _CONSIDERED.search(e.evidence):
        score -= w["considered"]
        why.append(f"{e.code}: its sentence only says it was considered")
    return round(max(0.05, score), 2), why


def _clean(s: str) -> str:
    return " ".join(s.split())


def _dedupe(sentences: list[str]) -> list[str]:
    """Each sentence once, and no piece of another: a cue found on one line of a sentence that a
    PDF wrapped ("Deny (NCND) response, explained below.") and again in the whole sentence would
    otherwise show the reader the same words twice."""
    seen: set[str] = set()
    out = []
    for s in sentences:
        s = _clean(s)
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    flat = [" ".join(s.split()).casefold() for s in out]
    return [s for i, s in enumerate(out) if not any(i != j and flat[i] in flat[j] for j in range(len(out)))]


_KINDS = ("given", "withheld", "not_held", "partial")


def _cues(record: Disclosure, sig: _Signals | None = None,
          kinds: tuple[str, ...] = _KINDS) -> dict[str, list[str]]:
    """Sentences for each kind of cue: given, withheld, not held, partial-release. With the
    decision's own cue hits (`sig`) only the kinds asked for are searched, and the decision's
    part coverage stands in for this one's."""
    text = record.body_text
    judged = sig is not None
    if sig is None:
        sig = _Signals(cues.scanner(text), request_spans(text, record.request_text))
    grounds = [e for e in record.exemptions if _withholds(e)]
    out: dict[str, list[str]] = dict.fromkeys(_KINDS, [])
    if "given" in kinds:
        given = [s for _, s in sig.given] + [s for _, s in sig.stated]
        tables = [t for t in record.tables if _has_figures(t)]
        if tables and not given:
            given = [t.caption or "a table of figures: " + " | ".join(t.header) for t in tables][:1]
        out["given"] = given
    if "withheld" in kinds:
        withheld = [e.evidence for e in grounds if e.evidence]
        withheld += [s for _, s in ncnd_step.statements(text, request_text=record.request_text)]
        withheld += [s for _, s in sig.refusal]
        withheld += [s for _, s in sig.whole_said]
        out["withheld"] = withheld
    if "not_held" in kinds:
        out["not_held"] = [s for _, s in sig.not_held] + [e.evidence for e in record.exemptions if not _withholds(e)]
    if "partial" in kinds:
        out["partial"] = [s for _, s in sig.partial_said]
    if judged:
        out["_coverage"] = []
        return {k: _dedupe(v) for k, v in out.items()}
    # Numbered answers with nothing at all to go on: the decision guessed for them.
    parts = [p for p in _split_parts(text) if p.numbered and not p.is_request]
    blind = 0
    for p in parts:
        if not any(_within(sig_list, p) for sig_list in (sig.given, sig.stated, sig.not_held, sig.refusal)):
            if not any(p.start <= text.find(e.evidence[:40]) < p.end for e in grounds if e.evidence):
                blind += 1
    out["_coverage"] = [f"{blind}/{len(parts)}"] if parts else []
    return {k: _dedupe(v) for k, v in out.items()}


def _judged(record: Disclosure) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(sentences the decision rests on, cue sentences found by searching the text).

    The first come from outcome.decide() when it judged this very text to this outcome (the
    parse pipeline); a merged record (combine.py) is searched afresh for both."""
    j = outcome_step.recent(record.body_text)
    if j is None or j.outcome != record.outcome or j.signals is None \
            or j.codes != tuple(e.code for e in record.exemptions):
        searched = _cues(record)
        return searched, searched
    # only the kinds that could contradict this outcome, and the partial-release cues
    searched = _cues(record, j.signals, kinds=_CONTRADICT[record.outcome] + ("partial",))
    used = {k: list(v) for k, v in j.sentences.items()}
    used["partial"] = _dedupe(used.get("partial", []) + searched["partial"])
    used["_coverage"] = [f"{j.guessed}/{j.parts}"] if j.parts >= 2 else []
    return used, searched


# For each outcome: the cue kinds that support it and those that contradict it.
_SUPPORT = {
    "disclosed": ("given",),
    "partial": ("partial", "given", "withheld", "not_held"),
    "refused": ("withheld",),
    "not_held": ("not_held",),
}
_CONTRADICT = {
    "disclosed": ("withheld", "not_held", "partial"),
    "partial": (),
    "refused": ("given", "partial"),
    "not_held": ("given", "withheld"),
}


def _corroborated(record: Disclosure) -> bool:
    """A one-sentence disclosure backed by a table of figures, or a one-sentence refusal
    backed by NCND: the second signal stands in for a second sentence."""
    if record.outcome == "disclosed":
        return any(_has_figures(t) for t in record.tables)
    return bool(record.ncnd)


def _nothing_else_answers(record: Disclosure, sentence: str) -> bool:
    """A refusal whose one sentence withholds the whole ("the information requested is exempt")
    in a reply with nothing that reads as an answer: no figure stated in prose, no lines of
    figures, no plain statement of fact. Goodwill figures or prose answers beside such a
    sentence are the commonest partial read as refused, so those keep the one-sentence doubt."""
    if not cues.search("withheld_whole_subject", sentence):
        return False
    text = record.body_text
    request = request_spans(text, record.request_text)
    sig = _Signals(cues.scanner(text), request)
    if sig.stated or outcome_step._figure_lines(text, 0, len(text)) >= 2 or _listed_items(text, request) >= 3:
        return False
    whole = [outcome_step.Part(0, len(text))]
    return not outcome_step._answer_prose(text, whole, request)


# A numbered or bulleted item of the reply's own (not the request's) that is not about the law:
# a list of cases, notices, sites or posts set out beside a refusal is an answer of sorts, the
# goodwill list or part answer a one-sentence refusal most often hides.
_LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|\([a-z0-9]{1,2}\)|[a-h][.)]|[-\u2022*\u2013])[ \t]+\S[^\n]{2,}$", re.M)
_LEGAL_ITEM = re.compile(
    r"\b(?:section|s\.|sections|regulations?|exemptions?|exceptions?|act|request(?:ed)?|questions?|asked|"
    r"please|how\s+many|what|which|whether|provide|copy|copies)\b", re.I
)


def _listed_items(text: str, request: list[tuple[int, int]]) -> int:
    """Items of the reply's own lists that are not legal text or restated questions."""
    n = 0
    for m in _LIST_ITEM.finditer(text):
        if any(lo <= m.start() < hi for lo, hi in request) or _LEGAL_ITEM.search(m.group(0)):
            continue
        n += 1
    return n


def _given_in_prose_only(record: Disclosure, given: list[str]) -> bool:
    """What was given is only sentences: no table of figures, no lines of figures, nothing attached."""
    if any(_has_figures(t) for t in record.tables) or any(outcome_step._ATTACHED.search(x) for x in given):
        return False
    text = record.body_text
    return outcome_step._figure_lines(text, 0, len(text)) < 2


def _given_instead(text: str, not_held: list[str]) -> str:
    """A sentence after the first not-held one saying something was given in its place, else ""."""
    at = text.find(not_held[0][:60])
    if at < 0:
        return ""
    m = cues.pattern("given_instead").search(text, at)
    return " ".join(text[slice(*quick_sentence_bounds(text, m.start(), m.end()))].split()) if m else ""


def _holding_confirmed_last(record: Disclosure) -> bool:
    """Whether the last statement about what was given confirms that information is held,
    with no given cue, figure line or table after it."""
    text = record.body_text
    confirms = [m.start() for m in cues.pattern("confirms_holding").finditer(text)]
    if not confirms:
        return False
    sig = _Signals(cues.scanner(text), request_spans(text, record.request_text))
    after = [at for at, _ in sig.given + sig.stated if at > confirms[-1]]
    tail = text[confirms[-1]:]
    return not after and not re.search(r"^[^\n]{0,80}\d[\d,]*\s*$", tail, re.M)


def assess(record: Disclosure) -> None:
    """Fill the record's evidence, confidences, needs_review and review_reasons."""
    cfg = settings()
    w = cfg["weights"]
    reasons: list[str] = []
    weak = []
    for e in record.exemptions:
        e.confidence, why = ground_confidence(e)
        if e.confidence < cfg["ground_threshold"]:
            weak.append(e.code)
            reasons += why
    if record.outcome is None:
        record.outcome_evidence, record.outcome_confidence = [], 0.0
        record.needs_review = True
        record.review_reasons = ["no outcome could be read"] + reasons
        return
    found, searched = _judged(record)
    outcome = record.outcome
    score = w["base"]
    if outcome == "partial":
        # Partial needs something given and something kept back (or a partial-release cue).
        both = bool(found["given"]) and bool(found["withheld"] or found["not_held"])
        support = int(both) + int(bool(found["partial"]))
        evidence = found["partial"] + found["given"][:1] + (found["withheld"] or found["not_held"])[:2]
        if not both and not found["partial"]:
            reasons.append("partial, but no sentence shows both something given and something kept back")
            score -= w["contradiction"]
        elif not found["partial"] and not found["withheld"] and found["not_held"] and _given_in_prose_only(record, found["given"]):
            # nothing withheld, one not-held sentence beside answers in prose: the not-held part may
            # be a caveat on what was given or a neighbouring question (disclosed), or the prose may
            # be the not-held reply's explanation (not_held), the commonest partial misread
            reasons.append(f"partial, but the only part kept back is said not to be held beside answers in prose: {found['not_held'][0][:100]!r}")
            score -= w["partial_not_held_in_prose"]
        elif not found["partial"] and not found["withheld"] and found["not_held"] \
                and (instead := _given_instead(record.body_text, found["not_held"])):
            # "Arrests are not recorded as such. To help, I have instead set out the recorded crimes":
            # what was given stands in for what is not held, a neighbouring answer (not held by the
            # labels' convention, partial or disclosed to other readers)
            reasons.append(f"partial, but what was given stands in for what is not held: {instead[:100]!r}")
            score -= w["partial_not_held_in_prose"]
    else:
        kind = _SUPPORT[outcome][0]
        evidence = list(found[kind])
        support = min(2, len(evidence))
        if not evidence:
            reasons.append(f"{outcome}, but no sentence says so")
        elif len(evidence) == 1 and outcome in ("disclosed", "refused") and not _corroborated(record) \
                and not (outcome == "refused" and _nothing_else_answers(record, evidence[0])):
            # (one sentence withholding the whole, with nothing else that reads as an answer,
            # is enough alone)
            score -= w["single_cue"]
            reasons.append(f"{outcome} rests on one sentence alone")
        for other in _CONTRADICT[outcome]:
            # a cue the decision did not use, pointing to another outcome
            against = [x for x in searched[other] if x not in found.get(other, ())]
            if against:
                score -= w["contradiction"]
                reasons.append(f"{outcome}, but a sentence reads as {other.replace('_', ' ')}: {against[0][:100]!r}")
    if outcome == "disclosed" and _holding_confirmed_last(record):
        # "We can confirm that we hold the information on the reasons." with nothing after it:
        # the answer to that part (or the exemption that withholds it) is not in the text
        score -= w["contradiction"]
        reasons.append("disclosed, but the reply ends on confirming it holds information it does not show")
    if outcome == "refused" and found["not_held"]:
        # withheld and not held with nothing found given: refused by the contract, but a
        # reply that answers in prose between the two is the commonest miss (partial)
        score -= w["refused_with_not_held"]
        reasons.append(f"refused, but part is said not to be held: {found['not_held'][0][:100]!r}")
    if outcome == "not_held" and any(cues.search("not_held_in_part", x) for x in found["not_held"]):
        # "some of the information is not recorded": what of the rest?
        score -= w["contradiction"]
        reasons.append(f"not held, but only some of it is said not to be held: {found['not_held'][0][:100]!r}")
    score += w["support"] * min(2, support)
    if any(x.startswith("outcome:") for x in record.warnings):
        score -= w["outcome_warning"]
        reasons += [x for x in record.warnings if x.startswith("outcome:")]
    if found["_coverage"]:
        blind, total = (int(n) for n in found["_coverage"][0].split("/"))
        if blind:
            score -= w["uncovered_parts"] * blind / total
            reasons.append(f"{blind} of {total} numbered answers have no sentence to judge them by")
    if weak:
        score -= w["weak_ground"]
    record.outcome_evidence = _dedupe(evidence)[: cfg["max_evidence"]]
    record.outcome_confidence = round(min(0.99, max(0.05, score)), 2)
    record.needs_review = record.outcome_confidence < cfg["outcome_threshold"] or bool(weak)
    record.review_reasons = reasons if record.needs_review else []

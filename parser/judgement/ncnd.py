"""Whether the authority neither confirms nor denies holding (some of) the information.

Set by an NCND provision relied on (FOIA s23(5), s40(5B)(a)(i) ..., FOISA s18) or by the
response saying so ("can neither confirm nor deny", "the duty to confirm or deny does not
apply"). Not set by general explanations of NCND, by the requester's words, or by the
template slip "can confirm we hold the information ... as the duty in Section 1(1)(a) ...
does not apply" (the seed), where the authority in fact confirms holding it.
"""
from __future__ import annotations

from functools import lru_cache

from parser.judgement import cues
from parser.record import Exemption
from parser.judgement.spans import inside, quick_sentence_bounds, request_spans



def statements(text: str, *, request_text: str = "") -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence that gives an NCND response."""
    if not text:
        return []
    return list(_statements(text, request_text))


@lru_cache(maxsize=8)
def _statements(text: str, request_text: str) -> tuple[tuple[int, str], ...]:
    # detect() and outcome.decide() both ask about the same text: found once.
    return tuple((lo, sentence) for lo, sentence, _ in _graded(text, request_text))


@lru_cache(maxsize=8)
def _graded(text: str, request_text: str) -> tuple[tuple[int, str, bool], ...]:
    """(offset, sentence, harm_only): harm_only when the sentence gives NCND only through the
    harm of confirming or denying (the weaker sign), not through any NCND statement proper."""
    scan = cues.scanner(text)
    if scan.lower is not None and not any(a in scan.lower for a in cues.anchors("ncnd") + cues.anchors("ncnd_harm")):
        return ()
    skip = request_spans(text, request_text)
    strong_hits = list(scan.finditer("ncnd"))
    strong = {m.start() for m in strong_hits}
    matches = sorted([*strong_hits, *scan.finditer("ncnd_harm")], key=lambda m: m.start())
    out: list[tuple[int, str]] = []
    seen: set[int] = set()
    strong_lo: set[int] = set()  # sentences holding an NCND statement proper, wherever it stands in them
    for m in matches:
        if inside(skip, m.start()):
            continue
        lo, hi = quick_sentence_bounds(text, m.start(), m.end())
        if m.start() in strong:
            strong_lo.add(lo)
        if lo in seen:
            continue
        seen.add(lo)
        sentence = text[lo:hi].strip()
        if cues.search("confirms_holding", sentence) or cues.search("ncnd_generic", sentence):
            continue
        if cues.search("request_voice", sentence):
            continue
        out.append((lo, sentence))
    return tuple((lo, s, lo not in strong_lo) for lo, s in out)


def says_ncnd(sentence: str) -> bool:
    """Any sign of NCND in one sentence: a statement proper, or the harm of confirming or denying."""
    return bool(cues.search("ncnd", sentence) or cues.search("ncnd_harm", sentence))


def detect(text: str, exemptions: list[Exemption], *, request_text: str = "") -> bool:
    """True when the response neither confirms nor denies holding some or all of it."""
    if any(e.ncnd for e in exemptions):
        return True
    found = _graded(text, request_text) if text else ()
    if found and all(harm_only for _, _, harm_only in found) and _disclosure_subsections_only(exemptions):
        return False
    return bool(found)


def _disclosure_subsections_only(exemptions: list[Exemption]) -> bool:
    """Every provision relied on is cited with its subsection and none is an NCND one: the
    response withholds under the disclosure limbs (s24(1), s31(1)(a)), so a harm test speaking of
    "confirming or denying" is a stock phrase, not an NCND. A bare "section 24" leaves it open."""
    return bool(exemptions) and all("(" in e.code and not e.ncnd for e in exemptions)

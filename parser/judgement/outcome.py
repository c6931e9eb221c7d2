"""disclosed / partial / refused / not_held from the response's signals.

Signals: statements that information is provided or attached, figures or tables given,
"not held" statements, pointing the requester elsewhere, grounds relied on (s12/s14
included), the cost limit or a withholding said in words, and NCND. A multi-part answer
("Answer 1", "Requests 2 to 5", Request/Reply pairs, numbered lines restating their
question) is judged part by part and the parts combined, so "Q1 not held, Q2 NCND" is a
refusal and "answers 6-7 given, 8 exempt" is partial. Data given after a cost refusal of
the whole request (goodwill, s16 totals) is partial; s16 advice alone is not. judge()
keeps the sentences each kind rests on (the record's outcome_evidence). Where signals
disagree the choice is explained in a warning. Phrasings live in parser/data/cues.yml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from parser.judgement import cues, ncnd as ncnd_step, provisions
from parser.fields.dates import MONTH
from parser.record import Exemption, Table
from parser.judgement.spans import inside, quick_sentence_bounds, request_spans

# A line that states one figure: "2019 – 768", "Hartlepool v Gateshead - £2,713.92", "4 |".
_FIGURE_LINE = re.compile(
    r"^[^\n]{0,80}?(?:^|[-–—:|=]\s*|\s)[£$€]?\d[\d,]*(?:\.\d+)?\s*%?\s*\|?\s*$", re.M
)
# ("Number of PCSOs: 212" states a figure; "Reference number: 4471" does not.)
_NOT_FIGURE = re.compile(r"\b(?:ref(?:erence)?|date|tel|telephone|phone|fax|line|no\.?(?!\s*of\b)|number(?!\s+of\b)|requests?|questions?|answers?|responses?|parts?|foi|updated|published|page)\b|\d{1,2}/\d{1,2}/\d{2,4}", re.I)
_WORDS = re.compile(r"[A-Za-z]{3,}")
_BARE_YEAR = re.compile(r"^[\W_]*(?:19|20)\d\d[\W_]*$")
# A period alone on a line, the years or months a question asks about: "April 2011 - April 2012",
# "2019/20 to 2021/22", "Jan 2020 – Dec 2020", "2018 - 2019" (a year then a count, "2019 - 768", is a figure).
_PERIOD_LINE = re.compile(
    rf"^[\W_]*(?:{MONTH}\.?\s+)?(?:19|20)\d\d(?:\s*/\s*(?:19|20)?\d\d)?"
    rf"\s*(?:[-–—]|to|until|up\s+to)\s*\(?\s*(?:(?:up\s+)?to\s+)?(?:{MONTH}\.?\s+)?(?:19|20)\d\d(?:\s*/\s*(?:19|20)?\d\d)?[\W_]*$", re.I)
# A question with a note in brackets after its mark ("How many were investigated? (with the same
# yearly breakdown as above)."): still the question, as a line ending on "?" is.
_ASKED_WITH_NOTE = re.compile(r"\?\s*\([^()\n]{0,120}\)\s*\.?$")
_INLINE_ANSWER = re.compile(r"\?\s*(?:a|answer|response|reply)\s*[:.\-–]\s*\S", re.I)
# An answer that says the question does not apply ("2) N/A", "Question 6: Not applicable").
_NOT_APPLICABLE = re.compile(r"^\W*(?:n\s*/\s*a|not\s+applicable)\W*$", re.I)


@dataclass(slots=True)
class Part:
    """One answer (or the whole response when it is not split into answers)."""

    start: int
    end: int
    numbered: bool = False
    is_request: bool = False
    given: list[str] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)
    not_held: list[str] = field(default_factory=list)
    redirect: list[str] = field(default_factory=list)
    stated: list[str] = field(default_factory=list)  # figures stated in prose: weaker than "attached"
    partial: bool = False
    scoped: bool = False
    whole: bool = False
    echo: bool = False  # opened by a numbered line restating its question ("4. Purpose of each camera.")


def _cue_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a cue; in a table row flattened into one line ("question? | This
    request is refused ..."), only the cell that holds it."""
    a, b = quick_sentence_bounds(text, start, end)
    cut = text.rfind(" | ", a, start)
    if cut >= 0:
        a = cut + 3
    cut = text.find(" | ", end, b)
    if cut >= 0:
        b = cut
    return a, b


def _signals(scan: cues.Scanner, name: str, guard: str | None,
             skip: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence in the text where the cue family matches."""
    text = scan.text
    out: list[tuple[int, str]] = []
    for m in scan.finditer(name):
        if inside(skip, m.start()):
            continue
        a, b = _cue_bounds(text, m.start(), m.end())
        s = text[a:b].strip()
        if guard and (g := cues.search(guard, s)) and (guard not in _CLAUSE_GUARDS or cues.search(guard, _own_clause(text, a, b, m))) \
                and not (guard in _REASON_GUARDS and _guard_in_reason(s, g.start(), m.end() - (a + len(text[a:b]) - len(text[a:b].lstrip())))):
            continue
        if cues.search("request_voice", s) and not cues.search("authority_voice", s):
            continue
        out.append((m.start(), s))
    return out


# Guards read in the cue's own clause: "Please find attached the policy, but the appendix is withheld"
# gives in its first clause whatever the second withholds, and withholds in its second whatever the
# first clause's "please" says.
_CLAUSE_GUARDS = frozenset({"disclosed_guard", "withholding_guard"})
_CONTRAST = re.compile(r",?\s+(?:but|although|though|whereas)\s+", re.I)


# Guards that do not reach past the reason a statement gives after it: "This information is not held by
# the MPS: the invoices do not say whether the damage came from a TPAC" states the not-held answer, and
# "say whether" belongs to its reason (against "The force cannot say whether it is held: ...").
_REASON_GUARDS = frozenset({"not_held_guard"})
_REASON = re.compile(r":\s|;\s|,?\s+(?:because|since|as\s+(?:the|our|its|their|these|those|this))\s", re.I)


def _guard_in_reason(sentence: str, guard_at: int, cue_end: int) -> bool:
    """Whether the sentence's first guard match lies past a reason mark (":", ";", "because") that
    follows the cue: the guard reads the reason, not the statement."""
    r = _REASON.search(sentence, max(cue_end, 0))
    return r is not None and guard_at >= r.end()


def _own_clause(text: str, a: int, b: int, m: re.Match[str]) -> str:
    """The clause of the sentence text[a:b] that holds the match, cut at a contrast ("but",
    "although", "whereas"; not at ";", which as often joins a refusal to its reasons)."""
    lo, hi = a, b
    for c in _CONTRAST.finditer(text, a, m.start()):
        lo = c.end()
    c = _CONTRAST.search(text, m.end(), b)
    if c:
        hi = c.start()
    return text[lo:hi]


def _within(signals: list[tuple[int, str]], p: "Part") -> list[str]:
    return [s for at, s in signals if p.start <= at < p.end]


def _figure_lines(text: str, lo: int, hi: int) -> int:
    n = 0
    for line in text[lo:hi].split("\n"):
        line = line.rstrip()
        # cheap test first: only short lines ending in a digit, "%" or "|" can be figures
        if not line or len(line) > 120 or not (line[-1].isdigit() or line[-1] in "%|"):
            continue
        if _BARE_YEAR.match(line) or _PERIOD_LINE.match(line):
            continue  # "2022" alone: a period listed (the years asked about), no figure for it
        if _FIGURE_LINE.match(line) and not _NOT_FIGURE.search(line) \
                and not cues.search("figure_line_guard", line):
            n += 1
    return n


# A sentence's own number ("2. "), left out when the same sentence is looked for under another number.
# ("Q2 - ", "Answer 3: " and "(b) " too: "Q1 - Exempt under section 31(1)(a)" / "Q2 - Exempt under ...")
_NUMBER_MARK = re.compile(r"^\W*(?:(?:q|question|a|answer|part|response|reply)\s*)?(?:\d{1,2}[a-z]?|[a-h])\s*[.):\-–]\s+", re.I)
_BUT_CLAUSE = re.compile(r",?\s+but\s+|;\s+(?:however,?\s+)?")
# ... and a hedge on the figure's fit added after it ("£310 was spent on a banner, which may count as a
# branded item", "14 were logged, which might include duplicates"): the clause before it states the figure.
_FIGURE_CLAUSE = re.compile(_BUT_CLAUSE.pattern + r"|,\s+which\s+(?=(?:may|might|could)\s+(?:count|include|fall|be\s+(?:counted|included|relevant|seen)))")


def _figure_sentences(scan: cues.Scanner, skip: list[tuple[int, int]]) -> list[tuple[int, str]]:
    text = scan.text
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    for m in scan.finditer("figure_sentence"):
        if inside(skip, m.start()):
            continue
        a, b = quick_sentence_bounds(text, m.start(), m.end())
        s = text[a:b].strip()
        if s in seen:
            continue
        own = s
        if cues.search("figure_guard", s) or cues.search("not_held", s):
            # "The force said 17 officers had faced action, but it refused to give details": the
            # clause before "but" states the figure; the refusal is of the rest
            own = _FIGURE_CLAUSE.split(s, 1)[0]
            if own == s or m.start() - a >= len(own) or cues.search("figure_guard", own) \
                    or cues.search("not_held", own):
                continue
        seen.add(s)
        if cues.search("request_voice", s) or cues.search("request_ask", s):
            continue  # (the requester's example: "please break them down, for example '10 fines for PSPO x'")
        if not cues.search("stating_verb", own):
            continue  # a title ("FOI 1300 - 19 Sickness absence"), not a statement
        if cues.pattern("part_heading").fullmatch(s) or s.endswith("?"):
            continue
        out.append((m.start(), s))
    return out


@lru_cache(maxsize=8)
def _response_label(text: str) -> re.Match[str] | None:
    """The label that opens the answers ("Response:", "Our answer to your request follows.",
    "Final Response:"). When the request is set out under a label of its own after the first
    such line ("Our answer follows." / "Initial Request:" / items / "Final Response:"), that line
    only announced the answers: the answers open at the first response label after the request's."""
    labels = cues.pattern("response_label")
    first = labels.search(text)
    if first is None:
        return None
    last_request = None
    for last_request in cues.pattern("request_label").finditer(text, first.end()):
        pass
    if last_request is None:
        return first
    return labels.search(text, last_request.end()) or first


# No request has this many parts: "Q1 - 312" is the answer 312, not questions 1 to 312.
_MOST_PARTS = 60


def _split_parts(text: str) -> list[Part]:
    """Segments opened by "Answer 1"-style headings, or by the question's number ("2.",
    "b) Where are they located?"); request segments are marked."""
    heads: list[tuple[int, str, bool]] = []  # (offset, heading word, numbered)
    pos = 0
    heading = cues.pattern("part_heading")
    numbered = cues.pattern("numbered_question")
    on_heading = cues.pattern("answer_on_heading")
    answer_line = cues.pattern("answer_after_number")
    label = _response_label(text)
    for line in text.split("\n"):
        if len(line) < 45:
            m = heading.match(text, pos, pos + len(line))
            if m and not any(int(n) > _MOST_PARTS for n in re.findall(r"\d+", m.group("num") or "")):
                heads.append((pos, m.group("word").lower().rstrip("s"), bool(m.group("num"))))
                pos += len(line) + 1
                continue
        if len(line) < 320:
            m = numbered.match(text, pos, pos + len(line))
            if m:
                heads.append((pos, "number", True))
            elif answer_line.match(text, pos, pos + len(line)):
                # "Q1 response: No information held.": an answer by its own words, label or none (a
                # "number" head, so the question under the same number above it is the request)
                heads.append((pos, "number", True))
            elif label and pos > label.start() and on_heading.match(text, pos, pos + len(line)):
                # "Q1 - 312", "A2: The force neither confirms nor denies ...": after the response
                # label, the answer on its question's number line opens that answer
                heads.append((pos, "on_heading", True))
        pos += len(line) + 1
    label_at = (lambda m: m.start() if m else -1)(_response_label(text))
    if label_at >= 0 and not any(num and at > label_at for at, _, num in heads):
        known = {at for at, _, _ in heads}
        heads = sorted(heads + [h for h in _echoed_numbers(text) if h[0] not in known])
    if not heads:
        return _echo_parts(text) or [Part(0, len(text))]
    # Numbered items before the "Response"/"Our response:" label, or whose number comes
    # round again later, list the request; the answers follow.
    label = _response_label(text)
    answers_from = label.start() if label else -1
    if label and all(a != label.start() for a, _, _ in heads):
        # the label closes the request list: the last item must not run into the answers
        heads = sorted(heads + [(label.start(), "response", False)])
    has_answers = any(w.startswith(("answer", "response", "repl")) and num for _, w, num in heads)
    # "Request / Reply / Request / Reply" with no numbers: each reply answers the request above it.
    paired = not has_answers and sum(1 for _, w, num in heads if w.startswith(("answer", "repl")) and not num) >= 2 \
        and sum(1 for _, w, _ in heads if w.startswith(("request", "question"))) >= 2
    has_answers = has_answers or paired
    # "Request 1 ... Request 3" then one "Answer" heading: the numbered items are the request
    # and the single answer covers them all (a whole refusal, typically).
    last_answer = max((at for at, w, _ in heads if w.startswith(("answer", "response", "repl"))), default=-1)
    parts = [Part(0, heads[0][0])]
    for i, (start, w, num) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        asks = w.startswith(("request", "question", "q", "point"))
        is_request = asks and (has_answers or (num and start < last_answer))
        if w == "response" and not num and any(x.startswith("request") for _, x, _ in heads[:i]):
            is_request = False
        if w == "number" and (start < answers_from or _number_again(text, heads, i)):
            is_request = True
        numbered_answer = num or (paired and w.startswith(("answer", "repl")))
        parts.append(Part(start, end, numbered=numbered_answer, is_request=is_request))
    return parts


# Lengths of a full-width line of a PDF or Word letter (a page's text runs longer lines);
# set from the letters in tests/real/let*.
_WRAPPED_LINE = (60, 110)


_JOINING_WORDS = frozenset("a an and at by for from in into of on or the to with within".split())


def _wraps(first: str, following: str) -> bool:
    """Whether a numbered line runs on into the next: a letter's full-width line with no
    closing stop that ends on a joining word ("... broken down by the") or whose next line
    does not end a sentence either."""
    if not _WRAPPED_LINE[0] <= len(first) <= _WRAPPED_LINE[1] or first.endswith((".", "?", ":", ")")):
        return False
    last = first.rsplit(None, 1)[-1].lower()
    return last in _JOINING_WORDS or not following.rstrip().endswith((".", "?", "!"))


def _echo_parts(text: str) -> list[Part]:
    """Answers that open on a numbered line restating their question, with the answer on
    the lines below ("4. Purpose of each camera." / "The cameras are used for ..."), found
    only where no heading splits the text. A number that comes round again later, or an
    item before the response label, belongs to the request; a line that only wraps onto
    the next (no closing stop, long, next line in lower case) is not a question and answer."""
    return _echo_heads(text, [(m.start(), m.group(1)) for m in _NUMBERED_LINE.finditer(text)]) \
        or _echo_heads(text, [(m.start(), "") for m in _ASKED_BULLET.finditer(text)])


# A bullet that sets out one question in the request's words, run on from "... and asked for:"
# (it opens in lower case: "- how many crimes were reported ...;") or asking ("- Do you ...?").
_ASKED_BULLET = re.compile(r"^[ \t]*[-•*·▪–][ \t]+(?:[a-z]|[^\n]*\?[ \t]*$)", re.M)


def _echo_heads(text: str, items: list[tuple[int, str]]) -> list[Part]:
    """The parts _echo_parts finds among these items ((offset, number); bullets have no number:
    answers to questions set out as bullets, each answer under its bullet)."""
    if len(items) < 2:
        return []
    label = _response_label(text)
    starts = [at for at, _ in items]
    heads: list[int] = []
    for i, (at, n) in enumerate(items):
        if (label and at < label.start()) or (n and any(m == n for _, m in items[i + 1:])):
            continue
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        line_end = text.find("\n", at, end)
        if line_end < 0:
            continue
        first, body = text[at:line_end].rstrip(), text[line_end + 1:end].lstrip()
        if not body or not (body[0].isupper() or body[0].isdigit()):
            continue
        if cues.search("request_voice", body.partition("\n")[0]):
            continue  # "1. The number of fires.\nI would like this by year.": the request goes on
        if _wraps(first, body.partition("\n")[0]):
            continue  # a letter's full-width line that wraps on: the item goes on below
        heads.append(at)
    if len(heads) < 2:
        return []
    parts = [Part(0, heads[0])]
    for i, at in enumerate(heads):
        end = heads[i + 1] if i + 1 < len(heads) else len(text)
        parts.append(Part(at, end, numbered=True, echo=True))
    return parts


# ("1.Total logs created in 2023?": a number run on to its capitalised first word, no space between)
_NUMBERED_LINE = re.compile(r"^[ \t]*\(?(\d{1,2})[.)](?:[ \t]+|(?=[A-Z][a-z]))\S", re.M)


def _echoed_numbers(text: str) -> list[tuple[int, str, bool]]:
    """Numbered statements ("1. The contract ...") after the response label whose numbers
    repeat the request's numbered items: one answer each, as "Answer 1" headings would be.
    Where the request numbers nothing (its questions run as bullets or one paragraph), answers
    numbered 1, 2, 3 ... in order after the label are one answer each too."""
    label = _response_label(text)
    if not label:
        return []
    items = [(m.start(), m.group(1)) for m in _NUMBERED_LINE.finditer(text)]
    asked = {n for at, n in items if at < label.start()}
    answered = [(at, n) for at, n in items if at > label.start()]
    if len(answered) < 2:
        return []
    if not asked:
        if [int(n) for _, n in answered] != list(range(1, len(answered) + 1)):
            return []
    elif not all(n in asked for _, n in answered):
        return []
    return [(at, "number", True) for at, _ in items]


def _locate(text: str, evidence: str) -> int:
    """Where an exemption's evidence sentence sits (its whitespace was normalised)."""
    if not evidence:
        return -1
    at = text.find(evidence)
    if at >= 0:
        return at
    words = evidence.split()[:12]
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return m.start() if m else -1


class _Signals:
    """Each cue family's hits over the whole text, found only when the decision needs them
    (most responses are decided by the first few)."""

    def __init__(self, scan: cues.Scanner, request: list[tuple[int, int]], cited: bool = False) -> None:
        self.scan, self.request = scan, request
        self.cited = cited  # some provision relied on, or NCND, somewhere in the reply

    @cached_property
    def given(self) -> list[tuple[int, str]]:
        return sorted(_signals(self.scan, "disclosed", "disclosed_guard", self.request)
                      + _signals(self.scan, "disclosed_extra", "disclosed_guard", self.request)
                      + _signals(self.scan, "disclosed_more", "disclosed_guard", self.request)
                      + _signals(self.scan, "answer_yes", "disclosed_guard", self.request)
                      + self.beyond)

    @cached_property
    def beyond(self) -> list[tuple[int, str]]:
        """Givings beyond what the reply points to ("There has also been one further sale, as follows:")."""
        return _signals(self.scan, "disclosed_beyond", "disclosed_guard", self.request)

    @cached_property
    def stated(self) -> list[tuple[int, str]]:
        return _figure_sentences(self.scan, self.request)

    @cached_property
    def not_held(self) -> list[tuple[int, str]]:
        found = sorted(_signals(self.scan, "not_held", "not_held_guard", self.request)
                       + _signals(self.scan, "not_held_extra", "not_held_guard", self.request))
        return [(at, s) for at, s in found if not _limits_the_data(s)]

    @cached_property
    def redirect(self) -> list[tuple[int, str]]:
        return _signals(self.scan, "redirect", None, self.request)

    @cached_property
    def refusal(self) -> list[tuple[int, str]]:
        """"This letter is a refusal notice", "we are unable to provide": withholding even
        where no provision is cited; not when the reason given is that nothing is held."""
        return [(at, s) for at, s in _signals(self.scan, "refusal_statement", None, self.request)
                if not cues.search("not_held", s)]

    @cached_property
    def cost(self) -> list[tuple[int, str]]:
        """The cost limit relied on in words (s12 with or without its number)."""
        return sorted(_signals(self.scan, "cost_refusal", "cost_refusal_guard", self.request)
                      + _signals(self.scan, "cost_refusal_said", "cost_refusal_guard", self.request))

    @cached_property
    def withholding(self) -> list[tuple[int, str]]:
        """Withholding said in words ("it cannot be disclosed", "we will not answer this part")."""
        found = _signals(self.scan, "withholding", "withholding_guard", self.request)
        if self.cited:  # a provision or NCND is cited: the plainer retold words add nothing (speed)
            return found
        return sorted(found + _signals(self.scan, "withholding_said", "withholding_guard", self.request))

    @cached_property
    def goodwill(self) -> list[tuple[int, str]]:
        """Information given all the same after the cost limit ("as a gesture of goodwill")."""
        return _signals(self.scan, "goodwill", None, self.request)

    @cached_property
    def held_in_part(self) -> list[tuple[int, str]]:
        """"Held, in part": the rest of what was asked is not held."""
        return _signals(self.scan, "held_in_part", "partial_guard", self.request)

    @cached_property
    def partial_said(self) -> list[tuple[int, str]]:
        """Partial-release statements, not those in advice about narrowing the request."""
        return sorted(_signals(self.scan, "partial", "partial_guard", self.request)
                      + _signals(self.scan, "partial_extra", "partial_guard", self.request)
                      + _signals(self.scan, "partial_share", "partial_guard", self.request))

    @cached_property
    def partial(self) -> list[int]:
        return [at for at, _ in self.partial_said]

    @cached_property
    def not_held_whole(self) -> list[tuple[int, str]]:
        """Not-held statements about the whole request, with no year, part or share named."""
        return _signals(self.scan, "not_held_whole", "not_held_scoped", self.request)

    @cached_property
    def not_held_in_form(self) -> list[tuple[int, str]]:
        """"Not held in a form that can readily be retrieved": not held as asked."""
        return _signals(self.scan, "not_held_in_form", None, self.request)

    @cached_property
    def ncnd_beyond(self) -> list[tuple[int, str]]:
        """NCND of whatever is left beyond an answer ("... any further information")."""
        return _signals(self.scan, "ncnd_beyond", None, self.request)

    @cached_property
    def published_pointer(self) -> list[tuple[int, str]]:
        """"The information you asked for is published on our website": a pointer, not a giving."""
        return _signals(self.scan, "published_pointer", None, self.request)

    @cached_property
    def whole_said(self) -> list[tuple[int, str]]:
        return _signals(self.scan, "whole_refusal", None, self.request)

    def at(self, name: str) -> list[int]:
        return [m.start() for m in self.scan.finditer(name)]


@dataclass(slots=True)
class Judgement:
    """What decide() concluded and the sentences it rests on, by kind: "given", "withheld",
    "not_held". `guessed` counts numbered answers judged given only because they said
    something and nothing refused (no sentence of their own to show)."""

    outcome: str | None
    warnings: list[str]
    sentences: dict[str, list[str]]
    parts: int = 0
    guessed: int = 0
    signals: "_Signals | None" = None  # the cue hits, for confidence to read without searching again
    codes: tuple[str, ...] = ()  # the grounds it was given, so a reader can tell it is this judgement


# The last few judgements, by text: confidence.assess() reads the sentences the decision
# used instead of searching the text a second time.
_RECENT: dict[str, Judgement] = {}
_RECENT_MAX = 8


def recent(text: str) -> Judgement | None:
    """decide()'s judgement of this text, if it was the one judged lately."""
    return _RECENT.get(text)


def decide(
    text: str,
    *,
    exemptions: list[Exemption],
    ncnd: bool,
    tables: list[Table],
    response_text: str = "",
    request_text: str = "",
) -> tuple[str | None, list[str]]:
    """The outcome and any warnings about signals that disagreed."""
    j = judge(text, exemptions=exemptions, ncnd=ncnd, tables=tables, request_text=request_text)
    if len(_RECENT) >= _RECENT_MAX:
        _RECENT.pop(next(iter(_RECENT)))
    _RECENT[text] = j
    return j.outcome, j.warnings


def judge(
    text: str,
    *,
    exemptions: list[Exemption],
    ncnd: bool,
    tables: list[Table],
    request_text: str = "",
) -> Judgement:
    """The outcome, judged part by part, with the sentences of each kind it used."""
    warnings: list[str] = []
    said: dict[str, list[str]] = {"given": [], "withheld": [], "not_held": [], "partial": []}

    def done(outcome: str | None) -> Judgement:
        numbered = [p for p in answers if p.numbered]
        guessed = sum(1 for p in numbered if p.given == [_GUESSED])
        return Judgement(outcome, warnings, {k: _unique(v) for k, v in said.items()}, len(numbered), guessed, sig,
                         tuple(e.code for e in exemptions))
    # Parts and cues are read in the whole text (answers interleave with the questions they
    # answer); the requester's words are skipped where the request/response split found them.
    body = text
    answers: list[Part] = []
    sig = None
    if not body.strip():
        return done(None)
    request = request_spans(body, request_text)
    grounds = [e for e in exemptions if _withholds(e) and not in_condition(e) and not set_aside(e)]
    not_held_grounds = [e for e in exemptions if not _withholds(e)]
    parts = _split_parts(body)
    scan = cues.scanner(body)
    sig = _Signals(scan, request, cited=bool(grounds) or ncnd)
    ncnd_at = [pos for pos, _ in ncnd_step.statements(body, request_text=request_text)]
    for p in parts:
        p.given = _within(sig.given, p)
        figures = _figure_lines(body, p.start, p.end)
        if figures >= 2:
            p.given.append(f"{figures} lines of figures")
        for e in grounds:
            at = _locate(body, e.evidence)
            if p.start <= at < p.end or (at >= 0 and e.evidence
                                         and body.find(_NUMBER_MARK.sub("", e.evidence, count=1), p.start, p.end) >= 0):
                # (the same sentence under several answers: "Section 31(1)(a) applies to this question.")
                p.withheld.append(e.code)
        if any(p.start <= at < p.end for at in ncnd_at):
            p.withheld.append("NCND")
        if not p.withheld:
            # the cost limit or a withholding said in words, with no provision cited here
            if _within(sig.cost, p):
                p.withheld.append(COST_IN_WORDS)
            elif _within(sig.withholding, p):
                p.withheld.append(WITHHELD_IN_WORDS)

    answers = [p for p in parts if not p.is_request]
    multi = sum(1 for p in answers if p.numbered) >= 2
    if multi:
        for p in answers:
            p.not_held = _within(sig.not_held, p)
            p.redirect = _within(sig.redirect, p)
            p.stated = _within(sig.stated, p)
            if p.stated and not (p.withheld or p.not_held):
                p.given += p.stated[:1]  # a figure stated in its own answer is that answer
            segment = body[p.start:p.end]
            if p.echo:  # the first line restates the question; the answer is below it
                segment = "\n" + segment.partition("\n")[2]
            if p.numbered and not (p.given or p.stated or p.withheld or p.not_held) and _not_applicable(segment):
                p.not_held.append("N/A")
            if p.numbered and not (p.given or p.stated or p.withheld or p.not_held or p.redirect):
                # "1.Total logs created in 2023?" / "129,091": the answer is one figure on its own line
                # below the restated question (one line of figures elsewhere is too weak to count)
                own = _answer_line(body, p)
                if own and own != body[p.start:p.end].strip().partition("\n")[0].strip() \
                        and _figure_lines(own, 0, len(own)) == 1:
                    p.given.append(own)
            if p.numbered and not (p.given or p.stated or p.withheld or p.not_held or p.redirect) \
                    and _substantive(segment) and not _refers_elsewhere(segment) \
                    and not (p.end >= len(body.rstrip()) and _cut_short(segment)):
                # (an answer that only points to another answer, "Please see the answer to Q1.",
                # gives nothing of its own: the answer it points to carries the kind)
                p.given.append(_GUESSED)
    # Grounds whose evidence could not be placed (e.g. a heading outside any part) still count.
    placed = {c for p in parts for c in p.withheld}
    unplaced = [e.code for e in grounds if e.code not in placed]
    if ncnd and not any("NCND" in p.withheld for p in parts) and not any(e.ncnd for e in grounds):
        unplaced.append("NCND")

    def in_answers(signals: list[tuple[int, str]]) -> list[str]:
        return [s for p in answers for s in _within(signals, p)]

    def cue_in_answers(name: str) -> bool:
        hits = sig.partial if name == "partial" else sig.at(name)
        return any(p.start <= at < p.end for p in answers for at in hits)

    given = [s for p in answers for s in p.given]
    data_tables = [t for t in tables if _has_figures(t)]
    if data_tables:
        given.append(f"{len(data_tables)} table(s)")
    withheld = [c for p in answers for c in p.withheld] + unplaced
    not_held = in_answers(sig.not_held) + in_answers(sig.held_in_part) + [e.code for e in not_held_grounds]
    refusals = in_answers(sig.refusal)
    if not withheld and not given and not not_held and refusals:
        # "This letter is a refusal notice" with nothing cited, given or said to be not
        # held: a refusal. (Templates print it under full answers too, so it is weak.)
        withheld = ["a refusal statement"]
    elif not withheld and given and any(not cues.search("withholding_guard", r)
                                        and not cues.search("refusal_notice", r) for r in refusals):
        # "The report ... the Council is not able to release it" beside what was enclosed
        withheld = ["a refusal statement"]

    if not withheld and _whole_refusals(body, sig, answers):
        # "This request is refused under Section 12(1)" where the sentence escaped the
        # other families (a table row beside the request, a cost with no words for it)
        withheld = ["a refusal of the whole request"]

    # The sentences behind each kind, for the record's outcome_evidence.
    said["given"] += [x for x in given if x not in _PART_LABELS] + [
        _answer_line(body, p) for p in answers if any(x in _PART_LABELS for x in p.given)]
    said["given"] += [t.caption or "a table: " + " | ".join(t.header) for t in data_tables]
    if withheld:  # (only a refusal or a partial rests on these: not searched otherwise)
        said["withheld"] += [e.evidence for e in grounds if e.evidence and any(
            p.start <= _locate(body, e.evidence) < p.end for p in answers)] + [
            e.evidence for e in grounds if e.code in unplaced and e.evidence]
        said["withheld"] += [x for p in answers for x in _within(list(ncnd_step.statements(body, request_text=request_text)), p)]
        said["withheld"] += in_answers(sig.cost) + in_answers(sig.withholding) + _whole_refusals(body, sig, answers)
        said["withheld"] += refusals  # "this letter is a refusal notice": weak alone, but it agrees
    said["not_held"] += not_held[: len(not_held) - len(not_held_grounds)] + [e.evidence for e in not_held_grounds if e.evidence]
    said["not_held"] += [_answer_line(body, p) for p in answers if "N/A" in p.not_held]
    if not given and not withheld:  # a redirect is a not-held reply's evidence, nothing else's
        said["not_held"] += in_answers(sig.redirect)

    if withheld and not given and set(withheld) <= _IN_WORDS and _whole_not_held(sig, answers):
        # "The force does not record it, so the information is not held ... so I cannot comply
        # with your request; please treat this letter as a refusal notice": refusal words with
        # no provision or NCND, in a reply saying nothing asked for is held, give the not-held
        # reason, not a withholding
        return done("not_held")
    if withheld:
        s14 = any(e.section == "14" and e.statute in ("FOIA", "FOISA") for e in grounds)
        cost_whole = any(not _scoped(s) for s in in_answers(sig.cost))
        whole = cue_in_answers("whole_refusal") or cost_whole
        cost_limited = cost_whole or any(e.section == "12" and e.statute in ("FOIA", "FOISA") for e in grounds)
        if not given:
            # "Under section 16 I can give you the county total": the giving is the sentence
            # ("Section 16 gives me a duty to offer advice and assistance, and I can give you the
            # figures for questions 1 and 3": the advice duty named beside a giving does not undo it)
            given = [x for x in in_answers(sig.goodwill) if not cues.search("goodwill_guard", x)
                     or cues.search("goodwill_giving", x)][:1]
            said["given"] += given
        ncnd_whole = any(cues.search("ncnd_whole_subject", x) for x in said["withheld"] if ncnd_step.says_ncnd(x))
        # (the cost limit, s12 of the Acts; EIR r12 holds the exceptions, not a cost limit)
        if not given and not (whole or s14 or ncnd_whole or any(e.section == "12" and e.statute in ("FOIA", "FOISA") for e in grounds)):
            # Figures in prose count as given unless the refusal is of the whole request,
            # where numbers in the text are the reasoning (hours, emails found), not answers;
            # an NCND of everything asked for gives none either.
            given = in_answers(sig.stated)[:1]
            said["given"] += given
        elif not given and not s14 and _part_named(body):
            # ... or unless the figure is given as one part's answer ("for question 1 there
            # are currently 2,109"), whatever the template opening said of the whole.
            given = [x for x in in_answers(sig.stated)
                     if _part_named(x) and _FIGURE_BESIDE_PART.search(_PART_NAMED.sub("", _PART_OF_LAW.sub(" ", x)))][:1]
            said["given"] += given
        def said_none_held() -> bool:
            return _whole_not_held(sig, answers)
        if not given and not (whole or s14 or cost_limited or multi) and _names_its_part(grounds) \
                and not said_none_held() \
                and not any(cues.search("ncnd_whole_subject", x) for x in said["withheld"]
                            if ncnd_step.says_ncnd(x)):
            # "The weightings are exempt under section 43(2)" beside plain statements of fact
            # ("The tool runs on open source software.") or a list ("The force uses the following
            # makes:" over bullet items): the other parts were answered in words
            given = _said_in_words(body, answers, request)[:1]
            said["given"] += given
        if not given and not s14:
            # "You asked whether we collate figures on X. We do keep records of X, ... extracting them
            # would exceed the appropriate limit": the whether-question is answered, the figures refused
            given = _yes_to_a_whether(body, answers, request, request_text or body)[:1]
            said["given"] += given
        beyond = in_answers(sig.ncnd_beyond)
        if not given and not (whole or s14 or cost_limited or multi) and beyond:
            # "The force has not trialled it overtly. It can neither confirm nor deny that any
            # further information is held": the NCND covers what is left beyond an answer, and an
            # answer stating a fact, or one attached, gives information. A reply saying nothing
            # asked for is held has answered with that alone (what follows explains it).
            given = [x for x in beyond if _ATTACHED.search(x)][:1] or (
                [] if said_none_held() else _said_in_words(body, answers, request)[:1])
            said["given"] += given
        partial_cue = cue_in_answers("partial")
        if partial_cue and not any(x not in _PART_LABELS for x in given) and not not_held and all(
                cues.search("refusal_notice", x) and not cues.search("partial_share", x)
                for x in in_answers(sig.partial_said)):
            # "For those parts of your request, this letter is that refusal notice": the template
            # names the parts it refuses, but with nothing given and nothing said not held no other
            # part is left (a notice naming its parts beside a not-held answer stays partial; "We have
            # withheld some of the data, so this response is a Refusal Notice" says a share was kept back
            # and the rest given: partial_share)
            partial_cue = False
        if given and not partial_cue and not multi and _only_pointed_to(grounds, given, data_tables) \
                and not in_answers(sig.beyond):
            # (unless something is given beyond the pointer: "Most of what you asked for is published on
            # this website: ... There has also been one further sale since then, as follows:")
            # "It is published on our website, so section 21 applies. The figures can be found in
            # the annual report." A pointer to published material for all of it gives nothing here.
            return done("refused")
        if s14 and not partial_cue and given and all(x in _PART_LABELS for x in given):
            # s14 refuses the request as a whole; numbered items beside it that say something but
            # give nothing of their own (the Act's subsections quoted, the request restated) are no
            # answers. (Beside a cost refusal such items are often goodwill answers: left partial.)
            return done("refused")
        if given or partial_cue:
            goodwill = cost_limited and (in_answers(sig.goodwill) or data_tables or any(
                x.endswith("lines of figures") for x in given))
            s12 = any(e.section == "12" and e.statute in ("FOIA", "FOISA") for e in grounds)
            # (an NCND whose subject is everything asked, "neither confirm nor deny that it holds any such
            # information", refuses the whole as surely)
            strong_whole = cue_in_answers("whole_refusal") or s14 or (cost_whole and s12) or ncnd_whole
            if strong_whole and not partial_cue and not goodwill and _only_restated(body, given, answers):
                # A refusal of the whole request (said so, s14, or the cost limit cited under its
                # section with no part named) beside numbered items judged answers only because they
                # say something (no sentence of giving, no figures): the refusal is the stronger
                # evidence, and the items are most often the request set out again. (A cost said
                # only in words may be of one part: left partial.)
                return done("refused")
            if (whole or s14) and not partial_cue and not goodwill:
                warnings.append(
                    "outcome: a refusal of the whole request (" + ", ".join(sorted(set(withheld)))
                    + ") disagrees with information given (" + given[0][:80] + "); chose partial"
                )
            return done("partial")
        scoped = [at for at in sig.at("scoped_refusal") + sig.at("scoped_this") if any(p.start <= at < p.end for p in answers)
                  and not cues.search("scoped_refusal_guard", body[slice(*_cue_bounds(body, at, at + 1))])
                  and not _names_every_part(body, at)]
        if not whole and not s14 and not multi and not not_held and scoped and not _all_pointers(grounds) \
                and not _cost_covers_the_rest(body, scoped, grounds) \
                and not _rest_withheld_too(body, in_answers(sig.withholding), scoped):
            # the refusal names its part ("your question about ..."): the rest was answered. (A
            # clarification of the request, "the period for question 7 is ...", scopes no refusal; a
            # pointer to what is published, "this part of the information is in the public domain, so
            # section 21 applies", names the share that is published, and with nothing given beside it
            # the rest is not held or pointed to as well.)
            said["partial"] += [body[slice(*_cue_bounds(body, at, at + 1))] for at in scoped]
            return done("partial")
        return done("refused")
    if (not multi or (given and _only_restated(body, given, answers) and not in_answers(sig.stated))) \
            and not data_tables \
            and not any(x.endswith("lines of figures") or _ATTACHED.search(x) for x in given) \
            and _whole_not_held(sig, answers):
        # "No information is held." then an explanation, a pointer or a neighbouring fact in
        # prose: not held (figures in lines or a table would be information given)
        return done("not_held")
    if not given:
        given = in_answers(sig.stated)[:1]
        said["given"] += given
    if given and not_held:
        caveats = _caveat_spans(body)
        limits = {s for at, s in sig.not_held if inside(caveats, at) and not _A_YEAR.search(s)} if caveats else set()
        if not all(x in limits or _no_to_a_whether(x, request_text or body) for x in not_held):
            return done("partial")
    named_in_form = [x for x in in_answers(sig.not_held_in_form) if _part_named(x) or _PART_NAMED_IN_WORDS.search(x)] \
        if given else []
    if named_in_form:
        # "For Questions Two (2) and Five (5), the information is not recorded in a form that can be
        # retrieved" beside what was released for the others: those parts are not held as asked (the
        # cost limit is not relied on, or the reply would have withheld), the rest was given
        said["not_held"] += named_in_form[:1]
        return done("partial")
    if given and (data_tables or any(x.endswith("lines of figures") for x in given)) \
            and in_answers(sig.not_held_in_form):
        # "The information you asked for is not held in a form that can readily be retrieved. To
        # help, the force has searched other systems:" then figures: not held as asked, and
        # what could be found is given
        said["not_held"] += in_answers(sig.not_held_in_form)[:1]
        return done("partial")
    if not given and in_answers(sig.held_in_part):
        # "I can confirm that we hold some of the information you asked for": with nothing
        # withheld, what is held was given (the copy may stop before it, or it is in an annex)
        said["given"] += in_answers(sig.held_in_part)[:1]
        return done("partial")
    if given and cue_in_answers("partial"):
        # "Data from before 2012/13 has been left out": part given, part kept back unexempted
        return done("partial")
    if given:
        return done("disclosed")
    if not_held or in_answers(sig.redirect):
        return done("not_held")
    if cue_in_answers("partial"):
        warnings.append("outcome: a partial-release statement but no grounds found; chose partial")
        return done("partial")
    pointed = in_answers(sig.published_pointer)
    if pointed and not data_tables and not _said_in_words(body, answers, request):
        # "The information you asked for is published on our website": a pointer to published
        # material for all of it, with nothing given, withheld or said not held here: refused
        said["withheld"] += pointed[:1]
        return done("refused")
    warnings.append("outcome: no statement of information given, withheld or not held; assumed disclosed")
    return done("disclosed")


_GUESSED = "an answer with no refusal or not-held statement"
_PART_LABELS = (_GUESSED,)


def _unique(sentences: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for x in sentences:
        x = " ".join(x.split())
        if x and x not in seen and not re.fullmatch(r"\d+ (?:lines of figures|table\(s\))", x):
            seen.add(x)
            out.append(x)
    return out


def _answer_line(text: str, p: Part) -> str:
    """The first line of a part's own answer (below its restated question when echoed)."""
    lines = [ln.strip() for ln in text[p.start:p.end].split("\n") if ln.strip()]
    if p.echo and len(lines) > 1:
        return lines[1]
    own = lines[0] if lines else ""
    if len(lines) > 1 and (cues.pattern("part_heading").match(own) or own.endswith(("?", ":"))):
        return lines[1]
    return own


COST_IN_WORDS = "the cost limit (in words)"
WITHHELD_IN_WORDS = "withheld (in words)"
# Withholding known only from refusal words, with no provision, NCND or cost behind it.
_IN_WORDS = frozenset({WITHHELD_IN_WORDS, "a refusal statement", "a refusal of the whole request"})
_PART_NAMED = re.compile(r"\b(?:q|questions?|parts?|points?|requests?)\s*\d", re.I)
# ... and by its number in words ("Questions Two (2), Five (5)", "for parts three and four")
_PART_NAMED_IN_WORDS = re.compile(
    r"\b(?:questions?|parts?|points?)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)
# A part of a law ("Part 3 Data Protection Act 2018", "Part II of the Police Act"): background to
# the answer, not a part of the request (its year is no figure given for a part either).
_PART_OF_LAW = re.compile(r"\b(?i:part)\s+(?:\d{1,2}|[IVX]{1,5})\s+(?:(?i:of)\s+(?:(?i:the)\s+)?)?(?:[A-Z][\w'’()-]*\s+){0,6}(?:Act|Regulations|Order)\b(?:\s+\d{4})?")


def _part_named(sentence: str) -> re.Match[str] | None:
    """A part of the request named in the sentence ("question 2", "Q3"), not a part of a law."""
    laws: list[tuple[int, int]] | None = None
    for m in _PART_NAMED.finditer(sentence):
        if m.group(0)[:1] not in "pP":
            return m
        if laws is None:  # looked for only when a "part N" is there (rare): no pass over the text otherwise
            laws = [x.span() for x in _PART_OF_LAW.finditer(sentence)]
        if not any(a <= m.start() < b for a, b in laws):
            return m
    return None
_FIGURE_BESIDE_PART = re.compile(r"\d[\d,]*\d|\d,\d{3}")


_ATTACHED = re.compile(r"\b(?:attach|enclos|append|spreadsheet)", re.I)
# Words in a plain statement of fact: a label is shorter, and a sentence of two joined clauses ("When a
# report is created ..., the operator's identity is recorded ..., and confirmation is carried out by ...")
# runs to about 50.
_PROSE_WORDS = (4, 50)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!])\s+(?=[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _answer_prose(text: str, answers: list[Part], request: list[tuple[int, int]]) -> list[str]:
    """Plain statements of fact in the answers (cues answer_prose_verb / answer_prose_guard)."""
    verb, guard = cues.pattern("answer_prose_verb"), cues.pattern("answer_prose_guard")
    out: list[str] = []
    for p in answers:
        pos = p.start
        for line in text[p.start:p.end].split("\n"):
            at = pos
            pos += len(line) + 1
            if inside(request, at) or len(line) < 15:
                continue
            line = cues.pattern("answer_label_prefix").sub("", line.strip(), count=1)
            for sentence in _SENTENCE_SPLIT.split(line):
                words = _WORD.findall(sentence)
                if not _PROSE_WORDS[0] <= len(words) <= _PROSE_WORDS[1] or not sentence.endswith(".") or not sentence[0].isupper():
                    continue
                if cues.search("request_voice", sentence) or _names_what_is_wanted(sentence):
                    continue  # "How many applications were made between ...": the request restated
                if cues.search("not_held", sentence) or cues.search("not_held_extra", sentence):
                    continue  # "The force does not use such systems.": nothing held, nothing given
                if verb.search(sentence) and not guard.search(sentence):
                    out.append(sentence)
    return out


# A relative clause closing a naming phrase ("... that the force owns", "... which were reported").
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|where|when|what|how|whether)\b.*$", re.I | re.S)


def _names_what_is_wanted(sentence: str) -> bool:
    """A request item restated as a naming phrase ("The total number of drones, that the force owns."):
    it opens by naming what is wanted, holds no figure, and its only verb sits in the closing relative
    clause. ("The details of the contract are published" states something: its verb is its own.)"""
    if not cues.search("request_item_named", sentence) or re.search(r"\d", sentence):
        return False
    return not cues.search("answer_prose_verb", _RELATIVE_CLAUSE.sub("", sentence))


_BULLET = re.compile(r"^\s*(?:[-•*·▪–]|\(cid:127\))\s+\S")


def _listed(text: str, answers: list[Part], request: list[tuple[int, int]]) -> list[str]:
    """A list given in an answer: a line stating what follows ("The force uses the following
    makes of radio:") over two or more bullet items, none of them a provision or a refusal."""
    verb, guard = cues.pattern("answer_prose_verb"), cues.pattern("list_intro_guard")
    out: list[str] = []
    for p in answers:
        lines = text[p.start:p.end].split("\n")
        pos = p.start
        for i, line in enumerate(lines):
            at, pos = pos, pos + len(line) + 1
            intro = line.strip()
            if not intro.endswith(":") or not 15 <= len(intro) <= 200 or inside(request, at):
                continue
            if not verb.search(intro) or guard.search(intro) or cues.search("request_voice", intro):
                continue
            items = []
            for item in lines[i + 1:]:
                if not _BULLET.match(item):
                    break
                items.append(item)
            if len(items) >= 2 and not any(_REFUSING_CELL.search(x) for x in items):
                out.append(intro)
    return out


def _names_its_part(grounds: list[Exemption]) -> bool:
    """Whether the withholding sentences name what they withhold ("The weightings used in the
    model are exempt") rather than the whole ("The information requested is exempt")."""
    sentences = [e.evidence for e in grounds if e.evidence]
    return bool(sentences) and not any(cues.search("withheld_whole_subject", x) for x in sentences)


def _all_pointers(grounds: list[Exemption]) -> bool:
    """Every ground is the one for information reasonably accessible elsewhere (FOIA s21, FOISA s25):
    the reply points to where it is published."""
    return bool(grounds) and all((e.section, e.statute) in (("21", "FOIA"), ("25", "FOISA")) for e in grounds)


def _only_pointed_to(grounds: list[Exemption], given: list[str], data_tables: list[Table]) -> bool:
    """Every ground is s21 (reasonably accessible elsewhere) and what reads as given is only
    sentences (no table, no lines of figures, no attachment, no figure in prose)."""
    if not _all_pointers(grounds):
        return False
    if data_tables:
        return False
    return not any(x.endswith("lines of figures") or x in _PART_LABELS or _ATTACHED.search(x)
                   or cues.search("figure_sentence", x) for x in given)


def _whole_not_held(sig: "_Signals", answers: list[Part]) -> bool:
    """Whether the reply says nothing asked for is held (not one year, part or share of it)."""
    return any(p.start <= at < p.end for p in answers for at, s in sig.not_held_whole
               if not cues.search("not_held_guard", s))


def _whole_refusals(text: str, sig: "_Signals", answers: list[Part]) -> list[str]:
    out = []
    for at in sig.at("whole_refusal"):
        if not any(p.start <= at < p.end for p in answers):
            continue
        a, b = _cue_bounds(text, at, at + 1)
        sentence = text[a:b]
        # the guards read the refusal's own clause: "Your request is refused ..., but you may wish
        # to narrow it" is a refusal with advice beside it
        cut = _BUT_CLAUSE.search(sentence, at - a)
        clause = sentence[:cut.start()] if cut else sentence
        if not cues.search("withholding_guard", clause) and not cues.search("partial_guard", clause):
            out.append(sentence.strip())
    return out


def set_aside(e: Exemption) -> bool:
    """A ground whose only sentence says it was considered and not used ("We have considered
    section 40(2) but ...", "no exemption has been applied") is not withholding anything here."""
    return bool(e.evidence) and bool(cues.search("ground_set_aside", e.evidence)) \
        and not cues.search("ncnd_construction", e.evidence)  # "the duty in s1(1)(a) does not apply"


def in_condition(e: Exemption) -> bool:
    """A ground whose only sentence is the requester's condition ("If this would exceed the
    limit in Section 12, please ...") is not withholding anything in this reply."""
    return bool(e.evidence) and bool(cues.search("ground_in_condition", e.evidence))


def _scoped(sentence: str) -> bool:
    """Whether a cost sentence names the parts it covers ("answering Q2 and Q3 would ...")."""
    return bool(cues.search("scoped_refusal", sentence) or cues.search("scoped_this", sentence) or _part_named(sentence))


_GROUND_CITED = re.compile(r"\b(?:section|s\.?|regulation|reg\.?)\s*\d{1,2}\b", re.I)
_COST_CITED = re.compile(r"\b(?:section|s\.?)\s*12\b|\bcost|\bappropriate\s+limit|\b18\s+hours\b", re.I)


def _limits_the_data(sentence: str) -> bool:
    """Not-held words that limit the data given (not_held_limit): the answer got another way, or
    what the figures leave out. The words are looked for first (most sentences hold none)."""
    low = sentence.lower()
    return any(w in low for w in cues.words("not_held_limit_words")) \
        and bool(cues.search("not_held_limit", sentence))


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CAVEAT_LINES = 4


def _caveat_spans(text: str) -> list[tuple[int, int]]:
    """The lines under a caveat heading ("Please note these caveats:"), up to a few, stopping at a
    table row: limits on the data given. A period named there ("2019 is not held") is still a part
    not held (_A_YEAR, checked by the caller)."""
    out = []
    for m in cues.pattern("caveat_intro").finditer(text):
        start = end = m.end() + 1
        for _ in range(_CAVEAT_LINES):
            nxt = text.find("\n", end)
            line = text[end:nxt if nxt >= 0 else len(text)]
            if not line.strip() or " | " in line or not line.rstrip().endswith((".", ";", ")")):
                break
            end = (nxt if nxt >= 0 else len(text)) + 1
        if end > start:
            out.append((start, end))
    return out


_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_FUNCTION_WORDS = frozenset("that this with from have does were what which there their they them then than "
                            "whether when where your about into also only such some many much each "
                            "used uses using operate operates operating"
                            .split())


def _no_to_a_whether(sentence: str, asked: str) -> bool:
    """Whether a "we do not use X" answer says no to a question asking whether X is done
    ("whether private contractors enforce the PSPOs" / "We do not use a private contractor to
    enforce PSPOs"): an answer, not a part not held. The question and the answer must share two
    words of substance."""
    return bool(cues.search("not_held_practice", sentence)) and _shares_a_whether(sentence, asked)


def _shares_a_whether(sentence: str, asked: str) -> bool:
    """Whether the sentence and some question of the request asking whether a thing is done share
    two words of substance."""
    mine = {w[:6] for w in _CONTENT_WORD.findall(sentence.lower()) if w not in _FUNCTION_WORDS}
    for m in cues.pattern("yes_no_question").finditer(asked):
        theirs = {w[:6] for w in _CONTENT_WORD.findall(m.group(0).lower()) if w not in _FUNCTION_WORDS}
        if len(mine & theirs) >= 2:
            return True
    return False


def _yes_to_a_whether(text: str, answers: list[Part], request: list[tuple[int, int]], asked: str) -> list[str]:
    """Answers saying yes in words to a question asking whether a thing is done ("You asked whether
    we collate figures for assaults on special constables" / "We do keep records of assaults on
    special constables"): information given, though the figures beside it may be refused. Not the
    confirmation that information is held, nor the question itself restated."""
    out = []
    for m in cues.pattern("yes_practice").finditer(text):
        if inside(request, m.start()) or not any(p.start <= m.start() < p.end for p in answers):
            continue
        a, b = quick_sentence_bounds(text, m.start(), m.end())
        sentence = text[a:b].strip()
        if "?" in sentence or cues.search("yes_practice_guard", sentence) or cues.search("request_voice", sentence):
            continue
        if _shares_a_whether(sentence, asked):
            out.append(sentence)
    return out


_PART_NUMBERS = re.compile(
    r"\b(?:questions?|parts?|points?|q|requests?)\s*(\d{1,2}[a-z]?(?:\s*(?:,|&|and|to|-|–)\s*\d{1,2}[a-z]?)*)", re.I)
_NUMBER_RANGE = re.compile(r"(\d{1,2})[a-z]?(?:\s*(?:to|-|–)\s*(\d{1,2})[a-z]?)?")


def _names_every_part(text: str, at: int) -> bool:
    """Whether the refusal sentence at `at` names by number every item the request numbers above it
    ("Questions 1 to 3 are exempt" under items 1) to 3)): a refusal of the whole, not of a part. With no
    numbered items above it, or a number left out ("questions 2 and 3" of three), it names a part."""
    a, b = _cue_bounds(text, at, at + 1)
    named: set[int] = set()
    for m in _PART_NUMBERS.finditer(text, a, b):
        for lo, hi in _NUMBER_RANGE.findall(m.group(1)):
            if hi and int(lo) < int(hi) <= _MOST_PARTS:
                named.update(range(int(lo), int(hi) + 1))
            else:
                named.add(int(lo))
    if not named:
        return False
    listed = {int(n) for n in _NUMBERED_LINE.findall(text, 0, a)}
    return len(listed) >= 2 and listed <= named


def _rest_withheld_too(text: str, withholding: list[str], scoped_at: list[int]) -> bool:
    """Beside a refusal that names its part ("For question 1 the force neither confirms nor
    denies ..."), a withholding sentence of its own whose subject is the whole ("I am not obliged
    to release the information") and that names no part: the other parts are withheld as well,
    so nothing is left answered."""
    own = {" ".join(text[slice(*_cue_bounds(text, at, at + 1))].split()) for at in scoped_at}
    return any(" ".join(x.split()) not in own and not _part_named(x) and not _scoped(x)
               and cues.search("withheld_whole_subject", x) for x in withholding)


def _cost_covers_the_rest(text: str, scoped_at: list[int], grounds: list[Exemption]) -> bool:
    """One part refused under its own ground ("that part is exempt under section 21") and a
    refusal on cost (s12) for the rest: nothing is left given. When the scoped sentence is the
    cost refusal itself, the other parts were answered."""
    if not any(e.section == "12" and e.statute in ("FOIA", "FOISA") for e in grounds):
        return False
    own_ground = False
    for at in scoped_at:
        a, b = quick_sentence_bounds(text, at, at + 1)
        if _COST_CITED.search(text[a:b]):
            return False
        own_ground = own_ground or bool(_GROUND_CITED.search(text[a:b]))
    return own_ground


_FIGURE_CELL = re.compile(r"^\s*(?:[<>≤≥~]\s*)?[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|[kmb]n?)?\s*$", re.I)


_REFUSING_CELL = re.compile(
    r"\b(?:section|s\.?|regulation|reg\.?)\s*\d{1,2}\b|\bwithh[eo]ld|\bexempt|\brefus|\bneither\s+confirm"
    r"|\bnot\s+(?:held|recorded|hold)\b|\bdoes\s+not\s+hold\b|\bno\s+information\b",
    re.I,
)


def _has_figures(table: Table) -> bool:
    """Information given in a table: a figure in some body cell, or a request/answer layout
    with an answer that is not a refusal. A table listing the provisions relied on, or
    pairing each part of the request with its refusal, gives nothing."""
    header = " ".join(c or "" for c in table.header).lower()
    label = cues.pattern("metadata_label")
    if all(label.match(row[0] or "") for row in [table.header, *table.rows] if row):
        return False  # a letterhead block ("Request Number: | FOI/15775", "Date: | ..."), not an answer
    if re.search(r"\b(?:request|question|asked)", header) and not re.search(
        r"\b(?:response|answer|repl|outcome|decision|result|figure|total|number)", header
    ):
        return False  # the request set out as a table ("Question | Your request")
    if any(_FIGURE_CELL.match(c or "") for row in table.rows for c in row):
        return True
    rows = [row for row in table.rows if len(row) >= 2 and (row[-1] or "").strip()]
    return any(not any(_REFUSING_CELL.search(c or "") for c in row) for row in rows)


def _withholds(e: Exemption) -> bool:
    """EIR r12(4)(a) / Scottish r10(4)(a) say the information is not held: no withholding."""
    statute = "EISR" if e.statute == "EIR" and e.code.startswith("r10") else e.statute
    row = provisions.lookup(statute, e.code)
    return row is None or row.role != "not_held"


def _number_again(text: str, heads: list[tuple[int, str, bool]], i: int) -> bool:
    """Whether the number or letter opening head i opens a later head too ("1." twice)."""
    def key(at: int) -> str:
        m = re.match(r"\s*(?:(?:question|q|part|request|point)\s*)?\(?(\d{1,2}[a-z]?|[a-h])\b", text[at:at + 20], re.I)
        return m.group(1).lower() if m else ""
    mine = key(heads[i][0])
    return bool(mine) and any(key(a) == mine for a, w, _ in heads[i + 1:] if w == "number")


def _not_applicable(segment: str) -> bool:
    """The answer is "N/A": nothing of what the question asks about exists to be held."""
    first, _, rest = segment.partition("\n")
    m = _NUMBERED_LINE.match(first) or cues.pattern("answer_on_heading").match(first)
    own = first[m.end() - 1:] if m and _NUMBERED_LINE.match(first) else (m.group("own") if m else first)
    own = re.sub(r"^[\s\d.)–-]+", "", own or "")  # "2. - 7. N/A"
    if cues.pattern("part_heading").match(first):
        own = ""  # "Response 2" on its own line: the answer is on the line below
    if own.strip():
        return bool(_NOT_APPLICABLE.match(own))
    answer = next((line for line in rest.split("\n") if line.strip()), "")
    return bool(_NOT_APPLICABLE.match(answer))


def _said_in_words(text: str, answers: list[Part], request: list[tuple[int, int]]) -> list[str]:
    """An answer given in words: plain statements of fact, else a list introduced in an answer."""
    return _answer_prose(text, answers, request) or _listed(text, answers, request)


def _only_restated(text: str, given: list[str], answers: list[Part]) -> bool:
    """All that was taken as given is numbered items saying something in the request's own
    words: no giving of their own."""
    return all(x in _PART_LABELS for x in given) \
        and all(_restates_request(text, p) for p in answers if _GUESSED in p.given)


def _restates_request(text: str, p: Part) -> bool:
    """The part's own answer line reads as the request's words: what is wanted named ("Copies of
    the policies on ...") or asked for ("please supply ..."). Under a "Request 4" heading, a
    question ("How did you filter the offences?") or a phrase naming what is wanted with no verb
    of its own ("For the same years, knife offences broken down by ...") is the request too."""
    line = _answer_line(text, p)
    if cues.search("request_item_named", line) or cues.search("request_voice", line):
        return True
    line_end = text.find("\n", p.start, p.end)
    heading = cues.pattern("part_heading").match(text, p.start, line_end if line_end >= 0 else p.end)
    if not heading or not heading.group("word").lower().startswith(("request", "question")):
        return False
    return _only_asks(line) or _names_without_verb(line)


_NAMING_WORDS = 6  # a phrase naming what is wanted runs to a few words at least ("12 in 2020" is an answer)


# A clause a naming phrase may end on, with verbs of its own ("... broken down by what was taken").
_WH_CLAUSE = re.compile(r"\b(?:what|how|who|whom|which|whether|where|when|why)\b.*$", re.I | re.S)


def _names_without_verb(line: str) -> bool:
    """A line of words with no verb that states anything (a closing "what ..." or "how ..." clause
    aside): a description of what is wanted."""
    head = _WH_CLAUSE.sub("", line)
    return len(_WORD.findall(line)) >= _NAMING_WORDS and not cues.search("answer_prose_verb", head) \
        and not cues.search("stating_verb", head)


def _refers_elsewhere(segment: str) -> bool:
    """The answer only points to another answer ("Please see the answer to Q1.", "As above."):
    every line of it is its heading, its restated question or that pointer."""
    lines = [_inline_answer(ln.strip()) for ln in segment.split("\n") if ln.strip()]
    pointer = cues.pattern("answer_cross_reference")
    if not lines or not any(pointer.search(ln) for ln in lines):
        return False
    # (a first line above the pointer is the part's heading or its question restated)
    return all(pointer.search(ln) or ln.endswith(("?", ":")) or cues.pattern("part_heading").match(ln)
               or _QUESTION_LABEL.match(ln) or (i == 0 and len(lines) > 1) for i, ln in enumerate(lines))


def _inline_answer(line: str) -> str:
    """The answer after its question on one line ("Q2: What is its value? A: See the answer to Q1."
    -> "See the answer to Q1."), else the line."""
    m = _INLINE_ANSWER.search(line)
    return line[m.end() - 1:] if m else line


# A line opened by a question's label ("Q4. You ask what the reasons are."): the question restated.
_QUESTION_LABEL = re.compile(r"^\W*(?:q|question|request|part)\s*\d{1,2}[a-z]?\b(?!\s*[-–:.)]\s*(?:yes|no)\b)", re.I)


# The stored copy stops inside a sentence: a last line of running words ending in a word cut off
# ("2. The information asked for at this point will not b"; a year among its words: "Section 1 of the
# Freedom of Information Act 2000 places two dutie").
_CUT_SHORT = re.compile(r"(?:[A-Za-z0-9'’,]+\s+){4,}[a-z]+\s*$")


def _cut_short(segment: str) -> bool:
    """Whether the text's last answer stops mid-sentence (the copy ends there): what it would
    have said is unknown, so it is not guessed to have given anything."""
    last = segment.rstrip().rpartition("\n")[2]
    return bool(_CUT_SHORT.search(last))


def _substantive(segment: str) -> bool:
    """An answer with content beyond its heading: "Yes." counts; a restated question or
    a bare "Our response:" label does not."""
    first, _, rest = segment.partition("\n")
    if _INLINE_ANSWER.search(first):
        return True  # "Q1. How many drones? A: 12."
    if cues.pattern("answer_on_heading").match(first) or cues.pattern("answer_after_number").match(first):
        return True  # "Q1 - 96", "Response to Q2: The unit is based at ..."
    m = _NUMBERED_LINE.match(first)
    if m:  # "1. 23" / "2. The provider is ...": the answer on its number's line
        own = first[m.end() - 1:].strip()
        if not own.endswith(("?", ":")) and (_WORDS.search(own) or re.search(r"\d", own)) \
                and not cues.search("request_item", own):  # "1. Number of arrests": the question
            return True
    heading = cues.pattern("part_heading").match(first)
    asked = bool(heading) and heading.group("word").lower().startswith(("request", "question"))
    for line in rest.split("\n"):
        line = line.strip()
        if not line or line.endswith(("?", ":")) or cues.pattern("block_label").match(line):
            continue
        if _ASKED_WITH_NOTE.search(line) or _BARE_YEAR.match(line) or _PERIOD_LINE.match(line):
            continue  # (the years a question asks about, set out under it, answer nothing)
        if cues.search("response_intro", line):
            continue
        if asked and _only_asks(line):
            continue
        if _WORDS.search(line) or re.search(r"\d", line):
            return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def _only_asks(line: str) -> bool:
    """A line under a "Request 3" heading made only of questions and the requester's asks ("Does
    your force use kiosks? Please give your definition of low-level crime."): the request
    restated, not an answer to it."""
    return all(s.endswith("?") or cues.search("request_ask", s) for s in _SENTENCE_END.split(line) if s)

"""The sentence around a character span: spaCy sentences over one line only.

Cheap because only the lines that hold a citation or a cue are ever run through spaCy;
a sentence boundary spaCy puts inside a citation ("sec." + "31") is closed up again.
"""
from __future__ import annotations

import re
from functools import lru_cache

from parser.judgement.nlp import get_nlp


_OPEN_END = re.compile(r"[A-Za-z0-9,(&–-]\s*$")


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the line(s) holding text[start:end].

    Text from PDFs breaks lines inside sentences ("... exempt under\nsection 40(2) ..."):
    a line that ends without punctuation is joined to a next line that starts in lower
    case (at most a few lines each way), so a sentence is never cut at a soft wrap.
    """
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    for _ in range(4):
        if lo < 2 or not text[lo:lo + 1].islower():
            break
        prev = text.rfind("\n", 0, lo - 1) + 1
        if not _OPEN_END.search(text, prev, lo - 1):
            break
        lo = prev
    for _ in range(4):
        if hi >= len(text) or not text[hi + 1:hi + 2].islower() or not _OPEN_END.search(text, lo, hi):
            break
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt < 0 else nxt
    return lo, hi


@lru_cache(maxsize=2048)
def _sentence_offsets(line: str) -> tuple[tuple[int, int], ...]:
    doc = get_nlp()(line)
    return tuple((s.start_char, s.end_char) for s in doc.sents)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence containing text[start:end] (the span never straddles two).

    The regular-expression splitter decides first (it knows citation abbreviations such as
    "s." and "Sec.", which spaCy's sentencizer splits on); spaCy is asked only about long
    stretches the splitter cannot cut (PDF text run together without capitals after stops).
    """
    lo, hi = quick_sentence_bounds(text, start, end)
    if hi - lo < 400:
        return lo, hi
    line = text[lo:hi]
    s_lo, s_hi = 0, len(line)
    for a, b in _sentence_offsets(line):
        if b <= start - lo:
            s_lo = b
        elif a >= end - lo:
            s_hi = a
            break
    return lo + s_lo, lo + s_hi


# A full stop, "?" or "!" followed by space and a capital or digit ends a sentence, unless
# it closes an abbreviation that citations and letters use ("s. 40", "Sec. 31", "No. 5").
_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:s|ss|sec|sect|reg|regs|no|nos|para|e\.g|i\.e|mr|mrs|ms|dr|st|ch|art|cf|approx|ref)|\b[A-Z])\.$", re.I)


def quick_sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Like sentence_bounds, by a regular expression: for cue phrases, where spaCy's
    cost per line is not worth paying."""
    lo, hi = line_bounds(text, start, end)
    if hi - lo < 80:
        return lo, hi
    s_lo, s_hi = lo, hi
    for m in _END.finditer(text, lo, hi):
        if _ABBREV.search(text, max(lo, m.start() - 8), m.start() + 1):
            continue
        if m.end() <= start:
            s_lo = m.end()
        elif m.start() >= end - 1:
            s_hi = m.start() + 1
            break
    return s_lo, s_hi


def sentence(text: str, start: int, end: int) -> str:
    a, b = sentence_bounds(text, start, end)
    return text[a:b].strip()


_AUTHORITY_VOICE = re.compile(r"\b(?:we|our|us)\b", re.I)
# Only lines that read as the requester's are skipped: a question, a "please" or a
# first-person singular request ("I would like ...", "Could you ...").
_REQUESTER_VOICE = re.compile(
    r"\?\s*$|\bplease\b|\b(?:could|can|would|will)\s+you\b|\bi\s+(?:would\s+like|want|wish|request|am\s+requesting|am\s+looking|am\s+seeking|require)\b"
    r"|^\s*(?:\d+[.)]\s*)?(?:copies|a\s+copy|details|the\s+number|all\s+(?:information|documents|records))\b",
    re.I,
)


def request_spans(text: str, request_text: str) -> list[tuple[int, int]]:
    """Where the requester's words sit in the text (see _request_spans)."""
    if not request_text:
        return []
    return list(_request_spans(text, request_text))


@lru_cache(maxsize=8)
def _request_spans(text: str, request_text: str) -> tuple[tuple[int, int], ...]:
    """Where the requester's words sit in the text: each line of the request found on its own
    (the request/response split may join pieces that are apart in the page)."""
    # The split is a guess: when it claims most of the text, or a line speaks as the
    # authority ("we neither confirm nor deny"), that part is not trusted as the request.
    if not request_text or len(request_text) > 0.5 * len(text):
        return ()
    out: list[tuple[int, int]] = []
    pos = 0
    for line in request_text.split("\n"):
        line = line.strip()
        if len(line) < 20 or _AUTHORITY_VOICE.search(line) or not _REQUESTER_VOICE.search(line):
            continue
        i = text.find(line, pos)
        if i < 0:
            i = text.find(line)
        if i >= 0:
            out.append((i, i + len(line)))
            pos = i + len(line)
    return tuple(out)


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)

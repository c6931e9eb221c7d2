"""The sentence around a character span: spaCy sentences over one line only.

Cheap because only the lines that hold a citation or a cue are ever run through spaCy;
a sentence boundary spaCy puts inside a citation ("sec." + "31") is closed up again.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from parser.judgement.nlp import nlp_doc


_OPEN_END = re.compile(r"[A-Za-z0-9,(&–-]\s*$")
# A stretch the regular-expression splitter cannot cut is handed to spaCy in pieces of at
# most this many characters (cut at a space), so one 1 MB line costs 1 MB of tokenizing once.
SPACY_PIECE = 100_000


class _Index:
    """What the sentence functions learn about one text, worked out once per text: every
    call for another citation in it is then a few binary searches, not a rescan of the line
    (one 200 KB line of citations took 77 s when each call rescanned it)."""

    __slots__ = ("text", "newlines", "lines", "quick", "spacy")

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.lines: dict[tuple[int, int], tuple[int, int]] = {}
        self.quick: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self.spacy: dict[tuple[int, int], tuple[list[int], list[int]]] = {}

    def raw_line(self, start: int, end: int) -> tuple[int, int]:
        """The start of the line holding `start` and the end of the line holding `end`."""
        i = bisect_left(self.newlines, start)
        lo = self.newlines[i - 1] + 1 if i else 0
        j = bisect_left(self.newlines, end)
        hi = self.newlines[j] if j < len(self.newlines) else len(self.text)
        return lo, hi


_INDEXES: dict[int, _Index] = {}


def _index(text: str) -> _Index:
    """The index of this very string object (a few texts are worked on at a time)."""
    found = _INDEXES.get(id(text))
    if found is not None and found.text is text:
        return found
    if len(_INDEXES) >= 4:
        _INDEXES.pop(next(iter(_INDEXES)))
    made = _INDEXES[id(text)] = _Index(text)
    return made


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the line(s) holding text[start:end].

    Text from PDFs breaks lines inside sentences ("... exempt under\nsection 40(2) ..."):
    a line that ends without punctuation is joined to a next line that starts in lower
    case (at most a few lines each way), so a sentence is never cut at a soft wrap.
    """
    index = _index(text)
    raw = index.raw_line(start, end)
    known = index.lines.get(raw)
    if known is None:
        known = index.lines[raw] = _join_soft_wraps(text, *raw)
    return known


def _join_soft_wraps(text: str, lo: int, hi: int) -> tuple[int, int]:
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
    return tuple((s.start_char, s.end_char) for s in nlp_doc(line).sents)


def _spacy_sentences(index: _Index, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Starts and ends (relative to lo) of spaCy's sentences in text[lo:hi], made once."""
    known = index.spacy.get((lo, hi))
    if known is not None:
        return known
    text = index.text
    offsets: list[tuple[int, int]] = []
    at = lo
    while at < hi:
        cut = hi if hi - at <= SPACY_PIECE else text.rfind(" ", at + SPACY_PIECE // 2, at + SPACY_PIECE) + 1
        if cut <= at:
            cut = min(hi, at + SPACY_PIECE)
        offsets.extend((a + at - lo, b + at - lo) for a, b in _sentence_offsets(text[at:cut]))
        at = cut
    known = index.spacy[(lo, hi)] = ([a for a, _ in offsets], [b for _, b in offsets])
    return known


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence containing text[start:end] (the span never straddles two).

    The regular-expression splitter decides first (it knows citation abbreviations such as
    "s." and "Sec.", which spaCy's sentencizer splits on); spaCy is asked only about long
    stretches the splitter cannot cut (PDF text run together without capitals after stops).
    """
    lo, hi = _quick_bounds(text, start, end)
    if hi - lo < 400:
        return lo, hi
    starts, ends = _spacy_sentences(_index(text), lo, hi)
    # The last sentence ending at or before the span, then the first starting at or after it.
    i = bisect_right(ends, start - lo)
    s_lo = ends[i - 1] if i else 0
    j = bisect_left(starts, end - lo, i)
    s_hi = starts[j] if j < len(starts) else hi - lo
    return _within_reach(lo + s_lo, lo + s_hi, start, end)


# A "sentence" reaching further than this either side of its span is text with no stops (a
# runaway line): the span's neighbourhood stands in for it, so the work done per citation
# stays bounded however long the line (a 1 MB line of citations took minutes).
MAX_SENTENCE_REACH = 1500


def _within_reach(lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    return max(lo, start - MAX_SENTENCE_REACH), min(hi, max(end, start) + MAX_SENTENCE_REACH)


# A full stop, "?" or "!" followed by space and a capital or digit ends a sentence, unless
# it closes an abbreviation that citations and letters use ("s. 40", "Sec. 31", "No. 5"; "no."
# only before a number: "The answer is no. The rest ..." ends its sentence).
_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:s|ss|sec|sect|reg|regs|para|e\.g|i\.e|mr|mrs|ms|dr|st|ch|art|cf|approx|ref)|\b[A-Z])\.$", re.I)
_NUMBER_ABBREV = re.compile(r"\bnos?\.$", re.I)
# A letter naming an annex or a table ("enclosed as Annex A. We ...") is a label, not an initial.
_LABEL_LETTER = re.compile(r"\b(?:annexe?|appendix|schedule|table|figure|option|category|zone|class|grade|band|type|plan)\s+[A-Z]\.$", re.I)


def _quick_breaks(index: _Index, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the sentence-ending marks in text[lo:hi], made once per stretch."""
    known = index.quick.get((lo, hi))
    if known is None:
        text = index.text
        marks = [m for m in _END.finditer(text, lo, hi)
                 if (not _ABBREV.search(text, max(lo, m.start() - 8), m.start() + 1)
                     or _LABEL_LETTER.search(text, max(lo, m.start() - 12), m.start() + 1))
                 and not (_NUMBER_ABBREV.search(text, max(lo, m.start() - 8), m.start() + 1)
                          and m.end() < len(text) and text[m.end()].isdigit())]
        known = index.quick[(lo, hi)] = ([m.start() for m in marks], [m.end() for m in marks])
    return known


def quick_sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Like sentence_bounds, by a regular expression: for cue phrases, where spaCy's
    cost per line is not worth paying."""
    return _within_reach(*_quick_bounds(text, start, end), start, end)


def _quick_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = line_bounds(text, start, end)
    if hi - lo < 80:
        return lo, hi
    starts, ends = _quick_breaks(_index(text), lo, hi)
    # The last mark ending at or before the span opens its sentence; the first mark after
    # that which starts at or after the span's last character closes it.
    i = bisect_right(ends, start)
    s_lo = ends[i - 1] if i else lo
    j = bisect_left(starts, end - 1, i)
    s_hi = starts[j] + 1 if j < len(starts) else hi
    return s_lo, s_hi


_CELL_SEP = " | "


def cell_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """text[lo:hi] narrowed to the table cell holding text[start:end]: a table row rendered
    as "request | response" (a two-column letter) is two voices, never one sentence."""
    if text.find(_CELL_SEP, lo, hi) < 0:
        return lo, hi
    left = text.rfind(_CELL_SEP, lo, start)
    right = text.find(_CELL_SEP, end, hi)
    return (lo if left < 0 else left + len(_CELL_SEP)), (hi if right < 0 else right)


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

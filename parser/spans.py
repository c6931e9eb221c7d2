"""The sentence around a character span: spaCy sentences over one line only.

Cheap because only the lines that hold a citation or a cue are ever run through spaCy;
a sentence boundary spaCy puts inside a citation ("sec." + "31") is closed up again.
"""
from __future__ import annotations

from functools import lru_cache

from parser.nlp import get_nlp


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the line(s) holding text[start:end]."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


@lru_cache(maxsize=2048)
def _sentence_offsets(line: str) -> tuple[tuple[int, int], ...]:
    doc = get_nlp()(line)
    return tuple((s.start_char, s.end_char) for s in doc.sents)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence containing text[start:end] (the span never straddles two)."""
    lo, hi = line_bounds(text, start, end)
    line = text[lo:hi]
    if len(line) < 80:
        return lo, hi
    s_lo, s_hi = 0, len(line)
    for a, b in _sentence_offsets(line):
        if b <= start - lo:
            s_lo = b
        elif a >= end - lo:
            s_hi = a
            break
    return lo + s_lo, lo + s_hi


def sentence(text: str, start: int, end: int) -> str:
    a, b = sentence_bounds(text, start, end)
    return text[a:b].strip()


def request_spans(text: str, request_text: str) -> list[tuple[int, int]]:
    """Where the requester's words sit in the text: each line of the request found on its own
    (the request/response split may join pieces that are apart in the page)."""
    if not request_text or len(request_text) >= len(text):
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    for line in request_text.split("\n"):
        line = line.strip()
        if len(line) < 20:
            continue
        i = text.find(line, pos)
        if i < 0:
            i = text.find(line)
        if i >= 0:
            out.append((i, i + len(line)))
            pos = i + len(line)
    return out


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)

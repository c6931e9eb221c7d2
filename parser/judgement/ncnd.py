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
    scan = cues.scanner(text)
    if scan.lower is not None and not any(a in scan.lower for a in cues.anchors("ncnd")):
        return ()
    skip = request_spans(text, request_text)
    out: list[tuple[int, str]] = []
    seen: set[int] = set()
    for m in scan.finditer("ncnd"):
        if inside(skip, m.start()):
            continue
        lo, hi = quick_sentence_bounds(text, m.start(), m.end())
        if lo in seen:
            continue
        seen.add(lo)
        sentence = text[lo:hi].strip()
        if cues.search("confirms_holding", sentence) or cues.search("ncnd_generic", sentence):
            continue
        if cues.search("request_voice", sentence):
            continue
        out.append((lo, sentence))
    return tuple(out)


def detect(text: str, exemptions: list[Exemption], *, request_text: str = "") -> bool:
    """True when the response neither confirms nor denies holding some or all of it."""
    if any(e.ncnd for e in exemptions):
        return True
    return bool(statements(text, request_text=request_text))

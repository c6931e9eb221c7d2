"""The cue Scanner's one-pass anchor search (Aho-Corasick over every family's anchors) finds
exactly what the plain per-anchor scan finds: the same offsets, windows and matches."""
from __future__ import annotations

from bisect import bisect_left

import pytest
from hypothesis import given, settings, strategies as st

from parser.judgement import cues


def _families() -> list[str]:
    return list((cues.raw().get("anchors") or {}).keys())


def _all_anchors() -> list[str]:
    return sorted({a for name in _families() for a in cues.anchors(name)})


# --- the plain scan, as the Scanner did it before the one-pass search (the oracle) ---------

def plain_offsets(lower: str, word: str, step: int) -> list[int]:
    found, i = [], lower.find(word)
    while i >= 0:
        found.append(i)
        i = lower.find(word, i + step)
    return found


def plain_windows(lower: str, words, lo: int, hi: int, before: int = 160, after: int = 200):
    hits: list[int] = []
    for w in words:
        found = plain_offsets(lower, w, after // 2)
        k = bisect_left(found, lo)
        hits.extend(found[k:bisect_left(found, hi, k)])
    hits.sort()
    out: list[tuple[int, int]] = []
    for h in hits:
        a, b = max(lo, h - before), min(hi, h + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def plain_spans(text: str, name: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    hi = len(text) if hi is None else hi
    lower = text.lower()
    if len(lower) != len(text):
        return [m.span() for m in cues.pattern(name).finditer(text, lo, hi)]
    pat = cues.lower_pattern(name)
    words = cues.anchors(name)
    if not words:
        return [m.span() for m in pat.finditer(lower, lo, hi)]
    return [m.span() for a, b in plain_windows(lower, words, lo, hi) for m in pat.finditer(lower, a, b)]


def check(text: str) -> None:
    scan = cues.Scanner(text)
    lower = text.lower()
    if len(lower) == len(text):
        for word in _all_anchors():
            for step in (100, 45, 1):
                assert scan._offsets(word, step) == plain_offsets(lower, word, step), (word, step)
        for name in _families():
            words = cues.anchors(name)
            assert scan.windows_with(words, 0, len(text)) == plain_windows(lower, words, 0, len(text)), name
    for name in _families():
        assert [m.span() for m in scan.finditer(name)] == plain_spans(text, name), name
        # asked twice: the kept matches come back the same
        assert [m.span() for m in scan.finditer(name)] == plain_spans(text, name), name
        lo, hi = len(text) // 3, 2 * len(text) // 3
        assert [m.span() for m in scan.finditer(name, lo, hi)] == plain_spans(text, name, lo, hi), name


# --- a table of cases -------------------------------------------------------------------

CASES = [
    "",
    "held",
    "We do not hold this information. The information is not held.",
    "The information was withheld; we hold none of it and nothing was found.",
    # overlapping occurrences of one anchor and of anchors inside each other
    "000 0000 1100 2,000,000 were recorded in 2019 and 2020 (20 20 20)",
    "holdholdhold withheldheld refusrefused partpartial",
    # non-ASCII before the anchors: offsets are in characters, not bytes
    "Café résumé ’ve we’ve — the data you’ve asked for is not held. We’ve attached it.",
    "Straße ½ ① the figures are 12 and 13 — please see the spreadsheet attached.",
    # lower-casing changes the length ("İ" -> "i̇"): the Scanner searches the text as it is
    "İstanbul office: we do not hold any information about your request; 3 officers attended.",
    # an anchor at the very start and the very end, and across line ends
    "answer\nthis information is\nnot recorded\nheld",
    ("The force holds no information on this matter. " * 30) + "Total number of officers was 17.",
    ("x" * 500) + " refused " + ("y" * 500) + " exempt under section 40 " + ("z" * 90) + " withheld",
    "Question 3: N/A\nQ4 - for the remainder of the request, we are not able to provide it.\n" * 5,
    # a lone surrogate (the automaton reads UTF-8 only): the plain scan does the work
    "We do not hold \udc80 the information; 12 were recorded and nothing was found.",
]


@pytest.mark.parametrize("text", CASES)
def test_scanner_matches_plain_scan_on_cases(text: str) -> None:
    check(text)


def test_automaton_holds_every_familys_anchors() -> None:
    """Built from whatever families cues.yml lists: a family added there is searched too."""
    _, words = cues._anchor_automaton()
    assert set(words) == {a for a in _all_anchors() if a}


def test_an_anchor_outside_the_automaton_falls_back_to_find() -> None:
    scan = cues.Scanner("An exemption and an exception; another exemption.")
    lower = scan.lower
    for step in (45, 100):
        assert scan._offsets("exemption", step) == plain_offsets(lower, "exemption", step)
        assert scan._offsets("zzzz-not-an-anchor", step) == []
    words = ("exemption", "exception")
    assert scan.windows_with(words, 0, len(lower), before=70, after=90) == \
        plain_windows(lower, words, 0, len(lower), before=70, after=90)


# --- random texts ------------------------------------------------------------------------

_PIECES = st.one_of(
    st.sampled_from(_all_anchors() or ["held"]),
    st.sampled_from(["not", "we", "do", "the", "information", "is", "was", "of", "your", "request",
                     "section", "40(2)", "total", "number", "officers", "question", "q", "part"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 .,;:’'-£%()/|\n\tÉéİß½", max_size=12),
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "\n", ". ", ", ", "", "\n\n", " | "])


@st.composite
def texts(draw) -> str:
    parts = draw(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=120))
    text = "".join(p + s for p, s in parts)
    if draw(st.booleans()):
        text = text.upper() if draw(st.booleans()) else text.title()
    return text


@settings(max_examples=150, deadline=None)
@given(texts())
def test_scanner_matches_plain_scan_on_random_texts(text: str) -> None:
    check(text)


def _phrasings() -> list[tuple[str, str]]:
    out = []
    for name, value in cues.raw().items():
        if name in ("anchors", "statutes") or not isinstance(value, (str, list)):
            continue
        for p in value if isinstance(value, list) else [value]:
            if isinstance(p, str):
                out.append((name, p))
    return out


def test_no_phrasing_opens_with_a_lookbehind() -> None:
    """A phrasing opened by lookbehinds makes the engine try them at every character of a
    window (withholding_said's "not/may/could ... invoked an exemption" cost 15x its family's
    time so); cues.yml's rule is \\b and a lookahead of the first letters, then the lookbehinds."""
    opened = [f"{name}: {p[:60]}" for name, p in _phrasings() if p.lstrip().startswith("(?<")]
    assert not opened, opened


def test_a_guarded_phrasing_still_reads_its_guard() -> None:
    # the reordering keeps the guard: "cited an exemption" withholds, "not cited an exemption" does not
    assert cues.search("withholding_said", "The force cited an exemption for the names.")
    assert not cues.search("withholding_said", "The force has not cited an exemption for the names.")
    assert cues.search("whole_refusal", "We consider your request to be vexatious.")
    assert not cues.search("whole_refusal", "We do not consider your request to be vexatious.")

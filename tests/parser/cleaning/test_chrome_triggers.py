"""Line classification's one-pass trigger search (Aho-Corasick over every family's trigger
words) says a family is triggered exactly when that family's own trigger pattern finds a
word in the line, and the classification is the one the per-family loop gives."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from parser.cleaning import lines as L


def _plain_hits(families, low: str) -> set[int]:
    return {k for k, f in enumerate(families) if f.trigger is not None and f.trigger.search(low) is not None}


def _plain_chrome_family(line: str, weak: bool) -> str | None:
    """The classification as the per-family loop made it (each family's trigger regex)."""
    low = line.lower()
    for max_len, trigger, search, name in L._checks(weak):
        if len(line) <= max_len and (trigger is None or trigger(low) is not None) and search(line):
            return None if L.rules().protect.search(line) else name
    return None


def _plain_shaped(line: str) -> str | None:
    r = L.rules()
    for fam in r.anywhere:
        if len(line) > fam.max_len:
            continue
        if fam.trigger is not None and fam.trigger.search(line.lower()) is None:
            continue
        if fam.test(line) and not r.protect.search(line):
            return fam.name
    return None


def _families(weak: bool):
    return [f for f in L.rules().families if weak or not f.weak]


def check(line: str) -> None:
    low = line.lower()
    for weak in (True, False):
        hits = L._check_triggers(weak).hits(low)
        plain = _plain_hits(_families(weak), low)
        assert {k for k in hits if _families(weak)[k].trigger is not None} == plain
        assert L.chrome_family.__wrapped__(line, weak=weak) == _plain_chrome_family(line, weak)
    assert {k for k in L._anywhere_triggers().hits(low)} == _plain_hits(L.rules().anywhere, low)
    assert L._shaped.__wrapped__(line) == _plain_shaped(line)


def _all_triggers() -> list[str]:
    return sorted({t for f in L.rules().families for t in f.triggers if t})


LINES = [
    "",
    "Accept all cookies",
    "We use cookies to make this site work; accept or reject analytics cookies.",
    "Skip to main content",
    "Page 2 of 3",
    "OFFICIAL",
    "OFFICIAL - SENSITIVE",
    "Share this page: Facebook Twitter LinkedIn",
    "Back to top",
    "Yours sincerely",
    "The force recorded 17 incidents involving drones in 2023.",
    "This website uses cookies. We hold no information about cookie banners on police vehicles.",
    "Café — accept cookies ’ here",
    "İstanbul page 1 of 2",
    "www.example.gov.uk",
    "Accept all cookies \udc80",  # a lone surrogate: each family's own trigger search
]


@pytest.mark.parametrize("line", LINES)
def test_triggers_match_plain_search_on_cases(line: str) -> None:
    check(line)


def test_an_empty_trigger_is_in_every_line() -> None:
    fam = L.Family("x", 100, False, L.re.compile("x"), ("", "abc"), L.re.compile("|abc"), False, None)
    other = L.Family("y", 100, False, L.re.compile("y"), ("abc",), L.re.compile("abc"), False, None)
    triggers = L._Triggers([fam, other])
    assert triggers.hits("nothing here") == {0}
    assert triggers.hits("xx abc") == {0, 1}


@st.composite
def lines(draw) -> str:
    words = _all_triggers() or ["cookie"]
    pieces = draw(st.lists(st.one_of(
        st.sampled_from(words),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 .,:|-’ÉéİAB", max_size=8),
    ), max_size=12))
    line = draw(st.sampled_from(["", " ", "-", " | "])).join(pieces)
    if draw(st.booleans()):
        line = line.title() if draw(st.booleans()) else line.upper()
    return line


@settings(max_examples=300, deadline=None)
@given(lines())
def test_triggers_match_plain_search_on_random_lines(line: str) -> None:
    check(line)

"""Cue phrasings from parser/data/cues.yml, compiled once per process."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data" / "cues.yml"
_FLAGS = re.IGNORECASE | re.MULTILINE


@lru_cache(maxsize=1)
def raw() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def pattern(name: str) -> re.Pattern[str]:
    """One alternation of every phrasing in a family (a list or a single pattern)."""
    value = raw()[name]
    parts = value if isinstance(value, list) else [value]
    return re.compile("|".join(f"(?:{p})" for p in parts), _FLAGS)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw()[name])


@lru_cache(maxsize=1)
def statutes() -> list[tuple[str, re.Pattern[str]]]:
    """(statute, pattern) in the file's order: FOI statutes before the catch-all OTHER."""
    return [
        (name, re.compile("|".join(f"(?:{p})" for p in pats), _FLAGS))
        for name, pats in raw()["statutes"].items()
    ]


def search(name: str, text: str) -> re.Match[str] | None:
    return pattern(name).search(text)


@lru_cache(maxsize=None)
def anchors(name: str) -> tuple[str, ...]:
    return tuple(str(a) for a in (raw().get("anchors") or {}).get(name, ()))


class Scanner:
    """Runs cue families over one text, searching only the lines that hold an anchor."""

    def __init__(self, text: str) -> None:
        self.text = text
        lower = text.lower()
        self.lower = lower if len(lower) == len(text) else None
        starts = [0]
        i = text.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        self.starts = starts

    def _line(self, pos: int) -> int:
        from bisect import bisect_right

        return bisect_right(self.starts, pos) - 1

    def lines_with(self, words: tuple[str, ...], lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of each line in [lo, hi) that contains one of the words."""
        if self.lower is None:
            return [(lo, hi)]
        found: set[int] = set()
        for w in words:
            i = self.lower.find(w, lo, hi)
            while i >= 0:
                n = self._line(i)
                found.add(n)
                nxt = self.starts[n + 1] if n + 1 < len(self.starts) else len(self.text)
                i = self.lower.find(w, nxt, hi)
        out = []
        for n in sorted(found):
            a = self.starts[n]
            b = self.starts[n + 1] - 1 if n + 1 < len(self.starts) else len(self.text)
            out.append((max(a, lo), min(b, hi)))
        return out

    def finditer(self, name: str, lo: int = 0, hi: int | None = None):
        hi = len(self.text) if hi is None else hi
        words = anchors(name)
        pat = pattern(name)
        if not words:
            yield from pat.finditer(self.text, lo, hi)
            return
        for a, b in self.lines_with(words, lo, hi):
            yield from pat.finditer(self.text, a, b)

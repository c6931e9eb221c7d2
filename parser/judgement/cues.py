"""Cue phrasings from parser/data/cues.yml, compiled once per process."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml
from ahocorasick_rs import AhoCorasick

DATA = Path(__file__).resolve().parent.parent / "data" / "cues.yml"
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


_LETTER_OR_ESCAPE = re.compile(r"(\\.)|([A-Z])")


@lru_cache(maxsize=None)
def lower_pattern(name: str) -> re.Pattern[str]:
    """The family for lower-cased text, without IGNORECASE: Python's engine runs several
    times faster on it. Escapes ("\\S") keep their case."""
    source = pattern(name).pattern
    lowered = _LETTER_OR_ESCAPE.sub(lambda m: m.group(1) or m.group(2).lower(), source)
    return re.compile(lowered, re.MULTILINE)


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


def scanner(text: str) -> "Scanner":
    """A Scanner for this text, shared by the NCND, outcome and confidence steps of one parse
    (each asks several of the same families of the same text)."""
    if _LAST_SCANNER and _LAST_SCANNER[0].text is text:
        return _LAST_SCANNER[0]
    return Scanner(text)


def search(name: str, text: str) -> re.Match[str] | None:
    return pattern(name).search(text)


@lru_cache(maxsize=None)
def anchors(name: str) -> tuple[str, ...]:
    return tuple(str(a) for a in (raw().get("anchors") or {}).get(name, ()))


@lru_cache(maxsize=1)
def _anchor_automaton() -> tuple[AhoCorasick | None, tuple[str, ...]]:
    """One automaton over every family's anchors (whatever families cues.yml holds): a text
    is scanned once for all of them instead of once per anchor."""
    words = tuple(sorted({a for name in (raw().get("anchors") or {}) for a in anchors(name) if a}))
    return (AhoCorasick(list(words)) if words else None), words


@lru_cache(maxsize=1)
def _anchor_set() -> frozenset[str]:
    return frozenset(_anchor_automaton()[1])


_LAST_SCANNER: list["Scanner"] = []


class Scanner:
    """Runs cue families over one text, searching only the lines that hold an anchor."""

    def __init__(self, text: str) -> None:
        self.text = text
        lower = text.lower()
        self.lower = lower if len(lower) == len(text) else None
        self._found: dict[tuple[str, int], list[int]] = {}  # (anchor, step) -> its offsets, step apart at least
        self._matches: dict[str, list[re.Match[str]]] = {}  # family -> its matches over the whole text
        _LAST_SCANNER[:] = [self]  # the steps after the one that made it share it (scanner())

    @cached_property
    def starts(self) -> list[int]:
        """Offsets where lines start; only line-wise lookups need them (most scans don't)."""
        text, starts = self.text, [0]
        i = text.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        return starts

    def _line(self, pos: int) -> int:
        from bisect import bisect_right

        return bisect_right(self.starts, pos) - 1

    def lines_at(self, positions: list[int]) -> list[tuple[int, int]]:
        """(start, end) of each distinct line holding one of the positions, in order."""
        found = sorted({self._line(p) for p in positions})
        out = []
        for n in found:
            a = self.starts[n]
            b = self.starts[n + 1] - 1 if n + 1 < len(self.starts) else len(self.text)
            out.append((a, b))
        return out

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

    @cached_property
    def _occurrences(self) -> dict[str, list[int]] | None:
        """Every offset of every anchor in the lower-cased text (overlapping ones too), from one
        pass of the automaton; an anchor absent from the text is absent from the dict. None
        when the automaton cannot read the text (a lone surrogate): the find() loop does."""
        automaton, words = _anchor_automaton()
        found: dict[str, list[int]] = {}
        if automaton is None or self.lower is None:
            return found
        try:
            matches = automaton.find_matches_as_indexes(self.lower, overlapping=True)
        except UnicodeEncodeError:
            return None
        for k, start, _ in matches:
            at = found.get(words[k])
            if at is None:
                found[words[k]] = [start]
            else:
                at.append(start)  # one anchor's matches come in order of their start
        return found

    def _offsets(self, word: str, step: int) -> list[int]:
        """Every offset of an anchor in the lower-cased text, found once per text (families
        share anchors: "hold", "provide", "refus")."""
        found = self._found.get((word, step))
        if found is None and word in _anchor_set() and self._occurrences is not None:
            # the same offsets as the find() loop below, read from the automaton's pass
            found = []
            every = self._occurrences.get(word)
            if every:
                n, k = len(every), 0
                while k < n:
                    i = every[k]
                    found.append(i)
                    k = bisect_left(every, i + step, k + 1)
            self._found[(word, step)] = found
        elif found is None:
            found = []
            i = self.lower.find(word)
            while i >= 0:
                found.append(i)
                # An occurrence this close to the last one lies inside its window (a window
                # reaches 2 * step on): skipping it keeps digit anchors cheap.
                i = self.lower.find(word, i + step)
            self._found[(word, step)] = found
        return found

    def finditer(self, name: str, lo: int = 0, hi: int | None = None):
        if lo == 0 and hi is None:
            # the whole text: every step asks the same families of it, so the matches are kept
            found = self._matches.get(name)
            if found is None:
                found = self._matches[name] = self._all(name)
            return iter(found)
        return self._finditer(name, lo, len(self.text) if hi is None else hi)

    def _all(self, name: str) -> list[re.Match[str]]:
        """What _finditer yields over the whole text, gathered without a generator's steps."""
        words = anchors(name)
        if self.lower is None or not words:
            return list(self._finditer(name, 0, len(self.text)))
        windows = self.windows_with(words, 0, len(self.text))
        if not windows:
            return []
        finditer, lower, out = lower_pattern(name).finditer, self.lower, []
        for a, b in windows:
            out.extend(finditer(lower, a, b))
        return out

    def _finditer(self, name: str, lo: int, hi: int):
        words = anchors(name)
        if self.lower is None:
            yield from pattern(name).finditer(self.text, lo, hi)
            return
        pat = lower_pattern(name)
        if not words:
            yield from pat.finditer(self.lower, lo, hi)
            return
        for a, b in self.windows_with(words, lo, hi):
            yield from pat.finditer(self.lower, a, b)

    def windows_with(self, words: tuple[str, ...], lo: int, hi: int,
                     before: int = 160, after: int = 200) -> list[tuple[int, int]]:
        """Merged windows around each anchor hit: cue phrasings are local, so the full
        pattern never scans a whole long text. Windows cross line ends, since text from
        PDFs wraps lines inside a phrase ("this information is\nnot recorded")."""
        if self.lower is None:
            return self.lines_with(words, lo, hi)
        hits: list[int] = []
        step, whole = after // 2, lo <= 0 and hi >= len(self.text)
        present, automaton_words = self._occurrences, _anchor_set()
        if present is None:
            present, automaton_words = {}, frozenset()  # the find() loop for every anchor
        for w in words:
            if w not in present and w in automaton_words:
                continue  # the automaton's pass saw no such anchor in the text
            found = self._offsets(w, step)
            if not found:
                continue
            if whole:
                hits.extend(found)
            else:
                k = bisect_left(found, lo)
                hits.extend(found[k:bisect_left(found, hi, k)])
        if not hits:
            return []
        hits.sort()
        out: list[tuple[int, int]] = []
        for h in hits:
            a, b = max(lo, h - before), min(hi, h + after)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
        return out

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

"""Is this the same response letter? Text fingerprints for finding one authority answer
published twice (a force's log and WhatDoTheyKnow) when no reference ties the copies.

A response's fingerprint is the set of its word 4-shingles after normalising (lower case,
letters and digits only, thousands separators dropped) and after removing its own reference
as written, so "FOI 528-17" and "CLE/528/2017" do not count for or against. Two copies are
the same letter when most of the shorter one's shingles are in the longer one (containment:
a copy may carry a covering note or a page header the other lacks) and neither states a
figure the other lacks while lacking one of the other's: a repeat of last year's answer with
new numbers is nearly the same text and a different disclosure (a changed figure is missing
on both sides), whereas a covering note's numbers are extra on one side only. Pure functions; the caller bounds the candidates (same authority,
dates close together), so nothing here is compared against a whole store.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

SHINGLE = 4
# Tuned together against tests/crawler/test_wdtk.py's pairs (the same sample letter as a log
# page and as a WhatDoTheyKnow reply or PDF: containment 0.9 and up; two answers of one force
# to different questions in the same template: 0.5 and below).
MIN_CONTAINMENT = 0.8
MIN_SHINGLES = 15  # fewer: too short to tell a letter from its template
_TOKEN = re.compile(r"[a-z0-9]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_NUMBER = re.compile(r"\d+")
_YEAR = range(1990, 2040)
_URL = re.compile(r"\bhttps?://\S+")


@dataclass(frozen=True)
class Fingerprint:
    shingles: frozenset[int]
    figures: frozenset[int]  # numbers of three or more digits that are not years (URLs left out)


def _without_reference(text: str, reference: str | None) -> str:
    if reference and len(reference.strip()) >= 3:
        text = re.sub(re.escape(reference.strip()), " ", text, flags=re.IGNORECASE)
    return text


def fingerprint(text: str | None, reference: str | None = None) -> Fingerprint:
    """The shingles and figures of a response's text."""
    flat = _THOUSANDS.sub("", _URL.sub(" ", _without_reference(text or "", reference))).lower()
    tokens = _TOKEN.findall(flat)
    shingles = frozenset(zlib.crc32(" ".join(tokens[i:i + SHINGLE]).encode()) for i in
                         range(max(0, len(tokens) - SHINGLE + 1)))
    ref_numbers = {int(n) for n in _NUMBER.findall(reference or "")}
    figures = frozenset(int(n) for n in _NUMBER.findall(flat)
                        if len(n.lstrip("0")) >= 3 and int(n) not in _YEAR and int(n) not in ref_numbers)
    return Fingerprint(shingles, figures)


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Share of the smaller fingerprint's shingles found in the larger (0 when either is
    too short to judge)."""
    small, large = sorted((a.shingles, b.shingles), key=len)
    if len(small) < MIN_SHINGLES:
        return 0.0
    return len(small & large) / len(small)


def same_response(a: Fingerprint, b: Fingerprint, other_references: tuple[str | None, ...] = ()) -> bool:
    """The two texts are one letter: near-identical wording, and one copy's figures include
    the other's (numbers from either copy's reference, however written, left out)."""
    if containment(a, b) < MIN_CONTAINMENT:
        return False
    skip = {int(n) for ref in other_references for n in _NUMBER.findall(ref or "")}
    mine, theirs = a.figures - skip, b.figures - skip
    return mine <= theirs or theirs <= mine

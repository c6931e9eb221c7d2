"""Which statute the response is made under: FOIA, FOISA (Scotland) or EIR.

EIR wins when the response is handled under the Environmental Information Regulations
(it says so, or relies on an EIR exception such as regulation 12(5)(a) or the Scottish
regulation 10(4)(a)); a Scottish response that moves a request to the EIRs still cites
FOISA s39(2), so EIR is decided first. FOISA for "Freedom of Information (Scotland) Act" or
a Scottish authority; FOIA when the UK Act is cited.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

import yaml

from parser.fields import authority

_SCAN_CHARS = 100_000  # the Act a response is made under is named well before this


@lru_cache(maxsize=None)
def _cue(name: str) -> re.Pattern[str]:
    """One cue family of parser/data/regime.yml as a single pattern."""
    cues = yaml.safe_load(resources.files("parser").joinpath("data/regime.yml").read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{c})" for c in cues[name]), re.I)


@lru_cache(maxsize=1)
def load_legislation() -> list[dict[str, str]]:
    """Rows of parser/data/legislation.csv: statute, regime, name, pattern."""
    text = resources.files("parser").joinpath("data/legislation.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _statute_pattern() -> re.Pattern[str]:
    spaced = r"\s+"
    parts = ["(?P<%s>%s)" % (row["statute"], row["pattern"].replace(" ", spaced)) for row in load_legislation()]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)


def statute_mentions(text: str) -> dict[str, int]:
    """How many times each statute in legislation.csv is named."""
    counts: dict[str, int] = {}
    for m in _statute_pattern().finditer(text):
        counts[m.lastgroup or ""] = counts.get(m.lastgroup or "", 0) + 1
    return counts


def _country(authority_id: str | None) -> str | None:
    if not authority_id:
        return None
    for row in authority.load_gazetteer():
        if row["id"] == authority_id:
            return row["country"]
    return None


def _is_police_body(authority_id: str | None) -> bool:
    return any(row["id"] == authority_id and row["kind"] in ("police", "pcc", "joint") for row in authority.load_gazetteer())


# UK-wide bodies (BTP, the NPCC, the CNC) answer under the UK Act, in Scotland too.
# Fragments one of which every scottish_appeal cue holds: most texts skip the pattern.
_SCOTTISH_APPEAL_WORDS = ("cottish", "COTTISH", "publicknowledge", "inburn", "INBURN")
_NOT_SCOTTISH = frozenset({"England", "Wales", "Northern Ireland", "England and Wales", "UK"})


def find_regime(text: str, *, authority_id: str | None = None) -> str | None:
    """"FOIA", "FOISA", "EIR", or None when nothing says which."""
    text = text[:_SCAN_CHARS]
    counts = statute_mentions(text)
    eir = counts.get("EIR", 0) + counts.get("EIRS", 0)
    if eir and (_cue("eir_exception").search(text) or _cue("eir_handled").search(text)):
        return "EIR"
    if not counts.get("FOIA") and not counts.get("FOISA") and _cue("eir_exception_bare").search(text):
        # No Act named, but the exceptions relied on are the EIR's own regulations.
        return "EIR"
    country = _country(authority_id)
    scottish = country == "Scotland" or (
        country not in _NOT_SCOTTISH and any(w in text for w in _SCOTTISH_APPEAL_WORDS)
        and bool(_cue("scottish_appeal").search(text)) and not _cue("uk_appeal").search(text))
    if counts.get("FOISA") and country in _NOT_SCOTTISH and counts.get("FOIA", 0) >= counts["FOISA"]:
        # An English, Welsh, Northern Irish or UK-wide body naming the Scottish Act beside its own ("a
        # request to Police Scotland would fall under the Freedom of Information (Scotland) Act
        # 2002"): it answers under the Act it names at least as often.
        return "FOIA"
    if counts.get("FOISA") or (scottish and (counts.get("FOIA") or _cue("foi_loose").search(text) or not eir)):
        return "FOISA"
    if counts.get("FOIA") or _cue("foi_loose").search(text):
        return "FOIA"
    if eir:
        return "EIR"
    if _cue("foi_language").search(text) or _is_police_body(authority_id):
        # A police force's or commissioner's disclosure is made under the FOI Acts unless it
        # says otherwise.
        return "FOISA" if scottish else "FOIA"
    return None

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

from parser import authority

# Exceptions (10, 12, 13) and the EIR-only procedure: 11 (reconsideration), 14 (refusal).
_EIR_EXCEPTION = re.compile(
    r"\b(?:regulations?|reg\.?)\s*(?:(?:10|12|13|14)\s*\(\s*\d|11\b(?=[^.]{0,40}\b(?:EIRs?|Environmental)\b))", re.I
)
_EIR_HANDLED = re.compile(
    r"\b(?:under|in\s+accordance\s+with|terms\s+of|handled\s+as|dealt\s+with\s+as|considered\s+as)\s+"
    r"(?:the\s+)?(?:EI\(S\)Rs?|EIRs?\b|Environmental\s+Information)"
    r"|\brequest\s+(?:concerns|is\s+for|relates\s+to|falls\s+under)\s+environmental\s+information",
    re.I,
)
_SCAN_CHARS = 100_000  # the Act a response is made under is named well before this
_FOI_LOOSE = re.compile(r"\bfreedom\s+of\s+information\b|\bFOI\b", re.I)
# No Act named, but the response talks the Act's language: sections, the Commissioner, exemptions.
_FOI_LANGUAGE = re.compile(
    r"\bsections?\s+\d{1,2}\b|\bs\.?\s?\d{1,2}\s?\(\d|\bInformation\s+Commissioner|\brefusal\s+notice"
    r"|\bexemptions?\b|\bneither\s+confirm\s+nor\s+deny|\bappropriate\s+limit|\binternal\s+review",
    re.I,
)


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
    return any(row["id"] == authority_id and row["kind"] in ("police", "pcc") for row in authority.load_gazetteer())


def find_regime(text: str, *, authority_id: str | None = None) -> str | None:
    """"FOIA", "FOISA", "EIR", or None when nothing says which."""
    text = text[:_SCAN_CHARS]
    counts = statute_mentions(text)
    eir = counts.get("EIR", 0) + counts.get("EIRS", 0)
    if eir and (_EIR_EXCEPTION.search(text) or _EIR_HANDLED.search(text)):
        return "EIR"
    scottish = _country(authority_id) == "Scotland"
    if counts.get("FOISA") or (scottish and (counts.get("FOIA") or _FOI_LOOSE.search(text) or not eir)):
        return "FOISA"
    if counts.get("FOIA") or _FOI_LOOSE.search(text):
        return "FOIA"
    if eir:
        return "EIR"
    if _FOI_LANGUAGE.search(text) or _is_police_body(authority_id):
        # A police force's or commissioner's disclosure is made under the FOI Acts unless it
        # says otherwise.
        return "FOISA" if scottish else "FOIA"
    return None

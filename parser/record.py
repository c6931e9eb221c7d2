"""The parse contract's record types (see DESIGN.md, "The parse contract").

Plain dataclasses so that `store/` can import them without pulling in the parser's
heavy dependencies, and so a record round-trips through JSON unchanged.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_CELL_VALUES = Path(__file__).resolve().parent / "data" / "cell_values.yml"
# A number as tables write it: "1,234", "1234", "12.5", ".5", "-3".
_NUMBER = re.compile(r"^(-|\u2212)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A count followed by the lower-case name of what it counts: "768 requests", "4 dog handlers".
_COUNTED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s+([a-z][a-z-]{1,20}(?: [a-z][a-z-]{1,20})?)$")


@lru_cache(maxsize=1)
def _cell_values() -> dict[str, Any]:
    """The cell vocabulary (suppression marks, units...), loaded once from its data file."""
    with _CELL_VALUES.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    data["no_value"] = {v.casefold() for v in data["no_value"]}
    data["zero"] = {v.casefold() for v in data["zero"]}
    data["not_units"] = set(data["not_units"])
    units = data["units"]
    # Longest first so "per cent" wins over a shorter unit that prefixes it.
    data["unit_re"] = re.compile(
        r"^(.*?\d)\s*(" + "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True)) + r")\.?$",
        re.IGNORECASE,
    )
    marks = re.escape(data["footnote_marks"])
    data["footnote_re"] = re.compile(r"(?<=\d)(?:[" + marks + r"]+|\s*\[\w{1,3}\]|\s*\(\w\))$")
    return data


Number = float | int


def _plain_number(t: str) -> Number | None:
    m = _NUMBER.match(t)
    if not m or not (m.group(2) or m.group(3)):
        return None
    digits = (m.group(2) or "0").replace(",", "")
    sign = -1 if m.group(1) else 1
    if m.group(3):
        return sign * float(digits + m.group(3))
    return sign * int(digits)


def numeric_value(text: str) -> tuple[Number | None, str | None]:
    """The number a cell states and its unit, or (None, None) for text and withheld figures.

    Integers come back as int so counts stay counts ("1,234" -> 1234). Suppressed small
    numbers ("<5"), dashes and "n/a" give None: the cell text keeps what was written.
    """
    vocab = _cell_values()
    t = " ".join(text.replace("\u00a0", " ").split())
    if not t:
        return None, None
    low = t.casefold()
    if low in vocab["no_value"]:
        return None, None
    if low in vocab["zero"]:
        return 0, None
    if any(low.startswith(p) for p in vocab["suppressed_prefixes"]):
        return None, None
    t = vocab["footnote_re"].sub("", t).strip()
    unit: str | None = None
    for mark, name in vocab["currencies"].items():
        if t.startswith(mark):
            unit, t = name, t[len(mark):].strip()
            break
        if t.startswith("-" + mark):  # "-£50": a negative amount
            unit, t = name, "-" + t[len(mark) + 1:].strip()
            break
    multiplier = 1
    if unit is not None:
        m = re.match(r"^(.*?\d)\s*([a-z]{1,7})$", t, re.IGNORECASE)
        if m and m.group(2).casefold() in vocab["multipliers"]:
            multiplier = vocab["multipliers"][m.group(2).casefold()]
            t = m.group(1)
    else:
        m = vocab["unit_re"].match(t)
        if m:
            unit, t = vocab["units"][m.group(2).casefold()], m.group(1).strip()
        else:
            m = _COUNTED.match(t)
            if m and m.group(2).split()[0] not in vocab["not_units"]:
                unit, t = m.group(2), m.group(1)  # "768 requests": what is counted
    number = _plain_number(t)
    if number is None:
        return None, None
    if multiplier != 1:
        number = number * multiplier
        if isinstance(number, float) and number.is_integer():
            number = int(number)
    return number, unit


def withheld_mark(text: str) -> bool:
    """A cell standing where a figure is withheld or missing: "<5", "*", "-", "not held"."""
    vocab = _cell_values()
    low = " ".join(text.split()).casefold()
    return low in vocab["no_value"] or any(
        low.startswith(p) and low[len(p):].strip()[:1].isdigit() for p in vocab["suppressed_prefixes"]
    )


def is_year(text: str) -> bool:
    """A four-digit year, which labels a row or column rather than counting anything."""
    return bool(_YEAR.match(text.strip()))


@dataclass(slots=True)
class Exemption:
    """A provision relied on to withhold or refuse, in the contract's code notation."""

    code: str  # "s31(1)(a)", "r12(5)(a)"
    section: str  # "31", "12"
    statute: str  # "FOIA", "FOISA", "EIR"
    name: str | None = None  # official short title, e.g. "Law enforcement"
    ncnd: bool = False
    evidence: str = ""  # the sentence the citation came from
    confidence: float | None = None  # 0..1: how sure the parser is that it is relied on


@dataclass(slots=True)
class Cell:
    """One tidy cell of a table: what `Table.long()` yields for stacking across forces."""

    row: str | None
    column: str | None
    text: str
    value: float | int | None
    unit: str | None = None


@dataclass(slots=True)
class Table:
    """A table of figures as the response gives it: strings as written."""

    header: list[str]
    rows: list[list[str]]
    caption: str | None = None
    source: str = "html"  # "html", "text", "pdf", "docx", "xlsx", "csv"

    def long(self) -> list[Cell]:
        """Tidy cells, one per non-empty data cell, so tables from many forces stack into one frame.

        The row label is the first column when that column names rows (text or years) rather
        than counting; the column label comes from the header.
        """
        cells: list[Cell] = []
        labelled = self.has_row_labels()
        for r in self.rows:
            label = (r[0] or None) if labelled and r else None
            for j in range(1 if labelled else 0, len(r)):
                if not r[j].strip():
                    continue
                col = self.header[j] if j < len(self.header) and self.header[j] else None
                value, unit = numeric_value(r[j])
                cells.append(Cell(row=label, column=col, text=r[j], value=value, unit=unit))
        return cells

    def has_row_labels(self) -> bool:
        """Whether the first column names the rows: text or years in every row, and some
        other column carrying figures."""
        rows = [r for r in self.rows if r]
        if not rows or max(len(r) for r in rows) < 2:
            return False
        for r in rows:
            first = r[0].strip()
            if first and numeric_value(first)[0] is not None and not is_year(first):
                return False
        return True


@dataclass(slots=True)
class Disclosure:
    """One parsed FOI response: every field of the parse contract."""

    path: str | None = None
    authority: str | None = None
    authority_id: str | None = None
    regime: str | None = None
    reference: str | None = None
    title: str | None = None
    published_date: str | None = None
    request_date: str | None = None
    response_date: str | None = None
    outcome: str | None = None
    ncnd: bool = False
    outcome_evidence: list[str] = field(default_factory=list)  # the sentences the outcome rests on
    outcome_confidence: float | None = None  # 0..1 (parser/judgement/confidence.py)
    needs_review: bool = False  # confidence under parser/data/review.yml's threshold
    review_reasons: list[str] = field(default_factory=list)
    exemptions: list[Exemption] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    request_text: str = ""
    response_text: str = ""
    body_text: str = ""
    warnings: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)  # links to PDFs/.docx/.xlsx seen on a page

    def to_dict(self) -> dict[str, Any]:
        """The JSON object `foi parse` prints (contract field order)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Disclosure":
        d = dict(d)
        d["exemptions"] = [Exemption(**e) for e in d.get("exemptions") or []]
        d["tables"] = [Table(**t) for t in d.get("tables") or []]
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in d.items() if k in known})

"""The parse contract's record types (see DESIGN.md, "The parse contract").

Plain dataclasses so that `store/` can import them without pulling in the parser's
heavy dependencies, and so a record round-trips through JSON unchanged.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

# "<5", "*", "-": small numbers suppressed for disclosure control; kept as text, value None.
_NUMBER = re.compile(r"^[£$€]?\s*(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?\s*(%|[a-zA-Z]{1,5})?\*?$")


@dataclass(slots=True)
class Exemption:
    """A provision relied on to withhold or refuse, in the contract's code notation."""

    code: str  # "s31(1)(a)", "r12(5)(a)"
    section: str  # "31", "12"
    statute: str  # "FOIA", "FOISA", "EIR"
    name: str | None = None  # official short title, e.g. "Law enforcement"
    ncnd: bool = False
    evidence: str = ""  # the sentence the citation came from


@dataclass(slots=True)
class Cell:
    """One tidy cell of a table: what `Table.long()` yields for stacking across forces."""

    row: str | None
    column: str | None
    text: str
    value: float | None
    unit: str | None = None


def numeric_value(text: str) -> tuple[float | None, str | None]:
    """The number a cell states, and its unit; (None, None) for text or suppressed values."""
    t = text.strip().replace("\u00a0", " ")
    m = _NUMBER.match(t)
    if not m:
        return None, None
    number = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    unit = m.group(3)
    if t[:1] in "£$€":
        unit = t[:1]
    return number, unit


@dataclass(slots=True)
class Table:
    """A table of figures as the response gives it: strings as written."""

    header: list[str]
    rows: list[list[str]]
    caption: str | None = None
    source: str = "html"  # "html", "text", "pdf", "docx", "xlsx", "csv"

    def long(self) -> list[Cell]:
        """Tidy cells: one per (row, column) data cell, row label from the first column
        when it is not numeric, column label from the header."""
        cells: list[Cell] = []
        if not self.rows:
            return cells
        first_is_label = all(numeric_value(r[0])[0] is None for r in self.rows if r) and any(
            len(r) > 1 for r in self.rows
        )
        for r in self.rows:
            label = r[0] if first_is_label and r else None
            start = 1 if first_is_label else 0
            for j in range(start, len(r)):
                col = self.header[j] if j < len(self.header) else None
                value, unit = numeric_value(r[j])
                cells.append(Cell(row=label, column=col, text=r[j], value=value, unit=unit))
        return cells


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

"""CSV cells a spreadsheet will not run: formula injection neutralised as OWASP advises.

Text taken from published pages ends up in CSV cells; a cell that begins with `=`, `+`,
`-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a
formula (`=HYPERLINK(...)`, `=cmd|...`). Such a cell is written with a single quote in
front, which those programs show as text (https://owasp.org/www-community/attacks/CSV_Injection).
Only the CSV is changed: Parquet exports and the store keep the raw value. Numeric columns
are written as numbers (-4.0 is a number to a spreadsheet, not a formula); text that merely
looks numeric ("-4" in a table's text column) is quoted like any other text.

A value that already begins with quotes followed by one of those characters gets one more
quote, so `restore()` (used by analysis.export.read_export) gives back exactly the raw value.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the figures dump streams rows without pandas (tests/analysis/test_lazy_imports.py)
    import pandas as pd

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_FIRST = frozenset(TRIGGERS) | {"'"}  # a cell not starting with one of these is left as is


def _needs_quote(value: str) -> bool:
    return value.lstrip("'").startswith(TRIGGERS) and (value.startswith(TRIGGERS) or value.startswith("'"))


def cell(value: Any) -> Any:
    """The value as it is safe to write in a CSV cell (non-strings unchanged)."""
    if isinstance(value, str) and value and _needs_quote(value):
        return "'" + value
    return value


def row(values: Any) -> list[Any]:
    """cell() over one CSV row; the common case (no trigger first) costs one set lookup, as
    the figures dump writes millions of cells."""
    return [("'" + v if v.__class__ is str and v[:1] in _FIRST and _needs_quote(v) else v) for v in values]


def frame(data: "pd.DataFrame") -> "pd.DataFrame":
    """A copy of `data` with every text cell made safe (numbers, dates, booleans unchanged)."""
    import pandas as pd

    out = data.copy()
    for column in out.columns:
        series = out[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            out[column] = series.map(cell, na_action="ignore").astype(series.dtype)
    return out


def restore(value: Any) -> Any:
    """The raw value of a cell `cell()` made safe."""
    if isinstance(value, str) and value.startswith("'") and value.lstrip("'").startswith(TRIGGERS):
        return value[1:]
    return value

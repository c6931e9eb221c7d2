"""Frames for people and for machines: a rich table in the terminal, CSV or JSON on stdout.
Kept apart from the analyses so each of those stays a plain function returning a frame."""
from __future__ import annotations

import json
import math
import sys
from typing import TYPE_CHECKING, Any, TextIO

from analysis.rows import Rows

if TYPE_CHECKING:  # rich is imported only to draw a table: --csv/--json never pay for it
    import pandas as pd
    from rich.table import Table

_RATE_COLUMNS = ("share", "rate", "ci_low", "ci_high", "others_rate", "difference",
                 "refusal_rate", "ncnd_rate", "jaccard", "similarity")


def _cell(column: str, value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if column in _RATE_COLUMNS and isinstance(value, float):
        return f"{value:.1%}"
    if column in ("p_value", "fisher_p") and isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    return str(value)


SMALL = 10  # fewer responses than this behind a rate: it is marked "~", a guess (as in the report)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def rich_table(frame: "pd.DataFrame | Rows", title: str | None = None, limit: int | None = 200) -> "Table":
    """A rich Table of the frame or rows (rates as percentages), at most `limit` rows. A rate
    from fewer than SMALL responses (the `responses` column) reads "~12.5%"."""
    from rich.table import Table

    if isinstance(frame, Rows):
        columns, data, numeric = frame.columns, frame.data, frame.numeric
    else:
        import pandas as pd

        columns, data = list(frame.columns), list(frame.itertuples(index=False))

        def numeric(col: str) -> bool:
            return pd.api.types.is_numeric_dtype(frame[col]) and not pd.api.types.is_bool_dtype(frame[col])
    table = Table(title=title, header_style="bold", show_lines=False)
    for col in columns:
        table.add_column(col, justify="right" if numeric(col) else "left", overflow="fold")
    shown = data if limit is None else data[:limit]
    rates = [c for c in columns if c in _RATE_COLUMNS and c != "jaccard"]
    small = 0
    for row in shown:
        values: dict[str, Any] = dict(zip(columns, row))
        few = "responses" in values and rates and isinstance(values["responses"], (int, float)) \
            and not _missing(values["responses"]) and values["responses"] < SMALL
        small += bool(few)
        table.add_row(*(("~" if few and c in rates and _cell(c, v) else "") + _cell(c, v)
                        for c, v in values.items()))
    notes = []
    if small:
        notes.append(f"~: a rate from fewer than {SMALL} responses")
    if limit is not None and len(data) > limit:
        notes.append(f"first {limit} of {len(data)} rows (use --csv or --json for all)")
    if notes:
        table.caption = "; ".join(notes)
    return table


def to_json(frame: "pd.DataFrame") -> str:
    """JSON array of row objects; NaN becomes null, dates stay ISO strings."""
    records = json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))
    return json.dumps(records, ensure_ascii=False, indent=1)


def emit(frame: "pd.DataFrame | Rows", *, fmt: str = "table", title: str | None = None,
         out: TextIO | None = None) -> None:
    """Print the frame as 'table' (rich), 'csv' or 'json' (rows: as their frame)."""
    out = out or sys.stdout
    if isinstance(frame, Rows) and fmt != "table":
        frame = frame.frame()
    if fmt == "csv":
        from analysis.csvsafe import frame as safe

        safe(frame).to_csv(out, index=False, lineterminator="\n")
    elif fmt == "json":
        out.write(to_json(frame) + "\n")
    else:
        from rich.console import Console

        Console(file=out, width=max(100, Console().width)).print(rich_table(frame, title))

"""Tables of figures, whatever form the response gives them in: HTML `<table>`s, tables a
format reader already extracted (PDF, .docx, .xlsx, .csv) and tables flattened into text.

The form-specific finders live in tables_html.py and tables_text.py; this module holds the
judgements they share (what a figure looks like, which row is the header, the caption) and
`find_tables`, the one entry point parser/pipeline.py calls.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from parser.formats.page import Page
from parser.record import Table, is_year, numeric_value

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'‘“])")
# A caption longer than this is a paragraph, not the label of the table that follows it.
CAPTION_MAX_CHARS = 200
# Deeper stacks of label rows are a text table's first data rows, not its header.
MAX_HEADER_ROWS = 3
# Longer lines are prose: a row of a table flattened into text is short.
MAX_ROW_CHARS = 200
MAX_LABEL_CHARS = 80
_WITHHELD = re.compile(r"^(?:[<≤]\s*\d|fewer than \d|less than \d|[-–—*x]$|\*\*$|n/?a$|\.\.$|nil$)")

# A cell that gives only the unit of the figures below it: "£", "(£)", "£000", "%", "$m".
_UNIT_CELL = re.compile(r"\(?\s*(?:[£$€]\s*(?:000s?|'000s?|k|m|bn)?|%|per\s*cent)\s*\)?", re.I)

Block = tuple[int, Table]  # a text finder's result: (number of lines consumed, table)


def norm_cell(text: str | None) -> str:
    """Cell text as written, with runs of whitespace (line breaks inside cells) made one space."""
    if text is None:
        return ""
    return " ".join(str(text).split())  # str.split() also splits on no-break spaces


@lru_cache(maxsize=4096)
def is_figure(text: str) -> bool:
    """A cell that states a number or stands where one was withheld ("<5", "*", "-", "n/a")."""
    t = text.strip()
    if not t:
        return False
    if numeric_value(t)[0] is not None:
        return True
    return bool(_WITHHELD.match(t.casefold()))


# A list of values in one column needs a heading and this many entries under it.
MIN_LIST_ENTRIES = 2


def one_column_list(rows: list[list[str]]) -> tuple[list[str], list[list[str]]] | None:
    """(header, rows) of a one-column table that is a list of values under a heading (a team's
    posts under "Economic Crime Team", stations under "Station"), or None for a box that only
    frames text (one cell, or cells of prose). An analyst exporting tables wants the list as a
    table; a layout box is not one. Each cell must be label-short and no entry a sentence:
    prose ends in a full stop or holds one sentence ending before another."""
    if len(rows) < 1 + MIN_LIST_ENTRIES or any(len(r) != 1 for r in rows):
        return None
    cells = [str(r[0]).strip() for r in rows]
    if not all(cells) or any(len(c) > MAX_LABEL_CHARS for c in cells):
        return None
    if any(c.endswith((".", "?", "!", ":", ";")) or _SENTENCE_END.search(c) for c in cells):
        return None
    if len(set(cells[1:])) < len(cells) - 1:
        return None  # a repeated entry is a form's blank lines or a layout's filler
    return [cells[0]], [[c] for c in cells[1:]]


def is_label(text: str) -> bool:
    """A cell that names a row or column: words, or a year."""
    t = text.strip()
    return bool(t) and (not is_figure(t) or is_year(t))


def split_header(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Take the leading rows as the header when they label columns of figures below them.

    A first row of labels (words or years) over rows that carry figures is a header; a
    table of text only, or one whose first row already has figures, has none. Further rows
    of labels over the figure columns are header rows too (a merged "Revoked" over "Shotgun"
    and "Firearm") and are merged into one label per column: "Revoked Shotgun".
    """
    header, rest = _first_row_header(rows)
    if not header:
        return header, rest
    stacked = [header]
    while len(rest) > 1 and len(stacked) < MAX_HEADER_ROWS:
        figure_cols = {j for r in rest[1:] for j, c in enumerate(r) if is_figure(c) and not is_year(c)}
        candidate = rest[0]
        if not figure_cols or any(c and not is_label(c) for c in candidate):
            break
        if not all(j < len(candidate) and candidate[j] for j in figure_cols):
            break
        if any(is_year(c) for c in candidate) and not all(is_year(c) for c in header if c):
            break  # a year down the first column starts the data
        if all(_UNIT_CELL.fullmatch(c.strip()) for c in candidate if c):
            break  # "£" / "%" under each column: a units row, kept as written (cells as written)
        stacked.append(candidate)
        rest = rest[1:]
    return (merge_header(stacked) if len(stacked) > 1 else header), rest


def merge_header(rows: list[list[str]]) -> list[str]:
    """Stacked header rows -> one label per column, upper labels first ("2019 Male"); a
    label repeated down a column (a merged cell spanning rows) is said once."""
    width = max(len(r) for r in rows)
    header: list[str] = []
    for j in range(width):
        parts: list[str] = []
        for r in rows:
            if j < len(r) and r[j] and r[j] not in parts:
                parts.append(r[j])
        header.append(" ".join(parts))
    return header


def _first_row_header(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    if len(rows) < 2:
        return [], rows
    first, rest = rows[0], rows[1:]
    if not any(c for c in first) or any(c and not is_label(c) for c in first):
        return [], rows
    if not any(is_figure(c) and not is_year(c) for r in rest for c in r[1:] or r):
        # Rows without figures: only a first row of words over other words is taken as a
        # header when every one of its cells is short, as column names are.
        if all(len(c) <= 40 for c in first) and not all(is_year(c) for c in first if c):
            return list(first), rest
        return [], rows
    if all(is_year(c) for c in first if c) and all(is_year(r[0]) for r in rest if r):
        # Years down the first column and across the first row: the row is data, not labels.
        return [], rows
    return list(first), rest


def caption_from(text: str | None) -> str | None:
    """The heading or sentence just before a table: the last sentence of the text, if short."""
    t = norm_cell(text)
    if not t:
        return None
    sentences = _SENTENCE_END.split(t)
    last = sentences[-1].strip()
    if len(last) > CAPTION_MAX_CHARS:
        return None
    return last


class SpanCopy(str):
    """Text copied into a grid slot by a cell spanning columns: kept in header rows (a merged
    "2019" labels both columns below it), blanked in body rows (a "Total" spanning two
    columns is one cell), by `settle_spans`."""


def settle_spans(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Plain strings again, with column-span copies kept in the header and blanked below."""
    return [str(c) for c in header], [["" if isinstance(c, SpanCopy) else str(c) for c in r] for r in rows]


def prev_caption(lines: list[str], start: int) -> str | None:
    """Caption of a text table starting at line `start`: the nearest non-blank line above."""
    for k in range(start - 1, max(start - 3, -1), -1):
        if lines[k].strip():
            return caption_from(lines[k])
    return None


def _cells(table: Table) -> set[str]:
    return {c.casefold() for c in [*table.header, *(c for r in table.rows for c in r)] if c.strip()}


def _element_cells(element: Any) -> set[str]:
    """Every cell text of an HTML table as written, before spans are expanded or header rows
    merged: the form the cleaning step renders into body_text."""
    return {
        norm_cell(c.text_content()).casefold()
        for c in element.iter("td", "th")
        if c.text_content().strip()
    }


def _covered(table: Table, by: list[set[str]]) -> bool:
    """A table whose every cell appears in an already-found table is the same table seen again
    (e.g. an HTML table as the cleaning step renders it into body_text as "a | b" lines).
    A label may appear only inside a merged header label ("Revoked" in "Revoked Shotgun")."""
    mine = _cells(table)
    for other in by:
        missing = mine - other
        if all(not is_figure(c) and any(c in label for label in other) for c in missing):
            return True
    return False


def find_tables(page: Page) -> list[Table]:
    """Every table in the page: structured tables first, then tables flattened into its text."""
    # Imported here: the finders import this module's shared judgements.
    from parser.tables import tables_html, tables_text

    found: list[Table] = []
    structured: list[set[str]] = []
    if page.kind == "html" and page.html_tables:
        found.extend(tables_html.find_html_tables(page.html_tables))
        structured.extend(_element_cells(el) for el in page.html_tables)
    found.extend(page.tables)
    structured.extend(_cells(t) for t in found)
    for table in tables_text.find_text_tables(page.layout_text or page.body_text):
        if not _covered(table, structured):
            if page.kind in ("pdf", "docx", "xlsx", "csv"):
                table.source = page.kind  # an unruled PDF table is still the PDF's table
            found.append(table)
    return found

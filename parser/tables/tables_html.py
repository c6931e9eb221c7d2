"""HTML `<table>` elements -> Tables: spans expanded, header rows merged, layout tables skipped.

Works on the lxml elements the cleaning step hands over (Page.html_tables), so no second
parse of the page is needed.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from parser.record import Table
from parser.tables.tables import (
    SpanCopy,
    caption_from,
    is_figure,
    merge_header,
    norm_cell,
    one_column_list,
    settle_spans,
    split_header,
)

# Spans beyond this are authoring mistakes ("colspan=1000"); clamp so a grid stays small.
MAX_SPAN = 50
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "caption"}


def _tag(el: Any) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _cell_text(cell: Any) -> str:
    """Cell text with footnote superscripts kept as superscript characters ("45¹"), so the
    marker stays visible yet cannot be misread as part of the number ("451")."""
    if len(cell) == 0:  # most cells: plain text, no markup inside
        return norm_cell(cell.text)
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = _tag(el)
        if tag in ("script", "style"):
            return
        if tag in _BLOCK_TAGS:
            parts.append(" ")
        if el.text:
            parts.append(el.text.translate(_SUPERSCRIPT) if tag == "sup" else el.text)
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(cell)
    return norm_cell("".join(parts))


_SECTIONS = {"thead", "tbody", "tfoot"}


def _own_rows(table: Any) -> list[Any]:
    """The table's rows, not those of tables nested inside it (child walks, not XPath:
    XPath costs ~10 µs a call, too much per row on a 3 ms page budget)."""
    rows: list[Any] = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in _SECTIONS:
            rows.extend(r for r in child if _tag(r) == "tr")
    return rows


def _span(cell: Any, name: str) -> int:
    raw = cell.get(name)
    if raw is None:
        return 1
    try:
        return max(1, min(MAX_SPAN, int(raw.strip() or 1)))
    except ValueError:
        return 1


def _grid(rows: list[Any]) -> tuple[list[list[str]], list[bool]]:
    """Expand colspan/rowspan into a rectangular grid (spanned text copied into every slot),
    and say which rows are header rows (in <thead>, or made only of <th>)."""
    grid: list[list[str]] = []
    is_head: list[bool] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, text)
    for tr in rows:
        row: list[str] = []
        col = 0
        cells = [c for c in tr if _tag(c) in ("td", "th")]

        def fill_pending() -> None:
            nonlocal col
            while col in pending:
                left, text = pending[col]
                row.append(text)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (left - 1, text)
                col += 1

        for cell in cells:
            fill_pending()
            text = _cell_text(cell)
            if cell.attrib:
                colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            else:
                colspan = rowspan = 1
            for k in range(colspan):
                value = text if k == 0 else SpanCopy(text)
                row.append(value)
                if rowspan > 1:
                    pending[col + k] = (rowspan - 1, value)
            col += colspan
        fill_pending()
        # Spans reaching past the last cell of this row still cover it.
        for c in sorted(k for k in pending if k >= col):
            left, text = pending[c]
            row.extend([""] * (c - len(row)))
            row.append(text)
            if left > 1:
                pending[c] = (left - 1, text)
            else:
                del pending[c]
        in_thead = _tag(tr.getparent()) == "thead"
        all_th = bool(cells) and all(_tag(c) == "th" for c in cells)
        grid.append(row)
        is_head.append(in_thead or all_th)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid], is_head


def _drop_empty(grid: list[list[str]], is_head: list[bool]) -> tuple[list[list[str]], list[bool]]:
    keep_rows = [i for i, r in enumerate(grid) if any(r)]
    grid = [grid[i] for i in keep_rows]
    is_head = [is_head[i] for i in keep_rows]
    if not grid:
        return grid, is_head
    keep_cols = [j for j in range(len(grid[0])) if any(r[j] for r in grid)]
    return [[r[j] for j in keep_cols] for r in grid], is_head


def _caption(table: Any) -> str | None:
    cap = table.find("caption")
    if cap is not None:
        text = _cell_text(cap)
        if text:
            return text
    el = table
    for _ in range(3):  # the table may sit inside a wrapper <div>
        prev = el.getprevious()
        while prev is not None and not (isinstance(prev.tag, str) and norm_cell(prev.text_content())):
            prev = prev.getprevious()
        if prev is not None:
            if _tag(prev) == "table":
                return None
            return caption_from(_cell_text(prev))
        el = el.getparent()
        if el is None or _tag(el) in ("body", "main", "article", "td", "th"):
            return None
    return None


def _is_layout(table: Any) -> bool:
    role = (table.get("role") or "").lower()
    return role in ("presentation", "none") or next(table.iterdescendants("table"), None) is not None


def html_table(table: Any) -> Table | None:
    """One data table, or None for a layout table or one with a single row or column."""
    if _is_layout(table):
        return None
    grid, is_head = _drop_empty(*_grid(_own_rows(table)))
    caption = _caption(table)
    while len(grid) > 2 and _spans_whole_row(grid[0]):
        # A title row (one cell across the table) above the header: the table's caption.
        caption = caption if table.find("caption") is not None else str(grid[0][0])
        grid, is_head = grid[1:], is_head[1:]
    if grid and len(grid[0]) == 1:
        listed = one_column_list(grid)  # a list of values under a heading, not a layout box
        return Table(header=listed[0], rows=listed[1], caption=caption, source="html") if listed else None
    if len(grid) < 2 or len(grid[0]) < 2:
        return None
    n_head = 0
    while n_head < len(grid) - 1 and is_head[n_head]:
        n_head += 1
    if n_head:
        header, rows = merge_header(grid[:n_head]), grid[n_head:]
    else:
        header, rows = split_header(grid)
    header, rows = settle_spans(header, rows)
    if not header and not any(is_figure(c) for r in rows for c in r) and len(rows) < 2:
        return None
    return Table(header=header, rows=rows, caption=caption, source="html")


def _spans_whole_row(row: list[str]) -> bool:
    return len(row) > 1 and bool(row[0]) and not isinstance(row[0], SpanCopy) and all(
        isinstance(c, SpanCopy) for c in row[1:]
    )


def find_html_tables(elements: Iterable[Any]) -> list[Table]:
    """Data tables among the main content's `<table>` elements; tables nested in a layout
    table are looked at on their own."""
    seen: set[str] = set()
    found: list[Table] = []
    queue = list(elements)
    while queue:
        el = queue.pop(0)
        key = el.getroottree().getpath(el)  # lxml proxies are not stable: key on the node path
        if key in seen:
            continue
        seen.add(key)
        if _is_layout(el):
            queue[0:0] = el.xpath(".//table")
            continue
        try:
            table = html_table(el)
        except (ValueError, TypeError, AttributeError):
            # Malformed markup the grid cannot be built from: the table's text still reaches
            # body_text through the cleaning step, so skipping it loses no words.
            table = None
        if table is not None:
            found.append(table)
    return found

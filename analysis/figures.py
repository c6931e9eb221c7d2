"""Figures: every cell of every extracted table in long form, labelled with who said it and
when, so the answers different forces gave to one question stack into one frame."""
from __future__ import annotations

import csv
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # pandas only for figures(): the streamed CSV path never imports it
    import pandas as pd

from analysis.db import EVENT_DATE, PARSED, Db, date_filter, fetch, iter_rows, read_sql
from analysis.rows import Rows

FIGURE_COLUMNS = ["disclosure_id", "authority_id", "authority", "reference", "date", "title",
                  "table_id", "position", "caption", "row_label", "column_label", "text", "value",
                  "unit", "response_url"]


def _query(authority: str | None, search: str | None, numeric_only: bool,
           limit: int | None, since: object = None, until: object = None,
           cell_span: tuple[int, int | None] | None = None) -> tuple[str, dict[str, object]]:
    dates, params = date_filter(since, until)
    where: list[str] = [PARSED + dates]
    if cell_span is not None:  # (after, up to): a chunk of a streamed export (analysis.export)
        where.append("c.id > :after")
        params["after"] = cell_span[0]
        if cell_span[1] is not None:
            where.append("c.id <= :upto")
            params["upto"] = cell_span[1]
    if authority:
        where.append("d.authority_id = :authority")
        params["authority"] = authority
    if search:
        # The words are data: LIKE's own wildcards in them (% and _) match only themselves.
        where.append("(lower(coalesce(d.title, '')) LIKE :q ESCAPE '\\' "
                     "OR lower(coalesce(t.caption, '')) LIKE :q ESCAPE '\\')")
        literal = search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["q"] = f"%{literal}%"
    if numeric_only:
        where.append("c.value IS NOT NULL")
    if limit:
        params["limit"] = int(limit)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return f"""
        SELECT d.id AS disclosure_id, d.authority_id, d.authority, d.reference,
               CAST({EVENT_DATE} AS TEXT) AS date, d.title, t.id AS table_id, t.position,
               t.caption, c.row_label, c.column_label, c.text, c.value, c.unit, d.response_url
        FROM table_cells c
        JOIN tables t ON t.id = c.table_id
        JOIN disclosures d ON d.id = t.disclosure_id
        {clause}
        ORDER BY c.id
        {"LIMIT :limit" if limit else ""}""", params


def figures(db: Db = None, *, authority: str | None = None, search: str | None = None,
            numeric_only: bool = False, limit: int | None = None, since: object = None,
            until: object = None, cell_span: tuple[int, int | None] | None = None) -> pd.DataFrame:
    """Long-form table cells. `search` keeps tables whose response title or caption contains
    the words (case-insensitive); numeric_only drops cells without a number; since/until
    keep responses whose best date falls between them; `limit` stops
    after that many cells (a terminal shows a screenful; a corpus holds millions).

    Cells come in the order they were stored (a response's tables and cells together, in
    reading order): sorting by authority made the database sort every cell, which was half
    the time of a 100,000-response dump; sort the frame when another order is wanted."""
    frame = read_sql(db, *_query(authority, search, numeric_only, limit, since, until, cell_span))
    frame["value"] = frame["value"].astype("float64")
    return frame[FIGURE_COLUMNS]


def figure_rows(db: Db = None, *, authority: str | None = None, search: str | None = None,
                numeric_only: bool = False, limit: int | None = None, since: object = None,
                until: object = None) -> Rows:
    """figures as plain rows (analysis.rows): the terminal's screenful without pandas."""
    found = fetch(db, *_query(authority, search, numeric_only, limit, since, until), floats=("value",))
    return found.select(FIGURE_COLUMNS)


def write_figures_csv(out: TextIO, db: Db = None, *, authority: str | None = None,
                      search: str | None = None, numeric_only: bool = False,
                      since: object = None, until: object = None) -> int:
    """The same cells as `figures()`, written as CSV row by row from the database cursor:
    a corpus holds millions of cells, and building a frame of them first costs seconds and
    memory for nothing. The text is what `figures(...).to_csv(index=False)` writes.
    Returns the number of cells written."""
    from analysis.csvsafe import row as safe

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIGURE_COLUMNS)
    count = 0
    # value is a REAL / double precision column, so it comes back a float (1851.0) as in
    # the frame; every other column is written as the driver returns it, formula-looking
    # text neutralised (analysis.csvsafe)
    for rows in iter_rows(db, *_query(authority, search, numeric_only, None, since, until)):
        writer.writerows(safe(r) for r in rows)
        count += len(rows)
    return count

"""Figures: every cell of every extracted table in long form, labelled with who said it and
when, so the answers different forces gave to one question stack into one frame."""
from __future__ import annotations

import pandas as pd

from analysis.db import EVENT_DATE, Db, read_sql

FIGURE_COLUMNS = ["disclosure_id", "authority_id", "authority", "reference", "date", "title",
                  "table_id", "position", "caption", "row_label", "column_label", "text", "value",
                  "unit", "response_url"]


def figures(db: Db = None, *, authority: str | None = None, search: str | None = None,
            numeric_only: bool = False, limit: int | None = None) -> pd.DataFrame:
    """Long-form table cells. `search` keeps tables whose response title or caption contains
    the words (case-insensitive); numeric_only drops cells without a number; `limit` stops
    after that many cells (a terminal shows a screenful; a corpus holds millions)."""
    where, params = [], {}
    if authority:
        where.append("d.authority_id = :authority")
        params["authority"] = authority
    if search:
        where.append("(lower(coalesce(d.title, '')) LIKE :q OR lower(coalesce(t.caption, '')) LIKE :q)")
        params["q"] = f"%{search.lower()}%"
    if numeric_only:
        where.append("c.value IS NOT NULL")
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    frame = read_sql(db, f"""
        SELECT d.id AS disclosure_id, d.authority_id, d.authority, d.reference,
               CAST({EVENT_DATE} AS TEXT) AS date, d.title, t.id AS table_id, t.position,
               t.caption, c.row_label, c.column_label, c.text, c.value, c.unit, d.response_url
        FROM table_cells c
        JOIN tables t ON t.id = c.table_id
        JOIN disclosures d ON d.id = t.disclosure_id
        {clause}
        ORDER BY d.authority_id, d.id, t.position, c.id
        {"LIMIT :limit" if limit else ""}""", {**params, **({"limit": int(limit)} if limit else {})})
    frame["value"] = frame["value"].astype("float64")
    return frame[FIGURE_COLUMNS]

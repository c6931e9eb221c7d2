"""The records a store holds, by stable key (response_url; never row ids or parse times),
so two stores, or one store before and after a job, can be compared row for row."""
from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text

_DISCLOSURE_COLUMNS = ("response_url", "authority_id", "authority", "regime", "reference", "title",
                       "published_date", "request_date", "response_date", "outcome", "ncnd",
                       "request_text", "response_text", "body_text", "warnings", "error",
                       "parser_version", "best_date", "date_source", "date_precision")


def records(db_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """disclosures, exemptions, tables, cells and document links, each sorted by key."""
    engine = create_engine(db_url)
    queries = {
        "disclosures": f"SELECT {', '.join(_DISCLOSURE_COLUMNS)} FROM disclosures ORDER BY response_url",
        "exemptions": "SELECT d.response_url, e.code, e.section, e.statute, e.name, e.ncnd, e.evidence "
                      "FROM exemptions e JOIN disclosures d ON d.id = e.disclosure_id "
                      "ORDER BY d.response_url, e.id",
        "tables": "SELECT d.response_url, t.position, t.caption, t.header, t.rows, t.source "
                  "FROM tables t JOIN disclosures d ON d.id = t.disclosure_id ORDER BY 1, 2",
        "cells": "SELECT d.response_url, t.position, c.row_label, c.column_label, c.text, c.value, c.unit "
                 "FROM table_cells c JOIN tables t ON t.id = c.table_id "
                 "JOIN disclosures d ON d.id = t.disclosure_id ORDER BY 1, 2, c.id",
        "links": "SELECT d.response_url, doc.url, doc.sha256 FROM disclosure_documents l "
                 "JOIN disclosures d ON d.id = l.disclosure_id "
                 "JOIN documents doc ON doc.id = l.document_id ORDER BY 1, 2",
        "documents": "SELECT url, final_url, sha256, role, version, is_latest FROM documents ORDER BY url, version",
    }
    try:
        with engine.connect() as conn:
            return {name: [tuple(r) for r in conn.execute(text(sql))] for name, sql in queries.items()}
    finally:
        engine.dispose()


def outcome_counts(db_url: str) -> dict[str | None, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(text("SELECT outcome, COUNT(*) FROM disclosures GROUP BY outcome")).all())
    finally:
        engine.dispose()

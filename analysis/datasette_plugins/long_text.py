"""Datasette plugin for `foi serve`: long text cells (a response's whole page text) are
wrapped so the table view shows a few lines of each, and the row page the full text.

Datasette's render_cell hook cannot tell a table page from a row page, so the cell keeps its
full (escaped) text and the stylesheet `foi serve` adds (LONG_TEXT_CSS) clips it on table
pages only (their <body> has class "table"; a row page's has class "row").
"""
from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup, escape

LONG = 160  # characters: shorter text is shown as Datasette shows it

LONG_TEXT_CSS = (
    "body.table div.foi-long{max-height:4.3em;overflow:hidden;position:relative;max-width:40em}"
    "body.table div.foi-long::after{content:'…';position:absolute;right:0;bottom:0;background:#fff;padding-left:.3em}"
    "body.row div.foi-long{white-space:pre-wrap}"
)


@hookimpl
def render_cell(value, column, table, database, datasette):  # type: ignore[no-untyped-def]
    if isinstance(value, str) and len(value) > LONG:
        return Markup(f'<div class="foi-long" data-column="{escape(column)}">{escape(value)}</div>')
    return None

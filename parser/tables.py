"""Tables of figures from HTML, flattened text and format readers."""
from __future__ import annotations

from parser.page import Page
from parser.record import Table


def find_tables(page: Page) -> list[Table]:
    return list(page.tables)

"""The intermediate form every input kind is reduced to before the extraction steps."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parser.record import Table


@dataclass
class Page:
    """Main text and what came with it, whatever the input was (HTML, text, PDF, Office).

    `html_tables` holds the lxml `<table>` elements of the main content (HTML only);
    `tables` holds tables already extracted by a format reader (PDF, .docx, .xlsx, .csv).
    """

    kind: str  # "html", "text", "pdf", "docx", "xlsx", "csv"
    body_text: str = ""
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # <meta>, og:*, dc.* etc. (lower-case keys)
    html_tables: list[Any] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The kept lines of a text page with their own spacing: columns aligned by runs of spaces
    # are tables, and body_text has those runs collapsed ("" when it would equal body_text).
    layout_text: str = ""
    # The first chrome lines cleaning dropped: the site's banners often name it.
    chrome_text: str = ""

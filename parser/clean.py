"""Page -> main text: drop site chrome (navigation, banners, footers), keep the response.

Placeholder until the cleaning step lands (issue: foundation).
"""
from __future__ import annotations

from lxml import html as lxml_html

from parser.page import Page


def clean_html(text: str, *, url: str | None = None) -> Page:
    root = lxml_html.fromstring(text)
    title = root.findtext(".//title")
    body = "\n".join(s.strip() for s in root.itertext() if s.strip())
    return Page(kind="html", body_text=body, title=title.strip() if title else None,
                html_tables=root.findall(".//table"))


def clean_text(text: str) -> Page:
    return Page(kind="text", body_text=text.strip())

"""The authority's reference for a response, as written."""
from __future__ import annotations


def find_reference(text: str, *, url: str | None = None, title: str | None = None) -> str | None:
    return None

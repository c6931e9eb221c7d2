"""Which authority wrote the response: gazetteer lookup over text, URL host and metadata."""
from __future__ import annotations


def find_authority(text: str, *, url: str | None = None, meta: dict[str, str] | None = None) -> tuple[str | None, str | None]:
    return None, None

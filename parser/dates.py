"""Published, request and response dates as ISO strings."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Dates:
    published: str | None = None
    request: str | None = None
    response: str | None = None


def find_dates(text: str, *, url: str | None = None, meta: dict[str, str] | None = None) -> Dates:
    return Dates()

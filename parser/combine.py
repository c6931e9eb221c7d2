"""One response = a page and its attachments: parse each and merge them into one record."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from parser.pipeline import parse
from parser.record import Disclosure


@dataclass(frozen=True)
class RawDoc:
    """Raw bytes of a fetched page or attachment, as the store keeps them."""

    content: bytes
    url: str
    content_type: str | None = None


def parse_response(page: RawDoc, attachments: Sequence[RawDoc] = ()) -> Disclosure:
    """Parse a response page together with its attachments (placeholder: the page alone)."""
    return parse(page.content, url=page.url, content_type=page.content_type)

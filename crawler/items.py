"""What the spider hands to the item pipeline: fetched bytes and failures, nothing parsed."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone


def now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Fetched:
    """One HTTP fetch as the store keeps it."""

    url: str  # the link as found (before redirects)
    final_url: str
    status: int
    body: bytes
    headers: dict[str, str]
    content_type: str | None
    fetched_at: datetime = field(default_factory=now)
    source: str = "live"  # "live" or "archive" (an Internet Archive capture's original bytes)
    captured_at: datetime | None = None  # the archive's capture time
    archive_url: str | None = None  # the Wayback `id_` URL the bytes came from
    found_via: str | None = None  # listing | sitemap | search | archive


@dataclass
class ListingPage:
    """A listing page (always revisited; stored so the crawl's path can be audited)."""

    force_id: str
    page: Fetched


@dataclass
class ResponsePage:
    """One FOI response: its page and the attachments fetched with it.

    state: "fetched" (200, attachments fetched when the page is new or changed),
    "not_modified" (304 to our conditional request), "same" (200 but byte-identical to the
    stored version, so attachments were not fetched again).
    """

    force_id: str
    response_url: str
    state: str
    page: Fetched | None = None
    attachments: list[Fetched] = field(default_factory=list)
    failed_attachments: list["Failure"] = field(default_factory=list)


@dataclass
class Failure:
    """A fetch that produced no usable body: stored as a document with its error."""

    force_id: str
    url: str
    role: str  # "listing" | "response" | "attachment"
    error: str
    status: int | None = None
    final_url: str | None = None
    response_url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: datetime = field(default_factory=now)

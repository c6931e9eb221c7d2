"""Pure reading of an Alaveteli body feed page, Atom or JSON, into the events it lists.

Shapes (mysociety/alaveteli): TrackController#atom_feed_internal renders 25 events a page,
newest first (`?page=N`), as app/views/track/atom_feed.atom.erb (Atom) or, with `.json`,
each event's InfoRequestEvent#json_for_api(true, snippet) (app/models/info_request_event.rb).
The JSON names each event's request (info_request: id, url_title, updated_at); an Atom entry
names only the event (`tag:<host>,2005:InfoRequestEvent/<id>`) and links to
`/request_event/<id>`, which the site redirects to the request's page. No I/O here.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from lxml import etree

PER_PAGE = 25  # ApplicationController#perform_search's page size for feeds
ATOM = "{http://www.w3.org/2005/Atom}"
_ENTRY_ID = re.compile(r"InfoRequestEvent/(\d+)\s*$")


@dataclass(frozen=True)
class FeedEvent:
    """One feed entry: the event, and its request when the feed names it (JSON only)."""

    event_id: int
    created_at: str  # as the feed writes it
    event_type: str | None = None
    request_id: int | None = None
    url_title: str | None = None
    updated_at: str | None = None  # the request's, at the time the feed was rendered
    link: str | None = None  # Atom: /request_event/<id>

    @property
    def key(self) -> tuple[datetime, int]:
        """The feed's order: newest first by creation time, then id."""
        return (instant(self.created_at) or datetime.min.replace(tzinfo=timezone.utc), self.event_id)


class FeedError(ValueError):
    """A feed page that is not the shape Alaveteli writes."""


def instant(value: str | None) -> datetime | None:
    """An Alaveteli time (Rails JSON `...000+00:00` or Atom xmlschema) as an aware datetime."""
    if not value:
        return None
    try:
        got = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return got if got.tzinfo else got.replace(tzinfo=timezone.utc)


def json_page(body: bytes) -> list[FeedEvent]:
    """The events of a `/feed/body/<url_name>.json` page."""
    try:
        items = json.loads(body)
    except ValueError as exc:
        raise FeedError(f"not JSON: {exc}") from None
    if not isinstance(items, list):
        raise FeedError("not a JSON list of events")
    out = []
    for item in items:
        info = item.get("info_request") if isinstance(item, dict) else None
        if not isinstance(item, dict) or not isinstance(item.get("id"), int) or not item.get("created_at"):
            continue
        info = info if isinstance(info, dict) else {}
        out.append(FeedEvent(item["id"], str(item["created_at"]), item.get("event_type"),
                             info.get("id") if isinstance(info.get("id"), int) else None,
                             info.get("url_title") or None, info.get("updated_at")))
    return out


def atom_page(body: bytes) -> list[FeedEvent]:
    """The events of a `/feed/body/<url_name>` (Atom) page."""
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not Atom: {exc}") from None
    if root.tag != f"{ATOM}feed":
        raise FeedError(f"not an Atom feed (root element {root.tag})")
    out = []
    for entry in root.iter(f"{ATOM}entry"):
        m = _ENTRY_ID.search(entry.findtext(f"{ATOM}id") or "")
        published = entry.findtext(f"{ATOM}published")
        if not m or not published:
            continue
        link = next((el.get("href") for el in entry.iter(f"{ATOM}link") if el.get("rel", "alternate") == "alternate"),
                    None)
        out.append(FeedEvent(int(m.group(1)), published.strip(), link=link))
    return out


def request_from_url(url: str) -> str | None:
    """The url_title of a request page URL (`/request/<url_title>[#...]`)."""
    m = re.search(r"/request/([^/?#]+)", url)
    return m.group(1) if m and not m.group(1).isdigit() else None

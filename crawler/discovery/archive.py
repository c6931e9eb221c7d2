"""The Internet Archive as a discovery route and a fallback source.

The CDX index lists every capture under a URL prefix; ``output=json`` gives a header row
of field names then one row per capture, ``filter=statuscode:200`` keeps good captures and
``collapse=urlkey`` keeps one row per URL
(https://github.com/internetarchive/wayback/tree/master/wayback-cdx-server). A capture's
original bytes, without the Wayback Machine's rewriting, are at
``/web/<timestamp>id_/<url>`` (https://skeptric.com/restoring-wayback-html/).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlencode

DEFAULT_ARCHIVE = "https://web.archive.org"
ARCHIVE_HOST = "web.archive.org"


@dataclass(frozen=True)
class Capture:
    """One CDX row: the URL as captured and when."""

    original: str
    timestamp: str  # YYYYMMDDhhmmss
    mimetype: str = ""
    statuscode: str = ""

    @property
    def captured_at(self) -> datetime:
        return capture_time(self.timestamp)


def surt(url: str) -> str:
    """The CDX urlkey of a URL (SURT form): host reversed without www., then the path."""
    rest = url.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return ",".join(reversed(host.split("."))) + ")/" + path.lower()


def cdx_query(archive: str, prefix: str) -> str:
    """The CDX request for every good capture under `prefix` (a URL without scheme is fine)."""
    prefix = prefix.split("://", 1)[-1]
    params = urlencode({"url": prefix, "matchType": "prefix", "output": "json",
                        "filter": "statuscode:200", "collapse": "urlkey"})
    return f"{archive.rstrip('/')}/cdx/search/cdx?{params}"


def parse_cdx(text: str) -> list[Capture]:
    """Rows of a JSON CDX answer (an empty answer is ``[]``). Raises ValueError on anything
    that is not the CDX JSON shape, naming what was wrong."""
    data = json.loads(text or "[]")
    if not isinstance(data, list):
        raise ValueError("CDX answer is not a JSON list")
    if not data:
        return []
    header = data[0]
    if not isinstance(header, list) or "original" not in header or "timestamp" not in header:
        raise ValueError(f"CDX answer has no header row naming original and timestamp: {header!r:.200}")
    at = {name: i for i, name in enumerate(header)}
    out = []
    for row in data[1:]:
        if not isinstance(row, list) or len(row) != len(header):
            continue
        out.append(Capture(original=row[at["original"]], timestamp=row[at["timestamp"]],
                           mimetype=row[at["mimetype"]] if "mimetype" in at else "",
                           statuscode=row[at["statuscode"]] if "statuscode" in at else ""))
    return out


def wayback_url(archive: str, timestamp: str, url: str) -> str:
    """The `id_` URL of a capture: the bytes the site served, unaltered."""
    return f"{archive.rstrip('/')}/web/{timestamp}id_/{url}"


def capture_time(timestamp: str) -> datetime:
    return datetime.strptime(timestamp.ljust(14, "0")[:14], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)


def timestamp_of(wayback: str) -> str | None:
    """The capture timestamp in a Wayback URL (after any redirect to the nearest capture)."""
    marker = "/web/"
    if marker not in wayback:
        return None
    stamp = wayback.split(marker, 1)[1].split("/", 1)[0].removesuffix("id_")
    return stamp if stamp.isdigit() else None

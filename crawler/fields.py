"""What a site profile knows about a page that the parser may not: the profile's `fields`
(XPath hints for title, reference and date) fill only what the parse left empty, and a log
that files its items under a month (the URL says ``/september-2023-...`` or
``/2024/june/``) gives that month when the page gives no date at all.

A date known only to the month (West Yorkshire's "FOI date" 09/2023, or the URL's month
when that field is empty: REAL-SITES.md section 2) is stored as the first of the month with
`date_precision` "month", so analyses can tell it from a day the page printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from crawler.profile import Profile, load_profile
from parser.record import Disclosure

_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{4})\s*$")
_DATE_FIELDS = ("published_date", "request_date", "response_date")


@dataclass
class ProfiledDisclosure(Disclosure):
    """A parsed record completed from its site's profile; says how precise its date is
    (read by Store.save_disclosure into disclosures.date_precision)."""

    date_precision: str | None = None  # "month", or None for a day (or no date)
    # "url" when the published date is the month the URL files the response under (read by
    # Store.save_disclosure into disclosures.date_source); None when the page gave it
    date_source: str | None = None


def field_values(profile: Profile, body: bytes, content_type: str | None) -> dict[str, str]:
    """The profile's fields read from an HTML page (empty values left out)."""
    if not profile.fields or "html" not in (content_type or "text/html").lower() or not body:
        return {}
    from parsel import Selector

    try:
        selector = Selector(text=body.decode("utf-8", "replace"))
    except (ValueError, TypeError):
        return {}
    out: dict[str, str] = {}
    for name, spec in profile.fields.items():
        xpath, strip = (spec, None) if isinstance(spec, str) else (spec.get("xpath"), spec.get("strip"))
        try:
            value = " ".join(selector.xpath(xpath).getall()).strip()
        except ValueError:
            continue
        if strip:
            value = re.sub(strip, "", value, flags=re.IGNORECASE).strip()
        if value:
            out[name] = value
    return out


def _month_date(text: str) -> str | None:
    found = _MONTH_YEAR.match(text)
    if found and 1 <= int(found.group(1)) <= 12:
        return date(int(found.group(2)), int(found.group(1)), 1).isoformat()
    return None


def complete(record: Disclosure, body: bytes, content_type: str | None, url: str, profile: Profile | None,
             local_path: str | None = None) -> ProfiledDisclosure:
    """The record with its empty title/reference/date filled from the profile (see module
    doc), as a ProfiledDisclosure whose date_precision is "month" when a date came from a
    month only. The parser's own values are never replaced."""
    record = ProfiledDisclosure(**{f.name: getattr(record, f.name) for f in fields(Disclosure)})
    if profile is None:
        return record
    values = field_values(profile, body, content_type)
    for name in ("title", "reference"):
        if not getattr(record, name, None) and values.get(name):
            setattr(record, name, values[name])
    if any(getattr(record, f, None) for f in _DATE_FIELDS):
        return record
    printed = values.get("date", "")
    month = _month_date(printed) if printed else None
    if month:
        record.published_date, record.date_precision = month, "month"
        record.warnings.append(f"published_date: the page gives the month only ({printed})")
        return record
    path = local_path if local_path is not None else urlsplit(url).path
    filed = profile.filed_under(path)
    if filed and filed[1]:
        year, mon = filed
        record.published_date, record.date_precision = date(year, mon, 1).isoformat(), "month"
        record.date_source = "url"
        record.warnings.append(f"published_date: the page gives none; the month from the URL ({year}-{mon:02d})")
    return record


@lru_cache(maxsize=1)
def _profiles_by_host() -> dict[str, str]:
    from crawler.registry import force_rows

    out: dict[str, str] = {}
    for row in force_rows():
        for host in row["hosts"].split():
            out.setdefault(host.lower(), row["profile"])
    return out


def profile_for_url(url: str) -> Profile | None:
    """The profile of the force whose host serves `url` (for `foi reparse`), if known."""
    name = _profiles_by_host().get((urlsplit(url).hostname or "").lower())
    return load_profile(name) if name else None

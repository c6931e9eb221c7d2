"""Site profiles: how one publishing platform's disclosure log links together, as data.

A profile (crawler/profiles/<name>.yml) sorts every link on a page into listing pages
(always revisited), response pages (fetched when new or changed) and attachments (fetched
with their response), says where the pager's next link is, where title/reference/date sit,
and how to read a year/month from a URL for `--since`. Patterns match the path+query as the
real site has it, case-insensitively, so one profile serves the real site and its replica.
"""
from __future__ import annotations

import re
from typing import Any
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

PROFILES = Path(__file__).resolve().parent / "profiles"
# Every entry a profile may have; load_profile refuses any other (it would be read by nothing).
PROFILE_KEYS = frozenset({"name", "listing", "response", "attachment", "deny", "next_page", "links_within",
                          "fields", "url_date", "listing_dates", "files_on_listings_are_responses",
                          "log_root", "search"})  # discovery routes (crawler/discovery)

MONTHS = {
    name: i + 1
    for names in (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        # Welsh month names (Dyfed-Powys publishes its log under /cy-GB/ folders).
        "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",
    )
    for i, name in enumerate(names.split())
}


def _compile(patterns: list[str] | str | None) -> tuple[re.Pattern[str], ...]:
    if not patterns:
        return ()
    if isinstance(patterns, str):
        patterns = [patterns]
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


@dataclass(frozen=True)
class Profile:
    """One platform's link grammar (see module docstring)."""

    name: str
    listing: tuple[re.Pattern[str], ...]
    response: tuple[re.Pattern[str], ...]
    attachment: tuple[re.Pattern[str], ...]
    deny: tuple[re.Pattern[str], ...]
    next_page: tuple[str, ...]  # XPath expressions yielding hrefs
    links_within: str  # XPath of the part of a page whose links count ("//body")
    # title/reference/date -> XPath, or {xpath, strip: label regex}; read by crawler.fields
    # only where the parser found nothing.
    fields: dict[str, Any] = field(default_factory=dict)
    url_date: tuple[re.Pattern[str], ...] = ()
    listing_dates: str | None = None  # XPath to dates printed on listing cards
    # Logs that list PDF letters directly (no stub page): a file linked from a listing is
    # then itself a response. Off where listings also link unrelated documents.
    files_on_listings_are_responses: bool = False
    # Discovery: patterns whose `root` group is the log's root above a start URL (a year
    # section's parent, which links every year), and the platform's search (a path+query).
    log_root: tuple[re.Pattern[str], ...] = ()
    search: str | None = None

    def log_root_of(self, local: str) -> str | None:
        """The log root above `local` (a start URL's path), when a pattern finds one."""
        for pattern in self.log_root:
            m = pattern.search(local)
            if m and m.group("root") != local:
                return m.group("root")
        return None

    def classify(self, local: str) -> str | None:
        """'attachment', 'listing', 'response' or None (not part of the log) for a local
        path+query. Attachments first (a PDF under a listing folder is still a file), then
        listings (a month folder would otherwise look like a response one level up)."""
        if any(p.search(local) for p in self.deny):
            return None
        if any(p.search(local) for p in self.attachment):
            return "attachment"
        if any(p.search(local) for p in self.listing):
            return "listing"
        if any(p.search(local) for p in self.response):
            return "response"
        return None

    def filed_under(self, local: str) -> tuple[int, int | None] | None:
        """(year, month or None) a URL is filed under, if its path says (for --since)."""
        year_only: tuple[int, int | None] | None = None
        for pattern in self.url_date:
            for m in pattern.finditer(local):
                groups = m.groupdict()
                year = int(groups["year"])
                year = year + 2000 if year < 100 else year
                month_text = (groups.get("month") or "").lower()
                month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text, 0)
                if 1 <= month <= 12:
                    return year, month
                year_only = year_only or (year, None)
        return year_only

    def older_than(self, local: str, since: date | None) -> bool:
        """True when the URL is filed under a month (or year) wholly before `since`."""
        if since is None:
            return False
        filed = self.filed_under(local)
        if filed is None:
            return False
        year, month = filed
        if month is None:
            return year < since.year
        return (year, month) < (since.year, since.month)


@lru_cache(maxsize=None)
def load_profile(name: str) -> Profile:
    """Load crawler/profiles/<name>.yml (once per process)."""
    path = PROFILES / f"{name}.yml"
    if not path.exists():
        raise ValueError(f"no site profile {name!r} (looked for {path})")
    spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = sorted(set(spec) - PROFILE_KEYS)
    if unknown:  # an entry nothing reads is a rule that silently does nothing
        raise ValueError(f"{path}: unknown entr{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)} "
                         f"(a profile has {', '.join(sorted(PROFILE_KEYS))})")
    return Profile(
        name=spec.get("name", name),
        listing=_compile(spec.get("listing")),
        response=_compile(spec.get("response")),
        attachment=_compile(spec.get("attachment")),
        deny=_compile(spec.get("deny")),
        next_page=tuple(spec.get("next_page") or ()),
        links_within=spec.get("links_within") or "//body",
        fields=dict(spec.get("fields") or {}),
        url_date=_compile(spec.get("url_date")),
        listing_dates=spec.get("listing_dates"),
        files_on_listings_are_responses=bool(spec.get("files_on_listings_are_responses", False)),
        log_root=_compile(spec.get("log_root")),
        search=spec.get("search"),
    )


def profile_names() -> list[str]:
    """Every profile shipped in crawler/profiles/."""
    return sorted(p.stem for p in PROFILES.glob("*.yml"))

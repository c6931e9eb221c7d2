"""The routes by which a crawler finds responses, replicated: which items each route alone
reveals, SOH's published-items search index, each SOH force's log root, and an Internet
Archive replica (CDX index and original capture bytes) holding a response the force has
since removed.

Evidence (see data/README.md "Discovery routes"): SOH's search path and its q/dt/ic
parameters (REAL-SITES.md 1.3); the CDX API's JSON rows and fields
(https://github.com/internetarchive/wayback/tree/master/wayback-cdx-server); the `id_` form
that returns a capture's original bytes (https://skeptric.com/restoring-wayback-html/).
"""
from __future__ import annotations

import base64
import hashlib
import json
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from samplegen.pages import Item
from samplegen.sites import Force

ARCHIVE_HOST = "web.archive.org"
SEARCH_PATH = "/foi-ai/af/accessing-information/published-items/"
SEARCH_INDEX = "_published_items.json"  # per host; a leading "_" is never served
CAPTURES = "_captures.json"
START_YEAR = 2023  # SOH starts as the registry has them: one year section (the Met's /disclosure-2023/)


@dataclass
class Routes:
    """Items only one route reveals (served paths), chosen by position, so deterministic."""

    search_only: set[str] = field(default_factory=set)  # not in listings or the sitemap
    sitemap_only: set[str] = field(default_factory=set)  # not in listings (no search on this CMS)
    removed: set[str] = field(default_factory=set)  # gone from the live site; in the archive only
    captured: set[str] = field(default_factory=set)  # live items the archive also holds

    def hidden_from_listings(self, it: Item) -> bool:
        return it.label["url_path"] in self.search_only | self.sitemap_only | self.removed


def plan_routes(by_force: dict[str, list[Item]]) -> Routes:
    routes = Routes()
    for force_id, items in sorted(by_force.items()):
        usable = [it for it in items if not it.label.get("broken") and not it.legacy]
        profile = usable[0].force.profile if usable else ""
        if profile == "soh":
            routes.search_only.update(it.label["url_path"] for it in usable[7:60:29])
        elif profile == "psni":
            routes.sitemap_only.update(it.label["url_path"] for it in usable[5:60:27])
        if force_id == "cleveland":
            routes.removed.add(usable[12].label["url_path"])
        routes.captured.update(it.label["url_path"] for it in usable[3::20])
    routes.captured -= routes.search_only | routes.sitemap_only
    return routes


def log_root(force: Force) -> str:
    """The SOH force's FOI root (/foi-ai/<slug>/), linking every year section."""
    return ("/cy-GB" if force.style == "dyfed-powys" else "") + f"/foi-ai/{force.slug}/"


def soh_start(starts: list[str], force: Force) -> list[str]:
    """One year section to start from (as the registry's start URLs are): the rest must be
    found through the log root, the search, the sitemap or the archive."""
    one = [s for s in starts if str(START_YEAR) in s]
    return one[:1] or starts[:1]


# ------------------------------------------------------------------ published items
def search_entries(force: Force, items: list[Item], routes: Routes) -> list[dict]:
    """The published-items index of one SOH host: every live disclosure plus a few
    publication-scheme documents (dt tells them apart, ic is a category id)."""
    rows = []
    for it in sorted(items, key=lambda i: (i.resp.published_date, i.path), reverse=True):
        if it.label["url_path"] in routes.removed or it.label.get("broken") == "404 not found":
            continue
        ic = str(200000 + zlib.crc32(it.resp.slug.split("-")[0].encode()) % 90000)
        rows.append({"title": it.resp.title, "path": it.path, "dt": "Disclosure log", "ic": ic,
                     "date": it.resp.published_date.isoformat(),
                     "summary": f"Freedom of information request {it.resp.reference}"})
    for n, name in enumerate(["Policies and procedures", "Lists and registers", "What we spend"]):
        rows.append({"title": name, "path": f"/SysSiteAssets/foi-media/{force.asset}/publication_scheme/{n + 1}.pdf",
                     "dt": "Publication scheme", "ic": "217281", "date": "2024-01-01",
                     "summary": f"{force.name} publication scheme: {name.lower()}"})
    return rows


def write_search_index(out: Path, force: Force, items: list[Item], routes: Routes) -> None:
    path = out / force.host / SEARCH_INDEX
    path.write_text(json.dumps(search_entries(force, items, routes), indent=0) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ the archive
def surt(url: str) -> str:
    """The CDX urlkey (SURT form): host reversed without www, then the path, lowercased."""
    rest = url.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return ",".join(reversed(host.split("."))) + ")/" + path.lower()


def capture_time(it: Item, days: int = 9) -> str:
    when = datetime(it.resp.published_date.year, it.resp.published_date.month, it.resp.published_date.day,
                    11, 42, 7, tzinfo=timezone.utc) + timedelta(days=days)
    return when.strftime("%Y%m%d%H%M%S")


def capture_rows(it: Item, mime_of) -> list[tuple[str, str, bytes, str]]:  # type: ignore[no-untyped-def]
    """(timestamp, real URL, bytes, mimetype) for an item's page and attachments."""
    base = f"https://{it.force.host}"
    ts = capture_time(it)
    out = [(ts, base + it.path, it.page, "text/html")]
    for fpath, body in sorted(it.files.items()):
        out.append((ts, base + fpath, body, mime_of(fpath)))
    return out


def write_archive(out: Path, captures: list[tuple[str, str, bytes, str]]) -> None:
    """web.archive.org/: the CDX index (_captures.json) and each capture's original bytes."""
    root = out / ARCHIVE_HOST
    (root / "_bodies").mkdir(parents=True, exist_ok=True)
    rows = []
    for ts, url, body, mime in captures:
        sha = hashlib.sha256(body).hexdigest()
        (root / "_bodies" / f"{sha}.bin").write_bytes(body)
        digest = base64.b32encode(hashlib.sha1(body).digest()).decode()
        rows.append({"urlkey": surt(url), "timestamp": ts, "original": url, "mimetype": mime,
                     "statuscode": "200", "digest": digest, "length": str(len(body)), "body": sha})
    rows.sort(key=lambda r: (r["urlkey"], r["timestamp"]))
    (root / CAPTURES).write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")

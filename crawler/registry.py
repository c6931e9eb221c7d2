"""Which sites a crawl visits: the force registry (real sites) and the sample sites.

A `Site` is everything the spider needs to know about one force's disclosure log: where
to start (every known year section and listing), which hosts are its own (redirects elsewhere
are refused), and which profile (crawler/profiles/<name>.yml) says how its pages link together.

crawler/data/forces.csv holds every UK force, each with its start URLs and the public
evidence for them, or the reason none is known; crawler/data/pcc.csv holds the bodies that
oversee the forces (PCCs, PFCCs, mayors' offices, police authorities). Both are checked on
load: a bad row is refused with its line, id and reason, never half-read.
"""
from __future__ import annotations

import csv
import json
import os
import re
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from crawler.profile import profile_names

DATA = Path(__file__).resolve().parent / "data"
FORCES_CSV = DATA / "forces.csv"
PCC_CSV = DATA / "pcc.csv"
SAMPLE_ROOT = Path(__file__).resolve().parent.parent / "data" / "sample"

# How a row's start URLs are known. seen: the URL itself appears in a source; derived: worked
# out from seen URLs (the parent of seen items, or the SOH published-items search on a host
# seen serving SOH pages); legacy: an old URL, probably dead (crawled only when named).
WITH_START = {"seen", "derived", "legacy"}
# No URL to crawl: unknown (none found; reason_unknown says what was seen) or none (no log).
NO_START = {"unknown", "none"}
PLATFORMS = {"soh", "own", "unknown"}
PCC_KINDS = {"pcc", "pfcc", "mayor", "police-authority"}
FORCE_COLUMNS = ("id", "name", "country", "platform", "profile", "start_urls", "start_url_status", "legacy_urls",
                 "hosts", "example_url", "wdtk_slug", "evidence", "reason_unknown", "confidence", "notes")
PCC_COLUMNS = ("id", "name", "kind", "force_ids", "website", "disclosure_log_url", "wdtk_slug", "defunct",
               "evidence", "reason_unknown", "notes")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WDTK_SLUG_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")  # WhatDoTheyKnow body url_name
EVIDENCE_RE = re.compile(r"^(?:https?://[^\s/]+\S*|repo:[A-Za-z0-9][\w.-]*/[\w.-]+/\S+)$")
LEGACY_REASON = "legacy URL, probably dead: crawled only when named (--force ID)"
# The SOH published-items search, on any SOH host (with or without the /af/ segment).
SOH_SEARCH_RE = re.compile(r"^/foi-ai/(?:af/)?accessing-information/published-items/?$")
ROUTES = ("log", "soh-search", "archive", "wdtk")


class RegistryError(ValueError):
    """A registry file that cannot be used, naming the file, line, row id and reason."""


def _is_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


@dataclass(frozen=True)
class Site:
    """One disclosure log to crawl."""

    force_id: str
    name: str
    profile: str
    start_urls: tuple[str, ...]
    hosts: tuple[str, ...]  # host names (real) or "127.0.0.1:PORT" (sample) it may fetch from
    path_prefix: str = ""  # sample sites live under "/<real host>" on the one sample server
    robots: bool = True
    start_url_status: str = "seen"
    reason_unknown: str = ""  # why there is no start URL (real registry rows without one)
    wdtk_slug: str = ""  # the force's WhatDoTheyKnow body url_name
    routes: tuple[str, ...] = ()  # expected_routes(): how this force's responses can be reached
    legacy_urls: tuple[str, ...] = ()  # roots of retired logs: where archived captures may still be
    # Discovery routes the crawl may use beyond the listing walk (root, search, sitemap,
    # archive); None: those FOI_DISCOVERY allows (all by default). A sample's sites.json may
    # narrow them ("discover": []), as a test's small slice of the sample does.
    discover: tuple[str, ...] | None = None

    def owns(self, url: str) -> bool:
        """True when `url` is on this force's own site (so fetching it is not off-site)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        if self.path_prefix:
            return parts.netloc in self.hosts and (
                parts.path == self.path_prefix or parts.path.startswith(self.path_prefix + "/")
            )
        return (parts.hostname or "") in self.hosts

    @property
    def slot(self) -> str:
        """Download-slot key: politeness (concurrency, delay) is counted per real host."""
        return self.path_prefix.strip("/") or (urlsplit(self.start_urls[0]).hostname or self.force_id)

    def local_path(self, url: str) -> str:
        """The URL's path as the real site would have it (sample prefix removed)."""
        path = urlsplit(url).path
        if self.path_prefix and path.startswith(self.path_prefix):
            path = path[len(self.path_prefix):] or "/"
        return path


@dataclass
class Registry:
    """Sites by force id, in registry order."""

    sites: dict[str, Site] = field(default_factory=dict)

    def select(self, forces: list[str] | None, all_forces: bool = False) -> tuple[list[Site], list[str]]:
        """The sites to crawl and a message for each requested force that cannot be crawled.
        With --all, forces left out are not problems: `skipped()` lists them and why."""
        problems: list[str] = []
        if forces:
            chosen = []
            for f in forces:
                site = self.sites.get(f)
                if site is None:
                    problems.append(f"{f}: not a known force id")
                elif not site.start_urls:
                    problems.append(f"{f}: no disclosure-log URL in crawler/data/forces.csv "
                                    f"({site.start_url_status}: {site.reason_unknown or 'no reason given'})")
                else:
                    chosen.append(site)
            return chosen, problems
        if all_forces or not forces:
            # A legacy URL is probably dead: crawled when named, not as part of --all.
            return [s for s in self.sites.values() if s.start_urls and s.start_url_status != "legacy"], problems
        return [], problems

    def skipped(self) -> list[tuple[str, str]]:
        """(force id, reason) for every force `--all` leaves out, in registry order."""
        out = []
        for site in self.sites.values():
            if not site.start_urls:
                out.append((site.force_id, site.reason_unknown or f"start URL {site.start_url_status}"))
            elif site.start_url_status == "legacy":
                out.append((site.force_id, LEGACY_REASON))
        return out


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs, after checking the header names exactly `columns`."""
    try:
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            header = tuple(reader.fieldnames or ())
            if header != columns:
                missing = [c for c in columns if c not in header]
                extra = [c for c in header if c not in columns]
                raise RegistryError(f"{path}: header must be {','.join(columns)}"
                                    + (f"; missing {', '.join(missing)}" if missing else "")
                                    + (f"; unexpected {', '.join(extra)}" if extra else ""))
            rows = []
            for row in reader:
                if None in row or any(v is None for v in row.values()):
                    raise RegistryError(f"{path}:{reader.line_num}: row {row.get('id')!r} has "
                                        f"{'too many' if None in row else 'too few'} cells")
                rows.append((reader.line_num, {k: v.strip() for k, v in row.items()}))
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise RegistryError(f"{path}: cannot read: {exc}") from exc


def _check_evidence(value: str) -> list[str]:
    """Problems with an evidence cell: space-separated URLs or repo:owner/name/path."""
    tokens = value.split()
    if not tokens:
        return ["evidence is empty"]
    return [f"evidence {t!r} is neither a URL nor repo:owner/name/path" for t in tokens
            if not EVIDENCE_RE.match(t) or (t.startswith("http") and not _is_url(t))]


def check_force_row(row: dict[str, str], profiles: set[str] | None = None) -> list[str]:
    """Every reason `row` of forces.csv is unusable (empty when it is fine)."""
    errs: list[str] = []
    if not ID_RE.match(row["id"]):
        errs.append("id must be lower-case words joined by '-'")
    if not row["name"]:
        errs.append("name is empty")
    if row["platform"] not in PLATFORMS:
        errs.append(f"platform {row['platform']!r} is not one of {', '.join(sorted(PLATFORMS))}")
    if profiles is not None and row["profile"] not in profiles:
        errs.append(f"profile {row['profile']!r} has no crawler/profiles/{row['profile']}.yml")
    hosts = row["hosts"].split()
    urls = row["start_urls"].split()
    status = row["start_url_status"]
    if status in WITH_START:
        if not urls:
            errs.append(f"start_url_status is {status} but start_urls is empty")
        if row["reason_unknown"]:
            errs.append("reason_unknown is given although start URLs are known")
        for url in urls:
            if not _is_url(url):
                errs.append(f"start URL {url!r} is not an http(s) URL")
            elif urlsplit(url).hostname not in hosts:
                errs.append(f"start URL {url!r} is not on the row's hosts ({row['hosts'] or 'none'})")
        if len(set(urls)) != len(urls):
            errs.append("start_urls lists a URL twice")
    elif status in NO_START:
        if urls:
            errs.append(f"start_url_status is {status} but start_urls is not empty")
        if not row["reason_unknown"]:
            errs.append(f"start URL is {status}: reason_unknown must say why")
    else:
        errs.append(f"start_url_status {status!r} is not one of {', '.join(sorted(WITH_START | NO_START))}")
    for url in row["legacy_urls"].split():
        if not _is_url(url):
            errs.append(f"legacy URL {url!r} is not an http(s) URL")
        elif urlsplit(url).hostname not in hosts:
            errs.append(f"legacy URL {url!r} is not on the row's hosts ({row['hosts'] or 'none'})")
        elif url in urls:
            errs.append(f"legacy URL {url!r} is also a start URL")
    if row["example_url"] and not _is_url(row["example_url"]):
        errs.append(f"example_url {row['example_url']!r} is not an http(s) URL")
    if row["wdtk_slug"] and not WDTK_SLUG_RE.match(row["wdtk_slug"]):
        errs.append(f"wdtk_slug {row['wdtk_slug']!r} is not a WhatDoTheyKnow url_name (a-z, 0-9, '_')")
    errs += _check_evidence(row["evidence"])
    return errs


def load_forces(path: Path = FORCES_CSV, profiles: set[str] | None = None) -> tuple[dict[str, str], ...]:
    """Rows of a forces.csv, every one checked; RegistryError names the first bad row(s)."""
    rows = _read_csv(path, FORCE_COLUMNS)
    errors: list[str] = []
    seen_ids: dict[str, int] = {}
    seen_slugs: dict[str, str] = {}
    for line, row in rows:
        for err in check_force_row(row, profiles):
            errors.append(f"{path.name}:{line}: {row['id'] or '(no id)'}: {err}")
        if row["id"] in seen_ids:
            errors.append(f"{path.name}:{line}: {row['id']}: id already used on line {seen_ids[row['id']]}")
        seen_ids.setdefault(row["id"], line)
        slug = row["wdtk_slug"]
        if slug and slug in seen_slugs:
            errors.append(f"{path.name}:{line}: {row['id']}: wdtk_slug {slug} already used by {seen_slugs[slug]}")
        seen_slugs.setdefault(slug, row["id"])
    if errors:
        raise RegistryError("; ".join(errors[:10]) + (f"; and {len(errors) - 10} more" if len(errors) > 10 else ""))
    return tuple(row for _, row in rows)


def load_pccs(path: Path = PCC_CSV, force_ids: set[str] | None = None) -> tuple[dict[str, str], ...]:
    """Rows of a pcc.csv (the bodies overseeing each force, with their WDTK slugs), checked."""
    rows = _read_csv(path, PCC_COLUMNS)
    errors: list[str] = []
    ids: set[str] = set()
    slugs: set[str] = set()
    for line, row in rows:
        errs: list[str] = []
        if not ID_RE.match(row["id"]):
            errs.append("id must be lower-case words joined by '-'")
        elif row["id"] in ids:
            errs.append("id already used")
        ids.add(row["id"])
        if row["kind"] not in PCC_KINDS:
            errs.append(f"kind {row['kind']!r} is not one of {', '.join(sorted(PCC_KINDS))}")
        forces = row["force_ids"].split()
        if not forces:
            errs.append("force_ids is empty")
        if force_ids is not None:
            errs += [f"force id {f!r} is not in forces.csv" for f in forces if f not in force_ids]
        slug = row["wdtk_slug"]
        if slug:
            if not WDTK_SLUG_RE.match(slug):
                errs.append(f"wdtk_slug {slug!r} is not a WhatDoTheyKnow url_name (a-z, 0-9, '_')")
            elif slug in slugs:
                errs.append(f"wdtk_slug {slug} already used")
            slugs.add(slug)
        elif not row["reason_unknown"]:
            errs.append("wdtk_slug is empty: reason_unknown must say why")
        for col in ("website", "disclosure_log_url"):
            if row[col] and not _is_url(row[col]):
                errs.append(f"{col} {row[col]!r} is not an http(s) URL")
        if row["defunct"] not in ("yes", "no"):
            errs.append(f"defunct must be yes or no, not {row['defunct']!r}")
        errs += _check_evidence(row["evidence"])
        errors += [f"{path.name}:{line}: {row['id'] or '(no id)'}: {e}" for e in errs]
    if errors:
        raise RegistryError("; ".join(errors[:10]) + (f"; and {len(errors) - 10} more" if len(errors) > 10 else ""))
    return tuple(row for _, row in rows)


def force_rows() -> tuple[dict[str, str], ...]:
    """Rows of crawler/data/forces.csv (every UK force, crawlable or not), checked on load;
    FOI_FORCES_CSV names another registry file instead (a private list, the tests' hosts)."""
    return _checked_rows(Path(os.environ.get("FOI_FORCES_CSV") or FORCES_CSV))


@lru_cache(maxsize=4)
def _checked_rows(path: Path) -> tuple[dict[str, str], ...]:
    return load_forces(path, set(profile_names()))


@lru_cache(maxsize=1)
def pcc_rows() -> tuple[dict[str, str], ...]:
    """Rows of crawler/data/pcc.csv (PCCs, PFCCs, mayors' offices, police authorities)."""
    return load_pccs(PCC_CSV, {r["id"] for r in force_rows()})


@dataclass(frozen=True)
class WdtkBody:
    """A police body on WhatDoTheyKnow: a force (kind "force") or an oversight body from pcc.csv."""

    authority_id: str  # forces.csv or pcc.csv id
    slug: str  # WDTK url_name: https://www.whatdotheyknow.com/body/<slug>
    name: str
    kind: str  # force, pcc, pfcc, mayor or police-authority
    force_ids: tuple[str, ...]  # the forces it is (or oversees)
    defunct: bool = False


def wdtk_bodies(include_defunct: bool = True) -> list[WdtkBody]:
    """Every force and oversight body with a WhatDoTheyKnow slug, forces first, in file order."""
    bodies = [WdtkBody(r["id"], r["wdtk_slug"], r["name"], "force", (r["id"],))
              for r in force_rows() if r["wdtk_slug"]]
    bodies += [WdtkBody(r["id"], r["wdtk_slug"], r["name"], r["kind"], tuple(r["force_ids"].split()),
                        r["defunct"] == "yes")
               for r in pcc_rows() if r["wdtk_slug"] and (include_defunct or r["defunct"] != "yes")]
    return bodies


def start_urls(row: dict[str, str]) -> tuple[str, ...]:
    """A forces.csv row's start URLs (none when its status is unknown or none)."""
    return () if row["start_url_status"] in NO_START else tuple(row["start_urls"].split())


def expected_routes(row: dict[str, str]) -> tuple[str, ...]:
    """Which routes should reach a force's responses, from its row: its own log tree (a seen or
    derived start URL other than the search), the SOH published-items search, the Internet
    Archive's captures under its start URLs (legacy ones included: often the only copy left),
    and under the roots of retired logs (legacy_urls), and WhatDoTheyKnow (a body slug)."""
    urls = start_urls(row)
    search = [u for u in urls if SOH_SEARCH_RE.match(urlsplit(u).path)]
    routes = []
    if row["start_url_status"] in ("seen", "derived") and len(search) < len(urls):
        routes.append("log")
    if search:
        routes.append("soh-search")
    if urls or row["legacy_urls"].split():
        routes.append("archive")
    if row["wdtk_slug"]:
        routes.append("wdtk")
    return tuple(routes)


def real_registry() -> Registry:
    """The registry of real police sites from crawler/data/forces.csv."""
    reg = Registry()
    for row in force_rows():
        reg.sites[row["id"]] = Site(
            force_id=row["id"], name=row["name"], profile=row["profile"], start_urls=start_urls(row),
            hosts=tuple(row["hosts"].split()), start_url_status=row["start_url_status"],
            reason_unknown=row["reason_unknown"], wdtk_slug=row["wdtk_slug"], routes=expected_routes(row),
            legacy_urls=tuple(row["legacy_urls"].split()),
        )
    return reg


def load_sample_sites(sample_url: str, root: Path | None = None) -> list[dict]:
    """sites.json of the sample server: asked of the server first (it may serve a copy that
    differs from the checkout), else read from `root` (default data/sample)."""
    try:
        with urllib.request.urlopen(urljoin(sample_url.rstrip("/") + "/", "sites.json"), timeout=5) as r:
            if r.status == 200:
                return json.loads(r.read().decode("utf-8"))
    except (OSError, ValueError):
        pass
    path = (root or SAMPLE_ROOT) / "sites.json"
    return json.loads(path.read_text(encoding="utf-8"))


def sample_registry(sample_url: str, root: Path | None = None) -> Registry:
    """Sites of the local sample server, one per entry of its sites.json, under the REAL
    URLs they imitate (https://<host>/...): the crawl reaches the server through the host
    map (crawler/hostmap.py), so nothing stored names 127.0.0.1 or its port."""
    base = sample_url.rstrip("/")
    reg = Registry()
    for entry in load_sample_sites(base, root):
        host = entry["host"].strip("/")
        prefix = "/" + host
        starts = tuple(f"https://{host}{p[len(prefix):] if p.startswith(prefix + '/') else p}"
                       for p in entry.get("start_paths") or [prefix + "/"])
        reg.sites[entry["force_id"]] = Site(
            force_id=entry["force_id"], name=entry.get("name", entry["force_id"]),
            profile=entry.get("profile", "generic"), start_urls=starts, hosts=(host,),
            robots=bool(entry.get("robots", True)),
            discover=tuple(entry["discover"]) if isinstance(entry.get("discover"), list) else None,
        )
    return reg


def summary() -> str:
    """The registry at a glance: forces by start-URL status and by expected routes, then every
    force --all skips and why (printed by `python -m crawler.registry`)."""
    rows = force_rows()
    lines = [f"{len(rows)} forces, {len(pcc_rows())} oversight bodies (crawler/data/pcc.csv)", "", "by start-URL status:"]
    for status in ("seen", "derived", "legacy", "unknown", "none"):
        ids = [r["id"] for r in rows if r["start_url_status"] == status]
        lines.append(f"  {status:8} {len(ids):2}  {' '.join(ids)}")
    lines += ["", "by expected routes:"]
    groups: dict[tuple[str, ...], list[str]] = {}
    for r in rows:
        groups.setdefault(expected_routes(r), []).append(r["id"])
    for routes, ids in sorted(groups.items(), key=lambda kv: -len(kv[0])):
        lines.append(f"  {'+'.join(routes):30} {len(ids):2}  {' '.join(ids)}")
    skipped = real_registry().skipped()
    lines += ["", f"--all skips {len(skipped)}:"] + [f"  {fid}: {why}" for fid, why in skipped]
    return "\n".join(lines)


def sample_hosts(sample_url: str, root: Path | None = None) -> list[str]:
    """Every host the sample server imitates (for the host map)."""
    return [entry["host"].strip("/") for entry in load_sample_sites(sample_url.rstrip("/"), root)]


def sample_has_archive(sample_url: str, root: Path | None = None) -> bool:
    """True when the sample's sites.json says it carries an Internet Archive replica
    (served under /web.archive.org/: "archive": true on its sites)."""
    try:
        return any(entry.get("archive") for entry in load_sample_sites(sample_url.rstrip("/"), root))
    except (OSError, ValueError):
        return False


if __name__ == "__main__":
    try:
        print(summary())
    except RegistryError as exc:
        raise SystemExit(f"crawler/data is unusable: {exc}")

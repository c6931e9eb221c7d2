"""Which sites a crawl visits: the force registry (real sites) and the sample sites.

A `Site` is everything the spider needs to know about one force's disclosure log: where
to start, which hosts are its own (redirects elsewhere are refused), and which profile
(crawler/profiles/<name>.yml) says how its pages link together.
"""
from __future__ import annotations

import csv
import json
import os
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

DATA = Path(__file__).resolve().parent / "data"
FORCES_CSV = DATA / "forces.csv"
SAMPLE_ROOT = Path(__file__).resolve().parent.parent / "data" / "sample"

# start_url_status values meaning "there is no URL to crawl" (said, never guessed).
NO_START = {"unknown", "none"}


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
        """The sites to crawl and a message for each requested force that cannot be crawled."""
        problems: list[str] = []
        if forces:
            chosen = []
            for f in forces:
                site = self.sites.get(f)
                if site is None:
                    problems.append(f"{f}: not a known force id")
                elif not site.start_urls:
                    problems.append(f"{f}: disclosure-log URL is {site.start_url_status} in crawler/data/forces.csv")
                else:
                    chosen.append(site)
            return chosen, problems
        if all_forces or not forces:
            # A legacy URL is probably dead: crawled when named, not as part of --all.
            return [s for s in self.sites.values() if s.start_urls and s.start_url_status != "legacy"], problems
        return [], problems

    def skipped(self) -> list[tuple[str, str]]:
        """(force id, why) for each force `--all` leaves out."""
        out = []
        for site in self.sites.values():
            if not site.start_urls:
                out.append((site.force_id, f"disclosure-log URL is {site.start_url_status} in the registry"))
            elif site.start_url_status == "legacy":
                out.append((site.force_id, "its start URL is a legacy one, probably dead (crawled only when named)"))
        return out


def force_rows() -> tuple[dict[str, str], ...]:
    """Rows of crawler/data/forces.csv (every UK force, crawlable or not), or of the
    registry file named by FOI_FORCES_CSV (a private list; the tests' unresolvable host)."""
    return _read_rows(Path(os.environ.get("FOI_FORCES_CSV") or FORCES_CSV))


@lru_cache(maxsize=4)
def _read_rows(path: Path) -> tuple[dict[str, str], ...]:
    with path.open(newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def real_registry() -> Registry:
    """The registry of real police sites from crawler/data/forces.csv."""
    reg = Registry()
    for row in force_rows():
        status = row["start_url_status"]
        starts = () if status in NO_START else (row["start_url"],)
        reg.sites[row["id"]] = Site(
            force_id=row["id"], name=row["name"], profile=row["profile"], start_urls=starts,
            hosts=tuple(row["hosts"].split()), start_url_status=status,
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
    """Sites of the local sample server, one per entry of its sites.json."""
    base = sample_url.rstrip("/")
    netloc = urlsplit(base).netloc
    reg = Registry()
    for entry in load_sample_sites(base, root):
        prefix = "/" + entry["host"].strip("/")
        starts = tuple(base + p for p in entry.get("start_paths") or [prefix + "/"])
        reg.sites[entry["force_id"]] = Site(
            force_id=entry["force_id"], name=entry.get("name", entry["force_id"]),
            profile=entry.get("profile", "generic"), start_urls=starts, hosts=(netloc,),
            path_prefix=prefix, robots=bool(entry.get("robots", True)),
        )
    return reg

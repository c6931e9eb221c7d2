"""Discovery routes against the replica: sitemaps, the listing walk across every year, SOH's
published-items search, the Internet Archive's CDX index and `id_` captures (a response the
force removed is still collected), and a live fetch after an archived one adding a version."""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from crawler.discovery.archive import Capture, cdx_query, parse_cdx, surt, timestamp_of, wayback_url
from crawler.discovery.sitemaps import read_sitemap, sitemaps_in_robots
from crawler.run import ROOT
from tests.crawler.conftest import FIXTURES, copy_site, crawler_for, local, rows

SAMPLE = ROOT / "data" / "sample"
FORCES = ("met", "cleveland", "psni")
SEARCH = "/foi-ai/af/accessing-information/published-items/"


# ------------------------------------------------------------------ pure helpers
def test_cdx_answer_shapes():
    # The CDX JSON shape: a header row of field names, then one row per capture.
    text = json.dumps([["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
                       ["uk,police,met)/foi-ai/x/", "20240105093000", "https://www.met.police.uk/foi-ai/x/",
                        "text/html", "200", "AAAA", "12"]])
    assert parse_cdx(text) == [Capture("https://www.met.police.uk/foi-ai/x/", "20240105093000", "text/html", "200")]
    assert parse_cdx("[]") == []  # nothing archived under the prefix
    with pytest.raises(ValueError, match="no header row"):
        parse_cdx('[["a", "b"], ["1", "2"]]')
    with pytest.raises(ValueError, match="not a JSON list"):
        parse_cdx('{"error": "x"}')
    assert cdx_query("https://web.archive.org", "https://www.met.police.uk/foi-ai/metropolitan-police/") == (
        "https://web.archive.org/cdx/search/cdx?url=www.met.police.uk%2Ffoi-ai%2Fmetropolitan-police%2F"
        "&matchType=prefix&output=json&filter=statuscode%3A200&collapse=urlkey")
    assert surt("https://www.Cleveland.police.uk/foi-ai/A/") == "uk,police,cleveland)/foi-ai/a/"
    url = wayback_url("https://web.archive.org", "20180606114207", "https://www.cleveland.police.uk/x/")
    assert url == "https://web.archive.org/web/20180606114207id_/https://www.cleveland.police.uk/x/"
    assert timestamp_of(url) == "20180606114207" and timestamp_of("https://www.cleveland.police.uk/x/") is None


def test_sitemaps_from_robots_and_sitemap_files():
    robots = "User-agent: *\nDisallow: /search/\nSitemap: https://www.psni.police.uk/sitemap.xml\nSitemap: /s2.xml\n"
    assert sitemaps_in_robots(robots, "https://www.psni.police.uk/robots.txt") == [
        "https://www.psni.police.uk/sitemap.xml", "https://www.psni.police.uk/s2.xml"]
    index = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>https://www.psni.police.uk/s2.xml</loc></sitemap></sitemapindex>")
    urlset = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              b"<url><loc>https://www.psni.police.uk/foi-disclosure-log/a</loc></url></urlset>")
    assert read_sitemap(index) == ("sitemapindex", ["https://www.psni.police.uk/s2.xml"])
    assert read_sitemap(gzip.compress(urlset)) == ("urlset", ["https://www.psni.police.uk/foi-disclosure-log/a"])
    with pytest.raises(ValueError, match="not a sitemap"):
        read_sitemap(b"<html><body>Not found</body></html>")


# ------------------------------------------------------------------ the replica, crawled
@pytest.fixture(scope="module")
def replica_crawl(tmp_path_factory):
    """One crawl of a three-force copy of the sample (Met and Cleveland on SOH, PSNI on its
    own CMS) with its archive replica."""
    from crawler.sample_server import serve

    tmp = tmp_path_factory.mktemp("discovery")
    root = tmp / "sample"
    root.mkdir()
    sites = [s for s in json.loads((SAMPLE / "sites.json").read_text()) if s["force_id"] in FORCES]
    for site in sites:
        shutil.copytree(SAMPLE / site["host"], root / site["host"])
    shutil.copytree(SAMPLE / "web.archive.org", root / "web.archive.org")
    (root / "sites.json").write_text(json.dumps(sites))
    for name in ("_manifest.json", "_redirects.json"):
        shutil.copy(SAMPLE / name, root / name)
    labels = [json.loads(line) for line in (SAMPLE / "labels.jsonl").read_text().splitlines()]
    labels = [lab for lab in labels if lab["force_id"] in FORCES]
    routes = json.loads((SAMPLE / "_routes.json").read_text())
    db = f"sqlite:///{tmp / 'foi.db'}"
    server = serve(root)
    try:
        summary = crawler_for(tmp)(server, root, db, polite=False, timeout=400)
    finally:
        server.stop()
    return sites, labels, routes, db, summary, server


def _found(db: str) -> dict[str, tuple[str, str]]:
    return {local(u): (via, source) for u, via, source in rows(
        db, "SELECT url, found_via, source FROM documents WHERE role = 'response' AND sha256 IS NOT NULL")}


def test_every_labelled_response_is_found_once(replica_crawl):
    sites, labels, _, db, summary, _ = replica_crawl
    assert summary.ok
    good = {lab["url_path"] for lab in labels if lab["broken"] in (None, "attachment 404", "zero-byte pdf")}
    stored = Counter(local(u) for (u,) in rows(db, "SELECT response_url FROM disclosures"))
    assert set(stored) == good and max(stored.values()) == 1


def test_listing_walk_reaches_every_year_from_one_year_section(replica_crawl):
    sites, labels, routes, db, _, _ = replica_crawl
    met = next(s for s in sites if s["force_id"] == "met")
    assert met["start_paths"] == ["/www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/"]
    listings = {local(u) for (u,) in rows(db, "SELECT url FROM documents WHERE role = 'listing' AND sha256 IS NOT NULL")}
    # The log root above the start's year section, and every year section it links.
    assert "/www.met.police.uk/foi-ai/metropolitan-police/" in listings
    years = {p.split("/disclosure-")[1][:4] for p in listings if "/metropolitan-police/disclosure-" in p}
    assert years == {str(y) for y in range(2017, 2025)}
    found = _found(db)
    walked = [lab["url_path"] for lab in labels if lab["force_id"] == "met" and not lab["broken"]
              and lab["url_path"] not in routes["search_only"]]
    # Every one collected live (whichever route asked first: the walk, the search, the
    # sitemap or the archive's index), of every year, not just the start's 2023.
    assert all(found[p][1] == "live" for p in walked)
    assert {y for y in range(2017, 2025) if any(f"-{y}/" in p for p in walked)} == set(range(2017, 2025))
    # Each year section's month pages were walked: a month listing of every year is stored.
    months = {p for p in listings if "/metropolitan-police/" in p and p.count("/") >= 6}
    assert {y for y in range(2017, 2025) if any(f"-{y}/" in p for p in months)} == set(range(2017, 2025))


def test_published_items_search_finds_what_no_listing_links(replica_crawl):
    _, labels, routes, db, _, _ = replica_crawl
    found = _found(db)
    only = [p for p in routes["search_only"] if p.split("/")[1] in ("www.met.police.uk", "www.cleveland.police.uk")]
    assert len(only) == 4
    assert {p: found[p] for p in only} == {p: ("search", "live") for p in only}
    # Its pager was followed to the end: 10 results a page.
    search = [local(u) for (u,) in rows(db, "SELECT url FROM documents WHERE role = 'listing' AND url LIKE :s",
                                          s=f"%www.cleveland.police.uk{SEARCH}%")]
    index = json.loads((SAMPLE / "www.cleveland.police.uk" / "_published_items.json").read_text())
    pages = -(-len(index) // 10)
    assert sorted(search) == sorted([f"/www.cleveland.police.uk{SEARCH}?q=&dt=&ic="] + [
        f"/www.cleveland.police.uk{SEARCH}?q=&dt=&ic=&page={n}" for n in range(2, pages + 1)])


def test_sitemap_named_in_robots_finds_what_no_listing_links(replica_crawl):
    _, _, routes, db, _, _ = replica_crawl
    found = _found(db)
    assert len(routes["sitemap_only"]) == 3
    assert {p: found[p] for p in routes["sitemap_only"]} == {p: ("sitemap", "live") for p in routes["sitemap_only"]}


def test_a_removed_response_is_collected_from_the_archive(replica_crawl):
    _, labels, routes, db, summary, _ = replica_crawl
    (removed,) = routes["removed"]
    real = "https://" + removed.lstrip("/")
    (row,) = rows(db, "SELECT found_via, source, captured_at, archive_url, role FROM documents "
                      "WHERE url = :u AND sha256 IS NOT NULL", u=real)
    captures = json.loads((SAMPLE / "web.archive.org" / "_captures.json").read_text())
    stamps = sorted(c["timestamp"] for c in captures if c["original"] == real)
    assert len(stamps) == 2  # collapse=urlkey gives the first capture of the URL
    assert row[:2] == ("archive", "archive") and row[4] == "response"
    assert str(row[2]).replace("T", " ").startswith(
        f"{stamps[0][:4]}-{stamps[0][4:6]}-{stamps[0][6:8]} {stamps[0][8:10]}:{stamps[0][10:12]}:{stamps[0][12:14]}")
    assert row[3] == f"https://web.archive.org/web/{stamps[0]}id_/{real}"
    label = next(lab for lab in labels if lab["url_path"] == removed)
    (ref, authority), = rows(db, "SELECT reference, authority_id FROM disclosures WHERE response_url = :u", u=real)
    assert authority == "cleveland" and "".join(ch for ch in ref if ch.isalnum()) == \
        "".join(ch for ch in label["reference"] if ch.isalnum())
    # Its live URL was asked first and refused (404); no failure row hides it.
    assert rows(db, "SELECT COUNT(*) FROM documents WHERE url = :u AND sha256 IS NULL", u=real) == [(0,)]
    # Nothing stored names the local server.
    assert rows(db, "SELECT COUNT(*) FROM documents WHERE url LIKE '%127.0.0.1%' OR final_url LIKE '%127.0.0.1%' "
                    "OR archive_url LIKE '%127.0.0.1%'") == [(0,)]


# ------------------------------------------------------------------ archive first, then live
DOGS = "/www.tiny.police.uk/foi-ai/tiny-police/disclosure/2024/march/foi-1-24-dogs/"
STAMP = "20240402101500"


def _archive_of(root: Path, served_path: str, body: bytes) -> None:
    """An archive replica holding one capture of `served_path` (the tiny site's own page)."""
    real = "https://" + served_path.lstrip("/")
    archive = root / "web.archive.org"
    (archive / "_bodies").mkdir(parents=True)
    sha = hashlib.sha256(body).hexdigest()
    (archive / "_bodies" / f"{sha}.bin").write_bytes(body)
    (archive / "_captures.json").write_text(json.dumps([{
        "urlkey": surt(real), "timestamp": STAMP, "original": real, "mimetype": "text/html", "statuscode": "200",
        "digest": base64.b32encode(hashlib.sha1(body).digest()).decode(), "length": str(len(body)), "body": sha}]))
    (archive / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    sites = json.loads((root / "sites.json").read_text())
    (root / "sites.json").write_text(json.dumps([dict(s, archive=True) for s in sites]))


@pytest.mark.parametrize("refusal", ["403", "challenge"])
def test_archive_when_refused_then_live_adds_a_version_not_a_response(tmp_path, start_server, db, refusal,
                                                                        monkeypatch):
    site = copy_site(tmp_path)
    page = site / DOGS.lstrip("/") / "index.html"
    live = page.read_bytes()
    captured = live.replace(b"We hold 4 police dogs.", b"We hold 3 police dogs.")
    assert captured != live
    _archive_of(site, DOGS, captured)
    run = crawler_for(tmp_path)
    real = "https://" + DOGS.lstrip("/")
    if refusal == "403":
        server = start_server(site, faults={"status": {DOGS: 403}})
    else:  # the whole host challenges plain clients; the archive (its own server) does not
        server = start_server(site, challenge=True)
        archive = start_server(site)
        monkeypatch.setenv("FOI_HOST_MAP", f"web.archive.org={archive.url}/web.archive.org")
    first = run(server, site, db)
    assert first.ok
    (doc,) = rows(db, "SELECT version, source, archive_url, found_via FROM documents WHERE url = :u", u=real)
    # Found by the walk or by the archive's index, whichever answered first; behind a
    # challenge only the archive's index can find it.
    assert doc[:3] == (1, "archive", f"https://web.archive.org/web/{STAMP}id_/{real}")
    assert doc[3] in (("listing", "archive") if refusal == "403" else ("archive",))
    (text,) = rows(db, "SELECT body_text FROM disclosures WHERE response_url = :u", u=real)[0]
    assert "3 police dogs" in text
    disclosures = rows(db, "SELECT COUNT(*) FROM disclosures")[0][0]

    monkeypatch.delenv("FOI_HOST_MAP", raising=False)
    healthy = start_server(site)
    second = run(healthy, site, db)
    assert second.ok
    versions = rows(db, "SELECT version, source, is_latest FROM documents WHERE url = :u ORDER BY version", u=real)
    assert [(v, s, bool(latest)) for v, s, latest in versions] == [(1, "archive", False), (2, "live", True)]
    assert rows(db, "SELECT COUNT(*) FROM disclosures WHERE response_url = :u", u=real) == [(1,)]
    (text,) = rows(db, "SELECT body_text FROM disclosures WHERE response_url = :u", u=real)[0]
    assert "4 police dogs" in text and "3 police dogs" not in text
    assert rows(db, "SELECT COUNT(*) FROM disclosures")[0][0] >= disclosures
    # A third crawl changes nothing.
    before = rows(db, "SELECT id, url, version, source FROM documents ORDER BY id")
    assert run(healthy, site, db).ok
    assert rows(db, "SELECT id, url, version, source FROM documents ORDER BY id") == before

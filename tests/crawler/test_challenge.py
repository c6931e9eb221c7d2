"""Bot challenges: recognised, reported, never stored; `--browser` gets through."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.challenge import is_challenge
from crawler.sample_server import CHALLENGE_COOKIE, CHALLENGE_PAGE
from tests.crawler.conftest import copy_site, local, rows

CLOUDFLARE = (b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>"
              b"<script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\"></script></body></html>")


@pytest.mark.parametrize("status, headers, body, expected", [
    (403, {"cf-mitigated": "challenge"}, b"", True),
    (403, {"Content-Type": "text/html"}, CHALLENGE_PAGE.encode(), True),
    (503, {}, CLOUDFLARE, True),
    (200, {}, CHALLENGE_PAGE.encode(), False),  # a page that merely quotes the markers
    (403, {}, b"<html><body><h1>403 Forbidden</h1></body></html>", False),
    (404, {"cf-mitigated": "challenge"}, b"", False),
])
def test_is_challenge(status, headers, body, expected):
    assert is_challenge(status, headers, body) is expected


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return copy_site(tmp_path, "small")


def test_challenge_blocks_the_plain_crawler_which_reports_it(small, start_server, run, db):
    server = start_server(small, challenge=True)
    summary = run(server, small, db)
    assert summary.ok
    assert summary.challenged_hosts == ["www.small.police.uk"]
    assert summary.forces["small"].challenged is True and summary.forces["small"].stored == 0
    assert rows(db, "SELECT COUNT(*) FROM documents") == [(0,)]
    # It stops asking once challenged: robots.txt and the start page, nothing more.
    assert [r["path"] for r in server.requests if r["path"] != "/sites.json"] == [
        "/www.small.police.uk/robots.txt", "/www.small.police.uk/foi-disclosure-log"]


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's chromium (make browser)")
def test_browser_mode_passes_the_challenge_and_still_obeys_robots(small, start_server, run, db, tmp_path):
    server = start_server(small, challenge=True)
    summary = run(server, small, db, browser=True, timeout=180, browser_profile=tmp_path / "profile")
    assert summary.ok and summary.challenged_hosts == []
    assert summary.forces["small"].stored == 1
    stored = rows(db, "SELECT response_url, reference FROM disclosures")
    assert [(local(u), ref) for u, ref in stored] == [("/www.small.police.uk/foi-disclosure-log/stop-and-search", "FOI/15751")]
    # The site's own bytes are kept, not the browser's re-serialised DOM.
    (body_size,) = rows(db, "SELECT size FROM documents WHERE url LIKE '%stop-and-search'")[0]
    page = small / "www.small.police.uk/foi-disclosure-log/stop-and-search/index.html"
    assert body_size == page.stat().st_size
    paths = [r["path"] for r in server.requests]
    assert "/www.small.police.uk/foi-disclosure-log/speed-cameras" not in paths
    cleared = [r for r in server.requests if r["status"] == 200]
    assert cleared and all(f"{CHALLENGE_COOKIE}=" in {k.lower(): v for k, v in r["headers"].items()}.get("cookie", "")
                           for r in cleared)


def test_5xx_is_retried_with_backoff_then_stored_as_a_failure(small, start_server, run, db):
    page = "/www.small.police.uk/foi-disclosure-log/stop-and-search"
    server = start_server(small, faults={"status": {page: 503}})  # answers with Retry-After: 1
    summary = run(server, small, db, delay=0.05)
    assert summary.ok and summary.forces["small"].failed == 1
    times = [r["time"] for r in server.requests if r["path"] == page]
    assert len(times) == 4  # the first try and RETRY_TIMES=3 retries
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.9, gaps  # Retry-After (1 s) honoured, not the 0.05 s delay
    assert gaps[-1] >= 1.8 * gaps[0] * 0.9, gaps  # and the host's delay keeps doubling
    assert [(local(u), s, e) for u, s, e in rows(db, "SELECT url, status, error FROM documents WHERE sha256 IS NULL")] \
        == [(page, 503, "HTTP 503")]

"""The replica's challenge against each kind of client, and the hand-over: a headed Chromium
(under Xvfb) passes, a headless one and a plain client are refused, and once the browser
holds the clearance the plain crawler fetches the rest of the host with its cookie and
exact User-Agent (see crawler/browser.py for the public evidence this imitates)."""
from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from crawler.browser import CHROMIUM, CHROMIUM_ARGS, IGNORED_DEFAULT_ARGS, virtual_display
from crawler.sample_server import CHALLENGE_COOKIE
from tests.crawler.conftest import copy_site, local, rows

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium (make browser)")
HOST = "/www.small.police.uk"  # where the sample server keeps the site
START = "/foi-disclosure-log"
ITEM = START + "/stop-and-search"


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return copy_site(tmp_path, "small")


def fetch(url: str, headers: dict[str, str]) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


def visit(url: str, profile: Path, *, headless: bool, stealthy: bool) -> tuple[str, list[dict]]:
    """(page title after the challenge has had its time, cookies) for one Chromium visit."""
    from playwright.async_api import async_playwright

    async def go() -> tuple[str, list[dict]]:
        async with async_playwright() as p:
            extra = {"args": CHROMIUM_ARGS, "ignore_default_args": IGNORED_DEFAULT_ARGS} if stealthy \
                else {"args": ["--no-sandbox"]}
            context = await p.chromium.launch_persistent_context(
                str(profile), executable_path=CHROMIUM, headless=headless, **extra)
            page = context.pages[0] if context.pages else await context.new_page()
            await page.goto(url)
            await page.wait_for_timeout(2000)
            title, cookies = await page.title(), await context.cookies()
            await context.close()
            return title, cookies

    return asyncio.run(go())


def test_plain_clients_are_refused_whatever_they_send(small, start_server):
    server = start_server(small, challenge=True)
    chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"
    assert fetch(server.url + HOST + START, {"User-Agent": chrome}) == 403
    assert fetch(server.url + HOST + START, {"User-Agent": chrome, "Cookie": f"{CHALLENGE_COOKIE}=passed"}) == 403
    assert [r["headers"].get("cf-mitigated") for r in server.requests] == [None, None]  # request log
    assert all(r["status"] == 403 for r in server.requests)


@needs_chromium
def test_a_headless_browser_is_refused_and_says_why(small, start_server, tmp_path):
    server = start_server(small, challenge=True)
    title, cookies = visit(server.url + HOST + START, tmp_path / "headless", headless=True, stealthy=False)
    assert title == "Just a moment..." and cookies == []
    refused = [r["path"] for r in server.requests if "/refused" in r["path"]]
    assert refused == ["/cdn-cgi/challenge-platform/refused?tells=webdriver,headless-user-agent"]
    # Without the automation switch the User-Agent still gives it away.
    title, cookies = visit(server.url + HOST + START, tmp_path / "headless2", headless=True, stealthy=True)
    assert title == "Just a moment..." and cookies == []
    assert [r["path"] for r in server.requests if "/refused" in r["path"]][-1] == \
        "/cdn-cgi/challenge-platform/refused?tells=headless-user-agent"
    assert not any(r["status"] == 200 for r in server.requests)


@needs_chromium
def test_a_headed_browser_under_xvfb_passes_and_its_cookie_works_only_with_its_user_agent(
        small, start_server, tmp_path):
    server = start_server(small, challenge=True)
    with virtual_display():
        title, cookies = visit(server.url + HOST + START, tmp_path / "headed", headless=False, stealthy=True)
    assert title == "FOI disclosure log"
    [cookie] = [c for c in cookies if c["name"] == CHALLENGE_COOKIE]
    browser_ua = next(headers(r)["user-agent"] for r in server.requests if r["status"] == 200)
    assert "HeadlessChrome" not in browser_ua and "Chrome/" in browser_ua
    header = f"{CHALLENGE_COOKIE}={cookie['value']}"
    assert fetch(server.url + HOST + ITEM, {"User-Agent": browser_ua, "Cookie": header}) == 200
    assert fetch(server.url + HOST + ITEM, {"User-Agent": "foi-corpus/0.1", "Cookie": header}) == 403


def headers(entry: dict) -> dict[str, str]:
    """A request-log entry's headers by lower-case name."""
    return {k.lower(): v for k, v in entry["headers"].items()}


@needs_chromium
def test_cookie_hand_over_lets_the_plain_crawler_fetch_the_rest(small, start_server, run, db, tmp_path):
    server = start_server(small, challenge=True)
    profile = tmp_path / "profile"
    summary = run(server, small, db, browser=True, timeout=180, browser_profile=profile)
    assert summary.ok and summary.challenged_hosts == [] and summary.forces["small"].stored == 1
    log = [r for r in server.requests if r["path"] != "/sites.json"]
    browser = [r for r in log if "sec-ch-ua" in headers(r)]  # client hints: only browsers send them
    plain = [r for r in log if "sec-ch-ua" not in headers(r)]
    # The browser met the challenge once, on robots.txt, and passed it...
    assert [(r["status"], r["path"].split("?")[0]) for r in browser] == [
        (403, HOST + "/robots.txt"), (302, HOST + "/cdn-cgi/challenge-platform/verify"), (200, HOST + "/robots.txt")]
    # ...then the plain downloader fetched every page with the browser's cookie and User-Agent.
    browser_ua = headers(browser[0])["user-agent"]
    assert "Chrome/" in browser_ua and "Headless" not in browser_ua
    assert [(r["status"], r["path"]) for r in plain] == [(200, HOST + START), (200, HOST + ITEM)]
    assert {headers(r)["user-agent"] for r in plain} == {browser_ua}
    assert all(f"{CHALLENGE_COOKIE}=" in headers(r)["cookie"] for r in plain)
    # Stored under the real URL, as a plain crawl would store it.
    assert rows(db, "SELECT response_url, reference FROM disclosures") == [
        (f"https://www.small.police.uk{ITEM}", "FOI/15751")]

    # The profile persists: the next crawl's browser already holds the clearance.
    before = len(server.requests)
    again = run(server, small, db, browser=True, timeout=180, browser_profile=profile)
    assert again.ok and again.challenged_hosts == []
    second = [r for r in server.requests[before:] if r["path"] != "/sites.json"]
    assert all(r["status"] in (200, 304) for r in second), [(r["status"], r["path"]) for r in second]
    assert not any("/cdn-cgi/" in r["path"] for r in second)


@needs_chromium
def test_a_host_that_refuses_the_hand_over_stays_with_the_browser(small, start_server, run, db, tmp_path):
    """A clearance bound to more than the User-Agent (as a TLS fingerprint would bind it):
    the handed-over request is challenged, fetched again through the browser, and after the
    second refusal the host stays with the browser; nothing is lost."""
    server = start_server(small, challenge="browser-bound")
    summary = run(server, small, db, browser=True, timeout=240, browser_profile=tmp_path / "profile")
    assert summary.ok and summary.challenged_hosts == [] and summary.forces["small"].stored == 1
    log = [(r["status"], r["path"].split("?")[0], "browser" if "sec-ch-ua" in headers(r) else "plain")
           for r in server.requests if r["path"] != "/sites.json"]
    assert log == [
        (403, HOST + "/robots.txt", "browser"), (302, HOST + "/cdn-cgi/challenge-platform/verify", "browser"),
        (200, HOST + "/robots.txt", "browser"),
        (403, HOST + START, "plain"), (200, HOST + START, "browser"),  # first refusal: retried in the browser
        (403, HOST + ITEM, "plain"), (200, HOST + ITEM, "browser"),  # second: the host stays with it
    ]
    assert rows(db, "SELECT reference FROM disclosures") == [("FOI/15751",)]


@needs_chromium
def test_a_host_without_a_challenge_keeps_our_user_agent(small, start_server, run, db, tmp_path):
    server = start_server(small)
    summary = run(server, small, db, browser=True, timeout=180, browser_profile=tmp_path / "profile")
    assert summary.ok and summary.forces["small"].stored == 1
    plain = [r for r in server.requests if r["path"] != "/sites.json" and "sec-ch-ua" not in headers(r)]
    assert [r["path"] for r in plain] == [HOST + START, HOST + ITEM]
    assert all(headers(r)["user-agent"].startswith("foi-corpus/") for r in plain)

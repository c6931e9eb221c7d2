"""`--browser` mode: a headed Chromium (under Xvfb when there is no display) with a
persistent profile passes a host's JavaScript bot challenge, then hands its clearance
cookie and exact User-Agent over to the plain Scrapy downloader for the rest of the host.

Why headed and persistent: public evidence (JuanBlanco9/German-Budget-Galaxy,
scripts/download_playwright.js at commit 1e9c7eb8 and scripts/capture_cf_clearance.js;
data/uk/local_authorities/discovery_reports/re_discover_mps_h1_spend_file.md) reports every
met.police.uk URL answering plain clients with a Cloudflare JavaScript challenge, that a
headless browser loses the clearance ("headless=true invalidates the cookie") and that a
visible Chromium with a persistent profile and without the automation switches keeps it.
The clearance is bound to the browser that earned it, so the plain downloader reuses the
browser's own User-Agent with it. Nothing here solves CAPTCHAs: a host that asks for one
stays challenged and is reported.

The challenge page sets a cookie by script and navigates on. scrapy-playwright reports the first
navigation's status and headers (the 403) and the DOM as text, which is not what the site
served. So every main-frame navigation response is captured as it arrives (status,
headers, raw bytes), the page waits until a non-challenge document has arrived, and the
Scrapy response is rebuilt from that last document: the store gets the site's own bytes.
"""
from __future__ import annotations

import asyncio
import ctypes
import logging
import os
import shutil
import signal
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Response
from scrapy.responsetypes import responsetypes

from crawler.challenge import is_challenge

logger = logging.getLogger(__name__)

CHROMIUM = "/usr/bin/chromium"
# No --headless and no automation switch: the evidence above (capture_cf_clearance.js uses
# the same two) says a challenge notices both.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--no-default-browser-check", "--disable-blink-features=AutomationControlled",
                 "--window-size=1280,900"]
IGNORED_DEFAULT_ARGS = ["--enable-automation"]
CLEARANCE_TIMEOUT = 30.0  # seconds a challenge may take to clear in the browser
NO_DOCUMENT_WAIT = 2.0  # a navigation that produced no document at all is a download


@dataclass
class Clearance:
    """What the browser holds for one host after passing its challenge: the plain
    downloader sends exactly these with every later request to that host. An empty
    user_agent: the host challenged nothing and set no cookie, so the plain downloader
    keeps our own User-Agent."""

    user_agent: str
    cookies: dict[str, str] = field(default_factory=dict)


def playwright_settings(profile_dir: Path) -> dict[str, Any]:
    """Scrapy settings for browser mode: scrapy-playwright handles the requests marked
    `playwright` (the rest go through the plain handler, crawler.browser_handler) in a persistent context
    whose profile (cookies, clearances) outlives the crawl; see attach_capture."""
    profile_dir.mkdir(parents=True, exist_ok=True)
    return {
        "DOWNLOAD_HANDLERS": {
            "http": "crawler.browser_handler.BrowserOrPlainHandler",
            "https": "crawler.browser_handler.BrowserOrPlainHandler",
        },
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 1,
        # The browser sends its own headers: a challenge binds its clearance to them.
        "PLAYWRIGHT_PROCESS_REQUEST_HEADERS": None,
        "PLAYWRIGHT_ABORT_REQUEST": "crawler.browser.should_abort",
        "FOI_BROWSER_PROFILE": str(profile_dir),
    }


def _context(request: Request, profile_dir: str) -> None:
    """The persistent context for this request. Scrapy makes one download handler per URL
    scheme and each would launch its own browser, so each scheme keeps its own profile
    (real logs are https; only the local sample is http) and contexts start lazily."""
    scheme = urlsplit(request.url).scheme or "https"
    request.meta["playwright_context"] = f"profile-{scheme}"
    # launch_persistent_context takes the launch options with the context's.
    request.meta["playwright_context_kwargs"] = {
        "user_data_dir": str(Path(profile_dir) / scheme), "executable_path": CHROMIUM,
        "headless": False, "args": CHROMIUM_ARGS, "ignore_default_args": IGNORED_DEFAULT_ARGS,
    }


@contextmanager
def virtual_display() -> Iterator[str | None]:
    """A private Xvfb display for the headed browser when there is no display already
    (servers, CI). Yields the DISPLAY value; Xvfb dies with this process."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("--browser needs Xvfb when there is no display: run `make browser`")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # Xvfb writes the display it took, once ready
        if not number:
            raise RuntimeError("Xvfb did not start (no display number)")
        os.environ["DISPLAY"] = f":{number}"
        yield os.environ["DISPLAY"]
    finally:
        os.environ.pop("DISPLAY", None)
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


def _die_with_parent() -> None:
    """Linux: SIGTERM this child when the crawl process dies, even by SIGKILL."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def attach_capture(request: Request, profile_dir: str) -> None:
    """Send this request through the browser (profile `profile_dir`), recording each
    main-frame document it receives and, once past any challenge, the clearance."""
    from scrapy_playwright.page import PageMethod

    request.meta["playwright"] = True
    _context(request, profile_dir)
    documents: list[tuple[int, dict[str, str], bytes, str]] = []

    async def on_response(response: Any) -> None:
        req = response.request
        if req.resource_type != "document" or req.frame.parent_frame is not None:
            return
        if 300 <= response.status < 400:
            return
        try:
            body = await response.body()
        except Exception:  # noqa: BLE001 - a navigation torn down by the reload has no body
            return
        documents.append((response.status, await response.all_headers(), body, response.url))

    async def wait_for_clearance(page: Any) -> None:
        started = time.monotonic()
        while time.monotonic() - started < CLEARANCE_TIMEOUT:
            if documents and not is_challenge(*documents[-1][:3]):
                break
            if not documents and time.monotonic() - started > NO_DOCUMENT_WAIT:
                break  # a download (PDF, spreadsheet): scrapy-playwright has its bytes
            await asyncio.sleep(0.1)
        try:  # what the plain downloader needs to carry on as this browser
            user_agent = await page.evaluate("navigator.userAgent")
            cookies = await page.context.cookies(request.url)
        except Exception:  # noqa: BLE001 - a download has no document to ask
            return
        challenged = any(is_challenge(*doc[:3]) for doc in documents)
        if not (challenged or cookies):  # nothing to hand over: the host needs no browser
            request.meta["_foi_clearance"] = Clearance(user_agent="")
            return
        request.meta["_foi_clearance"] = Clearance(
            user_agent=user_agent, cookies={c["name"]: c["value"] for c in cookies})

    request.meta["playwright_page_event_handlers"] = {"response": on_response}
    request.meta["playwright_page_methods"] = [PageMethod(wait_for_clearance)]
    request.meta["_foi_documents"] = documents


def rebuild(request: Request, response: Response) -> Response:
    """The response the site finally served (after any challenge), as raw bytes."""
    documents = request.meta.pop("_foi_documents", None)
    if not documents or "playwright" not in (response.flags or []):
        return response
    status, headers, body, url = documents[-1]
    headers = {k: v for k, v in headers.items() if k.lower() not in ("content-encoding", "content-length")}
    cls = responsetypes.from_args(headers=headers, url=url, body=body)
    return cls(url=url, status=status, headers=headers, body=body, request=request, flags=["playwright"])


# Sites this crawl may fetch from (set by the spider), and off-site navigations refused,
# {start URL of the navigation chain: refused URL}, so the errback can say why.
OWN_SITES: list[Any] = []
REFUSED: dict[str, str] = {}
SKIPPED_RESOURCES = {"image", "media", "font", "stylesheet"}


def should_abort(request: Any) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: skip page furniture (politeness: only the documents we
    want are fetched) and refuse any navigation that leaves the force's own hosts."""
    if request.resource_type in SKIPPED_RESOURCES:
        return True
    if not request.is_navigation_request():
        return False
    if any(site.owns(request.url) for site in OWN_SITES):
        return False
    parts = urlsplit(request.url)
    # The server root's robots.txt (the sample server keeps one for all sites) and the
    # challenge's own endpoints (/cdn-cgi/..., as on Cloudflare) on a force's host.
    at_root = parts.path == "/robots.txt" or parts.path.startswith("/cdn-cgi/")
    if at_root and any(parts.netloc in site.hosts or parts.hostname in site.hosts for site in OWN_SITES):
        return False
    first = request
    while first.redirected_from is not None:
        first = first.redirected_from
    REFUSED[first.url] = request.url
    return True

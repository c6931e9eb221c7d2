"""`--browser` mode: pages fetched by Debian's Chromium through scrapy-playwright, for hosts
behind a JavaScript bot challenge.

The challenge page sets a cookie by script and reloads. scrapy-playwright reports the first
navigation's status and headers (the 403) and the DOM as text, which is not what the site
served. So every main-frame navigation response is captured as it arrives (status,
headers, raw bytes), the page waits until a non-challenge document has arrived, and the
Scrapy response is rebuilt from that last document: the store gets the site's own bytes.
"""
from __future__ import annotations

import asyncio
import time
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Response
from scrapy.responsetypes import responsetypes

from crawler.challenge import is_challenge

CLEARANCE_TIMEOUT = 20.0  # seconds a challenge may take to clear in the browser
NO_DOCUMENT_WAIT = 2.0  # a navigation that produced no document at all is a download


def attach_capture(request: Request) -> None:
    """Make the browser record each main-frame document it receives for this request."""
    from scrapy_playwright.page import PageMethod

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
                return
            if not documents and time.monotonic() - started > NO_DOCUMENT_WAIT:
                return  # a download (PDF, spreadsheet): scrapy-playwright has its bytes
            await asyncio.sleep(0.1)

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
    if parts.path == "/robots.txt" and any(parts.netloc in site.hosts or parts.hostname in site.hosts
                                           for site in OWN_SITES):
        return False  # the server root's robots.txt (the sample server keeps one for all sites)
    first = request
    while first.redirected_from is not None:
        first = first.redirected_from
    REFUSED[first.url] = request.url
    return True

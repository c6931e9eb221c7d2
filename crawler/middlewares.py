"""Downloader middlewares: stay on the force's own site, ask conditionally, back off when a
site says so, and recognise bot challenges. Each is small and does one of those things."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from crawler.browser import attach_capture, rebuild
from crawler.challenge import is_challenge

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from crawler.spiders.disclosures import DisclosuresSpider

logger = logging.getLogger(__name__)


class OffSite(IgnoreRequest):
    """A redirect (or link) that leaves the force's own hosts: refused and recorded."""


class Challenged(IgnoreRequest):
    """The host answered with a bot-challenge page: reported, never stored."""


class PrivateAddress(OffSite):
    """A request to a loopback, private or link-local IP address: refused and recorded."""


def header_dict(response: Response) -> dict[str, str]:
    """Response headers as a plain str dict (first value of each)."""
    return {k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v}


class _SpiderAware:
    def __init__(self, crawler: "Crawler") -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> Any:
        return cls(crawler)

    @property
    def spider(self) -> "DisclosuresSpider":
        return self.crawler.spider  # type: ignore[return-value]


class SiteGuardMiddleware(_SpiderAware):
    """Refuse requests off the force's own hosts (a redirect's target included) and any
    further request to a host that has challenged us; in browser mode, send page requests
    through the browser."""

    def process_request(self, request: Request) -> None:
        if self.spider.browser and not request.meta.get("playwright"):
            # Every request, robots.txt included: behind a challenge it too needs the browser.
            request.meta["playwright"] = True
            attach_capture(request)
            host_map = getattr(self.spider, "host_map", None)
            if host_map:  # a replica crawl: the browser too sees only real URLs
                from crawler.hostmap import HostMap, browser_page_init

                request.meta["playwright_page_init_callback"] = browser_page_init(HostMap(host_map))
        force = request.meta.get("force")
        site = self.spider.site_for(force) if force else None
        if site is None:
            return None
        if not site.owns(request.url):
            redirects = request.meta.get("redirect_urls") or []
            what = "redirect" if redirects else "link"
            raise OffSite(f"off-site {what} to {request.url} refused (not a {site.force_id} host)")
        if site.slot in self.spider.challenged:
            raise Challenged(f"{site.slot} is behind a bot challenge")
        return None


class AddressGuardMiddleware:
    """Refuse any request (robots.txt and redirects included) whose host is a non-public IP
    literal, unless it is the sample server this crawl was started for (FOI_SAMPLE_NETLOC).
    Names are checked where they are resolved, at connect time (crawler.addresses)."""

    def __init__(self, sample_netloc: str | None) -> None:
        self.sample_netloc = sample_netloc

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "AddressGuardMiddleware":
        return cls(crawler.settings.get("FOI_SAMPLE_NETLOC") or None)

    def process_request(self, request: Request) -> None:
        from crawler.addresses import refusal

        parts = urlparse_cached(request)
        reason = refusal(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80),
                         self.sample_netloc)
        if reason:
            raise PrivateAddress(f"{reason}: {request.url}")
        return None


class ConditionalRequestMiddleware(_SpiderAware):
    """If-None-Match / If-Modified-Since for response pages that already have a record, so
    an unchanged page costs a 304 and is not parsed again."""

    def process_request(self, request: Request) -> None:
        if request.meta.get("role") != "response" or request.meta.get("conditional_done"):
            return None
        request.meta["conditional_done"] = True
        store = self.spider.store
        if store is None or not store.has_record(request.url):
            return None
        for name, value in store.validators(request.url).items():
            request.headers.setdefault(name, value)
        return None


class BackoffMiddleware(_SpiderAware):
    """On 429/5xx, slow the whole host down: its delay doubles (or becomes Retry-After)
    up to FOI_BACKOFF_MAX_DELAY; AutoThrottle brings it back down as answers recover.
    Runs before RetryMiddleware sees the response, which then schedules the retry."""

    def __init__(self, crawler: "Crawler") -> None:
        super().__init__(crawler)
        self.max_delay = crawler.settings.getfloat("FOI_BACKOFF_MAX_DELAY", 120.0)
        self.codes = set(crawler.settings.getlist("RETRY_HTTP_CODES"))
        self.floor = crawler.settings.getfloat("DOWNLOAD_DELAY", 0.0)

    def process_response(self, request: Request, response: Response) -> Response:
        if int(response.status) in {int(c) for c in self.codes}:
            key = request.meta.get("download_slot")
            slots = getattr(self.crawler.engine.downloader, "slots", {})
            slot = slots.get(key) if key else None
            if slot is not None:
                retry_after = _seconds(response.headers.get(b"Retry-After"))
                wanted = max(slot.delay * 2, self.floor or 0.5, retry_after or 0.0)
                slot.delay = min(self.max_delay, wanted)
                self.crawler.stats.inc_value("foi/backoff")
                logger.info("backing off %s: %s -> delay %.1fs", key, response.status, slot.delay)
        return response


def _seconds(value: bytes | None) -> float | None:
    try:
        return float(value.decode()) if value else None
    except ValueError:
        return None  # an HTTP-date Retry-After: the doubling is enough


class ChallengeMiddleware(_SpiderAware):
    """Recognise a CDN bot-challenge page: mark its host challenged and drop the response,
    so it is never stored as a response and the host is not asked again this crawl."""

    def process_response(self, request: Request, response: Response) -> Response:
        response = rebuild(request, response)
        if is_challenge(response.status, header_dict(response), response.body):
            host = request.meta.get("download_slot") or urlparse_cached(request).netloc
            if request.meta.get("force"):  # robots.txt has none; the first page will tell
                self.spider.note_challenge(host, request.meta["force"])
            raise Challenged(f"bot challenge from {host} (HTTP {response.status})")
        return response

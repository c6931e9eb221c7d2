"""Downloader middlewares: stay on the force's own site, ask conditionally, back off when a
site says so, and recognise bot challenges. Each is small and does one of those things."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from crawler.browser import Clearance, attach_capture, rebuild
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


def to_browser(request: Request, crawler: "Crawler") -> None:
    """Send `request` through the headed browser (crawler.browser.attach_capture). On a
    replica crawl the browser too sees only real URLs: its page fetches them from the
    replica through the host map (crawler.hostmap.browser_page_init)."""
    attach_capture(request, crawler.settings.get("FOI_BROWSER_PROFILE"))
    host_map = getattr(crawler.spider, "host_map", None)
    if host_map:
        from crawler.hostmap import HostMap, browser_page_init

        request.meta["playwright_page_init_callback"] = browser_page_init(HostMap(host_map))


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
    further request to a host that has challenged us."""

    def process_request(self, request: Request) -> None:
        if request.meta.get("archive") or request.meta.get("cdx"):
            return None  # the Internet Archive, asked on the force's behalf (crawler/discovery)
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
    literal, unless it is a local replica this crawl was started for (the sample server).
    Names are checked where they are resolved, at connect time (crawler.addresses)."""

    def __init__(self, crawler: "Crawler") -> None:
        self.crawler = crawler
        self._replicas: set[str] | None = None

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "AddressGuardMiddleware":
        return cls(crawler)

    def replicas(self) -> set[str]:
        """The crawl's local replicas, found once, at its first request: the settings and the
        spider's host map do not change during a crawl, and finding them also tells the
        resolver (crawler.addresses.REPLICAS) before its first connection."""
        if self._replicas is None:
            from crawler.addresses import replica_netlocs

            self._replicas = replica_netlocs(self.crawler)
        return self._replicas

    def process_request(self, request: Request) -> None:
        from crawler.addresses import refusal

        parts = urlparse_cached(request)
        reason = refusal(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80),
                         self.replicas())
        if reason:
            raise PrivateAddress(f"{reason}: {request.url}")
        return None


class BrowserRouteMiddleware(_SpiderAware):
    """--browser: a host's first request (its robots.txt, as a rule) goes through the
    browser, which passes any challenge; once the browser holds a clearance for the host,
    requests go through the plain downloader with the browser's exact User-Agent and
    cookies (the hand-over). A host that challenges the handed-over requests twice is
    fetched through the browser for the rest of the crawl. Runs after robots.txt (100), so
    robots.txt is judged for our own User-Agent, and before the User-Agent (400) and
    cookies (700) middlewares, which keep what is set here."""

    def process_request(self, request: Request) -> None:
        spider = self.spider
        if not spider.browser or request.meta.get("playwright"):
            return None
        host = urlparse_cached(request).netloc
        clearance: Clearance | None = spider.clearances.get(host)
        if clearance is None or host in spider.browser_only:
            to_browser(request, self.crawler)
            return None
        if not clearance.user_agent:
            return None  # the host needs no browser: plain, as ourselves
        request.headers["User-Agent"] = clearance.user_agent
        request.cookies = {**(request.cookies if isinstance(request.cookies, dict) else {}),
                           **clearance.cookies}
        request.meta["foi_handover"] = host
        spider.crawler.stats.inc_value("foi/handover_requests")
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

    def process_response(self, request: Request, response: Response) -> Response | Request:
        response = rebuild(request, response)
        challenged = is_challenge(response.status, header_dict(response), response.body)
        spider = self.spider
        netloc = urlparse_cached(request).netloc
        clearance = request.meta.pop("_foi_clearance", None)
        if clearance is not None and not challenged:
            if netloc not in spider.clearances:
                logger.info("browser passed %s: handing its clearance to the plain downloader", netloc)
            spider.clearances[netloc] = clearance
        if challenged and spider.browser and not request.meta.get("playwright"):
            return self._through_browser(request, netloc)
        if challenged and request.meta.get("playwright") and not request.meta.get("foi_browser_again"):
            # One more navigation: a challenge may want a second pass (a slow first load).
            again = request.replace(dont_filter=True)
            again.meta["foi_browser_again"] = True
            to_browser(again, self.crawler)
            return again
        if challenged:
            host = request.meta.get("download_slot") or netloc
            if request.meta.get("force"):  # robots.txt has none; the first page will tell
                self.spider.note_challenge(host, request.meta["force"])
            raise Challenged(f"bot challenge from {host} (HTTP {response.status})")
        return response

    def _through_browser(self, request: Request, netloc: str) -> Request:
        """A handed-over request challenged again (the clearance expired, or the host binds
        it to more than the User-Agent): fetch it again through the browser, which renews
        the clearance; after two such refusals the host stays with the browser."""
        spider = self.spider
        clearance = spider.clearances.pop(netloc, None)
        if clearance is not None and request.meta.get("foi_handover"):
            spider.refusals[netloc] = spider.refusals.get(netloc, 0) + 1
            if spider.refusals[netloc] >= 2 and netloc not in spider.browser_only:
                logger.warning("%s refuses the handed-over clearance: browser for the rest of the crawl", netloc)
                spider.browser_only.add(netloc)
        retry = request.replace(dont_filter=True)
        retry.meta.pop("foi_handover", None)
        to_browser(retry, self.crawler)
        self.crawler.stats.inc_value("foi/browser_retries")
        return retry

"""The one generic disclosure-log spider, driven by site profiles (crawler/profiles/*.yml).

It only walks links and hands fetched bytes on: listing pages are always revisited, response
pages are asked for conditionally when already kept, and a response's attachments are
fetched one after another before the response is yielded as ONE item. Parsing and storing
happen in crawler.pipelines.

    scrapy crawl disclosures -a force=cleveland            # a real force (forces.csv)
    scrapy crawl disclosures -a sample=http://127.0.0.1:8765 -a since=2024-01-01
"""
from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urldefrag, urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure as TwistedFailure

from crawler.failures import cause_of, describe_failure, looks_truncated
from crawler.items import Failure, Fetched, ListingPage, ResponsePage
from crawler.middlewares import Challenged, header_dict
from crawler.hostmap import sample_map
from crawler.profile import Profile, load_profile
from crawler.registry import Site, real_registry, sample_registry
from crawler.storage import CrawlStore

# Statuses the spider wants to see itself (to record them) rather than have Scrapy drop.
# 3xx are absent on purpose: the redirect middleware follows them.
HANDLED = [304, 400, 401, 403, 404, 405, 406, 408, 410, 429, 451, 500, 501, 502, 503, 504]
# Finish responses (and their attachments) before opening more listings: items complete
# early, memory stays flat and an interrupted crawl has little in flight.
PRIORITY = {"listing": 0, "response": 10, "attachment": 20}


def _flag(value: Any) -> bool:
    return str(value).lower() in ("1", "true", "yes", "on") if value is not None else False


class DisclosuresSpider(scrapy.Spider):
    name = "disclosures"

    def __init__(self, force: str | None = None, all: str | None = None,  # noqa: A002 - -a all=1
                 sample: str | None = None, since: str | None = None, db: str | None = None,
                 browser: str | None = None, sample_root: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        forces = [f.strip() for f in (force or "").split(",") if f.strip()] or None
        try:
            registry = (sample_registry(sample, Path(sample_root) if sample_root else None)
                        if sample else real_registry())
            sites, self.problems = registry.select(forces, _flag(all) or not forces)
        except (OSError, ValueError, KeyError) as exc:
            sites, self.problems = [], [f"cannot read the list of sites: {exc}"]
        self.sites: dict[str, Site] = {s.force_id: s for s in sites}
        # Real host -> replica base URL, read by crawler.hostmap.MappedDownloadHandler: the
        # spider sees only real URLs; the sample server answers for them.
        self.host_map: dict[str, str] = (
            sample_map(sample, [h for s in sites for h in s.hosts]) if sample else {})
        self.profiles: dict[str, Profile] = {s.force_id: load_profile(s.profile) for s in sites}
        self.since: date | None = date.fromisoformat(since) if since else None
        self.db_url = db
        self.browser = _flag(browser)
        self.store: CrawlStore | None = None
        self.challenged: set[str] = set()
        self.challenged_forces: set[str] = set()
        self.requested: set[str] = set()  # our own de-duplication (see _request)
        # --browser hand-over (crawler.middlewares.BrowserRouteMiddleware), by host:port.
        self.clearances: dict[str, Any] = {}
        self.browser_only: set[str] = set()
        self.refusals: dict[str, int] = {}
        if self.browser:
            from crawler import browser as browser_mode

            browser_mode.OWN_SITES[:] = list(self.sites.values())

    # ------------------------------------------------------------------ plumbing
    def site_for(self, force_id: str | None) -> Site | None:
        return self.sites.get(force_id or "")

    def note_challenge(self, host: str, force_id: str | None) -> None:
        """Called by ChallengeMiddleware: the host is behind a bot challenge."""
        if host not in self.challenged:
            self.logger.warning("bot challenge at %s: use --browser for this host", host)
        self.challenged.add(host)
        if force_id:
            self.challenged_forces.add(force_id)
            self.crawler.stats.set_value(f"foi/{force_id}/challenged", 1)
            hint = "" if self.browser else "; try --browser"
            self.note_cause(force_id, f"challenged: {host} answers with a bot challenge{hint}")

    def note_cause(self, force_id: str, cause: str) -> None:
        """The first thing that went wrong for a force, for `foi crawl` to print when the
        force collects nothing (the start page's failure comes first, as a rule)."""
        key = f"foi/{force_id}/cause"
        if not self.crawler.stats.get_value(key):
            self.crawler.stats.set_value(key, cause)

    def _request(self, url: str, site: Site, role: str, callback: Any, **meta: Any) -> scrapy.Request | None:
        """A request for `url` unless this crawl already asked for it. Scrapy's own
        fingerprint filter is bypassed (dont_filter) because it silently drops the second
        leg of a redirect loop; we want that loop recorded as a failure."""
        url = urldefrag(url)[0]
        if url in self.requested:
            return None
        self.requested.add(url)
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, dont_filter=True,
            priority=PRIORITY[role],
            meta={"force": site.force_id, "role": role, "download_slot": site.slot,
                  "site_prefix": site.path_prefix, "handle_httpstatus_list": HANDLED, **meta},
        )

    async def start(self) -> Any:
        for problem in self.problems:
            self.logger.error(problem)
        # With JOBDIR, Scrapy keeps spider.state across a graceful stop (Ctrl-C): what was
        # already asked for is then not asked again; its pending requests are in the queue.
        state = getattr(self, "state", None)
        if isinstance(state, dict):
            self.requested = state.setdefault("requested", set())
        self.store = CrawlStore.open(self.db_url)
        for site in self.sites.values():
            for url in site.start_urls:
                req = self._request(url, site, "listing", self.parse_listing)
                if req is not None:
                    yield req

    def closed(self, reason: str) -> None:
        if self.store is not None:
            self.store.close()
        jobdir = self.settings.get("JOBDIR") if hasattr(self, "settings") else None
        if jobdir and reason == "finished":
            # Nothing left to resume: crawler.run clears the job so --resume starts afresh.
            Path(jobdir, "finished").touch()

    # ------------------------------------------------------------------ listings
    def _local(self, site: Site, url: str) -> str:
        query = urlsplit(url).query
        return site.local_path(url) + (f"?{query}" if query else "")

    def _links(self, response: Response, profile: Profile) -> Iterator[str]:
        if not isinstance(response, TextResponse):  # a PDF or spreadsheet links nowhere
            return
        for href in response.xpath(f"({profile.links_within})//a/@href").getall():
            href = href.strip()
            if href and not href.startswith(("mailto:", "tel:", "javascript:", "#")):
                yield urldefrag(response.urljoin(href))[0]

    def parse_listing(self, response: Response) -> Iterator[Any]:
        site = self.sites[response.meta["force"]]
        profile = self.profiles[site.force_id]
        if response.status != 200:
            yield self._failure(response, f"HTTP {response.status}")
            return
        yield ListingPage(site.force_id, self._fetched(response))
        for url in self._links(response, profile):
            if not site.owns(url):
                continue
            local = self._local(site, url)
            kind = profile.classify(local)
            if kind == "attachment" and profile.files_on_listings_are_responses:
                kind = "response"
            if kind in ("listing", "response") and not profile.older_than(local, self.since):
                callback = self.parse_listing if kind == "listing" else self.parse_response_page
                req = self._request(url, site, kind, callback)
                if req is not None:
                    yield req
        if self._page_is_recent(response, profile):
            for href in self._next_pages(response, profile):
                if site.owns(href):
                    req = self._request(href, site, "listing", self.parse_listing)
                    if req is not None:
                        yield req

    def _next_pages(self, response: Response, profile: Profile) -> list[str]:
        for xpath in profile.next_page:
            hrefs = [h.strip() for h in response.xpath(xpath).getall() if h.strip()]
            if hrefs:
                return [urldefrag(response.urljoin(h))[0] for h in hrefs]
        return []

    def _page_is_recent(self, response: Response, profile: Profile) -> bool:
        """With --since: follow the pager only while this page still lists recent items
        (listings are newest first)."""
        if self.since is None or not profile.listing_dates:
            return True
        import dateparser  # only needed with --since, on a few short strings

        dates = []
        for text in response.xpath(profile.listing_dates).getall():
            text = re.sub(r"^[A-Za-z ]{2,20}:\s*", "", text.strip())  # "Published: 08 April 2024"
            when = dateparser.parse(text, settings={"DATE_ORDER": "DMY"}) if text else None
            if when is not None:
                dates.append(when.date())
        return not dates or max(dates) >= self.since

    # ------------------------------------------------------------------ responses
    def parse_response_page(self, response: Response) -> Iterator[Any]:
        site = self.sites[response.meta["force"]]
        # The response is known by where it finally lives: a legacy link that redirects to
        # the current page must not make a second record of it.
        url = response.url
        if response.status == 304:
            yield ResponsePage(site.force_id, url, "not_modified")
            return
        if response.status != 200:
            yield self._failure(response, f"HTTP {response.status}")
            return
        if looks_truncated(response):
            yield self._failure(response, "truncated HTML: the document stops before </body></html>")
            return
        page = self._fetched(response)
        store = self.store
        if store is not None and store.has_record(url):
            if store.latest_sha256(url) == hashlib.sha256(response.body).hexdigest():
                yield ResponsePage(site.force_id, url, "same", page)
                return
        item = ResponsePage(site.force_id, url, "fetched", page)
        pending = [u for u in self._attachment_links(response, site) if u != url]
        yield from self._next_attachment(item, pending, site)

    def _attachment_links(self, response: Response, site: Site) -> list[str]:
        profile = self.profiles[site.force_id]
        found: list[str] = []
        for link in self._links(response, profile):
            if site.owns(link) and profile.classify(self._local(site, link)) == "attachment" \
                    and link not in found:
                found.append(link)
        return found

    def _next_attachment(self, item: ResponsePage, pending: list[str], site: Site) -> Iterator[Any]:
        while pending:
            # Not de-duplicated against the crawl: a PDF shared by two responses belongs to both.
            url = pending.pop(0)
            yield scrapy.Request(
                url, callback=self.parse_attachment, errback=self.on_error, dont_filter=True,
                priority=PRIORITY["attachment"],
                meta={"force": site.force_id, "role": "attachment", "download_slot": site.slot,
                      "site_prefix": site.path_prefix, "handle_httpstatus_list": HANDLED,
                      "item": item, "pending": pending},
            )
            return
        yield item

    def parse_attachment(self, response: Response) -> Iterator[Any]:
        item: ResponsePage = response.meta["item"]
        site = self.sites[item.force_id]
        if response.status == 200:
            item.attachments.append(self._fetched(response))
        else:
            item.failed_attachments.append(self._failure(response, f"HTTP {response.status}"))
        yield from self._next_attachment(item, list(response.meta["pending"]), site)

    # ------------------------------------------------------------------ failures
    def on_error(self, failure: TwistedFailure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        role = request.meta.get("role")
        force = request.meta.get("force")
        site = self.sites.get(force or "")
        exc = failure.value
        if isinstance(exc, Challenged) or site is None:
            reason = None  # reported by the challenge counters, never stored
        elif type(exc).__name__ == "IgnoreRequest" and "robots.txt" in str(exc):
            self.crawler.stats.inc_value(f"foi/{force}/robots_blocked")
            self.note_cause(force, f"robots-disallowed: robots.txt forbids {request.url}")
            reason = None
        else:
            reason = describe_failure(failure)
            self.note_cause(force, f"{cause_of(failure)} ({self._original_url(request)})")
        record = None
        if reason is not None:
            record = Failure(force_id=force, url=self._original_url(request), role=role, error=reason,
                             final_url=request.url,
                             response_url=request.meta["item"].response_url if role == "attachment" else None)
        if role == "attachment" and site is not None:
            item: ResponsePage = request.meta["item"]
            if record is not None:
                item.failed_attachments.append(record)
            yield from self._next_attachment(item, list(request.meta["pending"]), site)
        elif record is not None:
            yield record

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _original_url(request: scrapy.Request) -> str:
        return (request.meta.get("redirect_urls") or [request.url])[0]

    def _fetched(self, response: Response) -> Fetched:
        headers = header_dict(response)
        return Fetched(url=self._original_url(response.request), final_url=response.url,
                       status=response.status, body=response.body, headers=headers,
                       content_type=headers.get("Content-Type"))

    def _failure(self, response: Response, error: str) -> Failure:
        request = response.request
        self.note_cause(request.meta["force"], f"{error} at {response.url}")
        role = request.meta.get("role", "response")
        item = request.meta.get("item")
        return Failure(force_id=request.meta["force"], url=self._original_url(request), role=role,
                       error=error, status=response.status, final_url=response.url,
                       response_url=item.response_url if item is not None else None,
                       headers=header_dict(response))

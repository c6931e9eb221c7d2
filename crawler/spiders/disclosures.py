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
from urllib.parse import urldefrag, urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure as TwistedFailure

from crawler.failures import cause_of, describe_failure, looks_truncated
from crawler.items import Failure, Fetched, ListingPage, ResponsePage
from crawler.middlewares import Challenged, header_dict
from crawler.discovery.archive import (ARCHIVE_HOST, DEFAULT_ARCHIVE, Capture, capture_time, cdx_query,
                                       parse_cdx, timestamp_of, wayback_url)
from crawler.discovery.sitemaps import read_sitemap, sitemaps_in_robots
from crawler.hostmap import sample_map
from crawler.profile import Profile, load_profile
from crawler.registry import Site, real_registry, sample_has_archive, sample_registry
from crawler.storage import CrawlStore

# Statuses the spider wants to see itself (to record them) rather than have Scrapy drop.
# 3xx are absent on purpose: the redirect middleware follows them.
HANDLED = [304, 400, 401, 403, 404, 405, 406, 408, 410, 429, 451, 500, 501, 502, 503, 504]
# Finish responses (and their attachments) before opening more listings: items complete
# early, memory stays flat and an interrupted crawl has little in flight.
PRIORITY = {"listing": 0, "response": 10, "attachment": 20, "discovery": 30}
# A response the live site will not give (refused, removed, failing) is read from its
# archived capture when the archive has one.
FALLBACK_STATUSES = {403, 404, 410, 451, 500, 502, 503, 504}


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
        # The Internet Archive route: on for real crawls (FOI_ARCHIVE, FOI_ARCHIVE_URL); for a
        # sample, on when the sample carries an archive replica (data/sample/web.archive.org).
        self.sample_archive = bool(sample) and sample_has_archive(sample, Path(sample_root) if sample_root else None)
        if self.sample_archive:
            self.host_map.update(sample_map(sample, [ARCHIVE_HOST]))
        self.sample = sample
        self.archive_url: str | None = None  # set in start() from the settings
        self.captures: dict[str, Capture] = {}  # real URL -> its newest good capture
        self.cdx_pending: dict[str, int] = {}  # force -> CDX answers not yet come
        self.parked: dict[str, list[tuple[str, Failure | None, dict]]] = {}  # waiting for the CDX
        self.archive_tried: set[str] = set()
        self.sitemaps_read: set[str] = set()
        self.profiles: dict[str, Profile] = {s.force_id: load_profile(s.profile) for s in sites}
        self.since: date | None = date.fromisoformat(since) if since else None
        self.db_url = db
        self.browser = _flag(browser)
        self.store: CrawlStore | None = None
        self.challenged: set[str] = set()
        self.challenged_forces: set[str] = set()
        self.requested: set[str] = set()  # our own de-duplication (see _request)
        self.shared_seen: Any = None  # with --queue: the crawl's seen-set in Redis (crawler.queue)
        self._own_site_cause: set[str] = set()  # forces whose cause came from their own site
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

    def note_cause(self, force_id: str, cause: str, own_site: bool = True) -> None:
        """The first thing that went wrong for a force, for `foi crawl` to print when the
        force collects nothing. A failure on the force's own site (its start page, as a rule)
        outranks one of another route (the archive's index, a sitemap)."""
        key = f"foi/{force_id}/cause"
        stats = self.crawler.stats
        if not stats.get_value(key) or (own_site and force_id not in self._own_site_cause):
            stats.set_value(key, cause)
        if own_site:
            self._own_site_cause.add(force_id)

    def _request(self, url: str, site: Site, role: str, callback: Any, found_via: str = "listing",
                 **meta: Any) -> scrapy.Request | None:
        """A request for `url` unless this crawl already asked for it. Scrapy's own
        fingerprint filter is bypassed (dont_filter) because it silently drops the second
        leg of a redirect loop; we want that loop recorded as a failure."""
        url = urldefrag(url)[0]
        if url in self.requested:
            return None
        self.requested.add(url)
        once = {}
        if self.shared_seen is not None:
            # With --queue (crawler.queue): skip a URL another process has queued; the
            # scheduler marks it seen and queues it in one step (meta ONCE).
            from crawler.queue import ONCE

            df = self.shared_seen
            if df.server.sismember(df.key, df.request_fingerprint(scrapy.Request(url))):
                return None
            once = {ONCE: True}
        self._stat(f"foi/{site.force_id}/found_{found_via}")
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, dont_filter=True,
            priority=PRIORITY[role],
            meta={"force": site.force_id, "role": role, "download_slot": site.slot,
                  "site_prefix": site.path_prefix, "handle_httpstatus_list": HANDLED,
                  "found_via": found_via, **once, **meta},
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
        self.archive_url = self._archive_setting()
        for site in self.sites.values():
            for url in site.start_urls:
                req = self._request(url, site, "listing", self.parse_listing)
                if req is not None:
                    yield req
            for req in self._discovery_requests(site):
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

    def _links(self, response: Response, profile: Profile, base: str | None = None) -> Iterator[str]:
        """Links in the profile's part of the page; `base` resolves them when the bytes came
        from elsewhere (an archived capture links as the force's own page did)."""
        if not isinstance(response, TextResponse):  # a PDF or spreadsheet links nowhere
            return
        for href in response.xpath(f"({profile.links_within})//a/@href").getall():
            href = href.strip()
            if href and not href.startswith(("mailto:", "tel:", "javascript:", "#")):
                yield urldefrag(urljoin(base, href) if base else response.urljoin(href))[0]

    def parse_listing(self, response: Response) -> Iterator[Any]:
        site = self.sites[response.meta["force"]]
        profile = self.profiles[site.force_id]
        via = response.meta.get("found_via", "listing")
        if response.status != 200:
            if response.meta.get("quiet"):  # a route this site may not have (root, search)
                self._stat(f"foi/{site.force_id}/route_missing")
                return
            yield self._failure(response, f"HTTP {response.status}")
            return
        yield ListingPage(site.force_id, self._fetched(response))
        if site.force_id not in self.sitemaps_read and "sitemap" in self.routes(site):
            # The host answered: now read the sitemaps its robots.txt names.
            self.sitemaps_read.add(site.force_id)
            yield from self._sitemap_requests(site, response.url)
        for url in self._links(response, profile):
            if not site.owns(url):
                continue
            local = self._local(site, url)
            kind = profile.classify(local)
            if kind == "attachment" and profile.files_on_listings_are_responses:
                kind = "response"
            if kind in ("listing", "response") and not profile.older_than(local, self.since):
                callback = self.parse_listing if kind == "listing" else self.parse_response_page
                req = self._request(url, site, kind, callback, found_via=via)
                if req is not None:
                    yield req
        if self._page_is_recent(response, profile):
            for href in self._next_pages(response, profile):
                if site.owns(href):
                    req = self._request(href, site, "listing", self.parse_listing, found_via=via)
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
        archived = response.meta.get("archive")
        # The response is known by where it finally lives: a legacy link that redirects to
        # the current page must not make a second record of it. An archived capture is
        # known by the force's own URL it was captured at.
        url = archived["original"] if archived else response.url
        if response.status == 304:
            yield ResponsePage(site.force_id, url, "not_modified")
            return
        if response.status != 200:
            if archived:
                yield self._archive_failure(response, f"HTTP {response.status}")
            elif response.status in FALLBACK_STATUSES:
                yield from self._fallback(site, url, self._failure(response, f"HTTP {response.status}"),
                                          response.meta)
            else:
                yield self._failure(response, f"HTTP {response.status}")
            return
        if looks_truncated(response):
            yield self._failure(response, "truncated HTML: the document stops before </body></html>")
            return
        page = self._fetched(response)
        store = self.store
        if store is not None and store.has_record(url):
            if store.latest(url) == (hashlib.sha256(response.body).hexdigest(), page.source):
                yield ResponsePage(site.force_id, url, "same", page)
                return
        item = ResponsePage(site.force_id, url, "fetched", page)
        pending = [u for u in self._attachment_links(response, site, base=url if archived else None) if u != url]
        yield from self._next_attachment(item, pending, site)

    def _attachment_links(self, response: Response, site: Site, base: str | None = None) -> list[str]:
        profile = self.profiles[site.force_id]
        found: list[str] = []
        for link in self._links(response, profile, base):
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
            retry = self._archived_attachment(response.request, item)
            if retry is not None:
                yield retry
                return
            failure = (self._archive_failure(response, f"HTTP {response.status}") if response.meta.get("archive")
                       else self._failure(response, f"HTTP {response.status}"))
            item.failed_attachments.append(failure)
        yield from self._next_attachment(item, list(response.meta["pending"]), site)

    def _archived_attachment(self, request: scrapy.Request, item: ResponsePage) -> scrapy.Request | None:
        """An attachment of a page read from the archive, refused live: its capture nearest
        the page's (the archive redirects to it), once."""
        page = item.page
        if self.archive_url is None or page is None or page.source != "archive" or request.meta.get("archive"):
            return None
        url = self._original_url(request)
        stamp = page.captured_at.strftime("%Y%m%d%H%M%S") if page.captured_at else None
        capture = self.captures.get(url)
        stamp = capture.timestamp if capture else stamp
        if stamp is None:
            return None
        meta = {k: v for k, v in request.meta.items()
                if k in ("force", "role", "item", "pending", "handle_httpstatus_list", "found_via")}
        meta.update(download_slot=ARCHIVE_HOST, archive={"original": url, "timestamp": stamp})
        return scrapy.Request(wayback_url(self.archive_url, stamp, url), callback=self.parse_attachment,
                              errback=self.on_error, dont_filter=True, priority=PRIORITY["attachment"], meta=meta)

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
            if not request.meta.get("quiet"):  # a discovery route failing is not the force failing
                self.note_cause(force, f"{cause_of(failure)} ({self._original_url(request)})",
                                own_site=role != "discovery" and not request.meta.get("archive"))
        record = None
        archived = request.meta.get("archive")
        if reason is not None:
            record = Failure(force_id=force, url=archived["original"] if archived else self._original_url(request),
                             role=role, error=f"{reason} (from the archive)" if archived else reason,
                             final_url=request.url,
                             response_url=request.meta["item"].response_url if role == "attachment" else None)
        # Refused by a challenge, or the site is unreachable: the archive may hold the page.
        # Never for what robots.txt forbids or a redirect off the site.
        may_fall_back = isinstance(exc, Challenged) or (
            reason is not None and not isinstance(exc, IgnoreRequest))
        if role == "attachment" and site is not None:
            item: ResponsePage = request.meta["item"]
            retry = self._archived_attachment(request, item)
            if retry is not None:
                yield retry
                return
            if record is not None:
                item.failed_attachments.append(record)
            yield from self._next_attachment(item, list(request.meta["pending"]), site)
        elif role == "response" and site is not None and not archived and may_fall_back:
            yield from self._fallback(site, self._original_url(request), record, request.meta)
        elif role == "discovery" and site is not None and request.meta.get("cdx"):
            yield from self._cdx_done(site)
        elif record is not None and not request.meta.get("quiet"):
            yield record

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _original_url(request: scrapy.Request) -> str:
        return (request.meta.get("redirect_urls") or [request.url])[0]

    def _fetched(self, response: Response) -> Fetched:
        headers = header_dict(response)
        via = response.meta.get("found_via")
        archived = response.meta.get("archive")
        if archived:  # the force's URL, the archive's bytes; the archive's own validators dropped
            stamp = timestamp_of(response.url) or archived["timestamp"]
            headers = {k: v for k, v in headers.items() if k.lower() not in ("etag", "last-modified")}
            return Fetched(url=archived["original"], final_url=archived["original"], status=response.status,
                           body=response.body, headers=headers, content_type=headers.get("Content-Type"),
                           source="archive", captured_at=capture_time(stamp), archive_url=response.url,
                           found_via=via)
        return Fetched(url=self._original_url(response.request), final_url=response.url,
                       status=response.status, body=response.body, headers=headers,
                       content_type=headers.get("Content-Type"), found_via=via)

    def _archive_failure(self, response: Response, error: str) -> Failure:
        """The archive could not give a capture either: stored under the force's URL."""
        archived = response.meta["archive"]
        item = response.meta.get("item")
        return Failure(force_id=response.meta["force"], url=archived["original"],
                       role=response.meta.get("role", "response"),
                       error=f"{error} from the archive ({response.url})", status=response.status,
                       final_url=response.url, response_url=item.response_url if item is not None else None)

    def _failure(self, response: Response, error: str) -> Failure:
        request = response.request
        self.note_cause(request.meta["force"], f"{error} at {response.url}",
                        own_site=request.meta.get("role") != "discovery" and not request.meta.get("archive"))
        role = request.meta.get("role", "response")
        item = request.meta.get("item")
        return Failure(force_id=request.meta["force"], url=self._original_url(request), role=role,
                       error=error, status=response.status, final_url=response.url,
                       response_url=item.response_url if item is not None else None,
                       headers=header_dict(response))

    # ------------------------------------------------------------------ discovery routes
    def _archive_setting(self) -> str | None:
        """Base URL of the Internet Archive for this crawl, or None when the route is off."""
        settings = self.crawler.settings
        if self.sample:
            if not self.sample_archive:
                return None
            return settings.get("FOI_ARCHIVE_URL") or DEFAULT_ARCHIVE
        if not settings.getbool("FOI_ARCHIVE", True):
            return None
        return settings.get("FOI_ARCHIVE_URL") or DEFAULT_ARCHIVE

    def _discovery(self, url: str, site: Site, callback: Any, **meta: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.on_error, dont_filter=True,
                              priority=PRIORITY["discovery"],
                              meta={"force": site.force_id, "role": "discovery", "download_slot": site.slot,
                                    "handle_httpstatus_list": HANDLED, "quiet": True, **meta})

    def routes(self, site: Site) -> set[str]:
        """Discovery routes this crawl uses for `site` (the listing walk always)."""
        if site.discover is not None:
            return set(site.discover)
        crawler = getattr(self, "crawler", None)
        setting = crawler.settings.get("FOI_DISCOVERY", "") if crawler is not None else ""
        return {r.strip() for r in str(setting or "").split(",") if r.strip()}

    def _discovery_requests(self, site: Site) -> Iterator[scrapy.Request]:
        """Every other route into the log: the log root above a year section, the platform's
        search, robots.txt's sitemaps (read when the host first answers, parse_listing) and
        the archive's index of the log (and of any retired log's root)."""
        profile = self.profiles[site.force_id]
        if not site.start_urls:
            return
        routes = self.routes(site)
        start = site.start_urls[0]
        roots = {u: profile.log_root_of(self._local(site, u)) for u in site.start_urls}
        if "root" in routes:
            for root in dict.fromkeys(r for r in roots.values() if r):
                req = self._request(urljoin(start, root), site, "listing", self.parse_listing, quiet=True)
                if req is not None:
                    yield req
        if profile.search and "search" in routes:
            req = self._request(urljoin(start, profile.search), site, "listing", self.parse_listing,
                                found_via="search", quiet=True)
            if req is not None:
                yield req
        if self.archive_url and "archive" in routes:
            prefixes = [urljoin(u, r) if r else u.split("?", 1)[0] for u, r in roots.items()]
            prefixes += list(getattr(site, "legacy_urls", ()) or ())
            prefixes = list(dict.fromkeys(prefixes))
            self.cdx_pending[site.force_id] = len(prefixes)
            for prefix in prefixes:
                yield self._discovery(cdx_query(self.archive_url, prefix), site, self.parse_cdx,
                                      download_slot=ARCHIVE_HOST, cdx=True)

    def _sitemap_requests(self, site: Site, url: str) -> Iterator[scrapy.Request]:
        """Sitemaps named by the host's robots.txt, read from the copy Scrapy's robots.txt
        middleware already fetched (asking again would be one request too many); when that
        copy is not at hand (ROBOTSTXT_OBEY off), robots.txt is fetched for them."""
        parts = urlsplit(url)
        found = self._robots_sitemaps(parts.netloc)
        if found is None:
            yield self._discovery(f"{parts.scheme}://{parts.netloc}/robots.txt", site, self.parse_robots)
            return
        for sitemap in dict.fromkeys(urljoin(url, s) for s in found):
            if site.owns(sitemap):
                yield self._discovery(sitemap, site, self.parse_sitemap)

    def _stat(self, key: str) -> None:
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats is not None:
            crawler.stats.inc_value(key)

    def _robots_sitemaps(self, netloc: str) -> list[str] | None:
        from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware

        engine = getattr(getattr(self, "crawler", None), "engine", None)
        if engine is None:
            return []  # not crawling (a unit test of the link logic)
        for mw in engine.downloader.middleware.middlewares:
            if isinstance(mw, RobotsTxtMiddleware):
                parser = getattr(mw, "_parsers", {}).get(netloc)
                rp = getattr(parser, "rp", None)
                if rp is not None and hasattr(rp, "sitemaps"):
                    return list(rp.sitemaps)
                return [] if parser is None and netloc in getattr(mw, "_parsers", {}) else None
        return None

    def parse_robots(self, response: Response) -> Iterator[Any]:
        site = self.sites[response.meta["force"]]
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        for url in sitemaps_in_robots(response.text, response.url):
            if site.owns(url):
                yield self._discovery(url, site, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        site = self.sites[response.meta["force"]]
        profile = self.profiles[site.force_id]
        if response.status != 200:
            return
        try:
            kind, locations = read_sitemap(response.body)
        except ValueError as exc:
            self.logger.warning("sitemap %s: %s", response.url, exc)
            return
        for loc in locations:
            if not site.owns(loc):
                continue
            if kind == "sitemapindex":
                yield self._discovery(loc, site, self.parse_sitemap)
                continue
            req = self._discovered(site, profile, loc, "sitemap")
            if req is not None:
                yield req

    def _discovered(self, site: Site, profile: Profile, url: str, via: str) -> scrapy.Request | None:
        local = self._local(site, url)
        kind = profile.classify(local)
        if kind not in ("listing", "response") or profile.older_than(local, self.since):
            return None
        callback = self.parse_listing if kind == "listing" else self.parse_response_page
        return self._request(url, site, kind, callback, found_via=via)

    def parse_cdx(self, response: Response) -> Iterator[Any]:
        site = self.sites[response.meta["force"]]
        profile = self.profiles[site.force_id]
        captures: list[Capture] = []
        if response.status == 200:
            try:
                captures = parse_cdx(response.text if isinstance(response, TextResponse) else response.body.decode())
            except ValueError as exc:
                self.logger.warning("archive index %s: %s", response.url, exc)
        for capture in captures:
            url = capture.original.replace("http://", "https://", 1) \
                if capture.original.startswith("http://") else capture.original
            if not site.owns(url):
                continue
            known = self.captures.get(url)
            if known is None or capture.timestamp > known.timestamp:
                self.captures[url] = Capture(url, capture.timestamp, capture.mimetype, capture.statuscode)
            req = self._discovered(site, profile, url, "archive")
            if req is not None:
                yield req
        yield from self._cdx_done(site)

    def _cdx_done(self, site: Site) -> Iterator[Any]:
        """The archive's index for this force has answered (or failed): settle the
        responses whose live fetch failed while it was awaited."""
        left = self.cdx_pending.get(site.force_id, 1) - 1
        if left > 0:
            self.cdx_pending[site.force_id] = left
            return
        self.cdx_pending.pop(site.force_id, None)
        for url, record, meta in self.parked.pop(site.force_id, []):
            yield from self._fallback(site, url, record, meta)

    def _fallback(self, site: Site, url: str, record: Failure | None, meta: dict) -> Iterator[Any]:
        """The live site would not give this response: read its archived capture if the
        archive has one; else keep the failure (None: a challenge, reported elsewhere)."""
        capture = self.captures.get(url)
        if self.archive_url and capture is not None and url not in self.archive_tried:
            self.archive_tried.add(url)
            self._stat(f"foi/{site.force_id}/from_archive")
            yield scrapy.Request(
                wayback_url(self.archive_url, capture.timestamp, url), callback=self.parse_response_page,
                errback=self.on_error, dont_filter=True, priority=PRIORITY["response"],
                meta={"force": site.force_id, "role": "response", "download_slot": ARCHIVE_HOST,
                      "handle_httpstatus_list": HANDLED, "found_via": meta.get("found_via", "listing"),
                      "archive": {"original": url, "timestamp": capture.timestamp}})
            return
        if self.archive_url and site.force_id in self.cdx_pending:
            self.parked.setdefault(site.force_id, []).append(
                (url, record, {"found_via": meta.get("found_via", "listing")}))
            return
        if record is not None:
            yield record

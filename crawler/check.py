"""`foi check --authority ID`: can this force's log be collected, and by which route?

A few polite requests, the way the crawl would make them (same User-Agent, robots.txt
obeyed, the per-host delay between requests): robots.txt, the start URL, one listing and
one item, which is parsed. Each step says what it saw; the first step that fails gives the
cause (DNS failure, connection refused, timed out, challenged, robots-disallowed, HTTP
status), so a user knows what to do before starting a long crawl.
"""
from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urldefrag, urljoin, urlsplit

from crawler.challenge import is_challenge
from crawler.profile import Profile
from crawler.registry import Site

MAX_BYTES = 50 * 1024 * 1024  # the crawl's DOWNLOAD_MAXSIZE
MAX_LISTINGS = 3  # listing requests a check may make looking for an item


@dataclass
class Fetch:
    """One HTTP answer (or why there was none)."""

    url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    final_url: str | None = None
    error: str | None = None  # the cause when no answer came

    @property
    def content_type(self) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == "content-type"), None)

    @property
    def challenged(self) -> bool:
        return self.status is not None and is_challenge(self.status, self.headers, self.body)


@dataclass
class Step:
    """What one request of the check saw."""

    name: str  # "robots.txt", "start page", "listing", "item"
    url: str
    ok: bool
    seen: str


@dataclass
class CheckReport:
    force_id: str
    name: str
    start_url: str
    steps: list[Step] = field(default_factory=list)
    preview: dict[str, Any] | None = None
    route: str | None = None  # which route works ("live: plain HTTP")
    cause: str | None = None  # why the check failed (None when it did not)

    @property
    def ok(self) -> bool:
        return self.cause is None and self.route is not None


class Fetcher:
    """GETs with the crawl's User-Agent, waiting `delay` seconds between requests. With a
    host map (a replica check) the request goes to the replica, the URLs stay real."""

    def __init__(self, user_agent: str, delay: float, timeout: float = 30.0, host_map: Any = None) -> None:
        self.user_agent, self.delay, self.timeout = user_agent, delay, timeout
        self.host_map = host_map
        self._last = 0.0

    def __call__(self, url: str) -> Fetch:
        wait = self._last + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        local = self.host_map.to_local(url) if self.host_map else url
        real = self.host_map.to_real if self.host_map else (lambda u: u)
        try:
            request = urllib.request.Request(local, headers={"User-Agent": self.user_agent})
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:  # noqa: S310 - the registry's URL
                return Fetch(url, resp.status, dict(resp.headers.items()), resp.read(MAX_BYTES), real(resp.geturl()))
        except urllib.error.HTTPError as exc:
            return Fetch(url, exc.code, dict(exc.headers.items()), exc.read(MAX_BYTES), real(exc.geturl()))
        except (urllib.error.URLError, OSError, ValueError) as exc:
            return Fetch(url, error=network_cause(local, exc))
        finally:
            self._last = time.monotonic()


def network_cause(url: str, exc: BaseException) -> str:
    """The cause of a request that got no answer, as a person would name it."""
    reason = getattr(exc, "reason", exc)
    host = urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return f"DNS failure: {host} does not resolve"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host}"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out waiting for {host}"
    if isinstance(reason, ssl.SSLError):
        return f"TLS failure with {host}: {reason}"
    return f"cannot fetch {url}: {reason}"


def _links(fetch: Fetch, site: Site, profile: Profile) -> dict[str, list[str]]:
    """The page's own-site links sorted by the profile: listing, response, attachment."""
    from lxml import html as lxml_html

    found: dict[str, list[str]] = {"listing": [], "response": [], "attachment": []}
    if "html" not in (fetch.content_type or "") or not fetch.body:
        return found
    base = fetch.final_url or fetch.url
    try:
        tree = lxml_html.fromstring(fetch.body)
        hrefs = tree.xpath(f"({profile.links_within})//a/@href") or tree.xpath("//a/@href")
    except (ValueError, lxml_html.etree.ParserError, lxml_html.etree.XPathError):
        return found
    for href in hrefs:
        href = str(href).strip()
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        url = urldefrag(urljoin(base, href))[0]
        if not site.owns(url) or url == base:
            continue
        query = urlsplit(url).query
        kind = profile.classify(site.local_path(url) + (f"?{query}" if query else ""))
        if kind == "attachment" and profile.files_on_listings_are_responses:
            kind = "response"
        if kind in found and url not in found[kind]:
            found[kind].append(url)
    return found


def _counts(links: dict[str, list[str]]) -> str:
    return ", ".join(f"{len(v)} {k}{'s' if len(v) != 1 else ''}" for k, v in links.items())


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


def _answer(step: str, fetch: Fetch) -> str | None:
    """The cause when `fetch` is not a usable page, else None."""
    if fetch.error:
        return fetch.error
    if fetch.challenged:
        host = urlsplit(fetch.url).netloc
        return f"challenged: {host} answers with a bot challenge (HTTP {fetch.status}); try foi crawl --browser"
    if fetch.status != 200:
        return f"HTTP {fetch.status} for the {step} {fetch.url}"
    return None


def check_site(site: Site, profile: Profile, fetch: Callable[[str], Fetch], robots_agent: str,
               parse: Callable[[Fetch, list[Fetch]], Any] | None = None) -> CheckReport:
    """Walk robots.txt -> start page -> one listing -> one item for `site`."""
    start = site.start_urls[0]
    report = CheckReport(site.force_id, site.name, start)
    parts = urlsplit(start)

    robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
    robots = fetch(robots_url)
    if robots.error:  # nothing further can answer either
        report.steps.append(Step("robots.txt", robots_url, False, robots.error))
        report.cause = robots.error
        return report
    rules = None
    if robots.challenged:
        seen = f"HTTP {robots.status}, a bot challenge"
    elif robots.status == 200:
        from protego import Protego

        rules = Protego.parse(robots.body.decode("utf-8", "replace"))
        seen = "200, " + ("allows" if rules.can_fetch(start, robots_agent) else "FORBIDS") + " the start URL"
    else:
        seen = f"HTTP {robots.status}: no rules, everything allowed"
    report.steps.append(Step("robots.txt", robots_url, not robots.challenged, seen))

    def allowed(url: str) -> bool:
        return rules is None or rules.can_fetch(url, robots_agent)

    if not allowed(start):
        report.cause = f"robots-disallowed: robots.txt forbids {start}"
        return report
    page = fetch(start)
    cause = _answer("start page", page)
    if cause:
        report.steps.append(Step("start page", start, False, cause))
        report.cause = cause
        return report
    links = _links(page, site, profile)
    report.steps.append(Step("start page", start, True,
                             f"200 {page.content_type or '?'}, {_size(len(page.body))}: {_counts(links)} linked"))

    # One listing; deeper while it links no item yet (year -> month folders), at most
    # MAX_LISTINGS requests.
    listing, listing_links, visited = page, links, {start}
    for _ in range(MAX_LISTINGS):
        candidates = [u for u in listing_links["listing"] if u not in visited and allowed(u)]
        if not candidates or (listing is not page and listing_links["response"]):
            break
        url = candidates[0]
        visited.add(url)
        got = fetch(url)
        cause = _answer("listing", got)
        if cause:
            report.steps.append(Step("listing", url, False, cause))
            report.cause = cause
            return report
        listing, listing_links = got, _links(got, site, profile)
        report.steps.append(Step("listing", url, True, f"200: {_counts(listing_links)} linked"))
    if listing is page:
        report.steps.append(Step("listing", start, True, "no further listing linked; the start page is the listing"))

    items = [u for u in listing_links["response"] or links["response"] if allowed(u)]
    if not items:
        report.cause = (f"no items: the {profile.name} profile finds no response links on "
                        f"{listing.final_url or listing.url}")
        return report
    item = fetch(items[0])
    cause = _answer("item", item)
    if cause:
        report.steps.append(Step("item", items[0], False, cause))
        report.cause = cause
        return report
    attachments: list[Fetch] = []
    item_links = _links(item, site, profile)
    files = [u for u in item_links["attachment"] if allowed(u)][:1]  # enough for a preview
    missed = []
    for url in files:
        got = fetch(url)
        why = _answer("attachment", got)
        if why is None:
            attachments.append(got)
        else:
            missed.append(why)
    seen = f"200 {item.content_type or '?'}, {_size(len(item.body))}"
    if files:
        seen += f", {len(attachments)} of {len(files)} attachment(s) fetched" + (f" ({missed[0]})" if missed else "")
    report.steps.append(Step("item", items[0], True, seen))
    if parse is not None:
        try:
            report.preview = parse(item, attachments)
        except Exception as exc:  # noqa: BLE001 - a parser bug is reported, not raised
            report.cause = f"the item could not be parsed: {type(exc).__name__}: {exc}"
            return report
    report.route = "live: plain HTTP works (foi crawl)"
    return report


def preview(item: Fetch, attachments: list[Fetch], profile: Profile | None = None) -> dict[str, Any]:
    """The item parsed as the crawl would store it (the profile's fields and URL month
    included), reduced to what a person checks at a glance."""
    from crawler.fields import complete
    from parser import RawDoc, parse_response

    url = item.final_url or item.url
    record = parse_response(RawDoc(item.body, url, item.content_type),
                            [RawDoc(a.body, a.final_url or a.url, a.content_type) for a in attachments])
    record = complete(record, item.body, item.content_type, url, profile)
    return {"reference": record.reference, "title": record.title, "authority": record.authority,
            "date": record.response_date or record.published_date or record.request_date,
            "outcome": record.outcome, "exemptions": [e.code for e in record.exemptions],
            "warnings": list(record.warnings)}

"""Real URLs everywhere, replica bytes underneath: the host map.

The spider, its profiles and the store only ever see the real URLs a force publishes
(``https://www.cleveland.police.uk/foi-ai/...``). When a crawl runs against the local
replica, this download handler sends each request for a mapped host to the replica
instead, as a reverse proxy would, and hands Scrapy back a response under the real URL.
So a replica crawl stores exactly the rows a real crawl would, and running it twice (on
two different ports) changes nothing.

The map is ``{real host: base URL}``: the setting ``FOI_HOST_MAP`` (a dict, or
``"host=base,host=base"`` from the command line) merged with the spider's own
``host_map`` (built from ``-a sample=URL``). A request for ``https://HOST/path?q`` goes to
``BASE/path?q``; a redirect's ``Location`` under BASE is mapped back to HOST.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Request, Response

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


def parse_map(value: Any) -> dict[str, str]:
    """FOI_HOST_MAP as a dict: accepts a dict or "host=base,host=base" (empty: no map)."""
    if not value:
        return {}
    if isinstance(value, Mapping):
        return {str(k).lower(): str(v).rstrip("/") for k, v in value.items()}
    out: dict[str, str] = {}
    for part in str(value).split(","):
        host, sep, base = part.strip().partition("=")
        if not sep or not host or not base:
            raise ValueError(f"FOI_HOST_MAP entry {part!r}: expected host=http://127.0.0.1:PORT/prefix")
        out[host.strip().lower()] = base.strip().rstrip("/")
    return out


def sample_map(sample_url: str, hosts: list[str]) -> dict[str, str]:
    """The sample server serves each imitated host under /<host>/."""
    base = sample_url.rstrip("/")
    return {h.lower(): f"{base}/{h}" for h in hosts}


class HostMap:
    """Real URL <-> replica URL for the mapped hosts (others pass through unchanged)."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = {k.lower(): v.rstrip("/") for k, v in mapping.items()}

    def __bool__(self) -> bool:
        return bool(self.mapping)

    def to_local(self, url: str) -> str:
        parts = urlsplit(url)
        base = self.mapping.get((parts.hostname or "").lower())
        if base is None:
            return url
        return base + urlunsplit(("", "", parts.path or "/", parts.query, ""))

    def to_real(self, url: str) -> str:
        """The real URL a replica URL stands for (unmapped URLs unchanged)."""
        for host, base in self.mapping.items():
            if url == base or url.startswith(base + "/") or url.startswith(base + "?"):
                rest = url[len(base):] or "/"
                return f"https://{host}{rest}"
        return url


def host_map_for(crawler: "Crawler") -> HostMap:
    """The crawl's map: what the spider brings (its sample server), overridden host by host
    by the FOI_HOST_MAP setting (say, the archive replica on a server of its own)."""
    spider_map = getattr(crawler.spider, "host_map", None) or {}
    mapping = {k.lower(): v.rstrip("/") for k, v in spider_map.items()}
    mapping.update(parse_map(crawler.settings.get("FOI_HOST_MAP")))
    return HostMap(mapping)


class MappedDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, sending mapped hosts to their replica (see module doc)."""

    def __init__(self, crawler: "Crawler") -> None:
        super().__init__(crawler)
        self._map: HostMap | None = None

    @property
    def host_map(self) -> HostMap:
        if self._map is None:
            self._map = host_map_for(self._crawler)
        return self._map

    async def download_request(self, request: Request) -> Response:
        local = self.host_map.to_local(request.url)
        if local == request.url:
            return await super().download_request(request)
        response = await super().download_request(request.replace(url=local))
        headers = response.headers.copy()
        location = headers.get(b"Location")
        if location:
            target = urljoin(local, location.decode("latin-1"))
            headers[b"Location"] = self.host_map.to_real(target).encode("latin-1")
        return response.replace(url=request.url, request=request, headers=headers)


def browser_page_init(host_map: HostMap) -> Any:
    """scrapy-playwright's ``playwright_page_init_callback`` for --browser against a replica:
    every request the page makes for a mapped host is fetched from the replica and handed
    to the browser as that host's answer, so the browser, its cookies and the stored URLs
    all stay on the real URL."""

    async def init(page: Any, request: Request) -> None:
        async def handle(route: Any) -> None:
            url = route.request.url
            local = host_map.to_local(url)
            if local == url:
                await route.continue_()
                return
            headers = {k: v for k, v in (await route.request.all_headers()).items()
                       if not k.startswith(":") and k.lower() not in ("host", "cookie")}
            cookies = await page.context.cookies(url)
            if cookies:  # the browser's cookies for the real host (a challenge's clearance)
                headers["Cookie"] = "; ".join(f"{c['name']}={c['value']}" for c in cookies)
            try:
                answer = await route.fetch(url=local, headers=headers, max_redirects=0)
            except Exception:  # noqa: BLE001 - the replica is down: the page fails as a real one would
                await route.abort()
                return
            out = dict(answer.headers)
            if out.get("location"):
                out["location"] = host_map.to_real(urljoin(local, out["location"]))
            await route.fulfill(status=answer.status, headers=out, body=await answer.body())

        await page.route("**/*", handle)

    return init

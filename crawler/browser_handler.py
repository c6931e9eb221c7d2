"""The download handler of `--browser` mode: requests marked `playwright` go to the headed
browser (scrapy-playwright), every other request to the plain handler the crawl uses
without a browser (crawler.hostmap.MappedDownloadHandler, so a replica crawl's plain
fetches after the hand-over still reach the replica under their real URLs)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.http import Request, Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from crawler.hostmap import MappedDownloadHandler

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class BrowserOrPlainHandler(ScrapyPlaywrightDownloadHandler):
    def __init__(self, crawler: "Crawler") -> None:
        super().__init__(crawler)
        self.plain = MappedDownloadHandler(crawler)

    async def download_request(self, request: Request) -> Response:  # type: ignore[override]
        if request.meta.get("playwright"):
            return await super().download_request(request)
        return await self.plain.download_request(request)

    async def close(self) -> None:  # type: ignore[override]
        await self.plain.close()
        await super().close()

"""Progress as JSON lines on stdout, one per force every FOI_PROGRESS_INTERVAL seconds and
once at the end, so the parent (`foi crawl`, crawler.run.crawl) can render a live table.

    {"event": "progress", "force": "cleveland", "fetched": 12, "stored": 9, "unchanged": 0,
     "failed": 1, "listings": 2, "challenged": false}
    {"event": "done", "reason": "finished", "elapsed": 3.2, "challenged_hosts": [], ...}
"""
from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, Any

from scrapy import signals
from twisted.internet import task

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

COUNTERS = ("fetched", "stored", "unchanged", "failed", "listings", "robots_blocked", "parse_errors")


class ProgressLines:
    def __init__(self, crawler: "Crawler") -> None:
        self.crawler = crawler
        self.interval = crawler.settings.getfloat("FOI_PROGRESS_INTERVAL", 1.0)
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "ProgressLines":
        ext = cls(crawler)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.response, signal=signals.response_received)
        return ext

    def opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        for problem in getattr(spider, "problems", []):
            _emit({"event": "problem", "message": problem})
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def response(self, response: Any, request: Any, spider: Any) -> None:
        force = request.meta.get("force")
        if force and request.meta.get("role") != "robots":
            self.crawler.stats.inc_value(f"foi/{force}/fetched")

    def counts(self) -> dict[str, dict[str, Any]]:
        stats = self.crawler.stats
        spider = self.crawler.spider
        out = {}
        for force in getattr(spider, "sites", {}):
            row: dict[str, Any] = {c: stats.get_value(f"foi/{force}/{c}", 0) for c in COUNTERS}
            row["challenged"] = bool(stats.get_value(f"foi/{force}/challenged", 0))
            row["cause"] = stats.get_value(f"foi/{force}/cause")
            out[force] = row
        return out

    def report(self) -> None:
        for force, row in self.counts().items():
            _emit({"event": "progress", "force": force, **row})

    def closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        self.report()
        _emit({"event": "done", "reason": reason, "elapsed": round(time.monotonic() - self.started, 3),
               "challenged_hosts": sorted(getattr(spider, "challenged", ())),
               "forces": self.counts()})


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()

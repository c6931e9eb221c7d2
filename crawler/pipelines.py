"""Item pipeline: fetched bytes -> Store.add_document -> (if new or changed) the parser, in a
bounded worker process (runner.BoundedPool) -> Store.save_disclosure. One response's writes run in one store transaction, so a crawl
killed half-way leaves either the whole response or none of it."""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from crawler.items import Failure, Fetched, ListingPage, ResponsePage

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from runner import BoundedPool

logger = logging.getLogger(__name__)


class StorePipeline:
    """Keeps every fetch and parses what changed; counts per force for the progress line."""

    def __init__(self, crawler: "Crawler") -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self._pool: "BoundedPool[Any] | None" = None

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "StorePipeline":
        return cls(crawler)

    def _workers(self) -> "BoundedPool[Any]":
        """The parse worker, started at the first response that needs parsing."""
        if self._pool is None:
            from runner import BoundedPool, Budget
            from runner.jobs import parse_documents

            self._pool = BoundedPool(parse_documents, budget=Budget.from_env())
        return self._pool

    def close_spider(self, spider: Any = None) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        spider = spider or getattr(self.crawler, "spider", None)
        store = getattr(getattr(spider, "store", None), "store", None)  # the CrawlStore's Store
        if store is not None and getattr(spider, "sites", None):
            # WhatDoTheyKnow answers crawled before this log: the same response is one record.
            from crawler.wdtk.crawl import rematch

            try:
                merged = rematch(store, sorted(spider.sites))
            except Exception:  # never lose the crawl over the matching: the next crawl tries again
                logger.exception("matching WhatDoTheyKnow answers to the log failed")
            else:
                if merged:
                    logger.info("%d WhatDoTheyKnow answers merged into log records", merged)

    def _count(self, force: str, what: str, n: int = 1) -> None:
        self.stats.inc_value(f"foi/{force}/{what}", n)

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        store = spider.store  # type: ignore[union-attr]
        if isinstance(item, ListingPage):
            self._add(store, item.force_id, item.page, role="listing")
            self._count(item.force_id, "listings")
        elif isinstance(item, Failure):
            self._add_failure(store, item)
        elif isinstance(item, ResponsePage):
            started = time.perf_counter()
            self._response(store, item)
            self.stats.inc_value("foi/pipeline_seconds", time.perf_counter() - started)
        return item

    def _add(self, store: Any, force: str, doc: Fetched, *, role: str,
             response_url: str | None = None) -> Any:
        return store.store.add_document(
            url=doc.url, body=doc.body, status=doc.status, headers=doc.headers,
            final_url=doc.final_url, fetched_at=doc.fetched_at, authority_id=force, role=role,
            response_url=response_url, source=doc.source, captured_at=doc.captured_at,
            archive_url=doc.archive_url, found_via=doc.found_via,
        )

    def _add_failure(self, store: Any, failure: Failure) -> None:
        store.store.add_document(
            url=failure.url, body=None, status=failure.status, headers=failure.headers,
            final_url=failure.final_url, fetched_at=failure.fetched_at, error=failure.error,
            authority_id=failure.force_id, role=failure.role, response_url=failure.response_url,
        )
        self._count(failure.force_id, "failed")
        logger.info("failed %s: %s", failure.url, failure.error)

    def _response(self, store: Any, item: ResponsePage) -> None:
        force = item.force_id
        if item.state in ("not_modified", "same") or item.page is None:
            self._count(force, "unchanged")
            return
        from parser import PARSER_VERSION, RawDoc

        with store.store.batch():
            # The page carries the key its record has (the URL it finally lives at), so a
            # reparse finds the same response whatever link led to it.
            page = self._add(store, force, item.page, role="response", response_url=item.response_url)
            results = [(doc, self._add(store, force, doc, role="attachment", response_url=item.response_url))
                       for doc in item.attachments]
            for failure in item.failed_attachments:
                self._add_failure(store, failure)
            changed = page.state in ("new", "changed") or any(r.state in ("new", "changed") for _, r in results)
            if not changed and store.has_record(item.response_url):
                self._count(force, "unchanged")
                return
            doc_ids = [page.document_id] + [r.document_id for _, r in results]
            started = time.perf_counter()
            # Parsed in a bounded worker: a hostile attachment ends this response with a
            # recorded error ("parse budget exceeded: 30 s") and the crawl goes on.
            result = self._workers().run((
                RawDoc(item.page.body, item.page.final_url or item.page.url, item.page.content_type),
                [RawDoc(d.body, d.final_url or d.url, d.content_type) for d, _ in results],
            ))
            self.stats.inc_value("foi/parse_seconds", time.perf_counter() - started)
            record = result.value
            if result.error is not None or record is None:
                error = result.error or "the parser returned nothing"
                logger.warning("parse failed for %s: %s", item.response_url, error)
                store.store.record_parse_error(response_url=item.response_url, error=error,
                                               document_ids=doc_ids)
                self._count(force, "parse_errors")
                return
            if not record.authority_id:
                record.authority_id = force
            from crawler.fields import complete  # the profile's fields and the URL's month

            spider = self.crawler.spider
            record = complete(record, item.page.body, item.page.content_type, item.response_url,
                              getattr(spider, "profiles", {}).get(force))
            store.store.save_disclosure(record, response_url=item.response_url, document_ids=doc_ids,
                                        parser_version=PARSER_VERSION)
        store.parsed[item.response_url] = PARSER_VERSION
        self._count(force, "stored")

"""`foi reparse` for WhatDoTheyKnow answers that are records of their own.

A log response is reparsed from its stored page and attachments (store/reparse.py). An answer
on WhatDoTheyKnow has no page of its own: the crawl cut its message from the request's page
and added what the request's JSON knows (crawler/wdtk/crawl.py). Here the same is rebuilt from
the stored request page, JSON and attachments, parsed by the same job in the same bounded
worker, completed the same way and saved through the same matching, so a reparse of an
unchanged store changes nothing, and a log crawled after the answer is now matched to it.
Answers already merged into a log record are that record's documents: the log's reparse keeps
them (Store._link_documents keeps another response's links).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from crawler.wdtk.crawl import BASE, _save, complete_reply, reply_page
from crawler.wdtk.messages import classify, page_messages, request_text


@dataclass
class WdtkReparse:
    total: int = 0
    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    merged_with_log: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Reply:
    url: str
    force_id: str
    doc_ids: list[int]
    data: dict[str, Any]
    req_text: str
    at: str | None


def _own_answers(store: Any) -> list[tuple[str, str, str, int]]:
    """(reply url, request page url, authority id, message id) of every answer that is a
    record of its own or whose last parse failed: merged answers are the log's."""
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT url, request_url, authority_id, message_id FROM wdtk_replies WHERE kind = 'response' "
            "AND (matched_by IS NULL OR matched_by = 'own') ORDER BY url"))]


def _latest(store: Any, where: str, params: dict[str, Any]) -> list[int]:
    with store.engine.connect() as conn:
        return [int(r[0]) for r in conn.execute(text(
            f"SELECT id FROM documents WHERE is_latest AND sha256 IS NOT NULL AND {where} ORDER BY id"), params)]


def _jobs(store: Any, answers: list[tuple[str, str, str, int]], summary: WdtkReparse
          ) -> Iterator[tuple[tuple[Any, list[Any]], _Reply]]:
    """Each answer's parser input, rebuilt from stored bytes, and what completes its record."""
    from parser import RawDoc

    for url, page_url, force_id, message_id in answers:
        try:
            page_ids = _latest(store, "url = :u AND role = 'wdtk_page'", {"u": page_url})
            json_ids = _latest(store, "url = :u AND role = 'wdtk_request'", {"u": f"{page_url}.json"})
            if not page_ids or not json_ids:
                raise LookupError("its request page or JSON is not stored")
            page, data_doc = store.load_documents([page_ids[-1], json_ids[-1]])
            data = json.loads(data_doc.content)
            messages = page_messages(page.content)
            answer = next((m for m in classify(data["info_request_events"], messages) if m.id == message_id), None)
            if answer is None:
                raise LookupError(f"message {message_id} is not on its request page")
            by_url = {d.url: d for d in store.load_documents(
                _latest(store, "response_url = :r AND role = 'attachment'", {"r": url}))}
            files = [by_url[BASE + a if a.startswith("/") else a] for a in answer.attachments
                     if (BASE + a if a.startswith("/") else a) in by_url]
        except Exception as exc:  # one unreadable answer is its own failure; the rest go on
            summary.failed += 1
            summary.errors.append((url, f"cannot rebuild the answer: {type(exc).__name__}: {exc}"))
            continue
        url_title = page_url.rsplit("/", 1)[-1]
        reply = RawDoc(reply_page(data, url_title, answer.text), url, "text/html")
        attachments = [RawDoc(f.content, f.url, f.content_type) for f in files]
        yield (reply, attachments), _Reply(url, force_id, [page.document_id, *(f.document_id for f in files)],
                                           data, request_text(data["info_request_events"], messages), answer.at)


def run(store: Any, *, parser_version: str, since: str | None = None, workers: int = 1,
        budget: Any = None) -> WdtkReparse:
    """Reparse the answers that are records of their own (all, or those stale for `since`)."""
    from runner import BoundedPool
    from runner.jobs import parse_documents
    from store.reparse import is_stale

    answers = _own_answers(store)
    versions = store.response_versions()
    todo = [a for a in answers if is_stale(versions.get(a[0]), since)]
    summary = WdtkReparse(total=len(answers), skipped=len(answers) - len(todo))
    if not todo:
        return summary
    replies: dict[int, _Reply] = {}

    def jobs() -> Iterator[tuple[Any, list[Any]]]:
        for job, reply in _jobs(store, todo, summary):
            replies[id(job)] = reply
            yield job

    with BoundedPool(parse_documents, workers=workers, budget=budget) as pool:
        for job, result in pool.map(jobs()):
            reply = replies.pop(id(job))
            if result.error is not None or result.value is None:
                error = result.error or "the parser returned nothing"
                store.record_parse_error(response_url=reply.url, error=error, document_ids=reply.doc_ids)
                summary.failed += 1
                summary.errors.append((reply.url, error))
                continue
            record = complete_reply(result.value, reply.force_id, reply.data, reply.req_text, reply.at)
            with store.batch():
                disclosure_id, how = _save(store, reply.force_id, record, reply.url, reply.doc_ids, parser_version)
                with store._tx(write=True) as conn:  # noqa: SLF001 - inside the batch
                    conn.execute(text("UPDATE wdtk_replies SET disclosure_id = :d, matched_by = :m WHERE url = :u"),
                                 {"d": disclosure_id, "m": how, "u": reply.url})
            summary.parsed += 1
            summary.merged_with_log += how in ("reference", "text")
    return summary

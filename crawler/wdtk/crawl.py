"""`foi crawl --source wdtk`: each police body's requests on WhatDoTheyKnow into the store.

Route: the body's JSON feed (/feed/body/<url_name>.json: its events, newest first, each with
its request's updated_at) -> each request whose updated_at is not what the store already has
(incremental: an unchanged request costs nothing beyond the feed) -> its JSON (the events)
and its page (the messages' text and attachment links) -> the authority's attachments. Each
authority answer to the request is parsed (message text plus attachments) into a response;
clarification requests and internal-review answers are kept as replies of their kind, the
review's outcome in its own field. The requester's state goes to wdtk_replies.external_state,
never into our outcome.

One request at a time, a delay between requests, robots.txt obeyed, the contact in the
User-Agent, Retry-After honoured (capped). A request's writes are one transaction, so a crawl
killed half-way resumes by running again: finished requests are skipped as unchanged.
"""
from __future__ import annotations

import html
import json
import re
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable, Sequence

from sqlalchemy import text

from crawler.wdtk.messages import classify, page_messages, request_text, review_outcome

HOST = "www.whatdotheyknow.com"
BASE = f"https://{HOST}"
RETRY_AFTER_CAP = 120.0


@dataclass
class Summary:
    requests_seen: int = 0
    requests_fetched: int = 0
    requests_unchanged: int = 0
    responses_stored: int = 0
    merged_with_log: int = 0
    other_replies: int = 0
    failed: list[str] = field(default_factory=list)
    fetched: int = 0


def norm_reference(ref: str | None) -> str:
    """A reference as both sources write it: lower case, letters and digits only, no FOI prefix."""
    s = re.sub(r"[^0-9a-z]", "", (ref or "").lower())
    return re.sub(r"^(foi|foia|ref)", "", s)


class PoliteFetcher:
    """crawler.check.Fetcher (User-Agent, delay, host map) plus robots.txt and Retry-After."""

    def __init__(self, fetch: Any, user_agent: str, sleep: Callable[[float], None] = time.sleep) -> None:
        self.fetch, self.user_agent, self.sleep = fetch, user_agent, sleep
        self.robots: urllib.robotparser.RobotFileParser | None = None
        self.count = 0

    def _robots(self) -> urllib.robotparser.RobotFileParser:
        if self.robots is None:
            rp = urllib.robotparser.RobotFileParser()
            got = self.fetch(f"{BASE}/robots.txt")
            self.count += 1
            rp.parse((got.body or b"").decode("utf-8", "replace").splitlines() if got.status == 200 else [])
            self.robots = rp
        return self.robots

    def get(self, url: str) -> Any:
        if not self._robots().can_fetch(self.user_agent, url):
            raise FetchError(f"{url}: disallowed by robots.txt")
        for _ in range(3):
            got = self.fetch(url)
            self.count += 1
            if got.status in (429, 503):
                after = next((v for k, v in got.headers.items() if k.lower() == "retry-after"), "")
                wait = float(after) if after.strip().isdigit() else 5.0
                self.sleep(min(wait, RETRY_AFTER_CAP))
                continue
            if got.error or got.status != 200:
                raise FetchError(f"{url}: {got.error or f'HTTP {got.status}'}")
            return got
        raise FetchError(f"{url}: still HTTP {got.status} after honouring Retry-After three times")


class FetchError(Exception):
    """A fetch that produced no usable body: named in the summary, the crawl goes on."""


def _known_updates(store: Any) -> dict[int, str]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT request_id, MAX(request_updated_at) FROM wdtk_replies GROUP BY request_id"))
        return {int(r[0]): r[1] for r in rows}


def _match_log(conn: Any, force_id: str, reference: str | None) -> int | None:
    """A log disclosure of the same authority with the same reference (the same answer)."""
    key = norm_reference(reference)
    if len(key) < 3:
        return None
    rows = conn.execute(text(
        "SELECT id, reference FROM disclosures WHERE authority_id = :a AND reference IS NOT NULL "
        "AND response_url NOT LIKE :w"), {"a": force_id, "w": f"{BASE}/%"})
    for did, ref in rows:
        if norm_reference(ref) == key:
            return int(did)
    return None


def _reply_html(title: str, msg_text: str) -> bytes:
    """The one message as a page for the parser (cut from the stored request page)."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in msg_text.split("\n\n"))
    return f"<!DOCTYPE html><html><body><h1>{html.escape(title)}</h1>{paras}</body></html>".encode("utf-8")


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def crawl(store: Any, bodies: Sequence[tuple[str, str]], fetcher: PoliteFetcher, *,
          since: date | None = None, parse: Callable[[Any], Any], log: Callable[[str], None] = lambda s: None
          ) -> Summary:
    """Crawl `bodies` ((force id, url_name)) into `store` (a store.Store). `parse` turns
    (RawDoc page, [RawDoc attachments]) into a runner Result (a bounded worker's run)."""
    summary = Summary()
    known = _known_updates(store)
    for force_id, slug in bodies:
        feed_url = f"{BASE}/feed/body/{slug}.json"
        try:
            got = fetcher.get(feed_url)
            events = json.loads(got.body)
            if not isinstance(events, list):
                raise ValueError("not a JSON list of events")
        except (FetchError, ValueError) as exc:
            summary.failed.append(f"{force_id}: feed: {exc}")
            continue
        store.add_document(url=feed_url, body=got.body, status=200, headers=got.headers,
                           authority_id=force_id, role="wdtk_feed")
        requests: dict[int, dict[str, Any]] = {}
        for ev in events:
            info = ev.get("info_request") or {}
            if not isinstance(info.get("id"), int) or not info.get("url_title"):
                continue
            if since and (_date(ev.get("created_at")) or date.max) < since:
                continue
            requests.setdefault(info["id"], info)
        for rid in sorted(requests):
            info = requests[rid]
            summary.requests_seen += 1
            if known.get(rid) == info.get("updated_at"):
                summary.requests_unchanged += 1
                continue
            try:
                stored = _request(store, force_id, info, fetcher, parse, summary)
            except (FetchError, ValueError, KeyError, TypeError) as exc:
                summary.failed.append(f"{force_id}: request {info.get('url_title')}: {exc}")
                continue
            if stored:
                summary.requests_fetched += 1
                log(f"{force_id}: {info['url_title']}")
    summary.fetched = fetcher.count
    return summary


def _request(store: Any, force_id: str, info: dict[str, Any], fetcher: PoliteFetcher,
             parse: Callable[[Any], Any], summary: Summary) -> bool:
    from parser import PARSER_VERSION, RawDoc

    url_title = info["url_title"]
    json_url, page_url = f"{BASE}/request/{url_title}.json", f"{BASE}/request/{url_title}"
    got_json = fetcher.get(json_url)
    data = json.loads(got_json.body)
    events = data["info_request_events"]
    got_page = fetcher.get(page_url)
    messages = page_messages(got_page.body)
    replies = classify(events, messages)
    attachments = {m.id: [(a, fetcher.get(BASE + a if a.startswith("/") else a)) for a in m.attachments]
                   for m in replies}
    with store.batch():  # one transaction: a killed crawl keeps the whole request or none of it
        store.add_document(url=json_url, body=got_json.body, status=200, headers=got_json.headers,
                           authority_id=force_id, role="wdtk_request", response_url=page_url)
        page_doc = store.add_document(url=page_url, body=got_page.body, status=200, headers=got_page.headers,
                                      authority_id=force_id, role="wdtk_page", response_url=page_url)
        req_text = request_text(events, messages)
        for msg in replies:
            reply_url = f"{page_url}#incoming-{msg.id}"
            docs = [(path, g, store.add_document(url=BASE + path, body=g.body, status=200, headers=g.headers,
                                                 authority_id=force_id, role="attachment", response_url=reply_url))
                    for path, g in attachments[msg.id]]
            row = {"url": reply_url, "request_id": data["id"], "message_id": msg.id, "request_url": page_url,
                   "authority_id": force_id, "kind": msg.kind, "external_state": data.get("described_state"),
                   "review_outcome": review_outcome(msg.text) if msg.kind == "internal_review" else None,
                   "request_updated_at": data.get("updated_at"), "disclosure_id": None, "matched_by": None}
            if msg.kind == "response":
                page = RawDoc(_reply_html(data.get("title") or url_title, msg.text), reply_url, "text/html")
                result = parse((page, [RawDoc(g.body, BASE + p, g.content_type) for p, g, _ in docs]))
                doc_ids = [page_doc.document_id] + [d.document_id for _, _, d in docs]
                record = result.value
                if result.error is not None or record is None:
                    store.record_parse_error(response_url=reply_url, error=result.error or "the parser returned nothing",
                                             document_ids=doc_ids)
                else:
                    record.authority_id = record.authority_id or force_id
                    record.title = record.title or data.get("title")
                    record.request_text = record.request_text or req_text
                    record.request_date = record.request_date or _date(data.get("created_at"))
                    record.response_date = record.response_date or _date(msg.at)
                    row["disclosure_id"], row["matched_by"] = _save(store, force_id, record, reply_url, doc_ids,
                                                                    PARSER_VERSION)
                    summary.responses_stored += 1
                    summary.merged_with_log += row["matched_by"] == "reference"
            else:
                summary.other_replies += 1
            with store._tx(write=True) as conn:  # noqa: SLF001 - inside the request's batch
                conn.execute(text("DELETE FROM wdtk_replies WHERE url = :url"), {"url": reply_url})
                conn.execute(text(
                    "INSERT INTO wdtk_replies (url, request_id, message_id, request_url, authority_id, kind, "
                    "external_state, external_source, review_outcome, request_updated_at, disclosure_id, matched_by) "
                    "VALUES (:url, :request_id, :message_id, :request_url, :authority_id, :kind, :external_state, "
                    "'wdtk', :review_outcome, :request_updated_at, :disclosure_id, :matched_by)"), row)
    return True


def _save(store: Any, force_id: str, record: Any, reply_url: str, doc_ids: list[int], version: str
          ) -> tuple[int, str]:
    """The reply's disclosure: the force's own log entry when it has the same reference (the
    WDTK documents are linked to it: one disclosure, two documents), else a record of its own."""
    with store._tx(write=True) as conn:  # noqa: SLF001
        match = _match_log(conn, force_id, record.reference)
        if match is not None:
            for doc_id in doc_ids:
                conn.execute(text("DELETE FROM disclosure_documents WHERE disclosure_id = :d AND document_id = :k"),
                             {"d": match, "k": doc_id})
                conn.execute(text("INSERT INTO disclosure_documents (disclosure_id, document_id) VALUES (:d, :k)"),
                             {"d": match, "k": doc_id})
            # a record saved for this reply before the log was crawled is now the log's
            conn.execute(text("DELETE FROM disclosures WHERE response_url = :u"), {"u": reply_url})
            return match, "reference"
    return store.save_disclosure(record, response_url=reply_url, document_ids=doc_ids, parser_version=version), "own"

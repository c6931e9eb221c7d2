"""`foi crawl --source wdtk`: each police body's requests on WhatDoTheyKnow into the store.

Route: the body's feed (crawler/wdtk/feeds.py: `/feed/body/<url_name>.json`, or the Atom
`/feed/body/<url_name>` when the JSON will not do; 25 events a page, newest first) read page
by page only until the newest event the last complete crawl took (wdtk_feeds, migration
0008_wdtk_feeds) or the `--since` date -> each request a new event names, and each request on
the pages read whose updated_at is not what the store has (an edit makes no feed entry but
moves updated_at) -> its JSON (the events) and its page (the messages' text and attachment
links) -> the authority's attachments. `full=True` reads every page (a reconciliation pass:
edits to requests whose events are all older). Each authority answer to the request is
parsed (message text plus attachments) into a response; clarification requests and
internal-review answers are kept as replies of their kind, the review's outcome in its own
field. The requester's state goes to wdtk_replies.external_state, never into our outcome.

One request at a time, a delay between requests, robots.txt obeyed, the contact in the
User-Agent, Retry-After honoured (capped). A request's writes are one transaction and a
body's feed position moves only once all its new requests are stored, so a crawl killed
half-way resumes by running again: finished requests are skipped as unchanged.
"""
from __future__ import annotations

import html
import json
import re
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Callable, Sequence

from sqlalchemy import text
from sqlalchemy.exc import OperationalError, ProgrammingError

from crawler.wdtk.feeds import PER_PAGE, FeedError, FeedEvent, atom_page, json_page, request_from_url
from crawler.wdtk.messages import classify, page_messages, request_text, review_outcome

HOST = "www.whatdotheyknow.com"
BASE = f"https://{HOST}"
RETRY_AFTER_CAP = 120.0
MAX_FEED_PAGES = 400  # 10,000 events: far past any police body's; a feed that never ends stops here
FEEDS = ("auto", "json", "atom")


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
    feed_pages: int = 0
    new_events: int = 0


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


TEXT_WINDOW_DAYS = 120  # a log may publish its copy months after the answer went out
TEXT_CANDIDATES = 500  # at most this many looked at: one force publishes far fewer in the window
# With no date to narrow the candidates, a match must rest on a whole letter, not on a short
# template reply (e.g. a stock "not held" paragraph) that many of a force's answers share.
UNDATED_MIN_SHINGLES = 40


def _letter(record_or_row: Any) -> str:
    get = record_or_row.get if isinstance(record_or_row, dict) else (lambda k: getattr(record_or_row, k, None))
    return f"{get('body_text') or ''}\n{get('response_text') or ''}"


def _match_text(conn: Any, force_id: str, record: Any, reply_url: str) -> int | None:
    """A log disclosure of the same authority whose text is the reply's letter
    (parser/sametext.py) and that no other WhatDoTheyKnow reply has claimed: first those dated
    within TEXT_WINDOW_DAYS of the reply, then those the log gives no date at all (some logs
    print none; the newest TEXT_CANDIDATES of them, and only a letter long enough not to be a
    bare template). Bounded by authority and date, never the whole store."""
    from datetime import timedelta

    from parser.sametext import fingerprint, same_response

    when = record.response_date or record.request_date
    if when is None:
        return None
    mine = fingerprint(_letter(record), record.reference)
    day = "COALESCE(d.response_date, d.published_date, d.request_date)"
    base = ("SELECT d.id, d.reference, d.body_text, d.response_text FROM disclosures d "
            "WHERE d.authority_id = :a AND d.error IS NULL AND d.response_url NOT LIKE :w "
            "AND NOT EXISTS (SELECT 1 FROM wdtk_replies r WHERE r.disclosure_id = d.id AND r.url <> :me) AND ")
    args = {"a": force_id, "w": f"{BASE}/%", "me": reply_url, "n": TEXT_CANDIDATES}
    dated = conn.execute(text(base + f"{day} BETWEEN :lo AND :hi ORDER BY {day}, d.id LIMIT :n"),
                         {**args, "lo": when - timedelta(days=TEXT_WINDOW_DAYS),
                          "hi": when + timedelta(days=TEXT_WINDOW_DAYS)}).mappings().all()
    for row in dated:
        if same_response(mine, fingerprint(_letter(dict(row)), row["reference"]), (record.reference, row["reference"])):
            return int(row["id"])
    if len(mine.shingles) < UNDATED_MIN_SHINGLES:
        return None
    undated = conn.execute(text(base + f"{day} IS NULL ORDER BY d.id DESC LIMIT :n"), args).mappings()
    for row in undated:
        theirs = fingerprint(_letter(dict(row)), row["reference"])
        if len(theirs.shingles) >= UNDATED_MIN_SHINGLES and \
                same_response(mine, theirs, (record.reference, row["reference"])):
            return int(row["id"])
    return None


def complete_reply(record: Any, force_id: str, data: dict[str, Any], req_text: str, at: str | None) -> Any:
    """What the request's JSON knows and the reply's letter may not say: the body, title,
    request text and dates (the crawl and reparse both add them, so both make one record)."""
    record.authority_id = record.authority_id or force_id
    record.title = record.title or data.get("title")
    record.request_text = record.request_text or req_text
    record.request_date = record.request_date or _date(data.get("created_at"))
    record.response_date = record.response_date or _date(at)
    return record


def reply_page(data: dict[str, Any], url_title: str, msg_text: str) -> bytes:
    """The page the parser reads for one reply."""
    return _reply_html(data.get("title") or url_title, msg_text)


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


def _cursors(store: Any) -> dict[str, tuple[datetime, int]]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT slug, last_event_at, last_event_id FROM wdtk_feeds"))
        return {r[0]: FeedEvent(int(r[2]), r[1]).key for r in rows if r[1] and r[2] is not None}


def _save_cursor(store: Any, force_id: str, slug: str, newest: FeedEvent, pages: int) -> None:
    with store._tx(write=True) as conn:  # noqa: SLF001
        conn.execute(text("DELETE FROM wdtk_feeds WHERE slug = :s"), {"s": slug})
        conn.execute(text("INSERT INTO wdtk_feeds (slug, authority_id, last_event_at, last_event_id, crawled_at, "
                          "pages_read) VALUES (:s, :a, :at, :id, :now, :p)"),
                     {"s": slug, "a": force_id, "at": newest.created_at, "id": newest.event_id, "p": pages,
                      "now": datetime.now(timezone.utc).isoformat(timespec="seconds")})


def feed_url(slug: str, fmt: str, page: int) -> str:
    return f"{BASE}/feed/body/{slug}{'.json' if fmt == 'json' else ''}" + (f"?page={page}" if page > 1 else "")


def read_feed(store: Any, force_id: str, slug: str, fetcher: "PoliteFetcher", fmt: str, *,
              stop_at: tuple[datetime, int] | None, since: date | None) -> tuple[list[FeedEvent], int]:
    """The body's feed events, newest first, page by page until an event at or before
    `stop_at` (the last crawl's newest), an event before `since`, or a short page. Each page
    read is stored (role wdtk_feed). Returns the events and the pages read."""
    reader = json_page if fmt == "json" else atom_page
    events: list[FeedEvent] = []
    for page in range(1, MAX_FEED_PAGES + 1):
        url = feed_url(slug, fmt, page)
        got = fetcher.get(url)
        part = reader(got.body)
        store.add_document(url=url, body=got.body, status=200, headers=got.headers, authority_id=force_id,
                           role="wdtk_feed")
        events += part
        if len(part) < PER_PAGE:
            break
        if stop_at is not None and min(e.key for e in part) <= stop_at:
            break
        if since is not None and min(e.key for e in part)[0].date() < since:
            break
    else:
        raise FeedError(f"{slug}: still more after {MAX_FEED_PAGES} pages")
    return events, page


def crawl(store: Any, bodies: Sequence[tuple[str, str]], fetcher: PoliteFetcher, *,
          since: date | None = None, parse: Callable[[Any], Any], full: bool = False, feed: str = "auto",
          log: Callable[[str], None] = lambda s: None) -> Summary:
    """Crawl `bodies` ((force id, url_name)) into `store` (a store.Store). `parse` turns
    (RawDoc page, [RawDoc attachments]) into a runner Result (a bounded worker's run).
    `feed`: json, atom, or auto (JSON, the Atom feed when the JSON will not do)."""
    summary = Summary()
    known = _known_updates(store)
    cursors = _cursors(store)
    for force_id, slug in bodies:
        last = cursors.get(slug)
        stop_at = None if full else last
        fmt = "json" if feed in ("auto", "json") else "atom"
        try:
            events, pages = read_feed(store, force_id, slug, fetcher, fmt, stop_at=stop_at, since=since)
        except (FetchError, FeedError) as exc:
            if feed != "auto":
                summary.failed.append(f"{force_id}: feed: {exc}")
                continue
            log(f"{force_id}: JSON feed unusable ({exc}); reading the Atom feed")
            fmt = "atom"
            try:
                events, pages = read_feed(store, force_id, slug, fetcher, fmt, stop_at=stop_at, since=since)
            except (FetchError, FeedError) as exc2:
                summary.failed.append(f"{force_id}: feed: {exc2}")
                continue
        summary.feed_pages += pages
        in_range = [e for e in events if since is None or e.key[0].date() >= since]
        new = [e for e in in_range if last is None or e.key > last]
        summary.new_events += len(new)
        failures = len(summary.failed)
        look_at = in_range if full else new  # a full pass looks at every request again
        if fmt == "json":
            _crawl_named(store, force_id, in_range, look_at, known, fetcher, parse, summary, log)
        else:
            _crawl_atom(store, force_id, look_at, known, fetcher, parse, summary, log)
        if events and len(summary.failed) == failures:
            _save_cursor(store, force_id, slug, max(events, key=lambda e: e.key), pages)
    summary.fetched = fetcher.count
    return summary


def _crawl_named(store: Any, force_id: str, events: list[FeedEvent], new: list[FeedEvent], known: dict[int, str],
                 fetcher: PoliteFetcher, parse: Callable[[Any], Any], summary: Summary,
                 log: Callable[[str], None]) -> None:
    """JSON feed: every event names its request and the request's updated_at. A new event's
    request, and any request on the pages read whose updated_at moved, is fetched unless the
    store already has that updated_at."""
    fresh = {e.event_id for e in new}
    requests: dict[int, FeedEvent] = {}
    for ev in events:
        if ev.request_id is None or not ev.url_title:
            continue
        if ev.event_id in fresh or known.get(ev.request_id) not in (None, ev.updated_at):
            requests.setdefault(ev.request_id, ev)
    for rid in sorted(requests):
        ev = requests[rid]
        summary.requests_seen += 1
        if known.get(rid) == ev.updated_at:
            summary.requests_unchanged += 1
            continue
        _one(store, force_id, ev.url_title or "", known, fetcher, parse, summary, log)


def _crawl_atom(store: Any, force_id: str, new: list[FeedEvent], known: dict[int, str], fetcher: PoliteFetcher,
                parse: Callable[[Any], Any], summary: Summary, log: Callable[[str], None]) -> None:
    """Atom feed: an entry names only its event; `/request_event/<id>` redirects to the
    request's page, whose JSON then lists the request's other events (no second look-up)."""
    covered: set[int] = set()
    for ev in sorted(new, key=lambda e: e.key):
        if ev.event_id in covered:
            continue
        try:
            got = fetcher.get(ev.link or f"{BASE}/request_event/{ev.event_id}")
            url_title = request_from_url(got.final_url or "")
            if not url_title:
                raise FetchError(f"event {ev.event_id}: its link led to {got.final_url}, not a request")
        except FetchError as exc:
            summary.failed.append(f"{force_id}: {exc}")
            continue
        summary.requests_seen += 1
        covered |= _one(store, force_id, url_title, known, fetcher, parse, summary, log)


def _one(store: Any, force_id: str, url_title: str, known: dict[int, str], fetcher: PoliteFetcher,
         parse: Callable[[Any], Any], summary: Summary, log: Callable[[str], None]) -> set[int]:
    """Fetch and store one request (unless the store has its updated_at); its event ids
    (empty when it could not be read)."""
    try:
        events, changed = _request(store, force_id, url_title, known, fetcher, parse, summary)
    except (FetchError, ValueError, KeyError, TypeError) as exc:
        summary.failed.append(f"{force_id}: request {url_title}: {exc}")
        return set()
    if not changed:
        summary.requests_unchanged += 1
        return events
    summary.requests_fetched += 1
    log(f"{force_id}: {url_title}")
    return events


def _request(store: Any, force_id: str, url_title: str, known: dict[int, str], fetcher: PoliteFetcher,
             parse: Callable[[Any], Any], summary: Summary) -> tuple[set[int], bool]:
    """Store one request's replies. Its event ids, and False when the store already had this
    version of it (its updated_at: nothing more is fetched)."""
    from parser import PARSER_VERSION, RawDoc

    json_url, page_url = f"{BASE}/request/{url_title}.json", f"{BASE}/request/{url_title}"
    got_json = fetcher.get(json_url)
    data = json.loads(got_json.body)
    events = data["info_request_events"]
    event_ids = {int(ev["id"]) for ev in events if isinstance(ev.get("id"), int)}
    if known.get(int(data["id"])) == data.get("updated_at"):
        return event_ids, False
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
                page = RawDoc(reply_page(data, url_title, msg.text), reply_url, "text/html")
                result = parse((page, [RawDoc(g.body, BASE + p, g.content_type) for p, g, _ in docs]))
                doc_ids = [page_doc.document_id] + [d.document_id for _, _, d in docs]
                record = result.value
                if result.error is not None or record is None:
                    store.record_parse_error(response_url=reply_url, error=result.error or "the parser returned nothing",
                                             document_ids=doc_ids)
                else:
                    complete_reply(record, force_id, data, req_text, msg.at)
                    row["disclosure_id"], row["matched_by"] = _save(store, force_id, record, reply_url, doc_ids,
                                                                    PARSER_VERSION)
                    summary.responses_stored += 1
                    summary.merged_with_log += row["matched_by"] in ("reference", "text")
            else:
                summary.other_replies += 1
            with store._tx(write=True) as conn:  # noqa: SLF001 - inside the request's batch
                conn.execute(text("DELETE FROM wdtk_replies WHERE url = :url"), {"url": reply_url})
                conn.execute(text(
                    "INSERT INTO wdtk_replies (url, request_id, message_id, request_url, authority_id, kind, "
                    "external_state, external_source, review_outcome, request_updated_at, disclosure_id, matched_by) "
                    "VALUES (:url, :request_id, :message_id, :request_url, :authority_id, :kind, :external_state, "
                    "'wdtk', :review_outcome, :request_updated_at, :disclosure_id, :matched_by)"), row)
    known[int(data["id"])] = data.get("updated_at") or ""
    return event_ids, True


def _save(store: Any, force_id: str, record: Any, reply_url: str, doc_ids: list[int], version: str
          ) -> tuple[int, str]:
    """The reply's disclosure: the force's own log entry when it has the same reference, or
    else the same letter (near-identical text, same figures, close in date): the WDTK
    documents are linked to it, one disclosure with two documents. Else a record of its own."""
    with store._tx(write=True) as conn:  # noqa: SLF001
        how = "reference"
        match = _match_log(conn, force_id, record.reference)
        if match is None:
            how, match = "text", _match_text(conn, force_id, record, reply_url)
        if match is not None:
            _merge_into(conn, match, doc_ids, reply_url)
            return match, how
    return store.save_disclosure(record, response_url=reply_url, document_ids=doc_ids, parser_version=version), "own"


def _merge_into(conn: Any, match: int, doc_ids: Sequence[int], reply_url: str) -> None:
    """The reply's documents become the log record's; a record the reply had is dropped."""
    for doc_id in doc_ids:
        conn.execute(text("DELETE FROM disclosure_documents WHERE disclosure_id = :d AND document_id = :k"),
                     {"d": match, "k": doc_id})
        conn.execute(text("INSERT INTO disclosure_documents (disclosure_id, document_id) VALUES (:d, :k)"),
                     {"d": match, "k": doc_id})
    # a record saved for this reply before the log was crawled is now the log's
    conn.execute(text("DELETE FROM disclosures WHERE response_url = :u"), {"u": reply_url})


def rematch(store: Any, force_ids: Sequence[str] | None = None) -> int:
    """Answers stored as records of their own that a log crawled since now holds (same
    reference, or the same letter): merged into the log's record, so a response in both
    sources is one disclosure whichever was crawled first. The log crawl runs this as it
    closes; returns how many were merged."""
    from types import SimpleNamespace

    where = " AND r.authority_id IN :ids" if force_ids else ""
    query = text(
        "SELECT r.url, r.authority_id, d.id AS own_id, d.reference, d.response_date, d.request_date, d.body_text, "
        "d.response_text FROM wdtk_replies r JOIN disclosures d ON d.id = r.disclosure_id "
        f"WHERE r.kind = 'response' AND r.matched_by = 'own'{where} ORDER BY r.url")
    if force_ids:
        from sqlalchemy import bindparam

        query = query.bindparams(bindparam("ids", expanding=True))
    try:
        with store.engine.connect() as conn:
            own = [dict(r) for r in conn.execute(query, {"ids": list(force_ids)} if force_ids else {}).mappings()]
    except (OperationalError, ProgrammingError):  # a store older than the wdtk_replies table
        return 0
    merged = 0
    for row in own:
        record = SimpleNamespace(**{k: row[k] for k in ("reference", "body_text", "response_text")},
                                 response_date=_as_date(row["response_date"]), request_date=_as_date(row["request_date"]))
        with store.batch(), store._tx(write=True) as conn:  # noqa: SLF001
            how = "reference"
            match = _match_log(conn, row["authority_id"], record.reference)
            if match is None:
                how, match = "text", _match_text(conn, row["authority_id"], record, row["url"])
            if match is None:
                continue
            doc_ids = [int(i) for i in conn.execute(text(
                "SELECT document_id FROM disclosure_documents WHERE disclosure_id = :d ORDER BY document_id"),
                {"d": row["own_id"]}).scalars()]
            _merge_into(conn, match, doc_ids, row["url"])
            conn.execute(text("UPDATE wdtk_replies SET disclosure_id = :d, matched_by = :m WHERE url = :u"),
                         {"d": match, "m": how, "u": row["url"]})
            merged += 1
    return merged


def _as_date(value: Any) -> date | None:
    """A stored date as the store hands it back: a date already, or its ISO text (SQLite)."""
    return value if value is None or isinstance(value, date) else _date(str(value))
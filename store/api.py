"""The Store: idempotent, versioned writes of raw documents and the records derived from them.

Every public write runs in one transaction; `Store.batch()` widens that to many writes, so
a crash half-way through a batch leaves the store exactly as it was.
"""
from __future__ import annotations

import csv
import hashlib
import threading
import zlib
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update

from store.engine import default_url, make_engine, upgrade
from store.models import (
    Authority,
    DisclosureDocument,
    DisclosureRow,
    Document,
    ExemptionRow,
    TableCell,
    TableRow,
)
from store.search import SearchHit, search

if TYPE_CHECKING:
    # Only for types: importing the parser package at run time would load spaCy and every
    # parser module, which `foi search` and the crawler's writes do not need.
    from parser.record import Disclosure, Exemption, Table

FetchState = Literal["new", "changed", "unchanged", "failed"]
Role = Literal["listing", "response", "attachment"]

_DATE_FIELDS = ("published_date", "request_date", "response_date")
_TEXT_FIELDS = ("authority_id", "authority", "regime", "reference", "title", "outcome",
                "request_text", "response_text", "body_text")


# Hot-path statements are built once: building and cache-keying a statement per call cost
# more than the database work itself (measured with bench/store.py).
_DOC = Document.__table__
_NEWEST_VERSION = (select(_DOC.c.id, _DOC.c.version, _DOC.c.status, _DOC.c.error, _DOC.c.sha256)
                   .where(_DOC.c.url == bindparam("url")).order_by(_DOC.c.version.desc()).limit(1))
_LATEST = (select(_DOC.c.id, _DOC.c.sha256, _DOC.c.etag, _DOC.c.last_modified)
           .where(_DOC.c.url == bindparam("url"), _DOC.c.is_latest.is_(True)).limit(1))
_SOURCE = select(_DOC.c.source).where(_DOC.c.id == bindparam("doc_id"))
_NOT_LATEST = update(_DOC).where(_DOC.c.id == bindparam("doc_id")).values(is_latest=False)
_INSERT_DOC = insert(_DOC).returning(_DOC.c.id)
_DIS = DisclosureRow.__table__
_DISCLOSURE_ID = select(_DIS.c.id).where(_DIS.c.response_url == bindparam("response_url"))
_INSERT_DISCLOSURE = insert(_DIS).returning(_DIS.c.id)
_EX, _TB, _CELLS = ExemptionRow.__table__, TableRow.__table__, TableCell.__table__
_LINK = DisclosureDocument.__table__
_DELETE_CELLS = delete(_CELLS).where(_CELLS.c.table_id.in_(
    select(_TB.c.id).where(_TB.c.disclosure_id == bindparam("did")).scalar_subquery()))
_DELETE_TABLES = delete(_TB).where(_TB.c.disclosure_id == bindparam("did"))
_DELETE_EXEMPTIONS = delete(_EX).where(_EX.c.disclosure_id == bindparam("did"))
# A record's links to its own documents are remade by each parse; links to another response's
# documents (the same letter found on WhatDoTheyKnow and merged into this log record: their
# response_url is the reply's) belong to that merge and outlive a reparse of this record.
_FOREIGN_LINK = select(_DOC.c.id).where(
    _DOC.c.id == _LINK.c.document_id, _DOC.c.response_url.is_not(None),
    _DOC.c.response_url != select(_DIS.c.response_url).where(
        _DIS.c.id == _LINK.c.disclosure_id).correlate(_LINK).scalar_subquery()).correlate(_LINK).exists()
_DELETE_LINKS = delete(_LINK).where(_LINK.c.disclosure_id == bindparam("did"), ~_FOREIGN_LINK)
_INSERT_EXEMPTIONS = insert(_EX)
_INSERT_TABLE = insert(_TB).returning(_TB.c.id)
_INSERT_CELLS = insert(_CELLS)
_INSERT_LINKS = insert(_LINK)
# The response a stored page belongs to (see Store._response_pages).
RESPONSE_KEY = func.coalesce(_DOC.c.response_url, _DOC.c.final_url, _DOC.c.url)


@dataclass(frozen=True)
class FetchResult:
    """What add_document did: the id of the row now holding those bytes, and why."""

    document_id: int
    state: FetchState


@dataclass(frozen=True)
class StoredDoc:
    """A stored page or attachment, shaped like parser.RawDoc (content, url, content_type)."""

    content: bytes
    url: str
    content_type: str | None
    document_id: int


def _clean(value: Any) -> Any:
    """Strip NUL characters (PostgreSQL text refuses them; PDFs sometimes carry them)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _as_date(value: Any, field: str, warnings: list[str]) -> date | None:
    """A contract date ("YYYY-MM-DD") as a date; anything else becomes None and a warning."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        warnings.append(f"store: {field} {value!r} is not a YYYY-MM-DD date; stored as null")
        return None


DATE_SOURCES = ("response", "published", "request", "url")


def best_date(values: Mapping[str, Any], url_month: bool = False) -> tuple[date | None, str | None]:
    """The one date a response is counted under, and where it came from: the response date
    the letter prints, else the log's published date, else the request date; a published
    date the crawl took from the month in the URL (`url_month`) is the URL's. (None, None)
    for an undated response: a fetch or capture date only says it existed by then, so it is
    never used as its date (migration 0009_best_date keeps the same rule for older rows)."""
    for field, source in (("response_date", "response"), ("published_date", "published"),
                          ("request_date", "request")):
        if values.get(field) is not None:
            return values[field], ("url" if source == "published" and url_month else source)
    return None, None


def _disclosure_values(record: Disclosure, parser_version: str) -> dict[str, Any]:
    """The disclosures row of a record (without response_url)."""
    warnings = list(_clean(list(record.warnings)))
    values: dict[str, Any] = {f: _clean(getattr(record, f)) for f in _TEXT_FIELDS}
    for f in ("request_text", "response_text", "body_text"):
        values[f] = values[f] or ""
    for f in _DATE_FIELDS:
        values[f] = _as_date(getattr(record, f), f, warnings)
    values.update(ncnd=bool(record.ncnd), warnings=warnings, parser_version=parser_version,
                  parsed_at=datetime.now(timezone.utc), error=None,
                  # "month" when the date was known to the month only (crawler.fields); else NULL
                  date_precision=getattr(record, "date_precision", None),
                  outcome_evidence=None, outcome_confidence=None, needs_review=None, review_reasons=None)
    values["best_date"], values["date_source"] = best_date(
        values, url_month=getattr(record, "date_source", None) == "url")
    if record.outcome_confidence is not None:  # judged (0006_evidence_review); else left NULL
        values.update(outcome_evidence=_clean(list(record.outcome_evidence)),
                      outcome_confidence=record.outcome_confidence,
                      needs_review=bool(record.needs_review),
                      review_reasons=_clean(list(record.review_reasons)))
    return values


def _exemption_values(disclosure_id: int, e: Exemption) -> dict[str, Any]:
    return dict(disclosure_id=disclosure_id, code=_clean(e.code), section=_clean(e.section),
                statute=_clean(e.statute), name=_clean(e.name), ncnd=bool(e.ncnd),
                evidence=_clean(e.evidence) or "", confidence=e.confidence)


def _table_values(disclosure_id: int, position: int, table: Table) -> dict[str, Any]:
    return dict(disclosure_id=disclosure_id, position=position, caption=_clean(table.caption),
                header=_clean(list(table.header)), rows=[_clean(list(r)) for r in table.rows],
                source=table.source)


def _cell_values(table_id: int, c: Any) -> dict[str, Any]:
    return dict(table_id=table_id, row_label=_clean(c.row), column_label=_clean(c.column),
                text=_clean(c.text), value=c.value, unit=_clean(c.unit))


def _chunks(values: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    """IN lists of bounded length (SQLite caps bound parameters per statement)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _gazetteer() -> list[dict[str, Any]]:
    """The authorities gazetteer: parser.fields.authority.load_gazetteer(), else its CSV, else []."""
    try:
        from parser.fields.authority import load_gazetteer  # type: ignore[attr-defined]

        return list(load_gazetteer())
    except Exception:  # the parser not there yet or broken mid-edit: the CSV still seeds
        path = Path(__file__).resolve().parent.parent / "parser" / "data" / "authorities.csv"
        if not path.exists():
            return []
        with path.open(newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))


def _take_write_lock(conn: Connection) -> None:
    """Writers take the store's write lock when their transaction starts, so two crawls (or
    a crawl and a reparse) on one store queue instead of racing. SQLite: BEGIN IMMEDIATE
    (a deferred transaction that reads then writes fails at once with "database is
    locked" when another wrote meanwhile; IMMEDIATE waits out the busy timeout instead).
    PostgreSQL: a transaction-scoped advisory lock, so the read-then-insert of a document
    version never runs twice at once (it would duplicate or break the unique version)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7420916)")


_PUBLISHER = select(_DOC.c.id, _DOC.c.authority_id).where(_DOC.c.id.in_(bindparam("ids", expanding=True)))
_AUTHORITY_NAME = select(Authority.name).where(Authority.id == bindparam("aid"))


def _as_publisher(values: dict[str, Any], publisher: str | None, publisher_name: str | None) -> dict[str, Any]:
    """A record's row with the publishing force as its authority: the body the text names,
    when another, is kept as named_authority (its id when known, else its name)."""
    values = dict(values, named_authority=None)
    if not publisher:
        return values
    if values.get("authority_id") == publisher:
        values["authority"] = values.get("authority") or publisher_name
        return values
    named = values.get("authority_id") or values.get("authority")
    values.update(authority_id=publisher, authority=publisher_name, named_authority=named)
    return values


_NEW_COLUMNS = ("named_authority", "date_precision",  # migration 0004_src_access
                "outcome_evidence", "outcome_confidence", "needs_review", "review_reasons",  # 0006_evidence_review
                "best_date", "date_source")  # 0009_best_date


def _exemption_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Exemption rows without `confidence` when none has one (a store before 0006_evidence_review)."""
    if all(r.get("confidence") is None for r in rows):
        return [{k: v for k, v in r.items() if k != "confidence"} for r in rows]
    return rows


def _without_unset_named(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New rows leave 0004_src_access's columns to their NULL default when none of them has
    a value (so the API still writes to a store opened before that migration, as tests do)."""
    unset = [c for c in _NEW_COLUMNS if all(r.get(c) is None for r in rows)]
    return [{k: v for k, v in r.items() if k not in unset} for r in rows]


class Store:
    """A handle on one SQL store (SQLite file or PostgreSQL database)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._local = threading.local()

    # ------------------------------------------------------------------ lifecycle
    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def batch(self) -> Iterator["Store"]:
        """Run every write inside the block in ONE transaction (all or nothing)."""
        if getattr(self._local, "conn", None) is not None:
            yield self
            return
        with self.engine.begin() as conn:
            _take_write_lock(conn)
            self._local.conn = conn
            try:
                yield self
            finally:
                self._local.conn = None

    @contextmanager
    def _tx(self, write: bool = False) -> Iterator[Connection]:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            yield conn
        else:
            with self.engine.begin() as conn:
                if write:
                    _take_write_lock(conn)
                yield conn

    # ---------------------------------------------------------------- authorities
    def seed_authorities(self, rows: Sequence[Mapping[str, Any]] | None = None) -> int:
        """Insert or refresh gazetteer rows (never deletes); returns how many were written."""
        rows = _gazetteer() if rows is None else rows
        table = Authority.__table__
        written = 0
        with self._tx(write=True) as conn:
            existing = {r.id: tuple(r[1:]) for r in conn.execute(
                select(Authority.id, Authority.name, Authority.kind, Authority.country,
                       Authority.website))}
            for row in rows:
                if not row.get("id"):
                    continue
                values = (row.get("name") or row["id"], row.get("kind") or None,
                          row.get("country") or None, row.get("website") or None)
                if row["id"] not in existing:
                    conn.execute(insert(table).values(id=row["id"], name=values[0], kind=values[1],
                                                      country=values[2], website=values[3]))
                elif existing[row["id"]] != values:
                    conn.execute(update(table).where(table.c.id == row["id"]).values(
                        name=values[0], kind=values[1], country=values[2], website=values[3]))
                else:
                    continue
                written += 1
        return written

    # ------------------------------------------------------------------ documents
    def add_document(
        self,
        *,
        url: str,
        body: bytes | None,
        status: int | None,
        headers: Mapping[str, str] | None = None,
        final_url: str | None = None,
        fetched_at: datetime | None = None,
        error: str | None = None,
        authority_id: str | None = None,
        role: Role = "response",
        response_url: str | None = None,
        source: str = "live",
        captured_at: datetime | None = None,
        archive_url: str | None = None,
        found_via: str | None = None,
    ) -> FetchResult:
        """Keep a fetched page/attachment. Same bytes as the latest version: nothing written,
        unless they now come from elsewhere (bytes first read from the archive, then seen
        live): that is a new version, so the store says where its latest bytes were seen.

        A failure (no bytes) is logged as a version row with its error but does not hide the
        last good bytes: `is_latest` marks the newest version WITH bytes when there is one.
        """
        lowered = {k.lower(): v for k, v in (headers or {}).items()}
        with self._tx(write=True) as conn:
            newest = conn.execute(_NEWEST_VERSION, {"url": url}).first()
            latest = conn.execute(_LATEST, {"url": url}).first()
            good = latest if latest is not None and latest.sha256 is not None else None
            if body is None and status == 304 and good is not None:
                return FetchResult(good.id, "unchanged")
            values: dict[str, Any] = dict(
                url=url, final_url=final_url, status=status,
                content_type=lowered.get("content-type"), etag=lowered.get("etag"),
                last_modified=lowered.get("last-modified"),
                fetched_at=fetched_at or datetime.now(timezone.utc),
                authority_id=authority_id, role=role, response_url=response_url,
                version=(newest.version + 1) if newest is not None else 1,
            )
            # Provenance columns only when they say something a plain live fetch would not
            # ("live" is the column's default): rows stay writable mid-upgrade.
            provenance = dict(source=source, captured_at=captured_at, archive_url=archive_url,
                              found_via=found_via)
            values.update({k: v for k, v in provenance.items() if v is not None and v != "live"})
            if body is None:
                error = _clean(error) or f"no content (HTTP status {status})"
                if newest is not None and newest.sha256 is None and newest.error == error \
                        and newest.status == status:
                    return FetchResult(newest.id, "failed")
                values.update(body=None, sha256=None, size=None, error=error,
                              is_latest=good is None)
                if good is None and latest is not None:
                    conn.execute(_NOT_LATEST, {"doc_id": latest.id})
                new_id = conn.execute(_INSERT_DOC, values).scalar_one()
                return FetchResult(new_id, "failed")
            sha = hashlib.sha256(body).hexdigest()
            if good is not None and good.sha256 == sha and \
                    (conn.execute(_SOURCE, {"doc_id": good.id}).scalar() or "live") == source:
                return FetchResult(good.id, "unchanged")
            if latest is not None:
                conn.execute(_NOT_LATEST, {"doc_id": latest.id})
            values.update(body=zlib.compress(body, 6), sha256=sha, size=len(body),
                          error=_clean(error), is_latest=True)
            new_id = conn.execute(_INSERT_DOC, values).scalar_one()
            return FetchResult(new_id, "changed" if good is not None else "new")

    def validators(self, url: str) -> dict[str, str]:
        """Conditional-request headers for the latest stored bytes of `url` ({} if none)."""
        with self._tx() as conn:
            row = conn.execute(_LATEST, {"url": url}).first()
        if row is None or row.sha256 is None:
            return {}
        out: dict[str, str] = {}
        if row.etag:
            out["If-None-Match"] = row.etag
        if row.last_modified:
            out["If-Modified-Since"] = row.last_modified
        return out

    def document_body(self, document_id: int) -> bytes | None:
        """The raw bytes of one stored version (None for a failure)."""
        with self._tx() as conn:
            blob = conn.execute(select(Document.body).where(Document.id == document_id)).scalar()
        return zlib.decompress(blob) if blob is not None else None

    # ---------------------------------------------------------------- disclosures
    def _derived_columns(self, conn: Connection) -> frozenset[str]:
        """The 0009_best_date columns this store's disclosures table lacks (a store opened
        without migrating, as tests of older schemas do): their values are left out."""
        if "_missing_derived" not in self.__dict__:
            from sqlalchemy import inspect

            have = {c["name"] for c in inspect(conn).get_columns("disclosures")}
            self._missing_derived = frozenset(c for c in ("best_date", "date_source") if c not in have)
        return self._missing_derived

    def _fit(self, conn: Connection, values: dict[str, Any]) -> dict[str, Any]:
        missing = self._derived_columns(conn)
        return {k: v for k, v in values.items() if k not in missing} if missing else values

    def save_disclosure(self, record: Disclosure, *, response_url: str,
                        document_ids: Sequence[int], parser_version: str) -> int:
        """Write (or replace) the record for one response and everything derived from it."""
        values = _disclosure_values(record, parser_version)
        with self._tx(write=True) as conn:
            values = self._fit(conn, values)
            publisher = self._publishers(conn, [document_ids])[0]
            values = _as_publisher(values, publisher, self._authority_name(conn, publisher))
            disclosure_id, fresh = self._upsert_disclosure(conn, response_url, values)
            self._replace_derived(conn, disclosure_id, record.exemptions, record.tables,
                                  fresh=fresh)
            self._link_documents(conn, disclosure_id, document_ids, fresh=fresh)
        return disclosure_id

    def save_disclosures(self, items: Sequence[tuple[Disclosure, str, Sequence[int]]], *,
                         parser_version: str) -> list[int]:
        """save_disclosure for many (record, response_url, document_ids) in a few statements.

        Reparse writes thousands of records; one at a time that is ~8 round trips each, the
        parent's bottleneck. Here each table gets one executemany per batch, in record order,
        so the rows (and their ids) are those the one-at-a-time path would make.
        """
        if not items:
            return []
        urls = [url for _, url, _ in items]
        if len(set(urls)) != len(urls):  # the same response twice: later must replace earlier
            with self.batch():
                return [self.save_disclosure(r, response_url=u, document_ids=d,
                                             parser_version=parser_version) for r, u, d in items]
        rows = [_disclosure_values(record, parser_version) for record, _, _ in items]
        with self._tx(write=True) as conn:
            rows = [self._fit(conn, v) for v in rows]
            publishers = self._publishers(conn, [doc_ids for _, _, doc_ids in items])
            rows = [_as_publisher(v, p, self._authority_name(conn, p)) for v, p in zip(rows, publishers)]
            existing: dict[str, int] = {}
            for part in _chunks(urls):
                existing.update((u, i) for i, u in conn.execute(
                    select(_DIS.c.id, _DIS.c.response_url).where(_DIS.c.response_url.in_(part))))
            old_ids = [existing[u] for u in urls if u in existing]
            for part in _chunks(old_ids):
                conn.execute(delete(_CELLS).where(_CELLS.c.table_id.in_(
                    select(_TB.c.id).where(_TB.c.disclosure_id.in_(part)).scalar_subquery())))
                conn.execute(delete(_TB).where(_TB.c.disclosure_id.in_(part)))
                conn.execute(delete(_EX).where(_EX.c.disclosure_id.in_(part)))
                conn.execute(delete(_LINK).where(_LINK.c.disclosure_id.in_(part), ~_FOREIGN_LINK))
            kept = set()
            for part in _chunks(old_ids):
                kept.update(tuple(r) for r in conn.execute(
                    select(_LINK.c.disclosure_id, _LINK.c.document_id).where(_LINK.c.disclosure_id.in_(part))))
            updates = [{"did": existing[u], **v} for u, v in zip(urls, rows) if u in existing]
            if updates:
                conn.execute(update(_DIS).where(_DIS.c.id == bindparam("did")), updates)
            fresh = _without_unset_named([{"response_url": u, **v} for u, v in zip(urls, rows) if u not in existing])
            if fresh:
                new_ids = conn.execute(insert(_DIS).returning(_DIS.c.id, sort_by_parameter_order=True),
                                       fresh).scalars().all()
                existing.update(zip((f["response_url"] for f in fresh), new_ids))
            ids = [existing[u] for u in urls]
            exemptions = [_exemption_values(did, e) for did, (record, _, _) in zip(ids, items)
                          for e in record.exemptions]
            if exemptions:
                conn.execute(_INSERT_EXEMPTIONS, _exemption_rows(exemptions))
            tables = [(did, position, table) for did, (record, _, _) in zip(ids, items)
                      for position, table in enumerate(record.tables)]
            if tables:
                table_ids = conn.execute(
                    insert(_TB).returning(_TB.c.id, sort_by_parameter_order=True),
                    [_table_values(did, position, table) for did, position, table in tables]
                ).scalars().all()
                cells = [_cell_values(tid, c) for tid, (_, _, table) in zip(table_ids, tables)
                         for c in table.long()]
                if cells:
                    conn.execute(_INSERT_CELLS, cells)
            links = [dict(disclosure_id=did, document_id=i)
                     for did, (_, _, doc_ids) in zip(ids, items) for i in sorted(set(doc_ids)) if (did, i) not in kept]
            if links:
                conn.execute(_INSERT_LINKS, links)
        return ids

    def record_parse_error(self, *, response_url: str, error: str,
                           document_ids: Sequence[int] = ()) -> int:
        """Note that parsing a response failed; an earlier good record is kept, not wiped."""
        with self._tx(write=True) as conn:
            existing = conn.execute(select(DisclosureRow.id).where(
                DisclosureRow.response_url == response_url)).scalar()
            table = DisclosureRow.__table__
            # parsed_at: when the last parse (good or failed) was written; a reparse shared
            # by several processes tells by it what another already did (store.reparse).
            attempted = datetime.now(timezone.utc)
            if existing is not None:
                conn.execute(update(table).where(table.c.id == existing).values(
                    error=_clean(error), parsed_at=attempted))
                disclosure_id = existing
            else:
                disclosure_id = conn.execute(insert(table).values(
                    response_url=response_url, ncnd=False, request_text="", response_text="",
                    body_text="", warnings=[], error=_clean(error), parsed_at=attempted,
                ).returning(table.c.id)).scalar_one()
            self._link_documents(conn, disclosure_id, document_ids)
        return disclosure_id

    @staticmethod
    def _publishers(conn: Connection, doc_id_lists: Sequence[Sequence[int]]) -> list[str | None]:
        """The publisher of each response: the authority its first document (the page) was
        stored under, i.e. the force whose log the crawler found it in (or `foi add --authority`)."""
        firsts = [ids[0] if ids else None for ids in doc_id_lists]
        wanted = sorted({i for i in firsts if i is not None})
        found: dict[int, str | None] = {}
        for part in _chunks(wanted):
            found.update(conn.execute(_PUBLISHER, {"ids": list(part)}).all())
        return [found.get(i) if i is not None else None for i in firsts]

    def _authority_name(self, conn: Connection, authority_id: str | None) -> str | None:
        """The gazetteer's name for an authority id (cached; None when it is not there)."""
        if not authority_id:
            return None
        names = self.__dict__.setdefault("_names", {})
        if authority_id not in names:
            names[authority_id] = conn.execute(_AUTHORITY_NAME, {"aid": authority_id}).scalar()
        return names[authority_id]

    @staticmethod
    def _upsert_disclosure(conn: Connection, response_url: str, values: dict[str, Any]
                           ) -> tuple[int, bool]:
        """(disclosure id, whether the row is new)."""
        existing = conn.execute(_DISCLOSURE_ID, {"response_url": response_url}).scalar()
        if existing is None:
            return conn.execute(_INSERT_DISCLOSURE, _without_unset_named([{"response_url": response_url, **values}])[0]
                                ).scalar_one(), True
        conn.execute(update(_DIS).where(_DIS.c.id == bindparam("did")), {"did": existing, **values})
        return existing, False

    @staticmethod
    def _replace_derived(conn: Connection, disclosure_id: int, exemptions: Sequence[Exemption],
                         tables: Sequence[Table], *, fresh: bool = False) -> None:
        if not fresh:  # a new row has nothing derived yet: skipping saves round trips
            did = {"did": disclosure_id}
            conn.execute(_DELETE_CELLS, did)
            conn.execute(_DELETE_TABLES, did)
            conn.execute(_DELETE_EXEMPTIONS, did)
        if exemptions:
            conn.execute(_INSERT_EXEMPTIONS, _exemption_rows([_exemption_values(disclosure_id, e) for e in exemptions]))
        for position, table in enumerate(tables):
            table_id = conn.execute(_INSERT_TABLE, _table_values(disclosure_id, position, table)
                                    ).scalar_one()
            tidy = [_cell_values(table_id, c) for c in table.long()]
            if tidy:
                conn.execute(_INSERT_CELLS, tidy)

    @staticmethod
    def _link_documents(conn: Connection, disclosure_id: int, document_ids: Sequence[int], *,
                        fresh: bool = False) -> None:
        kept: set[int] = set()
        if not fresh:
            conn.execute(_DELETE_LINKS, {"did": disclosure_id})
            kept = set(conn.execute(select(_LINK.c.document_id).where(_LINK.c.disclosure_id == disclosure_id)).scalars())
        ids = sorted(set(document_ids) - kept)
        if ids:
            conn.execute(_INSERT_LINKS, [dict(disclosure_id=disclosure_id, document_id=i) for i in ids])

    def get_disclosure(self, response_url: str) -> Disclosure | None:
        """Rebuild the stored record for a response (None if there is none)."""
        from parser.record import Disclosure, Exemption, Table

        with self._tx() as conn:
            row = conn.execute(select(DisclosureRow).where(
                DisclosureRow.response_url == response_url)).mappings().first()
            if row is None:
                return None
            exemptions = [Exemption(code=e.code, section=e.section, statute=e.statute, name=e.name,
                                    ncnd=e.ncnd, evidence=e.evidence, confidence=e.confidence)
                          for e in conn.execute(select(ExemptionRow).where(
                              ExemptionRow.disclosure_id == row["id"]).order_by(ExemptionRow.id))]
            tables = [Table(header=list(t.header or []), rows=[list(r) for r in t.rows or []],
                            caption=t.caption, source=t.source or "html")
                      for t in conn.execute(select(TableRow).where(
                          TableRow.disclosure_id == row["id"]).order_by(TableRow.position))]
        fields = {f: row[f] for f in _TEXT_FIELDS}
        dates = {f: row[f].isoformat() if row[f] else None for f in _DATE_FIELDS}
        return Disclosure(path=response_url, ncnd=bool(row["ncnd"]), exemptions=exemptions,
                          tables=tables, warnings=list(row["warnings"] or []), **fields, **dates,
                          outcome_evidence=list(row["outcome_evidence"] or []),
                          outcome_confidence=row["outcome_confidence"],
                          needs_review=bool(row["needs_review"]),
                          review_reasons=list(row["review_reasons"] or []))

    # ------------------------------------------------------------------- reparse
    def response_versions(self) -> dict[str, str | None]:
        """response_url -> parser_version of its record (None when its last parse failed)."""
        with self._tx() as conn:
            return {r.response_url: (None if r.error else r.parser_version) for r in conn.execute(
                select(DisclosureRow.response_url, DisclosureRow.parser_version,
                       DisclosureRow.error))}

    def _response_pages(self) -> list[Any]:
        """(id, key) of every response page with stored bytes; key = its response_url.

        A response is known by where it finally lives, as the crawl keys it: a legacy link
        that redirected (Police Scotland's old /0/2019/... paths) is the same response as
        its target, never a record of its own. Stores written before pages carried their
        response_url fall back on final_url. When several fetches land on one key the
        newest is the page (the one the crawl parsed last).
        """
        with self._tx() as conn:
            rows = conn.execute(
                select(Document.id, RESPONSE_KEY.label("key")).where(
                    Document.role == "response", Document.is_latest.is_(True),
                    Document.sha256.is_not(None)).order_by(Document.id)).all()
        newest = {row.key: row for row in rows}
        return sorted(newest.values(), key=lambda row: row.id)

    def drop_alias_records(self) -> int:
        """Delete records keyed by a redirected link rather than by its response (an older
        reparse made them: stubs without their attachments). Returns how many went."""
        with self._tx(write=True) as conn:
            aliases = select(Document.url).where(
                Document.role == "response", Document.url != RESPONSE_KEY).scalar_subquery()
            keys = select(RESPONSE_KEY).where(Document.role == "response").scalar_subquery()
            ids = list(conn.execute(select(_DIS.c.id).where(
                _DIS.c.response_url.in_(aliases), _DIS.c.response_url.not_in(keys))).scalars())
            for part in _chunks(ids):
                conn.execute(delete(_CELLS).where(_CELLS.c.table_id.in_(
                    select(_TB.c.id).where(_TB.c.disclosure_id.in_(part)).scalar_subquery())))
                for table in (_TB, _EX, _LINK):
                    conn.execute(delete(table).where(table.c.disclosure_id.in_(part)))
                conn.execute(delete(_DIS).where(_DIS.c.id.in_(part)))
        return len(ids)

    def response_urls(self) -> list[str]:
        """The response_url of every response page with stored bytes, oldest first."""
        return [p.key for p in self._response_pages()]

    def iter_responses(self, only: Collection[str] | None = None, *, chunk: int = 100
                       ) -> Iterator[tuple[str, StoredDoc, list[StoredDoc]]]:
        """(response_url, page, [attachments]) from the latest stored bytes, for reparse.

        StoredDoc.url is the final URL after redirects when known (what the crawler parsed).
        Reads in short transactions of `chunk` pages so a long reparse never holds the
        database open against the writes it makes.
        """
        pages = self._response_pages()
        if only is not None:
            wanted = set(only)
            pages = [p for p in pages if p.key in wanted]
        for start in range(0, len(pages), chunk):
            part = pages[start:start + chunk]
            page_ids = {p.id for p in part}
            with self._tx() as conn:
                docs = conn.execute(
                    select(Document.id, func.coalesce(Document.final_url, Document.url),
                           Document.content_type, Document.body, Document.response_url).where(
                        Document.is_latest.is_(True), Document.sha256.is_not(None),
                        Document.id.in_(page_ids)
                        | ((Document.role == "attachment")
                           & Document.response_url.in_([p.key for p in part])))
                    .order_by(Document.id)
                ).all()
            attachments: dict[str, list[StoredDoc]] = {p.key: [] for p in part}
            page_docs: dict[int, StoredDoc] = {}
            for doc_id, url, content_type, body, response_url in docs:
                stored = StoredDoc(zlib.decompress(body), url, content_type, doc_id)
                if doc_id in page_ids:
                    page_docs[doc_id] = stored
                else:
                    attachments[response_url].append(stored)
            for p in part:
                yield p.key, page_docs[p.id], attachments[p.key]

    def response_refs(self, only: Collection[str] | None = None
                      ) -> list[tuple[str, int, list[int]]]:
        """(response_url, page id, [attachment ids]) of each response, no bytes: the jobs that
        reparse workers load themselves (load_documents), so the parent only writes."""
        pages = self._response_pages()
        if only is not None:
            wanted = set(only)
            pages = [p for p in pages if p.key in wanted]
        attachments: dict[str, list[int]] = {p.key: [] for p in pages}
        with self._tx() as conn:
            for doc_id, response_url in conn.execute(
                    select(Document.id, Document.response_url).where(
                        Document.role == "attachment", Document.is_latest.is_(True),
                        Document.sha256.is_not(None)).order_by(Document.id)):
                if response_url in attachments:
                    attachments[response_url].append(doc_id)
        return [(p.key, p.id, attachments[p.key]) for p in pages]

    def load_documents(self, ids: Sequence[int]) -> list[StoredDoc]:
        """The stored versions `ids` (in that order), shaped as iter_responses yields them."""
        with self._tx() as conn:
            found = {row[0]: row for row in conn.execute(
                select(Document.id, func.coalesce(Document.final_url, Document.url),
                       Document.content_type, Document.body).where(Document.id.in_(list(ids))))}
        return [StoredDoc(zlib.decompress(found[i][3]), found[i][1], found[i][2], i) for i in ids]

    # -------------------------------------------------------------------- search
    def search(self, text: str, *, authority: str | None = None, since: date | None = None,
               limit: int = 20) -> list[SearchHit]:
        """Full-text search over title, request, response and body text (see store.search)."""
        return search(self.engine, text, authority=authority, since=since, limit=limit)

    def counts(self) -> dict[str, int]:
        """Rows per table: for `foi db upgrade`, tests and the benchmark."""
        out: dict[str, int] = {}
        with self._tx() as conn:
            for model in (Authority, Document, DisclosureRow, DisclosureDocument, ExemptionRow,
                          TableRow, TableCell):
                out[model.__tablename__] = conn.execute(
                    select(func.count()).select_from(model.__table__)).scalar_one()
        return out


def open_store(url: str | None = None, *, migrate: bool = True, seed: bool = True) -> Store:
    """Open (creating and migrating to head if needed) the store at `url`.

    url: `sqlite:///path` or `postgresql+psycopg://...`; default FOI_DATABASE_URL, else
    data/foi.db. An empty `authorities` table is seeded from the gazetteer; `foi db upgrade`
    re-syncs it (loading the gazetteer imports the parser, too slow for every open).
    """
    engine = make_engine(url or default_url())
    if migrate:
        upgrade(engine)
    store = Store(engine)
    if seed:
        with store._tx() as conn:
            empty = conn.execute(select(Authority.id).limit(1)).first() is None
        if empty:
            store.seed_authorities()
    return store

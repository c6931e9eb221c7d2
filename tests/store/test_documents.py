"""Raw documents: idempotent, versioned, compressed; failures kept without bytes."""
from __future__ import annotations

import hashlib
import zlib

from sqlalchemy import select, text

from store import Store
from store.models import Document

PAGE = "http://127.0.0.1/www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-20724-hostage/"
HEADERS = {"Content-Type": "text/html; charset=utf-8", "ETag": '"abc"',
           "Last-Modified": "Tue, 12 Mar 2024 10:00:00 GMT"}


def _rows(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(Document.url, Document.version, Document.is_latest, Document.sha256,
                   Document.status, Document.error).order_by(Document.id))]


def test_storing_the_same_page_twice_adds_nothing(store: Store) -> None:
    first = store.add_document(url=PAGE, body=b"<html>v1</html>", status=200, headers=HEADERS,
                               authority_id="cleveland")
    before = store.counts()
    second = store.add_document(url=PAGE, body=b"<html>v1</html>", status=200, headers=HEADERS,
                                authority_id="cleveland")
    assert first.state == "new"
    assert second.state == "unchanged"
    assert second.document_id == first.document_id
    assert store.counts() == before
    assert before["documents"] == 1


def test_a_changed_page_adds_a_version_and_keeps_the_old_bytes(store: Store) -> None:
    first = store.add_document(url=PAGE, body=b"<html>v1</html>", status=200)
    second = store.add_document(url=PAGE, body=b"<html>v2</html>", status=200)
    assert second.state == "changed"
    assert second.document_id != first.document_id
    assert [(r[1], r[2]) for r in _rows(store)] == [(1, False), (2, True)]
    assert store.document_body(first.document_id) == b"<html>v1</html>"
    assert store.document_body(second.document_id) == b"<html>v2</html>"
    # Back to the first content: that is a change too (a third version), never a rewrite.
    third = store.add_document(url=PAGE, body=b"<html>v1</html>", status=200)
    assert third.state == "changed"
    assert [(r[1], r[2]) for r in _rows(store)] == [(1, False), (2, False), (3, True)]


def test_raw_bytes_are_zlib_compressed_with_size_and_sha256(store: Store) -> None:
    body = b"<p>hostage negotiator</p>" * 200
    result = store.add_document(url=PAGE, body=body, status=200, headers=HEADERS)
    with store.engine.connect() as conn:
        row = conn.execute(select(Document).where(Document.id == result.document_id)).mappings().one()
    assert zlib.decompress(row["body"]) == body
    assert len(row["body"]) < len(body)
    assert row["size"] == 5000
    assert row["sha256"] == hashlib.sha256(body).hexdigest()
    assert row["content_type"] == "text/html; charset=utf-8"
    assert row["etag"] == '"abc"'
    assert row["last_modified"] == "Tue, 12 Mar 2024 10:00:00 GMT"
    assert store.validators(PAGE) == {"If-None-Match": '"abc"',
                                      "If-Modified-Since": "Tue, 12 Mar 2024 10:00:00 GMT"}
    assert store.validators("http://127.0.0.1/never-fetched") == {}


def test_a_failure_is_recorded_with_its_error_and_no_bytes(store: Store) -> None:
    failed = store.add_document(url=PAGE, body=None, status=503, error="HTTP 503 Service Unavailable")
    assert failed.state == "failed"
    assert _rows(store) == [(PAGE, 1, True, None, 503, "HTTP 503 Service Unavailable")]
    assert store.document_body(failed.document_id) is None
    assert store.validators(PAGE) == {}
    # The same failure again is not logged twice.
    again = store.add_document(url=PAGE, body=None, status=503, error="HTTP 503 Service Unavailable")
    assert (again.state, again.document_id) == ("failed", failed.document_id)
    assert store.counts()["documents"] == 1
    # A later success is the first good copy: "new", and it becomes the latest.
    good = store.add_document(url=PAGE, body=b"<html>ok</html>", status=200, headers=HEADERS)
    assert good.state == "new"
    assert [(r[1], r[2]) for r in _rows(store)] == [(1, False), (2, True)]


def test_a_failure_after_a_success_does_not_hide_the_good_bytes(store: Store) -> None:
    good = store.add_document(url=PAGE, body=b"<html>ok</html>", status=200, headers=HEADERS)
    failed = store.add_document(url=PAGE, body=None, status=None, error="TimeoutError: read timed out")
    assert failed.state == "failed"
    assert [(r[1], r[2], r[5]) for r in _rows(store)] == [
        (1, True, None), (2, False, "TimeoutError: read timed out")]
    assert store.validators(PAGE)["If-None-Match"] == '"abc"'
    assert store.response_urls() == [PAGE]
    assert store.document_body(good.document_id) == b"<html>ok</html>"


def test_not_modified_is_unchanged(store: Store) -> None:
    good = store.add_document(url=PAGE, body=b"<html>ok</html>", status=200, headers=HEADERS)
    result = store.add_document(url=PAGE, body=None, status=304)
    assert (result.state, result.document_id) == ("unchanged", good.document_id)
    assert store.counts()["documents"] == 1


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        return
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1

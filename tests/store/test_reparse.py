"""reparse: new parser, same raw bytes; errors recorded per response; workers in processes."""
from __future__ import annotations

from sqlalchemy import select

from store import Store
from store.models import Document, DisclosureRow
from store.reparse import is_stale, run
from tests.store.records import parse_or_die, parse_v1, parse_v2

BASE = "http://127.0.0.1/www.cleveland.police.uk/foi/"


def _fill(store: Store, n: int = 4) -> None:
    for i in range(n):
        page = f"{BASE}{i}/"
        store.add_document(url=page, body=f"Response {i}\nabout hostage negotiators".encode(),
                           status=200, headers={"Content-Type": "text/plain"})
        if i == 0:
            store.add_document(url=f"{BASE}{i}/letter.pdf", body=b"attached letter", status=200,
                               role="attachment", response_url=page)
    # A listing page and a failed fetch are not responses: never parsed.
    store.add_document(url=BASE, body=b"listing", status=200, role="listing")
    store.add_document(url=f"{BASE}gone/", body=None, status=404, error="HTTP 404")


def _raw(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(Document.id, Document.url, Document.sha256, Document.body, Document.version,
                   Document.is_latest).order_by(Document.id))]


def _titles(store: Store) -> dict[str, tuple]:
    with store.engine.connect() as conn:
        return {r.response_url.removeprefix(BASE): (r.title, r.parser_version, r.error)
                for r in conn.execute(select(DisclosureRow))}


def test_reparse_after_a_parser_change_updates_records_and_leaves_raw_bytes(store: Store) -> None:
    _fill(store)
    first = run(store, parse_v1, parser_version="1.0", progress=False)
    assert (first.total, first.parsed, first.failed, first.skipped) == (4, 4, 0, 0)
    assert _titles(store) == {f"{i}/": (f"Response {i}", "1.0", None) for i in range(4)}
    raw_before = _raw(store)

    second = run(store, parse_v2, parser_version="2.0", progress=False)
    assert (second.parsed, second.failed) == (4, 0)
    assert _titles(store) == {f"{i}/": (f"RESPONSE {i}", "2.0", None) for i in range(4)}
    assert _raw(store) == raw_before
    record = store.get_disclosure(f"{BASE}0/")
    assert record is not None
    assert record.body_text == "Response 0\nabout hostage negotiators attached letter"
    assert record.warnings == ["attachments: 1"]
    # The index follows the records: the new text is searchable.
    assert [h.response_url for h in store.search('"attached letter"')] == [f"{BASE}0/"]


def test_a_failing_response_is_recorded_and_the_run_goes_on(store: Store) -> None:
    _fill(store, 3)
    run(store, parse_v1, parser_version="1.0", progress=False)
    store.add_document(url=f"{BASE}1/", body=b"EXPLODE\nnew version", status=200)
    summary = run(store, parse_v1, parser_version="1.1", progress=False)
    assert (summary.parsed, summary.failed) == (2, 1)
    assert summary.errors == [(f"{BASE}1/", f"ValueError: cannot read {BASE}1/")]
    titles = _titles(store)
    # The earlier good record stays, flagged with the error and its old parser version.
    assert titles["1/"] == ("Response 1", "1.0", f"ValueError: cannot read {BASE}1/")
    assert titles["0/"] == ("Response 0", "1.1", None)


def test_since_redoes_only_stale_or_failed_records(store: Store) -> None:
    _fill(store, 3)
    run(store, parse_v1, parser_version="0.9", progress=False)
    store.save_disclosure(parse_v2(*next(iter(store.iter_responses(only=[f"{BASE}2/"])))[1:]),
                          response_url=f"{BASE}2/", document_ids=[], parser_version="0.10")
    summary = run(store, parse_v2, parser_version="0.10", since="0.10", progress=False)
    assert (summary.total, summary.parsed, summary.skipped) == (3, 2, 1)
    assert {k: v[1] for k, v in _titles(store).items()} == {"0/": "0.10", "1/": "0.10", "2/": "0.10"}


def test_parallel_workers_give_the_same_records(store: Store) -> None:
    _fill(store, 6)
    summary = run(store, parse_v2, parser_version="2.0", workers=2, progress=False, batch_size=4)
    assert (summary.parsed, summary.failed) == (6, 0)
    assert _titles(store) == {f"{i}/": (f"RESPONSE {i}", "2.0", None) for i in range(6)}


def test_version_staleness() -> None:
    assert is_stale("0.9", "0.10") is True
    assert is_stale("0.10", "0.10") is False
    assert is_stale("1.2.0", "1.1") is False
    assert is_stale(None, "0.1") is True
    assert is_stale("5.0", None) is True


def test_a_redirected_page_is_parsed_and_kept_under_its_final_url(store: Store) -> None:
    # The crawl keys a response by where it finally lives; reparse must key it the same way,
    # or each redirected link becomes a second record (issue 16: 680 records out of 667).
    store.add_document(url=f"{BASE}old/", final_url=f"{BASE}new/", body=b"Moved page\ntext",
                       status=200)
    [(key, page, attachments)] = list(store.iter_responses())
    assert (key, page.url, attachments) == (f"{BASE}new/", f"{BASE}new/", [])
    run(store, parse_v1, parser_version="1.0", progress=False)
    assert _titles(store) == {"new/": ("Moved page", "1.0", None)}


def test_a_worker_that_dies_is_reported_and_the_rest_are_parsed(store: Store) -> None:
    _fill(store, 5)
    store.add_document(url=f"{BASE}2/", body=b"CRASH\nthis page kills the parser", status=200)
    summary = run(store, parse_or_die, parser_version="1.0", workers=2, progress=False)
    titles = _titles(store)
    assert titles["2/"] == (None, None, "worker process died while parsing")
    # Jobs in flight when the pool broke may be reported too; every other response is parsed.
    parsed = {k for k, v in titles.items() if v[2] is None}
    assert summary.parsed == len(parsed)
    assert summary.parsed + summary.failed == 5
    assert all(titles[k] == (f"Response {k[0]}", "1.0", None) for k in parsed)
    # The next run redoes exactly the failed responses.
    again = run(store, parse_v1, parser_version="1.0", since="1.0", workers=2, progress=False)
    assert (again.parsed, again.failed, again.skipped) == (summary.failed, 0, summary.parsed)
    assert _titles(store)["2/"] == ("CRASH", "1.0", None)

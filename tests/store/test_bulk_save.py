"""save_disclosures (reparse's bulk write) makes the rows save_disclosure makes, one by one."""
from __future__ import annotations

from sqlalchemy import text

from parser.record import Table
from store import Store
from store.reparse import run
from tests.store.records import hostage_record, parse_v1, parse_v2

BASE = "http://127.0.0.1/www.cleveland.police.uk/foi/"
QUERIES = {
    "disclosures": "SELECT response_url, authority_id, authority, regime, reference, title, "
                   "published_date, request_date, response_date, outcome, ncnd, request_text, "
                   "response_text, body_text, warnings, parser_version, error FROM disclosures",
    "exemptions": "SELECT d.response_url, e.code, e.section, e.statute, e.name, e.ncnd, e.evidence "
                  "FROM exemptions e JOIN disclosures d ON d.id = e.disclosure_id",
    "tables": "SELECT d.response_url, t.position, t.caption, t.header, t.rows, t.source "
              "FROM tables t JOIN disclosures d ON d.id = t.disclosure_id",
    "cells": "SELECT d.response_url, t.position, c.row_label, c.column_label, c.text, c.value, c.unit "
             "FROM table_cells c JOIN tables t ON t.id = c.table_id "
             "JOIN disclosures d ON d.id = t.disclosure_id",
    "links": "SELECT d.response_url, l.document_id FROM disclosure_documents l "
             "JOIN disclosures d ON d.id = l.disclosure_id",
}


def _rows(store: Store) -> dict[str, list[tuple]]:
    """Every derived row, keyed by response_url, ids left out (SQLite reuses freed rowids, so
    deleting a batch's old rows before inserting renumbers them; nothing refers to them)."""
    out: dict[str, list[tuple]] = {}
    with store.engine.connect() as conn:
        for name, sql in QUERIES.items():
            out[name] = sorted((tuple(str(v) for v in r) for r in conn.execute(text(sql))))
    return out


def _items(version: int) -> list:
    """Five records: with and without grounds/tables; version 2 changes grounds and tables."""
    items = []
    for i in range(5):
        record = hostage_record(reference=f"{i}-24", title=f"Request {i} v{version}")
        if i == 1:
            record.exemptions, record.tables = [], []
        if version == 2 and i == 2:
            record.exemptions = record.exemptions[:1]
            record.tables.append(Table(header=["Force", "Cost"], rows=[["Cleveland", "£1,200"]],
                                       caption=None, source="html"))
        if i == 3:
            record.published_date = "not a date"
        items.append((record, f"{BASE}{i}/", [i + 1] if i != 4 else []))
    return items


def test_bulk_save_makes_the_same_rows_as_one_at_a_time(store: Store, tmp_path) -> None:
    from store import open_store

    other = open_store(f"sqlite:///{tmp_path / 'one.db'}", seed=False) \
        if store.engine.dialect.name == "sqlite" else None
    targets = [store] if other is None else [store, other]
    for doc in range(1, 5):
        for s in targets:
            s.add_document(url=f"{BASE}{doc - 1}/", body=f"page {doc}".encode(), status=200)
    # The first store writes in bulk, the second one at a time; a second round replaces.
    for version in (1, 2):
        ids = store.save_disclosures(_items(version), parser_version=f"{version}.0")
        assert len(ids) == 5 and len(set(ids)) == 5
        if other is not None:
            with other.batch():
                for record, url, docs in _items(version):
                    other.save_disclosure(record, response_url=url, document_ids=docs,
                                          parser_version=f"{version}.0")
    rows = _rows(store)
    assert len(rows["disclosures"]) == 5
    assert [r[:2] for r in rows["exemptions"]] == [
        (f"{BASE}0/", "s31(1)(a)"), (f"{BASE}0/", "s31(1)(b)"), (f"{BASE}2/", "s31(1)(a)"),
        (f"{BASE}3/", "s31(1)(a)"), (f"{BASE}3/", "s31(1)(b)"), (f"{BASE}4/", "s31(1)(a)"),
        (f"{BASE}4/", "s31(1)(b)")]
    assert [r[:3] for r in rows["cells"] if r[0] == f"{BASE}2/" and r[1] == "1"] == [
        (f"{BASE}2/", "1", "Cleveland")]
    assert len(rows["cells"]) == 4 * 3 + 1
    assert rows["links"] == sorted([(f"{BASE}{i}/", str(i + 1)) for i in range(4)])
    record = store.get_disclosure(f"{BASE}3/")
    assert record is not None and record.published_date is None
    assert record.warnings == ["store: published_date 'not a date' is not a YYYY-MM-DD date; stored as null"]
    if other is not None:
        assert _rows(other) == rows
        other.close()


def test_bulk_save_keeps_search_in_step(store: Store) -> None:
    items = [(record, url, []) for record, url, _ in _items(1)]
    items[0][0].body_text = "negotiators deployed in Middlesbrough"
    store.save_disclosures(items, parser_version="1.0")
    assert [h.response_url for h in store.search("Middlesbrough")] == [f"{BASE}0/"]
    items[0][0].body_text = "negotiators deployed in Hartlepool"
    store.save_disclosures(items, parser_version="1.1")
    assert store.search("Middlesbrough") == []
    assert [h.response_url for h in store.search("Hartlepool")] == [f"{BASE}0/"]


def test_the_same_response_twice_in_one_batch_keeps_the_later(store: Store) -> None:
    first, second = hostage_record(title="first"), hostage_record(title="second", exemptions=[])
    ids = store.save_disclosures([(first, f"{BASE}0/", []), (second, f"{BASE}0/", [])],
                                 parser_version="1.0")
    assert ids[0] == ids[1]
    record = store.get_disclosure(f"{BASE}0/")
    assert record is not None and (record.title, record.exemptions) == ("second", [])


def _fill(store: Store, n: int) -> None:
    for i in range(n):
        store.add_document(url=f"{BASE}{i}/", body=f"Response {i}\nabout negotiators".encode(),
                           status=200, headers={"Content-Type": "text/plain"})
        if i % 3 == 0:
            store.add_document(url=f"{BASE}{i}/a.pdf", body=f"letter {i}".encode(), status=200,
                               role="attachment", response_url=f"{BASE}{i}/")
    store.add_document(url=f"{BASE}7/", body=b"EXPLODE\nbad page", status=200)


def test_one_worker_and_two_workers_make_the_same_rows(store: Store, tmp_path) -> None:
    from store import open_store

    _fill(store, 23)
    run(store, parse_v2, parser_version="1.0", workers=1, progress=False, batch_size=5)
    one = run(store, parse_v1, parser_version="2.0", workers=1, progress=False, batch_size=5)
    rows_one = _rows(store)
    url = f"sqlite:///{tmp_path / 'two.db'}" if store.engine.dialect.name == "sqlite" else None
    if url is None:  # PostgreSQL: the same database, emptied of records, reparsed again
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM table_cells; DELETE FROM tables; DELETE FROM exemptions;"
                              " DELETE FROM disclosure_documents; DELETE FROM disclosures"))
        two_store = store
    else:
        two_store = open_store(url, seed=False)
        _fill(two_store, 23)
    run(two_store, parse_v2, parser_version="1.0", workers=2, progress=False, batch_size=5)
    two = run(two_store, parse_v1, parser_version="2.0", workers=2, progress=False, batch_size=5)
    assert (one.parsed, one.failed) == (two.parsed, two.failed) == (22, 1)
    rows_two = _rows(two_store)
    assert rows_two == rows_one
    failed = [r for r in rows_one["disclosures"] if r[0] == f"{BASE}7/"]
    # The failed response keeps its earlier good record (parser 1.0), flagged with the error.
    assert (failed[0][5], failed[0][-2:]) == ("EXPLODE", ("1.0", f"ValueError: cannot read {BASE}7/"))
    assert len(rows_one["links"]) == 22 + 8 + 1
    if two_store is not store:
        two_store.close()


def test_refs_and_loaded_documents_match_what_iter_responses_yields(store: Store) -> None:
    _fill(store, 4)
    refs = store.response_refs()
    jobs = list(store.iter_responses())
    assert [(url, page_id, att) for url, page_id, att in refs] == [
        (url, page.document_id, [a.document_id for a in atts]) for url, page, atts in jobs]
    assert [r[0] for r in refs] == [f"{BASE}{i}/" for i in (0, 1, 2, 3, 7)]
    assert [len(r[2]) for r in refs] == [1, 0, 0, 1, 0]
    assert [store.load_documents([r[1], *r[2]]) for r in refs] == [[page, *atts] for _, page, atts in jobs]
    only = store.response_refs(only=[f"{BASE}3/"])
    assert [(r[0], store.load_documents(r[2])[0].content) for r in only] == [(f"{BASE}3/", b"letter 3")]

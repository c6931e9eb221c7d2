"""Disclosures and what is derived from them; batches are all-or-nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from store import Store
from store.models import DisclosureDocument, DisclosureRow, ExemptionRow, TableCell, TableRow
from tests.store.records import hostage_record

PAGE = "http://127.0.0.1/www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-20724-hostage/"
PDF = "http://127.0.0.1/www.cleveland.police.uk/media/foi-20724.pdf"


def _store_response(store: Store) -> tuple[int, list[int]]:
    page = store.add_document(url=PAGE, body=b"<html>page</html>", status=200)
    pdf = store.add_document(url=PDF, body=b"%PDF-1.4 letter", status=200, role="attachment",
                             response_url=PAGE)
    ids = [page.document_id, pdf.document_id]
    return store.save_disclosure(hostage_record(), response_url=PAGE, document_ids=ids,
                                 parser_version="0.1.0"), ids


def test_a_disclosure_is_stored_with_every_contract_field(store: Store) -> None:
    disclosure_id, ids = _store_response(store)
    with store.engine.connect() as conn:
        row = conn.execute(select(DisclosureRow)).mappings().one()
        exemptions = conn.execute(select(ExemptionRow.code, ExemptionRow.section,
                                         ExemptionRow.statute, ExemptionRow.name,
                                         ExemptionRow.ncnd).order_by(ExemptionRow.id)).all()
        tables = conn.execute(select(TableRow.position, TableRow.caption, TableRow.header,
                                     TableRow.rows, TableRow.source)).all()
        cells = conn.execute(select(TableCell.row_label, TableCell.column_label, TableCell.text,
                                    TableCell.value, TableCell.unit).order_by(TableCell.id)).all()
        links = conn.execute(select(DisclosureDocument.document_id)
                             .order_by(DisclosureDocument.document_id)).scalars().all()
    assert row["id"] == disclosure_id
    assert (row["authority_id"], row["authority"], row["regime"], row["reference"], row["outcome"],
            row["ncnd"]) == ("cleveland", "Cleveland Police", "FOIA", "207-24", "partial", False)
    assert (row["published_date"], row["request_date"], row["response_date"]) == (
        dt.date(2024, 3, 12), dt.date(2024, 2, 1), dt.date(2024, 3, 10))
    assert row["parser_version"] == "0.1.0"
    assert row["error"] is None
    assert [tuple(e) for e in exemptions] == [
        ("s31(1)(a)", "31", "FOIA", "Law enforcement", False),
        ("s31(1)(b)", "31", "FOIA", "Law enforcement", False)]
    assert [tuple(t) for t in tables] == [
        (0, "Negotiator deployments", ["Year", "Deployments"],
         [["2017", "4"], ["2018", "2"], ["2019", "<5"]], "text")]
    # The tidy cells are exactly Table.long() (record.py owns how labels are chosen).
    expected_cells = [(c.row, c.column, c.text, c.value, c.unit)
                      for c in hostage_record().tables[0].long()]
    assert [tuple(c) for c in cells] == expected_cells
    assert ("Deployments", "<5", None) in [(c[1], c[2], c[3]) for c in cells]
    assert links == sorted(ids)
    assert store.get_disclosure(PAGE) == hostage_record(path=PAGE)


def test_saving_again_replaces_derived_rows_instead_of_adding(store: Store) -> None:
    _store_response(store)
    before = store.counts()
    _, ids = _store_response(store)
    assert store.counts() == before
    fewer = hostage_record(exemptions=[], tables=[], outcome="disclosed")
    store.save_disclosure(fewer, response_url=PAGE, document_ids=ids[:1], parser_version="0.2.0")
    counts = store.counts()
    assert (counts["disclosures"], counts["exemptions"], counts["tables"], counts["table_cells"],
            counts["disclosure_documents"]) == (1, 0, 0, 0, 1)
    stored = store.get_disclosure(PAGE)
    assert stored is not None and stored.outcome == "disclosed"


def test_bad_dates_and_nul_characters_do_not_stop_a_save(store: Store) -> None:
    record = hostage_record(published_date="12th March", body_text="PDF text\x00 with a NUL",
                            title="Hostage\x00 negotiators")
    store.save_disclosure(record, response_url=PAGE, document_ids=[], parser_version="0.1.0")
    stored = store.get_disclosure(PAGE)
    assert stored is not None
    assert stored.published_date is None
    assert stored.warnings == ["store: published_date '12th March' is not a YYYY-MM-DD date; "
                               "stored as null"]
    assert stored.body_text == "PDF text with a NUL"
    assert stored.title == "Hostage negotiators"


def test_a_batch_that_fails_half_way_leaves_the_store_as_before(store: Store) -> None:
    _store_response(store)
    before = store.counts()
    old = store.get_disclosure(PAGE)
    with pytest.raises(RuntimeError, match="crawler crashed"):
        with store.batch():
            store.add_document(url=PAGE, body=b"<html>page v2</html>", status=200)
            store.add_document(url=PAGE + "other/", body=b"<html>other</html>", status=200)
            store.save_disclosure(hostage_record(title="Rewritten title"), response_url=PAGE,
                                  document_ids=[], parser_version="9.9")
            store.save_disclosure(hostage_record(title="Another response"),
                                  response_url=PAGE + "other/", document_ids=[],
                                  parser_version="9.9")
            raise RuntimeError("crawler crashed")
    assert store.counts() == before
    assert store.get_disclosure(PAGE) == old
    assert store.get_disclosure(PAGE + "other/") is None
    # The full-text index rolled back with the rows.
    assert store.search("rewritten") == []
    assert [h.response_url for h in store.search("hostage negotiators")] == [PAGE]


def test_a_database_error_inside_a_batch_rolls_back_the_earlier_writes(store: Store) -> None:
    before = store.counts()
    with pytest.raises(Exception):
        with store.batch():
            store.add_document(url=PAGE, body=b"<html>page</html>", status=200)
            # A NULL url violates NOT NULL: the database itself refuses the second write.
            store.add_document(url=None, body=b"x", status=200)  # type: ignore[arg-type]
    assert store.counts() == before


def test_a_parse_error_is_recorded_and_keeps_the_earlier_record(store: Store) -> None:
    disclosure_id, ids = _store_response(store)
    same = store.record_parse_error(response_url=PAGE, error="ValueError: bad PDF", document_ids=ids)
    assert same == disclosure_id
    with store.engine.connect() as conn:
        row = conn.execute(select(DisclosureRow.error, DisclosureRow.title,
                                  DisclosureRow.parser_version)).one()
    assert tuple(row) == ("ValueError: bad PDF", "Hostage negotiators", "0.1.0")
    assert store.response_versions() == {PAGE: None}
    store.record_parse_error(response_url=PAGE + "new/", error="KeyError: 'x'")
    assert store.response_versions() == {PAGE: None, PAGE + "new/": None}


@pytest.mark.parametrize(("dates", "url_month", "expected"), [
    (dict(response_date="2024-03-10", published_date="2024-03-12", request_date="2024-02-01"), False,
     (dt.date(2024, 3, 10), "response")),
    (dict(response_date=None, published_date="2024-03-12", request_date="2024-02-01"), False,
     (dt.date(2024, 3, 12), "published")),
    (dict(response_date=None, published_date="2023-09-01", request_date=None), True,
     (dt.date(2023, 9, 1), "url")),
    (dict(response_date=None, published_date=None, request_date="2024-02-01"), False,
     (dt.date(2024, 2, 1), "request")),
    (dict(response_date=None, published_date=None, request_date=None), False, (None, None)),
])
def test_each_response_is_stored_with_its_best_date_and_where_it_came_from(
        store: Store, dates: dict[str, str | None], url_month: bool, expected: tuple[object, object]) -> None:
    """The crawl marks a published date taken from the URL's month (crawler.fields sets
    date_source "url"); an undated response stays undated, on both write paths."""
    from dataclasses import fields

    from crawler.fields import ProfiledDisclosure
    from parser.record import Disclosure

    plain = hostage_record(**dates)
    record = ProfiledDisclosure(**{f.name: getattr(plain, f.name) for f in fields(Disclosure)},
                                date_precision="month" if url_month else None,
                                date_source="url" if url_month else None)
    page = store.add_document(url=PAGE, body=b"<html>page</html>", status=200).document_id
    store.save_disclosure(record, response_url=PAGE, document_ids=[page], parser_version="0.1.0")
    other = store.add_document(url=PDF, body=b"<html>other</html>", status=200).document_id
    store.save_disclosures([(record, PDF, [other])], parser_version="0.1.0")
    with store.engine.connect() as conn:
        rows = conn.execute(select(DisclosureRow.best_date, DisclosureRow.date_source)
                            .order_by(DisclosureRow.id)).all()
    assert [tuple(r) for r in rows] == [expected, expected]

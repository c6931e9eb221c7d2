"""Alembic: a store made by the first schema is migrated in place, keeping every row."""
from __future__ import annotations

from sqlalchemy import select

from store import Store, open_store
from store.engine import current_revision, head_revision, make_engine, upgrade
from store.models import Document
from tests.store.records import hostage_record

PAGE = "http://127.0.0.1/www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-20724-hostage/"


def test_the_first_schema_migrates_to_the_current_one_keeping_every_row(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    old = Store(engine)
    old.seed_authorities([{"id": "cleveland", "name": "Cleveland Police", "kind": "police",
                           "country": "England", "website": "https://www.cleveland.police.uk/"}])
    ids = []
    for n in range(3):
        ids.append(old.add_document(url=f"{PAGE}{n}/", body=f"<html>{n}</html>".encode(),
                                    status=200).document_id)
        old.save_disclosure(hostage_record(reference=f"207-2{n}"), response_url=f"{PAGE}{n}/",
                            document_ids=[ids[-1]], parser_version="0.1.0")
    old.add_document(url=PAGE + "gone/", body=None, status=404, error="HTTP 404")
    before = old.counts()
    with engine.connect() as conn:
        bodies_before = conn.execute(select(Document.id, Document.sha256, Document.body)
                                     .order_by(Document.id)).all()
    old.close()

    migrated = open_store(db_url, seed=False)
    try:
        assert current_revision(migrated.engine) == head_revision() == "0002"
        assert migrated.counts() == before
        assert before == {"authorities": 1, "documents": 4, "disclosures": 3,
                          "disclosure_documents": 3, "exemptions": 6, "tables": 3,
                          "table_cells": before["table_cells"]}
        with migrated.engine.connect() as conn:
            assert conn.execute(select(Document.id, Document.sha256, Document.body)
                                .order_by(Document.id)).all() == bodies_before
        # Rows written under the first schema are in the new full-text index.
        assert sorted(h.reference for h in migrated.search('"hostage negotiators"')) == [
            "207-20", "207-21", "207-22"]
        assert migrated.get_disclosure(f"{PAGE}1/") == hostage_record(reference="207-21",
                                                                      path=f"{PAGE}1/")
    finally:
        migrated.close()


def test_opening_an_up_to_date_store_again_changes_nothing(db_url: str) -> None:
    with open_store(db_url, seed=False) as first:
        first.add_document(url=PAGE, body=b"x", status=200)
        counts = first.counts()
    with open_store(db_url, seed=False) as again:
        assert again.counts() == counts
        assert current_revision(again.engine) == "0002"


def test_authorities_are_seeded_from_the_gazetteer_without_duplicates(db_url: str) -> None:
    with open_store(db_url) as first:
        seeded = first.counts()["authorities"]
    with open_store(db_url) as again:
        assert again.counts()["authorities"] == seeded
        assert again.seed_authorities() == 0
        assert again.seed_authorities([{"id": "test-force", "name": "Test Force"}]) == 1
        assert again.counts()["authorities"] == seeded + 1

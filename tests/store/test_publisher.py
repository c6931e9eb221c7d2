"""A response's authority is the force whose log published it; a body its text names
instead (a joint unit answering on several forces' logs) is kept as named_authority.
The same holds when the record is written again by `foi reparse` (save_disclosures)."""
from __future__ import annotations

from sqlalchemy import text

from store import Store
from tests.store.records import hostage_record

PAGE = "https://www.cambs.police.uk/foi-ai/cambridgeshire-police/foi/2025/firearms-licensing/"
AUTHORITIES = [{"id": "cambridgeshire", "name": "Cambridgeshire Constabulary"},
               {"id": "bedfordshire", "name": "Bedfordshire Police"}]


def row(store: Store, url: str = PAGE) -> tuple:
    with store.engine.connect() as conn:
        return tuple(conn.execute(text("SELECT authority_id, authority, named_authority FROM disclosures "
                                       "WHERE response_url = :u"), {"u": url}).one())


def test_the_publisher_is_the_authority_and_the_named_body_is_kept(store: Store) -> None:
    store.seed_authorities(AUTHORITIES)
    doc = store.add_document(url=PAGE, body=b"<html>joint unit</html>", status=200,
                             authority_id="cambridgeshire").document_id
    joint = hostage_record(authority="Bedfordshire Police", authority_id="bedfordshire")
    store.save_disclosure(joint, response_url=PAGE, document_ids=[doc], parser_version="1")
    assert row(store) == ("cambridgeshire", "Cambridgeshire Constabulary", "bedfordshire")
    # Reparse's bulk path agrees, and a later parse naming the publisher clears the name.
    store.save_disclosures([(joint, PAGE, [doc])], parser_version="2")
    assert row(store) == ("cambridgeshire", "Cambridgeshire Constabulary", "bedfordshire")
    own = hostage_record(authority=None, authority_id="cambridgeshire")
    store.save_disclosure(own, response_url=PAGE, document_ids=[doc], parser_version="3")
    assert row(store) == ("cambridgeshire", "Cambridgeshire Constabulary", None)


def test_a_body_named_only_by_name_and_a_document_with_no_publisher(store: Store) -> None:
    store.seed_authorities(AUTHORITIES)
    doc = store.add_document(url=PAGE, body=b"<html>a</html>", status=200, authority_id="cambridgeshire").document_id
    other = "https://example.org/letter.pdf"
    loose = store.add_document(url=other, body=b"%PDF-1.4 a", status=200).document_id
    named = hostage_record(authority="Eastern Region Special Operations Unit", authority_id=None)
    store.save_disclosures([(named, PAGE, [doc]), (named, other, [loose])], parser_version="1")
    assert row(store) == ("cambridgeshire", "Cambridgeshire Constabulary", "Eastern Region Special Operations Unit")
    # No publisher known (no authority on the page's document): the text's body stands.
    assert row(store, other) == (None, "Eastern Region Special Operations Unit", None)

"""A response is one record whatever link led to it: a page fetched through a redirect is
keyed, on reparse as in the crawl, by the URL it finally lives at (with its attachments)."""
from __future__ import annotations

from sqlalchemy import select

from store import Store
from store.models import DisclosureRow
from store.reparse import run
from tests.store.records import parse_v2

OLD = "http://127.0.0.1/www.scotland.police.uk/disclosure-log/0/2019/october/19-0986-body-worn-video"
NEW = "http://127.0.0.1/www.scotland.police.uk/disclosure-log/disclosure-log-2019/october/19-0986-body-worn-video/"
PDF = "http://127.0.0.1/www.scotland.police.uk/spa-media/19-0986.pdf"


def _records(store: Store) -> dict[str, tuple]:
    with store.engine.connect() as conn:
        return {r.response_url: (r.title, r.body_text) for r in conn.execute(select(DisclosureRow))}


def _redirected_response(store: Store, *, page_carries_key: bool) -> None:
    """What a crawl stores for a legacy link that redirects: the page under the link as found
    (final_url = where it lives) and its PDF under the response's own URL. Stores written
    before pages carried their response_url have it null."""
    store.add_document(url=OLD, final_url=NEW, body=b"Body worn video\nsee the letter", status=200,
                       headers={"Content-Type": "text/plain"},
                       response_url=NEW if page_carries_key else None)
    store.add_document(url=PDF, body=b"the letter itself", status=200, role="attachment",
                       response_url=NEW)


def test_a_redirected_page_is_reparsed_under_its_final_url_with_its_attachment(store: Store) -> None:
    for carries_key in (False, True):
        _redirected_response(store, page_carries_key=carries_key)
        summary = run(store, parse_v2, parser_version="1.0", progress=False)
        assert (summary.total, summary.parsed, summary.failed) == (1, 1, 0)
        assert _records(store) == {NEW: ("BODY WORN VIDEO", "Body worn video\nsee the letter the letter itself")}


def test_a_stub_record_left_under_the_legacy_link_is_dropped_and_reparse_twice_changes_nothing(store: Store) -> None:
    _redirected_response(store, page_carries_key=False)
    # What an older reparse wrote: a record keyed by the legacy link, without the PDF.
    store.save_disclosure(parse_v2(*next(iter(store.iter_responses()))[1:2], []),
                          response_url=OLD, document_ids=[], parser_version="0.9")
    assert set(_records(store)) == {OLD}
    run(store, parse_v2, parser_version="1.0", progress=False)
    first = _records(store)
    assert first == {NEW: ("BODY WORN VIDEO", "Body worn video\nsee the letter the letter itself")}
    run(store, parse_v2, parser_version="1.0", progress=False)
    assert _records(store) == first
    assert store.drop_alias_records() == 0


def test_two_fetches_of_one_response_make_one_record_from_the_newest(store: Store) -> None:
    _redirected_response(store, page_carries_key=True)
    store.add_document(url=NEW, body=b"Body worn video (revised)\nsee the letter", status=200,
                       headers={"Content-Type": "text/plain"}, response_url=NEW)
    summary = run(store, parse_v2, parser_version="1.0", progress=False)
    assert (summary.total, summary.parsed) == (1, 1)
    assert _records(store) == {NEW: ("BODY WORN VIDEO (REVISED)",
                                     "Body worn video (revised)\nsee the letter the letter itself")}

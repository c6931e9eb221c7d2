"""search(): phrases, filters, highlighted snippets; the user's text is never SQL or FTS syntax."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect

from store import Store
from tests.store.records import hostage_record

BASE = "http://127.0.0.1/"


@pytest.fixture
def corpus(store: Store) -> Store:
    """Three responses from two forces on different dates."""
    records = {
        "cleveland/hostage/": hostage_record(),
        "cleveland/drones/": hostage_record(
            reference="301-24", title="Drone flights", published_date="2023-05-01",
            response_date=None, request_date=None,
            request_text="How many drone flights did the force make?",
            response_text="Drone flights are listed below. Negotiators were not involved.",
            body_text="Drone flights by month."),
        "durham/hostage/": hostage_record(
            authority="Durham Constabulary", authority_id="durham", reference="DC-88",
            title="Negotiator training costs", published_date="2022-01-20", response_date=None,
            request_text="What did training for hostage negotiators cost?",
            response_text="Training costs for negotiators were 4,000 pounds.",
            body_text="Costs of hostage negotiator training; NEAR(the station) \"quoted\" text."),
    }
    for path, record in records.items():
        store.save_disclosure(record, response_url=BASE + path, document_ids=[],
                              parser_version="0.1.0")
    return store


def _urls(hits: list) -> list[str]:
    return sorted(h.response_url.removeprefix(BASE) for h in hits)


def test_a_phrase_matches_only_words_in_that_order(corpus: Store) -> None:
    assert _urls(corpus.search('"hostage negotiators"')) == ["cleveland/hostage/", "durham/hostage/"]
    assert _urls(corpus.search('"negotiators hostage"')) == []
    assert _urls(corpus.search('"drone flights" negotiators')) == ["cleveland/drones/"]


def test_words_are_all_required_and_stemmed(corpus: Store) -> None:
    assert _urls(corpus.search("negotiator costs")) == ["durham/hostage/"]
    # "trained" and "training" share a stem: both responses match.
    assert _urls(corpus.search("trains")) == ["cleveland/hostage/", "durham/hostage/"]
    assert _urls(corpus.search("flight")) == ["cleveland/drones/"]


def test_filters_by_authority_id_or_name_and_by_date(corpus: Store) -> None:
    assert _urls(corpus.search("negotiators", authority="durham")) == ["durham/hostage/"]
    assert _urls(corpus.search("negotiators", authority="Cleveland Police")) == [
        "cleveland/drones/", "cleveland/hostage/"]
    # Dated by response_date, else published_date, else request_date.
    assert _urls(corpus.search("negotiators", since=dt.date(2023, 1, 1))) == [
        "cleveland/drones/", "cleveland/hostage/"]
    assert _urls(corpus.search("negotiators", since=dt.date(2024, 3, 11))) == []
    assert _urls(corpus.search("negotiators", since=dt.date(2024, 3, 10))) == ["cleveland/hostage/"]
    assert _urls(corpus.search("negotiators", authority="durham", since=dt.date(2023, 1, 1))) == []


def test_hits_carry_fields_and_a_highlighted_snippet(corpus: Store) -> None:
    hits = corpus.search('"drone flights"')
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.authority_id, hit.authority, hit.reference, hit.title, hit.date) == (
        "cleveland", "Cleveland Police", "301-24", "Drone flights", dt.date(2023, 5, 1))
    assert {h.lower() for h in hit.highlights} <= {"drone", "flights", "drone flights"}
    assert "drone" in " ".join(hit.highlights).lower()
    assert "<mark>" in hit.snippet
    assert "".join(t for t, _ in hit.fragments()).lower().count("drone") >= 1


def test_title_matches_rank_first(corpus: Store) -> None:
    hits = corpus.search("training")
    assert [h.response_url.removeprefix(BASE) for h in hits] == ["durham/hostage/",
                                                                "cleveland/hostage/"]


METACHARACTERS = [
    "'; DROP TABLE disclosures; --", "NEAR(", "NEAR(hostage negotiators)", '"', '""', "*", "-",
    "hostage*", "-hostage", "hostage OR drone", "AND", "title:hostage", "^hostage", "(", "%", "_",
    "\\", "\x00", "x' OR '1'='1", "{hostage}", "hostage + negotiators", "", "   ",
]


def test_metacharacters_are_data_not_syntax(corpus: Store) -> None:
    # One test over all the texts: each case on PostgreSQL would otherwise make a database.
    for text in METACHARACTERS:
        hits = corpus.search(text)
        assert isinstance(hits, list), text
        assert corpus.counts()["disclosures"] == 3, text
    assert set(inspect(corpus.engine).get_table_names()) >= {"disclosures", "documents"}


def test_metacharacters_search_for_their_words(corpus: Store) -> None:
    # NEAR( is the word "near"; only the Durham body contains it.
    assert _urls(corpus.search("NEAR(")) == ["durham/hostage/"]
    # "-hostage" is not a negation and "OR" is a word, so both must be present.
    assert _urls(corpus.search("-hostage")) == ["cleveland/hostage/", "durham/hostage/"]
    assert _urls(corpus.search("hostage OR drone")) == []
    # An unbalanced quote is dropped, not an error.
    assert _urls(corpus.search('"quoted')) == ["durham/hostage/"]
    assert corpus.search("*") == []
    assert corpus.search("'; DROP TABLE disclosures; --") == []


def test_limit(corpus: Store) -> None:
    assert len(corpus.search("negotiators", limit=1)) == 1
    assert corpus.search("negotiators", limit=0) == []

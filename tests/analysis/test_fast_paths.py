"""The shortcuts that keep `foi stats` fast give exactly what the plain paths give: a SQLite
URL read through sqlite3, figures streamed as CSV, request families served from their cache."""
from __future__ import annotations

import pytest

import io
from pathlib import Path

import pandas as pd
from sqlalchemy import text

from analysis import compare, exemption_usage, outcome_rates, request_families
from analysis.db import sqlite_reader
from store.sqlite_file import StoreError
from analysis.families import family_assignments
from analysis.figures import figures, write_figures_csv
from tests.analysis.store_fixture import build_store, to_record


def _url(engine) -> str:  # type: ignore[no-untyped-def]
    return engine.url.render_as_string(hide_password=False)


def test_a_sqlite_url_is_read_directly_and_gives_the_engine_frames(db) -> None:
    url = _url(db)
    assert sqlite_reader(url) is not None
    with pytest.raises(StoreError, match="no store here"):  # reading never makes a store
        sqlite_reader("sqlite:////no/such/dir/foi.db")
    pd.testing.assert_frame_equal(exemption_usage(url), exemption_usage(db))
    pd.testing.assert_frame_equal(outcome_rates(url, period=None), outcome_rates(db, period=None))
    pd.testing.assert_frame_equal(compare(url, "s31"), compare(db, "s31"))


def test_streamed_figures_csv_is_the_frame_csv(db, sample_db) -> None:
    for store in (db, _url(db), sample_db, _url(sample_db)):
        for kwargs in ({}, {"numeric_only": True, "search": "e"}):
            out = io.StringIO()
            count = write_figures_csv(out, store, **kwargs)
            frame = figures(store, **kwargs)
            assert count == len(frame) > 0
            assert out.getvalue() == frame.to_csv(index=False, lineterminator="\n")


def test_families_are_cached_and_recomputed_when_requests_change(labels, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'families.db'}"
    family_labels = [lab for lab in labels if lab["family"]]
    engine = build_store(url, family_labels[:-1])
    first = request_families(engine)
    with engine.connect() as conn:
        cached = conn.execute(text("SELECT count(*) FROM analysis_family_cache WHERE threshold = '0.6'")).scalar()
        assert cached == len(family_assignments(engine)) >= len(first) > 0
        # a second call is served from the cache: change a cached root and it shows
        conn.execute(text("UPDATE analysis_family_cache SET similarity = 0.25"))
        conn.commit()
    assert set(request_families(engine)["similarity"]) == {0.25}
    # a new response (saved as the crawler saves it) invalidates the cache
    from store import open_store

    store = open_store(url)
    last = family_labels[-1]
    store.save_disclosure(to_record(last), response_url=f"http://127.0.0.1{last['url_path']}",
                          document_ids=[], parser_version="labels")
    store.close()
    again = request_families(engine)
    assert 0.25 not in set(again["similarity"])
    assert last["reference"] in set(again["reference"])
    fresh = build_store(f"sqlite:///{tmp_path / 'fresh.db'}", family_labels)
    pd.testing.assert_frame_equal(again.drop(columns=["disclosure_id", "response_url"]),
                                  request_families(fresh).drop(columns=["disclosure_id", "response_url"]))


def test_the_aggregations_get_covering_indexes_on_first_read(labels, tmp_path: Path) -> None:
    """Migration 0003 makes the indexes; a store from before it (here: 0003's indexes
    dropped again) gets them from the analyses' first read."""
    url = f"sqlite:///{tmp_path / 'indexes.db'}"
    engine = build_store(url, labels)
    names = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'analysis_ix_%' ORDER BY name"
    with engine.begin() as conn:
        assert conn.execute(text(names)).scalars().all() == [
            "analysis_ix_disclosures_counts", "analysis_ix_exemptions_codes"]
        conn.execute(text("DROP INDEX analysis_ix_disclosures_counts"))
        conn.execute(text("DROP INDEX analysis_ix_exemptions_codes"))
    with engine.connect() as conn:
        assert conn.execute(text(names)).scalars().all() == []
    before = exemption_usage(engine)
    pd.testing.assert_frame_equal(exemption_usage(url), before)
    with engine.connect() as conn:
        assert conn.execute(text(names)).scalars().all() == [
            "analysis_ix_disclosures_counts", "analysis_ix_exemptions_codes"]
        plan = " ".join(str(r[-1]) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT authority_id, outcome, COUNT(*) FROM disclosures d GROUP BY 1, 2")))
    assert "COVERING INDEX analysis_ix_disclosures_counts" in plan


def test_a_store_replaced_at_the_same_path_is_read_afresh(labels, tmp_path: Path) -> None:
    path = tmp_path / "replaced.db"
    url = f"sqlite:///{path}"
    build_store(url, labels).dispose()
    assert int(outcome_rates(url, period=None, by_authority=False)["responses"].iloc[0]) == len(labels)
    path.unlink()
    build_store(url, labels[:3]).dispose()
    assert int(outcome_rates(url, period=None, by_authority=False)["responses"].iloc[0]) == 3

"""bench/store.py works end to end at a tiny size (its figures are never judged in tests)."""
from __future__ import annotations

from bench.store import QUERIES, make_responses, run


def test_synthetic_responses_are_deterministic_and_searchable() -> None:
    first, again = make_responses(30), make_responses(30)
    assert [r[0] for r in first] == [r[0] for r in again]
    assert first[3][2].to_dict() == again[3][2].to_dict()
    assert first[0][0] == "http://127.0.0.1/www.cleveland.police.uk/foi/0/"
    assert len(QUERIES) == 10


def test_run_reports_every_figure_for_sqlite() -> None:
    result = run(sizes=(40,), backends=("sqlite",))
    figures = result["sqlite"]["40"]
    assert sorted(figures) == ["insert_per_s", "recheck_unchanged_per_s", "responses",
                               "search_mean_hits", "search_median_ms", "search_p95_ms"]
    assert figures["responses"] == 40
    assert figures["search_mean_hits"] > 0

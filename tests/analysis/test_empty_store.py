"""A store with nothing in it yet (a first crawl still running): every analysis answers with
an empty frame with its usual columns, and the report and exports are still written."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import analysis
from analysis.export import WHATS
from analysis.report import write_report


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> str:
    # An empty store is one made (schema, no rows), as `foi db upgrade` makes it: the
    # analyses only read, and refuse a path where no store was made (test_store_errors).
    from store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('empty') / 'empty.db'}"
    open_store(url).close()
    return url


@pytest.mark.parametrize("fn,first_columns", [
    (lambda db: analysis.exemption_usage(db), ["authority_id", "authority", "period", "provision"]),
    (lambda db: analysis.outcome_rates(db), ["authority_id", "authority", "period", "measure"]),
    (lambda db: analysis.compare(db, "s31"), ["authority_id", "authority", "measure", "count"]),
    (lambda db: analysis.cooccurrence(db), ["provision_a", "provision_b", "both_cited", "a_cited"]),
    (lambda db: analysis.request_families(db), ["family_id", "topic", "disclosure_id", "authority_id"]),
    (lambda db: analysis.figures(db), ["disclosure_id", "authority_id", "authority", "reference"]),
])
def test_empty_store_gives_empty_frames(empty: str, fn, first_columns: list[str]) -> None:
    frame = fn(empty)
    assert len(frame) == 0
    assert list(frame.columns[:4]) == first_columns


def test_empty_store_report_and_exports(empty: str, tmp_path: Path) -> None:
    html = write_report(empty, tmp_path / "r.html").read_text(encoding="utf-8")
    assert re.search(r"from 0 published responses by\s+0 authorities\.", html)
    assert "No request was found sent to more than one authority." in html
    for what in WHATS:
        frame = analysis.read_export(analysis.export(empty, what, "csv", tmp_path)[0])
        assert len(frame) == 0

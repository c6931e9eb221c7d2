"""A store without corrections is read from its tables, not the effective views
(analysis.db.plain_views: the views' join to the corrections cost every statistic a scan of
every response's text at a million responses). Every statistic and export must come out the
same either way."""
from __future__ import annotations

import pandas as pd
import pytest

import analysis
import analysis.db
from analysis.db import plain_views
from analysis.export import export_frame


@pytest.mark.parametrize(("sql", "want"), [
    ("FROM effective_disclosures d JOIN effective_exemptions e ON e.disclosure_id = d.id",
     "FROM (SELECT d0.*, d0.outcome AS parser_outcome, d0.ncnd AS parser_ncnd, 0 AS reviewed FROM disclosures d0) d "
     "JOIN (SELECT e0.id, e0.disclosure_id, e0.code, e0.section, e0.statute, e0.name, e0.ncnd, e0.evidence, "
     "e0.confidence, 0 AS corrected FROM exemptions e0) e ON e.disclosure_id = d.id"),
    ("SELECT disclosure_id FROM effective_exemptions WHERE 1 = 1",
     "SELECT disclosure_id FROM (SELECT e0.id, e0.disclosure_id, e0.code, e0.section, e0.statute, e0.name, e0.ncnd, "
     "e0.evidence, e0.confidence, 0 AS corrected FROM exemptions e0) AS effective_exemptions WHERE 1 = 1"),
    ("SELECT 1 FROM disclosures", "SELECT 1 FROM disclosures"),
])
def test_plain_views_swaps_each_view_for_its_table_under_the_same_alias(sql: str, want: str) -> None:
    assert plain_views(sql) == want


CALLS = {
    "usage": lambda db: analysis.exemption_usage(db, period="year"),
    "outcomes": lambda db: analysis.outcome_rates(db, period="year"),
    "compare": lambda db: analysis.compare(db, "s31"),
    "cooccurrence": lambda db: analysis.cooccurrence(db),
    "families": lambda db: analysis.request_families(db),
    "export disclosures": lambda db: export_frame(db, "disclosures"),
    "export exemptions": lambda db: export_frame(db, "exemptions"),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_tables_and_views_give_the_same_answers(db, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    plain = CALLS[name](db)
    assert len(plain) > 0
    monkeypatch.setattr(analysis.db, "_without_corrections", lambda run: False)  # the views as written
    pd.testing.assert_frame_equal(plain, CALLS[name](db))

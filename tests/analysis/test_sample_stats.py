"""Every statistic on the bundled sample site's labels (data/sample/labels.jsonl), loaded
straight into a store, against counts made by hand from the same labels."""
from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from analysis.compare import compare, cooccurrence
from analysis.figures import figures
from analysis.outcomes import outcome_rates
from analysis.usage import exemption_usage
from parser.record import Table
from tests.analysis.handcount import outcome_counts, section_of, usage


def test_sample_usage_by_year(sample_db, sample_labels) -> None:
    frame = exemption_usage(sample_db, period="year")
    got = {(r.authority_id, r.period, r.provision): (r.responses_citing, r.responses) for r in frame.itertuples()}
    assert got == usage(sample_labels, 4)
    assert len(got) > 20


def test_sample_outcomes(sample_db, sample_labels) -> None:
    frame = outcome_rates(sample_db, period=None)
    hand = outcome_counts(sample_labels)
    for r in frame[frame.measure.isin(["disclosed", "partial", "refused", "not_held", "ncnd", "refused_s12"])].itertuples():
        assert (r.authority_id, r.measure, r.count, r.responses) == \
            (r.authority_id, r.measure, hand[r.authority_id][r.measure], hand[r.authority_id]["responses"])


def test_sample_compare_and_cooccurrence(sample_db, sample_labels) -> None:
    cites = lambda l: any(section_of(e) == "s31" for e in l["exemptions"])
    hand = Counter(l["authority_id"] for l in sample_labels if cites(l))
    totals = Counter(l["authority_id"] for l in sample_labels)
    frame = compare(sample_db, "s31")
    assert {r.authority_id: (r.count, r.responses) for r in frame.itertuples()} == \
        {a: (hand.get(a, 0), n) for a, n in totals.items()}
    pairs = Counter()
    for lab in sample_labels:
        pairs.update(combinations(sorted({section_of(e) for e in lab["exemptions"]}), 2))
    co = cooccurrence(sample_db)
    assert {(r.provision_a, r.provision_b): r.both_cited for r in co.itertuples()} == dict(pairs)


def test_sample_figures_count(sample_db, sample_labels) -> None:
    expected = sum(len(Table(t["header"], t["rows"], t.get("caption")).long())
                   for lab in sample_labels for t in lab["tables"])
    frame = figures(sample_db)
    assert len(frame) == expected > 100
    assert frame["value"].notna().sum() == pytest.approx(
        sum(1 for lab in sample_labels for t in lab["tables"]
            for c in Table(t["header"], t["rows"], t.get("caption")).long() if c.value is not None))

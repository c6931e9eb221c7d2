"""Outcome and refusal rates against counts made by hand from the labels."""
from __future__ import annotations

import pytest

from analysis.outcomes import MEASURES, outcome_rates, refusal_rates
from tests.analysis.handcount import outcome_counts


def test_outcome_rates_all_time_match_hand_counts(db, labels) -> None:
    frame = outcome_rates(db, period=None)
    hand = outcome_counts(labels)
    assert set(frame.authority_id) == set(hand)
    for r in frame.itertuples():
        c = hand[r.authority_id]
        expected = {
            "refused_other": c["refused"] - c["refused_s12"],
            "withheld": c["refused"] + c["partial"],
        }.get(r.measure, c[r.measure])
        assert (r.measure, r.count, r.responses) == (r.measure, expected, c["responses"])
        assert r.rate == pytest.approx(expected / c["responses"])
    assert len(frame) == len(hand) * len(MEASURES)


def test_outcome_shares_sum_to_one(db) -> None:
    frame = outcome_rates(db, period="year")
    sums = frame[frame.measure.isin(["disclosed", "partial", "refused", "not_held", "unknown"])] \
        .groupby(["authority_id", "period"], dropna=False)["rate"].sum()
    assert sums.round(12).eq(1.0).all()


def test_s12_refusals_are_counted_apart(db) -> None:
    frame = outcome_rates(db, period=None, authority="kent")
    got = dict(zip(frame.measure, frame["count"]))
    # Kent: FOI 2207/23 refused on s12, FOI 0102/22 (NCND) and FOI 5100/24 (EIR r12) refused
    assert (got["refused"], got["refused_s12"], got["refused_other"]) == (3, 1, 2)


def test_refusal_rates_order_and_values(db) -> None:
    frame = refusal_rates(db)
    assert frame.authority_id.tolist() == ["kent", "psni", "cleveland", "durham"]
    assert frame.refusal_rate.round(4).tolist() == [0.5, 0.5, 0.3333, 0.3333]
    assert frame.ncnd_rate.round(4).tolist() == [0.1667, 0.5, 0.3333, 0.0]


def test_undated_responses_keep_their_own_period(db) -> None:
    frame = outcome_rates(db, period="year", authority="durham", measures=("disclosed",))
    got = {r.period: (r.count, r.responses) for r in frame.itertuples()}
    # DC-1300 has no date at all: it still counts, under "undated"
    assert got == {"2022": (1, 2), "2023": (0, 2), "2024": (0, 1), "undated": (1, 1)}

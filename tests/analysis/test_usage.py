"""Exemption usage against counts made by hand from the labels."""
from __future__ import annotations

import pytest

from analysis.usage import exemption_usage, top_exemptions
from tests.analysis.handcount import usage


@pytest.mark.parametrize("period,width", [("year", 4), ("month", 7), (None, None)])
def test_usage_by_authority_matches_hand_counts(db, labels, period, width) -> None:
    frame = exemption_usage(db, period=period)
    got = {(r.authority_id, r.period, r.provision):
           (r.responses_citing, r.responses) for r in frame.itertuples()}
    assert got == usage(labels, width)
    assert (frame["share"] == frame["responses_citing"] / frame["responses"]).all()
    assert ((frame["ci_low"] <= frame["share"]) & (frame["share"] <= frame["ci_high"])).all()


def test_usage_exact_row_for_cleveland_2024(db) -> None:
    frame = exemption_usage(db, period="year", authority="cleveland")
    row = frame[(frame.period == "2024") & (frame.provision == "s31")].iloc[0]
    assert (row.responses_citing, row.responses, row.share) == (1, 2, 0.5)
    assert (round(row.ci_low, 6), round(row.ci_high, 6)) == (0.094531, 0.905469)


def test_usage_by_code_counts_each_leaf(db) -> None:
    frame = exemption_usage(db, by="code", period=None, by_authority=False)
    got = dict(zip(frame.provision, frame.responses_citing))
    assert got == {"s23(5)": 4, "s24(2)": 4, "s31(3)": 3, "s31(1)(a)": 3, "s31(1)(b)": 1,
                   "s12(1)": 2, "s38(1)(a)": 2, "s40(2)": 2, "s30(1)(a)": 1, "r12(5)(a)": 1}
    assert set(frame.responses) == {22}


def test_top_exemptions_keeps_eir_r12_apart_from_foia_s12(db, labels) -> None:
    top = top_exemptions(db, limit=3)
    assert top.provision.tolist() == ["s31", "s23", "s24"]
    assert top.responses_citing.tolist() == [6, 4, 4]
    full = top_exemptions(db, limit=20)
    assert dict(zip(full.provision, full.responses_citing))["r12"] == 1
    assert dict(zip(full.provision, full.responses_citing))["s12"] == 2
    assert len(labels) == 22


def _label(n: int, authority_id: str, statute: str, code: str, section: str) -> dict:
    return {
        "url_path": f"/statutes.example/{n}/", "authority": authority_id.title(), "authority_id": authority_id,
        "regime": statute, "reference": str(n), "published_date": "2023-05-01", "outcome": "refused",
        "ncnd": False, "exemptions": [{"code": code, "section": section, "statute": statute,
                                       "name": None, "ncnd": False}],
    }


def test_scottish_provisions_never_pool_with_foia_numbers(tmp_path) -> None:
    """FOISA s35 is law enforcement and FOISA s31 national security: pooling by number alone
    would count Police Scotland's s31 with England's law-enforcement s31."""
    from analysis.compare import compare
    from tests.analysis.store_fixture import build_store

    labels = [
        _label(1, "cleveland", "FOIA", "s31(1)(a)", "31"),
        _label(2, "police-scotland", "FOISA", "s31(1)", "31"),
        _label(3, "police-scotland", "FOISA", "s35(1)(a)", "35"),
    ]
    engine = build_store(f"sqlite:///{tmp_path / 'statutes.db'}", labels)
    top = top_exemptions(engine, limit=10)
    assert dict(zip(top.provision, top.responses_citing)) == {"s31": 1, "FOISA s31": 1, "FOISA s35": 1}
    by_code = exemption_usage(engine, by="code", period=None, by_authority=False)
    assert sorted(by_code.provision) == ["FOISA s31(1)", "FOISA s35(1)(a)", "s31(1)(a)"]
    versus = compare(engine, "FOISA s35")
    assert dict(zip(versus.authority_id, versus["count"])) == {"cleveland": 0, "police-scotland": 1}

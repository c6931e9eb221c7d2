"""One authority against the rest, and co-occurrence, against hand counts."""
from __future__ import annotations

from itertools import combinations
from collections import Counter

import pytest

from analysis.compare import compare, cooccurrence
from analysis.significance import fisher_exact, two_proportion_z
from tests.analysis.handcount import section_of


def test_compare_ncnd_psni_against_the_rest(db, labels) -> None:
    k = sum(1 for l in labels if l["authority_id"] == "psni" and l["ncnd"])
    n = sum(1 for l in labels if l["authority_id"] == "psni")
    ok = sum(1 for l in labels if l["authority_id"] != "psni" and l["ncnd"])
    on = len(labels) - n
    row = compare(db, "ncnd", "psni").iloc[0]
    assert (row["count"], row.responses, row.others_count, row.others_responses) == (2, 4, 3, 18) == (k, n, ok, on)
    assert row.difference == pytest.approx(2 / 4 - 3 / 18)
    assert row.p_value == pytest.approx(two_proportion_z(2, 4, 3, 18)[1])
    assert row.fisher_p == pytest.approx(fisher_exact(2, 2, 3, 15))


def test_compare_by_section_covers_every_authority(db, labels) -> None:
    frame = compare(db, "s31")
    hand = Counter(l["authority_id"] for l in labels if any(section_of(e) == "s31" for e in l["exemptions"]))
    assert dict(zip(frame.authority_id, frame["count"])) == {a: hand.get(a, 0) for a in ("cleveland", "durham", "kent", "psni")}
    assert (frame["count"] + frame["others_count"]).eq(6).all()


def test_compare_by_code_and_unknown_measure(db) -> None:
    frame = compare(db, "s31(1)(a)")
    assert dict(zip(frame.authority_id, frame["count"])) == {"cleveland": 1, "durham": 2, "kent": 0, "psni": 0}
    with pytest.raises(ValueError, match="unknown measure"):
        compare(db, "rude")
    with pytest.raises(ValueError, match="no responses"):
        compare(db, "refused", "nowhere")


def test_cooccurrence_matches_hand_pairs(db, labels) -> None:
    pairs, single = Counter(), Counter()
    for lab in labels:
        secs = sorted({section_of(e) for e in lab["exemptions"]})
        single.update(secs)
        pairs.update(combinations(secs, 2))
    frame = cooccurrence(db)
    assert {(r.provision_a, r.provision_b): r.both_cited for r in frame.itertuples()} == dict(pairs)
    top = frame.iloc[0]
    assert (top.provision_a, top.provision_b, top.both_cited, top.a_cited, top.b_cited) == ("s23", "s24", 3, 4, 4)
    assert top.jaccard == pytest.approx(3 / 5)
    assert all(single[r.provision_a] == r.a_cited for r in frame.itertuples())

"""The corpus's out-of-sample record and its labels' agreement between two people.

first_sight/<batch>.pred.jsonl holds what the parser answered on each batch the first time it
saw it (rebuilt by replay_first_sight.py from the parser each record names); agreement/ holds a
second labeller's blind answers on a random 70. The targets only mean something if two people
agree at least as well as the parser is asked to, and the first-sight answers only count if they
reproduce the recorded figures."""
from __future__ import annotations

import json
import re

import pytest

from tests.real import agreement, replay_first_sight as replay, score_corpus as corpus


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    return corpus.load_labels()


@pytest.fixture(scope="module")
def scorer():
    if corpus.shared_dir() is None:
        pytest.skip("shared/dev-set is not beside this checkout")
    return corpus._scorer()


def test_every_first_sight_record_keeps_its_answers(labels: list[dict]) -> None:
    preds = replay.load_preds()
    for record in sorted(corpus.FIRST_SIGHT.glob("*.txt")):
        batch = record.stem
        assert replay.pred_path(batch).is_file(), f"{batch}: no first-sight answers (replay_first_sight.py {batch})"
        mine = [lab for lab in labels if lab["batch"] == batch]
        assert {lab["id"] for lab in mine} <= set(preds), f"{batch}: a labelled document has no first-sight answer"
        # The kept answers must give the figure the record printed. A label corrected against its
        # source after first sight would move this; its notes must then say so and the record's
        # figure stays as it was printed, so such a batch would be listed here with its reason.
        want = replay.recorded_outcome_acc(batch)
        assert want is not None
        # at the record's own precision (three places): rounding its 0.895 again to two places
        # gives 0.90 where 17/19 gives 0.89 (web21)
        assert round(replay.outcome_acc(mine, list(preds.values())), 3) == round(want, 3), batch


def test_recorded_checkout_is_read_from_the_record(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(corpus, "FIRST_SIGHT", tmp_path)
    (tmp_path / "web99.txt").write_text(
        "batch: web99\nparser code at: abc123 (checkout 0123456789abcdef)\n\noutcome_acc      0.500  (1/2)\n")
    assert replay.recorded_checkout("web99") == "0123456789abcdef"
    assert replay.recorded_outcome_acc("web99") == 0.5
    (tmp_path / "web98.txt").write_text("batch: web98\n")
    with pytest.raises(replay.ReplayError, match="web98.txt: names no checkout"):
        replay.recorded_checkout("web98")
    with pytest.raises(replay.ReplayError, match="no first-sight record for batch web97"):
        replay.recorded_checkout("web97")


def test_compact_keeps_the_scored_fields_without_texts() -> None:
    rec = {"id": "web99_01", "outcome": "partial", "ncnd": False, "authority": "Kent Police",
           "reference": "FOI 1", "regime": "FOIA", "body_text": "long text",
           "exemptions": [{"code": "s40(2)", "evidence": ["a sentence"], "name": "Personal information"}]}
    assert replay.compact(rec) == {"id": "web99_01", "outcome": "partial", "ncnd": False,
                                   "authority": "Kent Police", "reference": "FOI 1", "regime": "FOIA",
                                   "exemptions": [{"code": "s40(2)"}]}


def test_confusion_counts_only_wrong_outcomes() -> None:
    labs = [{"id": "a", "outcome": "partial"}, {"id": "b", "outcome": "refused"},
            {"id": "c", "outcome": "partial"}, {"id": "d", "outcome": None}]
    preds = {"a": {"outcome": "refused"}, "b": {"outcome": "refused"}, "c": {"outcome": "refused"},
             "d": {"outcome": "disclosed"}}
    assert replay.confusion(labs, preds) == {("partial", "refused"): 2}


def test_kappa() -> None:
    assert agreement.kappa([("a", "a"), ("b", "b")]) == 1.0
    # 2 of 4 agree, each side says a twice and b twice: chance is 0.5, so nothing beyond it.
    assert agreement.kappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "a")]) == 0.0
    # 3 of 4 agree; chance is (3*2 + 1*2) / 16 = 0.5, so kappa (0.75 - 0.5) / 0.5 = 0.5.
    assert agreement.kappa([("a", "a"), ("a", "a"), ("b", "b"), ("b", "a")]) == pytest.approx(0.5)
    assert agreement.kappa([]) == 0.0


def test_compare_scores_with_the_dev_set_normalisers(scorer) -> None:
    first = [
        {"id": "x1", "outcome": "partial", "ncnd": False, "authority": "Kent Police", "reference": "FOI 101",
         "regime": "FOIA", "grounds": ["s40(2)", "s31(1)(a)"]},
        {"id": "x2", "outcome": "refused", "ncnd": True, "authority": "Essex Police", "reference": None,
         "regime": "FOIA", "grounds": ["s23(5)"]},
    ]
    other = {
        "x1": {"outcome": "partial", "ncnd": False, "authority": "kent police", "reference": "FOI 101",
               "grounds": ["s40(2)"]},
        "x2": {"outcome": "partial", "ncnd": True, "authority": "Essex Police", "reference": "E9",
               "exemptions": [{"code": "s23(5)"}, {"code": "s24(2)"}]},
    }
    got = agreement.compare(first, other, scorer)
    assert got["n"] == 2
    assert (got["outcome"], got["ncnd"], got["authority"], got["reference"]) == (0.5, 1.0, 1.0, 0.5)
    # grounds: tp 2 (s40(2), s23(5)), fp 1 (s24(2)), fn 1 (s31(1)(a)) -> F1 2/3
    assert got["grounds_f1"] == pytest.approx(2 / 3)


def test_second_labeller_is_blind_and_complete(labels: list[dict]) -> None:
    second = agreement.second_labels()
    sample = [line.split("/")[-1].rsplit(".", 1)[0] for line in
              (corpus.HERE / "agreement" / "sample.txt").read_text().split()]
    assert sorted(second) == sorted(sample) and len(sample) == 70
    known = {lab["id"] for lab in labels}
    assert set(second) <= known
    for rec in second.values():
        assert rec["confidence"] in {"sure", "unsure"} and rec["why"].strip()


def test_two_people_agree_beyond_the_targets(labels: list[dict], scorer) -> None:
    # Measured 2026-12-07 (session 5): outcome 0.99 (kappa 0.98), NCND 1.00, grounds F1 0.985,
    # authority 1.00, reference 0.97 on 70. The targets (outcome 0.92, grounds 0.97,
    # authority 0.97, reference 0.97) are within what two careful readers reach, so a parser
    # short of them is short of people, not of noisy labels. Pinned at the measured values.
    second = agreement.second_labels()
    got = agreement.compare([lab for lab in labels if lab["id"] in second], second, scorer)
    assert got["n"] == 70
    assert got["outcome"] >= 0.98 and got["outcome_kappa"] >= 0.97
    assert got["ncnd"] >= 1.0 and got["grounds_f1"] >= 0.98
    assert got["authority"] >= 1.0 and got["reference"] >= 0.97


def test_first_sight_answers_file_is_json_lines() -> None:
    for path in corpus.FIRST_SIGHT.glob("*.pred.jsonl"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            rec = json.loads(line)
            assert re.match(r"^(web|let)\d\d_\d\d$", rec["id"]), f"{path}:{n}"
            assert "body_text" not in rec, f"{path}:{n}: texts are not kept"


def test_recorded_figures_read_from_a_first_sight_record(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(corpus, "FIRST_SIGHT", tmp_path)
    (tmp_path / "web99.txt").write_text(
        "batch: web99\n\ntable_recall           0.000  (0/0)  [same cells, any orientation]\n\n"
        "grounds_f1=0.91 outcome_acc=0.72 authority_acc=1.00 boilerplate_leak=0.08\n")
    got = corpus._recorded("web99")
    assert got == {"grounds_f1": "0.91", "outcome_acc": "0.72", "authority_acc": "1.00",
                   "boilerplate_leak": "0.08", "table_recall": "–"}

"""Accuracy gate on the hold-out set (tests/parser/holdout): responses written in styles the
dev set lacks and labelled by hand BEFORE the parser first saw them, scored with the dev
set's own score.py. The first run (before any fix) is kept in holdout/first_run_scores.txt
as the honest estimate for unseen responses; these floors are the values measured after
the general fixes, rounded down a little. Floors only move up."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
from pathlib import Path

import pytest

from parser import parse
from tests.conftest import SHARED

HOLDOUT = Path(__file__).parent / "holdout"
SCORER = SHARED / "dev-set" / "score.py"

# Measured 2026-11-28 on 97 responses (r01-r34, then batches r35-r50, r51-r61, r62-r70, r71-r75,
# r76-r83, r84-r87, r88-r91 and r92-r97, each written after the previous batch's fixes): every
# field 1.00 after the fixes. One miss in 97 is 0.990. Re-measured on 122 after a second
# reviewer's batch r98-r122 (outcome judgement; first run outcome 0.84, grounds F1 0.86, see
# holdout/first_run_scores_batch10.txt): every field 1.00 but authority 0.99 (one miss).
FLOORS = {
    "reference_acc": 0.98,
    "authority_acc": 0.98,
    "regime_acc": 0.98,
    "outcome_acc": 0.96,
    "ncnd_acc": 0.98,
    "grounds_f1": 0.98,
    "grounds_section_f1": 0.98,
    "grounds_strict_f1": 0.98,
    "table_recall": 0.92,
    "body_recall": 0.98,
}
MAX_BOILERPLATE_LEAK = 0.02


def _scorer():
    spec = importlib.util.spec_from_file_location("dev_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    if not SCORER.exists():
        pytest.skip(f"score.py not found at {SCORER}")
    labels = HOLDOUT / "labels.jsonl"
    pred = tmp_path_factory.mktemp("holdout") / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for line in labels.read_text(encoding="utf-8").splitlines():
            path = HOLDOUT / json.loads(line)["file"]
            record = parse(path.read_bytes(), path=str(path)).to_dict()
            record["path"] = str(path)
            out.write(json.dumps(record) + "\n")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert _scorer().main(["--labels", str(labels), "--pred", str(pred), "--per-doc"]) == 0
    print(buf.getvalue())  # the whole table, shown with `pytest -s` or on failure
    last = buf.getvalue().strip().splitlines()[-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}


def test_every_labelled_response_is_scored(summary: dict[str, float]) -> None:
    labels = (HOLDOUT / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(labels) == 122
    assert set(summary) == set(FLOORS) | {"boilerplate_leak"}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_holdout_floor(summary: dict[str, float], field: str) -> None:
    assert summary[field] >= FLOORS[field], f"{field} {summary[field]:.2f} fell below {FLOORS[field]}"


def test_holdout_boilerplate_leak(summary: dict[str, float]) -> None:
    assert summary["boilerplate_leak"] <= MAX_BOILERPLATE_LEAK

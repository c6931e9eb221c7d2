"""Accuracy gate on the dev set's table labels (../shared/dev-set): recall as score.py counts
it, and no tables where the labels say there are none. Floors only move up."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from parser import parse
from tests.conftest import SHARED

DEV = SHARED / "dev-set"
# Pinned 2026-11-28 on the seed + 15 dev responses: 2 of 2 labelled tables found, strict.
TABLE_RECALL_FLOOR = 1.0
# Tables found in responses labelled as having none (h006's dated list must stay a list).
MAX_SPURIOUS_TABLES = 0


def _scorer():
    spec = importlib.util.spec_from_file_location("dev_score", DEV / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def labelled() -> list[tuple[dict, dict]]:
    if not (DEV / "labels.jsonl").exists():
        pytest.skip(f"dev set not found at {DEV}")
    pairs = []
    for line in (DEV / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        path = (DEV / label["file"]).resolve()
        record = parse(path.read_bytes(), path=str(path)).to_dict()
        pairs.append((label, record))
    return pairs


def test_dev_set_table_recall_meets_floor(labelled: list[tuple[dict, dict]]) -> None:
    score = _scorer()
    total = found = strict = 0
    for label, record in labelled:
        for table in label.get("tables", []):
            f_loose, f_strict = score.table_found(table, record["tables"])
            total += 1
            found += f_loose
            strict += f_strict
    assert total == 2
    assert found / total >= TABLE_RECALL_FLOOR
    assert strict / total >= TABLE_RECALL_FLOOR


def test_dev_set_has_no_spurious_tables(labelled: list[tuple[dict, dict]]) -> None:
    spurious = {
        label["id"]: [t["rows"][:2] for t in record["tables"]]
        for label, record in labelled
        if not label.get("tables") and record["tables"]
    }
    assert sum(len(v) for v in spurious.values()) <= MAX_SPURIOUS_TABLES, spurious

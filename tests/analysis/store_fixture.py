"""A store filled straight from labelled records (data/sample/labels.jsonl, or the small
fixture set here), so every statistic can be checked against numbers counted by hand from the
same labels, whatever the parser gets right.

Filled through the real store API (open_store + save_disclosure), as the crawler fills it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from parser.record import Disclosure

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SAMPLE_LABELS = ROOT / "data" / "sample" / "labels.jsonl"
FIXTURE_LABELS = HERE / "data" / "labels.jsonl"


def load_labels(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_record(label: dict[str, Any]) -> Disclosure:
    fields = {k: v for k, v in label.items() if k != "tables"}
    record = Disclosure.from_dict({**fields, "path": label["url_path"], "tables": [
        {k: t.get(k) for k in ("header", "rows", "caption", "source")} for t in label.get("tables") or []]})
    return record


def build_store(url: str, labels: list[dict[str, Any]]):
    """A store at `url` holding one disclosure per label; returns its SQLAlchemy engine."""
    records = [(f"http://127.0.0.1{lab['url_path']}", to_record(lab)) for lab in labels]
    from store import open_store

    store = open_store(url)
    for response_url, rec in records:
        store.save_disclosure(rec, response_url=response_url, document_ids=[], parser_version="labels")
    return store.engine

"""Stores for the analysis tests, filled from labels so expected numbers are counted by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.store_fixture import FIXTURE_LABELS, SAMPLE_LABELS, build_store, load_labels


@pytest.fixture(scope="session")
def labels() -> list[dict]:
    """The small hand-written fixture set: every case the analyses must handle."""
    return load_labels(FIXTURE_LABELS)


@pytest.fixture(scope="session")
def db(labels, tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("store") / "fixture.db"
    return build_store(f"sqlite:///{path}", labels)


@pytest.fixture(scope="session")
def sample_labels() -> list[dict]:
    if not SAMPLE_LABELS.exists():
        pytest.skip("data/sample/labels.jsonl has not landed yet")
    return load_labels(SAMPLE_LABELS)


@pytest.fixture(scope="session")
def sample_db(sample_labels, tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("sample") / "sample.db"
    return build_store(f"sqlite:///{path}", sample_labels)

"""Shared fixtures: paths to the seed and the dev set beside the checkout."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# $FOI_SHARED (as tests/real/score_corpus.py reads it), else shared/ beside the checkout.
SHARED = Path(os.environ["FOI_SHARED"]) if os.environ.get("FOI_SHARED") else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    path = SHARED / "000_962884f449e2edb4.txt"
    if not path.exists():
        pytest.skip(f"seed response not found at {path}")
    return path.read_bytes()

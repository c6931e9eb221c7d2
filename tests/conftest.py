"""Shared fixtures: paths to the seed and the dev set beside the checkout."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    path = SHARED / "000_962884f449e2edb4.txt"
    if not path.exists():
        pytest.skip(f"seed response not found at {path}")
    return path.read_bytes()

"""Fixtures for the sample-site tests: the generator and evaluator loaded from data/."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"sample_{name}", ROOT / "data" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def generate() -> ModuleType:
    return _load("generate")


@pytest.fixture(scope="session")
def evaluate_mod() -> ModuleType:
    return _load("evaluate")


@pytest.fixture(scope="session")
def labels() -> list[dict[str, Any]]:
    with (SAMPLE / "labels.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]

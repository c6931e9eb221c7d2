"""Gate on the real-derived corpus (tests/real/): real published responses rewritten with their
facts kept, labelled before the parser first saw them, scored with the dev set's score.py.

First-sight figures per batch are kept in tests/real/first_sight/; the floors below are what the
parser measures on the whole corpus now (README "Scores"). Floors only move up: whoever makes the
parser better raises them; nobody lowers them to get green."""
from __future__ import annotations

import hashlib
import re

import pytest

from tests.real import score_corpus as corpus

# Whole corpus, measured with tests/real/score_corpus.py (see tests/real/README.md, "Scores").
# Pinned 2026-12-07 on web01-web03 (46 responses), after the part-by-part outcome cues.
FLOORS: dict[str, float] = {
    "grounds_f1": 0.94, "grounds_section_f1": 0.96, "grounds_strict_f1": 0.94, "outcome_acc": 0.91,
    "ncnd_acc": 1.0, "reference_acc": 1.0, "authority_acc": 0.85, "regime_acc": 1.0,
    "table_recall": 1.0, "body_recall": 1.0,
}
# Lower is better: pinned at the measured leak rate.
MAX_BOILERPLATE_LEAK: float | None = 0.23
# Responses in the corpus when the floors were pinned; the count only grows.
MIN_RESPONSES = 46


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    found = corpus.load_labels()
    if not found:
        pytest.skip("tests/real holds no batches yet")
    return found


@pytest.fixture(scope="module")
def summary(labels: list[dict]) -> dict[str, float]:
    if corpus.shared_dir() is None:
        pytest.skip("score.py not found: shared/dev-set is not beside this checkout")
    text, figures = corpus.score(labels, corpus.predict(labels), per_doc=True)
    print(text)  # the whole table, shown with `pytest -s` or on failure
    return figures


def test_labels_follow_the_format(labels: list[dict]) -> None:
    assert corpus.check_labels(labels) == []


def test_corpus_keeps_its_size(labels: list[dict]) -> None:
    assert len(labels) >= MIN_RESPONSES


def test_every_batch_has_its_first_sight_record(labels: list[dict]) -> None:
    for batch in sorted({lab["batch"] for lab in labels}):
        record = corpus.FIRST_SIGHT / f"{batch}.txt"
        assert record.is_file(), f"{batch}: no first-sight record"
        text = record.read_text(encoding="utf-8")
        assert re.search(r"^main-branch commit: [0-9a-f]{40}$", text, re.M), f"{record}: no commit"
        ids = {lab["id"] for lab in labels if lab["batch"] == batch}
        scored = set(re.findall(r'^\{"id": "([^"]+)"', text, re.M))
        assert ids <= scored, f"{batch}: labelled after first sight: {sorted(ids - scored)}"


def test_no_held_out_page_is_in_the_corpus(labels: list[dict]) -> None:
    shared = corpus.shared_dir()
    if shared is None:
        pytest.skip("shared/dev-set is not beside this checkout")
    kept = {line.strip() for line in (shared / "dev-set" / "heldout-urls.sha256").read_text().splitlines()}

    def norm(url: str) -> str:  # as dev-set/is_heldout.py normalises
        u = url.strip().lower().split("#", 1)[0]
        for p in ("https://", "http://"):
            if u.startswith(p):
                u = u[len(p):]
        return (u[4:] if u.startswith("www.") else u).rstrip("/")

    held = [lab["id"] for lab in labels if hashlib.sha256(norm(lab["source_url"]).encode()).hexdigest() in kept]
    assert held == []


def test_scored_figures_are_pinned(summary: dict[str, float]) -> None:
    assert set(FLOORS) <= set(summary)
    assert MAX_BOILERPLATE_LEAK is not None, "pin the floors after the first batch is measured"


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_real_corpus_floor(summary: dict[str, float], field: str) -> None:
    assert summary[field] >= FLOORS[field], f"{field} {summary[field]:.2f} fell below {FLOORS[field]}"


def test_real_corpus_boilerplate_leak(summary: dict[str, float]) -> None:
    assert MAX_BOILERPLATE_LEAK is not None
    assert summary["boilerplate_leak"] <= MAX_BOILERPLATE_LEAK

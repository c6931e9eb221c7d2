"""needs_review on the real-derived corpus (tests/real/): floors at the measured figures.

Measured 2026-12-07 with parser/data/review.yml's threshold 0.7 (tests/real/score_review.py):
250 records, 41.6% flagged, outcome accuracy 0.740 flagged vs 0.884 unflagged, 61.4% of the
wrong outcomes flagged.
"""
from __future__ import annotations

import pytest

from tests.real import score_corpus as corpus
from tests.real.score_review import review_figures


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    labels = corpus.load_labels()
    return review_figures(labels, corpus.predict(labels))


def test_flagged_records_are_a_minority(figures: dict[str, float]) -> None:
    assert figures["flagged_share"] <= 0.42


def test_flagging_catches_most_wrong_outcomes(figures: dict[str, float]) -> None:
    assert figures["wrong_caught"] >= 0.61


def test_flagged_records_are_the_less_accurate(figures: dict[str, float]) -> None:
    assert figures["accuracy_flagged"] <= 0.74
    assert figures["accuracy_unflagged"] >= 0.88

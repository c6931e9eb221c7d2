"""bench.real_pages scores each extractor's text with score.py; the scoring, not the timing, is tested."""
from __future__ import annotations

import pytest

from bench import real_pages
from tests.real.score_corpus import shared_dir

pytestmark = pytest.mark.skipif(shared_dir() is None, reason="score.py (../shared/dev-set) is not beside the checkout")


def test_text_scores_count_labelled_lines_kept_and_left() -> None:
    labels = real_pages._labels()[:3]
    assert labels and all(lab["kind"] == "page" for lab in labels)
    everything = [" ".join(lab["body_must_include"] + lab["boilerplate_must_exclude"]) for lab in labels]
    n_body = sum(len(lab["body_must_include"]) for lab in labels)
    n_chrome = sum(len(lab["boilerplate_must_exclude"]) for lab in labels)
    assert real_pages._text_scores(labels, everything) == {
        "body_kept": 1.0, "body_kept_count": f"{n_body}/{n_body}",
        "chrome_left": 1.0, "chrome_left_count": f"{n_chrome}/{n_chrome}"}
    only_body = [" ".join(lab["body_must_include"]) for lab in labels]
    scores = real_pages._text_scores(labels, only_body)
    assert scores["chrome_left_count"] == f"0/{n_chrome}" and scores["body_kept"] == 1.0
    # Nothing extracted counts every chrome line as left, as score.py rules.
    assert real_pages._text_scores(labels, [None] * 3)["chrome_left_count"] == f"{n_chrome}/{n_chrome}"

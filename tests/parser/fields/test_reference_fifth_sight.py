"""Reference kinds from session 5 (issue 14): a title led by the word "Request" and a joined number.
Texts written for these tests. (A rule keeping a combined "eCase: ... RFI: ..." value whole was
dropped: the corpus settled on the FOI case number alone, main 07fdbc94.)"""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference

TITLES = [
    # a title led by "Request" and a joined number; opposites: a year span, a question number
    ("request_word_then_number", "Request 2024-0312: Drones", "2024-0312"),
    ("request_reference_then_number", "Request reference 2024/0312 - Drones", "2024/0312"),
    ("request_word_then_year_span", "Request 2019/20 figures: Drones", None),
    ("request_word_then_question_number", "Request 12: what is held", None),
]


@pytest.mark.parametrize(("name", "title", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_title_led_by_request_word(name: str, title: str, expected: str | None) -> None:
    assert find_reference("Dear Sir\nThe force holds 4 records.", title=title) == expected

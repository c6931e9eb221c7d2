"""Reference kinds from session 5 (issue 14): a label whose value is itself two labelled numbers
on one line (a case system's number beside the body's own serial) is kept whole as written; a
date, phone or page field after a single value is not part of it. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference

CASES = [
    ("case_system_and_serial", "Our Ref: eCase: FOI 2017/04720 RFI: 106/17 Date:\nDear Sir", "eCase: FOI 2017/04720 RFI: 106/17"),
    ("two_labelled_numbers", "Our reference: Case: 4471/23 Serial: 88/23\nThank you for your email.", "Case: 4471/23 Serial: 88/23"),
    ("crm_and_foi_numbers", "Reference: CRM: 00012345 FOI: 2211\nDear Ms Smith", "CRM: 00012345 FOI: 2211"),
    # opposites: one value, then a date or a phone field on the same line
    ("value_then_date", "Our Ref: FOI 123/24 Date: 12/03/2024\nDear Sir", "FOI 123/24"),
    ("plain_value", "Our Ref: 2201/23\nDear Sir", "2201/23"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_combined_reference(name: str, text: str, expected: str) -> None:
    assert find_reference(text) == expected


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

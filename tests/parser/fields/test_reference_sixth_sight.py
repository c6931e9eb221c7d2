"""Reference shapes from session 5, round 4 (issue 14): a genre word between a label and its
number ("request response - 06600"), and a title led by a running number with the month and
two-digit year spaced ("232 09 23 – Topic"). Texts written for these tests, each with opposites."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference

LABEL_THEN_GENRE_WORD = [
    ("response_dash", "Freedom of information request response - 06600\nFOI request\nYou asked for CPN counts.",
     "06600"),
    ("decision_en_dash", "FOI request decision \u2013 4471/24\nDear requester,\nWe hold the list.", "4471/24"),
    ("reply_dash_prefixed", "Freedom of Information request reply - 2023-118\nThe council holds three.",
     "2023-118"),
    # opposites: a number straight after the label, and a word that is no genre word
    ("plain_label", "Freedom of Information request 16/06/669\nThe force holds it.", "16/06/669"),
    ("genre_word_no_number", "Freedom of information request response\nThe council holds 4 of them.", None),
    ("genre_word_then_date", "FOI request response - 12 May 2023\nThe council holds 4 of them.", None),
]


@pytest.mark.parametrize(("name", "text", "expected"), LABEL_THEN_GENRE_WORD, ids=[c[0] for c in LABEL_THEN_GENRE_WORD])
def test_genre_word_before_the_number(name: str, text: str, expected: str | None) -> None:
    assert find_reference(text) == expected


NUMBER_MONTH_YEAR_TITLES = [
    ("en_dash_topic", "232 09 23 \u2013 Lithium Battery Fires 2017-2023", "232 09 23"),
    ("hyphen_topic", "7 01 24 - Hoax Calls", "7 01 24"),
    ("em_dash_topic", "1045 11 22 \u2014 Station Staffing", "1045 11 22"),
    # opposites: no month in the middle, no dash and title, a date written out
    ("month_out_of_range", "232 19 23 \u2013 Lithium Battery Fires", None),
    ("no_dash", "232 09 23 Lithium Battery Fires", None),
    ("written_date", "12 May 2023 \u2013 Lithium Battery Fires", None),
]


@pytest.mark.parametrize(("name", "title", "expected"), NUMBER_MONTH_YEAR_TITLES,
                         ids=[c[0] for c in NUMBER_MONTH_YEAR_TITLES])
def test_title_led_by_number_month_year(name: str, title: str, expected: str | None) -> None:
    assert find_reference("Dear Sir\nThe service holds 4 records.", title=title) == expected

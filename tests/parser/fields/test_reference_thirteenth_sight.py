"""Reference families behind web25_08's and web26_07's misses (session 8, fields14): a number the
text gives as an earlier answer's, named as a response, disclosure or reply and dated before its
number ("answered in an earlier response - September 2022 FOI 1307191-22 Payments"), and a log title
whose span of years runs up to its reference ("Missing Evidence 2017 - 2021 - 1741/21"). Near
misses: this reply's own number in the same shapes stays. Every text is written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference


@pytest.mark.parametrize(("text", "expected"), [
    ("You asked for the totals.\nThe earlier years were answered in an earlier response - September 2022 "
     "FOI 1307191-22 Informant Payments (example.police.uk)\nThe figure for this year is below.", None),
    ("You asked for the totals.\nThese were given in a previous disclosure, 3 March 2021, FOI 4455/21.\n", None),
    ("You asked for the totals.\nSee our prior reply FOI 1234/22 for the earlier figures.\n", None),
    # near misses: this reply's own number, or an earlier request's next to a labelled one of ours
    ("Our ref: FOI 2001/23\nThe earlier years were answered in an earlier response - September 2022 "
     "FOI 1307191-22 Payments\n", "FOI 2001/23"),
    ("FOI 1307191-22 Informant Payments\nYou asked for the totals.\n", "FOI 1307191-22"),
    ("You asked for the totals.\nOur response to you, FOI 5566/23, follows.\n", "FOI 5566/23"),
])
def test_a_number_named_as_an_earlier_answer(text: str, expected: str | None) -> None:
    assert find_reference(text) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Missing Evidence 2017 - 2021 - 1741/21", "1741/21"),
    ("Stop and search 2019 to 2022 - 332/22", "332/22"),
    ("Vehicle fleet 2015 \u2013 2020 \u2013 88/20", "88/20"),
    ("Missing Evidence (2017 - 2021 - 1741/21)", "1741/21"),
    # near misses: a reference with no span before it is read as before, a lone year before it too
    # (left as it was: a year may lead a reference as written, no span says it is a title's)
    ("Missing Evidence - 1741/21", "1741/21"),
    ("Road closures - 2021 - 616/21", "2021 - 616/21"),
    # a span of years alone is no reference
    ("Missing Evidence 2017 - 2021", None),
])
def test_a_span_of_years_before_a_title_reference(title: str, expected: str | None) -> None:
    assert find_reference(title + "\nYou asked for the figures.\n") == expected

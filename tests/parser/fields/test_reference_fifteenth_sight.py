"""Reference family behind web28_06's miss (session 8, round14): a log page's data period written as
a span of full years on its own line under the title ("2016-2021") is no reference, so the request
number under the page's publication number ("PUB 1355" over "16300") is read. A span of full years
runs forwards, within a working life; a number written "2024/2017" (a year, then that year's request
2017) runs backwards and stays a reference. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.reference import _is_year_span, find_reference


@pytest.mark.parametrize(("ref", "expected"), [
    ("2016-2021", True),
    ("2016 - 2021", True),
    ("1990-2020", True),
    ("2019/20", True),       # a financial year, as before
    ("2019-2020", True),
    # near misses: a number and its year, a year then a running number
    ("2024/2017", False),
    ("2016-21", False),
    ("2031-19", False),
    ("1950-2021", False),    # over thirty years: more likely a running number than a period
])
def test_span_of_full_years(ref: str, expected: bool) -> None:
    assert _is_year_span(ref) is expected


def test_publication_number_then_request_number_under_a_period() -> None:
    text = ("PUB 1355\n16300\nMissing Persons Cases\n2016-2021\n"
            "I am making a request about missing persons cases.\nPart Disclosure with Section 12(1)\n")
    assert find_reference(text) == "16300"


@pytest.mark.parametrize(("text", "expected"), [
    # a period alone under a title: no reference
    ("Missing Persons Cases\n2016-2021\nYou asked for the numbers.\n", None),
    # near misses: a year-then-number reference, labelled or as a title's lead, stays
    ("Missing Persons Cases\nOur reference: 2024/2017\nYou asked for the numbers.\n", "2024/2017"),
    ("Missing Persons Cases\nReference: 2016-2045\nYou asked for the numbers.\n", "2016-2045"),
])
def test_period_lines(text: str, expected: str | None) -> None:
    assert find_reference(text) == expected

"""Reference forms from issue 14's kinds of miss: titles carrying the number, spaced and
underscored forms, a label after an implausible one. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference

CASES = [
    # a value that is no reference must not swallow the label after it
    ("label_after_implausible_value", "Public Interest Test FOI Request\nRequest: F-013412\nCategory: Policy", None, "F-013412"),
    # someone else's reference is still skipped whole
    ("previous_request_skipped", "Previous request ref: 123/23\nOur ref: 456/24", None, "456/24"),
    # title tails: underscored, prefixed long numbers
    ("title_underscore", "Body text without a label.", "Officer Correspondence (867_15)", "867_15"),
    ("title_prefixed_number", "Body text.", "FOI request (FOI-70688433)", "FOI-70688433"),
    ("title_council_prefix", "Body text.", "FOI request (FOIR-171458814)", "FOIR-171458814"),
    ("title_dated_log_entry", "Body text.", "17 December 2017 – 905.2017-18 – Fire service consultation", "905.2017-18"),
    ("title_numbered_request", "Body text.", "Request 1689 - Finance", "1689"),
    ("title_numbered_request_too_short", "Body text.", "Request 12 - Finance", None),
    # a title line inside the text ending in its reference
    ("text_title_line_tail", "Northumbria Police\nDisclosure Details\nCCTV Footage - 218/12\nDated: 07 Jun 2011", None, "218/12"),
    # spaced forms after a label
    ("spaced_day_month_year_groups", "Ref: FOI 224 08 23\nDear Sir", None, "FOI 224 08 23"),
    ("number_then_financial_year", "BFRS Ref:\n26 19/20\nInformation request:", None, "26 19/20"),
    # a year span in a title line is not a reference
    ("year_span_title_line", "Crime figures - 2019/20\nWe hold the following.", None, None),
]


@pytest.mark.parametrize(("name", "text", "title", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reference_form(name: str, text: str, title: str | None, expected: str | None) -> None:
    assert find_reference(text, title=title) == expected

"""A cost refusal in words that sets the work against the limit's hours named as working, staff or
man hours ("it would certainly take more than the 18 working hours", Nottinghamshire, web20_06,
session 7 fields11): s12 bare, by the cost convention (tests/real/README.md). Not hours within the
limit, negated, or the requester's condition. Every text is written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.sections import split_request_response
from parser.judgement.exemptions import find_exemptions


def grounds(text: str) -> list[str]:
    request, _ = split_request_response(text)
    return [e.code for e in find_exemptions(text, regime="FOIA", request_text=request)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finding every interpreting job by hand would be a very large task, and it would certainly take more than the 18 working hours.", ["s12"]),
        ("Reviewing each custody record would take well over 18 staff hours.", ["s12"]),
        ("Extracting the figures from paper files would need more than the 24 working hours.", ["s12"]),
        ("The search would require in excess of 18 man hours, so we cannot answer it.", ["s12"]),
        ("Collating this would take longer than the 18 man-hours allowed.", ["s12"]),
        # the plain hours, already known, stay s12
        ("It would take more than 18 hours to read every file.", ["s12"]),
        # not over the limit, negated, or the requester's condition
        ("The search took about 10 working hours, and the figures are below.", []),
        ("It would not take more than the 18 working hours, so the figures are given below.", []),
        ("If it would take more than 18 working hours, please give me the figures for 2019 only.", []),
        ("Officers worked more than 18 working hours on the operation each week.", []),
    ],
    ids=["certainly-18-working", "staff-hours", "24-working", "man-hours", "man-hyphen-hours", "plain",
         "within", "negated", "condition", "hours-worked"],
)
def test_cost_over_working_hours(text: str, expected: list[str]) -> None:
    assert grounds(text) == expected

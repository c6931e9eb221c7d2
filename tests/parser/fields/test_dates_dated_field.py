"""A log entry's own "Dated:" field is the reply's date when nothing else dates the reply
(Northumbria's legacy log, web20_12, session 7 fields11); a "Date of response" field, a letter
head's date or a reply label wins over it, and "dated" inside a sentence is no field. Every text
is written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.dates import find_dates


@pytest.mark.parametrize(
    ("text", "response"),
    [
        # the entry's date field alone
        ("Disclosure Details\nStation closures - 212/16\nDated: 15 Apr 2016\nThank you for your e mail of 16 March 2016.\nThe figures are below.", "2016-04-15"),
        ("Dated: 03/05/2019\nThank you for your request.\nThe information is not held.", "2019-05-03"),
        ("Disclosure 4471\nDated:   7 June 2018\nWe hold the figures and they are set out below.", "2018-06-07"),
        # ... a response field beside it wins (a log migrated on one day dates every entry that day)
        ("Dated: 07 Jun 2011\nDate of request: 13/01/2010\nDate of response: 09/02/2010\nThe figures are below.", "2010-02-09"),
        # ... and so does a reply told in a label
        ("Dated: 07 Jun 2011\nWe responded on 4 March 2010 and this page records that reply.", "2010-03-04"),
        # "dated" in a sentence is the request's, or a letter's, not the entry's field
        ("Thank you for your letter dated 3 May 2016.\nThe information is not held.", None),
        ("The attached report, dated 4 June 2015, answers your second question.", None),
    ],
)
def test_dated_field_as_reply_date(text: str, response: str | None) -> None:
    assert find_dates(text).response == response


def test_dated_field_is_still_the_published_date() -> None:
    found = find_dates("Dated: 15 Apr 2016\nThe figures are below.")
    assert (found.published, found.response) == ("2016-04-15", "2016-04-15")

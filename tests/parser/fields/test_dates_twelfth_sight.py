"""Reply dates behind web24_11's miss (session 8, fields13): a letter flattened into two long lines,
whose reference begins with date-like digits ("Our Ref: 30-10-2009-094848-001") and whose own date
runs straight into the salutation on its line ("19 November 2009 Dear Mr Smith Thank you ...").
The reference token is no date; the date before "Dear" is the reply's. Each with near misses that
must not change. Every text is written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.dates import find_dates

FLAT_HEAD = "HEADQUARTERS AIR COMMAND Business Secretariat Mr J Smith High Wycombe HP14 4UE Our Ref: 30-10-2009-094848-001\n"


@pytest.mark.parametrize(
    ("text", "response"),
    [
        # the reference's leading digits are not the reply's date; the date before "Dear" is
        (FLAT_HEAD + "19 November 2009 Dear Mr Smith Thank you for your e-mail about sightings. The reports are below.",
         "2009-11-19"),
        # ... with no date before "Dear", the reference gives none either
        (FLAT_HEAD + "Dear Mr Smith Thank you for your e-mail about sightings. The reports are below.", None),
        # a date that is the whole value after an empty reference label is still the head's date
        ("Freedom of Information Office\nOur ref: HQ/PA/004666/19 Your ref: 22 October 2019\nDear Ms Andrews,\n"
         "The figures are below.", "2019-10-22"),
        # a numeric date ending its token after the label is still read
        ("Freedom of Information Office\nOur ref: HQ/PA/004666/19 Your ref: 22-10-2019\nDear Ms Andrews,\n"
         "The figures are below.", "2019-10-22"),
        # a date running into "Dear" further down, below the request, is no head's date
        ("Our Ref: 123/09\nYou asked: how many reports were made?\n19 November 2009 Dear Sir, the figure is 12.", None),
    ],
)
def test_reply_dates_twelfth_sight(text: str, response: str | None) -> None:
    assert find_dates(text).response == response


def test_date_range_still_reads_its_first_date() -> None:
    # a range of two dates is not a reference token: its first date is still a date
    text = "Date of response: 01/04/2019-31/03/2020\nThe figures are below."
    assert find_dates(text).response == "2019-04-01"

"""dates.find_dates / parse_date: formats real logs print, labels, and the traps."""
from __future__ import annotations

import pytest

from parser.fields.dates import Dates, find_dates, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("16/02/26", "2026-02-16"),
        ("23/01/2018", "2018-01-23"),
        ("09/2023", None),  # month only: no day is invented
        ("06 November 2019", "2019-11-06"),
        ("31 Jul 2015", "2015-07-31"),
        ("February 04, 2026 | Legacy and Legal", "2026-02-04"),
        ("31st May 2021", "2021-05-31"),
        ("19th December 2018", "2018-12-19"),
        ("Wednesday, 12 December 2012", "2012-12-12"),
        ("2024-04-08T10:00:00Z", "2024-04-08"),
        ("1st of March 2020", "2020-03-01"),
        ("Sept 3 2019", "2019-09-03"),
        ("31/02/2020", None),  # no such day
        ("3rd February", None),  # no year: not guessed
        ("13/25/2020", None),
        ("tomorrow", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_dateparser_fallback_reads_an_odd_labelled_format() -> None:
    assert parse_date("03-Mar-2019") == "2019-03-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: 16/02/26\nEnquiry Reference: 89- 26\n", Dates(response="2026-02-16")),
        ("Reference: 9317-18\nDate: 23/01/2018\n\nThank you for your request for information dated 1th January, "
         "which this office received on 15th January 2018.", Dates(request="2018-01-15", response="2018-01-23")),
        ("Date Responded 06 November 2019\n\nYou asked:\n1. How many?\n\nIn Response:\nNone.",
         Dates(response="2019-11-06")),
        ("Dated: 31 Jul 2015\nDate of request: 23/08/2012\nDate of response: 13/09/2012\n",
         Dates(published="2015-07-31", request="2012-08-23", response="2012-09-13")),
        ("February 04, 2026 | Legacy and Legal , Incidents and Reports\nRequest Number: F-013412\n",
         Dates(published="2026-02-04", response="2026-02-04")),
        ("FOI reference: FOI/18/03160\nDate received: 30 October 2018\nDate responded: 19 November 2018\n",
         Dates(request="2018-10-30", response="2018-11-19")),
        ("FOI date 09/2023\nFOI reference FOI 1759225/23\n", Dates()),
        ("We received your email on Friday 8th September 2023 in which you asked for the following information.",
         Dates(request="2023-09-08")),
        ("We received your email on 17/02/2019 in which you asked:", Dates(request="2019-02-17")),
        ("I write in connection with your request for information which was received\nby the Metropolitan Police "
         "Service (MPS) on 30/07/2010. I note you seek access to the following information:",
         Dates(request="2010-07-30")),
        ("Published: 08 April 2024\nFOI 2023/24-083", Dates(published="2024-04-08")),
        ("Our Ref: IM-FOI-2021-0942\nDate: 31st May 2021\n", Dates(response="2021-05-31")),
        ("FREEDOM OF INFORMATION REQUEST REFERENCE NO: 982-2023\nThank you for your request, received on "
         "24th October 2023.", Dates(request="2023-10-24")),
        ("Issued on 27 September 2023, this FOI response confirms that we do not hold it.\n"
         "Related Content\nPublished: 24 June 2024", Dates(published="2024-06-24", response="2023-09-27")),
        ("Our ref: GSA/4762/12\nWednesday, 12 December 2012\nDear Mr Bowett,\nI am writing in reply to your email "
         "of 15th November 2012.", Dates(request="2012-11-15", response="2012-12-12")),
        # A page's "Last updated" date is chrome, not the response.
        ("Last updated:\n8th August 2023\nThe Council is applying Section 14.", Dates()),
        # Dates inside the request are never the response date.
        ("You asked:\nDate: 01/01/2020 to 31/12/2020, how many arrests?\n\nIn Response:\nWe hold 12.",
         Dates()),
        ("Thank you for your request, which was received in this office on 3rd February.", Dates()),
        ("We followed the guidance issued on 5 May 2019 by the College of Policing.", Dates()),
        # Police Scotland letter head: the date shares the line with the reference.
        ("OFFICIAL\n\nOur Ref: IM-FOI-2021-0942 Date: 31st May 2021\n\nFREEDOM OF INFORMATION (SCOTLAND) ACT 2002",
         Dates(response="2021-05-31")),
        ("The response due date: 12 June 2021 was missed.", Dates()),
        # Letter heads without colons, and a request "dated" after a comma.
        ("FORCE DISCLOSURE UNIT\nDate 19 March 2015\nYour ref\nOur ref RFI 2015-096\nDear Sir,\nThank you for "
         "your request for information, dated 9th February 2015, about magazine sales.",
         Dates(request="2015-02-09", response="2015-03-19")),
        ("Information Request to Durham Constabulary\nReceived on 23/08/2017 Our Ref: DC/FOI 782/17\n",
         Dates(request="2017-08-23")),
        # gov.scot's definition list, flattened with bullets.
        ("- Published\n- 28 March 2025\n- FOI reference\n- FOI/202500453454\n- Date received\n- 19 February 2025\n"
         "- Date responded\n- 13 March 2025\n",
         Dates(published="2025-03-28", request="2025-02-19", response="2025-03-13")),
        ("", Dates()),
    ],
)
def test_find_dates(text: str, expected: Dates) -> None:
    assert find_dates(text) == expected


def test_dates_from_meta_when_text_has_none() -> None:
    meta = {"article:published_time": "2024-03-05T09:12:00+00:00"}
    assert find_dates("No dates here.", meta=meta) == Dates(published="2024-03-05")

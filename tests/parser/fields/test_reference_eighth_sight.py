"""Reference kinds met at first sight in web17 and let12 (issue 14, fields8), each with its opposite.
Every text is written for these tests: a log entry's dated title with the day's ordinal and the
entry's genre before its number, and a list of earlier disclosures whose numbers are not the reply's."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference

SITE = "Office of the Police and Crime Commissioner\nHome > Disclosure log\n"

CASES = [
    # the dated title: ordinal day, then the genre, then the number
    ("ordinal_and_genre", SITE + "3rd June 2016 \u2013 FOI Response: 512.2016-17 \u2013 Staff car parking\n"
     "You asked how many spaces the office rents.\n", "512.2016-17"),
    ("ordinal_and_request_genre", SITE + "21st March 2015 - EIR Request - 77.2014-15 - Office heating\n"
     "You asked about the boiler.\n", "77.2014-15"),
    ("plain_day_no_genre", SITE + "14 May 2017 \u2013 101.2017-18 \u2013 Hospitality register\n"
     "You asked for the register.\n", "101.2017-18"),
    # opposite: a dated title with a year span but no reference in it
    ("dated_title_without_number", SITE + "2nd July 2019 \u2013 FOI Response: the 2018-19 accounts \u2013 Budget\n"
     "You asked for the accounts.\n", None),

    # numbers in a list introduced as earlier disclosures are those requests', not this reply's
    ("earlier_disclosures_list", "Northshire Police\nYou asked for the cost of policing the parade.\n"
     "You will find the figures in our previous disclosures:\n"
     "May 2022 FOI 2211456-22 Parade costs\n"
     "April 2021 FOI 1876543-21 Event policing\n", None),
    ("published_responses_list", "Northshire Police\nYou asked how many drones the force owns.\n"
     "This is answered by these published responses:\n"
     "- FOI 3344/21 Drones\n", None),
    # opposite: the same list shape introduced as this reply's own answer keeps its number
    ("own_answer_list", "Northshire Police\nYou asked for the cost of policing the parade.\n"
     "Our answer is below:\n"
     "May 2022 FOI 2211456-22 Parade costs\n", "FOI 2211456-22"),
    # opposite: a labelled reference above an earlier-disclosures list is still read
    ("labelled_above_list", "Northshire Police\nOur ref: 4455/23\nYou asked for the cost of the parade.\n"
     "The figures are in our earlier disclosures:\n"
     "FOI 2211456-22 Parade costs\n", "4455/23"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reference_eighth_sight(name: str, text: str, expected: str | None) -> None:
    assert find_reference(text) == expected


TITLES = [
    # a title ending in a case code: capital letters joined to five or more digits
    ("code_after_topic", "Misuse of Drugs Act 1971, Section 23 R021944 | Prosecution Service", "R021944"),
    ("code_plain_end", "Court outcomes for a named case PF-0045123", "PF-0045123"),
    # opposite: a road number, a year, a short code, a code mid-title
    ("road_number", "Resurfacing of the A4174 | County Council", None),
    ("year_at_end", "Fixed penalty notices issued in 2023 | Prosecution Service", None),
    ("code_mid_title", "Case R021944 and the costs of the appeal hearing that followed", None),
]


@pytest.mark.parametrize(("name", "title", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_title_ending_in_case_code(name: str, title: str, expected: str | None) -> None:
    assert find_reference("You asked for the outcome.\n", title=title) == expected

"""Reference shapes added in round 9 (fields9): a log title led by a short capital code and a
running number, and a labelled reference whose line ends in two groups of capitals."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference


@pytest.mark.parametrize(("text", "expected"), [
    # the letterhead, then the title line: the code as written (a misspelt prefix kept)
    ("Cheshire Fire and Rescue Service\nInformation Governance\nFIO 1840 - Drone Technology\nThank you.", "FIO 1840"),
    ("CFRS 2231 – Fleet vehicles\nThank you for your request.", "CFRS 2231"),
    # opposite: a subject word, a year, or a lower-case topic after the dash is no reference
    ("NHS 111 - Calls passed to the police\nThank you for your request.", None),
    ("CFRS 2023 - Annual figures\nThank you for your request.", None),
    ("ABC 1234 - the figures you asked for\nThank you.", None),
])
def test_title_led_by_a_code_and_a_number(text: str, expected: str | None) -> None:
    assert find_reference(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Reference: FOI 20170047 POL FED\nDear Sir", "FOI 20170047 POL FED"),
    ("Our Ref: 2345/23 ICU\nDear Sir", "2345/23 ICU"),
    # opposite: a common word in either group, or longer capitals, are not part of it
    ("Reference: FOI 20170047 AND THE\nDear Sir", "FOI 20170047"),
    ("Reference: 1234/23 CCTV\nDear Sir", "1234/23"),
    ("Reference: 1234/23 ASB DNA\nDear Sir", "1234/23"),
])
def test_capital_groups_ending_a_labelled_line(text: str, expected: str) -> None:
    assert find_reference(text) == expected

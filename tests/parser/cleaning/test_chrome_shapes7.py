"""Furniture shapes met in unseen real pages and letters (issue 14, round 4), several wordings
each, with sentences of the same words that stay. Every line is written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.lines import chrome_family, shaped_family

ZONE = [
    ("Jump to the main content", "skip"),
    ("Jump to navigation", "skip"),
    ("Skip to main content", "skip"),
    ("We hit a technical snag. Please try once more.", "problem"),
    ("Sorry, there was a technical glitch.", "problem"),
    ("Please try once more later.", "problem"),
    ("This disclosure log entry was last revised on Friday, 16 February 2024", "updated"),
    ("Page last revised: 3 March 2025", "updated"),
    ("This entry was last amended on 12/04/2023", "updated"),
    ("About cookies on GOV.UK", "cookie"),
    ("Using cookies on this site", "cookie"),
    ("Menu | Search GOV.UK", "ui_row"),
    ("Menu | Search this site", "ui_row"),
    # sentences with the same words stay
    ("We had a technical snag with the case system in 2022, so figures for March are estimates.", None),
    ("Officers are told to try once more to resolve the matter before arrest.", None),
    ("The policy was last revised after the 2021 review and is attached.", None),
    ("The report is about cookies on sale in canteens.", None),
    ("Stop and search | 2021 | 2022", None),
    ("Home > Information Management Fax 01924 292726 Email foi@example.police.uk Website", "breadcrumb"),
    ("Home > About us > www.example.gov.uk", "breadcrumb"),
    ("Home > FOI. We received 42 requests.", None),
    ("Home Office figures show 12.5% growth.", None),
]


@pytest.mark.parametrize(("line", "family"), ZONE, ids=[s[0][:40] for s in ZONE])
def test_zone_shapes(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


ANYWHERE = [
    ("Request 2449 (continued)", "continued"),
    ("FOI 123/24 (cont'd)", "continued"),
    ("Our ref 01.FOI.23.028716 (continued)", "continued"),
    ("Request 2449 covered three years (see below).", None),
    ("Question 4 asked for the number of drones.", None),
]


@pytest.mark.parametrize(("line", "family"), ANYWHERE, ids=[s[0][:40] for s in ANYWHERE])
def test_anywhere_shapes(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


LETTER = ["Thank you for your request of 2 May about road closures.",
          "The figures you asked for are given in the table below this paragraph.",
          "Yours sincerely"]


@pytest.mark.parametrize(("tail", "dropped"), [
    (["FOI Case Officer", "Transport for London", "tfl.gov.uk/foi"], True),
    (["Information Rights Unit", "Kent Police", "www.kent.police.uk/foi-requests"], True),
    (["Data Protection Officer", "Example County Council", "https://www.example.gov.uk/contact/foi"], True),
    # opposites: an address a sentence points to, one not last, one under a person's name
    (["Jo Bloggs", "The report is published at:", "www.example.gov.uk/reports"], False),
    (["Transport for London", "tfl.gov.uk/foi", "We hope this information is useful to you in your work."], False),
    (["Jo Bloggs", "FOI Case Officer", "tfl.gov.uk/foi"], False),
])
def test_signature_address_is_dropped_only_last_under_a_body(tail: list[str], dropped: bool) -> None:
    from parser.cleaning.lines import drop_chrome_lines
    kept, _ = drop_chrome_lines(LETTER + tail, weak=False)
    address = next(x for x in tail if "/" in x)
    assert (address not in kept) is dropped

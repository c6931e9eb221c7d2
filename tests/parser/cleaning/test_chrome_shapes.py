"""Chrome lines told by their shape (issue 14): markings, page footers, web addresses and
handles wherever they sit, site widgets, breadcrumbs; and the content lines that look alike
but must stay. Lines written for these tests."""
from __future__ import annotations

import pytest

from parser import parse
from parser.cleaning.lines import chrome_family, shaped_family

SHAPED = [
    ("OFFICIAL", "marking"),
    ("OFFICIAL-SENSITIVE", "marking"),
    ("OFFICIAL - SENSITIVE", "marking"),
    ("NOT PROTECTIVELY MARKED", "marking"),
    ("RESTRICTED - PERSONAL", "marking"),
    ("Page 1 of 1", "marking"),
    ("Page 3 of 12", "marking"),
    ("Follow us on X @PoliceServiceNI", "handle"),
    ("Follow @WMPolice", "handle"),
    ("scotland.police.uk @PoliceScotland PoliceScotland", "handle"),
    ("www.scotland.police.uk", "bare_host"),
    ("foi.west-midlands.police.uk", "bare_host"),
    ("https://www.gov.scot/", "bare_host"),
    ("www.suffolk.police.uk Page 1 of 1", "furniture"),
    ("OFFICIAL | Page 2 of 4", "furniture"),
    ("No attachments", "widget"),
    ("show quoted sections", "widget"),
    ("Download (0)", "widget"),
    ("Text only", "widget"),
    ("Follow this request", "widget"),
    ("Add an annotation (to help the requester or others)", "widget"),
    # content that shares words with chrome
    ("The information is published on our website www.police.uk each month.", None),
    ("https://www.gov.uk/government/statistics/police-workforce", None),
    ("Page 2 of the report was redacted under section 40(2).", None),
    ("Officers are trained to OFFICIAL SENSITIVE handling standards.", None),
    ("@", None),
]


@pytest.mark.parametrize(("line", "family"), SHAPED, ids=[s[0][:40] for s in SHAPED])
def test_shaped_family(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


def test_a_bare_address_after_a_colon_is_what_the_sentence_points_to() -> None:
    assert shaped_family("www.police.uk", "The figures are published at:") is None
    assert shaped_family("www.police.uk", "Yours sincerely") == "bare_host"


ZONE = [
    ("Home > FOI and access to information > Disclosure log 2023 > February", "breadcrumb"),
    ("Home | Advice and information | News | Contact us", "breadcrumb"),
    ("Freedom of Information > Disclosure Log > Crime Statistics", "breadcrumb"),
    ("Download", "navigation"),
    ("Report", "navigation"),
    ("Find out about cookies", "cookie"),
    ("The content on this page is looked after by our Democratic Services team.", "page_about"),
    ("Share this page: Facebook | X | Email", "share"),
    ("Home Office figures are attached.", None),
]


@pytest.mark.parametrize(("line", "family"), ZONE, ids=[s[0][:40] for s in ZONE])
def test_zone_family(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


def test_markings_and_footers_mid_letter_are_dropped_and_the_letter_kept() -> None:
    text = (
        "OFFICIAL\n"
        "Our Ref: FOI 2024/118\n"
        "Thank you for your request for the number of drones the force owns and operates.\n"
        "www.example.police.uk Page 1 of 2\n"
        "OFFICIAL\n"
        "The force owns 12 drones, and all of them are operated by the air support unit.\n"
        "More figures are published at:\n"
        "www.police.uk\n"
        "Follow us on X @ExamplePolice\n"
    )
    record = parse(text.encode(), path="letter.txt")
    assert record.body_text == (
        "Our Ref: FOI 2024/118\n"
        "Thank you for your request for the number of drones the force owns and operates.\n"
        "The force owns 12 drones, and all of them are operated by the air support unit.\n"
        "More figures are published at:\n"
        "www.police.uk"
    )

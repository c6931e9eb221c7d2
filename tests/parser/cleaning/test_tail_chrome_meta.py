"""The closing chrome below a tail marker is kept with the banners as the page's chrome text (not
in the body), so the authority step can read the site's name from a footer when the response never
names its writer (fields5; a crawler's text of a log page). Texts written for these tests."""
from __future__ import annotations

from parser import parse
from parser.cleaning.lines import CHROME_KEY, drop_chrome_lines

PAGE = (
    "Skip to main content\n"
    "Speed camera locations (4410_16)\n"
    "Please list every fixed speed camera in the county.\n"
    "Section 21 of the Act means we need not give information that is already reasonably accessible to you. "
    "The camera sites are listed on the safety partnership's website.\n"
    "Related requests\n"
    "Mobile cameras (2101_16)\n"
    "{footer}\n"
)


def test_footer_below_the_tail_marker_is_chrome_text_not_body() -> None:
    lines = PAGE.format(footer="Staffordshire Police · Freedom of Information · Privacy · Cookies").splitlines()
    kept, meta = drop_chrome_lines(lines)
    assert "Staffordshire Police · Freedom of Information · Privacy · Cookies" not in kept
    assert meta[CHROME_KEY].splitlines()[-1] == "Staffordshire Police · Freedom of Information · Privacy · Cookies"


def test_a_footer_naming_the_force_gives_the_authority() -> None:
    text = PAGE.format(footer="Staffordshire Police · Freedom of Information · Privacy · Cookies")
    record = parse(text.encode(), path="page.txt")
    assert (record.authority, record.authority_id) == ("Staffordshire Police", "staffordshire")


def test_a_footer_naming_no_body_gives_none() -> None:
    text = PAGE.format(footer="Freedom of Information · Privacy · Cookies · Accessibility")
    record = parse(text.encode(), path="page.txt")
    assert (record.authority, record.authority_id) == (None, None)

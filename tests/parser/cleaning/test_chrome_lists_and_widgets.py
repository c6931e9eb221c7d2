"""Round 6 of issue 14's cleaning: a body line is never taken for chrome because of its place.

The response's own list goes on below its last long sentence ("(c) 2016 - One (residential)." under
"(a) 2014 - None." and "(b) 2015 - None."), and a letter goes on until its "Yours sincerely": there
no zone cue drops a line. Beside that, furniture told by its kind in several wordings, each with a
line of the same shape that stays. Lines written for these tests (no site's real wording)."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html, clean_text
from parser.cleaning.lines import _continues_list, chrome_family, rules, shaped_family

FOOTER = (
    "Back to the disclosure log\n"
    "Was this page useful? Yes | No\n"
    "Accessibility | Cookies | Privacy | Site map\n"
    "(c) 2019 Wessex Fire and Rescue Service\n"
)


@pytest.mark.parametrize(
    "items",
    [
        ["(a) 2014 - None.", "(b) 2015 - None.", "(c) 2016 - One (residential)."],
        ["a) Yes", "b) No", "c) 2016 figures are not held."],
        ["(i) 12", "(ii) 4", "(iii) copyright of the images rests with the force"],
        ["1. Yes.", "2. Contact us", "3. Site map of stations: not held."],
        ["Q.1 How many?", "A.1 Four.", "Q.2 Which cookies are set?", "A.2 Privacy policy attached."],
    ],
    ids=["paren-letters", "letters", "roman", "numbers", "q-and-a"],
)
def test_a_list_under_the_last_sentence_keeps_every_item(items: list[str]) -> None:
    text = (
        "Wessex Fire and Rescue Service\n"
        "We were asked how many calls about fireworks the service answered in each year since 2014.\n"
        + "\n".join(items) + "\n" + FOOTER
    )
    body = clean_text(text).body_text.splitlines()
    assert body[-len(items):] == items
    assert "(c) 2019 Wessex Fire and Rescue Service" not in body
    assert "Was this page useful? Yes | No" not in body


def test_a_copyright_line_with_no_list_above_it_still_goes() -> None:
    text = (
        "We were asked how many calls about fireworks the service answered in each year since 2014.\n"
        "The service answered one such call, in 2016, at a house.\n"
        "(c) 2016 Wessex Fire and Rescue Service\n"
    )
    assert clean_text(text).body_text.splitlines()[-1] == "The service answered one such call, in 2016, at a house."


def test_list_readings_need_a_neighbour_one_step_away_in_the_same_style() -> None:
    assert _continues_list(["(b) 2015 - None.", "(c) 2016 - One."], 1)
    assert _continues_list(["(c) 2016 - One.", "(d) 2017 - None."], 0)
    assert not _continues_list(["(a) 2014 - None.", "(c) 2016 Wessex Media"], 1)  # a step is missing
    assert not _continues_list(["b) 2015 - None.", "(c) 2016 Wessex Media"], 1)  # another style
    assert not _continues_list(["Home", "(c) 2016 Wessex Media"], 1)
    assert not _continues_list(["(b) 2015", "c 2016 Wessex Media"], 1)  # no marker


def test_lines_above_the_letters_formal_close_are_the_letters() -> None:
    text = (
        "Our ref: 2024/0415\n"
        "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303.\n"
        "We hold the information and can tell you that there are 14 fixed cameras on that road.\n"
        "Contact us\n"
        "Feedback\n"
        "Yours sincerely\n"
        "Information Rights Unit\n"
        "Page 1 of 1\n"
    )
    body = clean_text(text).body_text.splitlines()
    assert body[3:6] == ["Contact us", "Feedback", "Yours sincerely"]
    assert "Page 1 of 1" not in body  # furniture of fixed shape goes wherever it sits


def test_without_a_formal_close_the_same_lines_go() -> None:
    text = (
        "Our ref: 2024/0415\n"
        "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303.\n"
        "We hold the information and can tell you that there are 14 fixed cameras on that road.\n"
        "Contact us\n"
        "Feedback\n"
    )
    assert clean_text(text).body_text.splitlines()[-1].startswith("We hold the information")


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("Recommended for you", True),
        ("Suggested reading", True),
        ("Similar documents on this topic", True),
        ("Other requests in this category", True),
        ("More like this", True),
        ("You might also want to read", True),
        ("More from this author", True),
        # the same words in a sentence of the response
        ("Similar requests were refused under section 12.", False),
        ("Other requests in this category were answered in full", False),
        ("Recommended actions", False),
    ],
)
def test_recommendation_headings_open_the_closing_chrome(line: str, marker: bool) -> None:
    assert bool(rules().tail_marker.search(line)) is marker


def test_a_recommendation_list_under_a_mirrored_letter_goes() -> None:
    text = (
        "Wessex Constabulary has considered your request, and holds figures only from October 2015.\n"
        "The number of offences recorded in each year since then is set out in the table below.\n"
        "Grand Total 4 8 25 12\n"
        "Suggested for you\n"
        "Speed cameras on the A303 and their income\n"
        "Load more\n"
    )
    assert clean_text(text).body_text.splitlines()[-1] == "Grand Total 4 8 25 12"


ZONE = [
    ("Officers outside the court in May (AFP)", "caption_credit"),
    ("Protesters on Whitehall (Getty Images)", "caption_credit"),
    ("A patrol car in Wessex (PA Media/Alamy)", "caption_credit"),
    ("Staff Officer and Personal Assistant (PA)", None),  # a role with its initials
    ("Reports were received from the agency (AFP).", "caption_credit"),  # shape alone: zone lines only
    ("Blog archive: 2016", "ui_control"),
    ("Archive - March 2019", "ui_control"),
    ("News archive 2021", "ui_control"),
    ("Archive: the force's records for 2016 are kept offsite.", None),
    ("« Previous request | Next request »", "navigation"),
    ("Next disclosure ›", "navigation"),
    ("Older response / Newer response", "navigation"),
    ("Previous requests", None),  # a heading of the letter's own: no arrow, no pair
    ("New FOI request", "navigation"),
    ("Submit an information request", "navigation"),
    ("Send us a new request", "navigation"),
    ("A new request was made on 3 May.", None),
    ("Wessex Fire Brigade disclosure log", "site_title"),
    ("Wessex Ambulance Trust FOI disclosures", "site_title"),
    ("Choose a category to see the requests filed under it", "page_about"),
    ("Select a year to narrow the list.", "page_about"),
    ("All requests for this department are listed below; pick a sub-department to see fewer.", "page_about"),
    ("We had to select a sample of the records to see the trend.", None),
    ("This page holds Wessex Police's answer to a request made under the Freedom of Information Act.", "page_about"),
    ("The request was made under the Freedom of Information Act 2000 and answered late.", None),
]


@pytest.mark.parametrize(("line", "family"), ZONE, ids=[z[0][:40] for z in ZONE])
def test_zone_kinds_in_new_wordings(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


ANYWHERE = [
    ("WhatDoTheyKnow", "request_site"),
    ("whatdotheyknow.com", "bare_host"),  # a bare address already
    ("Help us keep this site useful: report anything that should not be here.", "request_site"),
    ("Offensive? Unsuitable? Report this request", "request_site"),
    ("Please flag any content that breaks our rules.", "request_site"),
    ("Please report any crime to 101.", None),
    ("You are reading an HTML copy of an attachment to the request 'Speed cameras'.", "conversion"),
    ("Download the original attachment", "conversion"),
    ("Get the original PDF", "conversion"),
    ("The original document is held by the force.", None),
]


@pytest.mark.parametrize(("line", "family"), ANYWHERE, ids=[z[0][:40] for z in ANYWHERE])
def test_anywhere_kinds_in_new_wordings(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


def test_html_list_items_after_the_answer_heading_stay() -> None:
    html = (
        "<html><body><main><h1>Fireworks</h1>"
        "<p>We were asked how many calls about fireworks the service answered in (a) 2014, (b) 2015 and (c) 2016.</p>"
        "<p>(a) 2014 - None.</p><p>(b) 2015 - None.</p><p>(c) 2016 - One (residential).</p>"
        "</main></body></html>"
    )
    assert clean_html(html).body_text.splitlines()[-1] == "(c) 2016 - One (residential)."

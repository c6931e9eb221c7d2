"""Chrome kinds left in web23 and web24 at their first sight (session 8, fields13): a log's
furniture under a published response ("Link to this response", replies switched off), a site's
COVID service notice, a retired site's notice with its address lost, social rows naming the body,
a login box's lone links, a request site's notices in English and Welsh, and a document mirror's
name and title line. Several wordings of each, beside sentences of a response with the same words
that stay. Every line is written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_text
from parser.cleaning.lines import chrome_family

CASES = [
    # a log's furniture under a published response
    ("Link to this response", "blog"),
    ("Link to this request.", "blog"),
    ("Replies are switched off for this response.", "blog"),
    ("Replies to this disclosure are closed", "blog"),
    ("The link to this response was sent to the requester.", None),
    ("Replies from three departments were collated.", None),
    # a COVID service notice titled with how the service works
    ("Keeping our FOI service running during COVID-19: how we are working", "announcement"),
    ("Our requests service through the pandemic - what we are doing", "announcement"),
    ("Fines issued during the COVID-19 lockdown: how many were paid", None),
    # a retired site's notice, its address lost
    ("This site ( has been switched off. Northumbria Police's home page can now be found at", "archive_notice"),
    ("This website (www.example.police.uk) has been shut down.", "archive_notice"),
    ("This camera has been switched off since 2019.", None),
    # social rows naming the body
    ("Follow the Met on Facebook, X, Instagram and YouTube", "social_row"),
    ("Follow Northamptonshire Police: Facebook | X | Instagram | YouTube", "social_row"),
    ("Find Kent Police on Facebook and X", "social_row"),
    ("Follow the Met on Facebook, where the appeal ran on 3 May", None),
    # a login box's links alone
    ("Forgotten your password?", "ui_control"),
    ("Register a new account", "ui_control"),
    ("Reset your password", "ui_control"),
    ("Officers forgot the password for the device.", None),
    # a request site's notices over and under an attachment's copy, in English and Welsh
    ("What follows is an HTML rendering of a file attached to the Freedom of Information request 'Stop data'.",
     "conversion"),
    ("Is this attachment hard to read? Let us know.", "conversion"),
    ("Lawrlwythwch yr atodiad gwreiddiol (ffeil PDF)", "conversion"),
    ("Ydy'r atodiad hwn yn anodd ei ddarllen? Rhowch wybod i ni.", "conversion"),
    ("WhatDoTheyKnow is run by mySociety, a registered charity.", "request_site"),
    ("Mae WhatDoTheyKnow yn cael ei redeg gan mySociety.", "request_site"),
    ("What follows is a summary of the figures.", None),
    ("The unit is run by a charity partner under contract.", None),
    ("The handwriting in the original attachment is hard to read in places.", None),
    # a document mirror's name and its title line with the uploader
    ("docstoc", "mirror"),
    ("20091105-FOI-Reply- lights -sky (uploaded by jsmith)", "mirror"),
    ("The figures (supplied by the requester) were checked.", None),
]


@pytest.mark.parametrize(("line", "family"), CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_twelfth_sight(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


def test_log_furniture_goes_from_the_bottom_of_a_page_text() -> None:
    text = ("West Midlands Police - Freedom of Information\n"
            "Dogs (1638A/23)\n"
            "You asked how many dog attacks the force recorded in each month of 2022, broken down by area.\n"
            "The force recorded 512 dog attacks in 2022; the monthly figures are set out in the table below.\n"
            "Link to this response\n"
            "Replies are switched off for this response.\n"
            "Previous response | Next response\n")
    body = clean_text(text).body_text
    assert "Link to this" not in body and "switched off" not in body
    assert "The force recorded 512 dog attacks" in body


def test_request_site_notices_go_from_an_attachment_copy() -> None:
    text = ("WhatDoTheyKnow\n"
            "Get the original file (PDF)\n"
            "What follows is an HTML rendering of a file attached to the Freedom of Information request 'Stop data'.\n"
            "Our Ref: IM-FOI-2013-0001\n"
            "Your request has now been considered, and the Service holds none of the information you asked for.\n"
            "Under Section 17 of the Act, this letter is formal notice that the information is not held.\n"
            "Is this attachment hard to read? Let us know.\n"
            "WhatDoTheyKnow is run by mySociety, a registered charity.\n")
    body = clean_text(text).body_text
    assert "HTML rendering" not in body and "hard to read" not in body and "mySociety" not in body
    assert "formal notice that the information is not held" in body

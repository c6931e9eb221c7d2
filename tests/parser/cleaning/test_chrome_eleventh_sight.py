"""Chrome kinds left in web22 and web18 (session 8, fields12): an old site's notice that it has been
retired (or is no longer updated), and a translation widget's notice about its service and how far
its translations can be trusted. Several wordings of each, beside sentences of a response with the
same words that stay. Every line is written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_text
from parser.cleaning.lines import chrome_family

CASES = [
    # an old site kept up after its replacement
    ("This site has been retired. The force's current home page is elsewhere.", "archive_notice"),
    # (the beta family already knew a site "no longer updated")
    ("This website is no longer updated.", "beta"),
    ("This old website was decommissioned in March 2019 and is kept for reference.", "archive_notice"),
    ("This page is no longer being maintained", "beta"),
    ("This site is now closed; our new site holds the disclosure log.", "archive_notice"),
    # ... a response's sentences about retiring stay
    ("Three officers retired from the unit in 2019.", None),
    ("The system has been decommissioned and the records moved to Niche.", None),
    ("This vehicle is no longer in use by the force.", None),
    # a translation widget's notice
    ("Pages on this site can be put into many other languages by a translation service run on Microsoft Azure.",
     "translation_notice"),
    ("Content on this website can be translated into over 100 languages.", "translation_notice"),
    ("Please be aware: translations may not be exact and may contain wrong wording.", "translation_notice"),
    ("We cannot guarantee the accuracy of Google Translate.", "translation_notice"),
    ("This translation tool is provided by Google and is outside our control.", "translation_notice"),
    # ... a response about translation stays
    ("The force spent £4,120 on translation services for interviews in 2022.", None),
    ("Interpreters were booked for 212 interviews, and translations of 40 documents were made.", None),
    ("Translations of the leaflet are available in Polish and Urdu.", None),
]


@pytest.mark.parametrize(("line", "family"), CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_eleventh_sight(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


def test_retired_site_notice_goes_from_the_top_of_a_page_text() -> None:
    text = ("This site has been retired. The force's current home page is elsewhere.\n"
            "Home | Freedom of information | Contact us | Accessibility\n"
            "Stop and search - 112/19\n"
            "You asked how many stop and search encounters were recorded in Bishopsgate during 2018.\n"
            "The force recorded 412 stop and search encounters in that area during the year.\n")
    body = clean_text(text).body_text
    assert "retired" not in body
    assert "The force recorded 412 stop and search encounters in that area during the year." in body

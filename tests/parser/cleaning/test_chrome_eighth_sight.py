"""Chrome shapes met at first sight in web17 and let12 (issue 14, fields8), several wordings each,
with sentences of the same words that stay. Every line is written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.lines import chrome_family

CASES = [
    # a site-search box's label
    ("Look through the site", "navigation"),
    ("Explore our website", "navigation"),
    ("Look around this site", "navigation"),
    # the page owner's lines
    ("This page is maintained by the Corporate Records team.", "page_about"),
    ("This section is looked after by our Licensing Unit", "page_about"),
    ("Questions about council tax? Get in touch with the team.", "page_about"),
    ("Any questions on parking permits? Contact us.", "page_about"),
    # a strapline inviting questions to a public meeting
    ("Your say: send a question to the Mayor for the online Q and A session", "announcement"),
    ("Join in: ask your questions of the Commissioner at the next public meeting", "announcement"),
    # a merger notice under a letter's or site's name, with no subject
    ("Now part of the Mayoral Combined Authority for the West", "announcement"),
    ("Now known as the Office of the Mayor for Greater Manchester", "announcement"),
    # sentences with the same words stay
    ("Now part of the figures were held by the old authority.", None),
    ("We had to look through the site files held at each station to answer part 2.", None),
    ("This page of the report is maintained by hand, so some entries are late.", None),
    ("You asked questions about council tax; the answers are below.", None),
    ("You can put a question to the Commissioner at the public meeting on 4 May.", None),
    ("Question 3: how many meetings did the Commissioner hold?", None),
]


@pytest.mark.parametrize(("line", "family"), CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_eighth_sight(line: str, family: str | None) -> None:
    assert chrome_family(line) == family

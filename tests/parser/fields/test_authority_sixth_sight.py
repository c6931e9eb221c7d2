"""Authority kinds from session 5, round 4 (issue 14): a body outside the gazetteer named by the
site's dropped chrome as the site itself (its copyright line or masthead line), with opposites: a
banner that only mentions a body, two bodies in the chrome, and a gazetteer body that still wins.
Texts written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

BODY = "FOI request\nYou asked how many notices were issued in 2019.\n1. Four.\n2. Not applicable.\n"

CHROME = [
    ("copyright_line", "Skip to content\nHome > Your council > FOI\n\u00a9 Wealdbrook District Council",
     ("Wealdbrook District Council", "wealdbrook-district-council")),
    ("copyright_word_year", "Menu\nCopyright 2024 Fenmarsh Borough Council\nPrivacy",
     ("Fenmarsh Borough Council", "fenmarsh-borough-council")),
    ("masthead_line", "Skip to main content\nHollowmere Town Council\nHome \u203a Council business",
     ("Hollowmere Town Council", "hollowmere-town-council")),
    # opposites: a body only mentioned in a banner sentence, two different bodies, nothing at all
    ("banner_mention", "Cookies help us improve this site. Read how Wealdbrook District Council uses them.",
     (None, None)),
    ("two_bodies", "\u00a9 Wealdbrook District Council\nFenmarsh Borough Council", (None, None)),
    ("partner_line_not_masthead", "\u00a9 Wealdbrook District Council\nPartner site: Fenmarsh Borough Council",
     ("Wealdbrook District Council", "wealdbrook-district-council")),
    ("no_body", "Skip to main content\nHome \u203a FOI\nAccessibility", (None, None)),
]


@pytest.mark.parametrize(("name", "chrome", "expected"), CHROME, ids=[c[0] for c in CHROME])
def test_site_named_in_chrome(name: str, chrome: str, expected: tuple[str | None, str | None]) -> None:
    assert find_authority(BODY, chrome=chrome) == expected


def test_gazetteer_body_in_chrome_comes_first() -> None:
    chrome = "Skip to content\n\u00a9 Cleveland Police\nFenmarsh Borough Council"
    assert find_authority(BODY, chrome=chrome) == ("Cleveland Police", "cleveland")


LETTER = "\nMunicipal Buildings\nHigh Street\nOur ref: 77/21\nDear Requester,\nThank you for your request about CCTV.\n"

LETTERHEADS = [
    # the letterhead's fuller English style of the same body is the body as it writes itself
    ("fuller_city_and_county", "City and County of Swansea" + LETTER, ("City and County of Swansea", "swansea-council")),
    ("fuller_metropolitan", "Bolton Metropolitan Borough Council" + LETTER,
     ("Bolton Metropolitan Borough Council", "bolton-council")),
    # opposites: a shorter style leaves the gazetteer's fuller name; a translation is not a style
    ("shorter_style", "Knowsley Council" + LETTER, ("Knowsley Metropolitan Borough Council", "knowsley-metropolitan-borough-council")),
    ("welsh_translation", "Cyngor Abertawe" + LETTER, ("Swansea Council", "swansea-council")),
    ("canonical_itself", "Bolton Council" + LETTER, ("Bolton Council", "bolton-council")),
]


@pytest.mark.parametrize(("name", "text", "expected"), LETTERHEADS, ids=[c[0] for c in LETTERHEADS])
def test_letterhead_style_of_a_public_body(name: str, text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


BYSTANDER_REPLIES = [
    ("possessive_reply_to_my_request", "Blog archive\nThe College of Policing's reply to my FOI request arrived "
     "today. They will not release the assessment.\n", ("College of Policing", "college-of-policing")),
    ("possessive_answer_on", "Updates\nHere is the College of Policing's answer on drone training. Nothing was "
     "released.\n", ("College of Policing", "college-of-policing")),
    # opposite: the body named as a source of guidance beside the force that answers
    ("guidance_source", "Cleveland Police\nOur ref: 101/22\nWe follow the College of Policing's guidance on "
     "drones, so the figures are withheld.\n", ("Cleveland Police", "cleveland")),
]


@pytest.mark.parametrize(("name", "text", "expected"), BYSTANDER_REPLIES, ids=[c[0] for c in BYSTANDER_REPLIES])
def test_bystander_body_answering_itself(name: str, text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected

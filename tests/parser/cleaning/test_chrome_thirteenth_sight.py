"""Chrome kind left in web26 at its first sight (session 8, fields14): a quick-exit bar that says
what its button does ("Escape takes you off this site at once | Exit site") and the button's words as
a cell of the bar. Several wordings, beside sentences of a response with the same words that stay.
Every line is written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_text
from parser.cleaning.lines import chrome_family

CASES = [
    ("Escape takes you off this site at once | Exit site", "exit"),
    ("This button will take you away from this website straight away", "exit"),
    ("Pressing it gets you out of this site quickly", "exit"),
    ("Home | Leave site", "exit"),
    ("Exit site | Contact us", "exit"),
    # near misses: a response's own sentences with the same words stay
    ("The portal takes you off the list after a year.", None),
    ("Officers were told to leave the site at 4pm.", None),
    ("Officers left the site | 14 | 12", None),
    ("The new booking system takes you out of the queue once an appointment is made, which is why the "
     "figures for 2023 fall.", None),
]


@pytest.mark.parametrize(("line", "family"), CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_thirteenth_sight(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


def test_exit_bar_goes_from_the_top_of_a_page_text() -> None:
    text = ("Escape takes you off this site at once | Exit site\n"
            "Home > FOI and access to information > Disclosure log > March 2023\n"
            "Information on patrol cars\n"
            "You asked how many patrol cars the force had in each year from 2019 to 2022.\n"
            "The force had 212 patrol cars in 2022; the yearly figures are set out below.\n")
    body = clean_text(text).body_text
    assert "Escape takes you" not in body and "Exit site" not in body
    assert "The force had 212 patrol cars in 2022" in body

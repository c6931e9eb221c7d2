"""Chrome kinds met at first sight in web20 (session 7, fields11): a blog engine's permalink and
"comments switched off" lines and a byline label left bare, a document mirror's name with its
strapline, a site's link row whose help item is a compound ("Help and contact"), and an account
link's question ("Lost your password?") above a site's name and menu. Several wordings of each,
beside sentences of a response with the same words that stay. Every line is written for these
tests."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html, clean_text
from parser.cleaning.lines import chrome_family, shaped_family

CASES = [
    # a post's own link
    ("Permanent link to this entry", "blog"),
    ("Permalink", "blog"),
    ("Permanent link to this post.", "blog"),
    ("Link to this article", "blog"),
    # ... a sentence about a link stays
    ("The permanent link to the force's disclosure log was removed in 2019.", None),
    ("We have put a link to this entry in the log on our website.", None),
    # comments shut, in the engine's words
    ("Commenting is switched off for this entry.", "blog"),
    ("Comments for this post are closed.", "blog"),
    ("Comments have been turned off on this article", "blog"),
    ("Comments are now closed.", "blog"),
    ("Commenting has been disabled", "blog"),
    # ... comments in a response's sentence stay
    ("Comments on the consultation are closed on 3 May 2018, when the panel meets.", None),
    ("Commenting on social media is switched off for officers on duty.", None),
    # a byline label with nothing after it
    ("Posted on", "blog"),
    ("Published on:", "blog"),
    ("Written by", "blog"),
    ("Posted in", "blog"),
    # ... a sentence starting the same way stays
    ("Published on the force website, the figures cover 2016 to 2018 in full.", None),
    # a document mirror's name and strapline
    ("1library - Free online document library", "mirror"),
    ("Docsity: the free PDF sharing platform", "mirror"),
    ("PaperShelf | Online document hosting", "mirror"),
    ("Studocu - free online documents search", "mirror"),
    # ... a body's own document library heading, or a sentence, stays
    ("Kent Police - Document library", None),
    ("Document library", None),
    ("The free online document library holds the force's published policies.", None),
    # a site's link row with a compound help item
    ("Status updates | Plan a journey | Maps | Fares and payments | Help and contact", "link_list"),
    ("Bins | Council tax | Parking | Help & support", "link_list"),
    ("News | Events | Support and contact", "link_list"),
    ("Our services | Careers | Contact and feedback", "link_list"),
    # ... a row of figures, or a sentence, with the same words stays
    ("Help and contact | 12 | 15", None),
    ("Journeys planned by the help and contact team were not recorded separately.", None),
]


@pytest.mark.parametrize(("line", "family"), CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_tenth_sight(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


@pytest.mark.parametrize(
    ("line", "family"),
    [
        # a mirror's strapline is furniture wherever it sits
        ("1library - Free online document library", "mirror"),
        ("Docsity: the free PDF sharing platform", "mirror"),
        ("Kent Police - Document library", None),
        # blog lines and link rows are left to place
        ("Permanent link to this entry", None),
        ("Status updates | Plan a journey | Maps | Fares and payments | Help and contact", None),
    ],
)
def test_tenth_sight_anywhere(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


_LETTER = (
    "Thank you for your request of 3 March 2016 about police station closures since 2010 in the force area.\n"
    "The force holds the information you asked for, and it is set out below in the order of your questions.\n"
    "Several stations closed in 2014 and their buildings were sold at auction in the following year.\n"
)


def test_an_account_link_question_above_the_site_name_and_menu_goes() -> None:
    page = clean_text(
        "Lost your password?\nSign up for Community Alerts\nAvon and Somerset Police\n"
        "Report | Contact | Advice | Your area | About us\n" + _LETTER
    )
    assert page.body_text.splitlines() == ["Avon and Somerset Police", *_LETTER.strip().splitlines()]


def test_forgotten_password_variant_in_a_masthead_goes_too() -> None:
    page = clean_text(
        "Forgotten your password?\nDorset Police\nNews | Contact us | About us | Report\n" + _LETTER
    )
    assert page.body_text.splitlines() == ["Dorset Police", *_LETTER.strip().splitlines()]


def test_a_request_question_above_a_menu_stays() -> None:
    # a question a requester asks is protected: no masthead line however it sits
    page = clean_text(
        "How many stations have closed?\nDorset Police\nNews | Contact us | About us | Report\n" + _LETTER
    )
    assert page.body_text.splitlines()[0] == "How many stations have closed?"


def test_a_response_about_passwords_and_journeys_stays() -> None:
    body = (
        "Thank you for your request about the force's systems and journey planning for officers.\n"
        "Lost your password? is the prompt officers see, and 214 password resets were made in 2018.\n"
        "Officers plan a journey with the same mapping tool the public uses, and no other tool is held.\n"
        "Comments are closed on the internal forum after 30 days, and no figures are kept on them.\n"
    )
    page = clean_text(body)
    assert page.body_text.splitlines() == body.strip().splitlines()


def test_blog_furniture_under_a_quoted_reply_goes() -> None:
    text = (
        "FOI: mounted branch\n" + _LETTER + "Permanent link to this entry\n"
        "Commenting is switched off for this entry.\nPrevious entry | Next entry\n"
    )
    page = clean_text(text)
    assert "Permanent link to this entry" not in page.body_text
    assert "Commenting is switched off for this entry." not in page.body_text
    assert page.body_text.splitlines()[-1] == "Several stations closed in 2014 and their buildings were sold at auction in the following year."


def test_a_bare_byline_label_in_html_goes() -> None:
    html = (
        "<html><body><main><h1>Vehicle fleet list</h1><p class='meta'>Posted on</p>"
        + "".join(f"<p>{x}</p>" for x in _LETTER.strip().splitlines())
        + "</main></body></html>"
    )
    page = clean_html(html)
    assert "Posted on" not in page.body_text
    for line in _LETTER.strip().splitlines():
        assert line in page.body_text

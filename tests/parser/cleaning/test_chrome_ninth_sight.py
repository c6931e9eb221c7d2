"""Chrome kinds met at first sight in web19 (session 7, chrome10): a cookie banner that ends in a
question of consent, a pandemic service notice, a link to the site's A-Z index, a comment link in
a row of controls, the Welsh request site's attachment links and a "follow us" line naming its
networks as a list. Several wordings of each, English and Welsh where the sites are bilingual,
beside sentences with the same words that stay. Every line is written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html, clean_text
from parser.cleaning.lines import chrome_family, shaped_family

CASES = [
    # a cookie banner closing on a question of consent
    ("We use cookies to understand how people use gov.scot and to improve it. Is that all right with you?", "cookie"),
    ("We would like to set cookies to learn how you use our site. Are you happy to accept these cookies?", "cookie"),
    ("Cookies on this site. We use some essential cookies. Is that OK?", "cookie"),
    ("We set analytics cookies to see how the website is used. Do you accept them?", "cookie"),
    ("Our site needs some cookies to work. Can we use extra cookies to learn how you use it?", "cookie"),
    ("Rydym yn defnyddio cwcis i ddeall sut mae pobl yn defnyddio ein gwefan. A yw hynny'n iawn gyda chi?", "cookie"),
    # ... a requester's questions about cookies stay questions
    ("Which cookies does the force's website set?", None),
    ("Do you use cookies on the FOI pages? Is that lawful?", None),
    ("Your website uses cookies to track visitors. Is that all right with the ICO?", None),
    # (a login link's question is no cookie banner; since session 8's twelfth sight it is a login
    # box's lone link, ui_control)
    ("Forgotten your password?", "ui_control"),
    # a pandemic notice over a council's pages
    ("Coronavirus: service changes - select for details", "announcement"),
    ("COVID-19 - changes to our services (click for more details)", "announcement"),
    ("Coronavirus (COVID-19): how council services are affected", "announcement"),
    ("COVID-19: service updates", "announcement"),
    ("Coronafeirws: newidiadau i wasanaethau", "announcement"),
    # ... a title or a sentence on the pandemic stays
    ("Coronavirus: fines issued under the regulations", None),
    ("Coronavirus: service changes meant the request took longer than 20 working days to answer.", None),
    ("During the coronavirus pandemic our services changed, so fewer patrols were recorded.", None),
    # the site's alphabetical index
    ("A-Z of Online Forms |", "site_index"),
    ("A to Z of council services", "site_index"),
    ("Services A to Z", "site_index"),
    ("A-Z index", "site_index"),
    ("Gwasanaethau A-Y", "site_index"),
    ("A-Y o wasanaethau", "site_index"),
    # ... a sentence or a title on an A-Z list stays
    ("The A-Z of offences below lists each crime type.", None),
    ("A-Z of offences recorded in 2016", None),
    # a comment link in a row of controls
    ("Share this page | Leave a comment", "ui_row"),
    ("Share | Post a reply", "ui_row"),
    ("Email | Add your comment", "ui_row"),
    ("Rhannu'r dudalen hon | Gadael sylw", "ui_row"),
    ("Please leave a comment | we read them all", None),
    # the Welsh request site's links beside its attachment notice
    ("Lawrlwytho'r atodiad gwreiddiol | Rhoi gwybod am yr atodiad hwn", "conversion"),
    ("Rhoi gwybod am y cais hwn | Gweld y cais cyfan", "conversion"),
    ("Rhoi gwybod am yr atodiad hwn · Lawrlwytho'r atodiad gwreiddiol", "conversion"),
    ("Rhoddwyd gwybod i'r heddlu am y digwyddiad ar 3 Mai.", None),
    # a "follow us" line naming its networks as a list
    ("Follow us on Facebook, Instagram and X", "social_row"),
    ("Find us on Twitter & YouTube", "social_row"),
    ("Like us on Facebook or Instagram.", "social_row"),
    ("Dilynwch ni ar Facebook, Instagram ac X", "social_row"),
    ("Follow us on Facebook, where the appeal ran on 3 May", None),
    ("Follow us on Facebook and Twitter to see the appeal.", None),
    ("We monitored posts on Facebook, Instagram and X for the operation.", None),
]


@pytest.mark.parametrize(("line", "family"), CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_ninth_sight(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


@pytest.mark.parametrize(
    ("line", "family"),
    [
        # furniture wherever it sits (a mail thread or a flattened page puts it mid-text)
        ("Share this page | Leave a comment", "ui_row"),
        ("Lawrlwytho'r atodiad gwreiddiol | Rhoi gwybod am yr atodiad hwn", "conversion"),
        ("Follow us on Facebook, Instagram and X", "social_row"),
        ("Dilynwch ni ar Facebook, Instagram ac X", "social_row"),
        ("Follow us on Facebook, where the appeal ran on 3 May", None),
        # a zone cue only: a consent question or an index link mid-letter is left to place
        ("We use cookies to understand how people use gov.scot and to improve it. Is that all right with you?", None),
        ("A-Z of Online Forms |", None),
    ],
)
def test_ninth_sight_anywhere(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


_ANSWER = (
    "Thank you for your request of 3 March 2023 about the force's website and who can see what it records.\n"
    "The force holds the information you asked for, and it is set out below in the order of your questions.\n"
    "The website team answered each part of the request with the figures held for the calendar year 2022.\n"
    "We use cookies to understand how people use the website, and the analytics figures for 2022 are set out below.\n"
    "You asked whether that is lawful. Is that all right with you? was the question on our banner until May 2022.\n"
    "We follow up reports posted on Facebook, Instagram and X in the same way as reports made by telephone.\n"
)


def test_a_consent_question_at_the_top_goes_and_the_answer_about_cookies_stays() -> None:
    text = (
        "We use cookies to understand how people use example.gov.uk and to improve it. Is that all right with you?\n"
        "Accept · Reject · Read about cookies\n"
        "Coronavirus: service changes - select for details\n"
        + _ANSWER
        + "Share this page | Leave a comment\n"
        "Follow us on Facebook, Instagram and X\n"
    )
    assert clean_text(text).body_text == _ANSWER.rstrip("\n")


def test_the_welsh_request_site_links_go_and_the_letter_stays() -> None:
    letter = (
        "21st January 2021\n"
        "Freedom of Information Request Reference No: FOI 000123/21\n"
        "I am writing about your request for information, which the force received on 13th January 2021.\n"
        "The force estimates that finding all the information you asked for would cost more than £450."
    )
    text = (
        "Fersiwn HTML yw hwn o atodiad i'r cais Rhyddid Gwybodaeth 'Ffigurau CCTV 2020'.\n"
        "Lawrlwytho'r atodiad gwreiddiol | Rhoi gwybod am yr atodiad hwn\n\n" + letter + "\n"
    )
    assert clean_text(text).body_text == letter


def test_an_index_link_in_a_box_under_a_council_answer_goes() -> None:
    html = (
        "<html><body><header><p>Example Council</p></header><main>"
        "<h1>FOI Request - Use of CCTV in leisure centres</h1>"
        "<p>Request 101001234567</p>"
        "<p>CCTV is used in the main leisure centres, in line with the Information Commissioner's code of practice.</p>"
        "<p>No audio is recorded by any of the council's cameras.</p>"
        "<div class=\"online\"><h2>Online Services</h2><p>A-Z of Online Forms |</p></div>"
        "</main><footer><p>Rate this Page</p></footer></body></html>"
    )
    body = clean_html(html).body_text.splitlines()
    assert "A-Z of Online Forms |" not in body
    assert "No audio is recorded by any of the council's cameras." in body
    assert "CCTV is used in the main leisure centres, in line with the Information Commissioner's code of practice." in body


@pytest.mark.parametrize(
    "line",
    [
        # a reply's own sentences about a website's cookies, at the top of a short page text
        "We use cookies to understand how people use our website, and the figures for 2022 are below.",
        "The force uses cookies to understand how people use its website. Analytics cookies are set only with consent.",
        "The Constabulary's website uses three analytics cookies, as set out below.",
        "The council sets cookies only with consent, as your request asked.",
    ],
)
def test_a_reply_about_cookies_is_not_a_banner(line: str) -> None:
    text = f"You asked about the force website.\n{line}\nIn 2022 the website recorded 1.2 million visits.\n"
    assert line in clean_text(text).body_text


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to understand how people use gov.scot and to improve it.",
        "This website uses cookies to give you the best experience. Accept all cookies",
        "We use some essential cookies to make our website work.",
    ],
)
def test_a_cookie_banner_at_the_top_still_goes(line: str) -> None:
    text = f"{line}\nFOI reference 123\nThe information is held and the figures are attached.\n"
    assert line not in clean_text(text).body_text

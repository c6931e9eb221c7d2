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


# Kinds found on the real-derived corpus (tests/real): mail-system footers, blog and mirror
# furniture, link rows, announcements. Lines written for these tests.
MORE_SHAPED = [
    ("Classification: NOT PROTECTIVELY MARKED", "marking"),
    ("Security classification: OFFICIAL", "marking"),
    ("-----Original Message-----", "widget"),
    ("---------- Forwarded message ----------", "widget"),
    ("Ferris Police on Twitter / Ferris Police on Facebook / Ferris Police on YouTube", "social_row"),
    ("Follow us: Facebook | X | Instagram", "social_row"),
    ("Page 2", "marking"),
    ("Page 1/3", "marking"),
    ("- 3 -", "marking"),
    ("OFFICIAL - FOR PUBLICATION", "marking"),
    ("Twitter and Facebook posts were searched for the period you asked about.", None),
    ("In 2019 - 3 - officers", None),
    ("The marking NOT PROTECTIVELY MARKED was removed in 2014.", None),
]


@pytest.mark.parametrize(("line", "family"), MORE_SHAPED, ids=[s[0][:40] for s in MORE_SHAPED])
def test_more_shaped_families(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


MORE_ZONE = [
    ("Press Esc to get away from this page quickly", "exit"),
    ("Hit Escape to leave this website fast", "exit"),
    ("We're now part of the Greater Ferris Combined Authority", "announcement"),
    ("Come to the Commissioner's next public surgery in Ferrytown. Find out more.", "announcement"),
    ("Please note: in an emergency always dial 999", "announcement"),
    ("This e-mail and any attachments are confidential and meant only for the person named above.", "email_footer"),
    ("If you have received this message in error, please delete it and tell the sender.", "email_footer"),
    ("All outgoing mail is scanned for viruses by our provider.", "email_footer"),
    ("To visit Ferris Constabulary's website please click here: http://www.ferris.example/", "email_footer"),
    ("Posted by the editor at 09:12", "blog"),
    ("14 comments:", "blog"),
    ("Leave a comment", "blog"),
    ("Older Posts Home", "blog"),
    ("jdoe | 12.03.2009 17:40 | Midlands", "blog"),
    ("Filed under: Policing, Data", "taxonomy"),
    ("Labels: FOI, Ferris Police", "taxonomy"),
    ("Ferris Police | Accessibility | Privacy | Cookies", "link_list"),
    ("Terms of use · Privacy notice · Contact us", "link_list"),
    ("Mirrors: news.example.org | Printable version", "link_list"),
    ("Ferris Fire and Rescue Service – Freedom of Information", "site_title"),
    ("Ferris Police | Disclosure log", "site_title"),
    ("Taser use – Freedom of Information request", None),
    ("docplayer", "mirror"),
    ("Download PDF", "mirror"),
    ("Related documents", "mirror"),
    ("Download original attachment (Word file)", "conversion"),
    ("Any views expressed in this email are those of the sender.", "email_footer"),
    ("Please consider the environment before printing this email.", "email_footer"),
    ("Sent from my iPhone", "email_footer"),
    ("Like us on Facebook", "share"),
    ("You are here: Home > FOI > Disclosure log", "breadcrumb"),
    ("Download as PDF, TXT or read online for free", "mirror"),
    ("Share this document", "mirror"),
    ("Link to this", "navigation"),
    ("Make a request", "navigation"),
    ("< Back", "navigation"),
    ("Login", "navigation"),
    ("Home News Jobs Make a request", "navigation"),
    ("Was this page useful? Yes | No", "footer"),
    # content that shares words with them
    ("Privacy | 12", None),
    ("Burglary | Theft | Robbery", None),
    ("Posted in error, the letter reached the wrong address.", None),
    ("Home Office figures for 2019 are attached.", None),
    ("The email was sent to every officer on 3 May.", None),
    ("Officers dial 999 call handlers through the control room.", None),
    ("We think before we print.", None),
]


@pytest.mark.parametrize(("line", "family"), MORE_ZONE, ids=[s[0][:40] for s in MORE_ZONE])
def test_more_zone_families(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


def test_a_reply_quoted_on_a_blog_keeps_the_letter_without_the_blog_or_mail_furniture() -> None:
    text = (
        "Ferris Watch\n"
        "Labels: FOI, Ferris Police\n"
        "jdoe | 12.03.2009 17:40 | Midlands\n"
        "Ferris Police has now considered your request for the number of tasers issued in 2008.\n"
        "We issued 41 tasers in 2008, and every one was issued to a trained specialist officer.\n"
        "Ferris Police\n"
        "This email and any files sent with it are confidential and intended only for the addressee.\n"
        "If it has reached you in error, please tell the sender and delete it.\n"
        "Posted by jdoe at 17:40\n"
        "2 comments:\n"
        "Newer Post Older Post Home\n"
    )
    record = parse(text.encode(), path="blog.txt")
    assert record.body_text == (
        "Ferris Watch\n"
        "Ferris Police has now considered your request for the number of tasers issued in 2008.\n"
        "We issued 41 tasers in 2008, and every one was issued to a trained specialist officer.\n"
        "Ferris Police"
    )


def test_markings_run_into_flattened_pages_are_cut_out_and_the_text_kept() -> None:
    text = (
        "NOT PROTECTIVELY MARKED 3 March 2016 Our Ref: FOI-2016-0042 I refer to your request "
        "for the number of tasers issued in 2015.\n"
        "We issued 41 tasers in 2015. NOT PROTECTIVELY MARKED ferris.police.example @FerrisPolice "
        "FerrisPolice NOT PROTECTIVELY MARKED Should you need more help please contact us.\n"
    )
    record = parse(text.encode(), path="flat.txt")
    assert record.body_text == (
        "3 March 2016 Our Ref: FOI-2016-0042 I refer to your request for the number of tasers issued in 2015.\n"
        "We issued 41 tasers in 2015. Should you need more help please contact us."
    )


@pytest.mark.parametrize(
    "line,expected",
    [
        ("OFFICIAL 3 March 2016 Our Ref: FOI-2016-0042", "3 March 2016 Our Ref: FOI-2016-0042"),
        ("We hold the data. Page 1 of 3 OFFICIAL Should you need help, call us.",
         "We hold the data. Should you need help, call us."),
        ("The figures follow. OFFICIAL-SENSITIVE They are for 2023.", "The figures follow. They are for 2023."),
        ("Please see the letter below OFFICIAL", "Please see the letter below"),
        # content left alone
        ("OFFICIAL SECRETS ACT 1989 applies to the report.", "OFFICIAL SECRETS ACT 1989 applies to the report."),
        ("OFFICIAL Secrets Act 1989 applies to the report.", "OFFICIAL Secrets Act 1989 applies to the report."),
        ("Page 2 of the report was redacted.", "Page 2 of the report was redacted."),
        ("Documents marked not protectively marked were sent.", "Documents marked not protectively marked were sent."),
        ("You can email foi@ferris.police.example for help.", "You can email foi@ferris.police.example for help."),
    ],
)
def test_furniture_run_into_a_line_is_cut_out(line: str, expected: str) -> None:
    from parser.cleaning.lines import strip_inline_furniture

    assert strip_inline_furniture(line) == expected

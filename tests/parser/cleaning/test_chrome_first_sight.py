"""Chrome kinds read on the first sight of web12, web13 and let08 (issue 14): told by shape and
place, each beside the content line that looks like it and must stay. Lines written for these
tests (no site's real wording); the shapes were checked against stored real pages (request-site
attachment copies, letter footers, council and blog pages).
"""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html, clean_text
from parser.cleaning.lines import chrome_family, shaped_family

REPLY = "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303."
ANSWER = "We hold the information and can tell you that there are 14 fixed cameras on that road."

# Lines that go wherever they sit, with the family that names them; None: content that stays.
ANYWHERE = [
    # a request site's copy of an attachment, in any wording, and its caveat
    ("An HTML rendering of a file attached to the FOI request 'Speed cameras on the A303'.", "conversion"),
    ("This page is an HTML version of a document attached to the request 'Camera income'.", "conversion"),
    ("HTML copy of an attachment to the Freedom of Information request 'Cameras'.", "conversion"),
    ("This copy was produced automatically and may not keep the layout of the original.", "conversion"),
    ("Converted automatically from Word; some tables may look wrong.", "conversion"),
    ("Text extracted by an automated converter; characters may be missing.", "conversion"),
    ("Fersiwn HTML yw hon o ddogfen a atodwyd i'r cais 'Camerâu'.", "conversion"),
    ("Mae'r dudalen hon yn gopi awtomatig o atodiad; gall y fformat fod yn anghywir.", "conversion"),
    ("View the original attachment | Report this attachment", "conversion"),
    ("Lawrlwytho'r atodiad gwreiddiol · Gweld y cais cyfan", "conversion"),
    ("Automatically converted from the original PDF", "conversion"),
    ("Text automatically extracted from the attachment.", "conversion"),
    ("The figures were extracted by selecting incidents by date raised.", None),
    ("Automatically generated reports are sent to the Commissioner each month.", None),
    ("The report was produced automatically by the camera system each month.", None),
    ("An HTML version of the policy is published on our website.", None),
    # a letterhead or footer flattened into one line: postcode with a phone, web or mail item
    ("2nd Floor, 4 Old Road, Wessex WX1 2AB T 0300 123 4567 F 0300 123 4568", "address_footer"),
    ("Wessex Fire Service · 12 Mill Lane, Wessex WX2 3CD · T: 0300 765 4321", "address_footer"),
    ("Shire Hall, Castle Street, Wessex WX3 4EF · www.wessex.gov.uk", "address_footer"),
    ("Information Rights, Wessex Police HQ, Old Road, Wessex WX1 2AB Tel: 101 Ext 4567", "address_footer"),
    ("You can write to us at Information Rights, Old Road, Wessex WX1 2AB or email foi@wessex.police.uk", None),
    ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF Tel: 0303 123 1113", None),
    ("Information Rights, Old Road, Wessex WX1 2AB", None),
    # a company's registration line
    ("Registered in England and Wales as a company limited by guarantee", "legal_footer"),
    ("Registered office: 4 Old Road, Wessex WX1 2AB. Company No. 01234567", "legal_footer"),
    ("Company registration number: 01234567", "legal_footer"),
    ("Registered in England and Wales, the vehicles were all leased.", None),
    ("Registered sex offenders in the county numbered 412 in 2023.", None),
    # a picture gallery's counter
    ("‹ › Photo 2 of 5", "gallery"),
    ("Slide 3 / 7", "gallery"),
    ("Photo 2 of the scene shows the junction.", None),
    # what a crawler or mail system leaves where a picture was
    ("[image]", "placeholder"),
    ("[Logo: Wessex Police]", "placeholder"),
    ("[cid:image001.png@01D2A3B4.5C6D7E80]", "placeholder"),
    ("Visible links", "placeholder"),
    ("[1] Image 3 shows the junction.", None),
    ("[Image of the junction withheld under section 40(2)]", None),
    # a link's note on its own line
    ("(opens in a new window)", "link_note"),
    ("External link", "link_note"),
    ("This link will take you to an external website...", "link_note"),
    ("This link will take you to an external website where the figures are published.", None),
    ("External links to the force's pages were checked.", None),
    # a news page's labelled caption and source, share labels joined by spaces
    ("Image source, Wessex News Agency", "caption"),
    ("Image caption, Officers at the junction in 2019", "caption"),
    ("Image sources were not recorded.", None),
    ("Facebook Twitter LinkedIn Email", "social_row"),
    ("Share: WhatsApp Facebook Copy link", "social_row"),
    ("Facebook and Twitter posts were reviewed.", None),
    # a request site's or mirror's file details and page indicator
    ("(PDF file)", "file_detail"),
    ("File Type:pdf, Size:1020Kb", "file_detail"),
    ("Total Page:16", "file_detail"),
    ("You're on page 3 of 12", "mirror"),
    ("More documents like this", "mirror"),
    ("(PDF file) of 3 pages was attached to the reply.", None),
    # a request site's notices about its own page
    ("Some email addresses and signatures on this page have been hidden by Wessexask.", "request_site"),
    ("We're waiting for Jo Bloggs to read a recent response and update the status.", "request_site"),
    ("Wessexask is run by Open Wessex, a registered charity · Help · Privacy · Contact", "request_site"),
    ("Names and contact details have been removed from the attached documents.", None),
    ("We're waiting for the supplier to confirm the figures.", None),
    ("This page is an archive copy kept for reference; the articles belong to their publishers.", "archive_notice"),
    ("This document is an archive copy of the 2009 policy.", None),
]


@pytest.mark.parametrize(("line", "family"), ANYWHERE, ids=[s[0][:40] for s in ANYWHERE])
def test_first_sight_kinds_anywhere(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


# Lines classified in the zones (before the response's first sentence, after its last), by the
# families HTML cleaning applies too (a theme's structure does not always set them apart).
ZONE = [
    ("Bu'r cais hwn yn rhannol lwyddiannus.", "request_site"),
    ("Last updated: Tuesday, 3 March 2026", "updated"),
    ("Page last reviewed: 2025", "updated"),
    ("Last reviewed: 30 - 06 - 2016", "updated"),
    ("Web Site: www.wessex.police.uk", "web_label"),
    ("On this page", "landmark"),
    ("Back to disclosure log", "landmark"),
    ("‹ Return to all requests", "landmark"),
    ("Labels: Wessex, speed cameras, A303", "taxonomy"),
    ("Home · News · Roads · Courts", "breadcrumb"),
    # a blog theme's and a forum's furniture
    ("Filed under: — jsmith @ 10:24 pm", "blog"),
    ("No Comments »", "blog"),
    ("Post by Jo Bloggs on May 20, 2014 8:49:30 GMT", "byline"),
    ("Post by email on 3 May 2014", None),
    ("Post by post on 3 May 2014 was the only route.", None),
    ("Download (PDF)", "mirror"),
    ("12 pages · PDF", "file_detail"),
    # look-alikes that stay
    ("Last updated figures show 14 cameras in use.", None),
    ("Back to the question of costs, the limit is £450.", None),
    ("Home Office guidance was followed.", None),
    ("Labels on the evidence bags were checked.", None),
]


@pytest.mark.parametrize(("line", "family"), ZONE, ids=[s[0][:40] for s in ZONE])
def test_first_sight_kinds_in_the_zones(line: str, family: str | None) -> None:
    assert chrome_family(line, weak=False) == family


# Families of page text only (weak: a page's structure already tells these apart).
TEXT_ZONE = [
    ("Wessexdocs © 2026 · Terms · Privacy · Contact", "copyright"),
    ("Was this page helpful? Yes · No", "footer"),
    ("Was this document useful? Like · Dislike", "footer"),
    ("Was this page helpful?YesNo", "footer"),
    ("Speed, Cameras, Camera, Income, Fines, Roads, A303, Wessex, Treasury, Figures, Data", "keywords"),
    ("Avon and Somerset, Wessex, Dorset, Devon, Cornwall, Wiltshire, Gloucestershire, Hampshire", None),
    ("Wessex, Dorset, Devon, Cornwall, Wiltshire", None),
    ("Income from 2019 © Wessex Police was £4,000.", None),
    ("Was this camera helpful in reducing collisions?", None),
    ("Was this document useful to the inquiry, like the others?", None),
]


@pytest.mark.parametrize(("line", "family"), TEXT_ZONE, ids=[s[0][:40] for s in TEXT_ZONE])
def test_first_sight_text_kinds_in_the_zones(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


def test_a_request_sites_attachment_copy_loses_its_notices_and_keeps_the_letter() -> None:
    text = (
        "An HTML rendering of a file attached to the FOI request 'Speed cameras on the A303'.\n"
        "Get the original PDF | Report this attachment\n"
        "Converted automatically from PDF; tables and columns may be out of place.\n"
        f"{REPLY}\n"
        f"{ANSWER}\n"
        "2nd Floor, 4 Old Road, Wessex WX1 2AB T 0300 123 4567 F 0300 123 4568\n"
        "Registered in England and Wales as a company limited by guarantee\n"
    )
    assert clean_text(text).body_text == f"{REPLY}\n{ANSWER}"


def test_doubled_markings_are_cut_from_the_line_and_the_reference_stays() -> None:
    text = f"OFFICIAL OFFICIAL Our Ref WX-FOI-2024-0415\n{REPLY}\n{ANSWER}\n"
    assert clean_text(text).body_text == f"Our Ref WX-FOI-2024-0415\n{REPLY}\n{ANSWER}"


def test_a_mirror_named_at_the_top_and_before_its_copyright_goes() -> None:
    text = (
        "Wessexdocs\n"
        "Download (PDF)\n"
        f"{REPLY}\n"
        f"{ANSWER}\n"
        "Wessexdocs © 2026 · Terms · Privacy · Contact\n"
    )
    assert clean_text(text).body_text == f"{REPLY}\n{ANSWER}"


def test_a_running_title_with_a_dash_continued_goes_and_a_sentence_stays() -> None:
    assert shaped_family("FOI 01.FOI.24.012345 – continued") == "continued"
    assert shaped_family("Our ref 2024/0415 - cont'd") == "continued"
    assert shaped_family("The search went on for two days – and continued.") is None
    text = f"{REPLY}\nFOI 01.FOI.24.012345 – continued\n{ANSWER}\n"
    assert clean_text(text).body_text == f"{REPLY}\n{ANSWER}"


def test_a_pages_dated_update_line_and_landmarks_go_in_html_and_their_date_is_kept() -> None:
    html = (
        "<html><body><main><h1>FOI 2240: speed cameras</h1>"
        "<p>On this page</p>"
        f"<p>{REPLY}</p><p>{ANSWER}</p>"
        "<p>Back to FOI requests</p><p>Last updated: Tuesday, 3 March 2026</p>"
        "</main></body></html>"
    )
    page = clean_html(html)
    assert page.body_text == f"FOI 2240: speed cameras\n{REPLY}\n{ANSWER}"
    assert page.meta.get("last_updated") == "Tuesday, 3 March 2026"


def test_a_caption_ending_in_a_bare_credit_goes_and_a_sentence_naming_an_image_stays() -> None:
    assert shaped_family("Cameras on the A303 near Wessex. Photo: Pixabay / JSmith") == "caption"
    assert shaped_family("Please see the attached plan. Image: Appendix 2") is None
    assert shaped_family("The camera took a photo: the plate was unreadable.") is None


def test_a_keyword_list_above_a_log_entry_goes_and_the_entry_stays() -> None:
    text = (
        "Speed, Cameras, Camera, Income, Fines, Roads, A303, Wessex, Treasury, Figures, Data\n"
        "PUB 1234\n"
        f"{REPLY}\n"
        f"{ANSWER}\n"
        "Was this page helpful? Yes · No\n"
    )
    assert clean_text(text).body_text == f"PUB 1234\n{REPLY}\n{ANSWER}"


def test_a_related_list_under_the_article_goes_and_a_sentence_about_related_requests_stays() -> None:
    text = (
        f"{REPLY}\n"
        f"{ANSWER}\n"
        "Related FOI requests\n"
        "Camera income 2019\n"
        "Camera sites on the A36\n"
    )
    assert clean_text(text).body_text == f"{REPLY}\n{ANSWER}"
    kept = f"{REPLY}\nRelated FOI requests about the A36 were answered in 2019 and are published.\n{ANSWER}\n"
    assert clean_text(kept).body_text == kept.rstrip("\n")

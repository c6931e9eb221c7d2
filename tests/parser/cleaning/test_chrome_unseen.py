"""Chrome of sites the rules were never fitted to (issue 14, first sight): told by its shape
and its place, not its wording. Interface controls, rows of short labels, copyright lines,
continuation headers, a site's name at both ends of a page, a letter's running footer at
each page break; and the content lines that look alike but must stay. Lines written for
these tests (no site's real wording)."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html, clean_text
from parser.cleaning.lines import chrome_family, drop_chrome_lines, shaped_family

ZONE = [
    # interface controls and status messages
    ("Print this article", "share"),  # the older family names it first
    ("Bookmark this story · Email", "ui_control"),
    ("Save:", "ui_control"),
    ("Loading comments...", "ui_control"),
    ("Loading… please wait", "ui_control"),
    ("URL copied to clipboard", "ui_control"),
    ("No results found.", "ui_control"),
    ("Open the full document on Scroll", "ui_control"),
    ("More articles by this contributor", "ui_control"),
    ("Sign in / Register / Forgot password?", "ui_control"),
    ("Expand the sidebar", "ui_control"),
    ("Load more", "ui_control"),
    ("Reply", "ui_control"),
    ("Like Loading...", "ui_control"),
    ("Proudly powered by Pressbook", "ui_control"),
    ("Sorry, nothing matched your search.", "ui_control"),
    ("Recent Stories", "ui_control"),
    ("Archives", "ui_control"),
    # blog furniture with the newer wordings
    ("Leave a response", "blog"),
    ("Comments are now disabled", "blog"),
    # rows of short labels
    ("Roads · Courts · Prisons", "item_row"),
    ("Topics › Traffic", "item_row"),
    ("FeedHub>> Newest Oldest Random", "item_row"),
    # copyright with a long list of links
    ("© Office of the Commissioner for Wessex and the Isles | Accessibility | Privacy | Cookies", "copyright"),
    ("Copyright 2019 Wessex Fire and Rescue Authority, Service Headquarters, Old Road | Terms | Accessibility", "copyright"),
    # trails and notices
    ("You are here: Wessex News > Crime > Courts", "breadcrumb"),
    ("Wessexlaw mirror · Cite as [2024] UKUT 12 (AAC)", "mirror"),
    ("Scheduled maintenance will make the portal unavailable on Sunday morning.", "announcement"),
    # content that shares words or shapes with the chrome above
    ("Print runs of the leaflet were 4,000 copies.", None),
    ("Loading of the data took 3 hours.", None),
    ("Nothing found in the search of the CAD system matched your description.", None),
    ("No records were found for 2019.", None),
    ("Burglary | Theft | Robbery", None),
    ("Burglary · 2019 · 41", None),
    ("Section 31(1)(a) · Section 40(2)", None),
    ("(c) the number of officers dismissed in 2020", None),
    ("Share this information with your team?", None),
    ("Read the original request below.", None),
    ("Comments are invited on the draft policy by 1 May.", None),
    ("Recent posts by officers on social media were reviewed.", None),
    ("Sorry, no records of that kind are held.", None),
    ("Sorry, no information relevant to the request was found.", None),
    ("Powered by the Police Act 1996, the board meets monthly.", None),
]


@pytest.mark.parametrize(("line", "family"), ZONE, ids=[s[0][:40] for s in ZONE])
def test_unseen_zone_families(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Disclosure response (continued)", "continued"),
        ("Annex B (cont'd)", "continued"),
        ("Table 2 (continued)", None),  # a numbered caption: the table's own, kept
        ("The search continued for two days.", None),
    ],
)
def test_continuation_headers_go_anywhere(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


def test_a_sites_name_at_both_ends_of_a_page_goes_and_the_article_stays() -> None:
    text = (
        "Wessex Watch\n"
        "Roads · Courts · Policing\n"
        "Menu\n"
        "A records request about speed cameras on the A303 was answered in full on 3 May 2024.\n"
        "Wessex Police said it holds 14 fixed cameras on the road, and listed each site by mile marker.\n"
        "Share this post\n"
        "Loading likes...\n"
        "Leave a response\n"
        "© Wessex Watch\n"
    )
    assert clean_text(text).body_text == (
        "A records request about speed cameras on the A303 was answered in full on 3 May 2024.\n"
        "Wessex Police said it holds 14 fixed cameras on the road, and listed each site by mile marker."
    )


def test_a_strapline_at_the_foot_names_the_site_seen_at_the_top() -> None:
    text = (
        "FeedHub>> Newest Oldest Random\n"
        "Channel: Roads of Wessex\n"
        "The force answered my request of 2 March about camera income for the last three years.\n"
        "It said the income is passed to the Treasury and that it holds no separate figures for it.\n"
        "FeedHub.net — posts from all over the web\n"
    )
    assert clean_text(text).body_text == (
        "Channel: Roads of Wessex\n"
        "The force answered my request of 2 March about camera income for the last three years.\n"
        "It said the income is passed to the Treasury and that it holds no separate figures for it."
    )


def test_a_letterhead_and_its_sign_off_are_kept_when_no_chrome_mark_joins_them() -> None:
    text = (
        "Wessex Police\n"
        "Our ref: 2024/0415\n"
        "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303.\n"
        "We hold the information and can tell you that there are 14 fixed cameras on that road.\n"
        "Yours sincerely\n"
        "Wessex Police\n"
    )
    assert clean_text(text).body_text == text.rstrip("\n")


def test_a_running_footer_at_each_page_break_goes_and_the_letter_stays() -> None:
    footer = "Information Rights Unit, Wessex Police HQ, Old Road, Wessex WX1 2AB · Tel 0300 123 4567"
    text = (
        "Our ref: 2024/0415\n"
        "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303.\n"
        f"{footer}\n"
        "Page 1 of 2\n"
        "We hold the information and can tell you that there are 14 fixed cameras on that road.\n"
        "Information Rights Unit, Wessex Police HQ, Old Road, Wessex WX1 2AB is where to write for a review.\n"
        f"{footer}\n"
        "Page 2 of 2\n"
    )
    assert clean_text(text).body_text == (
        "Our ref: 2024/0415\n"
        "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303.\n"
        "We hold the information and can tell you that there are 14 fixed cameras on that road.\n"
        "Information Rights Unit, Wessex Police HQ, Old Road, Wessex WX1 2AB is where to write for a review."
    )


def test_a_line_repeated_away_from_the_page_breaks_is_kept() -> None:
    repeated = "The figures below cover the calendar years 2021, 2022 and 2023."
    text = (
        "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303.\n"
        f"{repeated}\n"
        "Fixed cameras: 14\n"
        "Mobile sites: 6\n"
        "Average speed zones: 2\n"
        f"{repeated}\n"
        "Page 1 of 1\n"
    )
    assert clean_text(text).body_text == (
        "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303.\n"
        f"{repeated}\n"
        "Fixed cameras: 14\n"
        "Mobile sites: 6\n"
        "Average speed zones: 2\n"
        f"{repeated}"
    )


def test_a_letter_document_keeps_its_letterhead_and_address_footer() -> None:
    """Site names are a page's furniture; a letter's (weak=False) name its writer."""
    lines = [
        "Wessex Police",
        "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303.",
        "We hold the information and can tell you that there are 14 fixed cameras on that road.",
        "Wessex Police - Old Road - Wessex",
    ]
    kept, _ = drop_chrome_lines(lines, weak=False)
    assert kept == lines


def test_a_page_with_no_response_line_keeps_a_lone_strapline() -> None:
    """With no substantive line there are no two ends, so a name cannot repeat across them."""
    assert clean_text("Wessex Watch — roads and courts\n").body_text == "Wessex Watch — roads and courts"


def test_a_filing_line_opening_a_pages_main_content_goes_but_a_field_among_fields_stays() -> None:
    body = "Wessex Fire Service holds 14 records of chimney fires attended in 2023, listed below."
    filed = (
        "<html><body><main><p>Category: Chimneys</p><h2>20114 – Chimney fires</h2>"
        f"<p>{body}</p></main></body></html>"
    )
    assert clean_html(filed).body_text == f"20114 – Chimney fires\n{body}"
    fields = (
        "<html><body><main><p>Request: FOI/20114</p><p>Category: Chimneys</p>"
        f"<h2>Chimney fires</h2><p>{body}</p></main></body></html>"
    )
    assert clean_html(fields).body_text == f"Request: FOI/20114\nCategory: Chimneys\nChimney fires\n{body}"

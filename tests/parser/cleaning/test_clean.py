"""Cleaning: pages with heavy site chrome reduce to their response text, exactly.

The HTML fixtures under tests/fixtures/pages/ imitate five different ways police sites are
built (SOH, Drupal/PSNI, WordPress, SharePoint .aspx with layout tables and no <main>, a
PDF-stub page, a GOV.UK-styled PCC page); each .txt beside them is the exact text cleaning must produce.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from parser import parse
from parser.cleaning.clean import clean_html, clean_text
from parser.cleaning.lines import chrome_family, drop_chrome_lines
from tests.conftest import SHARED

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

# name, url, title, attachments, number of data tables
PAGES = [
    (
        "soh_disclosure",
        "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/april/foi-31224-police-dogs-bite-incidents/",
        "FOI 312-24 Police dogs bite incidents",
        ["https://www.cleveland.police.uk/SysSiteAssets/foi-media/cleveland/disclosure_2024/april_2024/dog-unit-policy.pdf"],
        1,
    ),
    (
        "drupal_psni",
        "https://www.psni.police.uk/foi-disclosure-log/stop-and-search-body-worn-video",
        "Stop and search body worn video",
        [],
        1,
    ),
    (
        "wordpress_foi",
        "https://foi.west-midlands.police.uk/drones-commonwealth-games-951a-22/",
        "Drones used at the Commonwealth Games (951A/22)",
        [],
        1,
    ),
    (
        "sharepoint_disclosure.aspx",
        "https://www.durham.police.uk/About-Us/Freedom-of-information/General/Pages/Disclosure-Log.aspx?ID=782",
        "FOI 782/17 Taser deployments",
        ["https://www.durham.police.uk/About-Us/Freedom-of-information/General/Documents/FOI%20782-17%20Response.pdf"],
        1,
    ),
    (
        "pdf_stub",
        "https://www.scotland.police.uk/access-to-information/freedom-of-information/disclosure-log/disclosure-log-2024/march/24-0634-police-vehicle-collisions/",
        "24-0634 Police vehicle collisions",
        [
            "https://www.scotland.police.uk/spa-media/k2m4x9qa/24-0634-response.pdf",
            "https://www.scotland.police.uk/spa-media/p7r3t1zz/24-0634-collisions-2021.xlsx",
            "https://www.scotland.police.uk/spa-media/p7r3t1zz/24-0634-collisions-2022.xlsx?v=2",
        ],
        0,
    ),
    (
        "govuk_pcc",
        "https://www.gov.uk/government/publications/foi-2024-117",
        "Decision notice: FOI 2024/117",
        [],
        1,
    ),
]

# Chrome each fixture carries; none of it may survive (the exact .txt already says so,
# this list says why the fixture exists).
CHROME = [
    "Leave this site", "Quickly exit", "Exit this site", "cookie", "Cookie", "technical problem",
    "Beta", "beta", "Skip to", "Home", "Share", "Facebook", "Twitter", "Related", "Recent Posts",
    "Archives", "Accessibility", "Privacy", "Leave a Reply", "Site Actions", "Sign In",
    "Was this page helpful", "Make a request", "Print this page", "Copyright", "©",
    "Is this page useful", "Report a problem", "Back", "GOV.UK", "Important", "7 days left",
]


def _read(name: str, ext: str) -> str:
    return (FIXTURES / f"{name}.{ext}").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "url", "title", "attachments", "n_tables"), PAGES, ids=[p[0] for p in PAGES])
def test_page_cleans_to_exact_text(name: str, url: str, title: str, attachments: list[str], n_tables: int) -> None:
    page = clean_html(_read(name, "html"), url=url)
    assert page.body_text == _read(name, "txt").rstrip("\n")
    assert page.title == title
    assert page.attachments == attachments
    assert len(page.html_tables) == n_tables
    assert page.warnings == []
    for chrome in CHROME:
        assert chrome not in page.body_text, chrome


def test_soh_table_rows_are_lines_with_cells_joined() -> None:
    text = clean_html(_read("soh_disclosure", "html")).body_text.splitlines()
    i = text.index("Year | Bites recorded | Of which, suspects")
    assert text[i - 1 : i + 4] == [
        "Police dog bites, by year",
        "Year | Bites recorded | Of which, suspects",
        "2021 | 14 | 12",
        "2022 | 9 | 9",
        "2023 | <5 | <5",
    ]


def test_soh_metadata() -> None:
    url = PAGES[0][1]
    meta = clean_html(_read("soh_disclosure", "html"), url=url).meta
    assert meta["html_lang"] == "en-GB"
    assert meta["canonical"] == url
    assert meta["og:site_name"] == "Cleveland Police"
    assert meta["dc.date.issued"] == "2024-04-18"
    assert meta["title"] == "FOI 312-24 Police dogs bite incidents | Cleveland Police"


def test_json_ld_dates_go_to_meta() -> None:
    html = (
        "<html><head><script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@graph\": ["
        "{\"@type\": \"WebPage\", \"datePublished\": \"2024-03-05T10:00:00+00:00\", \"dateModified\": \"2024-03-07\"},"
        "{\"@type\": \"Article\", \"headline\": \"FOI 9/24 Drones\"}]}</script>"
        "<script type='application/ld+json'>{not json</script></head>"
        "<body><main><p>We hold 3 drones.</p></main></body></html>"
    )
    page = clean_html(html)
    assert page.meta == {
        "ld:datepublished": "2024-03-05T10:00:00+00:00",
        "ld:datemodified": "2024-03-07",
        "ld:headline": "FOI 9/24 Drones",
    }
    assert page.body_text == "We hold 3 drones."


def test_relative_canonical_is_resolved_against_the_url() -> None:
    url = PAGES[4][1]
    meta = clean_html(_read("pdf_stub", "html"), url=url).meta
    assert meta["canonical"] == url
    assert meta["generator"] == "pdf-letter"


def test_dev_set_gov_scot_page() -> None:
    """h039: gov.scot page whose <main> ends with 'About FOI' and 'Contact' sections."""
    path = SHARED / "dev-set" / "h039.html"
    if not path.exists():
        pytest.skip("dev-set not found")
    page = clean_html(path.read_text(encoding="utf-8"))
    lines = page.body_text.splitlines()
    assert lines[0] == "Information regarding fly-tipping: EIR release"
    assert lines[-1].startswith("The Scottish Government therefore does not have the information")
    assert "Published: 28 January 2022" in lines
    assert page.title == "Information regarding fly-tipping: EIR release"


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        ("FOI 312-24 Police dogs | Cleveland Police", None, "FOI 312-24 Police dogs"),
        ("Fly-tipping: EIR release - gov.scot", None, "Fly-tipping: EIR release"),
        ("Hartlepool United vs Maidenhead - December 2017", None, "Hartlepool United vs Maidenhead - December 2017"),
        ("Taser use – Durham Constabulary", None, "Taser use"),
        ("Stop and search | Disclosure log | Kent Police", None, "Stop and search | Disclosure log"),
        ("Drones (951A/22) - WMP FOI", "https://foi.wmp.example/", "Drones (951A/22)"),
    ],
)
def test_title_falls_back_to_title_element_without_site_name(title: str, url: str | None, expected: str) -> None:
    page = clean_html(f"<html><head><title>{title}</title></head><body><p>Some text here.</p></body></html>", url=url)
    # A middle segment that names no site ("Disclosure log") is kept, separator and all.
    assert page.title == expected


def test_h1_outside_main_is_prepended_and_is_the_title() -> None:
    html = (
        "<body><nav><a href='/'>Home</a></nav><div class='page-header'><h1>FOI 12/24 Speed cameras</h1></div>"
        "<main><p>We hold 14 fixed cameras.</p></main><footer>Footer text</footer></body>"
    )
    page = clean_html(html)
    assert page.body_text == "FOI 12/24 Speed cameras\nWe hold 14 fixed cameras."
    assert page.title == "FOI 12/24 Speed cameras"


def test_logo_h1_in_site_header_is_not_the_title_without_main() -> None:
    html = (
        "<body><div class='site-header'><h1><a href='/'>Anytown Police</a></h1></div>"
        "<div class='page'><h1>FOI 77/23 Dog bites</h1><p>We recorded nine bites in 2022.</p></div></body>"
    )
    page = clean_html(html)
    assert page.title == "FOI 77/23 Dog bites"
    assert page.body_text == "FOI 77/23 Dog bites\nWe recorded nine bites in 2022."


def test_block_structure_one_line_per_block_and_br() -> None:
    html = (
        "<main><h2>Request</h2><p>How many <b>officers</b> were\n  trained?</p>"
        "<ul><li>Item one</li><li>Item <a href='/x'>two</a></li></ul>"
        "<p>Line one<br>Line two</p><dl><dt>Date</dt><dd>5 May 2024</dd></dl></main>"
    )
    assert clean_html(html).body_text.splitlines() == [
        "Request",
        "How many officers were trained?",
        "Item one",
        "Item two",
        "Line one",
        "Line two",
        "Date: 5 May 2024",
    ]


def test_line_breaks_and_paragraphs_inside_table_cells_separate_words() -> None:
    html = (
        "<main><table><tr><th>Year</th><th>Notes</th></tr>"
        "<tr><td>2019<br>2020</td><td><p>First note.</p><p>Second note.</p></td></tr>"
        "<tr><td><span>Stop</span><span>ped</span></td><td>4</td></tr></table></main>"
    )
    assert clean_html(html).body_text.splitlines() == [
        "Year | Notes",
        "2019 2020 | First note. Second note.",
        "Stopped | 4",
    ]


def test_attachments_are_linked_or_embedded_documents_resolved_and_deduplicated() -> None:
    html = (
        "<body><nav><a href='/policy.pdf'>Site policy</a></nav><main><p>See the letter.</p>"
        "<a href='docs/letter.pdf'>Letter</a> <a href='docs/letter.pdf#page=2'>Page 2</a>"
        "<a href='/data/figures.XLSX?download=1'>Figures</a> <a href='/foi/other-request/'>Other</a>"
        "<a href='mailto:foi@example.police.uk'>Email</a></main>"
        "<iframe src='/viewer/letter-scan.pdf'></iframe></body>"
    )
    page = clean_html(html, url="https://www.example.police.uk/foi/123/")
    assert page.attachments == [
        "https://www.example.police.uk/foi/123/docs/letter.pdf",
        "https://www.example.police.uk/data/figures.XLSX?download=1",
        "https://www.example.police.uk/viewer/letter-scan.pdf",
    ]


def test_empty_main_placeholder_falls_back_to_the_body() -> None:
    html = "<body><main id='app'></main><div class='content'><p>Rendered without script: the answer is 7.</p></div></body>"
    assert clean_html(html).body_text == "Rendered without script: the answer is 7."


def test_hidden_tab_and_accordion_panels_are_folded_content_not_chrome() -> None:
    html = (
        "<main><div role='tablist'><button>Request</button><button>Response</button></div>"
        "<div role='tabpanel' id='t1'><p>How many drones?</p></div>"
        "<div role='tabpanel' id='t2' hidden><p>We hold three drones.</p></div>"
        "<div class='govuk-accordion__section-content' hidden='until-found'><p>Section 31 applies to flight logs.</p></div>"
        "<div class='js-accordion-panel' style='display:none'><p>Costs are not held.</p></div>"
        "<div class='error-message' hidden><p>Sorry, that did not work.</p></div></main>"
    )
    assert clean_html(html).body_text.splitlines() == [
        "How many drones?",
        "We hold three drones.",
        "Section 31 applies to flight logs.",
        "Costs are not held.",
    ]


def test_lone_navigation_links_in_main_are_dropped_but_other_lone_links_stay() -> None:
    html = (
        "<main><p>We hold 3 drones.</p><p><a href='/foi/log/'>Back to the disclosure log</a></p>"
        "<p><a href='/docs/reply.pdf'>See the full reply</a></p>"
        "<p><a href='https://ico.org.uk/for-the-public/'>Information Commissioner's Office</a></p>"
        "<p>See our <a href='/foi/'>FOI page</a> for more.</p></main>"
    )
    assert clean_html(html).body_text.splitlines() == [
        "We hold 3 drones.",
        "See the full reply",
        "Information Commissioner's Office",
        "See our FOI page for more.",
    ]


def test_section_headers_inside_main_are_content() -> None:
    html = (
        "<main><div class='accordion-header'><h3>Request 1</h3></div><div class='accordion-body'>"
        "<p>How many drones?</p></div><div class='card-header'><h3>Answer 1</h3></div><p>Three.</p>"
        "<div class='share-header'><h3>Share this</h3><a href='/x'>X</a></div></main>"
    )
    assert clean_html(html).body_text == "Request 1\nHow many drones?\nAnswer 1\nThree."


def test_hidden_and_aria_hidden_and_display_none_are_dropped() -> None:
    html = (
        "<main><p>Visible answer.</p><div hidden><p>Hidden one.</p></div>"
        "<p aria-hidden='true'>Hidden two.</p><p style='display: none'>Hidden three.</p>"
        "<p class='visually-hidden'>Hidden four.</p><p class='d-none d-md-block'>Shown on desktop.</p></main>"
    )
    assert clean_html(html).body_text == "Visible answer.\nShown on desktop."


def test_layout_table_is_read_as_blocks_not_rows() -> None:
    html = (
        "<body><table><tr><td><table><tr><td>a</td></tr></table></td>"
        "<td><p>First paragraph of the answer.</p><p>Second paragraph.</p></td></tr></table></body>"
    )
    page = clean_html(html)
    assert page.body_text == "a\nFirst paragraph of the answer.\nSecond paragraph."
    assert len(page.html_tables) == 1  # only the inner one-cell table is data


def test_external_citation_links_in_main_are_kept() -> None:
    links = "".join(f"<li><a href='https://ico.org.uk/guide/{i}'>ICO guidance part {i}</a></li>" for i in range(6))
    html = f"<main><p>We followed this guidance:</p><ul>{links}</ul></main>"
    assert clean_html(html).body_text.splitlines()[1:] == [f"ICO guidance part {i}" for i in range(6)]


def test_same_site_link_list_in_main_is_navigation() -> None:
    links = "".join(f"<li><a href='/foi/{i}'>Other request {i}</a></li>" for i in range(6))
    html = f"<main><p>The answer is twelve.</p><ul>{links}</ul></main>"
    assert clean_html(html).body_text == "The answer is twelve."


# ------------------------------------------------------------------------ page text

SEED_CHROME = [
    "Quickly exit this site by pressing the Escape key Leave this site",
    "We use some essential cookies to make our website work. We’d like to set additional cookies so we can "
    "remember your preferences and understand how you use our site.",
    "You can manage your preferences and cookie settings at any time by clicking on “Customise Cookies” below. "
    "For more information on how we use cookies, please see our Cookies notice.",
    "Your cookie preferences have been saved. You can update your cookie settings at any time on the cookies page.",
    "Sorry, there was a technical problem. Please try again.",
    "This site is a beta, which means it's a work in progress and we'll be adding more to it over the next few "
    "weeks. Your feedback helps us make things better, so please let us know what you think.",
]


def test_seed_keeps_response_and_drops_every_chrome_line(seed_bytes: bytes) -> None:
    page = clean_text(seed_bytes.decode("utf-8"))
    lines = page.body_text.splitlines()
    assert "The National Crisis Negotiator Course is two weeks long." in lines
    assert "Section 31(1)(a) & (b) Law Enforcement;" in lines
    for chrome in SEED_CHROME:
        assert chrome not in lines
    assert lines[0] == "Enquiry Reference: 207-24"
    assert lines[-1] == "Information Rights Decision Maker"
    for word in ("cookie", "Escape key", "technical problem", "beta"):
        assert word not in page.body_text
    # Nothing but the chrome went: every other non-empty line of the seed survives.
    original = [x.strip() for x in seed_bytes.decode("utf-8").splitlines() if x.strip()]
    assert lines == [x for x in original if x not in SEED_CHROME]


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Press Esc to get away from this site quickly. Leave this website", "exit"),
        ("Hide this page", "exit"),
        ("Quick exit", "exit"),
        ("We place a few necessary cookies on your device so the site runs properly.", "cookie"),
        ("Accept all cookies", "cookie"),
        ("Reject optional cookies", "cookie"),
        ("Your choice of cookies has been saved.", "cookie"),
        ("Oops, something went wrong. Try again.", "problem"),
        ("An unexpected error has occurred.", "problem"),
        ("We're redesigning our website, so some pages may move.", "beta"),
        ("BETA: this is a trial service and your feedback will help improve it", "beta"),
        ("Skip to navigation", "skip"),
        ("Share this article on LinkedIn", "share"),
        ("Back to top", "share"),
        ("This section contains responses published in 2023.", "page_about"),
        ("Disclosure logs", "page_about"),
        ("This is an HTML version of a PDF sent by the authority.", "conversion"),
        ("Back to the disclosure log", "navigation"),
        ("Page last reviewed: 3 March 2024", "updated"),
    ],
)
def test_chrome_families_recognise_new_wordings(line: str, family: str) -> None:
    assert chrome_family(line) == family


@pytest.mark.parametrize(
    "line",
    [
        "Which cookies does your website set on a visitor's device?",
        "Section 31(1)(a) exempts information whose release would prejudice the prevention of crime.",
        "We do not hold information about the beta blockers prescribed to detainees.",
        "You asked how many times the quick exit button on the website was used.",
        "The National Crisis Negotiator Course is two weeks long.",
        "There was a problem with the radio system on 3 May 2023, which lasted four hours.",
        "We had a technical problem with the database, so figures for 2019 are missing.",
        "Please provide the number of detainees given beta-blockers in custody in 2023.",
        "Please provide details of the cookies set by your website and what each one is used for.",
        "Under the Freedom of Information Act, which cookies does the force's website use?",
        "Reference: 9317-18",
        "See attached letter",
        "See table below",
    ],
)
def test_response_lines_are_not_chrome(line: str) -> None:
    assert chrome_family(line) is None


def test_cues_only_drop_lines_in_the_top_and_bottom_zones() -> None:
    middle = "Accept all cookies"  # quoted from the site in the middle of an answer
    lines = [
        "Accept all cookies",
        "Thank you for your request for information about our website, received on 4 June 2024.",
        "You asked what the cookie banner on the home page says and how often it was changed.",
        "The wording was changed twice in 2023, and the current buttons read as follows.",
        middle,
        "The banner above is shown to every visitor until they choose an option on it.",
        "Back to top",
    ]
    kept, _ = drop_chrome_lines(lines)
    assert kept == lines[1:6]


def test_an_unknown_banner_wording_does_not_end_the_chrome_zone() -> None:
    unknown = "We have launched a brand new online home and some of the pages are still being moved over."
    lines = [
        "Quickly exit this site by pressing the Escape key",
        unknown,
        "Sorry, something went wrong. Please try again.",
        "Reference: 88-24",
        "Thank you for your request, which we received on 2 May 2024 and have answered below in full.",
        "We hold 14 vehicles.",
        "Share this page",
    ]
    assert drop_chrome_lines(lines)[0] == [unknown, "Reference: 88-24", lines[4], "We hold 14 vehicles."]


def test_adjacent_duplicate_notice_in_a_zone_is_chrome() -> None:
    notice = "Your choices were stored and will apply on every page you visit."
    lines = [notice, notice, "We hold the information you asked for and it is given in the table below."]
    assert drop_chrome_lines(lines)[0] == lines[2:]


def test_repeated_question_is_kept() -> None:
    question = "How many police dogs does the force have at present?"
    lines = ["You asked:", question, "Our response is set out below for each of the questions you asked.", question, "We have 12 dogs."]
    assert drop_chrome_lines(lines)[0] == lines


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Cookies on the force website", "cookie"),
        ("Hide this message", "cookie"),
        ("Sorry, there is a problem with the service", "problem"),
        ("Please turn on JavaScript: it is required for this site", "problem"),
        ("Your browser is not supported", "problem"),
        ("This is a new website - your feedback will help us improve it.", "beta"),
        ("Subscribe to our newsletter", "share"),
        ("Text size:", "share"),
        ("Download original attachment", "conversion"),
        ("Exit website", "exit"),
        ("Exit now", "exit"),
        ("We could not complete that action. Please try again.", "problem"),
        ("Something has gone wrong", "problem"),
        ("There was an error loading this page", "problem"),
        ("Your settings have been saved. You can change them at any time.", "cookie"),
        ("We have saved your choices.", "cookie"),
        ("Reject all", "cookie"),
        ("This is a trial version of our new website.", "beta"),
        ("Cymraeg", "navigation"),
    ],
)
def test_more_chrome_wordings(line: str, family: str) -> None:
    assert chrome_family(line) == family


def test_leaving_a_site_in_a_sentence_is_not_an_exit_button() -> None:
    assert chrome_family("Officers asked the crowd to leave the site before 5pm on 3 May.") is None


def test_tail_marker_cuts_closing_related_links() -> None:
    lines = [
        "We have considered your request and the information is not held by this force in any form.",
        "If you are unhappy with this response you may ask for an internal review within 40 working days.",
        "Related Content",
        "FOI Annual Summary 2023-2024",
        "Published: 24 June 2024",
    ]
    assert drop_chrome_lines(lines)[0] == lines[:2]


def test_last_updated_is_moved_to_meta() -> None:
    page = clean_text("Last updated:\n8th August 2023\nSee notes\n" + "The Council holds 346 email trails about the order and will release them." )
    assert page.body_text == "The Council holds 346 email trails about the order and will release them."
    assert page.meta == {"last_updated": "8th August 2023"}


def _dev_labels() -> list[dict]:
    path = SHARED / "dev-set" / "labels.jsonl"
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _label_file(label: dict) -> Path:
    name = label.get("file") or label.get("path")
    return (SHARED / "dev-set" / name).resolve()


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


@pytest.mark.parametrize("label", _dev_labels(), ids=lambda d: str(d.get("file") or d.get("path")))
def test_dev_set_body_kept_and_boilerplate_dropped(label: dict) -> None:
    """The scorer's body_recall and boilerplate leak checks, per document (floors: 1.0 / 0.0)."""
    path = _label_file(label)
    record = parse(path.read_bytes(), path=str(path))
    body = _norm(record.body_text)
    for sentence in label["body_must_include"]:
        assert _norm(sentence) in body, sentence
    for chrome in label["boilerplate_must_exclude"]:
        assert not re.search(r"(?<!\w)" + re.escape(_norm(chrome)) + r"(?!\w)", body), chrome

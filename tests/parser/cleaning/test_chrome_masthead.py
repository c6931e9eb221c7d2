"""Page-text chrome with no DOM and letter furniture in new wordings (issue 14, session 5): told
by shape and place. Contact lines, accessibility rows, dot-joined footer and letterhead rows,
a postal address on one line, pandemic notices, search placeholders, a download link for the
page's own letter, date-led bylines, Home-led menu runs, a site's title with no separator,
Office sensitivity labels; a masthead above the menu and a divider opening the closing chrome.
Every kind has its opposite: a response's line of the same shape that must stay. Lines written
for these tests (no site's real wording)."""
from __future__ import annotations

import pytest

from parser import parse
from parser.cleaning.clean import clean_document, clean_text
from parser.cleaning.lines import chrome_family, drop_chrome_lines, shaped_family
from parser.formats.page import Page

ZONE = [
    # a contact line: a label and a number, or opening hours
    ("General enquiries: 01632 960 123", "contact_line"),
    ("Switchboard 0300 555 0188", "contact_line"),
    ("Call us on 01632960777", "contact_line"),
    ("Non-emergency: 101", "contact_line"),
    ("Customer services – 0121 496 0000 (option 3)", "contact_line"),
    ("Lines open Monday to Friday", "contact_line"),
    ("Our offices are open weekdays 9am to 5pm", "contact_line"),
    ("Phone lines open 8.30am - 4.30pm", "contact_line"),
    ("Opening hours: Mon-Fri 9-5", "contact_line"),
    ("Email: foi@ferris.police.uk", "contact_line"),
    ("E-mail us at disclosure@wessex.gov.uk", "contact_line"),
    ("Find us online: www.wessexfire.gov.uk", "contact_line"),
    # ... and sentences that give a number, an address or hours
    ("Calls to the switchboard numbered 1,204 in 2021.", None),
    ("The front counter is open Monday to Friday, but closed at weekends.", None),
    ("Our offices are open weekdays should you wish to discuss your request.", None),
    ("The 101 line received 48,211 calls.", None),
    ("Calls to our helpline 0800 555 0123", None),
    ("Wessex Police Switchboard 0300 555 0188", "contact_line"),
    ("Please email foi@ferris.police.uk if you have any questions.", None),
    ("enquiries@wessexfire.gov.uk", None),  # a bare address is no labelled contact line
    # an accessibility toolbar flattened into a row
    ("Text size: A A A | Contrast | Listen", "a11y_row"),
    ("Font size A- A A+ · High contrast · Read aloud", "a11y_row"),
    ("Contrast | Text size | Translate", "a11y_row"),
    ("Change contrast / Dyslexia friendly / Listen", "a11y_row"),
    ("The contrast between the two years is large.", None),
    ("Text size | 12pt", None),
    ("Listen to this page", "a11y_row"),
    ("High contrast", "a11y_row"),
    ("A- A+", "a11y_row"),
    ("A A A", "a11y_row"),
    ("High contrast markings are fitted to all vehicles.", None),
    ("Listen to this page of the report", None),
    ("A A", None),
    # telephone, fax and e-mail in one row; the non-emergency line
    ("Telephone 01632 960000 Fax 01632 960001", "contact_line"),
    ("T: 01632 960000 E: foi@wessex.police.uk", "contact_line"),
    ("Non-emergency? Call 101", "contact_line"),
    ("Telephone calls: 412, Fax: 3", None),
    ("Non-emergency calls to 101 rose by 12%.", None),
    # a menu's short labels alone (weak)
    ("Main menu", "navigation"),
    ("Live chat", "navigation"),
    ("Report online", "navigation"),
    ("Get updates by email", "navigation"),
    ("Categories of offence are listed below.", None),
    ("Tags were fitted to 41 vehicles.", None),
    ("Cookies are not used on the force intranet.", None),
    ("Related to the request, we also hold a policy.", None),
    # a blog's filing under a capitalised category
    ("Posted in Operational Policing", "blog"),
    ("Posted under FOI", "blog"),
    ("Posted in error to the wrong address, the letter was returned.", None),
    ("Posted in the post room on 3 May", None),
    # the page's feedback prompt and exit control
    ("Tell us what you think of this page", "page_about"),
    ("Hide page", "exit"),
    # a menu flattened with no separator (weak): every item a menu label
    ("Report Contact us Advice Services About us News", "menu_row"),
    ("About us Our work Get involved Contact us", "menu_row"),
    ("Who we are What we do Publications News", "menu_row"),
    ("News and Advice for Victims", None),
    ("Burglary Robbery Theft", None),
    ("News Media Requests", None),
    ("Prevention Protection Response", None),
    ("Jobs advertised in 2023", None),
    # share and print controls in other words
    ("Email a friend", "share"),
    ("Send to a friend", "share"),
    ("Printer-friendly version", "share"),
    ("Print or share this page", "share"),
    ("Save as PDF", "share"),
    ("PDF version of the policy is attached", None),
    ("Share on social media was considered by the force.", None),
    # a letter's bands and accreditations
    ("By email only", "letter_band"),
    ("Sent by email", "letter_band"),
    ("PRIVATE & CONFIDENTIAL", "letter_band"),
    ("Addressee only", "letter_band"),
    ("Please quote our reference in any correspondence", "letter_band"),
    ("Investors in People", "letter_band"),
    ("Disability Confident Employer", "letter_band"),
    ("The response was sent by email on 3 May.", None),
    ("Private hire vehicles were counted separately", None),
    ("Disability hate crimes numbered 41", None),
    ("Confidential informants are not discussed", None),
    # blog and request-site furniture in other words
    ("Email ThisBlogThis!Share to XShare to Facebook", "share"),
    ("Load more...", "ui_control"),
    ("Most popular", "ui_control"),
    ("Sponsored content", "ui_control"),
    ("► 2019 (12)", "ui_control"),
    ("Add comment", "comment_form"),
    ("1 attachment", "widget"),
    ("Download attachment", "widget"),
    ("Attachment: FOI 123 response.pdf", "widget"),
    ("Attachment: the force's policy on drones", None),
    ("1 attachment was withheld under section 40(2).", None),
    ("Most popular items stolen were bicycles", None),
    ("Sponsored events were not recorded", None),
    # a pandemic notice across the site
    ("Coronavirus (COVID-19)", "announcement"),
    ("COVID-19: latest advice", "announcement"),
    ("How our FOI team is keeping requests moving during COVID-19", "announcement"),
    ("How our service is running during the pandemic", "announcement"),
    ("How we answer requests during the coronavirus outbreak", "announcement"),
    ("Fines issued during the COVID-19 lockdown", None),
    ("How we policed the lockdown during COVID-19", None),
    ("What our officers did during the pandemic", None),
    ("COVID-19 fixed penalty notices by ward", None),
    # a search box's placeholder; a download link for the page's own letter
    ("Search documents...", "ui_word"),
    ("Search this site…", "ui_word"),
    ("Search for:", "ui_word"),
    ("Download this response (PDF)", "ui_word"),
    ("Download the reply as a Word document", "ui_word"),
    ("Download a copy of this letter (PDF, 120 KB)", "ui_word"),
    ("Search results were reviewed by two officers.", None),
    ("Download speeds on the force network were not recorded.", None),
    ("Download this response's annex from the link below, which lists every site.", None),
    # a byline row led or closed by its date
    ("19 June 2020 · by the Vox team · Leave a comment", "byline"),
    ("March 3, 2021 | by Ann Other | 2 comments", "byline"),
    ("By a staff writer · 4 January 2019", "byline"),
    ("12 March 2021 · by email", None),
    # a row of items joined by spaced dots: a footer's or letterhead's furniture
    ("Wessex Fire and Rescue · Making Wessex safer", "dot_row"),
    ("Ferris Police · Information Rights Unit · Tel: 101", "dot_row"),
    ("Ferris Police · Castle House, Dock Road, Ferris FE1 2AB", "dot_row"),
    ("Comhairle an Eilean · Serving our islands together", "dot_row"),
    ("Burglary · 2019 · 41", None),
    ("The information requested: • Officers • Staff • Volunteers", None),
    ("We hold the figures. • Officers • Staff", None),
    ("Section 31 · Section 40", None),
    ("Published 3 May 2024 · FOI 123/24", None),
    ("Reference: 4412 · Dated: 1 March 2020", None),
    # a postal address on one line
    ("Wessex Fire and Rescue Service, Headquarters, Mill Lane, Wessexford WX1 2AB", "postal"),
    ("Information Unit, Castle House, Dock Road, Ferris FE1 2AB", "postal"),
    ("Castle House, Dock Road, Ferris, FE1 2AB", "postal"),
    ("Please write to us at Castle House, Dock Road, Ferris FE1 2AB", None),
    ("Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF", None),
    ("Castle House, Dock Road, Ferris FE1 2AB.", None),  # a sentence's end
    # a filter's prompt and a menu run from Home (weak: page text only)
    ("Choose a category", "navigation"),
    ("Select a year", "navigation"),
    ("Choose a category of request that best fits what you want", None),
    ("Home  Disclosure log  Categories  Make a request  Contact", "navigation"),
    ("Home News Your Area Advice About Us", "navigation"),
    ("Home Office Counting Rules for Recorded Crime", None),
    ("Home Office figures show a fall", None),
    ("Home visits were made in 14 cases.", None),
    # a site's title over its log, with no separator (weak)
    ("Wessex Police Freedom of Information", "site_title"),
    ("Ferris Fire and Rescue Service Disclosure Log", "site_title"),
    ("Requests to Wessex Police under Freedom of Information", None),
    ("Taser use Freedom of Information", None),
    # breadcrumbs cut short by the page
    ("Home > Documents > Request for figures on damage to police vehicles from ...", "breadcrumb"),
    ("Library › Releases › Stop and search data for the year to March…", "breadcrumb"),
    # the caveat of an automatic conversion, worded with the noun
    ("Automatic conversion may have lost some of the original layout.", "conversion"),
    ("The automatic extraction may show tables out of place.", "conversion"),
    ("Automatic number plate recognition cameras recorded 3,000 reads.", None),
]


@pytest.mark.parametrize(("line", "family"), ZONE, ids=[s[0][:40] for s in ZONE])
def test_zone_families_new_wordings(line: str, family: str | None) -> None:
    if family is None:
        assert chrome_family(line) is None
    else:  # an older weak family may name a page text's line first; HTML and letters get this one
        assert family in (chrome_family(line), chrome_family(line, weak=False))


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Sensitivity: Internal", "marking"),
        ("Classification: Public", "marking"),
        ("Data classification: OFFICIAL", "marking"),
        ("PUBLIC", "marking"),
        ("Public", None),
        ("GSC: OFFICIAL", "marking"),
        ("Protective marking - OFFICIAL", "marking"),
        ("Government Security Classification OFFICIAL", "marking"),
        ("OFFICIAL (NPM)", "marking"),
        ("OFFICIAL – NPM", "marking"),
        ("OFFICIAL//PUBLIC", "marking"),
        ("NPM", "marking"),
        ("Continued...", "marking"),
        ("Official figures are published yearly.", None),
        ("NPM figures", None),
        ("OFFICIAL SECRETS", None),
        ("Continued from page 2, the table shows", None),
        ("Visit www.wessexfire.gov.uk", "web_label"),
        ("Visit the ICO website for guidance", None),
        ("[signature]", "placeholder"),
        ("(signed)", "placeholder"),
        ("[Signature redacted]", "placeholder"),
        ("(signed by the officer)", None),
        ("The signed statement was withheld.", None),
        ("Public order offences", None),
        ("Classification: the data were grouped by offence type", None),
        ("Sensitivity of the information was considered under section 31.", None),
    ],
)
def test_markings_labels_and_signature_places_go_anywhere(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


def test_the_zone_families_apply_to_html_and_documents_too() -> None:
    # strong families: a letter's footer is furniture whatever the format
    for line in ("Wessex Fire and Rescue · Making Wessex safer", "General enquiries: 01632 960 123",
                 "Text size: A A A | Contrast | Listen", "Download this response (PDF)"):
        assert chrome_family(line, weak=False) is not None, line
    # weak ones stay in HTML, whose structure already told them apart
    for line in ("Home News Your Area Advice About Us", "Wessex Police Freedom of Information", "Choose a category"):
        assert chrome_family(line, weak=False) is None, line


LETTER = (
    "Thank you for your request for information about the force's drones, received on 2 May.\n"
    "The force held 12 drones in 2019, all of them with the air support unit, and used them 412 times.\n"
    "If you are unhappy with this response you may ask for an internal review within 40 working days.\n"
    "Information Rights Unit\n"
    "Ferris Police\n"
)


def test_a_letters_footer_rows_and_address_go_and_its_sign_off_stays() -> None:
    page = Page(kind="pdf", body_text=LETTER + (
        "Ferris Police · Keeping Ferris safe\n"
        "Ferris Police, Castle House, Dock Road, Ferris FE1 2AB\n"
    ))
    kept = clean_document(page).body_text.splitlines()
    assert kept == LETTER.strip().splitlines()


def test_the_regulators_address_after_the_complaint_sentence_stays() -> None:
    text = LETTER + (
        "You may then complain to the Information Commissioner at:\n"
        "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF\n"
    )
    kept, _ = drop_chrome_lines(text.splitlines(), weak=False)
    assert "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF" in kept


def test_the_regulators_address_under_its_name_stays() -> None:
    text = LETTER + (
        "If you remain dissatisfied you may apply to the regulator for a decision.\n"
        "Information Commissioner's Office\n"
        "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF\n"
    )
    kept, _ = drop_chrome_lines(text.splitlines(), weak=False)
    assert "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF" in kept


def test_an_address_after_a_line_pointing_to_it_stays() -> None:
    text = LETTER + (
        "Requests for a review should be sent to:\n"
        "Information Unit, Castle House, Dock Road, Ferris FE1 2AB\n"
    )
    kept, _ = drop_chrome_lines(text.splitlines(), weak=False)
    assert "Information Unit, Castle House, Dock Road, Ferris FE1 2AB" in kept


MASTHEAD_PAGE = (
    "Skip to main content\n"
    "Wessex Constabulary\n"
    "Safer streets together\n"
    "Home > Freedom of information > Disclosure log\n"
    "Drone use 2019 - 412/19\n"
    "The force held 12 drones in 2019, all of them with the air support unit, and used them 412 times.\n"
    "The locations are withheld under section 31(1)(a) because they would help offenders avoid the force.\n"
)


def test_a_strapline_above_the_menu_goes_and_the_sites_name_and_title_stay() -> None:
    kept = clean_text(MASTHEAD_PAGE).body_text.splitlines()
    assert "Safer streets together" not in kept
    assert "Wessex Constabulary" in kept  # a body's name: the authority step reads it
    assert "Drone use 2019 - 412/19" in kept


def test_a_masthead_keeps_its_first_line_when_no_body_is_named() -> None:
    text = (
        "The Harbour Gazette\n"
        "News for the harbour towns since 1998\n"
        "Community voices, local stories\n"
        "News · Sport · Letters · Contact the editor\n"
        "The council told us it had spent £41,000 on the camera scheme in the last financial year.\n"
        "It withheld the names of the contractors, citing section 43 of the Act in its reply to us.\n"
    )
    kept = clean_text(text).body_text.splitlines()
    assert kept[0] == "The Harbour Gazette"  # the site's name, for the authority step
    assert "Community voices, local stories" not in kept
    assert "News for the harbour towns since 1998" in kept  # a figure: may be a title, stays


def test_no_masthead_when_a_sentence_sits_above_the_menu() -> None:
    # a thread's zone can run on through a letter; a short line there is the letter's own
    text = (
        "Dear Ferris Police, please tell me how many drones the force held in 2019.\n"
        "Yours faithfully, Jo Bloggs\n"
        "Short heading line\n"
        "Home · Requests · Authorities · Help\n"
        "Dear Jo Bloggs, the force held 12 drones in 2019, all with the air support unit.\n"
        "Yours sincerely, the Freedom of Information Unit of Ferris Police.\n"
    )
    kept = clean_text(text).body_text.splitlines()
    assert "Yours faithfully, Jo Bloggs" in kept
    assert "Short heading line" in kept


def test_a_divider_opening_the_sites_closing_chrome_goes_with_what_follows() -> None:
    text = (
        "Thank you for your request under the Freedom of Information Act 2000.\n"
        "The attached spreadsheet gives every false alarm attended in the five years you asked about.\n"
        "═════════════════════\n"
        "Our open data portal publishes incident figures every month for anyone to use.\n"
        "Files to download\n"
        "Back to all requests\n"
    )
    kept = clean_text(text).body_text.splitlines()
    assert kept == [
        "Thank you for your request under the Freedom of Information Act 2000.",
        "The attached spreadsheet gives every false alarm attended in the five years you asked about.",
    ]


def test_a_letters_rule_above_its_footnotes_stays() -> None:
    text = (
        "The force held 12 drones in 2019, all of them with the air support unit, and used them 412 times.\n"
        "The figures for 2020 are provisional and may change when the year's audit is complete.\n"
        "-----------------\n"
        "* Figures exclude loaned equipment.\n"
        "Page 2 of 2\n"
    )
    kept = clean_text(text).body_text.splitlines()
    assert "-----------------" in kept
    assert "* Figures exclude loaned equipment." in kept


def test_a_contact_block_and_notices_at_the_top_of_a_page_text_go() -> None:
    text = (
        "Skip to main content\n"
        "Emergency? Always dial 999\n"
        "Switchboard 0300 555 0188\n"
        "Lines open Monday to Friday\n"
        "Wessex Fire and Rescue Service\n"
        "Home | Safety | About us | Careers | News | Contact\n"
        "WFRS 2024 07 - Appliances\n"
        "The Service had 41 front-line appliances on 31 March 2024, of which 6 were held in reserve.\n"
        "Coronavirus (COVID-19)\n"
        "How our FOI team is keeping requests moving during COVID-19\n"
    )
    kept = clean_text(text).body_text.splitlines()
    assert "Switchboard 0300 555 0188" not in kept and "Lines open Monday to Friday" not in kept
    assert "WFRS 2024 07 - Appliances" in kept
    assert "Coronavirus (COVID-19)" not in kept
    assert kept[-1].startswith("The Service had 41")


def test_a_response_that_discusses_opening_hours_and_numbers_keeps_every_line() -> None:
    text = (
        "Dear Mr Smith,\n"
        "You asked when the front counters are open and how many calls the switchboard took in 2023.\n"
        "Front counters open Monday to Friday at three stations; the others closed in 2019.\n"
        "The switchboard took 48,211 calls; 101 took 102,334.\n"
        "Yours sincerely,\n"
        "Information Rights Unit\n"
    )
    record = parse(text.encode(), path="reply.txt")
    for line in text.strip().splitlines():
        assert line in record.body_text.splitlines(), line

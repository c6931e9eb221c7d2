"""Chrome kinds that leaked at first sight on unseen real text (issue 14, web10/web11/let07):
counter rows, rows of controls, file-detail rows of document mirrors, bylines, comment forms,
archive and rights notices, picture credits, contact footers, request-site notices, consent
text worded without "cookie", social links, page footers with a running title; in HTML,
chrome compounds ("entry-meta"), consent managers, ARIA labels and picture captions. Each kind
has lines that look like it and must stay. Lines written for these tests."""
from __future__ import annotations

import pytest

from parser import parse
from parser.cleaning.clean import clean_html
from parser.cleaning.lines import chrome_family, row_pattern, shaped_family

# Dropped wherever they sit (a page break or a mail thread puts them mid-text).
ANYWHERE = [
    ("12 comments · 345 views", "counter"),
    ("1,024 Views", "counter"),
    ("Views: 77 | Downloads: 3", "counter"),
    ("10.07.2015 Views", "counter"),
    ("3 min read", "counter"),
    ("2 years ago · 4 likes", "counter"),
    ("Download | Print | Share", "ui_row"),
    ("Like · Reply · Report", "ui_row"),
    ("Link to this | Report | Reply", "ui_row"),
    ("Embed · Save · 3 comments", "ui_row"),
    ("Download Report Share", "ui_row"),
    ("Home Office", None),
    ("Report", None),
    ("File size: 245 KB", "file_detail"),
    ("Pages: 12", "file_detail"),
    ("Uploaded by: jsmith", "file_detail"),
    ("Format: PDF", "file_detail"),
    ("response_letter.pdf 245K Download View as HTML", "file_detail"),
    ("PDF · 245 KB · 3 pages", "file_detail"),
    ("Start display at page:", "file_detail"),
    ('Download "Freedom of Information Request 2019/114"', "file_detail"),
    ("Size: px", "file_detail"),
    ("Leave a Reply", "comment_form"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    ("Save my name, email, and website in this browser for the next time I comment.", "comment_form"),
    ("Notify me of new posts by email.", "comment_form"),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comment_form"),
    ("The Wayback Machine - https://web.archive.org/web/2016/http://www.example.police.uk/", "archive_notice"),
    ("This page has been archived and is no longer updated.", "archive_notice"),
    ("All content is available under the Open Government Licence v3.0, except where otherwise stated", "archive_notice"),
    ("© Crown copyright", "archive_notice"),
    ("All rights reserved.", "archive_notice"),
    ("Tel: 101 | Email: foi@example.police.uk | www.example.police.uk", "contact_footer"),
    ("Visit us at www.example.police.uk", "web_label"),
    ("Website: https://www.example.gov.uk", "web_label"),
    ("Please use this email address for all replies to this request:", "request_site"),
    ("request-40412-7c1e9a2b@whatdotheyknow.com", "request_site"),
    ("https://www.whatdotheyknow.com/help/officers", "request_site"),
    ("Warning: this attachment may contain personal data.", "request_site"),
    ("We have removed this attachment because it held a signature.", "request_site"),
    ("Jo Bloggs made this Freedom of Information request to Ferris Police", "request_site"),
    ("Jo Bloggs filed this request with the Ferris Police Department.", "request_site"),
    ("The request was partially successful.", "request_site"),
    ("The request was refused under section 12 because of the cost.", None),
    ("facebook.com/FerrisPolice", "social_link"),
    ("Twitter: @FerrisPolice", "social_link"),
    ("@FerrisPolice on X", "social_link"),
    ("Page | 2", "marking"),
    ("2 | Page", "marking"),
    ("P a g e 4", "marking"),
    ("Protective Marking: NOT PROTECTIVELY MARKED", "marking"),
    ("Government Security Classification: OFFICIAL", "marking"),
    ("OFFICIAL [PUBLIC]", "marking"),
    ("CONFIDENTIAL", "marking"),
    ("Photo: Ferris Police", "caption"),
    ("This is an HTML version of an attachment to the Freedom of Information request 'Drones'.", "conversion"),
    ("docslib", "mirror"),
    ("This email confirms that the information is confidential under section 41", None),
    ("/…", "marking"),
    ("Continued overleaf", "marking"),
    ("P.T.O.", "marking"),
    ("...", None),
    ("FOI 2020/123 Page 2 of 3", "furniture"),
    ("https://www.ferris.police.uk/foi/123 Page 2", "furniture"),
    ("12/03/2020, 10:22 FOI 123 | Ferris Police", "print_margin"),
    ("https://www.ferris.police.uk/foi/123 1/3", "print_margin"),
    ("1,234 captures", "archive_notice"),
    ("About this capture", "archive_notice"),
    ("Archived page: this page is no longer updated", "archive_notice"),
    ("12/03/2020 10:22 officer attended.", None),
    ("Freedom of Information Response | Page 2", "furniture"),
    ("Page 2 of 3 - Our Ref: 123/20", "furniture"),
    # content that shares words or shape with these kinds
    ("We received 345 views on the page in 2019.", None),
    ("2019 | 4 | 2", None),
    ("Burglary | Theft | Robbery", None),
    ("The report has 12 pages.", None),
    ("The figures are on page 2 of 3 of the attached report", None),
    ("This attachment is a copy of the letter sent to you.", None),
    ("We removed the names from the table.", None),
    ("www.example.police.uk/foi", None),
    ("Email foi@example.police.uk", None),
    ("Our website www.police.uk has the figures.", None),
    ("Source: Home Office statistics", None),
    ("The information is confidential and is withheld under section 41(1).", None),
]


@pytest.mark.parametrize(("line", "family"), ANYWHERE, ids=[s[0][:40] for s in ANYWHERE])
def test_anywhere_kinds(line: str, family: str | None) -> None:
    assert shaped_family(line) == family


# Dropped in the zones (before the response's first sentence, after its last).
ZONE = [
    ("By Jane Smith", "byline"),
    ("By jsmith | 3 March 2020", "byline"),
    ("Written by Jane Smith", "byline"),
    ("Posted in FOI | Tagged police, freedom of information | Leave a comment", "byline"),
    ("Author: Jane Smith", "byline"),
    ("Photo: PA", "caption"),
    ("Image credit: Ferris Police", "caption"),
    ("(Picture: Ferris Constabulary)", "caption"),
    ("We value your privacy", "cookie"),
    ("Manage consent", "cookie"),
    ("We and our partners store and access information on a device, such as unique IDs.", "cookie"),
    ("Reading Time: 3 minutes", "counter"),
    ("Be the first to comment", "comment_form"),
    ("12 thoughts on “Drones at the Games”", "comment_form"),
    ("Return to the top of this page", "share"),
    ("Email This BlogThis! Share to X Share to Facebook Share to Pinterest", "share"),
    ("Facebook icon Twitter icon Email icon", "icon_row"),
    ("Advertisement", "ui_word"),
    ("1 of 24", "ui_word"),
    ("Download a zip file of all correspondence", "request_site"),
    ("Recommended publications", "mirror"),
    ("Get emails about this page", "page_about"),
    ("Request an accessible format.", "page_about"),
    ("This file may not be suitable for users of assistive technology.", "page_about"),
    ("Blog Archive", "ui_control"),
    ("Theme images by Jo Bloggs.", "ui_control"),
    ("Officers at the scene in 2019 (Image: Ferris Police)", "caption"),
    ("Pictured: the force's new drone", "caption"),
    ("Always active", "cookie"),
    ("Confirm my choices", "cookie"),
    ("A screenshot of the system is provided below.", None),
    ("The table shows figures for 2019 (source: Home Office)", None),
    ("Create successful ePaper yourself", "mirror"),
    ("Turn your PDF publications into a flip-book with our e-paper software.", "mirror"),
    ("Help us improve this page Hide content", "page_about"),
    ("Author(s): Jo Bloggs", "byline"),
    ("Make an FOI Request", "navigation"),
    ("Main content", "skip"),
    ("You are currently viewing Drones held by the force", "skip"),
    ("Featured image: Jo Bloggs", "caption"),
    ("Your submitted information will be used to send you emails.", "comment_form"),
    ("CCTV image: none held", None),
    ("By virtue of section 40(2) the names are withheld", None),
    ("2 of 3 officers were disciplined", None),
    ("Reading the files took 3 minutes.", None),
    ("Like this, the figures are clear.", None),
    ("The icon of the force is a logo", None),
    ("By email", None),
    ("By March 2020 we had received 45 requests.", None),
    ("By the end of 2021, the force had 12 drones", None),
    ("Source: Home Office", None),
]


@pytest.mark.parametrize(("line", "family"), ZONE, ids=[s[0][:40] for s in ZONE])
def test_zone_kinds(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


@pytest.mark.parametrize("line", ["Transcript", "View as HTML", "Show more", "Download", "Embed"])
def test_lone_controls_are_strong_chrome(line: str) -> None:
    """Strong: dropped from HTML and letters too, whose own structure is otherwise trusted."""
    assert chrome_family(line, weak=False) == "ui_word"


def test_row_pattern_needs_every_item_from_the_gazetteer() -> None:
    import re

    pat = re.compile(row_pattern({"items": ["print", "share"], "min": 2, "seps": r"[|]"}), re.I)
    assert pat.match("Print | Share")
    assert not pat.match("Print")
    assert not pat.match("Print | Stop")


def test_document_mirror_page_text_keeps_only_the_letter() -> None:
    text = (
        "docslib\n"
        "Upload\n"
        "Ferris Police response to FOI 2019/114\n"
        "by user\n"
        "12.03.2020 Views\n"
        "Download | Embed | Report\n"
        "File size: 245 KB\n"
        "Pages: 3\n"
        "Dear Requester, thank you for your request for the number of drones the force holds.\n"
        "The force holds 12 drones, all of them operated by the air support unit.\n"
        "Page 1 of 3 - Our Ref: 2019/114\n"
        "Yours sincerely, the Freedom of Information Unit of Ferris Police.\n"
        "12 comments · 345 views\n"
        "Show more\n"
    )
    record = parse(text.encode(), path="mirror.txt")
    assert record.body_text == (
        "Ferris Police response to FOI 2019/114\n"
        "Dear Requester, thank you for your request for the number of drones the force holds.\n"
        "The force holds 12 drones, all of them operated by the air support unit.\n"
        "Yours sincerely, the Freedom of Information Unit of Ferris Police."
    )


def test_blog_post_text_loses_byline_caption_and_comment_form() -> None:
    text = (
        "By Jane Smith | 3 March 2020\n"
        "Photo: Ferris Police\n"
        "The force told me it had used its drones 412 times in 2019, up from 230 the year before.\n"
        "It withheld the locations under section 31(1)(a), saying they would help offenders.\n"
        "Posted in FOI | Tagged drones, police | Leave a comment\n"
        "Leave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "Notify me of new posts by email.\n"
    )
    record = parse(text.encode(), path="blog.txt")
    assert record.body_text == (
        "The force told me it had used its drones 412 times in 2019, up from 230 the year before.\n"
        "It withheld the locations under section 31(1)(a), saying they would help offenders."
    )


def test_request_site_notices_mid_thread_are_dropped_and_the_replies_kept() -> None:
    text = (
        "Dear Ferris Police, please tell me how many drones the force held in 2019.\n"
        "Yours faithfully, Jo Bloggs\n"
        "Please use this email address for all replies to this request:\n"
        "request-40412-7c1e9a2b@whatdotheyknow.com\n"
        "Dear Jo Bloggs, the force held 12 drones in 2019, all with the air support unit.\n"
        "response_letter.pdf 245K Download View as HTML\n"
        "Link to this | Report | Reply\n"
        "Yours sincerely, the Freedom of Information Unit of Ferris Police.\n"
    )
    record = parse(text.encode(), path="thread.txt")
    assert record.body_text == (
        "Dear Ferris Police, please tell me how many drones the force held in 2019.\n"
        "Yours faithfully, Jo Bloggs\n"
        "Dear Jo Bloggs, the force held 12 drones in 2019, all with the air support unit.\n"
        "Yours sincerely, the Freedom of Information Unit of Ferris Police."
    )


_PAGE = """<html><body>
<div id="onetrust-banner-sdk"><p>We and our partners process your data to improve this site.</p></div>
<main>
<h1>Drones held by the force</h1>
<div class="entry-meta"><span>jsmith</span> · <a href="#respond">Leave a comment</a></div>
<div class="post-meta">14th September 2022</div>
<figure><img src="drone.jpg" alt=""><figcaption>A force drone at a training day.</figcaption></figure>
<p>The force holds 12 drones, all of them operated by the air support unit.</p>
<table><caption>Drone flights by year</caption><tr><th>Year</th><th>Flights</th></tr><tr><td>2019</td><td>412</td></tr></table>
<div class="post-meta"><a href="/files/response.pdf">Response letter</a></div>
<div aria-label="Share this page"><a href="/share">Share via e-mail</a></div>
<p>Locations are withheld under section 31(1)(a).</p>
<div class="site-info">Proudly run on a theme by Someone</div>
<div id="colophon">Ferris Police blog</div>
</main></body></html>"""


def test_html_chrome_compounds_consent_managers_aria_labels_and_picture_captions() -> None:
    page = clean_html(_PAGE, url="https://www.example.police.uk/foi/drones")
    assert page.body_text == (
        "Drones held by the force\n"
        "14th September 2022\n"  # a meta row holding the post's date stays: the dates step reads it
        "The force holds 12 drones, all of them operated by the air support unit.\n"
        "Drone flights by year\n"
        "Year | Flights\n"
        "2019 | 412\n"
        "Response letter\n"
        "Locations are withheld under section 31(1)(a)."
    )
    # a compound-named block holding a document link keeps it: the attachment is the response
    assert page.attachments == ["https://www.example.police.uk/files/response.pdf"]


def test_a_footer_opened_by_known_chrome_runs_to_the_end_of_the_page() -> None:
    """Place: under the last sentence and the sign-off block, a recognised chrome line opens the
    site's footer; the unknown short lines after it go too. The signature block above it, a
    table row and a line with a figure stay."""
    text = (
        "Thank you for your request for the number of drones the force held in 2019 and 2020.\n"
        "The force held 12 drones in 2019 and 14 in 2020, all with the air support unit.\n"
        "Yours sincerely\n"
        "Jo Bloggs\n"
        "Disclosure Officer\n"
        "Back to top\n"
        "Mainly a blog about policing and openness\n"
        "Ferris Police\n"
        "2019 | 12\n"
        "Open 24 hours, 7 days a week\n"
    )
    record = parse(text.encode(), path="footer.txt")
    assert record.body_text == (
        "Thank you for your request for the number of drones the force held in 2019 and 2020.\n"
        "The force held 12 drones in 2019 and 14 in 2020, all with the air support unit.\n"
        "Yours sincerely\n"
        "Jo Bloggs\n"
        "Disclosure Officer\n"
        "2019 | 12\n"
        "Open 24 hours, 7 days a week"
    )


def test_without_a_known_chrome_line_below_the_letter_nothing_is_guessed() -> None:
    text = (
        "Thank you for your request for the number of drones the force held in 2019 and 2020.\n"
        "The force held 12 drones in 2019 and 14 in 2020, all with the air support unit.\n"
        "Mainly a blog about policing and openness\n"
        "Ferris Police\n"
    )
    record = parse(text.encode(), path="nofooter.txt")
    assert record.body_text.endswith("Mainly a blog about policing and openness\nFerris Police")


def test_a_dropped_byline_keeps_its_date_for_the_dates_step() -> None:
    text = (
        "By Jo Bloggs | 3 March 2020\n"
        "The force told me it had used its drones 412 times in 2019, up from 230 the year before.\n"
    )
    record = parse(text.encode(), path="dated_byline.txt")
    assert record.body_text == "The force told me it had used its drones 412 times in 2019, up from 230 the year before."
    assert record.published_date == "2020-03-03"


def test_html_byline_holding_a_date_is_not_cut_by_its_name() -> None:
    html = (
        '<html><body><main><h1>Drones</h1><div class="cmp-text"><p>The force holds 12 drones, all of them '
        'operated by the air support unit.</p></div><div class="byline">14th September 2022</div>'
        '<div class="byline">Jo Bloggs</div></main></body></html>'
    )
    assert clean_html(html).body_text == (
        "Drones\n"
        "The force holds 12 drones, all of them operated by the air support unit.\n"
        "14th September 2022"
    )

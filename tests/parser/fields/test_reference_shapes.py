"""Reference shapes and the label words that introduce them (issue 14's kinds): the response's
own number before earlier requests it quotes, labels without ':', combined and bracketed forms,
number-led titles. Every text is written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.reference import find_reference

CASES = [
    # a dated log title below a site's banner lines
    ("dated_title_below_banner",
     "Commissioner's office\nAsk the Commissioner at the next public meeting.\n"
     "03 March 2021 – 77.2020-21 – Freedom of information requests – Vehicles\nRequest\nHow many cars?", None, "77.2020-21"),
    # the entry's own number, not the earlier request the prose quotes
    ("own_title_before_quoted_request",
     "Northshire Police\nDisclosure Details\nBatons - 512/19\nDated: 02 May 2019\n"
     "This request was joined to your earlier request, FOI 498/19, as it asks the same.", None, "512/19"),
    # weak labels followed by a space: only values no sentence word could be
    ("reference_without_colon", "Dear Mr Hill,\nFreedom of Information Appeal – Reference B0042/2019\nWe have reviewed it.", None, "B0042/2019"),
    ("request_without_colon", "Dear Ms Kay,\nRight to know request 2031-19\nWe hold the figures.", None, "2031-19"),
    ("long_number_after_request", "The Council\nRequest 101002223344\nYou asked about CCTV.", None, "101002223344"),
    ("year_span_after_request", "Thank you for your request 2019/20 figures follow.", None, None),
    ("question_number_after_request", "Request 12 asked for the budget, which is published.", None, None),
    # a labelled value wins over a spaced one met earlier
    ("colon_label_beats_spaced",
     "FOI 301/2025 (May 2025) Drones\nFREEDOM OF INFORMATION REQUEST REFERENCE NO: FOI-301-2025\nI am writing about your request.",
     None, "FOI-301-2025"),
    # label words new to the grammar
    ("serial_number", "Dear Mr Lee,\nSerial Number: 0012/03/19 (please quote it).", None, "0012/03/19"),
    ("reference_nos_with_force_names",
     "REFERENCE NOs: Surrey Police 1234 and\nSussex Police 5678\nI write about your request.", None, "1234"),
    ("bracketed_value", "Cannabis farms\nRequest Number: [FOI/20001]\nCategory: Drugs", None, "FOI/20001"),
    ("two_digit_value_after_ref", "BFRS Ref:\n57\nInformation request:\nHow many crews?", None, "57"),
    # combined references kept whole
    ("combined_spaced_slash", "Reference: 2023 – 101 / WE7000\nDate of response: 4 May 2023", None, "2023 – 101 / WE7000"),
    ("review_with_bracketed_foi",
     "Council Offices\nInternal review of a Freedom of Information request - IR/12 (FOI 777)\nThe review was received on 1 May.",
     None, "IR/12 (FOI 777)"),
    # a slash then a space before a prefixed part; a sentence word is no prefix
    ("slash_space_prefix", "Our Ref: RG/ FOI 31-11\nRE: FREEDOM OF INFORMATION REQUEST OF 4 MAY 2011", None, "RG/ FOI 31-11"),
    ("sentence_word_is_no_prefix", "RE: FREEDOM OF INFORMATION REQUEST OF 4 MAY 2011\nWe hold nothing.", None, None),
    # titles led by the number, or nothing but it
    ("number_led_title", "Body text with no label.", "20431 Vehicle pursuits", "20431"),
    ("number_led_title_line", "Leave this site\n20431 Vehicle pursuits\nYour request reached us on 2 May.", None, "20431"),
    ("year_led_title", "Body text with no label.", "2021 Vehicle pursuits", None),
    ("title_only_number", "FOI Request\nCopies of the diary.", "FOI 312", "FOI 312"),
    # numbers of other things: a log page's publication number, a crime number in the request
    ("publication_number_beside_foi_number",
     "Disclosure log\nPublication reference: 2023-045\nFOI number: FOI/23/123\nYou asked about drones.", None, "FOI/23/123"),
    ("crime_reference_is_not_ours", "You quote crime reference: 47110/20 and ask for the file.\nWe hold no file.", None, None),
    # a letterhead's address and opening hours are no log title
    ("address_led_by_number", "Police Headquarters\n1000 Lakeside\nPortsmouth PO6 3EN\nWe hold the figures.", None, None),
    ("opening_hours", "Information Unit\n9.00am - 5.00pm\nWe hold the figures.", None, None),
    ("request_word_before_form", "Body text.", "Request 01/FOI/24/012345 – Tasers – Metropolitan Police", "01/FOI/24/012345"),
    # a heading above a label is no qualifier of it ("Knife crime" is not a crime reference)
    ("heading_above_label", "Knife crime\nFreedom of information request reference no: 2017010000532\nWe received it.", None, "2017010000532"),
    # a request the prose quotes, without ":", is not this response's
    ("quoted_request_without_colon",
     "Modern slavery\nThis was released in response to request 4240/17 last year.\nWe hold the figures.", None, None),
    ("dotted_force_form", "Body text.", "FOI.24.001234.I - Drones over prisons", "FOI.24.001234.I"),
]


@pytest.mark.parametrize(("name", "text", "title", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reference_shape(name: str, text: str, title: str | None, expected: str | None) -> None:
    assert find_reference(text, title=title) == expected


def _force_formats() -> list[tuple[str, str]]:
    """(force id, an example of its reference) from ../shared/forces.csv beside the checkout."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[4] / "shared" / "forces.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [(r["id"], r["reference_format"]) for r in csv.DictReader(fh) if r["reference_format"]]


CONTEXTS = {
    "our_ref": ("Police Headquarters\nOur ref: {ref}\nDear Mr Bell\nWe hold the figures.", None),
    "request_number": ("Request Number: {ref}\nSubject: Drones", None),
    "title_bracketed": ("Body text.", "Drones ({ref})"),
    "title_led": ("Body text.", "{ref} - Drones"),
    "title_tail": ("Body text.", "Drones - {ref}"),
}


@pytest.mark.parametrize("context", sorted(CONTEXTS))
def test_every_force_reference_shape_in_every_place(context: str) -> None:
    """Each force's own reference shape (forces.csv's examples) is found in a label, a log
    title's brackets, its lead and its tail."""
    formats = _force_formats()
    if not formats:
        pytest.skip("../shared/forces.csv is not beside this checkout")
    text, title = CONTEXTS[context]
    missed = [(fid, ref, got) for fid, ref in formats
              if (got := find_reference(text.format(ref=ref), title=title and title.format(ref=ref))) != ref]
    assert missed == []


def test_site_convention_before_title_lines() -> None:
    """A slug read by the site's known convention outranks an attachment line's bare number."""
    text = "Overtime spending\nPlease see the attached letter for our response.\n18-0735 - Overtime spending (PDF)"
    url = "https://www.scotland.police.uk/access-to-information/freedom-of-information/disclosure-log/disclosure-log-2018/september/18-0735-overtime-spending/"
    assert find_reference(text, url=url) == "IM-FOI-2018-0735"

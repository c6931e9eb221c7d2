"""Grounds family behind web23_09's miss (session 8, fields13): a list of grounds under an
introduction of the exemptions, each item opening with its citation and title and then quoting the
Act's own words on the same line ("Section 31(1)(a)(b) Law Enforcement – Information which is not
exempt information by virtue of section 30 is exempt information if ..."). The quotation explains
the ground applied; it does not make the item a quotation of the Act. Near misses: the same items
under an introduction of the Act's text, and a titled item with no introduction, stay mentions.
Every text is written for these tests.
"""
from __future__ import annotations

from parser.fields.sections import split_request_response
from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    request, _ = split_request_response(text)
    return [e.code for e in find_exemptions(text, regime=regime, request_text=request)]


ITEMS = (
    "Section 31(1)(a)(b) Law Enforcement \u2013 Information which is not exempt information by virtue of "
    "section 30 is exempt information if its disclosure under this Act would, or would be likely to, "
    "prejudice (a) the prevention or detection of crime (b) the apprehension or prosecution of offenders\n"
    "Section 38(1)(a)(b) - Health and Safety: Information is exempt information if its disclosure under "
    "this Act would, or would be likely to: (a) endanger the physical or mental health of any individual, "
    "or (b) endanger the safety of any individual.\n"
)

HEAD = (
    "Request\nPlease send me the list of approved holsters.\n"
    "Answer\nThe Service holds the list but will not supply it.\n"
)


def test_titled_items_quoting_the_act_under_an_introduction() -> None:
    text = HEAD + "The exemptions, and the public interest factors weighed, are set out below:\n" + ITEMS
    assert grounds(text) == ["s31(1)(a)", "s31(1)(b)", "s38(1)(a)", "s38(1)(b)"]


def test_introduced_as_following() -> None:
    text = HEAD + "We rely on the following:\n" + ITEMS
    assert grounds(text) == ["s31(1)(a)", "s31(1)(b)", "s38(1)(a)", "s38(1)(b)"]


def test_section_quoted_inside_the_gloss_stays_a_mention() -> None:
    text = HEAD + "The exemptions, and the public interest factors weighed, are set out below:\n" + ITEMS
    assert "s30" not in grounds(text)


def test_under_an_introduction_of_the_acts_text_they_stay_quotations() -> None:
    text = HEAD + "The full text of the exemptions is set out below:\n" + ITEMS
    assert grounds(text) == []


def test_without_an_introduction_they_stay_quotations() -> None:
    text = HEAD + "For reference:\n" + ITEMS
    assert grounds(text) == []

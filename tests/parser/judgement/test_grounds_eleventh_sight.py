"""Grounds and NCND families behind web22's misses (session 8, fields12), each written for these
tests in several wordings with its opposite and the exact expected result:

- a cost refusal put as a double negative, "we cannot answer ... without going over the appropriate
  cost limit" (two words before "limit" too), where "without exceeding" alone says the limit held
  (web22_07);
- a cost refusal naming the limit by what the Act allows: "not held in a form that lets us extract it
  within the time the Act allows" (web22_08);
- an NCND subsection ("Section 42(2)") listed as a withholding ground by a reply that says it has held
  information back and never speaks of confirming or denying: a withholding ground, not an NCND answer
  (web22_03). With any word of confirming or denying, or without a word of withholding, it stays NCND;
  FOISA's s18, NCND as a whole, always does.
"""
from __future__ import annotations

import pytest

from parser.fields.sections import split_request_response
from parser.judgement import ncnd
from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    request, _ = split_request_response(text)
    return [e.code for e in find_exemptions(text, regime=regime, request_text=request)]


def says_ncnd(text: str, regime: str = "FOIA") -> bool:
    request, _ = split_request_response(text)
    found = find_exemptions(text, regime=regime, request_text=request)
    return ncnd.detect(text, found, request_text=request)


COST = [
    ("without_going_over",
     "Response\n3. The force holds records on this, but we cannot answer this part without going over the "
     "appropriate cost limit, as every case file would have to be read by hand.\n",
     ["s12"]),
    ("not_possible_without_exceeding",
     "Response\nIt is not possible to supply the breakdown without exceeding the fees limit, since the "
     "reason is kept only in free text.\n",
     ["s12"]),
    ("unable_without_breaching",
     "Response\nWe are unable to comply with the request without breaching the appropriate limit.\n",
     ["s12"]),
    ("going_over_two_words",
     "Response\nLocating each report would mean going over the appropriate cost limit, so this question "
     "is refused.\n",
     ["s12"]),
    ("time_the_act_allows",
     "Response\nThe figures are not held in a form that lets us extract them within the time the Act "
     "allows.\n",
     ["s12"]),
    ("hours_permitted_under_the_act",
     "Response\nThe records cannot be collated within the hours permitted under the Act, because each "
     "entry would need checking by an analyst.\n",
     ["s12"]),
    ("permitted_time_constraints",
     "Response\nThis detail is not retrievable within the permitted time constraints of the Act.\n",
     ["s12"]),
    # near misses: the limit held, or said to be possible
    ("answered_without_exceeding",
     "Response\nWe have answered all four questions without exceeding the appropriate cost limit.\n",
     []),
    ("would_not_breach",
     "Response\nGathering the totals would not breach the appropriate limit, so they are set out below.\n",
     []),
    ("answered_without_breaching",
     "Response\nThe figures were gathered without breaching the fees limit.\n",
     []),
    ("can_without_going_over",
     "Response\nThe team could pull the totals without going over the cost limit, and they are given "
     "below.\n2021: 14\n2022: 9\n",
     []),
    ("within_the_time_the_act_allows_met",
     "Response\nWe were able to extract the figures within the time the Act allows, and they are set out "
     "below.\n",
     []),
    ("requester_condition",
     "Request\nIf you cannot answer without exceeding the cost limit, please give me the 2023 figure "
     "only.\nResponse\nThe 2023 figure is 31.\n",
     []),
]


@pytest.mark.parametrize(("name", "text", "expected"), COST, ids=[c[0] for c in COST])
def test_cost_refusal_in_words(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


_WITHHELD_LIST = (
    "Response\nI have decided to release part of what you asked for. Some information is exempt and has "
    "been held back, so this is a refusal notice relying on these exemptions:\n"
    "Section 42(2) - Legal Professional Privilege\nSection 43(2) - Commercial interests\n"
)


def test_ncnd_subsection_listed_for_withheld_information_is_not_ncnd() -> None:
    assert grounds(_WITHHELD_LIST) == ["s42(2)", "s43(2)"]
    assert says_ncnd(_WITHHELD_LIST) is False


def test_withheld_said_with_redactions() -> None:
    text = ("Response\nThe report is attached. The names of junior staff have been redacted under section "
            "31(3) of the Act.\n")
    assert grounds(text) == ["s31(3)"]
    assert says_ncnd(text) is False


@pytest.mark.parametrize(
    "text",
    [
        # NCND said in words beside the withholding
        _WITHHELD_LIST + "The force can neither confirm nor deny whether it holds any legal advice.\n",
        # "whether or not" the information is held: the reply speaks of it
        _WITHHELD_LIST + "To say whether or not advice was taken would itself reveal privileged matter.\n",
        # no word of withholding at all: the subsection is read as cited
        "Response\nThis is a refusal notice. The following exemption applies:\nSection 23(5) - Information "
        "supplied by security bodies\n",
        # the harm of confirming or denying
        "Response\nSome information has been withheld under section 24(2). Confirming or denying that "
        "the force holds anything further would harm national security.\n",
    ],
)
def test_ncnd_subsection_stays_ncnd(text: str) -> None:
    assert says_ncnd(text) is True


def test_scottish_section_18_stays_ncnd_beside_withholding() -> None:
    text = ("Response\nSome of the figures have been withheld. Section 18(1) of the Act applies to the rest "
            "of your request, together with section 35(1)(a).\n")
    assert "s18(1)" in grounds(text, regime="FOISA")
    assert says_ncnd(text, regime="FOISA") is True

"""Grounds families behind web29's misses (session 8, round15), texts written for these tests:
- a cost refusal put only in words as the Act's own constraints, the information the subject ("it cannot
  be disclosed within the time constraints of the Act", "could not be extracted within the cost
  constraints set by the Fees Regulations"): s12 relied on. Near misses: a delay ("we are unable to
  respond within the time limits of the Act"), constraints that are no law's, and the work said to fit;
- numbers of another law's regulations that a request asks about are no FOI provisions: a benefit paid
  under one ("a Regulation 12 Gratuity", "Regulation 11 awards") or an instrument named by its capitals
  and year ("Regulation 12 of the PIBR 2006"). Near misses: the EIR's own regulation 12 cited as such,
  and "section 12 of the FOIA 2000", keep their ground.
"""
from __future__ import annotations

import pytest

from parser import parse
from parser.fields.sections import split_request_response
from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    request, _ = split_request_response(text)
    return [e.code for e in find_exemptions(text, regime=regime, request_text=request)]


REQUEST = "Request\nPlease give me the number of cycle thefts reported in each month of 2021.\nResponse\n"


@pytest.mark.parametrize("sentence", [
    "I can confirm that the force holds the information you asked for, but it cannot be disclosed within the "
    "time constraints of the Act, for the reasons below.",
    "The figures could not be extracted within the cost constraints set by the Fees Regulations.",
    "We are unable to retrieve this information within the time constraints of the Freedom of Information Act.",
])
def test_cost_said_as_the_acts_constraints(sentence: str) -> None:
    assert grounds(REQUEST + sentence + "\n") == ["s12"]


@pytest.mark.parametrize("sentence", [
    # a delay past the 20 working days, no refusal
    "We are unable to respond within the time limits of the Act and will reply by 14 March.",
    # constraints that are no law's
    "The figures cannot be extracted within the time constraints of the project board.",
    # the work fits
    "The figures were extracted within the time constraints of the Act and are set out below: 41 in total.",
])
def test_near_misses_keep_no_ground(sentence: str) -> None:
    assert grounds(REQUEST + sentence + "\n") == []


REGULATION_REQUEST = (
    "I understand you are asking for the following information:\n"
    "1. How many officers received an injury award under Regulation 11 of the PIBR 2006?\n"
    "2. If they did not receive a Regulation 12 Gratuity, why was it refused?\n"
    "3. How many Regulation 11 awards were reviewed?\n"
    "I have today decided to disclose the information you asked for.\n"
    "1. 14\n2. The medical board found no grounds.\n3. 6\n")


def test_another_laws_regulations_are_no_grounds() -> None:
    record = parse(REGULATION_REQUEST.encode(), path="t.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == ("disclosed", [])


@pytest.mark.parametrize(("text", "regime", "codes"), [
    ("The report is withheld under regulation 12(5)(b) of the Environmental Information Regulations 2004.\n",
     "EIR", ["r12(5)(b)"]),
    ("The figures are withheld under Section 12 of the FOIA 2000, as finding them would exceed the cost limit.\n",
     "FOIA", ["s12"]),
    ("The names are exempt under section 40(2) of the Act.\n", "FOIA", ["s40(2)"]),
])
def test_foi_provisions_keep_their_ground(text: str, regime: str, codes: list[str]) -> None:
    assert grounds(REQUEST + text, regime) == codes

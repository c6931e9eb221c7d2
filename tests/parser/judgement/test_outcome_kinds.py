"""Outcome on the kinds of miss issue 14 found in real responses, one rule per case family.

Texts are written for these tests (no real page is copied); each states the exact outcome and
grounds parse() must give."""
from __future__ import annotations

import pytest

from parser import parse

REQUESTS_THEN_ONE_ANSWER = (
    "Request Number: FOI/20001\n"
    "Request 1\nHow many bicycles were reported stolen in 2023?\n"
    "Request 2\nPlease give the figures for each month.\n"
    "Request 3\nHow many were recovered?\n"
    "Answer\nThis letter is a refusal notice. Locating the records would take longer than the time allowed, "
    "so Section 12(1) applies to the whole of your request.\n"
)
QUESTIONS_THEN_ONE_ANSWER = REQUESTS_THEN_ONE_ANSWER.replace("Request ", "Question ")

CASES = [
    # numbered request items followed by one "Answer": the items are the request, not answers
    ("requests_then_one_answer", REQUESTS_THEN_ONE_ANSWER, "refused", ["s12(1)"]),
    ("questions_then_one_answer", QUESTIONS_THEN_ONE_ANSWER, "refused", ["s12(1)"]),
    # a request item whose last number is a month and year is not a figure given
    ("request_dates_are_not_figures", "Please send me these reports:\n1) The knife crime review - produced in May 2022\n2) The drugs profile - based on data from Jan 2019 to Dec 2021.\nSection 12 - Cost\nThe exemption that applies is Section 12(1) of the Act and this is a refusal notice.\n", "refused", ["s12(1)"]),
    # an answer written on its question's number line
    ("answer_on_number_line", "You asked how many cameras we run and where they are.\nResponse\nQ1 - 41\nQ2 -\nI consider the camera locations exempt under section 31(1)(a) because disclosure would prejudice the prevention of crime.\n", "partial", ["s31(1)(a)"]),
    # some withheld: the writer says so in words
    ("withholding_some", "Our response:\nWe are withholding some of the requested information because section 40(2) applies to it.\n", "partial", ["s40(2)"]),
    ("exempting_part", "Our response:\nThe force holds the information; however we are exempting part of that information under section 31(1)(a).\n", "partial", ["s31(1)(a)"]),
    ("some_cannot_be_provided", "Response\nSome of the information you asked for is enclosed. On this occasion some of it cannot be provided because section 30(b)(i) of FOISA applies.\n", "partial", ["s30(b)(i)"]),
    ("applies_to_some", "Response\nThe exemption in section 38(1)(a) applies to some of the information, which has been removed.\n", "partial", ["s38(1)(a)"]),
    # NCND on anything beyond what was given
    ("ncnd_beyond_attached", "Our response is attached.\nBeyond the attached response, the force can neither confirm nor deny that it holds any other information, by virtue of section 24(2).\n", "partial", ["s24(2)"]),
    # goodwill data after a cost refusal
    ("goodwill_after_cost", "Response\nAnswering in full would exceed the appropriate limit (section 12).\nAs a gesture of goodwill we have supplied the figures retrieved before the limit was reached.\n", "partial", ["s12"]),
    # a requested part left out without a ground
    ("left_out_without_ground", "Response detail:\nThe information is in the attached spreadsheet. Data from before 2015 has been left out because it is not reliable.\n", "partial", []),
    # a relative clause about records is not a not-held statement
    ("not_recorded_clause_is_not_not_held", "Response\nI ran a second query for premises that had not been recorded under the school property type.\nPlease find attached the spreadsheet.\n", "disclosed", []),
    # sent to the wrong body: nothing held here
    ("wrong_agency", "Information request:\n[not published]\nResponse:\nApplicant told that the request had been sent to the wrong agency. Advice given.\n", "not_held", []),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_kind(name: str, text: str, expected: str, grounds: list[str]) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)


TABLE_CASES = [
    # a request set out as a table gives nothing
    ("request_table", ["Question", "Your request"], [["Question 1", "The number of drone incidents each year."]], False),
    # provisions relied on, listed in a table
    ("provision_table", ["Provision", "Why"], [["Section 34(1)", "information held for an investigation"]], False),
    # each part paired with its refusal
    ("refusal_layout", ["Part of your request", "Our response"], [["Ports", "Police Scotland neither confirms nor denies holding it."]], False),
    # figures
    ("figures", ["Year", "Searches"], [["2023", "410"]], True),
    # an answer in words
    ("answer_in_words", ["Request", "Response"], [["Who is the accountable officer?", "The Chief Executive is the accountable officer."]], True),
]


@pytest.mark.parametrize(("name", "header", "rows", "given"), TABLE_CASES, ids=[c[0] for c in TABLE_CASES])
def test_a_table_gives_information(name: str, header: list[str], rows: list[list[str]], given: bool) -> None:
    from parser.judgement.outcome import _has_figures
    from parser.record import Table

    assert _has_figures(Table(header=header, rows=rows)) is given


COST_CASES = [
    # one part pointed to published material under its own ground, the rest refused on cost
    ("s21_part_and_cost_rest", "Response\nThe number of notices issued by each force is published, so that part of your request is exempt under section 21 of the Act.\nReading every log would take far longer than 18 hours, so section 12(1) applies to the rest.\n", "refused"),
    # the scoped sentence is the cost refusal itself: the other part was answered
    ("cost_for_one_part", "Response\nThe reporting routes are listed on our website and were sent to you.\nYour question about how many staff were reported would exceed the cost limit, so section 12(2) applies to that part of your request.\n", "partial"),
]


@pytest.mark.parametrize(("name", "text", "expected"), COST_CASES, ids=[c[0] for c in COST_CASES])
def test_scoped_refusal_and_cost(name: str, text: str, expected: str) -> None:
    assert parse(text.encode(), path=f"{name}.txt").outcome == expected

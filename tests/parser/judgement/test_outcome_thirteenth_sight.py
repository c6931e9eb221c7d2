"""Outcome kinds from issue 14, session 8 (outcome14): families of wording behind the outcome misses of
web23 and web24 at their first sight, each written for these tests (no real page copied) with near
misses that must keep their outcome, stating the exact outcome (and grounds where this step's) parse()
must give.

Rules (phrasings in parser/data/cues.yml, logic in parser/judgement/outcome.py):
- a share released, in any tense ("I am releasing some of the information", "we have disclosed part of
  it"), a share said exempt by a pronoun ("some of it is exempt"), "some data has been withheld", "not
  all of the information is considered suitable for disclosure": partial, though the released part is
  not in the copy (partial); "the rest is exempt and has been withheld, so this letter is a Refusal
  Notice" names the share kept back, so the rest was given (partial_share), where a notice that only
  names the parts it refuses does not;
- the s1(1)(a) confirmation that information is held ("we can tell you that <a body of several words>
  does hold the information you asked for") gives nothing: beside a cost refusal, refused (disclosed);
- the month May is no modal hedging a figure ("There were 107 knife crimes in May 2019" states a
  figure; "there may be 12" does not) (figure_guard);
- "does not have to carry out a harm test" is no duty owed, not nothing held (not_held);
- a request item restated as a naming phrase whose only verb sits in its closing relative clause ("The
  total number of drones that the force owns.") is no answer in words (outcome._names_what_is_wanted);
- a request, or a part of it, transferred to another body is not held here: beside an answer, partial
  (not_held_extra); a transfer to a team inside the body is not;
- "<Body> is able to give you the following information" gives, as "we can provide" does (disclosed);
- "Q1 response: No information held." and "Response to Q2: ..." open an answer, label or none
  (answer_after_number);
- "I cannot give you the dates of each trial" withholds (withholding_said);
- the requester's example in a restated request ("please break them down, for example '10 fines for
  PSPO x'") states no figure (outcome._figure_sentences, request_ask).
"""
from __future__ import annotations

import pytest

from parser import parse

_COST = ("Under Section 1(1)(a) of the Act we can tell you that the Police Service of the Northern Isles "
         "does hold the information you asked for; our estimate, though, is that meeting your request would "
         "cost more than the appropriate limit under Section 12(1) of the Act.\n")

CASES = [
    # --- a share released, in any tense; the rest kept back
    ("releasing_some_of_the_information",
     "Speeding fines\nHaving considered your request, I am releasing some of the information. The rest "
     "is exempt and has been withheld, so this letter is a Refusal Notice under Section 17 of the Act. "
     "The exemptions relied on are:\nSection 31(1)(a) - Law Enforcement\nReason for decision\n",
     "partial", ["s31(1)(a)"]),
    ("the_rest_withheld_beside_a_refusal_notice",
     "Reply\nThe rest of the information is withheld under section 38(1)(a) of the Act, so this letter "
     "is a refusal notice.\n",
     "partial", ["s38(1)(a)"]),
    ("some_data_has_been_withheld",
     "Response\nI have today decided to send you what we hold. Some data has been withheld as it is exempt "
     "under Section 40(2) of the Act.\n",
     "partial", ["s40(2)"]),
    ("some_of_it_is_exempt",
     "The force's response is set out below. Please note, however, that not all of the information "
     "requested is considered suitable for disclosure: some of it is exempt under Section 40(2) - "
     "Personal Information.\n",
     "partial", ["s40(2)"]),
    # near misses: a notice that names only the parts it refuses, nothing given; nothing released at all
    ("refusal_notice_for_those_parts_nothing_given",
     "Response\nThe information is exempt under section 31(1)(a) of the Act and for those parts of your "
     "request this letter is a refusal notice.\n",
     "refused", ["s31(1)(a)"]),
    ("the_information_is_withheld_in_full",
     "Response\nHaving considered your request, the information is exempt and has been withheld under "
     "Section 31(1)(a) of the Act, so this letter is a Refusal Notice.\n",
     "refused", ["s31(1)(a)"]),

    # --- holding confirmed is no giving
    ("holding_confirmed_by_a_long_name_then_cost",
     _COST + "Request 1\nHow many reports of bladed weapons in schools have been made?\n"
     "Request 2\nOf those, how many involved a pupil under 16?\n",
     "refused", ["s12(1)"]),
    # near miss: a fact told is a giving, beside a cost refusal of the rest
    ("a_fact_told_beside_a_cost_refusal",
     "Response\nWe can tell you that the force received 212 reports in 2023. A breakdown by school would "
     "exceed the appropriate limit under Section 12(1) of the Act.\n",
     "partial", ["s12(1)"]),

    # --- May the month, May the modal
    ("a_figure_in_may",
     "In Response:\n1. There were 107 knife crimes in total in the month of May 2019.\n"
     "The details of each crime will not be disclosed, and in withholding them we rely on Section 30(1)(a) "
     "of the Act.\n",
     "partial", ["s30(1)(a)"]),
    # near miss: a figure hedged by the modal is no answer beside a whole refusal
    ("a_figure_that_may_be",
     "Response\nThe information is exempt under Section 30(1)(a) of the Act. We note there may be 12 "
     "records, but this information will not be disclosed.\n",
     "refused", ["s30(1)(a)"]),

    # --- a request item restated as a naming phrase
    ("request_items_then_not_held_and_ncnd",
     "For the last five years, the requester asked for:\n"
     "1. The total number of drones that the force owns.\n"
     "2. How much money has been spent on the drones?\n"
     "For questions 1 and 2, no information is held. As for any covert use, we can neither confirm nor "
     "deny that we hold any other information, by virtue of Section 24(2) of the Act.\n",
     "refused", ["s24(2)"]),
    # near miss: a sentence stating a fact about what was asked is an answer in words
    ("a_fact_in_words_then_ncnd",
     "Response\nThe force has not trialled drones overtly. The drone unit is based at headquarters. "
     "Beyond that, the force can neither confirm nor deny that it holds any further information, by "
     "virtue of Section 24(2) of the Act.\n",
     "partial", ["s24(2)"]),

    # --- a part transferred to another body
    ("a_part_transferred_to_another_force",
     "Your question was:\nWhere were the casualties taken?\n"
     "The Transport Police is able to give you the following information.\n"
     "The first casualty was taken to the station office.\n"
     "Your question asking when the area was closed was transferred to the Metropolitan Police Service "
     "on 11th April 2006.\n",
     "partial", []),
    ("the_whole_request_transferred",
     "Response\nYour request has been transferred to the Home Office, as the department responsible for "
     "the scheme.\n",
     "not_held", []),
    # near miss: passed to a team inside the body, which answered
    ("transferred_to_an_internal_department",
     "Response\nYour request was transferred to our Professional Standards Department, which found that "
     "14 officers were disciplined in 2023.\n",
     "disclosed", []),

    # --- "Q1 response:" lines
    ("numbered_response_lines_without_a_label",
     "Request reference: 408-2024\n"
     "Q1. Please give details of any meetings about the hunt.\n"
     "Q2. Who rescinded the notice?\n"
     "The force's response is set out below.\n"
     "Q1 response: No information held.\n"
     "Q2 response: Our Legal Services Department dealt with this, and it was signed off at Chief Officer "
     "level.\n",
     "partial", []),
    ("response_to_q_lines",
     "Q1. Please give details of any meetings about the hunt.\n"
     "Q2. Who rescinded the notice?\n"
     "Response to Q1: No information held.\n"
     "Response to Q2: Our Legal Services Department dealt with this, and it was signed off at Chief Officer "
     "level.\n",
     "partial", []),
    # near miss: every numbered response says nothing is held
    ("numbered_response_lines_all_not_held",
     "Q1. Please give details of any meetings about the hunt.\n"
     "Q2. Who rescinded the notice?\n"
     "Q1 response: No information held.\n"
     "Q2 response: No information held.\n",
     "not_held", []),

    # --- "cannot give you"
    ("cannot_give_you_the_dates",
     "Of the six charges you refer to, one ended in a not guilty verdict and five were withdrawn.\n"
     "I cannot give you the dates and places of each trial, as the people involved could be identified.\n",
     "partial", []),

    # --- the requester's example is no figure
    ("requester_example_counts_then_not_held",
     "1. How many orders did the council bring in during 2017?\n"
     "1a. For the orders brought in during 2017, please supply the text of each order.\n"
     "2. How many fines were issued in 2017?\n"
     "2a. For the fines issued from Jan 1st to Mar 3rd 2018, please break them down by order, for example "
     "'10 fines relating to order x'.\n"
     "These orders are made by district councils, so the County Council does not hold this information.\n",
     "not_held", []),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_thirteenth_sight(name: str, text: str, expected: str, grounds: list[str]) -> None:
    record = parse(text.encode())
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)


def test_does_not_have_to_is_no_not_held() -> None:
    """"... so the force does not have to carry out a harm test" says nothing about what is held: with a
    figure given and a part withheld, the evidence for not held stays empty."""
    from parser.judgement import outcome

    record = parse(
        "Response\nThere were 107 knife crimes in 2019.\nThe street names will not be disclosed, and in "
        "withholding them we rely on Section 30(1)(a) of the Act. The exemption is qualified and based on "
        "class, so the force does not have to carry out a harm test.\n".encode())
    assert record.outcome == "partial"
    judged = outcome.recent(record.body_text)
    assert judged is not None and judged.sentences["not_held"] == []

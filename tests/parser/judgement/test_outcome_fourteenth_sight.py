"""Outcome and NCND from issue 14, session 8 (outcome15): families of wording behind the misses of web25
and web26 at their first sight, each written for these tests (no real page copied) with near misses that
must keep their outcome, stating the exact outcome, NCND and grounds parse() must give.

Rules (phrasings in parser/data/cues.yml, logic in parser/judgement/outcome.py):
- a request item set out again under a "Request 1A" heading may open on the period it covers ("For each
  year from January to January (2019, 2020), the number of times ...", "For the same years, the number
  of people ... arrested"): the request restated, no answer, so beside a cost refusal of the whole request
  nothing is given (request_item_named); an item stating its figure is still an answer;
- a share kept back said in the passive ("Some of the data is exempt from disclosure and has been
  withheld, so this reply is a Refusal Notice") names a share, so the rest was given: partial, even with
  no figure in the copy (partial_share); "the information is exempt", the Act's general words, or a share
  named beside the rest kept back under another ground ("and the rest under section 40(2)") do not
  (partial_guard);
- parts refused by their numbers ("I have found questions 2 and 3 to be exempt") scope the refusal: the
  other items were answered (scoped_refusal); numbers covering every item listed above ("questions 1 to
  3" of three) refuse the whole (outcome._names_every_part);
- a numbered question run on to its first word with no space ("1.Total logs ... in 2023?") opens an answer
  as "1. Total" does, and one figure alone on the line below it is that answer's giving;
- the writer saying the law does not require it to release all of it, "or to confirm or deny whether any
  further information is held", neither confirms nor denies (ncnd); the Act's permission retold ("the
  authority is not required to ... confirm or deny") does not.
"""
from __future__ import annotations

import pytest

from parser import parse

_COST_WHOLE = (
    "We have considered your request, set out below. We confirm that the force holds the information you "
    "asked for; our estimate, however, is that answering your request would cost more than the appropriate "
    "costs limit under Section 12(1) of the Freedom of Information Act 2000.\n")

_THREE_ITEMS = (
    "You asked us for the following:\n"
    "1) What the control room is for.\n"
    "2) When an inspector on duty would contact the room.\n"
    "3) Anything else you can tell us about the room.\n")

CASES = [
    # --- request items under "Request 1A" headings opening on their period
    ("request_items_open_on_their_period_beside_a_cost_refusal",
     _COST_WHOLE
     + "Request 1A\nFor each year from April to April (2020, 2021, 2022, 2023), the number of times officers "
       "attended a bomb threat at a hospital which led to an evacuation.\n"
       "Request 1B\nThe kinds of threat behind the figures in question 1a.\n"
       "Request 2A\nFor the same years (April to April: 2020, 2021, 2022, 2023), the number of people aged 10 "
       "to 17 cautioned after being found with a firearm in a hospital.\n"
       "Request 2B\nThe figures in question 2a split by age.\n",
     "refused", False, ["s12(1)"]),
    # near miss: an item that states its figure is an answer, whatever the refusal said of the whole
    ("a_period_item_stating_its_figure_is_an_answer",
     _COST_WHOLE
     + "Request 1A\nFor each year from 2020 to 2023, the number of evacuations was 14.\n"
       "Request 1B\nThe kinds of threat behind the figures in question 1a.\n",
     "partial", False, ["s12(1)"]),

    # --- a share kept back, said in the passive, beside a refusal notice
    ("some_of_the_data_is_exempt_and_withheld_beside_ncnd_of_some_questions",
     "You asked for the following information:\n"
     "1. The make of the camera found in the car.\n"
     "2. The date the camera was reported stolen.\n"
     "3. How many cameras were reported stolen in 2022.\n"
     "As regards Questions 1 & 2, the force can neither confirm nor deny holding the information you asked "
     "for.\n"
     "Some of the data is exempt from disclosure and has been withheld, so this reply is a Refusal Notice "
     "under Section 17 of the Act.\n",
     "partial", True, []),
    ("some_of_the_figures_have_been_redacted",
     "Response\nSome of the figures requested have been redacted under Section 40(2) of the Act, and this "
     "letter is a refusal notice for that information.\n",
     "partial", False, ["s40(2)"]),
    # near misses: the whole said exempt; the Act's general words about some information
    ("the_data_is_exempt_and_withheld",
     "Response\nThe data is exempt from disclosure and has been withheld, so this reply is a Refusal Notice "
     "under Section 17 of the Act, relying on Section 31(1)(a).\n",
     "refused", False, ["s31(1)(a)"]),
    # (a share named beside the rest kept back under another ground withholds it all)
    ("some_exempt_under_one_ground_the_rest_under_another",
     "Response\nSome of the information is exempt under section 31(1)(a) of the Act and the rest under "
     "section 40(2), so this letter is a refusal notice.\n",
     "refused", False, ["s31(1)(a)", "s40(2)"]),
    ("some_exempt_and_the_rest_exempt_too",
     "Response\nSome of the information is exempt under section 31(1)(a) of the Act and the rest is exempt "
     "under section 40(2), so this letter is a refusal notice.\n",
     "refused", False, ["s31(1)(a)", "s40(2)"]),
    ("the_act_says_some_information_is_exempt",
     "Response\nThe Act recognises that some of the information held by public authorities is exempt. The "
     "information you asked for is exempt under Section 31(1)(a) of the Act and is withheld in full.\n",
     "refused", False, ["s31(1)(a)"]),

    # --- parts refused by their numbers
    ("questions_two_and_three_found_exempt",
     _THREE_ITEMS
     + "Having considered your request, I have found questions 2 and 3 to be exempt, and so this reply is a "
       "Refusal Notice under Section 17 of the Act, relying on the following exemption:\n"
       "Section 31 - Law Enforcement\n",
     "partial", False, ["s31"]),
    ("questions_four_and_five_are_withheld",
     "You asked for the following:\n1. How many vans does the unit have?\n2. Where are they kept?\n"
     "3. Who drives them?\n4. What routes do they take?\n5. When do they patrol?\nResponse\n"
     "Questions 4 & 5 are withheld under Section 31(1)(a) of the Act.\n",
     "partial", False, ["s31(1)(a)"]),
    # near misses: the numbers named cover every item listed
    ("questions_one_to_three_found_exempt",
     _THREE_ITEMS
     + "Having considered your request, I have found questions 1 to 3 to be exempt, and so this reply is a "
       "Refusal Notice under Section 17 of the Act, relying on Section 31(1)(a) of the Act.\n",
     "refused", False, ["s31(1)(a)"]),
    ("questions_one_two_and_three_are_exempt",
     _THREE_ITEMS
     + "Questions 1, 2 and 3 are exempt under Section 24(1) of the Act.\n",
     "refused", False, ["s24(1)"]),

    # --- a numbered question with no space after its number, a lone figure below it
    ("unspaced_numbers_and_a_lone_figure_beside_ncnd",
     "Request\n"
     "1) How many stop checks did the force record in 2023?\n"
     "2) Of those, how many led to an arrest?\n"
     "3) How many were carried out by the covert unit?\n"
     "Response\n"
     "1.Total stop checks the force recorded in 2023?\n"
     "48,210\n"
     "2.How many of those checks led to an arrest?\n"
     "3. Checks carried out by the covert unit?\n"
     "On questions 2 and 3 above:\n"
     "The force will neither confirm nor deny that it holds any of the information asked for, because "
     "Section 31(3) applies.\n",
     "partial", True, ["s31(3)"]),
    # near miss: no figure below the first question, every question NCND
    ("unspaced_numbers_all_neither_confirmed_nor_denied",
     "Request\n"
     "1) How many stop checks did the covert unit record in 2023?\n"
     "2) Of those, how many led to an arrest?\n"
     "Response\n"
     "1.Total stop checks the covert unit recorded in 2023?\n"
     "2.How many of those checks led to an arrest?\n"
     "On questions 1 and 2 above:\n"
     "The force will neither confirm nor deny that it holds any of the information asked for, because "
     "Section 31(3) applies.\n",
     "refused", True, ["s31(3)"]),

    # --- NCND as the law not requiring the writer to confirm or deny
    ("law_does_not_require_me_to_confirm_or_deny_the_rest",
     "DECISION\nWe can confirm that the force holds some relevant information. Some of it is provided below, "
     "but I regret that the law does not require me to release all of the information asked for, or to "
     "confirm or deny whether any further information is held. This letter is a Refusal Notice under "
     "Section 17 of the Act.\n",
     "partial", True, []),
    # near miss: what the Act permits, retold
    ("the_authority_is_not_required_to_confirm_or_deny",
     "Response\nThe request is refused as vexatious under Section 14(1) of the Act. No public interest test "
     "applies, and the authority is not required to give any information or to confirm or deny that it "
     "holds it.\n",
     "refused", False, ["s14(1)"]),
]


@pytest.mark.parametrize(("name", "text", "outcome", "ncnd", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_fourteenth_sight(name: str, text: str, outcome: str, ncnd: bool, grounds: list[str]) -> None:
    record = parse(text.encode())
    assert (record.outcome, record.ncnd, [e.code for e in record.exemptions]) == (outcome, ncnd, grounds)


def test_lone_figure_is_the_answers_evidence() -> None:
    """The figure alone below its restated question is the sentence the giving rests on, so the answer is
    not counted among those judged given with nothing to go on."""
    from parser.judgement import outcome

    record = parse(dict((c[0], c[1]) for c in CASES)["unspaced_numbers_and_a_lone_figure_beside_ncnd"].encode())
    judged = outcome.recent(record.body_text)
    assert judged is not None and "48,210" in judged.sentences["given"] and judged.guessed == 0

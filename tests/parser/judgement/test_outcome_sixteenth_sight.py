"""Outcome and NCND from issue 14, session 8 (round15): families of wording behind web29's misses at
its first sight, each written for these tests (no real page copied) with near misses that must keep
their outcome, stating the exact outcome, NCND and grounds parse() must give.

Rules (phrasings in parser/data/cues.yml, logic in parser/judgement/outcome.py):
- holding confirmed for everything asked and all of it kept back in the same sentence ("I can confirm
  that the force holds the information you asked for, but it cannot be disclosed, for the reasons
  below") refuses the whole request (whole_refusal): counts in the reasons that follow (records found,
  offences searched) are reasoning, not answers. Not "holds the information you asked for in part",
  "holds part of the information", nor "cannot be disclosed in full";
- a line naming only a period ("April 2011 - April 2012", "2019/20 to 2021/22") under a restated
  question is the years asked about: no figure and no answer (outcome._PERIOD_LINE); "2019 - 768"
  still states a figure; a question with a bracketed note after its mark is still the question;
- the writer "not able to confirm or not whether" it holds anything neither confirms nor denies (ncnd).
"""
from __future__ import annotations

import pytest

from parser import parse

_OPENING = (
    "Information held by Wessex Police, provided under the Freedom of Information Act 2000\n"
    "You asked:\n"
    "1. How many bicycles were reported stolen in each month of 2021?\n"
    "2. What was their total value?\n"
    "In Response:\n"
    "After your request was received, searches were carried out with the Crime Department. ")

_REASONS = (
    "These three offences were searched for:\n"
    "Theft of a pedal cycle\nTheft from a person\nBurglary of a shed\n"
    "2,418 crimes matched the offences above, and 611 of them had no property type recorded. Each of "
    "those would need to be read to find out whether a bicycle was taken.\n")

_PERIOD_REQUEST = (
    "Information held by Wessex Police, provided under the Freedom of Information Act 2000 (the 'Act')\n"
    '\n'
    'You asked: \n'
    '\n'
    'I would like to know the following:\n'
    ' \n'
    '1. How many reports of cycle theft have you received over the last 3 and a bit years.\n'
    'January 2019 - January 2020\n'
    'January 2020 - January 2021\n'
    'January 2021 - January 2022\n'
    'January 2022 - ( up to June 2022 )\n'
    ' \n'
    '2. How many of them led to a charge? (with the same yearly split as above).\n'
    ' \n'
    '3. How many bicycles were returned to their owners? (yearly split as above)\n'
    '\n'
    '\n'
    "We have now been able to consider your request in full, and my response follows.\n"
    "After your request was received, searches were carried out with the Crime Department. ")

_HARD_TO_FIND = (
    "The information you asked for is not held in a form that can easily be retrieved. Every crime report of a "
    "theft would have to be read to find those that involve bicycles.\n")

CASES = [
    # --- all of it held and all of it kept back, in one sentence
    ("holds_it_but_it_cannot_be_disclosed_beside_search_counts",
     _OPENING + "I can confirm that Wessex Police holds the information you asked for, but it cannot be "
     "disclosed, for the reasons below.\n" + _REASONS,
     "refused", False, []),
    ("holds_what_you_requested_however_it_will_not_be_released",
     _OPENING + "The force holds the information you requested; however, it will not be released, for the "
     "reasons set out below.\n" + _REASONS,
     "refused", False, []),
    # near misses: held in part, a part held, or not disclosed in full: the counts stay answers
    ("holds_it_in_part_but_it_cannot_be_disclosed",
     _OPENING + "I can confirm that Wessex Police holds the information you asked for in part, but it cannot "
     "be disclosed, for the reasons below.\n" + _REASONS,
     "partial", False, []),
    ("holds_part_of_it_but_it_cannot_be_released",
     _OPENING + "I can confirm that Wessex Police holds part of the information you asked for, but it cannot "
     "be released, for the reasons below.\n" + _REASONS,
     "partial", False, []),
    ("holds_it_but_it_cannot_be_disclosed_in_full",
     _OPENING + "I can confirm that Wessex Police holds the information you asked for, but it cannot be "
     "disclosed in full, for the reasons below.\n" + _REASONS,
     "partial", False, []),

    # --- the years asked about set out under a restated question
    ("period_lines_under_a_question_beside_a_whole_refusal",
     _PERIOD_REQUEST + "I can confirm that Wessex Police holds the information you asked for, but it cannot be "
     "disclosed within the time constraints of the Act, for the reasons below.\n" + _HARD_TO_FIND,
     "refused", False, ["s12"]),
    ("period_lines_under_a_question_beside_a_cost_refusal_in_words",
     _PERIOD_REQUEST + "The figures cannot be retrieved within the time constraints of the Act, for the reasons "
     "below.\n" + _HARD_TO_FIND,
     "refused", False, ["s12"]),
    # near miss: a year and its count under the question are figures given there
    ("year_and_count_lines_under_the_question_are_answers",
     _PERIOD_REQUEST.replace("January 2019 - January 2020", "2019 - 768").replace(
         "January 2020 - January 2021", "2020 - 702").replace("January 2021 - January 2022", "2021 - 655").replace(
         "January 2022 - ( up to June 2022 )", "2022 - 301")
     + "I can confirm that Wessex Police holds the information you asked for, but it cannot be disclosed within "
     "the time constraints of the Act, for the reasons below.\n" + _HARD_TO_FIND,
     "partial", False, ["s12"]),
    # near miss: a year and its count on the same line is a figure given
    ("year_and_count_lines_are_figures",
     "You asked how many cycle thefts were reported in each year.\n"
     "In Response:\nThe figures are below.\n2019 - 768\n2020 - 702\n2021 - 655\n",
     "disclosed", False, []),

    # --- NCND with "or not" before "whether"
    ("not_able_to_confirm_or_not_whether_under_s12_2",
     "You asked for the number of stalking reports charged in 2021.\n"
     "Wessex Police are not able to confirm or not whether we hold information relevant to your request, "
     "as we consider that the Section 12(2) exemption applies: finding out would exceed the cost limit.\n",
     "refused", True, ["s12(2)"]),
    # near miss: the holding confirmed, the figures refused on cost: no NCND
    ("able_to_confirm_the_holding_no_ncnd",
     "You asked for the number of stalking reports charged in 2021.\n"
     "Wessex Police can confirm that we hold information relevant to your request, but Section 12(1) "
     "applies, as retrieving it would exceed the cost limit.\n",
     "refused", False, ["s12(1)"]),
]


@pytest.mark.parametrize(("name", "text", "outcome", "ncnd", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_sixteenth_sight(name: str, text: str, outcome: str, ncnd: bool, grounds: list[str]) -> None:
    record = parse(text.encode(), path="t.txt")
    assert (record.outcome, record.ncnd, [e.code for e in record.exemptions]) == (outcome, ncnd, grounds)


@pytest.mark.parametrize(("line", "period"), [
    ("April 2011 - April 2012", True),
    ("2019/20 to 2021/22", True),
    ("Jan 2020 – Dec 2020", True),
    ("April 2014 - ( up to Aug 2014 )", True),
    ("2019 - 768", False),
    ("April 2012 - 45", False),
    ("2020 – 2,013", False),
])
def test_period_line(line: str, period: bool) -> None:
    from parser.judgement.outcome import _PERIOD_LINE
    assert bool(_PERIOD_LINE.match(line)) is period


@pytest.mark.parametrize(("sentence", "whole"), [
    ("The service holds the information you asked for, but it is exempt, so we are not releasing it to you.", True),
    ("The service holds the information you requested, but it is exempt in part under section 40(2).", False),
    ("The service holds the information you asked for, but it cannot be released in its entirety.", False),
])
def test_whole_refusal_of_all_that_is_held(sentence: str, whole: bool) -> None:
    from parser.judgement import cues
    assert bool(cues.search("whole_refusal", sentence)) is whole

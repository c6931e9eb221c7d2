"""Outcome kinds from issue 14, session 7 (outcome11): families of wording behind the outcome misses of
web20 at its first sight, each written for these tests (no real page copied) with its opposites,
stating the exact outcome and grounds parse() must give.

Rules (phrasings in parser/data/cues.yml, logic in parser/judgement/outcome.py):
- a share released in the writer's words ("I have decided today to give you some of the information that
  was found") is partial (partial); "give you all of the information" is not;
- a share withheld in the writer's own act ("We have withheld some of the data because it is exempt")
  is partial even where the same sentence calls the reply a refusal notice (partial_share); a notice
  that only names the parts it refuses, with nothing else given, stays refused;
- a not-held answer whose reason follows a colon or "because" ("This information is not held: the
  invoices do not say whether ...") is not held; the guard's "say whether" reads the reason only
  (outcome._guard_in_reason), so "we cannot say whether it is held" stays no not-held statement;
- the cost limit in words with the writer's adverb or the limit's own words ("it would certainly take
  more than the 18 working hours") is the cost limit relied on (cost_refusal); "would not take more
  than 18 hours" is not;
- data extracted all the same beside a cost refusal ("From the custody system I have taken the data
  for ...") is goodwill: partial (goodwill); "we would have to extract the data" is not;
- an NCND of everything asked ("neither confirm nor deny that it holds any such information") beside
  numbered questions whose only lines are the request's own ("Please give the figures by year.") is
  refused: the items are the request (strong_whole with ncnd_whole); a numbered item with a figure
  stays partial;
- a pointer to published material (s21) beside something given beyond it ("There has also been one
  further sale since then, as follows:") is partial (disclosed_beyond); the pointer alone, or beside
  "you may also find the following useful:", stays refused.
"""
from __future__ import annotations

import pytest

from parser import parse

_NCND_ALL = ("The force will neither confirm nor deny that it holds any such information, relying on "
             "section 24(2) and section 31(3) of the Act.\n")

CASES = [
    # --- a share released in words
    ("give_you_some_of_the_information",
     "Response\nI have decided today to give you some of the information that was found.\n"
     "The force will neither confirm nor deny that it holds information on referrals of officers, "
     "relying on section 24(2) of the Act.\n",
     "partial", ["s24(2)"]),
    ("give_you_part_of_what_you_asked",
     "Response\nWe can give you part of what you asked for. The details of informants are exempt under "
     "section 30(2).\n",
     "partial", ["s30(2)"]),
    ("able_to_give_you_some_of_the_details",
     "Reply\nI am able to give you some of the details you asked for, but the locations are exempt "
     "under section 31(1)(a).\n",
     "partial", ["s31(1)(a)"]),
    # opposite: all of it given
    ("give_you_all_of_the_information",
     "Response\nI have decided today to give you all of the information that was found.\n"
     "The force owns 24 boats.\n",
     "disclosed", []),

    # --- a share withheld, in the writer's own act, beside "refusal notice"
    ("withheld_some_of_the_data_refusal_notice",
     "Decision\nWe have withheld some of the data because it is exempt from disclosure, so this response "
     "is a Refusal Notice under Section 17 of the Act, relying on the exemption below:\n"
     "Section 31(3) - Law Enforcement\n",
     "partial", ["s31(3)"]),
    ("force_has_redacted_part_of_the_information",
     "Response\nThe force has redacted part of the information under section 40(2), and this letter is "
     "a refusal notice for that part.\n",
     "partial", ["s40(2)"]),
    ("ive_withheld_some_of_the_figures",
     "Reply\nI've withheld some of the figures under section 31(1)(a) because they are very small.\n",
     "partial", ["s31(1)(a)"]),
    # opposites: nothing withheld; a notice naming only the parts it refuses
    ("have_not_withheld_any",
     "Response\nWe have not withheld any of the data. The force dealt with 312 incidents in 2022.\n",
     "disclosed", []),
    ("notice_for_those_parts_only",
     "Response\nFor those parts of your request, this letter is that refusal notice. The information is "
     "exempt under section 31(1)(a).\n",
     "refused", ["s31(1)(a)"]),

    # --- not held, with its reason after a colon
    ("not_held_colon_do_not_say_whether",
     "Q1 - How many pursuits were there in 2023?\n131 pursuits were recorded in 2023.\n"
     "Q2 - What was the repair cost of those pursuits?\n"
     "This information is not held by the force: the repair invoices do not say whether the damage "
     "came from a pursuit.\n",
     "partial", []),
    ("not_recorded_because_cannot_tell_whether",
     "Response\nThe force has 212 dogs in service.\nThe cost of their food is not recorded because the "
     "invoices do not show whether they cover dogs or horses.\n",
     "partial", []),
    # opposite: the "whether" is the statement itself
    ("cannot_say_whether_it_is_held",
     "Response\nThe force has 212 dogs in service. We cannot say whether the cost of their food is held "
     "without a search of every invoice.\n",
     "disclosed", []),

    # --- the cost limit in words, with an adverb or the limit's own words
    ("would_certainly_take_more_than_18_working_hours",
     "Response\nThe records are spread over several departments. Finding every case would be a large "
     "task, and it would certainly take more than the 18 working hours.\n",
     "refused", None),
    ("would_clearly_take_well_over_24_hours",
     "Response\nSearching each file by hand would clearly take well over the 24 hours allowed, so we "
     "cannot answer your request.\n",
     "refused", ["s12"]),
    ("exceed_the_18_working_hours",
     "Response\nLocating the reports would exceed the 18 working hours the law sets.\n",
     "refused", None),
    # opposite: within the limit
    ("would_not_take_more_than_18_hours",
     "Response\nThe search would not take more than 18 hours, so the figures are set out here: the "
     "force recorded 45 thefts in 2021.\n",
     "disclosed", []),

    # --- data extracted all the same beside a cost refusal
    ("have_taken_the_data_for_beside_s12",
     "Exemptions Applied:\nSection 12 - Exemption where cost of compliance exceeds appropriate limit\n"
     "Response:\nNo system records the occasions you describe. From the custody system I have taken the "
     "data for persons actually detained within a custody suite.\n",
     "partial", ["s12"]),
    ("have_extracted_the_figures_from",
     "Response\nAnswering the request in full would exceed the appropriate limit under section 12(1). We "
     "have however extracted the figures from the crime system for 2019.\n",
     "partial", ["s12(1)"]),
    # opposite: the extraction the refusal describes
    ("would_have_to_extract_the_data",
     "Response\nWe would have to extract the data for each case by hand, so answering would exceed the "
     "appropriate limit under section 12(1).\n",
     "refused", ["s12(1)"]),

    # --- NCND of everything beside numbered questions restated
    ("ncnd_all_beside_restated_questions",
     "Your request:\n1. How many people have GPs referred to the programme since 2014?\n"
     "Please give the referral numbers for each year separately.\n"
     "2. How many people have nurses referred to the programme since 2014?\n"
     "Please give the referral numbers for each year separately.\n"
     "Your request has now been considered and our answer follows.\n" + _NCND_ALL,
     "refused", ["s24(2)", "s31(3)"]),
    ("ncnd_whether_any_information_is_held_restated",
     "Request\n1. How many officers were referred?\nPlease provide the totals by rank.\n"
     "2. How many staff were referred?\nPlease provide the totals by grade.\n"
     "The force can neither confirm nor deny whether any information relevant to your request is held, "
     "by virtue of section 23(5) of the Act.\n",
     "refused", ["s23(5)"]),
    # opposite: a numbered answer with a figure beside an NCND of one part
    ("ncnd_one_part_beside_figure",
     "1. How many officers work in the unit?\n1. 45 officers work in the unit.\n"
     "2. How many covert operations did it run?\n2. The force neither confirms nor denies that it holds "
     "information on covert operations, relying on section 31(3).\n",
     "partial", ["s31(3)"]),

    # --- a pointer for most of it beside something given beyond it
    ("s21_most_and_one_further_sale",
     "Request\nPlease tell me how many police stations have closed each year since 2015.\n"
     "Response\nSection 21 of the Act means we do not have to give information that is already "
     "reasonably accessible to you. Most of what you asked for is published on this website:\n"
     "Police Stations - Freedom of Information (\n"
     "There has also been one further sale since then, as follows:\n"
     "Wharf Road Station, Kings Norton\n Sale: 20 August 2021\n",
     "partial", ["s21"]),
    ("s21_and_in_addition_the_following",
     "Response\nThe figures to 2021 are published in our annual report, so section 21 applies to them. "
     "In addition, the following stations closed in 2022:\nHighfield\nLowmoor\n",
     "partial", ["s21"]),
    # opposites: the pointer alone; further reading offered
    ("s21_pointer_alone",
     "Response\nSection 21 of the Act means we do not have to give information that is already "
     "reasonably accessible to you. What you asked for is published on this website:\n"
     "Police Stations - Freedom of Information\n",
     "refused", ["s21"]),
    ("s21_and_would_also_rely_on_the_following",
     "Response\nHaving looked at what you have asked for, we consider that the exemption at Section 21 is "
     "engaged for this request, as the guidance is published on our website.\n"
     "We would also rely on the following:\nSection 1(1)(a) sets out the duty to confirm.\n",
     "refused", ["s21"]),
    ("s21_and_you_may_also_find_the_following_useful",
     "Response\nThe information is published on our website, so section 21 applies. You may also find "
     "the following useful:\nStation opening hours\n",
     "refused", ["s21"]),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_eleventh_sight(name: str, text: str, expected: str, grounds: list[str] | None) -> None:
    """grounds None: the outcome alone is this step's (the cost limit in words as a ground is the grounds
    step's, parser/data/grounds.yml cost_in_words, which does not yet read these two phrasings)."""
    record = parse(text.encode())
    if grounds is None:
        assert record.outcome == expected
        return
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)

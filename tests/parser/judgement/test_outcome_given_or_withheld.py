"""Outcome: whether a "given" signal is information asked for, and whether a "withheld" or "not
held" signal is about this request, found on the real-derived batches web15 and let10 (tests/real)
and written here as general kinds, each beside its opposite case. No real page is copied; every
case states the exact outcome parse() (or the named step) must give.

Rules (parser/judgement/outcome.py, phrasings in parser/data/cues.yml):
- a letter's heading block with any "Date ...:" field ("Date sent out:") is metadata, no table of
  figures (metadata_label);
- a letter naming an annex ("enclosed as Annex B. We cannot ...") ends its sentence there (a label,
  not an initial: parser/judgement/spans.py), so the giving is read apart from the withholding;
- a part of a law ("Part 2 Police Reform Act 2002") is no part of the request, and its year no
  figure given for a part (_PART_OF_LAW);
- a retold refusal of "an FOI request" covers the whole request (whole_refusal,
  withheld_whole_subject); "may refuse a request where ..." explains the Act;
- a refusal naming its part beside a withholding of the whole ("I am not obliged to release the
  information") leaves no part answered (_rest_withheld_too);
- "the information you asked for is published on our website", with nothing given, withheld or
  said not held, is a pointer for all of it: refused (published_pointer); a link to background
  beside an answer in words is not;
- a retold refusal of the thing asked for: "they will not release it" (withholding_said);
- "Data not held." is a not-held answer (not_held);
- a field the records lack, in a sentence that says how the answer was got all the same ("..., so
  the analysis was carried out on the narratives"), is no part not held (not_held_guard);
- the requester's condition retold ("the requester added that if ... would exceed the cost limit
  in Section 12") relies on nothing (ground_in_condition);
- "we do not use X" answering a question that asks whether X is done says no (not_held_practice,
  yes_no_question); answering "how many ..." it is a part not held;
- what a caveat block under the data says is not held, or what the figures leave out, limits the
  data given (caveat_intro); a year named there is still a part not held.
"""
from __future__ import annotations

import pytest

from parser import parse
from parser.judgement import outcome
from parser.record import Exemption, Table

CASES = [
    # --- a part of a law is background, not a part of the request
    ('duty_to_assist_background_under_a_law_part',
     'Response\nWe hold the information, but complying with your request would exceed the appropriate limit under section 12(1).\n'
     'In line with our duty to assist, we can tell you that talks are under way on a data-sharing agreement to meet Part 2 Police Reform Act 2002 requirements.\n',
     'refused', ['s12(1)']),
    ('figure_given_for_a_named_question',
     'Response\nWe hold the information, but complying with your request would exceed the appropriate limit under section 12(1).\n'
     'For question 2, we can tell you there were 318 arrests in 2020.\n',
     'partial', ['s12(1)']),
    # --- "Annex A." ends a sentence (a label, not an initial): the giving is a sentence of its own
    ('enclosed_as_annex_letter_then_withholding',
     'Response\nPart of what you asked for is enclosed as Annex B. We cannot give you the remainder, because section 38(1)(b) applies to it.\n',
     'partial', ['s38(1)(b)']),
    ('initial_then_withholding',
     'Response\nThe review you asked for was written by Inspector K. Morgan. We cannot give you the review, because section 38(1)(b) applies to it.\n',
     'refused', ['s38(1)(b)']),
    # --- a retold refusal of an FOI request covers all of it
    ('retold_refusal_of_an_foi_request',
     'Blog post\nThe county force relied on section 31(1)(a) to refuse an FOI request for its list of mobile camera sites. '
     'Roadside cameras are a familiar sight in rural districts.\n',
     'refused', ['s31(1)(a)']),
    ('retold_withholding_of_one_thing',
     'Blog post\nThe county force relied on section 43(2) to withhold the unit prices. '
     'The camera contract runs until 2027.\n',
     'partial', ['s43(2)']),
    # --- a scoped NCND beside a withholding of the whole
    ('scoped_ncnd_beside_whole_withholding',
     'Response\nI can confirm that the force holds some information relevant to question 2.\n'
     'As to passing that information to you, I am not obliged to release the information.\n'
     'For question 1, the force neither confirms nor denies that it holds the information, by virtue of section 23(5).\n',
     'refused', ['s23(5)']),
    ('scoped_ncnd_alone',
     'Response\nFor question 1, the force neither confirms nor denies that it holds the information, by virtue of section 23(5).\n',
     'partial', ['s23(5)']),
    # --- a pointer to published material for all of it
    ('pointer_to_where_it_is_published',
     'Decision\nThe information you requested is already published on our open data website under Road Safety.\n'
     'There you can filter the records by year and by district.\n',
     'refused', []),
    ('background_link_beside_an_answer',
     'Decision\nThe Constabulary follows the national crime recording standard. The standard itself is published by the Home Office on its website.\n',
     'disclosed', []),
    # --- a retold refusal of the thing asked for
    ('they_will_not_release_it',
     'My request\nIn short they will not release it, saying disclosure would harm relations with a foreign government.\n',
     'refused', []),
    ('they_have_released_it',
     'My request\nIn short they released the assessment, and the document is attached to this post.\n',
     'disclosed', []),
    # --- "Data not held." beside counts
    ('data_not_held_beside_counts',
     'Request\n1. How many fires involved scooters in 2021?\n2. How many involved mobility scooters?\n'
     'Decision\n1. Fourteen fires involved scooters in 2021.\n2. Data not held.\n',
     'partial', []),
    ('counts_for_every_question',
     'Request\n1. How many fires involved scooters in 2021?\n2. How many involved mobility scooters?\n'
     'Decision\n1. Fourteen fires involved scooters in 2021.\n2. Three fires involved mobility scooters in 2021.\n',
     'disclosed', []),
    # --- a field the records lack, and the way the answer was got all the same
    ('lacking_field_worked_around',
     'Response\nOur call records do not capture the type of battery, so the analysis was carried out on the free-text incident notes.\n'
     'The tables produced are in the attached spreadsheet.\n',
     'disclosed', []),
    ('lacking_field_not_worked_around',
     'Response\nOur call records do not capture the type of battery.\n'
     'The tables for your other questions are in the attached spreadsheet.\n',
     'partial', []),
    # --- "we do not use X" says no to "whether X"
    ('no_to_a_whether_question',
     'Request\n1. the number of parking fines issued in 2022;\n2. whether the council uses private bailiffs to collect unpaid fines.\n'
     'Our response\n1. 212\n2. We do not use private bailiffs to collect fines.\n',
     'disclosed', []),
    ('does_not_use_beside_a_count_asked',
     'Request\n1. the number of parking fines issued in 2022;\n2. the number of fines collected by drones.\n'
     'Our response\n1. 212\n2. We do not use drones.\n',
     'partial', []),
    # --- a caveat on the data given
    ('caveat_on_the_data_given',
     'Response\nThe figures come from our penalty notice system. Please note these caveats:\n'
     'We do not hold the outcomes of cases sent to court, as those are not entered on this system.\n'
     'Year | Fines\n2021 | 40\n2022 | 52\n',
     'disclosed', []),
    ('caveat_naming_a_year_not_held',
     'Response\nThe figures come from our penalty notice system. Please note these caveats:\n'
     'We do not hold figures for 2020, as the system only began in 2021.\n'
     'Year | Fines\n2021 | 40\n2022 | 52\n',
     'partial', []),
    ('what_the_figures_leave_out',
     'Response\nThe totals are below.\nYear | Fines\n2021 | 40\n2022 | 52\n'
     'The total leaves out drivers sent to court for several offences (these are not recorded on the system).\n',
     'disclosed', []),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_given_or_withheld(name: str, text: str, expected: str, grounds: list[str]) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)


COST = "Response\nFinding each notice would exceed the appropriate limit under section 12(1).\n"
_S12 = [Exemption(code="s12(1)", section="12", statute="FOIA",
                  evidence="Finding each notice would exceed the appropriate limit under section 12(1).")]


@pytest.mark.parametrize(("table", "expected"), [
    # the letter's heading block, with a date field of any name: nothing given
    (Table(header=[], rows=[["Reference Number:", "4471"], ["Date sent out:", "3 March 2019"]]), "refused"),
    # a labelled figure beside the same refusal: given all the same
    (Table(header=[], rows=[["Notices issued in 2019:", "4471"], ["Notices paid:", "3,012"]]), "partial"),
])
def test_a_date_field_of_any_name_is_heading_metadata(table: Table, expected: str) -> None:
    got, _ = outcome.decide(COST, exemptions=_S12, ncnd=False, tables=[table])
    assert got == expected


@pytest.mark.parametrize(("evidence", "expected"), [
    ("The requester added that if listing every notice would exceed the cost limit in Section 12, totals would do.", True),
    ("Listing every notice would exceed the cost limit in Section 12.", False),
])
def test_the_requesters_condition_relies_on_nothing(evidence: str, expected: bool) -> None:
    assert outcome.in_condition(Exemption(code="s12", section="12", statute="FOIA", evidence=evidence)) is expected

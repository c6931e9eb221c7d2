"""Outcome judged part by part, on the phrasings issue 14 found in real replies.

Each text is written for this test (no real reply is copied) and states the record parse()
must give: outcome, grounds relied on, NCND and the sentences the outcome rests on. One
case per phrasing kind: partial given as goodwill after a cost refusal, totals under s16,
"held in part"; refusals that give only s16 advice or an s21 pointer; not-held replies that
explain or answer a neighbouring question; disclosures that only mention exemptions or the
right to complain; answers that restate their question; withholding said in words.
"""
from __future__ import annotations

import pytest

from parser import parse
from parser.judgement import outcome
from parser.judgement.exemptions import find_exemptions

# -- partial ---------------------------------------------------------------------------------

GOODWILL_AFTER_COST_IN_WORDS = (
    "Response\n"
    "Our systems do not let us answer every part of your request within the appropriate (cost) limit.\n"
    "As a gesture of goodwill we have supplied the one figure we found before the limit was reached: "
    "the force took 58 reports of stolen quad bikes in 2023.\n"
)
TOTAL_UNDER_S16 = (
    "Response\n"
    "Breaking the figures down by ward would exceed the cost limit of 18 hours, so section 12(1) applies "
    "to your request.\n"
    "Under section 16 I can give you the county total, which was 1,204 calls in 2022.\n"
)
HELD_IN_PART = (
    "Response\n"
    "I can confirm that the information you asked for is held, in part, by the constabulary.\n"
    "I am able to disclose the located information to you as follows.\n"
    "2021 | 17\n"
    "2022 | 23\n"
)
ECHOED_ANSWERS = (
    "Dear Ms Rowe\n"
    "Thank you for your request. Our answers follow.\n"
    "1. The number of speed cameras in the county.\n"
    "There are 64 fixed camera housings in the county.\n"
    "2. The location of each camera.\n"
    "This information is exempt under section 31(1)(a) because it would help drivers avoid enforcement.\n"
    "3. The income from each camera.\n"
    "Fines are paid to central government, so this information is not held.\n"
)
REQUEST_REPLY_PAIRS = (
    "Request\n"
    "How many fire engines does the service own?\n"
    "Reply\n"
    "The service owns 31 fire engines.\n"
    "Request\n"
    "Where is each engine kept overnight?\n"
    "Reply\n"
    "This is exempt under section 24(1), as the locations would show where cover is thin.\n"
)
ONE_PART_WITHHELD_IN_WORDS = (
    "In response:\n"
    "The information we found can be released to you as follows.\n"
    "1a) 12\n"
    "1b) We will not answer this part, and in withholding it we rely on the exemption below.\n"
)
REFUSAL_BESIDE_WHAT_WAS_ENCLOSED = (
    "Response\n"
    "The minutes of the two meetings are enclosed.\n"
    "The consultant's report was shared with us in confidence and we are not able to release it.\n"
)
GENERIC_COST_EXPLANATION_ONE_PART = (
    "Response\n"
    "Domestic abuse can be reported online or by calling 101.\n"
    "Your question about the number of reports made by teachers has engaged section 12(1).\n"
    "Section 12 allows a public authority to refuse a request where the cost of complying would exceed "
    "the appropriate limit.\n"
)

# -- refused ---------------------------------------------------------------------------------

COST_IN_WORDS_WITH_ADVICE = (
    "Our response:\n"
    "I am sorry that we cannot give you the information you asked for.\n"
    "We estimate that finding it would exceed the time threshold, because every custody record for "
    "five years would have to be read.\n"
    "If you would like to narrow your request, see the advice under Section 16 below.\n"
)
NOT_OBLIGED_TEMPLATE = (
    "I have now considered your request, and I am not obliged to supply the information you asked for.\n"
    "You wrote:\n"
    "Please list every civilian role in the control room with its pay grade.\n"
)
S21_POINTER_FOR_ALL = (
    "Response\n"
    "The figures you ask for are published each quarter on the force website, so they are exempt under "
    "section 21 of the Act as reasonably accessible to you by other means.\n"
)
REQUEST_REFUSED_IN_A_TABLE_ROW = (
    "Request | Response\n"
    "Could you please tell me the number of thefts of catalytic converters each day? | This request is "
    "refused under Section 12(1) of the FOIA; locating the records would exceed the 18 hour limit.\n"
)
WITHHELD_IN_WORDS_ONLY = (
    "In response:\n"
    "I can confirm that the force holds the information you asked for, but it cannot be disclosed, "
    "for the reasons below.\n"
)

# -- not held --------------------------------------------------------------------------------

NOT_HELD_EXPLAINED = (
    "Response\n"
    "1) The service does not routinely record whether a fire started in a vacant building, and a search "
    "of the incident log gave a Nil Return.\n"
    "2) N/A\n"
)
WE_DO_NOT_USE = (
    "Response 14-03-2024\n"
    "1. We do not use drones\n"
    "2. - 4. N/A\n"
)
NOT_HELD_WITH_REDIRECT = (
    "Response\n"
    "1. How many cameras does the police control in the town centre?\n"
    "The town centre cameras are run by the borough council, and the police do not hold this information.\n"
    "2. Which cameras were out of order last month?\n"
    "As above, the council operates the system. Please send your request to the borough council.\n"
)

# -- disclosed -------------------------------------------------------------------------------

DISCLOSED_MENTIONING_EXEMPTIONS = (
    "Response\n"
    "Please find attached the figures you asked for.\n"
    "Where we withhold information we must say which exemption applies; no exemption has been applied here.\n"
    "If you are unhappy with this response you may ask for an internal review and then complain to the "
    "Information Commissioner.\n"
)
DISCLOSED_WITH_REQUESTERS_COST_CONDITION = (
    "You asked:\n"
    "- How many dispersal orders were made in 2023.\n"
    "- If this can be done within the cost limit in Section 12 of the FOIA, the reason for each.\n"
    "Response\n"
    "The council made 4 dispersal orders in 2023, all for groups gathering outside the station.\n"
)

S16_OFFER_OF_A_NARROWER_REQUEST = (
    "Response\n"
    "Each of the 3,000 incident logs would have to be read, which would go well beyond the appropriate "
    "cost limit of £450, so the exemption in s12(1) is engaged.\n"
    "Under our s16 duty I can tell you that we may be able to give you the figures for a single year; "
    "if that would help, please make a new request.\n"
)

GOODWILL = ("As a gesture of goodwill we have supplied the one figure we found before the limit was reached: "
            "the force took 58 reports of stolen quad bikes in 2023.")
COST_WORDS = "Our systems do not let us answer every part of your request within the appropriate (cost) limit."
S12_WARD = "Breaking the figures down by ward would exceed the cost limit of 18 hours, so section 12(1) applies to your request."
TEACHERS = "Your question about the number of reports made by teachers has engaged section 12(1)."
LOGS = ("Each of the 3,000 incident logs would have to be read, which would go well beyond the appropriate "
        "cost limit of £450, so the exemption in s12(1) is engaged.")
DISCLOSED_WITH_CAVEATS = (
    "Response\n"
    "The figures you asked for are set out below.\n"
    "2022 | 311\n"
    "2023 | 287\n"
    "Finding these figures did not exceed the cost limit, so the whole request has been answered.\n"
    "The constabulary does not use a national system, so figures may differ from other forces' figures.\n"
)

# (name, text, outcome, grounds, the sentences the outcome rests on)
CASES = [
    ("goodwill_after_cost_in_words", GOODWILL_AFTER_COST_IN_WORDS, "partial", ["s12"], [GOODWILL, COST_WORDS]),
    ("total_under_s16", TOTAL_UNDER_S16, "partial", ["s12(1)"], [
        "Under section 16 I can give you the county total, which was 1,204 calls in 2022.", S12_WARD]),
    ("held_in_part", HELD_IN_PART, "partial", [], [
        "I am able to disclose the located information to you as follows.",
        "I can confirm that the information you asked for is held, in part, by the constabulary."]),
    ("echoed_answers", ECHOED_ANSWERS, "partial", ["s31(1)(a)"], [
        "There are 64 fixed camera housings in the county.",
        "This information is exempt under section 31(1)(a) because it would help drivers avoid enforcement."]),
    ("request_reply_pairs", REQUEST_REPLY_PAIRS, "partial", ["s24(1)"], [
        "The service owns 31 fire engines.",
        "This is exempt under section 24(1), as the locations would show where cover is thin."]),
    ("one_part_withheld_in_words", ONE_PART_WITHHELD_IN_WORDS, "partial", [], [
        "The information we found can be released to you as follows.",
        "1b) We will not answer this part, and in withholding it we rely on the exemption below."]),
    ("refusal_beside_what_was_enclosed", REFUSAL_BESIDE_WHAT_WAS_ENCLOSED, "partial", [], [
        "The minutes of the two meetings are enclosed.",
        "The consultant's report was shared with us in confidence and we are not able to release it."]),
    ("generic_cost_explanation_one_part", GENERIC_COST_EXPLANATION_ONE_PART, "partial", ["s12(1)"], [TEACHERS]),
    # the cost limit relied on in words is s12 (the corpus convention; fields5)
    ("cost_in_words_with_advice", COST_IN_WORDS_WITH_ADVICE, "refused", ["s12"], [
        "We estimate that finding it would exceed the time threshold, because every custody record for five "
        "years would have to be read."]),
    ("s16_offer_of_a_narrower_request", S16_OFFER_OF_A_NARROWER_REQUEST, "refused", ["s12(1)"], [LOGS]),
    ("not_obliged_template", NOT_OBLIGED_TEMPLATE, "refused", [], [
        "I have now considered your request, and I am not obliged to supply the information you asked for."]),
    ("s21_pointer_for_all", S21_POINTER_FOR_ALL, "refused", ["s21"], [
        "The figures you ask for are published each quarter on the force website, so they are exempt under "
        "section 21 of the Act as reasonably accessible to you by other means."]),
    ("request_refused_in_a_table_row", REQUEST_REFUSED_IN_A_TABLE_ROW, "refused", ["s12(1)"], [
        "This request is refused under Section 12(1) of the FOIA; locating the records would exceed the 18 hour limit."]),
    ("withheld_in_words_only", WITHHELD_IN_WORDS_ONLY, "refused", [], [
        "I can confirm that the force holds the information you asked for, but it cannot be disclosed, for the "
        "reasons below."]),
    ("not_held_explained", NOT_HELD_EXPLAINED, "not_held", [], [
        "1) The service does not routinely record whether a fire started in a vacant building, and a search of "
        "the incident log gave a Nil Return.", "2) N/A"]),
    # (answers numbered 1, 2 ... after the label, with no numbered request, are one answer each:
    # the "N/A" answer is evidence too)
    ("we_do_not_use", WE_DO_NOT_USE, "not_held", [], ["1. We do not use drones", "2. - 4. N/A"]),
    ("not_held_with_redirect", NOT_HELD_WITH_REDIRECT, "not_held", [], [
        "The town centre cameras are run by the borough council, and the police do not hold this information.",
        "Please send your request to the borough council."]),
    ("disclosed_mentioning_exemptions", DISCLOSED_MENTIONING_EXEMPTIONS, "disclosed", [], [
        "Please find attached the figures you asked for."]),
    # a cost limit "not exceeded" and a caveat that the force "does not use" a system: no refusal, nothing not held
    ("disclosed_with_caveats", DISCLOSED_WITH_CAVEATS, "disclosed", [], [
        "The figures you asked for are set out below."]),
    ("disclosed_with_requesters_cost_condition", DISCLOSED_WITH_REQUESTERS_COST_CONDITION, "disclosed", [], [
        "The council made 4 dispersal orders in 2023, all for groups gathering outside the station."]),
]


@pytest.mark.parametrize(("name", "text", "outcome", "grounds", "evidence"), CASES, ids=[c[0] for c in CASES])
def test_outcome_by_parts(name: str, text: str, outcome: str, grounds: list[str], evidence: list[str]) -> None:
    r = parse(text.encode(), path=f"{name}.txt")
    assert (r.outcome, r.ncnd, [e.code for e in r.exemptions], r.outcome_evidence) == (outcome, False, grounds, evidence)


def test_goodwill_after_the_cost_limit_is_partial_without_a_disagreement_warning() -> None:
    r = parse(TOTAL_UNDER_S16.encode(), path="s16.txt")
    assert [w for w in r.warnings if w.startswith("outcome:")] == []
    assert (r.outcome_confidence, r.needs_review) == (0.75, False)


def test_a_whole_refusal_under_s14_with_figures_still_warns() -> None:
    text = ("Response\nWe are refusing your request under section 14(1) as it is vexatious.\n"
            "Please find attached the figures you asked for.\n")
    r = parse(text.encode(), path="s14.txt")
    assert r.outcome == "partial"
    assert [w for w in r.warnings if w.startswith("outcome:")] == [
        "outcome: a refusal of the whole request (s14(1)) disagrees with information given "
        "(Please find attached the figures you asked for.); chose partial"]
    assert r.needs_review is True


def test_numbered_request_items_that_wrap_are_not_answers() -> None:
    # a letter's request list: each item runs on to the next line, then one refusal answers all
    text = (
        "You asked for the following for each division of the force for the years 2019 to 2023:\n"
        "1. the number of reports of fly-tipping on private land that officers attended in the\n"
        "division, by month and by the type of waste involved in each report made to us;\n"
        "2. the number of those reports that were passed to the local council for enforcement or\n"
        "clearance, by month and by the council the report was passed to at that time.\n"
        "Locating this information would exceed the appropriate limit, so section 12(1) applies.\n"
    )
    assert outcome._echo_parts(text) == []
    r = parse(text.encode(), path="wrapped.txt")
    assert (r.outcome, [e.code for e in r.exemptions]) == ("refused", ["s12(1)"])


def test_judgement_keeps_each_kind_of_sentence() -> None:
    j = outcome.judge(ECHOED_ANSWERS, exemptions=find_exemptions(ECHOED_ANSWERS, regime="FOIA"), ncnd=False, tables=[])
    assert (j.outcome, j.parts, j.guessed) == ("partial", 3, 0)
    assert j.sentences == {
        "given": ["There are 64 fixed camera housings in the county."],
        "withheld": ["This information is exempt under section 31(1)(a) because it would help drivers avoid enforcement."],
        "not_held": ["Fines are paid to central government, so this information is not held."],
        "partial": [],
    }


def test_numbered_request_items_with_the_requesters_own_notes_are_not_answers() -> None:
    text = (
        "Your request:\n"
        "1. The number of drones the force owns.\n"
        "I would like this split by the unit that flies them.\n"
        "2. The cost of each drone.\n"
        "Could you include any maintenance contracts as well.\n"
        "The information is exempt under section 24(1) and section 31(1)(a), as it would show the force's capability.\n"
    )
    assert outcome._echo_parts(text) == []
    r = parse(text.encode(), path="notes.txt")
    assert (r.outcome, [e.code for e in r.exemptions]) == ("refused", ["s24(1)", "s31(1)(a)"])


def test_a_long_restated_question_without_a_stop_still_opens_its_answer() -> None:
    # page text: the restated question runs to a letter's line length but the answer below ends a sentence
    text = (
        "1) When was the statement about the road closure posted on your website: Road Closure Update, Ripon\n"
        "The statement was posted at 09.15 on 3 March 2024.\n"
        "2) Copies of the body worn video recorded at the closure by the officers who attended it that day\n"
        "This footage is exempt under section 30(1)(a), as it is held for an ongoing investigation.\n"
    )
    assert [p.start for p in outcome._echo_parts(text)][1:] == [0, text.index("2)")]
    r = parse(text.encode(), path="restated.txt")
    assert (r.outcome, [e.code for e in r.exemptions], r.outcome_evidence) == ("partial", ["s30(1)(a)"], [
        "The statement was posted at 09.15 on 3 March 2024.",
        "This footage is exempt under section 30(1)(a), as it is held for an ongoing investigation."])


def test_a_cost_reckoned_at_the_fees_rate_refuses_its_part() -> None:
    text = (
        "1. How many custody suites does the force run?\n"
        "The force runs 4 custody suites.\n"
        "2. How many detainees in each suite needed an interpreter?\n"
        "Each of the 12,400 custody records would have to be opened, at about 3 minutes a record: 620 hours, "
        "which at £25 per hour comes to £15,500.\n"
    )
    r = parse(text.encode(), path="fees_rate.txt")
    assert (r.outcome, [e.code for e in r.exemptions], r.outcome_evidence) == ("partial", [], [
        "The force runs 4 custody suites.",
        "Each of the 12,400 custody records would have to be opened, at about 3 minutes a record: 620 hours, "
        "which at £25 per hour comes to £15,500."])

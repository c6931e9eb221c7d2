"""Grounds families behind the misses left after session 6 (grounds9), each written for these tests
in several wordings with its opposite and the exact expected codes: a provision named in the
requester's own first-person request line, a reported request that runs on past a semicolon, a
refusal retold and then superseded, a cost refusal worked out in hours of searching or priced at the
Fees Regulations' £25 an hour (s12 by the session-6 convention, tests/real/README.md), a claim listed
as the pre-2018 "40(5)" and then described by its inserted subsection, and citation slips ("(a)/(b)",
an unclosed last bracket)."""
from __future__ import annotations

import pytest

from parser.fields.sections import split_request_response
from parser.judgement.citations import find_citations
from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    """The codes relied on, with the request told apart as the pipeline tells it."""
    request, _ = split_request_response(text)
    return [e.code for e in find_exemptions(text, regime=regime, request_text=request)]


REQUEST_LINES = [
    # the requester's first person asking, with a provision in the same line: theirs, not a ground
    ("i_ask_for",
     "Request\nI ask for every briefing note sent to the Chief Constable about the IOPC in 2019 and 2020. "
     "Redaction should be limited to what FOIA S40 (2) requires.\nResponse\nSection 12(1) of the Act "
     "relieves us of the duty to answer, as finding the notes would exceed the appropriate limit. Each "
     "email that mentions the IOPC would have to be read by hand to see whether it is a briefing note. "
     "You may wish to narrow the request to one year, and we will consider it afresh.\n",
     ["s12(1)"]),
    ("id_like",
     "Request\nI'd like copies of the tender scores for the custody contract; commercial detail can be "
     "left out under section 43(2) if it must be.\nResponse\nThe tender scores are attached in full. "
     "They show the quality and price marks given to each of the four bidders in the 2021 procurement, "
     "as the evaluation panel recorded them, with the weighting applied to each criterion.\n",
     []),
    ("would_be_grateful",
     "Request\nI would be grateful for the number of drones the force owns. I do not expect section 24 "
     "or section 31 to apply to a simple count.\nResponse\nThe names of the pilots are exempt under "
     "section 40(2) of the Act. The force owns 14 drones, of which 9 are flown by the roads policing "
     "unit and 5 by the search team; all were bought between 2018 and 2023 from the national framework.\n",
     ["s40(2)"]),
    ("numbered_i_also_ask",
     "Request\n1. I also ask for the dates of each review of the policy, leaving out anything covered "
     "by s.38(1)(a).\nResponse\nThe review dates are 3 March 2020 and 9 June 2022. Both reviews were "
     "carried out by the policy owner and signed off by the chief officer group, and a further review is "
     "planned for the spring of 2025.\n",
     []),
    ("i_seek",
     "Request\nI seek all minutes of the estates board for 2021, and I accept that section 43 may cover "
     "some prices.\nResponse\nThe minutes are attached. Prices are withheld under section 43(2), as "
     "releasing them would harm the force's position in the retendering of the estates contracts next "
     "year.\n",
     ["s43(2)"]),
    # opposite: a line the split gave the request that speaks as the authority deciding stays a ground
    ("split_ran_into_reply",
     "Request\nI ask for the names of the officers. I am not obliged to give them, as they are exempt "
     "under section 40(2).\n",
     ["s40(2)"]),
    ("we_in_the_line",
     "Request\nI would be grateful for the rota; we have withheld it under section 31(1)(a) of the Act.\n",
     ["s31(1)(a)"]),
    # opposite: the authority's own first person ("I write", "I have decided") is never the requester's
    ("authority_i_write",
     "Your request\nI write about your request for the duty rota.\nI have decided that the rota is "
     "exempt under section 31(1)(a).\n",
     ["s31(1)(a)"]),
]


@pytest.mark.parametrize("name,text,expected", REQUEST_LINES, ids=[c[0] for c in REQUEST_LINES])
def test_provision_in_the_requesters_own_line(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


REPORTED_REQUEST = [
    # "You asked for ...; if ...": the report of the request runs on past its semicolons
    ("semicolon_if",
     "You asked for the files to be anonymised if needed; if section 40 or 43 exemptions were engaged, "
     "for reasons particular to the case; and, if the scope was too wide, for advice on narrowing it.\n"
     "We cannot give you the files, under section 40 of the Act.\n",
     ["s40"]),
    ("semicolon_whether",
     "You asked how many complaints were made in 2022; whether any were refused under section 14; and "
     "the average time taken to answer them.\nThere were 212 complaints, answered in 11 days on average.\n",
     []),
    ("semicolon_and_for",
     "The requester asked for the audit report; and for any notes withheld under section 36(2)(b) to be "
     "listed.\nThe audit report is attached; no notes were withheld.\n",
     []),
    ("semicolon_or_any",
     "You asked for the contract; or any summary of it, if section 43(2) prevented release of the whole.\n"
     "The contract is attached in full.\n",
     []),
    # opposite: after the semicolon the authority's own clause withholds
    ("semicolon_then_authority",
     "You asked for the names of the officers; these are exempt under section 40(2) of the Act.\n",
     ["s40(2)"]),
    ("semicolon_then_withheld",
     "You asked for the rota; the rota is withheld under section 31(1)(a) as it would show staffing gaps.\n",
     ["s31(1)(a)"]),
]


@pytest.mark.parametrize("name,text,expected", REPORTED_REQUEST, ids=[c[0] for c in REPORTED_REQUEST])
def test_reported_request_past_a_semicolon(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


SUPERSEDED = [
    # a refusal told in the past and superseded in the next sentence or the next clause
    ("answer_changed_next_sentence",
     "It was refused under section 14 of the Act as vexatious, and the refusal was upheld at review.\n"
     "Months later, after the ICO became involved, the answer was changed to 'information not held'.\n",
     []),
    ("originally_then_withdrew_it",
     "We originally relied on section 31; following review we have withdrawn it and the figures are "
     "attached.\n",
     []),
    ("initial_response_decision_overturned",
     "The initial response withheld the report under section 36(2)(c). That decision has since been "
     "overturned by the Commissioner, and the report is enclosed.\n",
     []),
    ("force_later_dropped_the_exemption",
     "The figures were first withheld under section 30(1)(a). The force later dropped the exemption and "
     "published them.\n",
     []),
    ("replaced_by_cost",
     "Your request was originally refused under section 14(1). The refusal has been replaced, and we now "
     "rely on section 12(1) because of the cost.\n",
     ["s12(1)"]),
    # opposite: upheld, not superseded
    ("upheld_stays",
     "It was refused under section 14 of the Act as vexatious, and the refusal was upheld at internal "
     "review.\nWe will not answer further correspondence on it.\n",
     ["s14"]),
    # opposite: the superseding words re-cite the same section, which stays relied on
    ("revised_but_still_cited",
     "The request was refused under section 40(2). On review the decision was revised to release the "
     "job titles, but the names remain exempt under section 40(2).\n",
     ["s40(2)"]),
    # opposite: a change that is not of the refusal (a date corrected) leaves the ground alone
    ("unrelated_change",
     "The names were withheld under section 40(2) of the Act. The date on our first letter was changed "
     "to 4 May.\n",
     ["s40(2)"]),
    # opposite: a present withholding followed by a changed answer to another question
    ("present_tense_not_retold",
     "The names are exempt under section 40(2). Our answer to question 3 was changed after a recount.\n",
     ["s40(2)"]),
]


@pytest.mark.parametrize("name,text,expected", SUPERSEDED, ids=[c[0] for c in SUPERSEDED])
def test_retold_refusal_superseded(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


COST_WORKED_OUT = [
    # hours of searching over the 18 the limit stands for, in a would-clause: s12 (bare, no number printed)
    ("files_would_take_hours",
     "Searching each personnel file by hand takes about 5 minutes, so 856 files would take 71 hours.\n",
     ["s12"]),
    ("would_mean_searching_task_of",
     "Finding each deployment would mean searching manual records for the whole period, a task of about "
     "90 hours.\n",
     ["s12"]),
    ("would_require_reviewing",
     "Answering the second question would require reviewing some 4,000 incident logs, which we estimate "
     "would take over 300 hours.\n",
     ["s12"]),
    ("rate_comes_to",
     "We have estimated the work; at the set rate of £25 per hour that comes to £1,775.\n",
     ["s12"]),
    ("hours_times_rate",
     "The estimate is 40 hours x £25 = £1,000, well past what the Act expects of us.\n",
     ["s12"]),
    ("checking_then_would_be",
     "Checking every custody record by hand for the three years would be roughly 120 hours of work.\n",
     ["s12"]),
    # opposite: hours given as data, with no would-clause of searching
    ("hours_as_data",
     "Officers worked 1,200 hours of overtime at the event, at a cost of £48,000.\n", []),
    # opposite: a search within the limit
    ("within_limit",
     "Searching the files by hand would take about 6 hours, so we have done so and the figures are "
     "below.\n", []),
    ("eighteen_is_not_over",
     "Reviewing the logs would take 18 hours.\n", []),
    # opposite: pay at £25 an hour, no sum of work
    ("pay_rate",
     "Special constables are not paid; volunteers in the scheme receive £25 per hour in expenses.\n", []),
    # opposite: the requester's estimate, reported
    ("requester_estimate",
     "You asked whether searching by hand would take more than 30 hours, and if so for advice on "
     "narrowing the request.\n", []),
    # opposite: training, not searching
    ("training_hours",
     "Each new officer would need 40 hours of driver training before deployment.\n", []),
]


@pytest.mark.parametrize("name,text,expected", COST_WORKED_OUT, ids=[c[0] for c in COST_WORKED_OUT])
def test_cost_worked_out_in_hours(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


LISTED_CLAIM = [
    # the claim listed as "40(5)", then its inserted subsection only described
    ("listed_then_described",
     "The force can neither confirm nor deny that it holds the information, by virtue of the following "
     "exemptions:\nS31(3) Law Enforcement\nS40(5) Personal Information\nAs to S40 (5):\nSection 40 (5A) "
     "is an absolute, class-based exemption, so no public interest test is needed.\n",
     ["s31(3)", "s40(5)"]),
    # opposite: the amended subsection relied on, the old number only described (one code, eighth sight)
    ("amended_relied_old_described",
     "The force neither confirms nor denies that it holds the judgment, relying on section 40(5B)(a)(i). "
     "Section 40(5) is an absolute exemption and no public interest test applies.\n",
     ["s40(5B)(a)(i)"]),
    # opposite: both relied on alike: the amended subsection, the more specific leaf, is kept
    ("both_relied",
     "We rely on section 40(5) of the Act. We neither confirm nor deny under section 40(5B)(a)(i).\n",
     ["s40(5B)(a)(i)"]),
]


@pytest.mark.parametrize("name,text,expected", LISTED_CLAIM, ids=[c[0] for c in LISTED_CLAIM])
def test_listed_claim_and_its_inserted_subsection(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


CITATION_SLIPS = [
    ("slash_between_paragraphs", "The sites are exempt under section 31(1)(a)/(b) of the Act.",
     ["s31(1)(a)", "s31(1)(b)"]),
    ("slash_three", "The sites are exempt under s.38(1)(a)/(b) FOIA.", ["s38(1)(a)", "s38(1)(b)"]),
    ("unclosed_at_stop", "The names are exempt under Section 40(2.", ["s40(2)"]),
    ("unclosed_spaced_comma", "The names are exempt under Section 40 (2, as personal data.", ["s40(2)"]),
    ("unclosed_letter", "The rota is exempt under section 31(1)(a. It shows staffing.", ["s31(1)(a)"]),
    ("unclosed_eir", "The drawings are withheld under Regulation 12(5)(a; see below.", ["r12(5)(a)"]),
    # opposite: a slash between subsections or a reference is no joiner
    ("slash_reference", "Section 40(2) applies to request 2023/(1) only.", ["s40(2)"]),
    ("slash_numbers", "The names are exempt under section 40(2)/(4A) of the Act.", ["s40(2)"]),
    # opposite: an unclosed bracket before a word is not closed by guessing
    ("unclosed_before_word", "See section 40 (2 pages) of the guidance.", ["s40"]),
]


@pytest.mark.parametrize("name,text,expected", CITATION_SLIPS, ids=[c[0] for c in CITATION_SLIPS])
def test_citation_slips(name: str, text: str, expected: list[str]) -> None:
    codes = [code for c in find_citations(text) for code in c.codes]
    assert codes == expected

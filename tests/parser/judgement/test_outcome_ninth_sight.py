"""Outcome and NCND kinds from issue 14, session 7 (outcome9): families of wording behind the misses
left on the real-derived corpus, each written for these tests (no real page copied) with its
opposites, stating the exact outcome, grounds and NCND parse() must give.

Rules (phrasings in parser/data/cues.yml and provisions.csv):
- the harm of confirming or denying itself, as a report retells an NCND reply without the words
  "neither confirm nor deny" ("says that to confirm or deny whether it holds such plans would show
  ...") is an NCND (cues ncnd); the duty's own name ("the duty to confirm or deny would not apply") and
  a statement of what confirming holding would do are not;
- the length of the reply ("the force's reply runs to six pages") is no figure given (figure_guard);
- one part retold as answered by its place ("They dealt with the first question", "the council
  answered my second question", "the first part was answered in full") beside a refusal is partial
  (partial_extra); a part that was not answered, or answered by saying nothing is held, is not;
- the record asked for was never made because what it would record never happened ("have not
  discussed the subject", "has never commissioned such a review", "has not been discussed at any
  meeting") is a not-held reply (not_held_extra); what was done with the request ("has not discussed
  your request with anyone", "we have not yet conducted the search") is not.
- "not recorded in a form that can be reported, so this information is not held" concludes not held
  (not_held_guard reads past "in a form" to the conclusion); "not held in a form that can readily be
  retrieved" beside a cost refusal stays the cost's reason;
- a plain statement of fact beside an exemption naming its part is an answer in words even when it
  runs to 50 words or speaks of "confirmation" (answer_prose_guard keeps "confirm", "confirmed");
  with no such statement, a named part exempt and the rest not held is refused;
- a figure hedged after it ("£310 was spent on a banner, which may count as a branded item") is stated
  (outcome._FIGURE_CLAUSE): beside an s21 pointer the reply is partial; the pointer alone is refused;
- an exemption retold as used with no section ("Council invoke FOIA exemption to avoid answering
  questions") is withholding in words (withholding_said), and a quoted or retold "yes" ('answered "yes"
  to Question (11)') is an answer given (answer_yes); "did not invoke any exemption" and
  'answered "no"' are neither.
- the work estimated in hours over the limit, with neither the limit nor section 12 named ("would mean
  searching the paper logs, a task of about 90 hours", "would take an estimated 120 hours") is the cost
  limit relied on in words: ground s12 (grounds.yml cost_in_words) and a refusal (cues cost_refusal);
  hours within the limit, or hours worked ("officers spent 90 hours"), are not; "our estimate of how
  long it would take to provide some of the information" is no partial release (partial_guard).
"""
from __future__ import annotations

import pytest

from parser import parse

CASES = [
    # --- a retold reply: one part answered by its place, another refused
    ("dealt_with_first_question",
     "I asked the force how many stations had closed and how many would close.\n"
     "They dealt with the first question promptly, and I thank them for it.\n"
     "The second question was a different matter: they sent me a refusal notice citing Section 43 - "
     "Commercial Interests, because releasing the plans would damage the commercial interests of others.\n",
     "partial", ["s43"]),
    ("council_answered_second_question",
     "Blog post: my request to the council\n"
     "Harbourside Council answered my second question but would not give the contract value, citing "
     "section 43(2) of the Act.\n",
     "partial", ["s43(2)"]),
    ("first_part_answered_in_full",
     "What the force told us\n"
     "The first part of the request was answered in full. The remainder of the request was refused under "
     "section 31(1)(a) of the Act, because disclosure would prejudice the prevention of crime.\n",
     "partial", ["s31(1)(a)"]),
    # opposites: the part not answered, or answered only with "not held"
    ("did_not_deal_with_first_question",
     "I asked the force how many stations had closed and how many would close.\n"
     "They did not deal with the first question at all, and the whole request was refused under section "
     "31(1)(a) of the Act.\n",
     "refused", ["s31(1)(a)"]),
    ("first_question_answered_not_held",
     "I asked the force about stations and their staff.\n"
     "They answered the first question by saying no records are kept of closures, and refused the second "
     "under section 31(1)(a) of the Act.\n",
     "refused", ["s31(1)(a)"]),
    # --- not held said as the event never having happened
    ("have_not_discussed_the_subject",
     "Request received 3 March 2015\n"
     "A request for the minutes of the Commissioner's meetings with the Chief Constable at which cycle lanes "
     "were discussed.\n"
     "Response sent 10 March 2015\n"
     "The Commissioner and the Chief Constable have not discussed the particular subject of cycle lanes.\n"
     "Road safety in general has come up between them on several occasions.\n",
     "not_held", []),
    ("never_commissioned_such_a_review",
     "Response\nThe council has never commissioned such a review of its parking enforcement.\n",
     "not_held", []),
    ("not_discussed_at_any_meeting",
     "Response\nThe matter has not been discussed at any meeting of the Police and Crime Panel.\n",
     "not_held", []),
    # opposites: what was done with the request, and the subject discussed after all
    ("not_discussed_your_request",
     "Response\nThe Commissioner has not discussed your request with anyone outside the office. "
     "Please find attached the minutes of the meeting of 4 May 2015.\n",
     "disclosed", []),
    # --- "so this information is not held" after "in a form"; an answer in words beside an exemption
    ("exempt_part_prose_answer_and_not_held",
     "RESPONSE\nThe daily logs are exempt under Section 31(1)(a) - Law Enforcement.\n"
     "When a stolen report is created on the system by a control room operator, the operator's identity and "
     "the time are recorded automatically in the record's audit trail, and confirmation is carried out by the "
     "Vehicle Crime Unit once the theft has been checked against the owner's account.\n"
     "The dates of confirmation are held only within individual records and are not recorded in a form that "
     "can be reported, so this information is not held.\n",
     "partial", ["s31(1)(a)"]),
    ("exempt_part_and_not_held_only",
     "RESPONSE\nThe daily logs are exempt under Section 31(1)(a) - Law Enforcement.\n"
     "The dates of confirmation are held only within individual records and are not recorded in a form that "
     "can be reported, so this information is not held.\n",
     "refused", ["s31(1)(a)"]),
    ("not_in_a_form_so_not_held",
     "Response\nThe reasons for each call are not recorded in a way that can be extracted, so this information "
     "is not held.\n",
     "not_held", []),
    ("not_in_a_form_cost_reason",
     "Response\nThe reasons for each call are not held in a form that can readily be retrieved, and reading "
     "every call record would exceed the appropriate limit under section 12(1).\n",
     "refused", ["s12(1)"]),
    # --- a hedged figure beside an s21 pointer
    ("hedged_figure_beside_s21",
     "The information you asked for is published on our website, as follows:\n"
     "£310 was spent on a banner in November 2012, which may count as a branded item. I have therefore "
     "decided that the request is exempt under Section 21 of the Act.\n",
     "partial", ["s21"]),
    ("s21_pointer_alone",
     "The information you asked for is published on our website, at the link below.\n"
     "I have therefore decided that the request is exempt under Section 21 of the Act.\n",
     "refused", ["s21"]),
    # --- an exemption retold with no section; a quoted "yes"
    ("invoked_exemption_and_yes",
     "FOI 5512 - Borough Council invoke FOIA exemption to avoid answering questions on a bus route\n"
     "On 7 March the council answered \"yes\" to Question (4) of my request, set out below.\n"
     "Question (4): whether the council holds any reports about the new route.\n",
     "partial", []),
    ("did_not_invoke_and_yes",
     "FOI 5512 - the council did not invoke any exemption\n"
     "On 7 March the council answered \"yes\" to Question (4) of my request, set out below.\n"
     "Question (4): whether the council holds any reports about the new route.\n",
     "disclosed", []),
    ("invoked_exemption_answered_no",
     "FOI 5512 - Borough Council invoke FOIA exemption to avoid answering questions on a bus route\n"
     "On 7 March the council answered \"no\" to Question (4) of my request.\n",
     "refused", []),
    # --- the cost limit as an estimate in hours
    ("task_of_about_90_hours",
     "Request\nThis replies to your email about our estimate of how long it would take to provide some of the "
     "information asked for in your request.\nResponse\nFinding where each camera van was placed on each day "
     "would mean searching the paper deployment logs for three years, a task of about 90 hours.\n",
     "refused", ["s12"]),
    ("would_take_an_estimated_120_hours",
     "Response\nReading each of the 1,400 case files to find the cases you describe would take an estimated "
     "120 hours, so we will not be answering your request.\n",
     "refused", ["s12"]),
    # opposites: hours within the limit, and hours worked
    ("would_take_about_10_hours",
     "Response\nThe search took some effort; it would take about 10 hours to repeat. Please find attached the "
     "list of deployments.\n",
     "disclosed", []),
    ("officers_spent_90_hours",
     "Response\nOfficers spent 90 hours on the operation, and the overtime paid was £2,450.\n",
     "disclosed", []),
    ("not_yet_conducted_the_search",
     "Response\nWe have not yet conducted the search of the archive. Please find attached the register "
     "of the files held.\n",
     "disclosed", []),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_ninth_sight(name: str, text: str, expected: str, grounds: list[str]) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)


NCND = [
    # --- the harm of confirming or denying, retold in a report
    ("report_to_confirm_or_deny_would_show",
     "Police won't share plans\nThe paper asked the force for its contingency plans.\n"
     "The force's reply runs to six pages. In it, the force says that to confirm or deny whether it holds "
     "information on emergency planning would show which forces have plans in place.\n", True, "refused"),
    ("confirming_or_denying_would_prejudice",
     "Response\nConfirming or denying that the information exists would be likely to prejudice the "
     "prevention of crime.\n", True, "refused"),
    # opposites: the duty's name, and what confirming holding would do
    ("duty_to_confirm_or_deny_named",
     "Response\nSection 1(1)(a) of the Act gives the duty to confirm or deny whether information is held. "
     "The force holds the policy, and it is attached.\n", False, "disclosed"),
    ("confirming_holding_would_not_harm",
     "Response\nConfirming that the force holds the report would not harm anyone, so it is attached.\n",
     False, "disclosed"),
]


@pytest.mark.parametrize(("name", "text", "ncnd", "expected"), NCND, ids=[c[0] for c in NCND])
def test_ncnd_ninth_sight(name: str, text: str, ncnd: bool, expected: str) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert (record.ncnd, record.outcome) == (ncnd, expected)

"""Outcome kinds from issue 14, round 6 (outcome8): ways a reply is laid out or retold that the
first sight of new batches still read wrongly. Every case is written for these tests (no real page
copied) and states the exact outcome and grounds parse() must give, each rule with its opposite.

Rules (parser/judgement/outcome.py, phrasings in parser/data/cues.yml):
- the answers open after the request set out under its own label: a sentence announcing them
  first ("Our reply to your request follows.") is no response label when "Your request:" and the
  numbered questions come after it (request_label, _response_label); "How much ..." opens a
  question (request_voice);
- questions set out as bullets in the request's words (lower case, run on from "asked for:"),
  each with its answer on the lines beneath, are answered part by part (_ASKED_BULLET); a bulleted
  list of headings with text under them (public-interest factors) is not;
- an NCND of "the information" or "it" with nothing after to narrow it is of everything asked
  (ncnd_whole_subject): a figure in the report around it is no answer; an NCND naming its subject
  ("information about covert deployments") leaves the other answers standing;
- a refusal named as a noun ("the council's refusal of a Freedom of Information request") is of the
  whole request (whole_refusal); a "partial refusal" is not;
- "we do not log every call, but we can say that 212 were answered" gives the answer
  (not_held_guard); a record not kept, with nothing said in its place, is a part not held;
- "the figures are in the spreadsheet attached" gives (disclosed); guidance attached on narrowing a
  request does not.
Probed after those, in wordings of the usual kinds (the partial/refused family both ways):
- a part's whole answer "Not held." on its line is a part not held (not_held); "No such training has
  taken place", "there is no information to provide" are not-held statements ("no further
  information to provide" after figures is not);
- "turned down my request", "rejected our FOI request" are a refusal of the whole (whole_refusal);
  "turned down" of something else is not; "answered two of my five questions" is partial
  (partial_extra), "answered all five" is not;
- "I attach / we enclose ..." gives (disclosed), not when what is attached is the refusal notice;
  "we can tell you that <a fact>" gives, not "we can tell you that information is held", nor what is
  said "under our duty to assist" (disclosed_guard); a cost refusal of "breaking these down" is of
  that breakdown (scoped_refusal);
- "paragraphs 4 to 9 ... have been removed" is a partial release; "no paragraphs have been removed"
  is not (partial_guard);
- "the force confirms that it contracted X" is a fact given (disclosed_extra), not "confirms that it
  holds a contract";
- the guards of giving and of withholding in words read the cue's own clause (_CLAUSE_GUARDS): "Please
  find attached the policy, but the appendix is withheld" gives and withholds; "cannot be provided,
  but please find attached the guidance on making a new request" gives nothing.
- "refused to tell us how much ..., claiming the figure is commercially sensitive" is withholding in
  words (withholding_said); the same report giving the sum is not;
- the same ground's sentence under each answer ("Q1 - Exempt under section 31(1)(a)" / "Q2 - Exempt
  under ...") withholds each of them (_NUMBER_MARK takes "Q2 - " off as it takes "2. " off).
- "the force does not own any drones" is a not-held reply (not_held_extra), and "Not applicable." under a
  "Response 2" heading line is a part with nothing to hold (_not_applicable);
- "the force currently holds 4,312 shotgun certificates" states a figure (stating_verb "holds"); "holds
  45 reports relevant to your request" is the request's information held, no figure given.
- "the cost limit prevents us answering in full" is the cost limit in words (cost_refusal_said), and "we
  have been able to extract the figures for 2023" beside it is goodwill giving (goodwill); "we may be
  able to give you the figures" if the request is narrowed is not;
- an inline answer that only points to another ("Q2: What is its value? A: See the answer to Q1.")
  gives nothing of its own (_refers_elsewhere reads the answer after "A:").
- how records come to be made ("crimes are not recorded until they are reported") is no part not held
  (not_held_guard); a year not recorded is.
- withholding in plain words with no provision (withholding_said): "we are not able to say where they
  are stored", "it would not be appropriate to publish", "have not been provided", "we do not publish the
  storage locations" (partial); "we do not publish this figure routinely, but
  are happy to provide it" and "have not been provided to us by the Home Office" withhold nothing.
- a ground relied on "for the whole request" / "to all of your request" refuses the whole (whole_refusal):
  a figure in the reasoning after it is no answer; beside figures given for another year it stays partial.
- a decision to withhold said in words with no provision (withholding_said): "should not be released",
  "the public interest favours withholding", "the force is withholding the information", "we cannot provide
  this information" - a refusal; not "cannot provide it, as the force does not hold it" (not held) nor
  "the public interest favours disclosure".
NCND (parser/judgement/ncnd.py, cues ncnd): "cannot say either way whether it holds information ..." is
an NCND; "cannot say whether any records exist without reading every file" is the cost reason, and
"cannot say whether the helicopter was hired" is about no holding at all.
"""
from __future__ import annotations

import pytest

from parser import parse

TASERS = "Response\nThe force has 24 tasers.\n"

CASES = [
    # --- the response label after the request's own label
    ("label_after_request_s21",
     "Thank you for your email. The council holds this information.\nOur reply to your request follows.\n"
     "Your request:\n1. How much the council spent on agency staff in 2021-22 and 2022-23, broken down by year.\n"
     "2. The names of the agencies used and the amount paid to each.\n"
     "Response:\nThe council holds this information, but it is already published on its website, so this "
     "request is exempt under section 21 of the Act.\nThe link below goes to the spending page.\n",
     "refused", ["s21"]),
    ("label_after_request_answered",
     "Thank you for your email. The council holds this information.\nOur reply to your request follows.\n"
     "Your request:\n1. How much the council spent on agency staff in 2021-22 and 2022-23, broken down by year.\n"
     "2. The names of the agencies used and the amount paid to each.\n"
     "Response:\n1. The council spent £41,200 in 2021-22 and £38,950 in 2022-23.\n"
     "2. The staff came from Harbour Recruitment Ltd (£52,000) and Northgate Staffing Ltd (£28,150).\n",
     "disclosed", []),
    # --- questions as bullets, each answered beneath
    ("bullets_answered_apart",
     "The requester said they had seen the drone over the park and asked for:\n"
     "- the names of the pilots who flew it that afternoon;\n"
     "The force cannot give you this information, because it is exempt under Section 40(2) - Personal Information.\n"
     "Appendix A explains why the force cannot provide the information.\n"
     "- what training the pilots receive before they fly;\n"
     "Pilots complete a ground school and a flight assessment approved by the Civil Aviation Authority.\n",
     "partial", ["s40(2)"]),
    ("bullets_are_reasons",
     "Your request is refused under Section 31(1)(a), as disclosure would prejudice the prevention of crime.\n"
     "Factors favouring disclosure:\n"
     "- Accountability\nRelease would show how the force spends public money.\n"
     "- Public debate\nRelease would inform the debate on drone use.\n",
     "refused", ["s31(1)(a)"]),
    # --- NCND of everything vs NCND of a named part
    ("ncnd_of_the_information_retold",
     "Residents' group refused answer on station closure\n"
     "The group asked the force for the 2019 review that led to the closure of the town's station.\n"
     "In the year before it shut, 14 officers were based there.\n"
     "The force says it can neither confirm nor deny that it holds the information, because doing so "
     "could reveal personal data, and it relies on section 40(5B)(a)(i).\n",
     "refused", ["s40(5B)(a)(i)"]),
    ("ncnd_of_a_named_part",
     "Response\nThe force has 12 drones in its fleet.\n"
     "The force can neither confirm nor deny whether it holds information about covert deployments, "
     "by virtue of section 23(5).\n",
     "partial", ["s23(5)"]),
    # --- a refusal named as a noun in a report
    ("refusal_as_a_noun",
     "Parking contracts kept secret\n"
     "The council's refusal of my request left no answers. The council employed 45 civil "
     "enforcement officers in 2020. The contract values were withheld.\n",
     "refused", []),
    ("partial_refusal_as_a_noun",
     "Parking contracts partly released\n"
     "The council's partial refusal of my request still left some answers. The council employed 45 civil "
     "enforcement officers in 2020. The contract values were withheld.\n",
     "partial", []),
    # --- "we do not log every one, but we can say"
    ("not_every_but_can_say",
     "Response\nWe do not keep a record of every call made to the helpline, but we can say that 212 calls "
     "were answered in 2023.\n",
     "disclosed", []),
    ("not_logged_nothing_said",
     "Response\nThe helpline had 6 advisers in 2023.\nWe do not keep a record of every call made to the helpline.\n",
     "partial", []),
    # --- figures in the spreadsheet attached
    ("figures_in_spreadsheet_attached",
     "Response\nThank you for your request.\nThe figures are in the spreadsheet attached.\n"
     "The service does not record the cost of attending each call-out.\n",
     "partial", []),
    ("guidance_attached_to_a_refusal",
     "Response\nGuidance on how to narrow your request is in the leaflet attached.\n"
     "Your request is refused under section 12(1), as it would exceed the appropriate limit.\n",
     "refused", ["s12(1)"]),
    # --- "Not held." as a part's whole answer
    ("parts_each_not_held", "Response\n1. Not held.\n2. Not held.\n3. Not recorded.\n", "not_held", []),
    ("one_part_not_held_one_answered", "Response\n1. Not held.\n2. The unit had 45 staff in 2023.\n", "partial", []),
    ("no_such_thing_took_place",
     "Response\nNo such training has taken place, so there is no information to provide.\n", "not_held", []),
    ("no_further_information_after_figures",
     "Response\nIn 2022, 14 officers were trained. There is no further information to provide.\n", "disclosed", []),
    # --- a report of a refusal
    ("turned_down_my_request", "The force turned down my request for the report, citing section 30.\n", "refused", []),
    ("turned_down_something_else",
     "Officers turned down the offer of extra training; 37 officers were disciplined in 2022.\n", "disclosed", []),
    ("answered_two_of_five",
     "The force answered two of my five questions and refused the rest under section 31.\n", "partial", ["s31"]),
    ("answered_all_five",
     "The force answered all five of my questions: 37 officers were disciplined in 2022.\n", "disclosed", []),
    # --- giving said in the first person
    ("i_attach_with_redaction",
     "Response\nI attach the contract with the pricing schedule redacted under section 43(2).\n", "partial", ["s43(2)"]),
    ("i_attach_the_refusal_notice",
     "Response\nI attach our formal refusal notice. The contract is exempt under section 43(2).\n", "refused", ["s43(2)"]),
    ("can_tell_you_a_figure_breakdown_costed",
     "Response\nWe can tell you that the force received 1,204 complaints in 2022. To break these down by outcome "
     "would exceed the cost limit set out in section 12.\n", "partial", ["s12"]),
    ("can_tell_you_it_is_held",
     "Response\nWe can tell you that information is held about complaints in 2022; however, providing it would "
     "exceed the cost limit set out in section 12.\n", "refused", ["s12"]),
    ("can_tell_you_under_duty_to_assist",
     "Response\nProviding the complaints would exceed the cost limit set out in section 12. Under our duty to "
     "assist, we can tell you that a new complaints system is being bought.\n", "refused", ["s12"]),
    # --- parts of a document removed
    ("paragraphs_removed",
     "Response\nThe report is attached, although paragraphs 4 to 9 are exempt under section 31(1)(a) and have "
     "been removed.\n", "partial", ["s31(1)(a)"]),
    ("no_paragraphs_removed", "Response\nThe report is attached. No paragraphs have been removed.\n", "disclosed", []),
    ("no_names_redacted", "Response\nThe minutes are attached. No names have been redacted.\n", "disclosed", []),
    # --- a fact of what was done, confirmed
    ("confirms_it_contracted",
     "Response\nThe force confirms that it contracted Serco for the service between 2019 and 2022. The value of "
     "the contract is withheld under section 43(2).\n", "partial", ["s43(2)"]),
    ("confirms_it_holds_a_contract",
     "Response\nThe force confirms that it holds a contract for the service. The contract is withheld under "
     "section 43(2).\n", "refused", ["s43(2)"]),
    # --- guards read in the cue's own clause
    ("attached_but_appendix_withheld",
     "Response\nPlease find attached the policy, but the appendix is withheld as it is sensitive.\n", "partial", []),
    ("attached_alone", "Response\nPlease find attached the policy.\n", "disclosed", []),
    ("cannot_provide_but_guidance_attached",
     "Response\nThe policy cannot be provided, but please find attached the guidance on how to make a new "
     "request.\n", "refused", []),
    # --- a refusal in words, retold
    ("refused_to_tell_us",
     "Council keeps CCTV costs secret\nThe council has refused to tell us how much it spends on CCTV, claiming the "
     "figure is commercially sensitive.\nA spokesperson said the decision followed legal advice.\n", "refused", []),
    ("told_us_the_sum",
     "Council CCTV costs revealed\nThe council told us it spends £40,000 a year on CCTV.\n", "disclosed", []),
    # --- the same ground under each answer
    ("each_answer_exempt",
     "Response\nQ1 - Exempt under section 31(1)(a)\nQ2 - Exempt under section 31(1)(a)\n", "refused", ["s31(1)(a)"]),
    ("one_answer_exempt",
     "Response\nQ1 - Exempt under section 31(1)(a)\nQ2 - 17\n", "partial", ["s31(1)(a)"]),
    # --- owning nothing; "Not applicable." under a heading line
    ("owns_none_then_not_applicable",
     "Request 1\nHow many drones does the force own?\nResponse 1\nThe force does not own any drones.\n"
     "Request 2\nWhere are they based?\nResponse 2\nNot applicable.\n", "not_held", []),
    ("owns_none_then_an_answer",
     "Request 1\nHow many drones does the force own?\nResponse 1\nThe force does not own any drones.\n"
     "Request 2\nWhere are they based?\nResponse 2\nThey are based at the headquarters in Exeter.\n", "partial", []),
    # --- "holds" stating a figure
    ("holds_certificates_addresses_exempt",
     "Dear Mr Smith\nThank you for your request about firearms licences.\nThe force currently holds 4,312 shotgun "
     "certificates and 1,907 firearm certificates.\nDetails of the addresses of certificate holders are exempt under "
     "sections 38(1)(a) and 31(1)(a), as publishing them would put those people at risk of burglary.\nYours sincerely\n",
     "partial", ["s38(1)(a)", "s31(1)(a)"]),
    ("holds_reports_relevant_to_the_request",
     "Response\nThe force holds 45 reports relevant to your request. They are exempt under section 30(1).\n",
     "refused", ["s30(1)"]),
    # --- the cost limit in words beside what could be extracted all the same
    ("cost_limit_prevents_but_extracted",
     "Response\nAlthough the cost limit prevents us answering in full, we have been able to extract the figures for "
     "2023: 41 incidents.\n", "partial", []),
    ("cost_limit_prevents_narrow_it",
     "Response\nThe cost limit prevents us answering your request. If you reduce the period to three months we may be "
     "able to give you the figures.\n", "refused", []),
    # --- an inline answer pointing to another
    ("inline_pointer_to_an_ncnd",
     "Response\nQ1: Does the force hold a contract with Axon? A: The force neither confirms nor denies this, by virtue "
     "of section 43(3).\nQ2: What is its value? A: See the answer to Q1.\n", "refused", ["s43(3)"]),
    ("inline_answer_beside_an_ncnd",
     "Response\nQ1: Does the force hold a contract with Axon? A: The force neither confirms nor denies this, by virtue "
     "of section 43(3).\nQ2: How many body-worn cameras does the force have? A: 1,450.\n", "partial", ["s43(3)"]),
    # --- how records are made vs a period not recorded
    ("not_recorded_until_reported",
     "Response\nThe table below shows the number of arrests.\n2021 | 45\n2022 | 51\nThese figures are correct as of "
     "1 March 2023. Crimes are not recorded until they are reported.\n", "disclosed", []),
    ("a_year_not_recorded",
     "Response\nThe table below shows the number of arrests.\n2021 | 45\n2022 | 51\nFigures for 2020 are not "
     "recorded, as the system changed that year.\n", "partial", []),
    # --- withholding in plain words beside a figure given
    ("not_able_to_say_where",
     TASERS + "We are not able to say where they are stored, as this could put officers at risk.\n", "partial", []),
    ("not_appropriate_to_publish", TASERS + "It would not be appropriate to publish where they are stored.\n", "partial", []),
    ("have_not_been_provided", TASERS + "The storage locations have not been provided.\n", "partial", []),
    ("do_not_publish_the_locations", TASERS + "We do not publish the storage locations.\n", "partial", []),
    ("not_published_routinely_but_given",
     TASERS + "We do not publish this figure routinely, but are happy to provide it.\n", "disclosed", []),
    ("not_provided_to_us",
     TASERS + "The figures have not been provided to us by the Home Office.\n", "disclosed", []),
    # --- a ground relied on for the whole request
    ("s21_for_the_whole_request",
     "Response\nThe Home Office publishes these statistics quarterly. The force is therefore relying on section 21 "
     "for the whole request. The most recent release was on 14 February 2024 and covers 43 forces.\n",
     "refused", ["s21"]),
    ("ground_for_all_of_one_year",
     "Response\nThe figures for 2022 are below. Section 31(1)(a) applies to all of your request for 2023, which is "
     "withheld.\n2022 | 4\n2021 | 5\n", "partial", ["s31(1)(a)"]),
    # --- a decision to withhold in words
    ("should_not_be_released",
     "Response\nWe have decided that the information you asked for should not be released, because it would help "
     "criminals.\n", "refused", []),
    ("public_interest_favours_withholding",
     "Response\nThe force considers that the public interest favours withholding the information.\n", "refused", []),
    ("public_interest_favours_disclosure",
     "Response\nThe force considers that the public interest favours disclosure, so the report is attached.\n",
     "disclosed", []),
    ("is_withholding_the_information",
     "Response\nThe force is withholding the information you requested.\n", "refused", []),
    ("cannot_provide_this_information",
     "Response\nI am sorry, but we cannot provide this information.\n", "refused", []),
    ("cannot_provide_as_not_held",
     "Response\nWe cannot provide this information, as the force does not hold it.\n", "not_held", []),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_eighth_sight(name: str, text: str, expected: str, grounds: list[str]) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)


NCND = [
    ("cannot_say_either_way",
     "Response\nThe force cannot say either way whether it holds information relevant to your request, as "
     "saying so would harm law enforcement.\n", True),
    ("unable_to_state_whether_records_exist",
     "Response\nWe are unable to state whether any such records exist, because doing so would reveal the "
     "work of the security bodies.\n", True),
    # opposites: the cost reason, and a question that is not about holding
    ("cannot_say_without_searching",
     "Response\nWe cannot say whether any such records exist without reading every file, which would exceed the "
     "cost limit under section 12(1).\n", False),
    ("cannot_say_about_a_fact",
     "Response\nThe force has 12 drones. I cannot say whether the helicopter was hired without further detail, so "
     "please clarify.\n", False),
]


@pytest.mark.parametrize(("name", "text", "ncnd"), NCND, ids=[c[0] for c in NCND])
def test_ncnd_eighth_sight(name: str, text: str, ncnd: bool) -> None:
    assert parse(text.encode(), path=f"{name}.txt").ncnd is ncnd

"""Outcome rules stated as kinds of phrasing or structure (session 5), each with its opposite case.

Texts are written for these tests in several wordings (no real page copied, no corpus sentence
reused); each case states the exact outcome and grounds parse() must give.

Rules (parser/judgement/outcome.py, phrasings in parser/data/cues.yml):
- NCND of whatever is left beyond an answer (ncnd_beyond) makes a stated fact or an attachment
  an answer: partial; where the reply's answer is that nothing asked for is held, the NCND
  withholds and nothing is given: refused;
- a reply retold by a news site, blog or requester: "only two of the questions were answered",
  "answered just three of", "declined to answer", "the request was turned down", "would cost too
  much", "the breakdown was exempt" (withholding_said);
- "withholding the whole of the request" refuses the whole;
- "we hold some of the information" with nothing withheld: what is held was given (partial);
- answers numbered 1, 2, 3 after the response label, where the request numbers nothing, are one
  answer each; "Q1 - 312" after the label is an answer, not questions 1 to 312;
- "set out at Annex A" is information given, "the public interest test is set out at Annex A" is not;
- "for anything further we rely on the exemptions" withholds the rest;
- what the requester told the authority ("you told us that eight people ...") and figures beside
  an NCND of everything asked are no information given;
- "not held in a form that can readily be retrieved" beside figures found another way: partial;
- "cannot easily be retrieved" is the cost reason (a refusal);
- a refusal scoped to "this question", or to "the third part", leaves the other parts answered;
- a figure in the clause before "but" is given though the sentence goes on to refuse the rest;
- a list stated in an answer ("uses the following makes:" over bullets) is given, a list of
  provisions is not; "Our response: The force has ..." is read past its label;
- "1. Number of arrests" restates the question; the same ground sentence under each answer
  withholds each;
- negations count in their contracted forms ("don't hold", "isn't recorded", "wasn't able to find
  any records"), and "not something the council collects", "no way of telling" are not held;
- the informal register gives information too: "I've enclosed", "We've redacted", "Here's the
  list", "Attached please find", "the answer to your last question is", "The total cost ... was
  £640,000" (a cost of locating the files is the cost limit's reasoning), "The number is 1,032."
  in mid-line;
- a report's "would not reveal" and "said the amounts were commercially sensitive" withhold; a
  figure in apposition ("the number of fines, 208,") is given;
- "Please see below." alone is no information given (a refusal may follow); "is able to confirm
  that it has ..." gives a fact;
- caveats are not not-held parts: "no other information is held apart from the figures above", "crimes not reported are not recorded", "this figure does not
  include", "... as this is not part of your request"; "can confirm the information is recorded"
  confirms holding and gives nothing.
"""
from __future__ import annotations

import pytest

from parser import parse

CASES = [
    # --- NCND of what is left beyond an answer
    ("ncnd_beyond_fact", "Response\nThe constabulary has not deployed drones at public protests. It can neither confirm nor deny whether any further information is held, by virtue of section 23(5).\n",
     "partial", ["s23(5)"]),
    ("ncnd_beyond_attached", "Reply\nApart from the enclosed policy, the council will neither confirm nor deny holding any other records, under section 31(3).\n",
     "partial", ["s31(3)"]),
    ("ncnd_beyond_after_not_held", "Response\nThe force does not hold the information that you requested. The force does not operate any such cameras today. Other than that, it neither confirms nor denies holding any additional information, as sections 24(2) and 31(3) apply.\n",
     "refused", ["s24(2)", "s31(3)"]),
    # --- retellings
    ("retold_only_some_answered", "The paper asked the council six questions about its parking contracts. Just three of the six questions were answered, and the council declined to answer the question about penalties.\n",
     "partial", []),
    ("retold_answered_just", "Our campaign group wrote to the trust in May. It answered only two of our questions and refused to say how many beds were closed.\n",
     "partial", []),
    ("retold_declined_all", "We wrote to the force in June asking about its spit hood policy. The force declined to answer, saying that the information related to operational tactics.\n",
     "refused", []),
    # a cost refusal told in words is s12, retold or not (the corpus labels web03_01, web11_07 so)
    ("retold_turned_down_cost", "My request to the fire service was turned down. The service said that finding the reports would cost too much.\n",
     "refused", ["s12"]),
    ("retold_bare_exempt", "The authority gave me the overall total, 2,450 call-outs, but told me the breakdown by station was exempt.\n",
     "partial", []),
    ("nothing_withheld_said", "Response\nThe council spent £8,300 on the survey in 2023. No part of the information has been withheld.\n",
     "disclosed", []),
    # --- the whole withheld
    ("withholding_whole", "Response\nThe force confirms that the recordings are held. We are withholding the whole of the requested material, for the reasons below.\n",
     "refused", []),
    # --- some held, nothing withheld
    ("hold_some_nothing_withheld", "Dear requester\nHaving searched our records, I can tell you that we hold part of the information you asked for.\nThe depot opened in 1998.\n",
     "partial", []),
    ("hold_some_rest_exempt", "Response\nThe council holds some of the information requested. However, it is exempt under section 43(2) because it is commercially sensitive.\n",
     "refused", ["s43(2)"]),
    # --- numbered answers after the label, request not numbered
    ("numbered_answers_bulleted_request", "Request\n* How many call handlers work for the force? * What is their average salary? * Which software do they use?\nResponse\n1. There are 212 call handlers.\n2. Section 40(2); see below.\n3. Section 31(1)(a); see below.\n",
     "partial", ["s40(2)", "s31(1)(a)"]),
    ("numbered_answers_all_given", "Request\n* How many call handlers work for the force? * What is their average salary?\nResponse\n1. There are 212 call handlers.\n2. The average salary is £27,400.\n",
     "disclosed", []),
    ("answer_on_number_line_big_figure", "Response\nQ1 - 1,480\nQ2 - The council neither confirms nor denies whether it holds this, under section 31(3).\n",
     "partial", ["s31(3)"]),
    # --- annexes
    ("annex_given", "Response\nI can confirm that the department holds the information. It is given at Annex B.\n",
     "disclosed", []),
    ("annex_reasoning", "Response\nThe information is exempt under section 36(2)(b). The public interest test is set out at Annex B.\n",
     "refused", ["s36(2)(b)"]),
    # --- the rest withheld in words
    ("anything_more_rely", "Response\nThe unit is equipped with the following:\nG36 carbines\nGlock 17 pistols\nThis is all that the constabulary is able to provide; for anything more it relies on the exemptions set out below.\n",
     "partial", []),
    # --- the requester's words, NCND of everything
    ("requester_told_us", "Decision\nYou told us that 14 residents had complained about the site. The council neither confirms nor denies that it holds the information you asked for.\n",
     "refused", []),
    # --- not held in the form asked, figures found another way
    ("not_held_in_form_figures", "Response\nThe information is not recorded in a way that allows it to be retrieved easily. To help, we have searched the incident log instead:\n2021 | 44\n2022 | 39\n2023 | 51\n",
     "partial", []),
    ("figures_no_not_held", "Response\nWe have searched the incident log:\n2021 | 44\n2022 | 39\n2023 | 51\n",
     "disclosed", []),
    # --- cost in words
    ("cannot_readily_be_extracted", "Response\nBecause of the way our case system works, the information, if held, could not readily be extracted.\n",
     "refused", ["s12"]),  # (the grounds step names s12 for a cost refusal in words)
    # --- a refusal scoped to its part
    ("scoped_this_question", "Response\nThe cameras were installed in 2019.\nThe exemption that applies to the locations you asked about in this question is section 31(1)(a).\n",
     "partial", ["s31(1)(a)"]),
    ("scoped_ordinal_part", "Response\nThe contract began in 2020 and runs for five years. The third part of your request is exempt under section 43(2).\n",
     "partial", ["s43(2)"]),
    ("whole_not_scoped", "Response\nThe information you asked for in your request is exempt under section 31(1)(a).\n",
     "refused", ["s31(1)(a)"]),
    # --- a figure before "but"
    ("figure_before_but", "The fire service said 9 appliances had been taken out of use, but it refused to name the stations.\n",
     "partial", []),
    ("figure_in_refusal_reasoning", "Response\nYour request is refused because it would take 40 hours to read the files, but you may wish to narrow it.\n",
     "refused", []),
    # --- lists and labels
    ("list_given", "Response\nThe council uses the following suppliers:\n- Acme Traffic Ltd\n- Roadways plc\nThe contract values are withheld under section 43(2).\n",
     "partial", ["s43(2)"]),
    ("list_of_provisions", "Response\nThe information is withheld. The exemptions that apply are listed below:\n- Section 24(1) National security\n- Section 31(1)(a) Law enforcement\n",
     "refused", ["s24(1)", "s31(1)(a)"]),
    ("answer_label_prefix", "Question: How many horses does the mounted unit keep, and where are they stabled?\nAnswer: The mounted unit keeps horses of several breeds. Their stabling locations are exempt under section 31(1)(a).\n",
     "partial", ["s31(1)(a)"]),
    # --- restated questions and the same ground under each answer
    ("request_items_then_whole_cost", "Response\n1. Number of vehicles seized\n2. Number of vehicles crushed\nLocating this would exceed the appropriate limit of 18 hours, so section 12(1) applies to all of your request.\n",
     "refused", ["s12(1)"]),
    ("same_ground_each_question", "Response\nQuestion 1\nSection 38(1)(a) applies to this question.\nQuestion 2\nSection 38(1)(a) applies to this question.\n",
     "refused", ["s38(1)(a)"]),
    # --- caveats and confirmations that give nothing
    ("caveat_not_reported", "Response\nThe number of recorded thefts is set out below.\n2022 | 310\n2023 | 298\nThefts that were never reported to the force are not recorded.\n",
     "disclosed", []),
    ("caveat_figure_excludes", "Response\nThe force has 96 dog handlers. This figure does not include trainees, as we do not hold their postings centrally.\n",
     "disclosed", []),
    ("caveat_not_asked", "Response\nIn 2023 the service attended 230 flooding incidents. We do not record the depth of water, which was not part of your request.\n",
     "disclosed", []),
    # --- "Please see below" opens a refusal too; "able to confirm that it has ..." gives a fact
    ("see_below_then_refusal", "Response to request 88/25\nPlease find below.\nThe information is exempt under section 38(1)(a) because disclosure would endanger the safety of staff.\n",
     "refused", ["s38(1)(a)"]),
    ("see_below_the_figures", "Response\nPlease see below the figures you requested.\nFire engines: 41\nAerial ladders: 6\n",
     "disclosed", []),
    ("able_to_confirm_fact", "Response\nThe council is able to confirm that it has a licence agreement with the operator. The agreement itself is withheld under section 43(2).\n",
     "partial", ["s43(2)"]),
    # --- "nothing held beyond what is given" is no not-held part
    ("nothing_beyond_given", "Response\n1. 310\n2. 47\n3. There is no other information held apart from the figures above.\n",
     "disclosed", []),
    # --- negations in their contracted forms, and other plain not-held wordings
    ("contracted_dont_hold", "Reply\n1. The station has 4 cells.\n2. We don't hold the dates each cell was refurbished.\n",
     "partial", []),
    ("contracted_whole", "Reply\nThe authority doesn't hold any information relating to your request.\n",
     "not_held", []),
    ("contracted_isnt_recorded", "Reply\nIn 2023 the service issued 18 prohibition notices. Whether each premises was inspected again isn't recorded.\n",
     "partial", []),
    ("contracted_wasnt_able_to_find", "Reply\nOur licensing team wasn't able to find any records of such a licence.\n",
     "not_held", []),
    ("not_something_we_collect", "Reply\n1. 72 fines were issued.\n2. The reason for each fine is not something the council collects.\n",
     "partial", []),
    ("no_way_of_telling", "Reply\nWe received 640 complaints about noise. We have no way of telling how many came from the same household.\n",
     "partial", []),
    ("contracted_positive", "Reply\nThe force doesn't only use marked cars: 31 unmarked cars are also in the fleet.\n",
     "disclosed", []),
    # --- the informal register of emails and small bodies
    ("ive_enclosed", "Hi\nI've enclosed the rota for March. The officers' home addresses are exempt under section 40(2).\n",
     "partial", ["s40(2)"]),
    ("weve_taken_out_names", "Hi\nWe've included the incident log. We've redacted the names of the callers.\n",
     "partial", []),
    ("here_is_the_list", "Hi\nHere's the list of the sites: Ashford, Dover and Margate. The camera positions at each site are exempt under section 31(1)(a).\n",
     "partial", ["s31(1)(a)"]),
    ("attached_find_some_paragraphs", "Hi\nAttached please find the audit report. Some paragraphs have been withheld under section 36(2)(c).\n",
     "partial", ["s36(2)(c)"]),
    ("answer_to_first_question", "Hi\nThe answer to your last question is no. The answer to the others is withheld under section 31(1)(a).\n",
     "partial", ["s31(1)(a)"]),
    ("total_cost_was", "Hi\nThe total cost of the refit was £640,000. The supplier's unit prices are commercially sensitive and exempt under section 43(2).\n",
     "partial", ["s43(2)"]),
    ("cost_of_locating_is_reasoning", "Hi\nThe cost of locating the files would be £1,250, which is over the limit, so section 12 applies to your request.\n",
     "refused", ["s12"]),
    ("figure_mid_line", "Hi\nThe council holds the data. The number of permits is 1,032. The permit holders' names are exempt under section 40(2).\n",
     "partial", ["s40(2)"]),
    # --- what a report says the body kept back, and a figure given in apposition
    ("retold_would_not_say", "The trust confirmed that 31 nurses had left in 2023, but it would not reveal how many had resigned.\n",
     "partial", []),
    ("retold_said_sensitive", "The department gave the total as £3.1m, but said the amounts paid to each firm were commercially sensitive.\n",
     "partial", []),
    ("would_not_if", "Response\nThe force recorded 58 thefts of bicycles in 2023. It would not name a victim even if asked to.\n",
     "disclosed", []),
    ("figure_in_apposition", "In its reply the council gave the number of fines, 208, but declined to give the names of the streets.\n",
     "partial", []),
    ("confirm_recorded_cost", "Response\nFinding the answer would exceed the cost limit. To help you, the force can confirm that the information is recorded on its custody system.\n",
     "refused", ["s12"]),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_rule(name: str, text: str, expected: str, grounds: list[str]) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)

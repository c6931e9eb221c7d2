"""Outcome: the kinds of reply that were read as partial (or as given) when nothing was given, found
on the real-derived batches web12 and let08 (tests/real), each written here as a general phrasing
kind with its opposite case beside it. No real page is copied; every case states the exact outcome
and grounds parse() must give.

Rules (parser/judgement/outcome.py, phrasings in parser/data/cues.yml):
- a letterhead's or footer's address and telephone lines ("c/o PO Box 481", "T 020 7084 8950")
  are not lines of figures (figure_line_guard); "does not hold information falling within your
  request" is a not-held statement about the whole (not_held_whole);
- a letter's heading block laid out as a table ("Request Number: | FOI/15775", "Date: | ...")
  gives nothing (metadata_label);
- a clarification of the request ("the period for question 7 is ...") states no figure given
  (figure_guard);
- the request restated in the reply ("How many applications were made ...") is not an answer in
  prose, and an NCND statement covering the whole request (ncnd_whole_subject) leaves no other
  part answered in words;
- the refusal-notice template "for those parts of your request", with nothing given and nothing
  said not held, is no partial release;
- refusal words with no provision, NCND or cost ("so I cannot comply with your request", "treat
  this letter as a refusal notice") in a reply saying nothing asked for is held: not_held;
- a provision named in a hypothetical ("even if ... it would engage the fees limit under section
  12") is not relied on (ground_set_aside);
- withholding in words: "judged unsuitable for disclosure", "I have not been able to give you
  ..." (not an apology for delay: "... within 20 working days");
- partial: "I have given you most of what you asked for", "the request was mostly turned down";
- the cost limit in words: "would take longer than the time threshold allows";
- not held: "the force is not currently utilising live facial recognition";
- a count of the questions asked ("answers were sought to five questions") is no figure given;
  the requester's condition restated ("if ..., the requester asked for whatever is held to be
  given where some data is not held") is no not-held statement; guidance on how to apply
  elsewhere ("the guidance on how to do so is attached") is no information given;
- figures given in the same sentence as the section 16 advice duty ("... a duty to offer advice
  and assistance, and I can give you the figures for questions 1 and 3") are goodwill data
  (goodwill_giving), not advice;
- "the attachment below answers this part of your request" and "I have decided today to
  disclose" are information given;
- s14 refuses the request as a whole: numbered items beside it that give nothing of their own
  (the Act's subsections quoted) are no answers (beside a cost refusal they stay answers).
"""
from __future__ import annotations

import pytest

from parser import parse
from parser.judgement import outcome
from parser.record import Exemption, Table

CASES = [
    # --- letterhead address and telephone lines; "information falling within your request"
    ('letterhead_lines_not_figures', 'c/o PO Box 481\nFareham PO14 9FS\nTel: 02380 674255\nResponse\nI can confirm that the association does not hold information falling within your request.\nIt keeps no register of members of such societies.\n1st Floor, 10 Victoria Street, London SW1H 0NN T 020 7084 8950 F 020 7084 8951\n',
     'not_held', []),
    ('figure_lines_beside_scoped_not_held', 'c/o PO Box 481\nResponse\nThe association does not hold information for 2019.\nNorth area - 45\nSouth area - 51\n',
     'partial', []),
    # --- a clarification of the request is not a figure given
    ('clarification_then_ncnd', 'Response\nClarification received 03/07/2015 re question 7: the period for question 7 is 1st January 2009-1st June 2015.\nThe force neither confirms nor denies that it holds any information relevant to the request by virtue of section 31(3).\n',
     'refused', ['s31(3)']),
    ('figure_then_ncnd_of_the_rest', 'Response\nIn that period officers made 45 arrests.\nThe force neither confirms nor denies that it holds any other information by virtue of section 31(3).\n',
     'partial', ['s31(3)']),
    # --- the request restated; NCND of the whole or of one part
    ('request_restated_ncnd_whole', 'How many applications for restriction orders were made between 27 April 2017 and 26 April 2018.\nResponse\nWe will neither confirm nor deny that we hold any information relevant to your request, and in doing so we rely on this exemption:\nSection 31(3) - Law Enforcement\n',
     'refused', ['s31(3)']),
    ('fact_beside_ncnd_of_one_part', 'Response\nThe force runs two drones from its headquarters.\nAs to covert use, we neither confirm nor deny that such use is made, and in doing so we rely on this exemption:\nSection 31(3) - Law Enforcement\n',
     'partial', ['s31(3)']),
    # --- the refusal-notice template naming "those parts", with nothing else in the reply
    ('template_parts_whole_refusal', 'Response\nWhen the force refuses information because an exemption applies, section 17 requires it to send a notice saying so. For those parts of your request, this letter is that refusal notice.\nThe request is refused under section 14(1) as it would impose a grossly oppressive burden.\n',
     'refused', ['s14(1)']),
    ('template_parts_beside_figures', 'Response\nPlease find the figures below.\n2022 | 5\n2023 | 7\nFor those parts of your request about named officers, this letter is the refusal notice: the names are exempt under section 40(2).\n',
     'partial', ['s40(2)']),
    # --- refusal words giving the not-held reason; a hypothetical cost
    ('not_held_in_refusal_words', 'Response\nThe force does not record how many items go missing from its property stores, so the information is not held. The Act does not oblige us to create information, and so I cannot comply with your request.\nPlease treat this letter as a refusal notice.\n',
     'not_held', []),
    ('refusal_words_with_scoped_not_held', 'Response\nFigures for 2019 are not held. For the later years the information is exempt under section 31(1)(a), so I cannot comply with your request.\n',
     'refused', ['s31(1)(a)']),
    # --- withholding in words
    ('judged_unsuitable', 'Response\nI can tell you that information is held about the number of officers on duty in the South area that night; however, it has been judged unsuitable for disclosure.\n',
     'refused', []),
    ('judged_suitable', 'Response\nThe figures were judged suitable for disclosure and are attached.\n',
     'disclosed', []),
    ('most_given_rest_not_able', 'Response\nI have given you most of what you asked for; the list of vehicles is attached.\nI have not been able to give you the registration numbers of some specialist vehicles.\n',
     'partial', []),
    ('all_given_late', 'Response\nI have given you all of what you asked for; the list of vehicles is attached.\nI am sorry that we have not been able to provide this within 20 working days.\n',
     'disclosed', []),
    # --- a request mostly turned down on cost, said in words (the cost limit relied on in words is
    # s12, the corpus convention for cost refusals that name no section: fields5)
    ('mostly_turned_down', 'Response\nThe request was mostly turned down because finding the records would take longer than the time threshold allows, but the force did give a count of 1,805 events recorded since 2020.\n',
     'partial', ['s12']),
    ('cost_threshold_whole', 'Response\nFinding and providing the information your request seeks would take longer than the time threshold allows.\n',
     'refused', ['s12']),
    # --- "is not currently utilising" is a not-held statement
    ('not_utilising', 'Response\nThe force is not currently utilising live facial recognition.\n',
     'not_held', []),
    ('not_utilising_rest_exempt', 'Response\nThe force is not currently utilising live facial recognition.\nThis letter is the refusal notice for those parts of your request. The retrospective searches are intended for future publication and exempt under section 22(1)(a).\n',
     'partial', ['s22(1)(a)']),
    # --- a count of the questions asked is the request described, not a figure given
    ('questions_counted', 'Response\nAnswers were sought to five questions:\nThis letter is a refusal notice: the information is exempt under section 31(1)(a).\n',
     'refused', ['s31(1)(a)']),
    ('figure_for_a_question', 'Response\nFor question 1 there are currently 2,109 subjects in the community. Answering question 2 would exceed the appropriate limit under section 12.\n',
     'partial', ['s12']),
    # --- the requester's condition restated is no not-held statement
    ('requester_condition_not_held', 'Response\nIf the whole request went over the cost limit, the requester asked for whatever is held to be given where some data is not held.\nThe Service confirms that it holds the information, which is given in the attached document.\n',
     'disclosed', []),
    ('authority_not_held_part', 'Response\nThe information for 2019 is not held.\nThe rest of the information is given in the attached document.\n',
     'partial', []),
    # --- guidance on how to apply elsewhere is not information given
    ('guidance_on_how_to_attached', 'Response\nPersonal data is exempt under Section 40 of the FOI Act, so you will need to make a subject access request. The guidance on how to do so is attached.\n',
     'refused', ['s40']),
    ('report_attached_beside_s40', 'Response\nThe names of officers are exempt under Section 40 of the FOI Act. The report on the incident is attached.\n',
     'partial', ['s40']),
    # --- figures given in the same sentence as the section 16 advice duty
    ('s16_duty_and_figures', 'Response\nLocating the information would exceed the appropriate limit under section 12.\nSection 16 of the Act nonetheless gives me a duty to offer advice and assistance, and I can give you the figures for questions 1 and 3, which were retrieved during our first searches:\nWe have issued 6 closure orders and 0 ASB injunctions.\n',
     'partial', ['s12']),
    ('s16_advice_only', 'Response\nLocating the information would exceed the appropriate limit under section 12.\nSection 16 of the Act gives me a duty to offer advice and assistance, and I can give you the figures if you narrow your request to one year.\n',
     'refused', ['s12']),
    # --- "the attachment below answers this part"; "decided today to disclose"
    ('attachment_answers_part', 'Response\nThe force holds part of the information you asked for. I have decided today to disclose to you the information that was found, as follows.\n1. No information is held: the force keeps no count of patrols.\n2. The attachment below answers this part of your request.\n',
     'partial', []),
    ('attachment_missing_not_held', 'Response\nThe force does not hold the information you asked for.\n1. No information is held: the force keeps no count of patrols.\n2. No information is held about street crime by street.\n',
     'not_held', []),
    # --- s14 beside numbered items quoting guidance: no numbered item is an answer
    ('s14_beside_numbered_quotations', 'Response\nThis letter is the refusal notice for those parts of your request. We rely on section 14(1): reviewing every paper would place a grossly oppressive burden on the force.\nQuestion 1\nThe guidance of the ICO says:\nA request may be refused where the burden of dealing with it is grossly oppressive.\nQuestion 2\nThe Commissioner adds:\nThe authority should weigh the value of the request against that burden.\n',
     'refused', ['s14(1)']),
    ('cost_beside_numbered_prose_answers', 'Response\nSearching every personnel file would exceed the appropriate limit under section 12.\nQuestion 1\nThe Command Team ran the Constabulary day to day during the year.\nQuestion 2\nThe Chief Constable chaired the Command Team meetings each month.\n',
     'partial', ['s12']),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_refusal_kinds(name: str, text: str, expected: str, grounds: list[str]) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)


COST = ("Response\nLocating each incident and extracting its details would exceed the appropriate limit "
        "under section 12(2).\n")
_S12 = [Exemption(code="s12(2)", section="12", statute="FOIA",
                  evidence="Locating each incident and extracting its details would exceed the appropriate limit under section 12(2).")]


@pytest.mark.parametrize(("table", "expected"), [
    # the letter's heading block as a table: nothing given beside the cost refusal
    (Table(header=["Request Number:", "FOI/15775"], rows=[["Category:", "Antisocial Behaviour"], ["Date:", "October 14, 2025"]]), "refused"),
    # a table of figures beside the same refusal: given all the same
    (Table(header=["Year", "Incidents"], rows=[["2024", "1,204"], ["2025", "1,311"]]), "partial"),
])
def test_a_heading_block_table_gives_nothing(table: Table, expected: str) -> None:
    got, _ = outcome.decide(COST, exemptions=_S12, ncnd=False, tables=[table])
    assert got == expected


@pytest.mark.parametrize(("evidence", "expected"), [
    ("Even if the Act required such an exercise, its cost would engage the fees limit under Section 12.", True),
    ("Locating the records would exceed the fees limit under Section 12.", False),
])
def test_a_provision_in_a_hypothetical_is_set_aside(evidence: str, expected: bool) -> None:
    assert outcome.set_aside(Exemption(code="s12", section="12", statute="FOIA", evidence=evidence)) is expected

"""Outcome on text the corpus never showed: each way real replies phrase an outcome, written
for these tests (no real page copied) from how police, PCC, fire and council FOI replies are
worded, with the opposite case beside each rule. Every case states the exact outcome and
grounds parse() must give.

Rules (parser/judgement/outcome.py, phrasings in parser/data/cues.yml):
- a "Yes" answer, a sum of money or a count of people stated in prose is information given
  (answer_yes, figure_sentence);
- where the withholding names its own part ("the unit price is exempt"), plain statements of
  fact in the answer count as given (answer_prose_verb / answer_prose_guard,
  withheld_whole_subject); beside a refusal of the whole, NCND, cost or s14 they do not;
- goodwill said as "to be helpful" / "to assist you" / "under section 16 I can however give";
- where every ground is s21, sentences pointing to the published material are not information
  given (no table, figure lines, attachment or figure in prose beside them): refused;
- a pointer to a link or website, or suggestions on narrowing the request, is not information
  given (disclosed_guard), so s21 and s12+s16 replies stay refusals;
- a not-held statement about the whole request (not_held_whole, not scoped by a year, part or
  share: not_held_scoped) outweighs prose and pointers after it, not an attachment, figure
  lines or a table;
- a ground whose only sentence sets it aside withholds nothing (ground_set_aside);
- a refusal notice said to cover "those parts of your request" is partial; "not held in a form
  that can readily be retrieved" is the cost reason, not a not-held statement, and "not held
  centrally, so each district was asked" is how the figures were gathered;
- "data prior to 2021 is unavailable" is a not-held statement; "no redactions have been made"
  is not a partial release; a caveat on what the figures given cover ("these figures only
  include incidents where a crime was recorded") is not a not-held part;
- details taken out of what was given ("the names have been removed", "we have withheld the
  names") are a partial release, and "not in a position / not prepared to disclose" is
  withholding in words;
- "the force can confirm that it has a contract with ..." is a fact given ("can confirm that the
  force has received your request" or "... holds the information" is not);
- "Number of PCSOs: 212" is a line of figures ("Reference number: 4471" is not);
- "I must decline your request" is a refusal; "we searched and found nothing", "there are no
  records of", "the force has never used", "not an area the force records" are not held.
"""
from __future__ import annotations

import pytest

from parser import parse
from parser.judgement import outcome
from parser.record import Exemption

CASES = [
    # --- partial read as refused: something given and the rest withheld, NCND'd or not held
    ('figs_then_ncnd', 'Response\nWe can confirm that information is held.\n1. In 2023 the force received 312 reports of drink spiking.\n2. The force can neither confirm nor deny whether it holds information about covert operations, by virtue of section 23(5) and section 31(3).\n',
     'partial', ['s23(5)', 's31(3)']),
    ('yes_then_exempt', 'Our response\nQuestion 1: Yes, the force uses facial recognition software.\nQuestion 2: The name of the supplier is exempt under section 43(2) (commercial interests) and is withheld.\n',
     'partial', ['s43(2)']),
    ('prose_figure_then_s40', 'Response\nThere were 14 complaints made against officers in the period. The names of the officers are withheld under section 40(2) as they are personal data.\n',
     'partial', ['s40(2)']),
    ('goodwill_s12', 'Response\nTo locate every record would exceed the appropriate limit of 18 hours, so section 12(1) applies. However, to be helpful, the force has searched the custody system and found that 57 people were detained under this power in 2022.\n',
     'partial', ['s12(1)']),
    ('held_in_part', 'Response\nThe information you asked for is held in part.\nThe number of tasers is 145.\nWe do not record how many times each taser was drawn.\n',
     'partial', []),
    ('remainder_exempt', 'Response\nPlease find the figures for questions 1 and 2 in the table below.\nYear | Arrests\n2021 | 45\n2022 | 51\nThe remainder of your request is exempt under section 31(1)(a) as disclosure would prejudice law enforcement.\n',
     'partial', ['s31(1)(a)']),
    ('some_not_held', 'Response\nPlease find the information below.\n2020 - 10\n2021 - 12\n2022 - 9\nInformation for 2019 is not held as the system was introduced in 2020.\n',
     'partial', []),
    ('words_number', 'Our response\n1. Two officers attended the event.\n2. The cost of the operation is exempt under section 31(1)(a) and is withheld.\n',
     'partial', ['s31(1)(a)']),
    ('q_inline_answers_and_refusal', 'Response\nQ1. How many drones does the force own? A: 12\nQ2. Where are they based? A: The locations are exempt under section 24(1) and section 31(1)(a).\n',
     'partial', ['s24(1)', 's31(1)(a)']),
    ('confirm_held_figures_then_s30', 'We can confirm that the information you requested is held by the force. The total number of investigations opened in 2023 was 27. Details of individual investigations are exempt by virtue of section 30(1)(a).\n',
     'partial', ['s30(1)(a)']),
    ('cost_part', 'Response\nQuestion 1\nThe force has 24 dogs.\nQuestion 2\nTo find out how many times each dog was deployed would exceed the cost limit, so section 12(1) applies to this part of your request.\n',
     'partial', ['s12(1)']),
    ('bullets_then_ncnd', 'Response\nThe force can provide the following:\n- Number of officers trained: 310\n- Number of devices: 280\nIn relation to the remainder of your request the force neither confirms nor denies holding any further information by virtue of section 31(3).\n',
     'partial', ['s31(3)']),
    ('letter_nh_and_given', 'Dear Sir\nThank you for your request. Our answers are below.\n1. The force spent £45,000 on overtime in 2022.\n2. The force does not hold a breakdown by rank.\nYours faithfully\n',
     'partial', []),
    ('s12_16_county', 'Response\nSection 12(1) applies as locating the figures for each station would exceed the appropriate limit. Under section 16 I can however give you the county total, which is 2,104 arrests.\n',
     'partial', ['s12(1)']),
    ('attached_redacted', 'Response\nPlease find attached a copy of the contract. Personal data has been redacted under section 40(2).\n',
     'partial', ['s40(2)']),
    ('years_nh_figs_exempt', 'You asked for the number of brothel closures for 2016, 2017 and 2018, and the addresses.\na)\n2016 – no information held\n2017 – 7\n2018 – 19\nb) The addresses are exempt by virtue of Section 31(1) Law enforcement and Section 40(2) Personal information.\n',
     'partial', ['s31(1)', 's40(2)']),
    ('questions_group_exempt', 'REQUEST\n1. How many ANPR cameras does the force run?\n2. Where are they?\n3. How much did they cost?\nRESPONSE\nQuestions 1 & 2\nIn relation to these questions the following exemption applies: Section 31(1)(a)(b) – Law Enforcement.\nQuestion 3\nThe cameras cost £212,000 in total.\n',
     'partial', ['s31(1)(a)', 's31(1)(b)']),
    ('confirm_held_prose', 'I can confirm the information requested is held by Durham Constabulary.\nThe tool was built by the university and the force as a research programme. The model runs on open source software.\nThe weightings used in the model are exempt under section 43(2) as they are commercially sensitive.\n',
     'partial', ['s43(2)']),
    ('refusal_notice_for_parts', 'Response\nThe force does not currently use live facial recognition.\nThis letter is the refusal notice for those parts of your request about retrospective searches, which are exempt under section 31(1)(a).\n',
     'partial', ['s31(1)(a)']),
    ('not_in_form_and_scoped_cost', 'Response\nSome of the information you asked for is not held in a form that can readily be retrieved. Answering questions 2 and 3 would mean reading every record by hand, which would exceed the appropriate limit.\n',
     'partial', ['s12']),
    ('prose_fact_and_named_exempt', 'Response\nThe body worn cameras were bought from Axon in 2021. The unit price paid to the supplier is exempt under section 43(2) as it is commercially sensitive.\n',
     'partial', ['s43(2)']),
    ('not_held_year_scoped_table', 'Response\nWe do not hold this information for 2018.\nYear | Incidents\n2019 | 14\n2020 | 11\n',
     'partial', []),
    ('attached_and_this_not_held', 'Response\nThe number of call-outs is given in the attached spreadsheet.\nThe standby moves are agreed by telephone and are not logged. This information is not held.\n',
     'partial', []),
    ('s12_goodwill_figure_lines', 'Response\nAnswering every part would exceed the appropriate limit so section 12(1) applies. However, we were able to extract the yearly totals:\n2021 - 45\n2022 - 51\n',
     'partial', ['s12(1)']),
    ('s16_duty_and_can_provide', 'Response\nFinding every log would exceed the appropriate limit, so section 12 applies to the whole request.\nHowever, under section 16 I have a duty to give advice and assistance, and I can provide the yearly totals of reports, which are 1,020 for 2021 and 1,150 for 2022.\n',
     'partial', ['s12']),
    # --- refused read as partial: nothing given (s12 with s16 advice, s21 pointers, reasoning figures)
    ('s12_with_s16', 'Response\nTo answer your request the force would need to read every crime report manually, which would take well over 18 hours. Section 12(1) therefore applies and this is a refusal notice.\nSection 16 advice: if you narrowed your request to one year we may be able to provide the figures, for example the 2,300 reports for 2022 could be searched.\n',
     'refused', ['s12(1)']),
    ('s21_all', 'Response\nThe information you requested is already published on our website and is therefore exempt under section 21 of the Act. Please see the link below:\nhttps://www.example-police.uk/stop-search-data\n',
     'refused', ['s21']),
    ('s21_see', 'Response\nThe information requested is reasonably accessible to you by other means and section 21 applies. Please find it on the Home Office website, where the figures for each force are published.\n',
     'refused', ['s21']),
    ('s12_totals_reasoning', 'Response\nA search of the records found 4,500 incidents tagged as domestic abuse. Each of these would need to be read to answer your question, at around 5 minutes each, which is 375 hours. This exceeds the appropriate limit and section 12(1) applies to your whole request.\n',
     'refused', ['s12(1)']),
    ('s14', 'Response\nThe force considers this request vexatious and is applying section 14(1) of the Act. We will not respond to it.\n',
     'refused', ['s14(1)']),
    ('all_exempt_with_numbers_in_reasoning', 'Response\nThe information is held but is exempt under section 31(1)(a) and section 24(1). Disclosing the number of firearms officers would show that in some of the 12 districts there are fewer than 5 officers on duty, which would help criminals.\n',
     'refused', ['s31(1)(a)', 's24(1)']),
    ('ncnd_only', 'Response\nIn accordance with section 23(5) and section 24(2), the force neither confirms nor denies that it holds the information you requested.\n',
     'refused', ['s23(5)', 's24(2)']),
    ('s12_and_advice_example_figure', 'Response\nThe force estimates that it would take 120 hours to answer your request, which exceeds the 18 hour limit; section 12(1) applies.\nAdvice and assistance\nYou may wish to narrow your request to a single month. Please note that a narrower request may still be refused.\n',
     'refused', ['s12(1)']),
    ('s21_and_s12', 'Response\nThe annual figures are published on our website and are exempt under section 21; the monthly breakdown would exceed the appropriate limit and section 12(1) applies.\n',
     'refused', ['s21', 's12(1)']),
    ('not_obliged_s12_746', 'REQUEST\nPlease give the number of livestock thefts for each year from 2019 to 2024.\nRESPONSE\nYour request has been considered and I am not obliged to supply the information you asked for.\nThe following exemption applies:\nSection 12 - cost of compliance exceeds the appropriate limit.\nA search of our crime system for the keywords found 812 results in total. Reading each of them would take at least 2 minutes, so answering would take more than 24 hours.\nThe appropriate limit for the police service is £450, which is 18 hours of work.\n',
     'refused', ['s12']),
    ('ncnd_s12_2', 'In Response:\nSearches were made with the Command Team.\nI can neither confirm nor deny that the information you want is held, as finding out whether it is held would take longer than the permitted 18 hours, so Section 12(2) of the Act applies.\nPlease treat this as a refusal notice under Section 17 of the Act.\n',
     'refused', ['s12(2)']),
    ('ncnd_duty_construction', 'Response\nThe duty in Section 1(1)(a) of the Act to confirm whether information is held does not apply by virtue of Section 23(5) and Section 24(2).\n',
     'refused', ['s23(5)', 's24(2)']),
    ('exemption_does_apply', 'Response\nThe information is exempt under section 31(1)(a). We considered section 38 but it does not apply.\n',
     'refused', ['s31(1)(a)']),
    ('whole_subject_with_fact_like_reasoning', 'Response\nThe information you requested is exempt under section 31(1)(a).\nThe force operates in a busy urban area. Disclosure would harm the prevention of crime.\n',
     'refused', ['s31(1)(a)']),
    ('ncnd_with_general_statements', 'Response\nThe force neither confirms nor denies holding the information, by virtue of section 23(5).\nModern policing is intelligence led. The threat from terrorism is real.\n',
     'refused', ['s23(5)']),
    ('s12_s16_please_see_below', 'Response\nI am not obliged to comply with your request, as locating the information would exceed the appropriate limit under section 12(1).\nSection 16 - advice and assistance\nPlease see below some suggestions on how you could narrow your request so that it may fall within the limit:\n- ask for one year only\n- ask for one district only\n',
     'refused', ['s12(1)']),
    ('s12_s16_we_can_provide_if', 'Response\nThe cost of finding the information would exceed the appropriate limit, so section 12(1) applies.\nIn line with section 16, we can provide the figures for a single month if you submit a new request.\n',
     'refused', ['s12(1)']),
    ('s14_answer_is', 'Response\nThe force has decided to apply section 14(1) because this request is vexatious. The answer is that the force will not deal with further requests on this subject.\n',
     'refused', ['s14(1)']),
    ('s21_please_find_published', "Response\nThe information you have requested is published, so section 21 applies. Please find the data in the force's annual report, available here: www.example.police.uk/annual-report\n",
     'refused', ['s21']),
    # --- not held, though the reply explains or answers a neighbouring question
    ('explain', 'Response\nNo information is held. The force does not use drones for traffic enforcement; drones are used by the air support unit for searches for missing people, of which there were 40 flights last year.\n',
     'not_held', []),
    ('redirect', 'Response\nHampshire Constabulary does not hold this information. Speed cameras are run by the Safety Camera Partnership, and you may wish to contact them at the address below.\n',
     'not_held', []),
    ('neighbour', 'Response\nThe force does not hold any information relevant to your request. By way of explanation, the force keeps records of vehicles seized, and in 2022 there were 1,204 vehicles seized, but the reason for seizure is not recorded in a searchable way.\n',
     'not_held', []),
    ('please_see', "Response\nWe can confirm that no information is held. Please see our website for the force's published policies on the use of force.\n",
     'not_held', []),
    ('nil_simple', 'Response\nThe force holds no information within the scope of your request.\n',
     'not_held', []),
    ('not_held_explain_system', "Response\nThe information you have requested is not held. The force's crime recording system does not have a field for the nationality of victims, and so this cannot be searched.\n",
     'not_held', []),
    ('not_held_advice_other_body', 'Response\nThis information is not held by Thames Valley Police. The Driver and Vehicle Licensing Agency may hold it; their FOI team can be contacted at the address on their website.\n',
     'not_held', []),
    ('do_not_hold_but_explain', 'Response\nWest Mercia Police does not hold this information. Officers are not required to record the make of vehicle involved in a collision, and this detail is held by the Department for Transport in its STATS19 returns, which are published.\n',
     'not_held', []),
    ('not_held_form_plain', 'Response\nThe information you requested is not held by the force.\n',
     'not_held', []),
    ('not_record_and_pointer', 'Response\nThe force does not record this information. Please see the Home Office statistics, which give national figures.\n',
     'not_held', []),
    ('there_is_no_info_then_answer', "Response\nThere is no recorded information held that would answer your question. The force's policy on pursuits is published and explains when officers may pursue.\n",
     'not_held', []),
    ('hold_no_info_on_subject', 'Response\nWe hold no information on this subject. The matter is dealt with by the county council, who may be able to help.\n',
     'not_held', []),
    # --- disclosed, though the reply mentions an exemption it did not use or quotes the Act
    ('considered_s31', 'Response\nWe considered whether section 31 applied to this information but decided that it does not. Please find the figures below.\n2021 - 12\n2022 - 15\n',
     'disclosed', []),
    ('quotes_act', 'Response\nPlease find attached the policy you asked for.\nSection 1 of the Freedom of Information Act 2000 places two duties on public authorities. Where exemptions are relied upon Section 17 requires that the applicant be given a notice.\n',
     'disclosed', []),
    ('yes_no', 'Response\n1. Does the force use body worn video? Yes.\n2. How many devices? 1,450.\n3. Who supplies them? Axon.\n',
     'disclosed', []),
    ('mention_s40_not_applied', 'Response\nPlease find the figures below. We have not applied section 40(2) as no individual can be identified.\n2022 | 5\n2023 | 7\n',
     'disclosed', []),
    ('attached_with_note', 'Response\nPlease find the information you requested in the attached spreadsheet.\n',
     'disclosed', []),
    ('prose_answer', "Response\nThe force's policy on body worn video is published on its website and a copy is attached. The policy was last reviewed in March 2023.\n",
     'disclosed', []),
    ('table_and_s17_template', 'Response\nThe figures are as follows:\nYear | Stops\n2021 | 300\n2022 | 320\nWhere an exemption is relied on, section 17 of the Act requires us to give a refusal notice. No exemption has been applied.\n',
     'disclosed', []),
    ('answers_numbered', 'Our response\n1. 24\n2. Yes\n3. The unit is based at Headquarters.\n',
     'disclosed', []),
    # --- whole replies with a force's templates (s1/s17 duties, harm, public interest, rights)
    ('partial_template', 'Your request\n1. How many officers are trained to use spit guards?\n2. How many times were spit guards used in each district?\nOur response\n1. 1,310 officers are trained.\n2. Section 1 of the Freedom of Information Act 2000 places two duties on public authorities. Unless exemptions apply, the first duty at Section 1(1)(a) is to confirm or deny whether the information specified in a request is held. The second duty at Section 1(1)(b) is to disclose information that has been confirmed as being held. Where exemptions are relied upon Section 17 of the Act requires that we provide the applicant with a notice which a) states that fact b) specifies the exemption in question and c) states why the exemption applies.\nThe information for question 2 is exempt by virtue of Section 31(1)(a) Law enforcement.\nHarm\nDisclosure would reveal tactical capability. Criminals could use the figures for the 4 districts to work out where resources are thin.\nPublic interest test\nFactors favouring disclosure: openness about the use of public funds.\nFactors favouring non-disclosure: the prevention and detection of crime.\nBalance: the balance lies in favour of non-disclosure.\nIf you are unhappy with this response you may ask for an internal review within 40 working days. You may then complain to the Information Commissioner under section 50 of the Act.\n',
     'partial', ['s31(1)(a)']),
    ('refused_template', 'Your request\n1. How many officers are trained to use spit guards?\n2. How many times were spit guards used in each district?\nOur response\nSection 1 of the Freedom of Information Act 2000 places two duties on public authorities. Unless exemptions apply, the first duty at Section 1(1)(a) is to confirm or deny whether the information specified in a request is held. The second duty at Section 1(1)(b) is to disclose information that has been confirmed as being held. Where exemptions are relied upon Section 17 of the Act requires that we provide the applicant with a notice which a) states that fact b) specifies the exemption in question and c) states why the exemption applies.\nThe information requested is exempt by virtue of Section 31(1)(a) Law enforcement.\nHarm\nDisclosure would reveal tactical capability. Criminals could use the figures for the 4 districts to work out where resources are thin.\nPublic interest test\nFactors favouring disclosure: openness about the use of public funds.\nFactors favouring non-disclosure: the prevention and detection of crime.\nBalance: the balance lies in favour of non-disclosure.\nIf you are unhappy with this response you may ask for an internal review within 40 working days. You may then complain to the Information Commissioner under section 50 of the Act.\n',
     'refused', ['s31(1)(a)']),
    ('disclosed_template', 'Your request\n1. How many officers are trained to use spit guards?\n2. How many spit guards were bought in 2023?\nOur response\n1. 1,310\n2. 4,000\nSection 1 of the Freedom of Information Act 2000 places two duties on public authorities. Unless exemptions apply, the first duty at Section 1(1)(a) is to confirm or deny whether the information specified in a request is held. The second duty at Section 1(1)(b) is to disclose information that has been confirmed as being held. Where exemptions are relied upon Section 17 of the Act requires that we provide the applicant with a notice which a) states that fact b) specifies the exemption in question and c) states why the exemption applies.\nIf you are unhappy with this response you may ask for an internal review within 40 working days. You may then complain to the Information Commissioner under section 50 of the Act.\n',
     'disclosed', []),
    ('partial_nh_template', 'You asked:\n1. How many drones does the force own?\n2. How many drone flights were made over protests?\nIn response:\n1. The force owns 9 drones.\n2. This information is not recorded by the force.\nIf you are unhappy with this response you may ask for an internal review within 40 working days. You may then complain to the Information Commissioner under section 50 of the Act.\n',
     'partial', []),
    ('refused_s12_template', 'You asked:\nAll emails sent by the chief constable mentioning the word budget in 2023.\nIn response:\nI am not obliged to supply the information you have requested. A search found 3,412 emails, and reading each for one minute would take 57 hours, exceeding the 18 hour appropriate limit under section 12(1).\nIn accordance with section 16 you may wish to narrow your request, for example to one month.\nIf you are unhappy with this response you may ask for an internal review within 40 working days. You may then complain to the Information Commissioner under section 50 of the Act.\n',
     'refused', ['s12(1)']),
    ('notheld_template', 'You asked:\nHow many officers were disciplined for misuse of drones?\nIn response:\nFollowing searches with Professional Standards, no information is held in relation to your request. For context, the force has 14 trained drone pilots.\nIf you are unhappy with this response you may ask for an internal review within 40 working days. You may then complain to the Information Commissioner under section 50 of the Act.\n',
     'not_held', []),
    # --- not held in part said in other words, redaction denied, parts NCND'd, whole replies in parts
    ('unavailable_prior', 'Response\nPlease find the information below.\n2021 - 140\n2022 - 151\nData prior to 2021 is unavailable as the current system was introduced in that year.\n',
     'partial', []),
    ('unable_to_provide_year', 'Response\nThe figures for 2022 and 2023 are below.\n2022 - 33\n2023 - 41\nWe are unable to provide figures for 2021 as they were not recorded.\n',
     'partial', []),
    ('no_record_of_part', 'Response\n1. The force has 6 marked motorcycles.\n2. We have no record of how many miles they travelled.\n',
     'partial', []),
    ('not_something_we_record', 'Response\nQ1 The force employs 45 call handlers.\nQ2 The number of calls each handler takes is not something we record.\n',
     'partial', []),
    ('not_held_centrally_but_gathered', 'Response\nThis information is not held centrally, so each district was asked to search its records. The results are below.\nNorth - 12\nSouth - 9\nEast - 4\n',
     'disclosed', []),
    ('redaction_none', 'Response\nPlease find attached the minutes of the meetings. No redactions have been made.\n',
     'disclosed', []),
    ('ncnd_part_after_figures', 'Response\n1. The force made 210 arrests for county lines offences in 2023.\n2. With regard to covert tactics, the force neither confirms nor denies that it holds any information, by virtue of section 31(3).\n',
     'partial', ['s31(3)']),
    ('exempt_all_parts_numbered', 'Response\n1. This information is exempt under section 31(1)(a).\n2. This information is exempt under section 31(1)(a).\n',
     'refused', ['s31(1)(a)']),
    ('numbered_all_not_held', 'Response\n1. This information is not held.\n2. The force does not record this.\n',
     'not_held', []),
    ('number_words', 'Response\nThe force has three dogs trained to detect firearms and two trained to detect cash.\n',
     'disclosed', []),
    ('not_central_would_have_to_ask', 'Response\nSome of the information is held, but we cannot supply it. The records are not kept centrally, so each district would have to be asked, which would take more than the 18 hours allowed. Section 12 applies and this letter is a refusal notice.\n',
     'refused', ['s12']),
    # --- withholding said in words with no provision: details taken out, 'not in a position to disclose'
    ('names_removed', 'Response\nPlease find attached the incident log. The names of members of the public have been removed.\n',
     'partial', []),
    ('not_in_position', 'Response\n1. The force has 12 armed response vehicles.\n2. We are not in a position to disclose where they are based, as this would compromise operations.\n',
     'partial', []),
    ('not_prepared', 'Response\nThe total spend on the contract was £1.2 million. The force is not prepared to release the breakdown by supplier because it is commercially sensitive.\n',
     'partial', []),
    ('withheld_names_we', 'Response\nPlease see the table below.\nStation | Closures\nNorth | 2\nSouth | 1\nWe have withheld the names of the staff involved.\n',
     'partial', []),
    ('excluded_details', 'Response\nThe figures are set out below.\n2022 - 17\n2023 - 22\nDetails that could identify the victims have been excluded.\n',
     'partial', []),
    ('removed_nothing_fig', 'Response\nThe figures are set out below.\n2022 - 17\n2023 - 22\nThe figures have been rounded to the nearest whole number.\n',
     'disclosed', []),
    ('not_in_position_all', 'Response\nWe are not in a position to disclose the information you requested, as it is exempt under section 38(1).\n',
     'refused', ['s38(1)']),
    # --- refusals and not-held replies said without the usual words
    ('decline', 'Response\nI must decline your request, as the information is intended for publication next month.\n',
     'refused', []),
    ('declined_passive', 'Response\nYour request has been declined because answering it would place a grossly excessive burden on the force.\n',
     'refused', []),
    ('decided_not_disclose', 'Response\nAfter weighing the public interest I have decided not to disclose the report.\n',
     'refused', []),
    ('searched_found_nothing', 'Response\nWe have searched our records and found nothing that matches your description.\n',
     'not_held', []),
    ('no_records_of', 'Response\nThere are no records of any such complaints being made.\n',
     'not_held', []),
    ('never_used', 'Response\nThe force has never used spit hoods, so there is nothing to provide.\n',
     'not_held', []),
    ('no_such_reports', 'Response\nNo such reports have been produced by the force.\n',
     'not_held', []),
    ('not_an_area', 'Response\nThis is not an area the force records information about.\n',
     'not_held', []),
    ('zero', 'Response\nThe number of officers dismissed for this reason in 2023 was 0.\n',
     'disclosed', []),
    ('searched_found_figures', 'Response\nWe searched the complaints system and found the following.\n2022 - 14\n2023 - 9\n',
     'disclosed', []),
    ('never_one_part', 'Response\n1. The force has 40 tasers.\n2. The force has never used spit hoods.\n',
     'partial', []),
    # --- figures stated with the verbs of policing; a search's yield is not a figure given
    ('identified_figure', 'Response\nThe force identified 27 officers who had been investigated for this in 2023. Their names and ranks are exempt under section 40(2).\n',
     'partial', ['s40(2)']),
    ('arrested_figure', 'Response\nOfficers arrested 310 people under this power last year. The locations of the operations are exempt under section 31(1)(a).\n',
     'partial', ['s31(1)(a)']),
    ('search_found_docs_exempt', 'Response\nThe information you requested is exempt under section 42 as it is subject to legal professional privilege. A search identified 312 documents, all of which are covered by privilege.\n',
     'refused', ['s42']),
    ('officers_searched_people', 'Response\nOfficers searched 412 people under section 60 during the operation.\n',
     'disclosed', []),
    # --- s21 for all of it: a pointer to published material gives nothing; beside an answer it is partial
    ('s21_found_in_report', "Response\nThis information is reasonably accessible to you and is exempt under section 21. The figures are published in the force's annual report, which can be found in the publications section.\nThe answer to your question is in table 3 of that report.\n",
     'refused', ['s21']),
    ('s21_one_part_other_answered', 'Response\n1. The force has 15 drones.\n2. The drone policy is published on our website and is exempt under section 21.\n',
     'partial', ['s21']),
    ('s21_with_figure_lines', 'Response\nThe yearly totals are below.\n2021 - 40\n2022 - 44\nThe monthly figures are published on our website, so section 21 applies to them.\n',
     'partial', ['s21']),
    # --- a caveat on what the figures given cover is not a not-held part; a year not held is
    ('not_recorded_caveat', 'Response\nPlease find the information below.\n2021 - 102\n2022 - 98\nPlease note that the figures are for recorded crimes; crimes that were not reported to the police are not recorded and so cannot be included.\n',
     'disclosed', []),
    ('figures_cover_caveat', 'Response\nThe results are below.\n2022 - 310\n2023 - 295\nThese figures only include incidents where a crime was recorded; calls that did not lead to a crime are not recorded in the same system.\n',
     'disclosed', []),
    ('figures_but_year_not_held', 'Response\nThe results are below.\n2022 - 310\n2023 - 295\nInformation for 2021 is not held because the system was replaced.\n',
     'partial', []),
    # --- answers laid out as Q/A pairs, tables and 'label: value' bullets
    ('table_qa_mixed', 'Response\nQuestion | Answer\nHow many tasers does the force have? | 420\nWhere are they stored? | Exempt under section 31(1)(a)\n',
     'partial', ['s31(1)(a)']),
    ('a1_a2', 'Q1 How many cars were stolen in 2023?\nA1 There were 1,932 vehicles stolen.\nQ2 How many were fitted with trackers?\nA2 This information is not recorded.\n',
     'partial', []),
    ('bulleted_answers', 'Our response:\n• Number of PCSOs: 212\n• Number of special constables: 140\n• Deployment locations: withheld under section 31(1)(a)\n',
     'partial', ['s31(1)(a)']),
    ('numbered_not_held_and_na', 'Response\n1. The force does not hold this information.\n2. N/A\n',
     'not_held', []),
    ('a1_a2_all_given', 'Q1 How many cars were stolen in 2023?\nA1 1,932\nQ2 How many were recovered?\nA2 1,104\n',
     'disclosed', []),
    ('q_all_exempt', 'Q1 Where are the cameras?\nA1 Exempt under section 31(1)(a).\nQ2 What models are they?\nA2 Exempt under section 43(2).\n',
     'refused', ['s31(1)(a)', 's43(2)']),
    ('reference_number_lines', 'Reference number: 4471\nRequest number: 2024/118\nResponse\nThe information you requested is exempt under section 31(1)(a).\n',
     'refused', ['s31(1)(a)']),
    # --- a fact given beside an exemption for the rest; NCND by the duty construction
    ('however_we_can_tell_you', 'Response\nThe details of individual deployments are exempt under section 31(1)(a). However, we can tell you that the unit was deployed on 14 occasions in 2023.\n',
     'partial', ['s31(1)(a)']),
    ('ncnd_confirm_template', 'Response\nThe force can neither confirm nor deny that it holds the information, as the duty in section 1(1)(a) does not apply by virtue of section 23(5).\n',
     'refused', ['s23(5)']),
    ('information_provided_rest_exempt', 'Response\nInformation relating to the number of complaints is provided below.\n2022 - 44\n2023 - 51\nInformation relating to the outcome of each complaint is exempt under section 40(2).\n',
     'partial', ['s40(2)']),
    ('we_can_disclose_that', 'Response\nWe can disclose that the force paid £12,400 in compensation in 2023. The names of the recipients are exempt under section 40(2).\n',
     'partial', ['s40(2)']),
    # --- a fact confirmed is given; confirming a request received or information held is not
    ('can_confirm_fact_then_ncnd', 'Response\nThe force can confirm that it has a contract with a facial recognition supplier. The force neither confirms nor denies holding any further information about how the system is used, by virtue of section 24(2) and section 31(3).\n',
     'partial', ['s24(2)', 's31(3)']),
    ('confirm_received_request', 'Response\nI can confirm that the force has received your request. The force neither confirms nor denies that it holds the information, by virtue of section 23(5).\n',
     'refused', ['s23(5)']),
    ('confirm_holds_then_exempt', 'Response\nWe can confirm that the force holds the information you requested. It is exempt under section 31(1)(a).\n',
     'refused', ['s31(1)(a)']),
    # --- FOISA and EIR wordings, and letters that only enclose
    ('foisa_s17_notice', 'Response\nUnder section 17 of the Freedom of Information (Scotland) Act 2002, this is formal notice that Police Scotland does not hold the information you requested.\n',
     'not_held', []),
    ('foisa_s17_part', 'Response\n1. Police Scotland recorded 1,204 hate crimes in 2023.\n2. In terms of section 17 of the Act, this is notice that we do not hold a breakdown by council ward.\n',
     'partial', []),
    ('eir_12_4_a', 'Response\nThe council does not hold this information, and regulation 12(4)(a) of the Environmental Information Regulations 2004 applies.\n',
     'not_held', ['r12(4)(a)']),
    ('eir_some_excepted', 'Response\nPlease find attached the noise complaint logs. The addresses of complainants have been withheld under regulation 13 of the EIR.\n',
     'partial', ['r13']),
    ('we_enclose', "Response\nWe enclose a copy of the force's policy on the use of drones.\n",
     'disclosed', []),
    ('our_response_attached', 'Dear Sir\nThank you for your request. Our response is attached as a PDF.\nYours faithfully\n',
     'disclosed', []),
]


@pytest.mark.parametrize(("name", "text", "expected", "grounds"), CASES, ids=[c[0] for c in CASES])
def test_outcome_on_unseen_phrasing(name: str, text: str, expected: str, grounds: list[str]) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == (expected, grounds)


FIGURES = "Response\nPlease find the figures below.\n2022 | 5\n2023 | 7\n"


@pytest.mark.parametrize(("evidence", "expected"), [
    # considered and set aside: nothing withheld
    ("We have considered section 40(2) but as the figures are totals no one can be identified.", "disclosed"),
    ("Section 40(2) has not been applied.", "disclosed"),
    ("No exemption has been applied to this information.", "disclosed"),
    # relied on: the names are withheld beside the figures
    ("The names of the officers are withheld under section 40(2).", "partial"),
    # the NCND construction ("the duty ... does not apply") is relied on, not set aside
    ("The duty in Section 1(1)(a) does not apply by virtue of Section 40(5).", "partial"),
])
def test_a_ground_set_aside_withholds_nothing(evidence: str, expected: str) -> None:
    ground = Exemption(code="s40(2)", section="40", statute="FOIA", evidence=evidence)
    got, _ = outcome.decide(FIGURES + evidence + "\n", exemptions=[ground], ncnd=False, tables=[])
    assert got == expected

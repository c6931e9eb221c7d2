"""Authority families behind the misses of web23 and web24's first sight (session 8, fields13), in
texts written for these tests, each with a near miss that must not change:

- a government department that names itself only by its abbreviation ("the MOD is not obliged to
  comply"), while its letterhead's town lies in a force's area (web24_11);
- a disclosure log restating the request in the third person ("the requester asked for:"): the
  force the request names is the request's subject, and the site's own copyright line names the
  writer (web23_11);
- a response introduced as "The <force> response is set out below.": the request ends there, so
  a commissioner the request names is no writer (web24_09);
- a copy cut off mid-sentence: a body its last, unfinished line describes earns no sign-off
  weight (web24_08, once its mirror's closing lines were cleaned away).
"""
from __future__ import annotations

from parser.fields.authority import find_authority
from parser.fields.sections import request_span


MOD_LETTER = (
    "HEADQUARTERS AIR COMMAND Business Secretariat Royal Air Force High Wycombe Our Ref: 2009/123\n"
    "Thank you for your e-mail asking for every report of lights in the sky last year. Reports for "
    "earlier years are on our website. Under section 22 the MOD is not obliged to comply with the part "
    "of your request about this year, as the MOD intends to publish those reports in the spring.\n"
)


def test_department_named_by_its_abbreviation() -> None:
    assert find_authority(MOD_LETTER) == ("Ministry of Defence", "ministry-of-defence")


def test_abbreviation_is_case_sensitive() -> None:
    # "mod" in lower case is no department: the letterhead's town stays the last resort
    text = MOD_LETTER.replace("the MOD", "the mod team")
    assert find_authority(text) == ("Thames Valley Police", "thames-valley")


def test_mod_police_stays_the_force() -> None:
    text = "The MoD Police holds the information you asked for, and it is set out below.\n"
    assert find_authority(text) == ("Ministry of Defence Police", "mdp")


THIRD_PERSON_LOG = (
    "Drones\n"
    "For the last five years the requester asked for:\n"
    "1. The number of drones the Metropolitan Police owns.\n"
    "2. The number of incidents reported to the Metropolitan Police involving drones.\n"
    "For question 1 no information is held, and we will neither confirm nor deny anything further.\n"
)


def test_third_person_request_names_only_its_subject() -> None:
    chrome = "Back to previous FOI requests\n\u00a9 Avon and Somerset Constabulary"
    assert find_authority(THIRD_PERSON_LOG, chrome=chrome) == ("Avon and Somerset Police", "avon-somerset")


def test_third_person_lead_opens_the_request() -> None:
    span = request_span(THIRD_PERSON_LOG)
    assert span is not None
    assert THIRD_PERSON_LOG[span[0]:].startswith("1. The number of drones")


def test_force_named_outside_a_request_still_writes() -> None:
    # the same page with no lead-in: the force named in the body is the writer
    text = THIRD_PERSON_LOG.replace("the requester asked for:", "figures were compiled.")
    chrome = "Back to previous FOI requests\n\u00a9 Avon and Somerset Constabulary"
    assert find_authority(text, chrome=chrome) == ("Metropolitan Police Service", "met")


RESPONSE_INTRO = (
    "Hunt protocol\n"
    "I am writing about your request for information, received on 2nd March 2024, which read as follows:\n"
    "Q1. Did you discuss the protocol with the Police and Crime Commissioner?\n"
    "Q2. Who withdrew the notice?\n"
    "The Warwickshire Police response is set out below.\n"
    "Q1 response: No information held.\n"
    "Q2 response: Legal Services dealt with this.\n"
)


def test_response_intro_ends_the_request() -> None:
    span = request_span(RESPONSE_INTRO)
    assert span is not None
    assert RESPONSE_INTRO[span[1]:].startswith("The Warwickshire Police response is set out below.")
    assert find_authority(RESPONSE_INTRO) == ("Warwickshire Police", "warwickshire")


def test_a_response_sentence_without_below_does_not_end_the_request() -> None:
    text = RESPONSE_INTRO.replace("The Warwickshire Police response is set out below.",
                                  "The Warwickshire Police response to the notice was criticised.")
    span = request_span(text)
    assert span is not None
    assert text[span[1]:] == "" or not text[span[1]:].startswith("The Warwickshire Police response")


CUT_COPY = (
    "Our Ref: 2015-053\n"
    "Thank you for your letter about ethnic monitoring, which we received on 11 June 2015. You asked how "
    "ethnicity is recorded when staff join, and how many staff describe themselves as belonging to each of "
    "the groups named in your letter. Your request has been handled under the Freedom of Information Act "
    "2000, and the answers to your questions follow in the order you asked them.\n"
    "I confirm that the CNC/CNPA holds information of the kind you asked for.\n"
    "The CNC monitors ethnicity when officers are recruited.\n"
    "The Civil Nuclear Constabulary is a specialist armed police service for the civil nuclear industry, with units based"
)


def test_a_copy_cut_mid_sentence_has_no_signature() -> None:
    assert find_authority(CUT_COPY) == ("Civil Nuclear Police Authority", "cnpa")


def test_a_signature_line_still_counts() -> None:
    text = CUT_COPY.rsplit("\n", 1)[0] + "\nYours sincerely\nDisclosure Officer\nCivil Nuclear Constabulary\n"
    assert find_authority(text) == ("Civil Nuclear Constabulary", "cnc")

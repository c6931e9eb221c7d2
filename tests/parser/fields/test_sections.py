"""sections.split_request_response: numbered pairs, headings, lead-ins, and no markers."""
from __future__ import annotations

import pytest

from parser.fields.sections import split_request_response

CASES = [
    # Northumbria beta: "You asked:" / "In Response:".
    ("Date Responded 06 November 2019\n\nYou asked:\n\n1. How many incidents?\n2. How many prosecutions?\n\n"
     "In Response:\n\nWe have now fully considered your request.\nNone are held.",
     ("1. How many incidents?\n2. How many prosecutions?",
      "In Response:\n\nWe have now fully considered your request.\nNone are held.")),
    # South Wales: REQUEST / RESPONSE headings.
    ("REQUEST\nYou asked for information about the LFR trial.\nRESPONSE\nWe consulted our Digital Services Unit.",
     ("You asked for information about the LFR trial.", "RESPONSE\nWe consulted our Digital Services Unit.")),
    # Met: "I note you seek access to the following information:" then a decision.
    ("Freedom of information request reference no: 01.FOI.23.028716\nI note you seek access to the following "
     "information:\nThe number of vehicles.\nDecision\nI have today decided to disclose the information.",
     ("The number of vehicles.", "Decision\nI have today decided to disclose the information.")),
    # Cleveland: "Below is your request and our response." and no answer heading: the first
    # line that opens an answer ends the request.
    ("Enquiry Reference: 207-24\nBelow is your request and our response.\nHow many negotiators do you have?\n"
     "Please can you provide the training costs:\nPlease see below exemption s31(1)(a)(b) Law Enforcement\n"
     "Training is two weeks long.",
     ("How many negotiators do you have?\nPlease can you provide the training costs:",
      "Please see below exemption s31(1)(a)(b) Law Enforcement\nTraining is two weeks long.")),
    # "Thank you for your request ... You asked for:" and an answer opener.
    ("Thank you for your request, which was received in this office on 3rd February. You asked for:\n"
     "The total number of requests, broken down by gender.\nHaving made enquiries within the Force, "
     "the information below is all we hold.",
     ("The total number of requests, broken down by gender.",
      "Having made enquiries within the Force, the information below is all we hold.")),
    # A letter: "your request ... received on 9 June 2016:" then a "Response" heading.
    ("Dear Mr Stuart,\nI am writing in response to your request for information under the FOIA, received on "
     "9 June 2016:\nDo you have a fraud hotline?\n\nResponse\n\nA suspected fraud can be reported to Action Fraud.",
     ("Do you have a fraud hotline?", "Response\n\nA suspected fraud can be reported to Action Fraud.")),
    # West Yorkshire: "Our Response:".
    ("FOI reference FOI 1759225/23\nRequest:\nDetails of the incident in Leeds.\nOur Response:\nWe cannot confirm.",
     ("Details of the incident in Leeds.", "Our Response:\nWe cannot confirm.")),
    # Police Scotland letters: "your request is replicated below together with the response".
    ("I refer to your recent request for information.\nFor ease of reference, your request is replicated below "
     "together with the response.\n\n1. Please provide the names of custody officers.\n\nIn response, I can "
     "confirm that Police Scotland does not hold this information.",
     ("1. Please provide the names of custody officers.",
      "In response, I can confirm that Police Scotland does not hold this information.")),
    ("Dear Sir,\nYou wrote:\nPlease send all press office emails about the magazine.\nResponse:\nParts are exempt.",
     ("Please send all press office emails about the magazine.", "Response:\nParts are exempt.")),
    # Nothing recognisable: everything is the response.
    ("Please see the attached spreadsheet.", ("", "Please see the attached spreadsheet.")),
    ("", ("", "")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text: str, expected: tuple[str, str]) -> None:
    assert split_request_response(text) == expected


def test_numbered_pairs_collect_every_request_and_every_answer() -> None:
    text = (
        "Request: FOI/13384\n"
        "We have now considered your request for information.\n"
        "Request 1\nDoes the PSNI have a policy on this?\n"
        "Answer 1\nThe PSNI does not hold this information.\n"
        "Request 2\nHow many complaints were received?\n"
        "Answer\nThe PSNI can neither confirm nor deny that it holds the information.\n"
        "If you are not satisfied you may ask for a review.\n"
    )
    assert split_request_response(text) == (
        "Does the PSNI have a policy on this?\nHow many complaints were received?",
        "Request: FOI/13384\nWe have now considered your request for information.\n"
        "The PSNI does not hold this information.\n"
        "The PSNI can neither confirm nor deny that it holds the information.\n"
        "If you are not satisfied you may ask for a review.",
    )


def test_numbered_questions_inside_the_response_are_not_pairs() -> None:
    text = ("REQUEST\nYou asked about the trial.\nRESPONSE\nQuestion 1\nThe bid was made by the NPCC.\n"
            "Question 2\nThis part is vexatious.")
    assert split_request_response(text) == (
        "You asked about the trial.",
        "RESPONSE\nQuestion 1\nThe bid was made by the NPCC.\nQuestion 2\nThis part is vexatious.",
    )


def test_inline_numbered_text_after_the_heading_is_kept() -> None:
    text = "Question 1: How many drones?\nAnswer 1: Four.\nQuestion 2: What did they cost?\nAnswer 2: Not held."
    assert split_request_response(text) == (
        "How many drones?\nWhat did they cost?",
        "Four.\nNot held.",
    )


def test_seed_request_and_response(seed_bytes: bytes) -> None:
    request, response = split_request_response(seed_bytes.decode("utf-8"))
    assert request == (
        "I'm trying to collate information on policing for hostage and crisis negotiations to understand how "
        "forces are tackling serious crime.\nPlease can you provide information to the below under the freedom "
        "of information act, if possible:"
    )
    assert response.startswith("Please see below exemption s31(1)(a)(b) Law Enforcement\n")
    assert "The National Crisis Negotiator Course is two weeks long." in response


def test_very_long_text_keeps_everything_past_the_scan_window_in_the_response() -> None:
    appendix = "Appendix line.\n" * 20_000  # 300 000 characters
    text = "You asked:\nHow many drones?\n\nIn Response:\nFour.\n" + appendix
    request, response = split_request_response(text)
    assert request == "How many drones?"
    assert response == ("In Response:\nFour.\n" + appendix).strip()

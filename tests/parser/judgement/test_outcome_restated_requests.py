"""Parts under "Request N" headings that hold only questions and the requester's asks restate the
request: they answer nothing, so they are not guessed given."""
from __future__ import annotations

from parser.judgement import ncnd, outcome
from parser.judgement.exemptions import find_exemptions

_OPENING = "For request number FOI/100 the force gives an NCND response, which the answer below explains.\n"
_ASKS = (
    "Request 1\nDoes your force use downloading kiosks? Please give your definition of low-level crime.\n"
    "Request 2\nIf you have a kiosk, who supplies it? Where contracts exist, please give their start and end dates.\n"
    "Request 3\nDoes your force analyse the data with software? If it does, please name the software.\n"
)


def _decide(text: str) -> str | None:
    found = find_exemptions(text)
    flag = ncnd.detect(text, found)
    return outcome.decide(text, exemptions=found, ncnd=flag, tables=[], response_text="")[0]


def test_restated_requests_under_an_ncnd_give_nothing() -> None:
    assert _decide(_OPENING + _ASKS) == "refused"


def test_an_answer_under_a_request_heading_is_still_an_answer() -> None:
    # opposite: a statement under the question is an answer given
    answered = _ASKS.replace(
        "please name the software.\n", "please name the software.\nThe force uses analytics software from one supplier.\n"
    )
    assert _decide(_OPENING + answered) == "partial"


def test_please_see_under_a_request_heading_is_not_an_ask() -> None:
    # opposite: "Please see ..." points to an answer; it is not the requester asking
    assert outcome._only_asks("Does your force use kiosks? Please give the dates.") is True
    assert outcome._only_asks("Please see the attached spreadsheet.") is False
    assert outcome._only_asks("Yes. Please give us more time.") is False

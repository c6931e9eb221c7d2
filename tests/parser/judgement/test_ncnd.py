"""Neither confirm nor deny: on the record and on the exemption."""
from __future__ import annotations

import pytest

from parser.judgement import ncnd
from parser.judgement.exemptions import find_exemptions


def detect(text: str, regime: str = "FOIA", request_text: str = "") -> bool:
    return ncnd.detect(text, find_exemptions(text, regime=regime), request_text=request_text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The force can neither confirm nor deny that it holds the information.", True),
        ("Police Scotland neither confirms nor denies whether the information exists.", True),
        ("For request 2 the PSNI is giving an NCND response, explained below.", True),
        ("The duty to confirm or deny does not apply, by virtue of section 31(3).", True),
        ("We will not confirm or deny whether any such operation took place.", True),
        ("The force is excluded from the duty to confirm or deny by section 23(5).", True),
        ("The information is exempt under section 40(5B)(a)(i) of the Act.", True),
        ("We rely on sections 23(5) and 24(2).", True),
        ("In terms of section 18(1) of FOISA, Police Scotland will not reveal whether the information exists.", True),
        # not NCND
        ("The information is exempt under section 40(2) and section 31(1)(a).", False),
        ("There is no requirement under S.14(1) to provide any information, or to confirm or deny whether the information is held.", False),
        ("Section 1(1)(a) requires an authority to confirm or deny whether it holds the information.", False),
        # the seed's template slip: the force confirms it holds the information
        ("Cleveland Police can confirm we hold the information relevant to your request as the duty in Section 1(1) (a) of the Freedom of Information Act 2000 does not apply, by virtue of the following exemptions:", False),
        # an explanation, not this response's answer
        ("Where a public authority may neither confirm nor deny holding information, it must say so.", False),
        ("", False),
    ],
)
def test_detect(text: str, expected: bool) -> None:
    assert detect(text) is expected


def test_requesters_words_do_not_set_ncnd() -> None:
    request = "Please do not give me a neither confirm nor deny response to this question."
    text = (request + "\nThe force held 12 meetings with the council in 2023. The minutes of each "
            "meeting are published on the council's website, and the dates are listed below.\n"
            "March 2023, June 2023, September 2023 and December 2023.")
    assert detect(text, request_text=request) is False


def test_ncnd_sentence_marks_the_cost_ground_as_ncnd() -> None:
    text = ("I can neither confirm nor deny that the force holds the information, because establishing "
            "whether it is held would exceed the cost limit, so Section 12(2) of the Act applies.")
    assert [(e.code, e.ncnd) for e in find_exemptions(text, regime="FOIA")] == [("s12(2)", True)]


def test_cost_of_confirming_without_ncnd_words_is_not_ncnd() -> None:
    text = "Your question about staff reported for fraud has engaged an exemption under Section 12(2) of the FOIA."
    assert [(e.code, e.ncnd) for e in find_exemptions(text, regime="FOIA")] == [("s12(2)", False)]
    assert detect(text) is False

"""The harm of "confirming or denying" is read as NCND, but not where every exemption relied on is
cited by a disclosure subsection (s24(1), s31(1)(a)) and none by an NCND one: there the phrase is
a stock line of a harm test about disclosure."""
from __future__ import annotations

import pytest

from parser.judgement import ncnd
from parser.judgement.exemptions import find_exemptions

_HARM = (
    "Confirming or denying that an individual force holds the information would let forces be "
    "compared and would help criminals build a picture of resources."
)


def _detect(text: str) -> bool:
    return ncnd.detect(text, find_exemptions(text), request_text="")


@pytest.mark.parametrize(
    ("grounds", "expected"),
    [
        # disclosure limbs only: the harm phrase is not an NCND
        ("The information is exempt by virtue of:\nS24(1) National Security\nS31(1)(a)(b) Law Enforcement\n", False),
        ("The information is exempt under section 31(1)(a) of the Act.\n", False),
        # opposites: a bare section leaves the harm phrase as NCND (a report's retelling)
        ("The information is exempt under section 24 and section 31 of the Act.\n", True),
        # an NCND subsection relied on
        ("Section 24(2) and section 31(3) apply.\n", True),
        # no exemption at all
        ("", True),
    ],
)
def test_harm_of_confirming_gives_way_to_disclosure_subsections(grounds: str, expected: bool) -> None:
    assert _detect(grounds + _HARM) is expected


def test_a_proper_ncnd_statement_stands_beside_disclosure_subsections() -> None:
    text = (
        "Section 31(1)(a) applies to part of the information. For the rest, the force can neither "
        "confirm nor deny that it holds it. " + _HARM
    )
    assert _detect(text) is True

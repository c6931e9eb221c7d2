"""Grounds kinds from issue 14, round 4 (fields7): a provision named as the place a list or a
definition stands ("bodies listed at section 23(3)") is no ground, and the cost limit relied on
as work the limit does not allow ("does not allow us to ... within the appropriate (cost) limit",
"not held in a form from which it could be extracted within the 18 hour threshold"). Several
wordings each, with opposites; texts written for these tests."""
from __future__ import annotations

import pytest

from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    return [e.code for e in find_exemptions(text, regime=regime)]


WHERE_LISTED = [
    ("listed_at", "Section 23(5) Information supplied by, or concerning, certain security bodies listed at "
     "Section 23(3)\nWe neither confirm nor deny holding it, relying on section 23(5).", ["s23(5)"]),
    ("specified_in", "The force neither confirms nor denies holding information supplied by a body specified in "
     "section 23(3); section 23(5) applies.", ["s23(5)"]),
    ("defined_in", "The names are personal data as defined in section 3(2) of the Data Protection Act and are "
     "withheld under section 40(2).", ["s40(2)"]),
    # opposites: the provision itself relied on stays
    ("relied_23_3", "We withhold the report under section 23(1) as it was supplied by a body listed in the Act.",
     ["s23(1)"]),
    ("plain_24", "The location is withheld under section 24(1) of the Act.", ["s24(1)"]),
]


@pytest.mark.parametrize(("name", "text", "codes"), WHERE_LISTED, ids=[c[0] for c in WHERE_LISTED])
def test_provision_named_as_where_a_list_stands(name: str, text: str, codes: list[str]) -> None:
    assert grounds(text) == codes


COST = [
    ("does_not_allow", "The way our records are organised does not allow us to provide this information within "
     "the appropriate (cost) limit.", ["s12"]),
    ("will_not_let", "Our systems will not let us extract the figures within the cost limit.", ["s12"]),
    ("not_held_in_a_form", "The data is not held in a form from which it could be extracted within the permitted "
     "18 hour threshold, so we cannot provide it.", ["s12"]),
    ("not_recorded_in_a_way", "Incidents are not recorded in a way that can be searched within the cost limit.",
     ["s12"]),
    # opposites: work said to fit, and a form that allows it
    ("allows", "The way our records are organised allows us to provide this information within the appropriate "
     "limit, so it is given below.", []),
    ("held_in_a_form", "The data is held in a form from which it could be extracted within the 18 hour limit and "
     "is attached.", []),
]


@pytest.mark.parametrize(("name", "text", "codes"), COST, ids=[c[0] for c in COST])
def test_cost_limit_the_records_do_not_allow(name: str, text: str, codes: list[str]) -> None:
    assert grounds(text) == codes


"""Authority on issue 14's kinds: joint units, salutations, breadcrumbs. Texts written for
these tests."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

CASES = [
    # a joint unit writing as itself, either word order
    ("joint_unit", "Thank you for your request, which reached the Norfolk and Suffolk Constabularies on 2 March.\nThe two Constabularies reply as follows.\nJoint Information Management Department\nNorfolk and Suffolk Constabularies", ("Norfolk and Suffolk Constabularies", "norfolk-suffolk")),
    ("joint_unit_reversed", "Suffolk and Norfolk Constabularies have considered your request.\nWe hold the figures below.", ("Norfolk and Suffolk Constabularies", "norfolk-suffolk")),
    # the salutation is not part of the body's name
    ("salutation", "Dear Hereford and Worcester Fire and Rescue Service,\nPlease send me the number of wildfires attended.\nThe service attended 41 wildfires.", ("Hereford & Worcester Fire and Rescue Service", "hereford-worcester-frs")),
    # a breadcrumb's "My council" is no body
    ("my_council_breadcrumb", "Home / My council / Freedom of information\nHastings Borough Council's Waste team have issued 2 notices in the period.", ("Hastings Borough Council", "hastings-borough-council")),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_authority_kind(name: str, text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected

"""Shapes met in unseen real replies (issue 14, round 4), each in several wordings with an
opposite case: a number quoted as an earlier request's is not this reply's reference; a user
name is no reference; "<Words> Department" is a unit, not the body; a letterhead naming a council
and the service it runs gives way to the body the sign-off names. Every text is written for
these tests."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority
from parser.fields.reference import find_reference

BODY = "\nYou asked whether officers carry spit guards.\nThe force does not use them.\n"

EARLIER = [
    "Our answer to an earlier Freedom of Information request, FOI 94/16, applies to this one too." + BODY,
    "We refer you to a prior request FOI 3456/21, which covered the same ground." + BODY,
    "The figures were released under a previous FOI request (FOI 8888/20) and are unchanged." + BODY,
    "This repeats another request, no. FOI 1759225/23, answered last month." + BODY,
]


@pytest.mark.parametrize("text", EARLIER, ids=range(len(EARLIER)))
def test_earlier_request_number_is_not_the_reference(text: str) -> None:
    assert find_reference(text) is None


OURS = [
    ("Our ref: FOI 123/24\nAn earlier request, FOI 94/16, asked the same." + BODY, "FOI 123/24"),
    ("FOI 1759225/23\nThis follows a previous request (FOI 1759100/23)." + BODY, "FOI 1759225/23"),
    ("Thank you for your request FOI 4505 of 2 May." + BODY, "FOI 4505"),
]


@pytest.mark.parametrize(("text", "ref"), OURS, ids=range(len(OURS)))
def test_own_reference_beside_an_earlier_one(text: str, ref: str) -> None:
    assert find_reference(text) == ref


HANDLES = [
    "Devon response to FoI request\nFoxyboy43\nWell-Known Member" + BODY,
    "Posted by\nSmithy1979\nSenior member" + BODY,
    "Reference: Foxyboy43" + BODY,
    "FOI request\njsmith12\nhello" + BODY,
]


@pytest.mark.parametrize("text", HANDLES, ids=range(len(HANDLES)))
def test_user_name_is_no_reference(text: str) -> None:
    assert find_reference(text) is None


@pytest.mark.parametrize(("text", "ref"), [
    ("Our ref: foi4719" + BODY, "foi4719"),
    ("Our ref: REQ1234" + BODY, "REQ1234"),
    ("Ref: Ab12345" + BODY, "Ab12345"),
    ("Reference: ref2345" + BODY, "ref2345"),
])
def test_lower_case_references_stay(text: str, ref: str) -> None:
    assert find_reference(text) == ref


UNITS = [
    "The Firearms Licensing Department has supplied the following information:\n"
    "The Firearms Licensing Department holds 4,000 certificates.\nThe Firearms Licensing Department can confirm this.",
    "The Vetting Department can confirm that it holds the information.\nThe Vetting Department has 12 staff.",
    "Our Professional Standards Department does not hold a register.\nThe Professional Standards Department has checked.",
]


@pytest.mark.parametrize("text", UNITS, ids=range(len(UNITS)))
def test_a_department_of_the_body_is_not_the_body(text: str) -> None:
    name, _ = find_authority(text)
    assert name is None or not name.endswith("Department")


@pytest.mark.parametrize(("text", "name"), [
    ("The Department for Education can confirm that it holds the information.", "Department for Education"),
    ("West Midlands Police\nThe Firearms Licensing Department holds 4,000 certificates.\n"
     "The Firearms Licensing Department can confirm this.", "West Midlands Police"),
])
def test_department_opposites(text: str, name: str) -> None:
    assert find_authority(text)[0] == name


LETTERHEAD = ("{a}\n{b}\nInformation Governance\nCounty Hall\nThank you for your request.\n"
              "The service attended 236 false alarms.\nYours sincerely\nInformation Governance\n{c}\n")


@pytest.mark.parametrize(("a", "b", "c", "expected"), [
    ("Lincolnshire County Council", "Lincolnshire Fire and Rescue", "Lincolnshire County Council",
     "Lincolnshire County Council"),
    ("West Sussex County Council", "West Sussex Fire and Rescue Service", "West Sussex County Council",
     "West Sussex County Council"),
    # the opposite: the sign-off names the service
    ("Lincolnshire County Council", "Lincolnshire Fire and Rescue", "Lincolnshire Fire and Rescue",
     "Lincolnshire Fire and Rescue"),
])
def test_sign_off_settles_a_letterhead_naming_two_bodies(a: str, b: str, c: str, expected: str) -> None:
    assert find_authority(LETTERHEAD.format(a=a, b=b, c=c))[0] == expected

"""Authority kinds from the web12 batch (issue 14), each with its opposite. Texts written for these
tests after the shapes of real pages read with the search tool: the NPCC's and ACPO's own FOI letters
on WhatDoTheyKnow, a journalist's blog retelling an NPCC reply, a news site retelling a force's
release ("... made to the Hertfordshire Police Force")."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

NPCC = ("National Police Chiefs' Council", "npcc")
ACPO = ("Association of Chief Police Officers", "acpo")
HERTS = ("Hertfordshire Constabulary", "hertfordshire")
KENT = ("Kent Police", "kent")

CASES = [
    # a national body answering for itself, under its own heading or in its own words
    ("npcc_response_heading", "Dear Mr Smith\nYou asked for the papers of the council.\nNPCC Response:\n"
     "The request is refused under section 14(1).\n", NPCC),
    ("acpo_does_not_hold", "Dear Mr Munce\nApplicant Question:\nWhether guidance was given.\nACPO Response:\n"
     "I can now confirm that ACPO does not hold information falling within your request.\n", ACPO),
    ("npcc_reply_retold", "In this piece we look at how the National Police Chiefs\u2019 Council (NPCC) answered a request.\n"
     "The NPCC\u2019s reply, sent within the same month, said the information is not held centrally.\n", NPCC),
    # opposite: a force's reply naming the NPCC's guidance or referring the requester to it
    ("force_cites_npcc_guidance", "Kent Police has considered your request.\nThe NPCC has issued guidance on this "
     "subject; you may wish to send that part of your request to the NPCC.\nYours sincerely\nKent Police\n", KENT),
    ("force_cites_acpo_manual", "Kent Police can confirm it holds the information.\nThe ACPO manual of guidance "
     "on this subject is published.\n", KENT),
    # a constabulary named informally by the press
    ("constabulary_as_police_force", "UFO Reports To UK Police Force Are Revealed\nThe Mercury has obtained four "
     "years of UFO sighting reports made to the Hertfordshire Police Force.\n", HERTS),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_authority_fourth_sight(name: str, text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


def test_a_title_case_headline_is_no_body_name() -> None:
    # opposite of a named writer: a headline ending in "Police" with no force in it names nobody
    assert find_authority("UFO Reports To UK Police Are Revealed\nSightings were many.\n") == (None, None)


def test_northern_constabulary_gets_no_informal_police_style() -> None:
    # "Northern Police" would be any northern force, not the Highlands' force before 2013
    text = "Northern Police forces met in York to discuss drones.\nKent Police has considered your request.\n"
    assert find_authority(text) == KENT


@pytest.mark.parametrize(("text", "expected"), [
    # a Welsh county borough written as "X Borough Council" (Wrexham's replies as the press quote them)
    ("Wrexham Borough Council has considered your request.\n", ("Wrexham County Borough Council", "wrexham-county-borough-council")),
    # opposite: the formal name is still itself
    ("Bridgend County Borough Council holds the information.\n", ("Bridgend County Borough Council", "bridgend-county-borough-council")),
])
def test_welsh_county_borough_informal_style(text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


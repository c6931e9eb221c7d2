"""Authority on shapes met on real replies the parser had not seen (issue 14): a gov.scot FOI
release that never names its writer, and a reply the Norfolk and Suffolk joint unit wrote,
published on one member force's site. Each with its opposite. Texts written for these tests,
after the shapes of gov.scot/publications/foi-... pages and docslib copies of Norfolk and
Suffolk letters (read with the search tool)."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

GOV_SCOT = (
    "Information request and response under the Freedom of Information (Scotland) Act 2002\n"
    "Information requested\n"
    "Advice given to local authorities on handling requests.\n"
    "Response\n"
    "I enclose a copy of some of the information you requested. Names of junior staff are withheld "
    "under section 38(1)(b) of FOISA.\n"
)
JOINT = (
    "Freedom of Information Request Reference No: FOI 001234/21\n"
    "I write about your request received on 14 April 2021.\n"
    "Norfolk and Suffolk Constabularies have considered your request and the answer is below.\n"
    "Norfolk: 512. Suffolk: 431.\n"
)
SUFFOLK_ALONE = (
    "Freedom of Information Request Reference No: FOI 0456/21\n"
    "Suffolk Constabulary holds 6 drones; Norfolk and Suffolk Constabularies share a drone unit.\n"
)

CASES = [
    # gov.scot's standing line, or its twelve-digit case number, is the Scottish Government's
    ("gov_scot_release_template", GOV_SCOT, None, ("Scottish Government", "scottish-government")),
    ("gov_scot_case_number", "FOI reference: FOI/202000125338\nThe information is enclosed.\n", None,
     ("Scottish Government", "scottish-government")),
    # opposite: a Police Scotland reply under the same Act stays Police Scotland's
    ("police_scotland_under_foisa", "Freedom of Information (Scotland) Act 2002\nIM-FOI-2021-0942\n"
     "Police Scotland can confirm that the information is held and it is given below.\n", None,
     ("Police Scotland", "police-scotland")),
    # the joint unit wrote it, though the page is on a member's site
    ("joint_reply_on_norfolk_site", JOINT, {"canonical": "https://www.norfolk.police.uk/foi/tasers"},
     ("Norfolk and Suffolk Constabularies", "norfolk-suffolk")),
    ("joint_reply_site_name", JOINT, {"og:site_name": "Suffolk Constabulary"},
     ("Norfolk and Suffolk Constabularies", "norfolk-suffolk")),
    # opposite: a member's own reply that only mentions the joint unit stays the member's
    ("member_reply_mentions_joint", SUFFOLK_ALONE, {"og:site_name": "Suffolk Constabulary"},
     ("Suffolk Constabulary", "suffolk")),
]


@pytest.mark.parametrize(("name", "text", "meta", "expected"), CASES, ids=[c[0] for c in CASES])
def test_authority_unseen(name: str, text: str, meta: dict[str, str] | None, expected: tuple[str, str]) -> None:
    assert find_authority(text, meta=meta) == expected


def test_joint_reply_at_a_member_force_url_is_the_joint_unit() -> None:
    assert find_authority(JOINT, url="https://www.suffolk.police.uk/foi/2021/tasers") == (
        "Norfolk and Suffolk Constabularies", "norfolk-suffolk")
    assert find_authority(SUFFOLK_ALONE, url="https://www.suffolk.police.uk/foi/2021/drones") == (
        "Suffolk Constabulary", "suffolk")


MIRROR_LETTER = (
    "Document Library\n"
    "Freedom of Information Request Reference No: FOI 000739/19\n"
    "Norfolk and Suffolk Constabularies have considered your request and our response is below.\n"
    "There were 1,204 outstanding warrants on 26th February 2019.\n"
)


def test_a_mirrors_list_of_other_documents_is_not_the_sign_off() -> None:
    # no closing: without the heading's cut, the list's last lines were read as the sign-off
    related = "Recommended for you\nKent Police FOI response 2019\nEssex Police disclosure log\n"
    assert find_authority(MIRROR_LETTER + related) == ("Norfolk and Suffolk Constabularies", "norfolk-suffolk")


def test_a_related_heading_near_the_top_is_navigation_and_cuts_nothing() -> None:
    text = "Related documents\n" + MIRROR_LETTER
    assert find_authority(text) == ("Norfolk and Suffolk Constabularies", "norfolk-suffolk")


# A commissioner's office as letterheads write it: short forms, "the" dropped from the area, the
# long area name, the office's own brand, and the Welsh form (written for these tests from the
# styles on PCC and PFCC sites read with the search tool).
COMMISSIONER_HEADS = [
    ("OPCC Thames Valley", ("Office of the Police and Crime Commissioner for Thames Valley", "pcc-thames-valley")),
    ("Office of the PCC for Dorset", ("Office of the Police and Crime Commissioner for Dorset", "pcc-dorset")),
    ("Police and Crime Commissioner for Hampshire and Isle of Wight",
     ("Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight", "pcc-hampshire")),
    ("Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
     ("Office of the Police and Crime Commissioner for Leicestershire", "pcc-leicestershire")),
    ("Office of the Staffordshire Commissioner", ("Staffordshire Police, Fire and Crime Commissioner", "pcc-staffordshire")),
    ("Comisiynydd Heddlu a Throseddu Gwent", ("Office of the Police and Crime Commissioner for Gwent", "pcc-gwent")),
    # opposite: the force of the same area is the force, not its commissioner
    ("Thames Valley Police", ("Thames Valley Police", "thames-valley")),
]


@pytest.mark.parametrize(("head", "expected"), COMMISSIONER_HEADS, ids=[h for h, _ in COMMISSIONER_HEADS])
def test_commissioner_office_letterhead(head: str, expected: tuple[str, str]) -> None:
    text = f"{head}\nFreedom of Information Request\nDear Sir\nThank you for your request. The information is attached.\n"
    assert find_authority(text) == expected


# A fire and rescue authority signing a reply is its service, as labels and logs name it.
FIRE_SIGN_OFFS = [
    ("Devon & Somerset Fire & Rescue Authority", ("Devon and Somerset Fire and Rescue Service", "devon-somerset-frs")),
    ("Royal Berkshire Fire Authority", ("Royal Berkshire Fire and Rescue Service", "royal-berkshire-frs")),
    ("Kent and Medway Fire and Rescue Authority", ("Kent Fire and Rescue Service", "kent-frs")),
    ("London Fire Commissioner", ("London Fire Brigade", "london-fire-brigade")),
    # opposite: a council's own fire department is not a fire service of the gazetteer
    ("Oxfordshire County Council", ("Oxfordshire County Council", "oxfordshire-county-council")),
]


@pytest.mark.parametrize(("signer", "expected"), FIRE_SIGN_OFFS, ids=[n for n, _ in FIRE_SIGN_OFFS])
def test_fire_authority_sign_off(signer: str, expected: tuple[str, str]) -> None:
    text = f"Dear Applicant\nThere were 12 assaults on crews in 2023.\nYours sincerely\nInformation Governance\n{signer}\n"
    assert find_authority(text) == expected


def test_a_council_named_for_its_city_is_the_council_not_the_force_policing_it() -> None:
    # "Westminster" alone is a place the Met polices; "City of Westminster" signs the council's replies
    text = "Dear Sir\nThe council operates 94 cameras.\nYours sincerely\nInformation Governance Team\nCity of Westminster\n"
    assert find_authority(text) == ("Westminster City Council", "westminster-city-council")


SG_LETTER = (
    "Freedom of Information (Scotland) Act 2002\n{ref}Dear Sir\n"
    "This information is held by Police Scotland, not by us. Police Scotland can be contacted at "
    "foi@scotland.police.uk.\nYours sincerely\nJane Smith\nSafer Communities Directorate\n"
)


def test_a_directorate_signing_a_foisa_reply_is_the_scottish_government() -> None:
    assert find_authority(SG_LETTER.format(ref="")) == ("Scottish Government", "scottish-government")


def test_a_directorate_under_a_police_scotland_number_stays_police_scotland() -> None:
    assert find_authority(SG_LETTER.format(ref="IM-FOI-2023-0456\n")) == ("Police Scotland", "police-scotland")


def test_a_directorate_outside_a_foisa_reply_is_not_read_as_the_scottish_government() -> None:
    text = SG_LETTER.replace("Freedom of Information (Scotland) Act 2002", "Freedom of Information Act 2000").format(ref="")
    assert find_authority(text) == ("Police Scotland", "police-scotland")

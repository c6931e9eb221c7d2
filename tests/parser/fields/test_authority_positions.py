"""Authority by where a name stands (letterhead, "From:", sign-off, "Dear", a request site's
header, a page title's site part) against bodies the response only discusses; gazetteer kinds
issue 14 names (fire and rescue, ambulance, governments, commissioners' offices, joint units).
Every text is written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

CASES = [
    # a government's letterhead beats the force its answer is about
    ("government_letterhead",
     "The Scottish Government\nVictoria Quay\nEdinburgh EH6 6QQ\nOur ref: FOI/202612345678\n"
     "You asked for minutes of meetings with Police Scotland about stop and search.\n"
     "Police Scotland can confirm it attended four meetings; the minutes are enclosed.",
     ("Scottish Government", "scottish-government")),
    # a fire and rescue service named only in the sign-off of a round-robin reply
    ("fire_service_sign_off",
     "Dear Ms Smith\nThank you for asking about deliberate fires reported to Lancashire Constabulary.\n"
     "Lancashire Constabulary passes us about twenty such reports a year; we attended 212 fires.\n"
     "Yours sincerely\nInformation Governance Officer\nLancashire Fire and Rescue Service",
     ("Lancashire Fire and Rescue Service", "lancashire-frs")),
    # a "From:" line with the team's name after the body's
    ("from_line",
     "From: Scottish Prison Service FOI Team\nTo: A Requester\nSubject: Your request\n"
     "Police Scotland holds the arrest figures; we hold only the admissions, given below.",
     ("Scottish Prison Service", "scottish-prison-service")),
    # an all-capitals commissioner's letterhead over the force it oversees
    ("capitals_commissioner_letterhead",
     "KENT PCC: TRANSPARENCY\nYou asked how much Kent Police spent on overtime in 2025.\n"
     "Kent Police holds that figure; the Commissioner's office holds only the grant letters.",
     ("Kent Police and Crime Commissioner", "pcc-kent")),
    # a collaboration's letterhead: the member the text names as writer answered
    ("collaboration_letterhead",
     "Bedfordshire Police\nInformation Rights\nKempston MK43 9AX\n"
     "Cambridgeshire Constabulary can confirm that it holds the figures below.\nYear | Count\n2025 | 14",
     ("Cambridgeshire Constabulary", "cambridgeshire")),
    # a joint letterhead naming two forces equally: the force of the address's town
    ("joint_letterhead_address",
     "Surrey Police and Sussex Police\nJoint Information Unit\nGuildford GU1 9PE\n"
     "Both forces were asked, and both hold the totals below.",
     ("Surrey Police", "surrey")),
    # a body the boilerplate usually names (the Home Office) writing its own letter
    ("bystander_letterhead",
     "Home Office\n2 Marsham Street\nLondon SW1P 4DF\nThe table gives the grant paid to Dyfed-Powys Police in 2024.",
     ("Home Office", "home-office")),
    # a body outside the gazetteer, by the institution grammar, in the sign-off
    ("grammar_sign_off",
     "Dear Mr Jones\nWe hold no CCTV footage of the slipway for March.\n"
     "Yours sincerely\nRecords Officer\nLoch Fyne Harbour Authority",
     ("Loch Fyne Harbour Authority", "loch-fyne-harbour-authority")),
    # a unit's name in the letterhead is no body: the writer is found in the text
    ("unit_letterhead",
     "Corporate Information Department\nPO Box 12\nNorthumbria Police holds the information you asked for.",
     ("Northumbria Police", "northumbria")),
    # a request site's header names the body the request was sent to
    ("request_site_header",
     "Speed camera sites\nA. Person made this Freedom of Information request to Wirral Safety Camera Partnership\n"
     "The partnership runs 12 fixed sites.",
     ("Wirral Safety Camera Partnership", "wirral-safety-camera-partnership")),
    # a London borough addressed by its informal style
    ("borough_informal_style",
     "Dear Hackney Borough Council,\nPlease tell me how many CCTV cameras you run.\nWe run 140 cameras.",
     ("London Borough of Hackney", "london-borough-of-hackney")),
    # the commissioner's office named without its area: the area the text names
    ("commissioner_office_without_area",
     "Your request reached the OPCC on 3 May.\nIt concerned the Commissioner's scrutiny of Durham Constabulary's call handling.\n"
     "Searches were made within the Office of the Police and Crime Commissioner and two reports were found.",
     ("Durham Police and Crime Commissioner", "pcc-durham")),
    # a force pointing to the commissioner's office is not the office
    ("commissioner_referral",
     "The information is held by the Office of the Police and Crime Commissioner; please contact them.\n"
     "Kent Police can confirm it holds no copy.",
     ("Kent Police", "kent")),
    # "met" is a verb, not the Metropolitan Police
    ("met_is_a_verb",
     "I have met my match, I fear. Northamptonshire Police answered the first question and refused the second.",
     ("Northamptonshire Police", "northamptonshire")),
    # a bare force domain in the footer of a text naming no body
    ("bare_domain_footer",
     "We hold 31 records of this kind for 2025.\nscotland.police.uk",
     ("Police Scotland", "police-scotland")),
    # a reference shape only one body uses
    ("reference_owner",
     "Our Ref: IM-FOI-2026-0101\nThe Highland Council owns the cameras; we hold only the access log.",
     ("Police Scotland", "police-scotland")),
    # an ambulance service writing about a force
    ("ambulance_service",
     "Yorkshire Ambulance Service NHS Trust\nSpringhill, Wakefield\n"
     "You asked how often West Yorkshire Police were called to assaults on our crews: 88 times in 2025.",
     ("Yorkshire Ambulance Service NHS Trust", "yorkshire-ambulance")),
    # a Scottish force before 2013
    ("legacy_scottish_force",
     "Strathclyde Police\nPitt Street\nGlasgow G2 4JS\nThe information is exempt under section 35(1).",
     ("Strathclyde Police", "strathclyde-police")),
    # a title line naming a force is no letterhead: the writer is found in the text
    ("title_line_is_no_letterhead",
     "Kent Police vetting\nEssex Police can confirm it holds the vetting figures for officers who joined from Kent Police.",
     ("Essex Police", "essex")),
    # the regulator's reference line at the top names no writer
    ("regulator_reference_line",
     "ICO Ref: FS50123456\nOur ref: 4411\nDerbyshire Constabulary holds the review papers you asked for.",
     ("Derbyshire Constabulary", "derbyshire")),
    # a body's own mail domain in the letterhead, its name nowhere
    ("letterhead_mail_domain",
     "Headquarters\n1 Main Street\nT 028 9000 0000\nenquiries@nifrs.org\nDear Mr Grey\n"
     "Question 1: callouts to bonfires. PSNI attended some of them; we attended 80.",
     ("Northern Ireland Fire and Rescue Service", "nifrs")),
    # a commissioner's office under a later style (victims' duties) and a historic office of
    # an area whose mayor now holds the role
    ("commissioner_later_style",
     "Police, Crime and Victims' Commissioner for Lincolnshire\nWe hold the minutes you asked for.",
     ("Lincolnshire Police and Crime Commissioner", "pcc-lincolnshire")),
    ("commissioner_before_mayor",
     "Office of the Police and Crime Commissioner for West Yorkshire\nWe hold the grant letters you asked for.",
     ("West Yorkshire Police and Crime Commissioner", "pcc-west-yorkshire")),
    # an NHS trust outside the gazetteer, by the grammar, over the force it discusses ("NHS 24"
    # must not match every "NHS")
    ("nhs_trust_letterhead",
     "Mersey Care NHS Foundation Trust\nV7 Building, Kings Business Park\nOur ref: FOI 5678\n"
     "You asked how many times Merseyside Police attended our wards. They attended 41 times.",
     ("Mersey Care NHS Foundation Trust", "mersey-care-nhs-foundation-trust")),
    # a fire service before its merger keeps its name
    ("pre_merger_fire_service",
     "Hampshire Fire and Rescue Service does not hold a breakdown by ward.",
     ("Hampshire Fire and Rescue Service", "hampshire-frs")),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_authority_by_position(name: str, text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the site part after the topic names the site's owner, not the force in the topic
        ("Officers lent to Kent Police (123/24) – Essex Police FOI", ("Essex Police", "essex")),
        ("Outdoor fires | Shropshire Fire and Rescue Service", ("Shropshire Fire and Rescue Service", "shropshire-frs")),
        ("Meetings with Police Scotland: FOI release - gov.scot", ("Scottish Government", "scottish-government")),
        # a request site: the part before its one-word name
        ("Taser use - a Freedom of Information request to Gwent Police - WhatDoTheyKnow", ("Gwent Police", "gwent")),
        # a mirror's brand names nobody; the topic's force is not the writer
        ("Kent Police stop and search figures - Docslib", (None, None)),
    ],
)
def test_authority_from_title_site_part(title: str, expected: tuple[str | None, str | None]) -> None:
    assert find_authority("", meta={"title": title}) == expected


def test_commissioner_named_as_it_names_itself() -> None:
    text = "Office of the Police and Crime Commissioner for Cleveland\nFOI 301\nWe hold the diary entries."
    assert find_authority(text) == ("Office of the Police and Crime Commissioner for Cleveland", "pcc-cleveland")


def test_gazetteer_names_every_force_commissioner_and_fire_service() -> None:
    """Every force of ../shared/forces.csv (when beside the checkout) and every commissioner's
    office of crawler/data/pcc.csv resolve by name; the fire and rescue services of the four
    nations are all there (44 in England today, 4 merged away, 3 in Wales, 1 each in Scotland
    and Northern Ireland)."""
    import csv
    from pathlib import Path

    from parser.fields.authority import _names, _norm, load_gazetteer

    root = Path(__file__).resolve().parents[3]
    names = _names()
    with (root / "crawler" / "data" / "pcc.csv").open(encoding="utf-8") as fh:
        missing = [r["name"] for r in csv.DictReader(fh) if _norm(r["name"]) not in names]
    assert missing == []
    forces = root.parent / "shared" / "forces.csv"
    if forces.exists():
        with forces.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert [r["name"] for r in rows if names.get(_norm(r["name"])) != r["id"]] == []
    fire = [r for r in load_gazetteer() if r.get("type") == "fire"]
    assert len(fire) == 53
    assert {"scottish-frs", "nifrs", "london-fire-brigade", "west-midlands-fire-service", "mid-west-wales-frs"} <= {r["id"] for r in fire}


def test_force_url_outranks_commissioner_words() -> None:
    """A force's own site: a commissioner's office the text names is a referral, not the writer."""
    assert find_authority("Searches were made within the OPCC.", url="https://www.kent.police.uk/foi/x") == ("Kent Police", "kent")

"""authority.find_authority: URL host, SOH slug, metadata, writer-weighted text, gazetteer."""
from __future__ import annotations

import pytest

from parser.fields.authority import authority_from_url, find_authority, load_gazetteer


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2025/may/foi-58625-x/", ("Cleveland Police", "cleveland")),
        ("http://127.0.0.1:8765/www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-20724-hostage/index.html", ("Cleveland Police", "cleveland")),
        ("https://www.met.police.uk/foi-ai/metropolitan-police/d/july-2022/percentage/", ("Metropolitan Police Service", "met")),
        ("https://www.beds.police.uk/foi-ai/bedfordshire-police/foi/2025/equality/", ("Bedfordshire Police", "bedfordshire")),
        ("https://beta.northumbria.police.uk/about-us/disclosure-log/other/foi-requests-28018/", ("Northumbria Police", "northumbria")),
        ("https://foi.west-midlands.police.uk/commonwealth-games-950a-22", ("West Midlands Police", "west-midlands")),
        ("https://www.scotland.police.uk/access-to-information/freedom-of-information/disclosure-log/", ("Police Scotland", "police-scotland")),
        ("https://spa.police.uk/publication-library/foi-2023-24-042-x/response", ("Scottish Police Authority", "spa")),
        ("https://www.psni.police.uk/foi-disclosure-log/ruc-duty-officer-logs", ("Police Service of Northern Ireland", "psni")),
        ("https://www.gov.scot/publications/foi-18-03160/", ("Scottish Government", "scottish-government")),
        ("https://www.cleveland.pcc.police.uk/transparency/foi/", ("Office of the Police and Crime Commissioner for Cleveland", "pcc-cleveland")),
        ("https://www.northumbria-pcc.gov.uk/foi/disclosure-log/", ("Office of the Police and Crime Commissioner for Northumbria", "pcc-northumbria")),
        ("https://www.essex.pfcc.police.uk/foi/", ("Police, Fire and Crime Commissioner for Essex", "pcc-essex")),
        # A web-archive copy names the original host inside its path.
        ("https://web.archive.org/web/2023/https://www.kent.police.uk/foi-ai/kent-police/x/", ("Kent Police", "kent")),
        # No host of ours, but an SOH slug.
        ("https://mirror.example.org/foi-ai/devon--cornwall-police/foia-action-plan/", ("Devon and Cornwall Police", "devon-cornwall")),
        ("https://www.gov.uk/government/organisations/ministry-of-defence-police/foi", ("Ministry of Defence Police", "mdp")),
    ],
)
def test_authority_from_url(url: str, expected: tuple[str, str]) -> None:
    assert find_authority("", url=url) == expected


def test_unknown_host_gives_nothing() -> None:
    assert authority_from_url("https://www.example.com/foi/123") is None
    assert find_authority("", url="https://www.example.com/foi/123") == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cleveland Police can confirm we hold the information.", ("Cleveland Police", "cleveland")),
        ("I can neither confirm nor deny that Northumbria Police holds the information.", ("Northumbria Police", "northumbria")),
        ("The Police Service of Northern Ireland (PSNI) does not hold information relevant to this request.",
         ("Police Service of Northern Ireland", "psni")),
        ("I am writing in reply to your email asking Greater Manchester Police (GMP) to review it. GMP received your request.",
         ("Greater Manchester Police", "gmp")),
        ("KENT POLICE\nFreedom of Information\nReports are passed to the City of London Police as the lead force. "
         "Kent Police does not hold a fraud hotline.", ("Kent Police", "kent")),
        # The writer outweighs a force named more often in passing.
        ("The Scottish Police Authority does not hold the information. Police Scotland may hold it; "
         "Police Scotland handles complaints about police staff working for Police Scotland.",
         ("Scottish Police Authority", "spa")),
        ("Heddlu De Cymru\nWe have considered your request.", ("South Wales Police", "south-wales")),
        ("Information held by the MPS is set out below.", ("Metropolitan Police Service", "met")),
        ("I can confirm that Dyfed-Powys Police holds the information requested.", ("Dyfed-Powys Police", "dyfed-powys")),
        ("The Office of the Police and Crime Commissioner for Surrey does not hold this information. Surrey Police may.",
         ("Office of the Police and Crime Commissioner for Surrey", "pcc-surrey")),
        ("The Mayor's Office for Policing and Crime (MOPAC) holds the information.",
         ("Mayor's Office for Policing and Crime", "mopac")),
        ("Avon & Somerset Constabulary can confirm that it holds information.", ("Avon and Somerset Police", "avon-somerset")),
        # Bodies outside the gazetteer: the name as written, id = its slug.
        ("The Scottish Government does not hold information on the cost of clearing up fly-tipping.",
         ("Scottish Government", "scottish-government")),
        ("The Council is applying Section 14. Wokingham Council holds the information.",
         ("Wokingham Borough Council", "wokingham-borough-council")),
        ("We do not hold the information you asked for.", (None, None)),
        # Prose that only looks like a name.
        ("The officers met police colleagues from another force to discuss it.", (None, None)),
        ("", (None, None)),
    ],
)
def test_authority_from_text(text: str, expected: tuple[str | None, str | None]) -> None:
    assert find_authority(text) == expected


def test_url_beats_text() -> None:
    text = "Reports are passed to the City of London Police, which holds them."
    url = "https://www.kent.police.uk/foi-ai/kent-police/disclosure/x/"
    assert find_authority(text, url=url) == ("Kent Police", "kent")


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"og:site_name": "Cleveland Police"}, ("Cleveland Police", "cleveland")),
        ({"og:site_name": "GMP"}, ("Greater Manchester Police", "gmp")),
        ({"og:title": "FOI 2023 | West Yorkshire Police"}, ("West Yorkshire Police", "west-yorkshire")),
        ({"og:site_name": "Some Blog"}, (None, None)),
        ({"canonical": "https://www.gwent.police.uk/foi-ai/gwent-police/disclosure2/2022/x/"}, ("Gwent Police", "gwent")),
        ({"title": "Drones | Cleveland Police"}, ("Cleveland Police", "cleveland")),
    ],
)
def test_authority_from_meta(meta: dict[str, str], expected: tuple[str | None, str | None]) -> None:
    assert find_authority("", meta=meta) == expected


def test_seed_is_cleveland(seed_bytes: bytes) -> None:
    assert find_authority(seed_bytes.decode("utf-8")) == ("Cleveland Police", "cleveland")


def test_gazetteer_covers_every_force_and_oversight_body() -> None:
    rows = load_gazetteer()
    ids = {r["id"] for r in rows}
    police = [r for r in rows if r["kind"] == "police"]
    # 43 territorial forces of England and Wales + Police Scotland, PSNI, BTP, CNC, MDP, NCA,
    # + Scotland's eight forces before 2013 (their letters are still published).
    assert len(police) == 57
    assert {"strathclyde-police", "northern-constabulary", "lothian-borders-police"} <= ids
    assert {"police-scotland", "psni", "btp", "cnc", "mdp", "nca", "met", "gmp", "city-of-london"} <= ids
    assert {"mopac", "gmca", "wyca", "spa", "nipb", "pcc-cleveland", "pcc-dyfed-powys", "pcc-essex"} <= ids
    # one per force area (NCA has none), and the commissioners' offices of the four areas whose
    # mayor took the role over (Greater Manchester 2017, West Yorkshire 2021, South and North
    # Yorkshire 2024): their letters are still published
    assert sum(r["kind"] == "pcc" for r in rows) == 52
    cleveland = next(r for r in rows if r["id"] == "cleveland")
    assert cleveland == {
        "id": "cleveland", "name": "Cleveland Police", "kind": "police", "country": "England",
        "website": "https://www.cleveland.police.uk/", "hosts": ["cleveland.police.uk"],
        "soh_slug": "cleveland-police", "area": "cleveland", "aliases": ["Cleveland Constabulary"],
    }
    assert "Heddlu De Cymru" in next(r for r in rows if r["id"] == "south-wales")["aliases"]
    met_aliases = set(next(r for r in rows if r["id"] == "met")["aliases"])
    assert {"MPS", "the Met", "the MPS", "Met Police"} <= met_aliases
    assert "Met" not in met_aliases  # "I have met my match": a verb in prose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Never names its author: the places it talks about lie in one force's area.
        ("Reference: 9317-18\nThe amount billed to Hartlepool United for policing each match:\n"
         "Hartlepool United vs Gateshead - £2,713.92", ("Cleveland Police", "cleveland")),
        ("The 'Domestic Abuse - Monmouth, Blaenau Gwent and Caerphilly' profile used data from 2019.",
         ("Gwent Police", "gwent")),
        # A named author always beats places.
        ("West Yorkshire Police can confirm it holds figures for Leeds, Bradford and Manchester.",
         ("West Yorkshire Police", "west-yorkshire")),
        # Places split evenly between two forces: no guess.
        ("Figures for Leeds and Manchester are attached.", (None, None)),
        # Ordinary capitalised words are not places.
        ("Reading each trail would take 20 hours.", (None, None)),
    ],
)
def test_authority_from_places_as_last_resort(text: str, expected: tuple[str | None, str | None]) -> None:
    assert find_authority(text) == expected


def test_huge_text_is_scanned_at_head_and_tail_only() -> None:
    filler = "Nothing to see here. " * 200_000  # 4 MB
    assert find_authority("Kent Police can confirm it holds the information.\n" + filler) == ("Kent Police", "kent")
    assert find_authority(filler + "\nYours sincerely\nKent Police") == ("Kent Police", "kent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you are unhappy, write to freedomofinformation@kent.police.uk within 40 days.", ("Kent Police", "kent")),
        ("Our disclosure log is at https://www.south-wales.police.uk/foi-ai/ for reference.",
         ("South Wales Police", "south-wales")),
        # A writer sentence outweighs an address given for another body.
        ("The Scottish Police Authority does not hold the information. Requests can be sent to foi@scotland.police.uk",
         ("Scottish Police Authority", "spa")),
    ],
)
def test_authority_from_addresses_in_text(text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Department for Education can confirm that it holds the information.",
         ("Department for Education", "department-for-education")),
        ("Hartlepool Borough Council\nFreedom of Information\nWe enclose the figures you asked for.",
         ("Hartlepool Borough Council", "hartlepool-borough-council")),
        ("Thank you for contacting Leeds City Council. Leeds City Council publishes its spending online.",
         ("Leeds City Council", "leeds-city-council")),
    ],
)
def test_bodies_outside_the_gazetteer(text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The request names another force; the answerer names itself.
        ("You asked:\nHow many officers has Kent Police lent to the Met?\n\nIn Response:\n"
         "Kent Police can confirm that 12 officers were lent.", ("Kent Police", "kent")),
        ("You asked:\nHow many officers were lent to the Metropolitan Police Service by other forces?\n\n"
         "In Response:\nEssex Police holds no record of this.", ("Essex Police", "essex")),
        # Named only in the request, and nowhere else: the request went to that force.
        ("REQUEST\nYou asked for information about South Wales Police's facial recognition trial.\nRESPONSE\n"
         "We consulted our Digital Services Unit. If you are dissatisfied you may complain to the Information "
         "Commissioner.", ("South Wales Police", "south-wales")),
        # Boilerplate bodies are never the author.
        ("If you remain dissatisfied you may complain to the Information Commissioner's Office. The Information "
         "Commissioner can be contacted at Wycliffe House.", (None, None)),
    ],
)
def test_request_mentions_and_bystanders(text: str, expected: tuple[str | None, str | None]) -> None:
    assert find_authority(text) == expected


def test_pnn_mail_domain_names_the_force() -> None:
    text = "Information Rights Unit\nE-mail: freedomofinformation@durham.pnn.police.uk\nWe have your request."
    assert find_authority(text) == ("Durham Constabulary", "durham")


# --- Councils and other public bodies (parser/data/public_bodies.csv) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Informal names resolve to the council's own style and a slug of it.
        ("Camden Council can confirm that it holds the information you requested.",
         ("London Borough of Camden", "london-borough-of-camden")),
        ("Thank you for your request. Leeds Council holds records of 412 licensed premises.",
         ("Leeds City Council", "leeds-city-council")),
        ("Brighton and Hove Council\nFreedom of Information request FOI-2231\nWe enclose the figures you asked for.",
         ("Brighton & Hove City Council", "brighton-hove-city-council")),
        ("Greenwich Council does not hold this information.",
         ("Royal Borough of Greenwich", "royal-borough-of-greenwich")),
        ("York Council holds the information.", ("City of York Council", "city-of-york-council")),
        ("London Borough of Hackney\nInformation Governance\nWe enclose the figures you asked for.",
         ("London Borough of Hackney", "london-borough-of-hackney")),
        # Wales: English and Welsh styles, accents included.
        ("Cyngor Sir Ynys Môn\nIsle of Anglesey County Council\nCais Rhyddid Gwybodaeth\nWe enclose the information.",
         ("Isle of Anglesey County Council", "isle-of-anglesey-county-council")),
        ("Cyngor Sir Ynys Môn\nRhyddid Gwybodaeth\nAtodir yr wybodaeth.",
         ("Isle of Anglesey County Council", "isle-of-anglesey-county-council")),
        ("Thank you for contacting Cardiff Council. Cardiff Council holds the data below.",
         ("Cardiff Council", "cardiff-council")),
        # Scotland and Northern Ireland.
        ("Freedom of Information (Scotland) Act 2002\nThe Highland Council can confirm that it holds the information.",
         ("The Highland Council", "highland-council")),
        ("Edinburgh Council does not hold the information you asked for.",
         ("City of Edinburgh Council", "city-of-edinburgh-council")),
        ("Comhairle nan Eilean Siar\nFreedom of Information (Scotland) Act 2002\nWe enclose the figures.",
         ("Comhairle nan Eilean Siar", "comhairle-nan-eilean-siar")),
        ("Belfast City Council holds the information you requested.", ("Belfast City Council", "belfast-city-council")),
    ],
)
def test_council_responses(text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Police responses naming councils (partners, referrals, addresses) stay police.
        ("Kent Police can confirm that it holds the information. We share CCTV with Medway Council and Kent "
         "County Council, who may hold further records.", ("Kent Police", "kent")),
        ("West Yorkshire Police does not hold this information. Leeds City Council holds licensing records; you "
         "may wish to contact foi@leeds.gov.uk.", ("West Yorkshire Police", "west-yorkshire")),
        # Bystander bodies never write, even in writer-like phrasing ("request to the NPCC").
        ("REQUEST\nYou asked for information about South Wales Police's trial.\nRESPONSE\nThe bid was submitted "
         "on behalf of the NPCC. You may wish to send this part of your request to the NPCC: "
         "https://www.npcc.police.uk/contact-us/", ("South Wales Police", "south-wales")),
        ("If you are unhappy you may contact the Independent Office for Police Conduct or the Crown Prosecution "
         "Service. Durham Constabulary holds no such record.", ("Durham Constabulary", "durham")),
    ],
)
def test_police_response_naming_councils_stays_police(text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The officers' staff association answers FOIA requests of its own (web18's source pages).
        ("Police Federation\nFOI 00412 - Conference hotel bookings\nThe Police Federation of England and Wales "
         "(PFEW) does not hold a record of the rooms booked.",
         ("Police Federation of England and Wales", "pfew")),
        ("In answering this request the PFEW relies on section 40(2).\n© Police Federation of England & Wales",
         ("Police Federation of England and Wales", "pfew")),
        # A force's reply that names the Federation as a bystander stays the force's.
        ("Essex Police holds the information. A Police Federation of England and Wales representative attended "
         "each of the 4 meetings.", ("Essex Police", "essex")),
    ],
)
def test_the_police_federation_answers_for_itself(text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.wokingham.gov.uk/foi/tree-preservation-order-2381983",
         ("Wokingham Borough Council", "wokingham-borough-council")),
        ("https://www.camden.gov.uk/foi/123", ("London Borough of Camden", "london-borough-of-camden")),
        ("https://www.highland.gov.uk/downloads/foi-response.pdf", ("The Highland Council", "highland-council")),
        ("http://127.0.0.1:8765/www.belfastcity.gov.uk/foi/1", ("Belfast City Council", "belfast-city-council")),
        # Other bodies answering FOI about policing: their own site names them.
        ("https://www.npcc.police.uk/foi/disclosure-log/x", ("National Police Chiefs' Council", "npcc")),
        ("https://www.gov.uk/government/organisations/ministry-of-justice/about/x",
         ("Ministry of Justice", "ministry-of-justice")),
    ],
)
def test_public_body_from_url(url: str, expected: tuple[str, str]) -> None:
    assert find_authority("We hold the information.", url=url) == expected


def test_public_bodies_cover_every_uk_council() -> None:
    councils = [r for r in load_gazetteer() if r.get("type") not in (None, "") and r["type"] in (
        "county", "unitary", "london-borough", "metropolitan-borough", "district",
        "welsh-principal", "scottish", "ni-district")]
    per_country = {c: sum(1 for r in councils if r["country"] == c)
                   for c in ("England", "Wales", "Scotland", "Northern Ireland")}
    assert per_country == {"England": 317, "Wales": 22, "Scotland": 32, "Northern Ireland": 11}
    assert {r["kind"] for r in councils} == {"other"}
    by_name = {r["name"]: r for r in councils}
    assert "Cyngor Sir Ynys Môn" in by_name["Isle of Anglesey County Council"]["aliases"]
    assert by_name["Wokingham Borough Council"]["hosts"] == ["wokingham.gov.uk"]


# --- fields9: a commissioner's office in the letter's own style; the site's owner in its chrome ---

_NY_PFCC = (
    "Freedom of Information request 1053.2018-19\n"
    "The Office of the Police, Fire and Crime Commissioner for North Yorkshire has searched its records.\n"
    "Emails between the PCC and the force are enclosed.\n"
    "Yours sincerely\nDisclosure Officer\n"
)
_CUMBRIA_PCC = (
    "Disclosure log entry 001/13\n"
    "The Office of the Police & Crime Commissioner for Cumbria holds eight postal enquiries.\n"
    "Yours sincerely\nChief Executive\n"
)


def test_commissioner_named_in_the_letters_fire_style() -> None:
    # the gazetteer's name is the PCC style; the letter uses the PFCC style throughout
    assert find_authority(_NY_PFCC) == (
        "Office of the Police, Fire and Crime Commissioner for North Yorkshire", "pcc-north-yorkshire")


def test_commissioner_named_in_the_letters_older_style() -> None:
    # the gazetteer's name is the later PFCC style; a 2013 letter uses the PCC style
    assert find_authority(_CUMBRIA_PCC) == (
        "Office of the Police and Crime Commissioner for Cumbria", "pcc-cumbria")


def test_commissioner_style_kept_when_the_letter_agrees() -> None:
    # opposite: the letter's style is the gazetteer's own, so its name stands
    text = _NY_PFCC.replace("Police, Fire and Crime Commissioner", "Police and Crime Commissioner")
    assert find_authority(text) == ("Office of the Police and Crime Commissioner for North Yorkshire", "pcc-north-yorkshire")
    essex = "The Police, Fire and Crime Commissioner for Essex holds the minutes.\nYours sincerely\nOfficer\n"
    assert find_authority(essex) == ("Police, Fire and Crime Commissioner for Essex", "pcc-essex")


_REQUEST_LISTS_FORCES = (
    "FOI 00448 - Legal funding decisions\n"
    "Request:\nReceived: 12 September 2025\n"
    "Your request asked whether funding was approved for these officers:\n"
    "GMP: PC A, PC B\nWest Yorkshire Police: Sgt C.\nThames Valley Police: PC D.\n"
    "Response:\nResponded: 29 October 2025\n"
    "We cannot give you data for questions 1 and 2, under section 40.\n"
)


def test_copyright_owner_in_chrome_beats_forces_in_the_request() -> None:
    chrome = "Police Federation About us News\nBack to the disclosure log © Police Federation of England and Wales · Privacy"
    assert find_authority(_REQUEST_LISTS_FORCES, chrome=chrome) == ("Police Federation of England and Wales", "pfew")


def test_request_force_stands_without_a_site_owner() -> None:
    # opposite: chrome that names no owner (a banner's passing mention) leaves the request's force
    chrome = "Cookies help us\nRead about the Police Federation of England and Wales elsewhere"
    assert find_authority(_REQUEST_LISTS_FORCES, chrome=chrome)[1] != "pfew"


_SEARCHED_IN_FORCE = (
    "Request\nThe requester asked about an invoice.\nResponse\n"
    "Searches for relevant information were made within North Yorkshire Police.\n"
    "I can confirm that North Yorkshire Police holds the information you asked for.\n"
    "These costs came out of the North Yorkshire Police budget, not the Office of the Police and Crime Commissioner's.\n"
)


def test_force_read_from_its_commissioners_site_is_the_commissioner() -> None:
    chrome = "Police, Fire and Crime Commissioner North Yorkshire About FOI Contact\nPrivacy | Cookies"
    assert find_authority(_SEARCHED_IN_FORCE, chrome=chrome) == (
        "Office of the Police and Crime Commissioner for North Yorkshire", "pcc-north-yorkshire")


def test_force_read_from_another_site_stays_the_force() -> None:
    # opposite: the site's masthead is another area's commissioner, or none
    chrome = "Office of the Police and Crime Commissioner for Cleveland About FOI\nPrivacy"
    assert find_authority(_SEARCHED_IN_FORCE, chrome=chrome) == ("North Yorkshire Police", "north-yorkshire")
    assert find_authority(_SEARCHED_IN_FORCE) == ("North Yorkshire Police", "north-yorkshire")


@pytest.mark.parametrize(("text", "expected"), [
    ("Scottish Police Federation\nWe hold no such list.\nYours sincerely\nScottish Police Federation",
     ("Scottish Police Federation", "spf")),
    ("HMICS\nWe hold nothing about Fife.\nYours faithfully\nHM Inspectorate of Constabulary in Scotland",
     ("HM Inspectorate of Constabulary in Scotland", "hmics")),
    ("Police Superintendents' Association\nWe do not hold this.\nYours sincerely\nPolice Superintendents' Association",
     ("Police Superintendents' Association", "psa")),
])
def test_staff_associations_and_legacy_bodies(text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected

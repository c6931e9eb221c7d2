"""Regulators and national agencies that answer policing-adjacent requests (session 7, web19): the
Office for Nuclear Regulation and NatureScot were outside the gazetteer, so their release pages
named no writer. Each body as it names itself (masthead, copyright line, sign-off, former name,
its own host), with opposites: a police reply that only names such a body as a partner or a
link keeps its force. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

ONR = ("Office for Nuclear Regulation", "onr")
NATURESCOT = ("NatureScot", "naturescot")

WRITERS = [
    ("onr_masthead",
     "Office for Nuclear Regulation\nFOI release\nRequest number: 202203044\nYou asked for the "
     "site security plans. We do not hold them in the form requested.\n", ONR),
    ("onr_signoff",
     "Dear Requester\nThank you for your request of 2 May about vetting at licensed sites.\n"
     "The figures are below.\nYours sincerely\nFOI Officer\nOffice for Nuclear Regulation\n", ONR),
    ("onr_older_log_page",
     "Office for Nuclear Regulation\nFOI log 2014\nStructural condition of stores at a defence site\n"
     "Documents released: 1 to 4.\n", ONR),
    ("naturescot_masthead",
     "NatureScot\nFreedom of Information Request - raptor persecution incidents\nOur ref: SIR181122\n"
     "Thank you for your request under the Environmental Information (Scotland) Regulations.\n", NATURESCOT),
    ("naturescot_former_name",
     "Scottish Natural Heritage\nOur ref: CNS/2018/33\nDear Sir\nYou asked about licences to "
     "control gulls. Two licences were issued in 2017.\nLicensing Team\nScottish Natural Heritage\n",
     NATURESCOT),
]


@pytest.mark.parametrize(("name", "text", "expected"), WRITERS, ids=[w[0] for w in WRITERS])
def test_regulator_names_itself(name: str, text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


def test_regulator_named_by_copyright_line() -> None:
    body = "FOI release\nYou asked for the number of security incidents reported in 2020.\nThere were 12.\n"
    assert find_authority(body, chrome="Skip to content\n\u00a9 Office for Nuclear Regulation\nCookies") == ONR


def test_regulator_own_host() -> None:
    body = "Freedom of information request\nYou asked about wildlife licences.\nThe list is attached.\n"
    assert find_authority(body, url="https://www.nature.scot/doc/foi-request-licences") == NATURESCOT


PARTNER_MENTIONS = [
    # opposites: a police reply that names the regulator as a partner, a reader's route or a link
    ("cnc_names_onr",
     "Civil Nuclear Constabulary\nFreedom of Information Request 2021/044\nSecurity at civil sites is "
     "regulated by the Office for Nuclear Regulation, which sets the standards we are inspected "
     "against.\nYours sincerely\nCivil Nuclear Constabulary\n",
     ("Civil Nuclear Constabulary", "cnc")),
    ("police_scotland_names_naturescot",
     "Police Scotland\nFOI reference IM-FOI-2023-1187\nWildlife crime is investigated with partners "
     "including NatureScot and the Scottish SPCA. Details are on nature.scot.\nYours sincerely\n"
     "Information Management\nPolice Scotland\n",
     ("Police Scotland", "police-scotland")),
    ("force_names_hse_and_environment_agency",
     "North Yorkshire Police\nFreedom of Information Request 1234/22\nIncidents at farms are passed "
     "to the Health and Safety Executive or the Environment Agency where they lead.\nYours "
     "sincerely\nCivil Disclosure Unit\nNorth Yorkshire Police\n",
     ("North Yorkshire Police", "north-yorkshire")),
]


@pytest.mark.parametrize(("name", "text", "expected"), PARTNER_MENTIONS, ids=[p[0] for p in PARTNER_MENTIONS])
def test_regulator_named_as_partner_is_not_the_writer(name: str, text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected

"""Authority family behind web30_06's miss (session 8, round16): a city region's passenger transport
executive answering for itself (Merseytravel, which runs the Mersey Tunnels and their police), absent
from the gazetteer until now, so the request's capitalised words ("Equipment Mersey Tunnel Police")
were read as a body. Near misses: a force's reply that names the executive only in passing stays the
force's, and the executive's site gives it by host. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

_THREAD = (
    "Dear Merseytravel,\n"
    "Please list the Equipment Mersey Tunnel Police Vehicles carry.\n"
    "Yours faithfully,\n"
    "Sam Field\n"
    "Dear Mr Field,\n"
    "Thank you for your request. The equipment list is attached.\n"
    "Kind regards,\n"
    "Records Officer | Merseytravel | Mann Island, Liverpool\n"
)


def test_the_executive_answering_on_a_request_site() -> None:
    assert find_authority(_THREAD, url="https://www.whatdotheyknow.com/request/vehicle_kit") == (
        "Merseytravel", "merseytravel")


@pytest.mark.parametrize(("text", "expected"), [
    ("Transport for Greater Manchester holds the figures you asked for, and they are set out below.\n",
     ("Transport for Greater Manchester", "tfgm")),
    ("TfWM does not hold the information you asked for about bus lane cameras.\n",
     ("Transport for West Midlands", "tfwm")),
])
def test_other_executives_by_name(text: str, expected: tuple[str, str]) -> None:
    assert find_authority(text) == expected


def test_by_the_executives_host() -> None:
    text = "Thank you for your request about tunnel tolls. The figures are attached.\n"
    assert find_authority(text, url="https://www.merseytravel.gov.uk/about-us/foi/tolls") == (
        "Merseytravel", "merseytravel")


def test_a_force_naming_the_executive_in_passing_stays_the_force() -> None:
    text = (
        "Merseyside Police can confirm that it holds the information you asked for.\n"
        "Officers supported Merseytravel staff checking tickets on 12 days in 2010.\n"
        "Yours sincerely,\nDisclosure Unit, Merseyside Police\n"
    )
    assert find_authority(text) == ("Merseyside Police", "merseyside")

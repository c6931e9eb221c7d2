"""Authority family behind web28_07's miss (session 8, round14): a log page's copy that never names
its writer, with only West Midlands Police's reference shape to go on ("Missing Persons (40A/21)":
a running number, an 'A', a slash and the year). Reference shapes only one body uses are evidence
of the writer (authority_cues.yml reference_owners). Near misses: a plain "40/21", a longer code
holding the shape, and a reply that names its writer keep their answer. Texts written for these tests.
"""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

BODY = (
    "\nRequest\nPlease give me the number of reports of missing people for each month of 2020.\n"
    "Response\nOur records are set out below for each month of the year asked about.\n"
)


@pytest.mark.parametrize("title", [
    "Missing Persons (40A/21)",
    "Drones 810A/22",
    "Fleet vehicles - 1603A/23",
])
def test_wmp_reference_shape_names_the_writer(title: str) -> None:
    assert find_authority(title + BODY) == ("West Midlands Police", "west-midlands")


@pytest.mark.parametrize("title", [
    "Missing Persons (40/21)",       # no letter: any force's shape
    "Missing Persons (40AB/21)",     # two letters: not the shape
    "Missing Persons (FOI/40A/21/3)",  # the shape inside a longer code
])
def test_other_shapes_name_no_writer(title: str) -> None:
    assert find_authority(title + BODY) == (None, None)


def test_a_named_writer_outranks_the_shape() -> None:
    text = "Missing Persons (40A/21)" + BODY + "Yours sincerely\nFreedom of Information Unit\nKent Police\n"
    assert find_authority(text) == ("Kent Police", "kent")

"""A units row under a table's column labels ("£" under each budget year, "%" under each rate) is
kept as a row, as the cells are written; a second row of labels is still merged into the header.
Grids written for these tests."""
from __future__ import annotations

import pytest

from parser.tables.tables import split_header

UNIT_ROWS = [
    ("pound_signs", [["", "Budget 2022/23", "Budget 2023/24"], ["", "\u00a3", "\u00a3"], ["Unit A", "698,963", "783,374"],
                     ["Unit B", "966,554", "1,150,176"]],
     ["", "Budget 2022/23", "Budget 2023/24"], ["", "\u00a3", "\u00a3"]),
    ("percent_signs", [["Force", "2021", "2022"], ["", "%", "%"], ["North", "12", "14"], ["South", "9", "8"]],
     ["Force", "2021", "2022"], ["", "%", "%"]),
    ("thousands_bracketed", [["Item", "Spend"], ["", "(\u00a3000)"], ["Fuel", "41"], ["Tyres", "12"]],
     ["Item", "Spend"], ["", "(\u00a3000)"]),
]


@pytest.mark.parametrize(("name", "rows", "header", "first_row"), UNIT_ROWS, ids=[c[0] for c in UNIT_ROWS])
def test_units_row_stays_a_row(name: str, rows: list[list[str]], header: list[str], first_row: list[str]) -> None:
    got_header, got_rows = split_header(rows)
    assert (got_header, got_rows[0]) == (header, first_row)


def test_second_label_row_still_merges() -> None:
    rows = [["", "Revoked", "Revoked"], ["", "Shotgun", "Firearm"], ["2019", "3", "4"], ["2020", "1", "2"]]
    assert split_header(rows) == (["", "Revoked Shotgun", "Revoked Firearm"], [["2019", "3", "4"], ["2020", "1", "2"]])


def test_label_row_with_unit_words_still_merges() -> None:
    rows = [["", "2022", "2023"], ["", "Spend (\u00a3)", "Share (%)"], ["Fuel", "41", "40"], ["Tyres", "12", "13"]]
    assert split_header(rows)[0] == ["", "2022 Spend (\u00a3)", "2023 Share (%)"]

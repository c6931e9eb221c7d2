"""numeric_value() and Table.long(): the typed view analysts stack across forces."""
from __future__ import annotations

import pytest

from parser.record import Cell, Disclosure, Table, numeric_value, withheld_mark


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234", (1234, None)),
        ("12", (12, None)),
        ("0", (0, None)),
        ("12.5", (12.5, None)),
        ("<5", (None, None)),  # suppressed small number: the text keeps it, no value
        ("< 10", (None, None)),
        ("fewer than 5", (None, None)),
        ("£1,200.50", (1200.5, "£")),
        ("£980", (980, "£")),
        ("£1.2m", (1200000, "£")),
        ("-£50", (-50, "£")),
        ("12%", (12, "%")),
        ("91.5 per cent", (91.5, "%")),
        ("45*", (45, None)),
        ("45¹", (45, None)),
        ("45[1]", (45, None)),
        ("-", (None, None)),
        ("–", (None, None)),
        ("n/a", (None, None)),
        ("N/A", (None, None)),
        ("*", (None, None)),
        ("Nil", (0, None)),
        ("12 hrs", (12, "hours")),
        ("3 days", (3, "days")),
        ("768 requests", (768, "requests")),
        ("1,020 stop searches", (1020, "stop searches")),
        ("3 march", (None, None)),  # a date, not three of something
        ("12 Main Street", (None, None)),
        ("-3", (-3, None)),
        ("1,23", (None, None)),  # not a thousands grouping: text
        ("1 - 4", (None, None)),  # a banded range, not one number
        ("Theft", (None, None)),
        ("", (None, None)),
    ],
)
def test_numeric_value(text: str, expected: tuple[object, object]) -> None:
    value, unit = numeric_value(text)
    assert (value, unit) == expected
    if expected[0] is not None:
        assert type(value) is type(expected[0])


def test_long_uses_text_row_labels_and_header_column_labels() -> None:
    table = Table(header=["Offence", "2022", "2023"], rows=[["Theft", "1,234", "<5"], ["Total", "1,240", "7"]])
    assert table.long() == [
        Cell(row="Theft", column="2022", text="1,234", value=1234, unit=None),
        Cell(row="Theft", column="2023", text="<5", value=None, unit=None),
        Cell(row="Total", column="2022", text="1,240", value=1240, unit=None),
        Cell(row="Total", column="2023", text="7", value=7, unit=None),
    ]


def test_long_takes_years_down_the_first_column_as_row_labels() -> None:
    table = Table(header=[], rows=[["2019", "768"], ["2018", "567"]], source="text")
    assert [(c.row, c.column, c.value) for c in table.long()] == [("2019", None, 768), ("2018", None, 567)]


def test_long_skips_empty_cells_and_keeps_money_units() -> None:
    table = Table(header=["Item", "Cost", "Note"], rows=[["Radios", "£3,100.00", ""]])
    assert table.long() == [Cell(row="Radios", column="Cost", text="£3,100.00", value=3100.0, unit="£")]


def test_tables_round_trip_through_dict() -> None:
    record = Disclosure(tables=[Table(header=["a", "b"], rows=[["x", "1"]], caption="c", source="pdf")])
    assert Disclosure.from_dict(record.to_dict()) == record


def test_long_gives_no_row_label_for_an_empty_label_cell() -> None:
    table = Table(header=["Division", "Officers"], rows=[["North", "12"], ["", "3"]])
    assert [(c.row, c.value) for c in table.long()] == [("North", 12), (None, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("<5", True), ("< 10", True), ("*", True), ("-", True), ("Not held", True), ("n/a", True),
     ("5", False), ("Theft", False), ("<b>", False), ("", False)],
)
def test_withheld_mark(text: str, expected: bool) -> None:
    assert withheld_mark(text) is expected

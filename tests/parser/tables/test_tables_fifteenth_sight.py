"""Text-table family behind web28_05's miss (session 8, round14): numbered answers each giving a
space-aligned table, the answer's number opening the header line ("1. Absence reason    Total"), the
next answer's table straight after the last row of the first ("2. Rank    Absence Reason    Total").
A line of labels of another width after rows of figures heads a new table, and the answer's number
is no part of the first label. Near misses: a header with no corner label, a number that is a
figure, and a wider row holding a figure keep their reading. Texts written for these tests."""
from __future__ import annotations

from parser.tables.tables_text import find_text_tables


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def _grids(text: str) -> list[tuple[list[str], list[list[str]]]]:
    return [(t.header, t.rows) for t in find_text_tables(text)]


def test_two_numbered_tables_back_to_back() -> None:
    text = _lines(
        "The information is disclosed as follows.",
        "1. Absence reason            Total",
        "     Anxiety                   28",
        "     Stress                   127",
        "    Grand Total               155",
        "2. Rank        Absence Reason        Total",
        "    Insp           Depression            2",
        "    Sgt            Stress                4",
    )
    assert _grids(text) == [
        (["Absence reason", "Total"], [["Anxiety", "28"], ["Stress", "127"], ["Grand Total", "155"]]),
        (["Rank", "Absence Reason", "Total"], [["Insp", "Depression", "2"], ["Sgt", "Stress", "4"]]),
    ]


def test_bracketed_answer_number() -> None:
    text = _lines("2) Rank        Total", "   Insp          2", "   Sgt           4")
    assert _grids(text) == [(["Rank", "Total"], [["Insp", "2"], ["Sgt", "4"]])]


def test_near_miss_header_without_corner_is_kept() -> None:
    text = _lines("         2019      2020", "Theft       4        5", "Assault     2        1")
    assert _grids(text) == [(["", "2019", "2020"], [["Theft", "4", "5"], ["Assault", "2", "1"]])]


def test_near_miss_wider_row_with_a_figure_heads_nothing() -> None:
    # a row of another width that holds a figure is a row, not the next table's header
    text = _lines(
        "Force        Total",
        "Durham         12",
        "Cleveland       9",
        "Northumbria    North     7",
    )
    assert _grids(text) == [
        (["Force", "Total"], [["Durham", "12"], ["Cleveland", "9"], ["Northumbria North", "7"]]),
    ]


def test_near_miss_number_without_a_word_is_kept() -> None:
    # "1.5" is a figure, not an answer's number: the row is data and the table has no header
    text = _lines("1.5      2.0", "3.5      4.0")
    assert [t.header for t in find_text_tables(text)] in ([[]], [])

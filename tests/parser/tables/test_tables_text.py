"""Tables flattened into text: each form with its exact header and rows, and the prose,
lists, addresses and signatures that must NOT be read as tables."""
from __future__ import annotations

import pytest

from parser.formats.page import Page
from parser.record import Table
from parser.tables.tables import find_tables
from parser.tables.tables_text import find_text_tables


def _grid(t: Table) -> tuple[list[str], list[list[str]]]:
    return t.header, t.rows


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def test_seed_gives_exactly_one_table_years_over_counts(seed_bytes: bytes) -> None:
    page = Page(kind="text", body_text=seed_bytes.decode("utf-8"))
    tables = find_tables(page)
    assert [(t.header, t.rows, t.source) for t in tables] == [
        (["2017", "2018", "2019", "2020", "2021", "2022", "2023"], [["4", "2", "0", "5", "0", "2", "1"]], "text")
    ]
    assert tables[0].caption == "Training is provided by various UK Police Forces."


def test_seed_long_form_is_seven_year_cells_with_integer_values(seed_bytes: bytes) -> None:
    (table,) = find_tables(Page(kind="text", body_text=seed_bytes.decode("utf-8")))
    cells = table.long()
    assert [(c.row, c.column, c.text, c.value, c.unit) for c in cells] == [
        (None, "2017", "4", 4, None),
        (None, "2018", "2", 2, None),
        (None, "2019", "0", 0, None),
        (None, "2020", "5", 5, None),
        (None, "2021", "0", 0, None),
        (None, "2022", "2", 2, None),
        (None, "2023", "1", 1, None),
    ]
    assert all(type(c.value) is int for c in cells)


POSITIVE = [
    pytest.param(
        _lines("Month |", "Count |", "January |", "5 |", "February |", "3 |"),
        (["Month", "Count"], [["January", "5"], ["February", "3"]]),
        id="cell-per-line-with-row-labels",
    ),
    pytest.param(
        _lines("Year |", "Male |", "Female |", "2019 |", "3 |", "4 |", "2020 |", "5 |", "6 |"),
        (["Year", "Male", "Female"], [["2019", "3", "4"], ["2020", "5", "6"]]),
        id="cell-per-line-three-columns-year-rows",
    ),
    pytest.param(
        _lines("Type |", "2019 |", "2020 |", "2021 |", "Theft |", "1 |", "2 |", "3 |", "Fraud |", "4 |", "5 |", "6 |"),
        (["Type", "2019", "2020", "2021"], [["Theft", "1", "2", "3"], ["Fraud", "4", "5", "6"]]),
        id="cell-per-line-years-across-offences-down",
    ),
    pytest.param(
        _lines("Offence | 2022 | 2023", "Theft | 1,234 | <5", "Assault | 6 | 2", "Total | 1,240 | 7"),
        (["Offence", "2022", "2023"], [["Theft", "1,234", "<5"], ["Assault", "6", "2"], ["Total", "1,240", "7"]]),
        id="pipe-rows-thousands-suppressed-and-totals",
    ),
    pytest.param(
        _lines("Month |", "Number of calls |", "January |", "1,234 |", "February |", "Not recorded |", "March |", "998 |"),
        (["Month", "Number of calls"], [["January", "1,234"], ["February", "Not recorded"], ["March", "998"]]),
        id="cell-per-line-with-a-not-recorded-figure",
    ),
    pytest.param(
        _lines(" |", "2019 |", "2020 |", "Theft |", "1 |", "2 |", "Fraud |", "3 |", "<5 |"),
        (["", "2019", "2020"], [["Theft", "1", "2"], ["Fraud", "3", "<5"]]),
        id="cell-per-line-empty-corner-cell",
    ),
    pytest.param(
        _lines("2019 |", "2020 |", "Theft |", "1 |", "2 |", "Fraud |", "3 |", "4 |"),
        (["", "2019", "2020"], [["Theft", "1", "2"], ["Fraud", "3", "4"]]),
        id="cell-per-line-header-without-a-corner-cell",
    ),
    pytest.param(
        _lines("Count |", "Theft |", "5 |", "Fraud |", "3 |"),
        (["", "Count"], [["Theft", "5"], ["Fraud", "3"]]),
        id="cell-per-line-one-column-header-without-a-corner-cell",
    ),
    pytest.param(
        _lines("Year |", "Count |", "", "2019 |", "5 |", "", "2020 |", "7 |"),
        (["Year", "Count"], [["2019", "5"], ["2020", "7"]]),
        id="cell-per-line-rows-split-by-blank-lines",
    ),
    pytest.param(
        _lines("Area |", "Officers |", "Staff |", "North |", "12 |", " |", "South |", "8 |", "3 |"),
        (["Area", "Officers", "Staff"], [["North", "12", ""], ["South", "8", "3"]]),
        id="cell-per-line-with-an-empty-cell",
    ),
    pytest.param(
        _lines("| Rank | Number |", "|---|---|", "| Constable | 120 |", "| Sergeant | 30 |"),
        (["Rank", "Number"], [["Constable", "120"], ["Sergeant", "30"]]),
        id="markdown",
    ),
    pytest.param(
        _lines("| Quarter | Calls | Answered in 10s |", "|:--------|------:|:---:|", "| Q1 | 10,512 | 91% |", "| Q2 | 9,870 | 88% |"),
        (["Quarter", "Calls", "Answered in 10s"], [["Q1", "10,512", "91%"], ["Q2", "9,870", "88%"]]),
        id="markdown-aligned-columns-percentages",
    ),
    pytest.param(
        _lines("2019 | 768", "2018 | 567", "2017 | 332"),
        ([], [["2019", "768"], ["2018", "567"], ["2017", "332"]]),
        id="pipe-rows-without-header",
    ),
    pytest.param(
        _lines("2020 up to 31st January – 59", "2019 – 768", "2018 – 567", "2017 – 332"),
        ([], [["2020 up to 31st January", "59"], ["2019", "768"], ["2018", "567"], ["2017", "332"]]),
        id="en-dash-line-list",
    ),
    pytest.param(
        _lines("Year – Number of requests", "2019 – 768", "2018 – 567", "2017 – 332"),
        (["Year", "Number of requests"], [["2019", "768"], ["2018", "567"], ["2017", "332"]]),
        id="line-list-under-a-line-naming-its-columns",
    ),
    pytest.param(
        _lines(" | 2019 | 2020", "Theft | 12 | 15", "Fraud | 3 | 4"),
        (["", "2019", "2020"], [["Theft", "12", "15"], ["Fraud", "3", "4"]]),
        id="pipe-rows-empty-corner-cell",
    ),
    pytest.param(
        _lines("Cleveland – 4 negotiators", "Durham – 6 negotiators", "Northumbria – 11 negotiators"),
        ([], [["Cleveland", "4 negotiators"], ["Durham", "6 negotiators"], ["Northumbria", "11 negotiators"]]),
        id="line-list-counts-with-what-they-count",
    ),
    pytest.param(
        _lines("2021: 12", "2022: 15", "2023: 9"),
        ([], [["2021", "12"], ["2022", "15"], ["2023", "9"]]),
        id="year-colon-count-list",
    ),
    pytest.param(
        _lines("• Stop and search - 45", "• Arrests - 12", "• Community resolutions - <5"),
        ([], [["Stop and search", "45"], ["Arrests", "12"], ["Community resolutions", "<5"]]),
        id="bulleted-hyphen-list-with-suppressed-value",
    ),
    pytest.param(
        _lines("Year\tMale\tFemale", "2019\t3\t4", "2020\t5\t6"),
        (["Year", "Male", "Female"], [["2019", "3", "4"], ["2020", "5", "6"]]),
        id="tab-separated-grid",
    ),
    pytest.param(
        _lines("              2019      2020", "Theft         12        15", "Fraud         3         4"),
        (["", "2019", "2020"], [["Theft", "12", "15"], ["Fraud", "3", "4"]]),
        id="space-aligned-grid-blank-corner",
    ),
    pytest.param(
        _lines("Offence 2021 2022", "Burglary 120 98", "Robbery 15 22", "Vehicle crime 300 280"),
        (["Offence", "2021", "2022"], [["Burglary", "120", "98"], ["Robbery", "15", "22"], ["Vehicle crime", "300", "280"]]),
        id="pdf-text-label-then-figures",
    ),
    pytest.param(
        _lines("Offence type 2022/23 2023/24", "Theft from vehicle 1,234 998", "Burglary 310 <5", "Criminal damage 87 92"),
        (["Offence type", "2022/23", "2023/24"], [["Theft from vehicle", "1,234", "998"], ["Burglary", "310", "<5"], ["Criminal damage", "87", "92"]]),
        id="pdf-text-multi-word-corner-over-financial-years",
    ),
    pytest.param(
        _lines("Spend by year", "2021/22 £1,200.50", "2022/23 £980", "2023/24 £1,010.25"),
        ([], [["2021/22", "£1,200.50"], ["2022/23", "£980"], ["2023/24", "£1,010.25"]]),
        id="financial-years-money",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_text_table_forms(text: str, expected: tuple[list[str], list[list[str]]]) -> None:
    tables = find_text_tables(text)
    assert [_grid(t) for t in tables] == [expected]
    assert tables[0].source == "text"


def test_two_tables_in_one_text_each_with_its_caption() -> None:
    text = _lines(
        "Number of Tasers drawn:",
        "2021: 40",
        "2022: 52",
        "2023: 61",
        "We hold no other information.",
        "Discharges by area",
        "Area | Discharges",
        "North | 4",
        "South | 7",
    )
    tables = find_text_tables(text)
    assert [(t.caption, t.header, t.rows) for t in tables] == [
        ("Number of Tasers drawn:", [], [["2021", "40"], ["2022", "52"], ["2023", "61"]]),
        ("Discharges by area", ["Area", "Discharges"], [["North", "4"], ["South", "7"]]),
    ]


NEGATIVE = [
    pytest.param(
        "In 2019 there were 45 incidents recorded, and in 2020 there were 30.\nThe figures for 2021 are not yet held.",
        id="prose-with-numbers",
    ),
    pytest.param(
        _lines("1. How many officers were trained in 2019", "2. How many officers were trained in 2020", "3. How many officers were trained in 2021"),
        id="numbered-questions-ending-in-years",
    ),
    pytest.param(
        _lines("Question 1: How many negotiators are there?", "Question 2: Where are they trained?", "Question 3: 12"),
        id="question-list",
    ),
    pytest.param(_lines("Cleveland Police", "Ladgate Lane", "Middlesbrough", "TS8 9EH"), id="postal-address"),
    pytest.param(
        _lines("Date received: 3 February 2020", "Date responded: 20 February 2020", "Reference: 207-24"),
        id="dates-and-reference-labels",
    ),
    pytest.param(
        _lines("Yours sincerely", "", "Jane Smith", "Information Rights Officer", "Tel: 01642 301234"),
        id="signature-block",
    ),
    pytest.param(
        _lines(
            "Hartlepool United vs Gateshead - January 1st 2018 - £2,713.92",
            "Hartlepool United vs Maidenhead - December 23rd 2017 - £0",
            "Hartlepool United vs Macclesfield Town - December 2nd 2017 - £1,742.34",
        ),
        id="dated-list-items-labelled-not-a-table",  # dev set h006: labelled as a list
    ),
    pytest.param("Home | About us | Freedom of Information", id="breadcrumb-line"),
    pytest.param(
        _lines("Switchboard: 101", "Emergency: 999", "Text relay: 18000"),
        id="contact-numbers",
    ),
    pytest.param(
        _lines("Section 31(1)(a) - Law Enforcement", "Section 40(2) - Personal Information", "Section 12 - 18"),
        id="exemption-list",
    ),
    pytest.param(
        _lines("a) the number of officers employed in", "b) the number of staff employed in", "c) the total in 2023"),
        id="lettered-request-list",
    ),
    pytest.param(
        _lines("Page 1 of 3", "Page 2 of 3", "Page 3 of 3"),
        id="page-furniture",
    ),
    pytest.param(
        _lines("The request was received on 12 March 2024.", "We responded within 20", "working days as required by section 10."),
        id="wrapped-sentence",
    ),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_table(text: str) -> None:
    assert find_text_tables(text) == []


def test_dev_set_h006_match_list_is_not_a_table() -> None:
    text = _lines(
        "The amount billed to Hartlepool United for policing each of these matches:",
        "",
        "Hartlepool United vs Gateshead - January 1st 2018 - £2,713.92",
        "Hartlepool United vs Maidenhead - December 23rd 2017 - £0",
        "Hartlepool United vs Macclesfield Town - December 2nd 2017 - £1,742.34",
    )
    assert find_text_tables(text) == []


def test_table_number_line_before_pipe_rows_is_the_caption_not_a_row() -> None:
    # Sample-site pages (Cleveland, West Yorkshire) put "Table 1" on its own line above the
    # rows; read as "label figure" it swallowed the pipe rows into a two-column list.
    text = _lines("Table 1", "2014 | 2015 | 2016", "3,583 | 1,561 | 99")
    assert [(t.caption, t.header, t.rows) for t in find_text_tables(text)] == [
        ("Table 1", ["2014", "2015", "2016"], [["3,583", "1,561", "99"]])
    ]


def test_seed_through_parse_gives_the_one_table(seed_bytes: bytes) -> None:
    from parser import parse

    record = parse(seed_bytes, path="seed.txt")
    assert [(t.header, t.rows, t.source) for t in record.tables] == [
        (["2017", "2018", "2019", "2020", "2021", "2022", "2023"], [["4", "2", "0", "5", "0", "2", "1"]], "text")
    ]

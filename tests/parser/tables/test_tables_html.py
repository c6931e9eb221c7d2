"""HTML <table> elements: exact header and rows for merged headers, spans, totals,
footnote markers, captions and layout tables."""
from __future__ import annotations

import pytest
from lxml import html

from parser.formats.page import Page
from parser.record import Table
from parser.tables.tables import find_tables
from parser.tables.tables_html import find_html_tables


def _tables(markup: str) -> list[Table]:
    root = html.fromstring(f"<html><body><main>{markup}</main></body></html>")
    return find_html_tables(root.findall(".//table"))


MERGED = """
<h2>Officers by year and sex</h2>
<table><thead>
<tr><th rowspan="2">Force</th><th colspan="2">2019</th><th colspan="2">2020</th></tr>
<tr><th>Male</th><th>Female</th><th>Male</th><th>Female</th></tr></thead>
<tbody>
<tr><th>Cleveland</th><td>1,234</td><td>&lt;5</td><td>12<sup>1</sup></td><td>-</td></tr>
<tr><td>Durham</td><td>7</td><td>8</td><td>9</td><td>10</td></tr>
<tr><td><strong>Total</strong></td><td>1,241</td><td>8</td><td>21</td><td>10</td></tr>
</tbody></table>
<p><sup>1</sup> Includes officers on secondment.</p>
"""


def test_merged_header_cells_totals_row_and_footnote_marker() -> None:
    (t,) = _tables(MERGED)
    assert t.header == ["Force", "2019 Male", "2019 Female", "2020 Male", "2020 Female"]
    assert t.rows == [
        ["Cleveland", "1,234", "<5", "12¹", "-"],
        ["Durham", "7", "8", "9", "10"],
        ["Total", "1,241", "8", "21", "10"],
    ]
    assert t.caption == "Officers by year and sex"
    assert t.source == "html"


def test_merged_table_long_form_keeps_suppressed_text_with_no_value() -> None:
    (t,) = _tables(MERGED)
    cleveland = [(c.column, c.text, c.value) for c in t.long() if c.row == "Cleveland"]
    assert cleveland == [
        ("2019 Male", "1,234", 1234),
        ("2019 Female", "<5", None),
        ("2020 Male", "12¹", 12),
        ("2020 Female", "-", None),
    ]


CASES = [
    pytest.param(
        "<table><tr><th>Year</th><th>Arrests</th></tr><tr><td>2022</td><td>310</td></tr><tr><td>2023</td><td>295</td></tr></table>",
        (["Year", "Arrests"], [["2022", "310"], ["2023", "295"]]),
        id="th-header-row",
    ),
    pytest.param(
        "<table><tr><td>Month</td><td>Calls</td></tr><tr><td>April</td><td>1,020</td></tr><tr><td>May</td><td>998</td></tr></table>",
        (["Month", "Calls"], [["April", "1,020"], ["May", "998"]]),
        id="first-row-of-labels-without-th",
    ),
    pytest.param(
        "<table><tr><td>2017</td><td>2018</td><td>2019</td></tr><tr><td>4</td><td>2</td><td>0</td></tr></table>",
        (["2017", "2018", "2019"], [["4", "2", "0"]]),
        id="years-across-counts-below",
    ),
    pytest.param(
        "<table><tr><th>Division</th><th>Unit</th><th>Officers</th></tr>"
        "<tr><td rowspan='2'>North</td><td>Response</td><td>40</td></tr><tr><td>CID</td><td>12</td></tr>"
        "<tr><td>South</td><td>Response</td><td>35</td></tr></table>",
        (["Division", "Unit", "Officers"], [["North", "Response", "40"], ["North", "CID", "12"], ["South", "Response", "35"]]),
        id="rowspan-in-body-copied-down",
    ),
    pytest.param(
        "<table><caption>Table 1: Taser use</caption><tr><th>Use</th><th>Count</th></tr><tr><td>Drawn</td><td>52</td></tr><tr><td>Fired</td><td>6</td></tr></table>",
        (["Use", "Count"], [["Drawn", "52"], ["Fired", "6"]]),
        id="caption-element",
    ),
    pytest.param(
        "<table><thead><tr><th>Item</th><th></th><th>Cost</th></tr></thead><tbody><tr><td>Body cameras</td><td></td><td>£12,500.00</td></tr>"
        "<tr><td>Radios</td><td></td><td>£3,100.00</td></tr></tbody></table>",
        (["Item", "Cost"], [["Body cameras", "£12,500.00"], ["Radios", "£3,100.00"]]),
        id="empty-spacer-column-dropped",
    ),
    pytest.param(
        "<table><tr><th>Division</th><th>Unit</th><th>Officers</th></tr>"
        "<tr><td>North</td><td>Response</td><td>40</td></tr><tr><td>South</td><td>CID</td><td>12</td></tr>"
        "<tr><td colspan='2'>Total</td><td>52</td></tr></table>",
        (["Division", "Unit", "Officers"], [["North", "Response", "40"], ["South", "CID", "12"], ["Total", "", "52"]]),
        id="totals-row-label-spanning-two-columns",
    ),
    pytest.param(
        "<table><tr><td colspan='3'><strong>Pursuits by year</strong></td></tr>"
        "<tr><td>Year</td><td>Pursuits</td><td>Injuries</td></tr><tr><td>2022</td><td>41</td><td>&lt;5</td></tr>"
        "<tr><td>2023</td><td>37</td><td>6</td></tr></table>",
        (["Year", "Pursuits", "Injuries"], [["2022", "41", "<5"], ["2023", "37", "6"]]),
        id="title-row-spanning-the-table-is-not-header",
    ),
    pytest.param(
        "<table><tr><td>Stop and search</td><td>1,020</td></tr><tr><td>Arrests</td><td>87</td></tr></table>",
        ([], [["Stop and search", "1,020"], ["Arrests", "87"]]),
        id="label-value-rows-no-header",
    ),
    pytest.param(
        "<table><tr><th>Offence</th><th>Outcome</th></tr><tr><td>Theft<br/>from vehicle</td><td>No further action</td></tr>"
        "<tr><td>Burglary</td><td>Charged</td></tr></table>",
        (["Offence", "Outcome"], [["Theft from vehicle", "No further action"], ["Burglary", "Charged"]]),
        id="text-table-with-line-break-in-cell",
    ),
]


@pytest.mark.parametrize(("markup", "expected"), CASES)
def test_html_table_forms(markup: str, expected: tuple[list[str], list[list[str]]]) -> None:
    assert [(t.header, t.rows) for t in _tables(markup)] == [expected]


def test_caption_element_is_the_caption() -> None:
    (t,) = _tables(next(c.values[0] for c in CASES if c.id == "caption-element"))
    assert t.caption == "Table 1: Taser use"


def test_title_row_spanning_the_table_is_its_caption() -> None:
    (t,) = _tables(next(c.values[0] for c in CASES if c.id == "title-row-spanning-the-table-is-not-header"))
    assert t.caption == "Pursuits by year"


def test_layout_table_is_skipped_but_the_data_table_inside_is_read() -> None:
    markup = (
        "<table role='presentation'><tr><td><p>Our response</p>"
        "<table><tr><th>Month</th><th>Count</th></tr><tr><td>Jan</td><td>5</td></tr></table>"
        "</td><td>Sidebar links</td></tr></table>"
    )
    assert [(t.header, t.rows) for t in _tables(markup)] == [(["Month", "Count"], [["Jan", "5"]])]


def test_single_cell_and_single_column_tables_are_not_data() -> None:
    markup = "<table><tr><td>Contact us</td></tr></table><table><tr><td>One</td></tr><tr><td>Two</td></tr></table>"
    assert _tables(markup) == []


def test_html_table_rendered_into_body_text_is_not_found_twice() -> None:
    root = html.fromstring(
        "<html><body><table><tr><th>Year</th><th>Arrests</th></tr><tr><td>2022</td><td>310</td></tr></table></body></html>"
    )
    page = Page(
        kind="html",
        body_text="Figures below.\nYear | Arrests\n2022 | 310\nThat is all we hold.",
        html_tables=root.findall(".//table"),
    )
    assert [(t.header, t.rows, t.source) for t in find_tables(page)] == [(["Year", "Arrests"], [["2022", "310"]], "html")]


def test_page_through_the_cleaning_step_gives_each_html_table_once() -> None:
    from parser.cleaning import clean

    page = clean.clean_html(
        f"<html><head><title>Officers</title></head><body><main><p>Reference: 12/24</p>{MERGED}</main></body></html>"
    )
    tables = find_tables(page)
    assert [(t.header, t.source) for t in tables] == [
        (["Force", "2019 Male", "2019 Female", "2020 Male", "2020 Female"], "html")
    ]

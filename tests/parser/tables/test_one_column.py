"""One-column tables (fields9): a list of values under a heading is a table an analyst exports;
a box framing one cell of prose, or a column of sentences, is layout and is not."""
from __future__ import annotations

import io

import pytest

from parser.formats.decode import Decoded
from parser.formats.documents import read
from parser.tables.tables import one_column_list

_POSTS = [["Economic Crime Team"], ["1 x Detective Constable – Cyber Investigator"],
          ["1 x Detective Constable – Fraud Investigator"], ["2 x Police Staff – Analyst"]]


def test_a_heading_over_values_is_a_list() -> None:
    assert one_column_list(_POSTS) == (
        ["Economic Crime Team"],
        [["1 x Detective Constable – Cyber Investigator"], ["1 x Detective Constable – Fraud Investigator"],
         ["2 x Police Staff – Analyst"]],
    )


@pytest.mark.parametrize("rows", [
    [["Please note the figures below are provisional."]],  # a one-cell box
    [["Station"], ["Hereford"]],  # a heading and one value: too little to be a list
    [["Note"], ["The figures are provisional."], ["They were taken from the system in May."]],  # sentences
    [["Answer"], ["Yes we hold it. It is attached"], ["See below"]],  # a sentence ending inside a cell
    [["Station"], [""], ["Leominster"], ["Ross"]],  # a blank cell: a form, not a list
    [["Signature"], ["x"], ["x"], ["x"]],  # repeated filler
    [["Economic Crime Team", "Posts"], ["A", "1"], ["B", "2"]],  # two columns: not this rule's
    [["A heading"], ["x" * 120], ["y"]],  # a cell of prose length
])
def test_layout_boxes_and_prose_are_not_lists(rows: list[list[str]]) -> None:
    assert one_column_list(rows) is None


def _docx_one_column(cells: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Response 1: the team at 31st December 2021.")
    table = document.add_table(rows=len(cells), cols=1)
    for r, value in enumerate(cells):
        table.cell(r, 0).text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_one_column_list_is_a_table() -> None:
    page = read(Decoded(kind="docx", raw=_docx_one_column([c[0] for c in _POSTS])))
    assert [(t.header, t.rows, t.source) for t in page.tables] == [(
        ["Economic Crime Team"],
        [["1 x Detective Constable – Cyber Investigator"], ["1 x Detective Constable – Fraud Investigator"],
         ["2 x Police Staff – Analyst"]],
        "docx",
    )]


def test_docx_one_cell_box_is_no_table() -> None:
    page = read(Decoded(kind="docx", raw=_docx_one_column(["We hold the information and it is set out in the attached file."])))
    assert page.tables == []
    assert "We hold the information and it is set out in the attached file." in page.body_text


def test_html_one_column_list_is_a_table() -> None:
    from lxml import html as lxml_html

    from parser.tables.tables_html import find_html_tables
    markup = ("<table><tr><th>Station</th></tr><tr><td>Hereford</td></tr><tr><td>Leominster</td></tr>"
              "<tr><td>Ross-on-Wye</td></tr></table>")
    tables = find_html_tables(lxml_html.fromstring("<div>" + markup + "</div>").findall(".//table"))
    assert [(t.header, t.rows) for t in tables] == [(["Station"], [["Hereford"], ["Leominster"], ["Ross-on-Wye"]])]
    box = "<table><tr><td>We hold this. It is attached to this reply.</td></tr></table>"
    assert find_html_tables(lxml_html.fromstring("<div>" + box + "</div>").findall(".//table")) == []

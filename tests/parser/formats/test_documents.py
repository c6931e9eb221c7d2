"""PDF, .docx, .xlsx and .csv responses: fixtures generated here, exact text and tables,
and damaged files that give warnings instead of tracebacks."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from parser import parse
from parser.formats.decode import Decoded
from parser.formats.documents import read
from parser.formats.pdf import read_pdf
from parser.record import Table
from tests.parser import pdf_fixtures

EXPECTED_ROWS = [
    ["January", "1,210", "40"], ["February", "1,105", "38"], ["March", "998", "41"], ["April", "1,020", "29"],
    ["May", "1,189", "35"], ["June", "1,250", "44"], ["July", "1,302", "47"], ["August", "1,288", "39"],
]
EXPECTED_BODY = "\n".join(
    [
        *pdf_fixtures.LETTER_LINES,
        "Month | Searches | Arrests",
        *(" | ".join(r) for r in EXPECTED_ROWS),
        pdf_fixtures.CLOSING,
    ]
)


@pytest.fixture(scope="module")
def letter_pdf() -> bytes:
    return pdf_fixtures.letter_with_table_over_page_break()


def test_pdf_table_over_a_page_break_is_one_table_with_the_repeated_header_dropped(letter_pdf: bytes) -> None:
    page = read_pdf(letter_pdf)
    assert page.kind == "pdf"
    assert page.title == "Stop and search by month"
    assert page.warnings == []
    assert page.tables == [
        Table(
            header=["Month", "Searches", "Arrests"],
            rows=EXPECTED_ROWS,
            caption="You asked for the number of stop and searches by month.",
            source="pdf",
        )
    ]
    assert page.body_text == EXPECTED_BODY


def test_parse_accepts_pdf_bytes_by_magic_number(letter_pdf: bytes) -> None:
    record = parse(letter_pdf, path="letter.pdf")
    # read_pdf keeps the first page's marking; cleaning drops it as letter furniture (issue 14:
    # security markings are chrome wherever they sit).
    assert EXPECTED_BODY.split("\n")[0] == "OFFICIAL"
    assert record.body_text == EXPECTED_BODY.split("\n", 1)[1]
    assert [(t.header, t.rows, t.source) for t in record.tables] == [
        (["Month", "Searches", "Arrests"], EXPECTED_ROWS, "pdf")
    ]
    assert not [w for w in record.warnings if "PDF" in w]


def test_pdf_table_long_form_gives_month_rows_and_integer_counts(letter_pdf: bytes) -> None:
    (table,) = read_pdf(letter_pdf).tables
    cells = table.long()
    assert len(cells) == 16
    assert [(c.row, c.column, c.value) for c in cells[:2]] == [("January", "Searches", 1210), ("January", "Arrests", 40)]


def test_truncated_pdf_gives_a_warning_not_a_traceback(letter_pdf: bytes) -> None:
    record = parse(letter_pdf[: len(letter_pdf) // 2], path="cut.pdf")
    assert record.tables == []
    assert record.body_text == ""
    assert [w for w in record.warnings if w.startswith("PDF could not be read (truncated or corrupt?)")]


def test_garbage_after_pdf_magic_gives_a_warning() -> None:
    page = read_pdf(b"%PDF-1.4\nthis is not a pdf at all")
    assert len(page.warnings) == 1
    assert page.warnings[0].startswith("PDF could not be read (truncated or corrupt?): ")


def test_scanned_pdf_without_text_layer_says_so() -> None:
    record = parse(pdf_fixtures.scanned_letter(), path="scan.pdf")
    assert record.body_text == ""
    assert "PDF has no text layer (a scanned image?): none of its 2 page(s) has text; OCR is not done" in record.warnings


# ------------------------------------------------------------------------------- .docx
def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "FOI 1234/24 response"
    document.add_paragraph("Our reference: 1234/24")
    document.add_paragraph("Firearms licences revoked by year.")
    table = document.add_table(rows=4, cols=3)
    for r, values in enumerate([["Year", "Revoked", ""], ["", "Shotgun", "Firearm"], ["2022", "14", "<5"], ["2023", "1,020", "7"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    merged = table.cell(0, 1).merge(table.cell(0, 2))
    merged.text = "Revoked"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Year"
    document.add_paragraph("No information is withheld.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_table_with_merged_cells() -> None:
    page = read(Decoded(kind="docx", raw=_docx()))
    assert page.warnings == []
    assert page.title == "FOI 1234/24 response"
    assert [(t.header, t.rows, t.caption, t.source) for t in page.tables] == [
        (
            ["Year", "Revoked Shotgun", "Revoked Firearm"],
            [["2022", "14", "<5"], ["2023", "1,020", "7"]],
            "Firearms licences revoked by year.",
            "docx",
        )
    ]
    assert page.body_text.split("\n") == [
        "Our reference: 1234/24",
        "Firearms licences revoked by year.",
        "Year | Revoked | Revoked",
        "Year | Shotgun | Firearm",
        "2022 | 14 | <5",
        "2023 | 1,020 | 7",
        "No information is withheld.",
    ]


def test_parse_sniffs_docx_and_keeps_one_table() -> None:
    record = parse(_docx(), url="https://example.police.uk/foi/response.docx")
    assert [t.source for t in record.tables] == ["docx"]


def test_corrupt_docx_gives_a_warning() -> None:
    page = read(Decoded(kind="docx", raw=_docx()[:300]))
    assert page.tables == [] and page.body_text == ""
    assert page.warnings[0].startswith(".docx could not be read (truncated or corrupt?): ")


# ------------------------------------------------------------------------------- .xlsx
def _xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Stop and search"
    sheet.append(["Stop and search by ethnicity, 2023"])
    sheet.append([])
    sheet.append(["Ethnicity", "Searches", "Arrest rate"])
    sheet.append(["White", 1234, 0.125])
    sheet.append(["Black", 310, None])
    sheet.append(["Total", 1544.0, "n/a"])
    sheet.append([])
    sheet.append(["Date extracted", dt.date(2024, 1, 5)])
    second = book.create_sheet("Notes")
    second.append(["Figures are a snapshot."])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_xlsx_sheet_blocks_become_tables_with_titles_as_captions() -> None:
    page = read(Decoded(kind="xlsx", raw=_xlsx()))
    assert page.warnings == []
    assert [(t.caption, t.header, t.rows, t.source) for t in page.tables] == [
        (
            "Stop and search by ethnicity, 2023",
            ["Ethnicity", "Searches", "Arrest rate"],
            [["White", "1234", "0.125"], ["Black", "310", ""], ["Total", "1544", "n/a"]],
            "xlsx",
        )
    ]
    assert page.body_text.split("\n") == [
        "Stop and search by ethnicity, 2023",
        "",
        "Ethnicity | Searches | Arrest rate",
        "White | 1234 | 0.125",
        "Black | 310",
        "Total | 1544 | n/a",
        "",
        "Date extracted | 2024-01-05",
        "Figures are a snapshot.",
    ]


def test_parse_sniffs_xlsx_without_finding_its_rendered_text_again() -> None:
    record = parse(_xlsx(), url="https://example.police.uk/foi/data.xlsx")
    assert [(t.source, len(t.rows)) for t in record.tables] == [("xlsx", 3)]


def test_corrupt_xlsx_gives_a_warning() -> None:
    page = read(Decoded(kind="xlsx", raw=_xlsx()[:200]))
    assert page.tables == []
    assert page.warnings[0].startswith(".xlsx could not be read (truncated or corrupt?): ")


# -------------------------------------------------------------------------------- .csv
def test_csv_is_one_table() -> None:
    text = "Division,Officers,Staff\r\nNorth,120,45\r\nSouth,98,<5\r\n"
    page = read(Decoded(kind="csv", text=text))
    assert [(t.header, t.rows, t.source) for t in page.tables] == [
        (["Division", "Officers", "Staff"], [["North", "120", "45"], ["South", "98", "<5"]], "csv")
    ]


def test_xlsx_with_malformed_document_properties_still_gives_its_sheets() -> None:
    # Seen in the sample site's workbooks: docProps/core.xml uses an undeclared "xsi" prefix,
    # which makes openpyxl refuse the whole file although the sheets are fine.
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                data = (
                    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
                    b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>'
                )
            dst.writestr(name, data)
    page = read(Decoded(kind="xlsx", raw=out.getvalue()))
    assert [(t.header, len(t.rows)) for t in page.tables] == [(["Ethnicity", "Searches", "Arrest rate"], 3)]
    assert len(page.warnings) == 1
    assert page.warnings[0].startswith(".xlsx document properties unreadable and ignored: XMLSyntaxError")


def test_unruled_pdf_table_is_found_in_the_page_text() -> None:
    record = parse(pdf_fixtures.letter_with_unruled_table(), path="unruled.pdf")
    assert record.body_text == "\n".join(
        [
            "Recorded crime by type.",
            "Offence type 2022/23 2023/24",
            "Theft from vehicle 1,234 998",
            "Burglary 310 <5",
            "Criminal damage 87 92",
            "End of response.",
        ]
    )
    assert [(t.caption, t.header, t.rows, t.source) for t in record.tables] == [
        (
            "Recorded crime by type.",
            ["Offence type", "2022/23", "2023/24"],
            [["Theft from vehicle", "1,234", "998"], ["Burglary", "310", "<5"], ["Criminal damage", "87", "92"]],
            "pdf",
        )
    ]


def test_running_headers_and_page_footers_are_dropped_but_the_first_header_kept() -> None:
    page = read_pdf(pdf_fixtures.three_page_letter_with_running_lines())
    assert page.body_text.split("\n") == [
        "OFFICIAL",
        "Our Ref: 2024/77",
        "Thank you for your request.",
        "We hold the information.",
        "It is given below.",
        "Yours sincerely",
        "Disclosure Unit",
    ]


def test_pdf_merged_cells_expand_like_html_spans() -> None:
    record = parse(pdf_fixtures.table_with_merged_cells(), path="merged.pdf")
    assert [(t.header, t.rows) for t in record.tables] == [
        (
            ["Year", "Revoked Shotgun", "Revoked Firearm"],
            [["2022", "14", "<5"], ["2023", "1,020", "7"], ["Total", "", "1,046"]],
        )
    ]


def test_docx_cell_merged_across_a_body_row_is_one_cell() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    for r, values in enumerate([["Division", "Unit", "Officers"], ["North", "Response", "40"], ["South", "CID", "12"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(3, 0).merge(table.cell(3, 1)).text = "Total"
    table.cell(3, 2).text = "52"
    buf = io.BytesIO()
    document.save(buf)
    page = read(Decoded(kind="docx", raw=buf.getvalue()))
    assert [(t.header, t.rows) for t in page.tables] == [
        (["Division", "Unit", "Officers"], [["North", "Response", "40"], ["South", "CID", "12"], ["Total", "", "52"]])
    ]


def test_a_new_table_at_the_top_of_the_next_page_is_not_joined_to_the_last() -> None:
    page = read_pdf(pdf_fixtures.two_tables_on_consecutive_pages())
    assert [(t.header, t.rows) for t in page.tables] == [
        (["Year", "Arrests"], [["2022", "310"], ["2023", "295"]]),
        (["Area", "Officers"], [["North", "40"], ["South", "35"]]),
    ]


def test_xlsx_merged_header_cells_label_every_column_they_cover() -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Year", "Revoked", None])
    sheet.append([None, "Shotgun", "Firearm"])
    sheet.append([2022, 14, "<5"])
    sheet.append(["Total", None, 20])
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("A4:B4")
    buf = io.BytesIO()
    book.save(buf)
    page = read(Decoded(kind="xlsx", raw=buf.getvalue()))
    assert [(t.header, t.rows) for t in page.tables] == [
        (["Year", "Revoked Shotgun", "Revoked Firearm"], [["2022", "14", "<5"], ["Total", "", "20"]])
    ]


def test_pdf_letter_parses_to_the_expected_record(letter_pdf: bytes) -> None:
    """The whole contract record for the generated letter: its facts, whichever step reads them."""
    record = parse(letter_pdf, path="letter.pdf")
    got = record.to_dict()
    assert {k: got[k] for k in ("path", "title", "reference", "regime", "response_date", "outcome", "ncnd", "exemptions", "warnings")} == {
        "path": "letter.pdf",
        "title": "Stop and search by month",
        "reference": "IM-FOI-2024-0123",
        "regime": "FOISA",
        "response_date": "2024-05-31",
        "outcome": "disclosed",
        "ncnd": False,
        "exemptions": [],
        "warnings": [],
    }
    assert got["tables"] == [
        {
            "caption": "You asked for the number of stop and searches by month.",
            "header": ["Month", "Searches", "Arrests"],
            "rows": EXPECTED_ROWS,
            "source": "pdf",
        }
    ]
    assert got["body_text"] == EXPECTED_BODY.split("\n", 1)[1]  # the "OFFICIAL" marking is dropped

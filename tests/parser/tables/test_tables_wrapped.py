"""An unruled two-column table whose label column wraps (a PCC letter's cost breakdown,
tests/real let04_07): amounts in thousands ("£806k") and a label carried onto the next line
below its figure. Text and PDF written for these tests."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table as PdfTable

from parser import parse
from parser.record import Table
from parser.tables.tables_text import find_text_tables

ROWS = [
    ["Newly trained dog handlers (4)", "£212k"],
    ["Replacement vehicles for the rural crime and", "£1,090k"],
    ["roads policing units (11)", ""],
    ["Body worn cameras (300)", "£95k"],
    ["Total spend", "£1,397k"],
]
EXPECTED = Table(
    header=["Item", "Cost"],
    rows=[
        ["Newly trained dog handlers (4)", "£212k"],
        ["Replacement vehicles for the rural crime and roads policing units (11)", "£1,090k"],
        ["Body worn cameras (300)", "£95k"],
        ["Total spend", "£1,397k"],
    ],
    caption="The breakdown of the grant is:",
    source="text",
)


def test_a_wrapped_label_joins_its_row_in_text() -> None:
    text = "\n".join(["The breakdown of the grant is:", "Item Cost"] + [" ".join(c for c in r if c) for r in ROWS]
                     + ["Yours sincerely,"])
    assert find_text_tables(text) == [EXPECTED]


def test_a_wrapped_label_joins_its_row_in_a_pdf_letter() -> None:
    buf = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    table = PdfTable([["Item", "Cost"]] + ROWS, colWidths=[300, 80])
    SimpleDocTemplate(buf, pagesize=A4).build(
        [Paragraph("The breakdown of the grant is:", style), table, Paragraph("Yours sincerely,", style)]
    )
    record = parse(buf.getvalue(), path="grant.pdf")
    assert [(t.header, t.rows) for t in record.tables] == [(EXPECTED.header, EXPECTED.rows)]


def test_a_sentence_ending_in_an_amount_is_not_a_table() -> None:
    text = "The grant was worth £3.1m\nand it was spent in full by March.\nNo further funding is expected.\n"
    assert find_text_tables(text) == []

"""PDF fixtures built by the tests themselves (reportlab), so no binary files are committed."""
from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

LETTER_LINES = [
    "OFFICIAL",
    "Our Ref: IM-FOI-2024-0123",
    "Date: 31st May 2024",
    "Freedom of Information (Scotland) Act 2002",
    "You asked for the number of stop and searches by month.",
]
TABLE_ROWS = [["Month", "Searches", "Arrests"]] + [
    [m, f"{n:,}", str(a)]
    for m, n, a in [
        ("January", 1210, 40), ("February", 1105, 38), ("March", 998, 41), ("April", 1020, 29),
        ("May", 1189, 35), ("June", 1250, 44), ("July", 1302, 47), ("August", 1288, 39),
    ]
]
CLOSING = "The information is held and has been provided above."


def letter_with_table_over_page_break() -> bytes:
    """A response letter whose table starts at the foot of page 1 and ends on page 2, with
    the header row repeated on page 2 as word processors do."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title="Stop and search by month")
    style = getSampleStyleSheet()["Normal"]
    story: list = [Paragraph(line, style) for line in LETTER_LINES]
    story.append(Spacer(1, 560))  # push the table to the bottom of the first page
    table = Table(TABLE_ROWS, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [table, Spacer(1, 12), Paragraph(CLOSING, style)]
    doc.build(story)
    return buf.getvalue()


def scanned_letter() -> bytes:
    """Two pages that are only a picture of a letter: no text layer at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(image).rectangle((20, 20, 380, 60), fill="black")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(2):
        c.drawImage(ImageReader(image), 50, 500, width=400, height=200)
        c.showPage()
    c.save()
    return buf.getvalue()


def letter_with_unruled_table() -> bytes:
    """A table laid out by position only (no ruling lines), as many letters print them."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    style = getSampleStyleSheet()["Normal"]
    data = [
        ["Offence type", "2022/23", "2023/24"],
        ["Theft from vehicle", "1,234", "998"],
        ["Burglary", "310", "<5"],
        ["Criminal damage", "87", "92"],
    ]
    doc.build([Paragraph("Recorded crime by type.", style), Table(data), Paragraph("End of response.", style)])
    return buf.getvalue()


def three_page_letter_with_running_lines() -> bytes:
    """Three pages, each with the header "OFFICIAL" and the footer "Page n of 3"."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    bodies = [
        ["Our Ref: 2024/77", "Thank you for your request."],
        ["We hold the information.", "It is given below."],
        ["Yours sincerely", "Disclosure Unit"],
    ]
    for n, body in enumerate(bodies, 1):
        c.drawString(72, 800, "OFFICIAL")
        y = 700
        for line in body:
            c.drawString(72, y, line)
            y -= 20
        c.drawString(72, 40, f"Page {n} of 3")
        c.showPage()
    c.save()
    return buf.getvalue()


def table_with_merged_cells() -> bytes:
    """A ruled table whose header has a cell across two columns and one down two rows, and
    whose totals label spans two columns."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    data = [["Year", "Revoked", ""], ["", "Shotgun", "Firearm"], ["2022", "14", "<5"], ["2023", "1,020", "7"], ["Total", "", "1,046"]]
    table = Table(data)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (0, 4), (1, 4)),
            ]
        )
    )
    doc.build([table])
    return buf.getvalue()


def two_tables_on_consecutive_pages() -> bytes:
    """One table ends page 1 and a different table (its own header) starts page 2."""
    from reportlab.platypus import PageBreak

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    first = Table([["Year", "Arrests"], ["2022", "310"], ["2023", "295"]])
    second = Table([["Area", "Officers"], ["North", "40"], ["South", "35"]])
    first.setStyle(style)
    second.setStyle(style)
    doc.build([first, PageBreak(), second])
    return buf.getvalue()

"""Attachments: PDF letters and tables (reportlab), image-only PDFs, .xlsx data files.

All output is byte-for-byte reproducible: reportlab runs in invariant mode (no dates or
random ids) and .xlsx zips are rewritten with fixed timestamps.
"""
from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

from samplegen.content import Table

FIXED = datetime(2024, 1, 1)


def _styles() -> Any:
    from reportlab.lib.styles import getSampleStyleSheet

    return getSampleStyleSheet()


def letter_pdf(blocks: list[tuple[str, Any]], *, header: list[str], title: str) -> bytes:
    """A text-layer PDF letter: header lines, then the blocks, tables as real tables."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle
    from xml.sax.saxutils import escape

    st = _styles()
    story: list[Any] = [Paragraph(escape(h), st["Normal"]) for h in header]
    story.append(Spacer(1, 8))
    for kind, value in blocks:
        if kind == "h":
            story.append(Paragraph(f"<b>{escape(value)}</b>", st["Normal"]))
        elif kind == "p":
            story.append(Paragraph(escape(value), st["Normal"]))
        elif kind == "lines":
            story.append(Paragraph("<br/>".join(escape(x) for x in value.split("\n")), st["Normal"]))
        elif kind == "ol":
            for i, q in enumerate(value, 1):
                story.append(Paragraph(f"{i}. {escape(q)}", st["Normal"]))
        elif kind == "table":
            if value.caption:
                story.append(Paragraph(escape(value.caption), st["Normal"]))
            t = RLTable([value.header, *value.rows])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story.append(t)
        story.append(Spacer(1, 4))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="", invariant=1,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    doc.build(story)
    return buf.getvalue()


def table_pdf(table: Table, title: str) -> bytes:
    """A one-page attachment holding just a table (SOH and PSNI 'please see attached')."""
    return letter_pdf([("table", table)], header=[title], title=title)


def image_only_pdf(lines: list[str], title: str) -> bytes:
    """A scanned-looking PDF: the text is pixels, with no text layer to extract."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    width, height = 595, 842
    font = ImageFont.load_default(size=11)
    pages: list[Any] = []
    wrapped: list[str] = []
    for line in lines:
        while len(line) > 95:
            cut = line.rfind(" ", 0, 95)
            cut = cut if cut > 0 else 95
            wrapped.append(line[:cut])
            line = line[cut:].lstrip()
        wrapped.append(line)
    per_page = 60
    for start in range(0, max(len(wrapped), 1), per_page):
        img = Image.new("1", (width, height), 1)
        draw = ImageDraw.Draw(img)
        for i, line in enumerate(wrapped[start:start + per_page]):
            draw.text((40, 40 + i * 12.5), line, fill=0, font=font)
        pages.append(img)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    for img in pages:
        c.drawImage(ImageReader(img.convert("L")), 0, 0, width=width, height=height)
        c.showPage()
    c.save()
    return buf.getvalue()


def blocks_to_lines(header: list[str], blocks: list[tuple[str, Any]]) -> list[str]:
    lines = list(header) + [""]
    for kind, value in blocks:
        if kind in ("h", "p"):
            lines.append(value)
        elif kind == "lines":
            lines.extend(value.split("\n"))
        elif kind == "ol":
            lines.extend(f"{i}. {q}" for i, q in enumerate(value, 1))
        elif kind == "table":
            lines.append("   ".join(value.header))
            lines.extend("   ".join(r) for r in value.rows)
        lines.append("")
    return lines


def xlsx(table: Table, sheet: str = "Data") -> bytes:
    """A one-sheet workbook holding the table, reproducible byte for byte."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    if table.caption:
        ws.append([table.caption])
    ws.append(table.header)
    for row in table.rows:
        ws.append(row)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "sample"
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry timestamps (openpyxl stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                body = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>', body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return out.getvalue()

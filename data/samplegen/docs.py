"""Attachments: PDF letters and tables, image-only PDFs, .xlsx data files, .docx tables.

Text PDFs and Office files are written directly (a few hundred bytes of structure each)
rather than through reportlab/openpyxl: 100,000-response benchmark corpora must generate
in minutes, and the output must be byte-for-byte reproducible (no dates, no random ids).
Image-only PDFs (no text layer, like scanned letters) use Pillow + reportlab in invariant mode.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from samplegen.content import Table

PAGE_W, PAGE_H, MARGIN = 595, 842, 50
FONT_SIZE, LEADING, WRAP = 10, 13, 92  # Helvetica 10pt: ~92 characters across A4 margins
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

Op = tuple[str, Any]  # ("text", (x, y, str, bold)) | ("rect", (x, y, w, h))


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _wrap(text: str, width: int = WRAP) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        while len(para) > width:
            cut = para.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            lines.append(para[:cut])
            para = para[cut:].lstrip()
        lines.append(para)
    return lines


class _Layout:
    """Flows lines and ruled tables down A4 pages, top to bottom."""

    def __init__(self) -> None:
        self.pages: list[list[Op]] = [[]]
        self.y = PAGE_H - MARGIN

    def _room(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.pages.append([])
            self.y = PAGE_H - MARGIN

    def line(self, text: str, bold: bool = False) -> None:
        for part in _wrap(text):
            self._room(LEADING)
            self.y -= LEADING
            self.pages[-1].append(("text", (MARGIN, self.y, part, bold)))

    def gap(self, height: float = 5) -> None:
        self.y -= height

    def table(self, table: Table) -> None:
        grid = [table.header, *table.rows]
        ncols = max(len(r) for r in grid)
        widths = [max(len(r[j]) if j < len(r) else 0 for r in grid) * 5.6 + 12 for j in range(ncols)]
        scale = min(1.0, (PAGE_W - 2 * MARGIN) / sum(widths))
        widths = [w * scale for w in widths]
        row_h = 16
        for row in grid:
            self._room(row_h)
            top = self.y
            x = MARGIN
            for j in range(ncols):
                self.pages[-1].append(("rect", (x, top - row_h, widths[j], row_h)))
                cell = row[j] if j < len(row) else ""
                self.pages[-1].append(("text", (x + 4, top - row_h + 4.5, cell, row is table.header)))
                x += widths[j]
            self.y -= row_h
        self.gap(8)


def _content(ops: list[Op]) -> bytes:
    out = [b"0.5 w"]
    for kind, value in ops:
        if kind == "rect":
            x, y, w, h = value
            out.append(f"{x:.1f} {y:.1f} {w:.1f} {h:.1f} re S".encode())
        else:
            x, y, text, bold = value
            out.append(b"BT /F%d %d Tf %.1f %.1f Td " % (2 if bold else 1, FONT_SIZE, x, y)
                       + _pdf_string(text) + b" Tj ET")
    return zlib.compress(b"\n".join(out), 6)


def _pdf(pages: list[list[Op]], title: str) -> bytes:
    """Serialise pages into a minimal PDF 1.4 file with the two standard Helvetica fonts."""
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for i, ops in enumerate(pages):
        stream = _content(ops)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                       f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Title " + _pdf_string(title) + b" /Producer (foi-corpus sample generator) >>")
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(buf.tell())
        buf.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = buf.tell()
    buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        buf.write(b"%010d 00000 n \n" % off)
    buf.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, len(objects), xref))
    return buf.getvalue()


def letter_pdf(blocks: list[tuple[str, Any]], *, header: list[str], title: str) -> bytes:
    """A text-layer PDF letter: header lines, then the blocks; tables as ruled tables."""
    lay = _Layout()
    for h in header:
        lay.line(h, bold=h.isupper() and len(h) > 3)
    lay.gap(8)
    for kind, value in blocks:
        if kind == "h":
            lay.line(value, bold=True)
        elif kind == "p":
            lay.line(value)
        elif kind == "lines":
            for x in value.split("\n"):
                lay.line(x)
        elif kind == "ol":
            for i, q in enumerate(value, 1):
                lay.line(f"{i}. {q}")
        elif kind == "table":
            if value.caption:
                lay.line(value.caption, bold=True)
            lay.table(value)
        lay.gap()
    return _pdf(lay.pages, title)


def table_pdf(table: Table, title: str) -> bytes:
    """A one-page attachment holding just a table (SOH and PSNI 'please see attached')."""
    return letter_pdf([("table", table)], header=[title], title=title)


def image_only_pdf(lines: list[str], title: str) -> bytes:
    """A scanned-looking PDF: the text is pixels, with no text layer to extract."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    font = ImageFont.load_default(size=11)
    wrapped = [w for line in lines for w in _wrap(line, 95)]
    per_page = 60
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    for start in range(0, max(len(wrapped), 1), per_page):
        img = Image.new("1", (PAGE_W, PAGE_H), 1)
        draw = ImageDraw.Draw(img)
        for i, line in enumerate(wrapped[start:start + per_page]):
            draw.text((40, 40 + i * 12.5), line, fill=0, font=font)
        c.drawImage(ImageReader(img.convert("L")), 0, 0, width=PAGE_W, height=PAGE_H)
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


# ----------------------------------------------------------------------------- xlsx
_XLSX_STATIC = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'),
}


def _col(j: int) -> str:
    name = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        name = chr(65 + r) + name
    return name


def xlsx(table: Table, sheet: str = "Data") -> bytes:
    """A one-sheet workbook holding the table (inline strings; numbers stay as written,
    e.g. "1,047" and "<5", because that is how forces type them)."""
    grid = ([[table.caption]] if table.caption else []) + [table.header, *table.rows]
    rows = []
    for i, row in enumerate(grid, 1):
        cells = []
        for j, value in enumerate(row):
            ref = f"{_col(j)}{i}"
            if value.isdigit():
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{xml_escape(value)}</t></is></c>')
        rows.append(f'<row r="{i}">{"".join(cells)}</row>')
    parts = dict(_XLSX_STATIC)
    parts["xl/workbook.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{xml_escape(sheet[:31])}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    parts["xl/worksheets/sheet1.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData>{"".join(rows)}</sheetData></worksheet>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


# ----------------------------------------------------------------------------- docx
_DOCX_STATIC = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'),
}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(title: str, table: Table) -> bytes:
    """A Word document with a heading line and the table (PSNI attaches some answers so)."""
    def para(text: str) -> str:
        return f"<w:p><w:r><w:t xml:space=\"preserve\">{xml_escape(text)}</w:t></w:r></w:p>"

    def row(cells: list[str]) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in cells) + "</w:tr>"

    borders = "".join(f'<w:{side} w:val="single" w:sz="4"/>' for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    body = para(title) + (para(table.caption) if table.caption else "")
    body += (f"<w:tbl><w:tblPr><w:tblBorders>{borders}</w:tblBorders></w:tblPr>"
             + row(table.header) + "".join(row(r) for r in table.rows) + "</w:tbl>" + para(""))
    parts = dict(_DOCX_STATIC)
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                  f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()

"""The hostile inputs of issue 16, made by code (nothing large is checked in).

Each maker returns (bytes, content type). Sizes follow the issue's measurements: a 309 KB
.docx whose XML holds 100 MB of text, a 1.3 MB PDF whose content stream inflates to over
a GB, a 1.75 MB .xlsx of huge shared strings, a 2,000-page PDF, and text shapes that were
quadratic.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CITATION = "The information is exempt under Section 31(1)(a) and (b) of the Freedom of Information Act 2000. "

_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')


def _zip(members: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def docx_text_bomb(text_mb: int = 100) -> tuple[bytes, str]:
    """A Word file of `text_mb` MB of paragraphs (the XML deflates ~300:1)."""
    run = "<w:p><w:r><w:t>" + "Section 31 applies. " * 50 + "</w:t></w:r></w:p>"
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:body>{run * (text_mb * 1024 * 1024 // 1000)}</w:body></w:document>')
    raw = _zip({
        "[Content_Types].xml": _CONTENT_TYPES.format(overrides=(
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>')),
        "_rels/.rels": _RELS.format(rels=(
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>')),
        "word/document.xml": document,
    })
    return raw, DOCX


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (1-based ids) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _deflate_repeated(prefix: bytes, block: bytes, times: int) -> bytes:
    """zlib data of prefix + block * times, made without compressing all of it: after a full
    flush raw deflate starts afresh, so one compressed block can be repeated as it is; the
    Adler-32 check is carried over the whole, so the stream is valid to its last byte."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = comp.compress(prefix) + comp.flush(zlib.Z_FULL_FLUSH)
    body = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    check = zlib.adler32(prefix)
    for _ in range(times):
        check = zlib.adler32(block, check)
    return b"\x78\xda" + head + body * times + comp.flush() + struct.pack(">I", check)


def pdf_flate_bomb(compressed_mb: float = 1.3) -> tuple[bytes, str]:
    """One page whose content stream is ~`compressed_mb` MB of Flate data that inflates
    about 1,000 times over (spaces: the PDF text operators never see an end)."""
    block = b" " * (1024 * 1024)
    one = len(zlib.compress(block, 9))
    content = _deflate_repeated(b"BT /F1 12 Tf 72 720 Td (Section 31) Tj ET\n", block,
                                int(compressed_mb * 1024 * 1024 / one))
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]), "application/pdf"


def pdf_many_pages(pages: int = 2000) -> tuple[bytes, str]:
    """A PDF of `pages` pages, each a short line of a response letter."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i in range(pages):
        text = b"BT /F1 11 Tf 72 720 Td (Page %d: Section 31\\(1\\)\\(a\\) applies to part %d.) Tj ET" % (i + 1, i)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    return _pdf(objects), "application/pdf"


def xlsx_huge_cells(strings: int = 120, chars: int = 32_000) -> tuple[bytes, str]:
    """A workbook of `strings` shared strings of `chars` characters each (Excel's cell limit
    is 32,767) in words that do not compress away, every cell of a 300 x 200 sheet pointing
    at one of them: 1.75 MB on disk, some 2 GB of cell text if each cell were read out."""
    import random

    rng = random.Random(16)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(4000)]

    def text() -> str:
        out: list[str] = []
        size = 0
        while size < chars:
            out.append(rng.choice(words))
            size += len(out[-1]) + 1
        return " ".join(out)[:chars]

    shared = "".join(f"<si><t>{text()}</t></si>" for _ in range(strings))
    rows = []
    for r in range(1, 301):
        cells = "".join(f'<c r="{_col(c)}{r}" t="s"><v>{(r * 200 + c) % strings}</v></c>' for c in range(200))
        rows.append(f'<row r="{r}">{cells}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    raw = _zip({
        "[Content_Types].xml": _CONTENT_TYPES.format(overrides=(
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')),
        "_rels/.rels": _RELS.format(rels=f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'),
        "xl/workbook.xml": (f'<workbook {ns} xmlns:r="{rel}"><sheets>'
                            '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": _RELS.format(rels=(
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>')),
        "xl/sharedStrings.xml": f'<sst {ns} count="{strings}" uniqueCount="{strings}">{shared}</sst>',
        "xl/worksheets/sheet1.xml": f'<worksheet {ns}><sheetData>{"".join(rows)}</sheetData></worksheet>',
    })
    return raw, XLSX


def _col(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        name = chr(65 + rem) + name
    return name


def xlsx_damaged() -> tuple[bytes, str]:
    """A small valid workbook whose end-of-directory record puts the directory 1 MB further
    on than it is: zipfile then seeks before the start of the file (`negative seek value`)."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Year", "Stops"])
    book.active.append([2017, 4])
    out = io.BytesIO()
    book.save(out)
    raw = bytearray(out.getvalue())
    eocd = raw.rfind(b"PK\x05\x06")
    offset = struct.unpack_from("<I", raw, eocd + 16)[0]
    struct.pack_into("<I", raw, eocd + 16, offset + 1_000_000)
    return bytes(raw), XLSX


def citation_run(size: int = 200 * 1024) -> tuple[bytes, str]:
    """One citation sentence repeated on one line to `size` bytes."""
    return (CITATION * (size // len(CITATION) + 1))[:size].encode(), "text/plain"


def cell_lines(lines: int = 6000) -> tuple[bytes, str]:
    """6,000 lines of `cell |`: a flattened table with no end (42 KB)."""
    return ("cell |\n" * lines).encode(), "text/plain"


def open_parentheses(count: int = 20_000) -> tuple[bytes, str]:
    """"Section 31" followed by 20,000 "(": a citation whose sub-levels never close."""
    return ("Section 31" + "(" * count).encode(), "text/plain"


def long_line(size: int = 10 * 1024 * 1024) -> tuple[bytes, str]:
    """One 10 MB line of words and citations with no line break."""
    unit = "we hold this information and section 40(2) applies to names "
    return (unit * (size // len(unit) + 1))[:size].encode(), "text/plain"


def csv_long_field(chars: int = 140_000) -> tuple[bytes, str]:
    """A CSV whose one field is longer than the csv module's default limit (131,072)."""
    return ("Year,Notes\n2017," + "x" * chars + "\n2018,short\n").encode(), "text/csv"

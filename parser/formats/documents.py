"""Readers for PDF and Office attachments: each turns the file into a Page (text + tables).

Word and spreadsheet files arrive as attachments to a response ("please see attached"),
and a spreadsheet is nearly always the data the response gives. Every reader reports a
damaged file as a warning on the Page; none raises.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

from parser.formats import limits
from parser.formats.archive import Refused, check_zip
from parser.formats.decode import Decoded
from parser.formats.page import Page
from parser.record import Table
from parser.tables.tables import SpanCopy, caption_from, norm_cell, one_column_list, settle_spans, split_header

# A spreadsheet sheet bigger than this is a data dump, not a response table: keep its
# first rows and say so, so one attachment cannot stall a reparse.
MAX_SHEET_ROWS = limits.MAX_SHEET_ROWS


def read(decoded: Decoded) -> Page:
    """Dispatch on the sniffed kind ("pdf", "docx", "xlsx", "csv")."""
    if decoded.kind == "pdf":
        from parser.formats.pdf import read_pdf

        return read_pdf(decoded.raw)
    if decoded.kind == "docx":
        return read_docx(decoded.raw)
    if decoded.kind == "xlsx":
        return read_xlsx(decoded.raw)
    if decoded.kind == "csv":
        return read_csv(decoded.text)
    return Page(kind=decoded.kind, warnings=[f"no reader for {decoded.kind} files"])


def _render(rows: list[list[str]]) -> str:
    """Table rows as body_text lines, the same "a | b" form the HTML cleaning step uses;
    an empty row stays a blank line, so blocks of a sheet stay apart in the text."""
    lines: list[str] = []
    for r in rows:
        cells = list(r)
        while cells and not cells[-1]:
            cells.pop()
        line = " | ".join(cells)
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")


def _square(rows: Iterable[Iterable[str]]) -> list[list[str]]:
    """Drop empty rows and columns, pad rows to one width."""
    rows = [r for r in (list(r) for r in rows) if any(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [j for j in range(width) if any(r[j] for r in rows)]
    return [[r[j] for j in keep] for r in rows]


def _table(rows: list[list[str]], caption: str | None, source: str) -> Table | None:
    rows = _square(rows)
    if rows and len(rows[0]) == 1:
        listed = one_column_list(rows)
        return Table(header=listed[0], rows=listed[1], caption=caption, source=source) if listed else None
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    header, body = settle_spans(*split_header(rows))
    return Table(header=header, rows=body, caption=caption, source=source)


# ---------------------------------------------------------------------------- .docx
def _docx_blocks(document: object) -> Iterator[tuple[str, object]]:
    """Paragraphs and tables in document order (python-docx lists them separately)."""
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    body = document.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "p", Paragraph(child, document)
        elif tag == "tbl":
            yield "tbl", DocxTable(child, document)


def _docx_row(row: Any) -> list[str]:
    """A Word table row; python-docx repeats a cell merged across columns in every slot it
    covers, and those repeats are marked as span copies (kept in headers, blank in body)."""
    cells = row.cells
    out: list[str] = []
    for k, cell in enumerate(cells):
        text = norm_cell(cell.text)
        out.append(SpanCopy(text) if k and cell._tc is cells[k - 1]._tc else text)
    return out


def read_docx(raw: bytes) -> Page:
    """Paragraph text and tables of a Word file; merged cells repeat their text (python-docx)."""
    import docx

    page = Page(kind="docx")
    try:
        check_zip(raw)
    except Refused as exc:
        page.warnings.append(exc.warning("docx"))
        return page
    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        page.warnings.append(f".docx could not be read (truncated or corrupt?): {type(exc).__name__}: {exc}")
        return page
    except Exception as exc:  # noqa: BLE001 - lxml/python-docx raise many kinds on bad files
        page.warnings.append(f".docx could not be read (truncated or corrupt?): {type(exc).__name__}: {exc}")
        return page
    page.title = norm_cell(document.core_properties.title) or None
    texts: list[str] = []
    size = 0
    last_paragraph: str | None = None
    for kind, block in _docx_blocks(document):
        if size > limits.MAX_DOCUMENT_CHARS:
            page.warnings.append(f".docx text over {limits.MAX_DOCUMENT_CHARS:,} characters: the rest was not read")
            break
        if kind == "p":
            text = norm_cell(block.text)  # type: ignore[attr-defined]
            if text:
                texts.append(text)
                size += len(text)
                last_paragraph = text
            continue
        rows = [_docx_row(row) for row in block.rows]  # type: ignore[attr-defined]
        table = _table(rows, caption_from(last_paragraph), "docx")
        if table is not None:
            page.tables.append(table)
        texts.append(_render(_square(rows)))
        size += len(texts[-1])
        last_paragraph = None
    page.body_text = "\n".join(t for t in texts if t)
    page.chrome_text, problem = _docx_furniture(document)
    if problem:
        page.warnings.append(f".docx header/footer could not be read: {problem}")
    return page


def _docx_furniture(document: Any) -> tuple[str, str | None]:
    """(text, problem) of the Word header and footer parts: a letter's letterhead ("Police
    Scotland", the force's crest line, its address) often lives only there, never in the body.
    Kept out of body_text (it repeats on every page) but given to the authority step as chrome."""
    seen: list[str] = []
    try:
        for section in document.sections:
            for part in (section.first_page_header, section.header, section.first_page_footer, section.footer):
                if part.is_linked_to_previous:
                    continue  # no definition of its own: the one before was read (reading would add one)
                for paragraph in part.paragraphs:
                    text = norm_cell(paragraph.text)
                    if text and text not in seen:
                        seen.append(text)
                for table in part.tables:
                    for row in table.rows:
                        for text in dict.fromkeys(norm_cell(c.text) for c in row.cells):
                            if text and text not in seen:
                                seen.append(text)
                if sum(len(t) for t in seen) > 4000:
                    break
    except Exception as exc:  # noqa: BLE001 - a broken header part must not lose the letter's body
        return "\n".join(seen), f"{type(exc).__name__}: {exc}"
    return "\n".join(seen), None


# ----------------------------------------------------------------------- .xlsx, .csv
def _cell_str(value: object) -> str:
    """A spreadsheet value written as a person would read it: 4 not 4.0, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return norm_cell(str(value))


def _sheet_tables(rows: list[list[str]], source: str, fallback_caption: str | None) -> list[Table]:
    """Split a sheet at blank rows into blocks; a one-cell block is the title of the next."""
    tables: list[Table] = []
    block: list[list[str]] = []
    caption = fallback_caption

    def flush() -> None:
        nonlocal block, caption
        filled = [r for r in block if any(r)]
        if len(filled) == 1 and sum(1 for c in filled[0] if c) == 1:
            caption = next(c for c in filled[0] if c)
        elif filled:
            # A title row above the header inside the block: one filled cell, then the grid.
            while len(filled) > 2 and sum(1 for c in filled[0] if c) == 1 and sum(1 for c in filled[1] if c) > 1:
                caption = next(c for c in filled[0] if c)
                filled = filled[1:]
            table = _table(filled, caption, source)
            if table is not None:
                tables.append(table)
            caption = None
        block = []

    for row in rows:
        if any(row):
            block.append(row)
        else:
            flush()
    flush()
    return tables


_EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
    b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>'
)


def _without_metadata(raw: bytes) -> bytes | None:
    """The workbook with its document properties blanked, or None if it is no zip at all.

    openpyxl refuses a whole workbook over malformed docProps/core.xml (an undeclared
    namespace prefix, as some generators write), though the sheets are fine.
    """
    try:
        src = zipfile.ZipFile(io.BytesIO(raw))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = _EMPTY_CORE if info.filename == "docProps/core.xml" else src.read(info.filename)
                dst.writestr(info.filename, data)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - zipfile raises ValueError ("negative seek value"), RuntimeError, ...
        return None


def _open_workbook(raw: bytes, page: Page) -> Any:
    import openpyxl

    try:
        sizes = check_zip(raw)
    except Refused as exc:
        page.warnings.append(exc.warning("xlsx"))
        return None
    # Read-only mode streams big sheets but cannot see merged cells; response workbooks are
    # mostly small, and their merged header cells matter.
    read_only = sum(n for name, n in sizes.items() if name.startswith("xl/")) > limits.MAX_MERGE_AWARE_SHEET_BYTES
    try:
        return openpyxl.load_workbook(io.BytesIO(raw), read_only=read_only, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        first = exc
    repaired = _without_metadata(raw)
    if repaired is not None:
        try:
            book = openpyxl.load_workbook(io.BytesIO(repaired), read_only=read_only, data_only=True)
            page.warnings.append(f".xlsx document properties unreadable and ignored: {type(first).__name__}: {first}")
            return book
        except Exception:  # noqa: BLE001
            pass
    page.warnings.append(f".xlsx could not be read (truncated or corrupt?): {type(first).__name__}: {first}")
    return None


def _fill_merged(sheet: Any, rows: list[list[str]]) -> None:
    """Copy a merged cell's value into the slots it covers (openpyxl leaves them empty):
    down as plain text, across as a SpanCopy (kept in headers, blank in body rows)."""
    for rng in getattr(sheet, "merged_cells", None) or ():
        r0, c0 = rng.min_row - 1, rng.min_col - 1
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(rng.max_row, len(rows))):
            row = rows[r]
            row.extend([""] * (rng.max_col - len(row)))
            for c in range(c0, rng.max_col):
                if (r, c) == (r0, c0):
                    continue
                row[c] = SpanCopy(value) if c != c0 else value


def read_xlsx(raw: bytes) -> Page:
    """Every sheet's tables (cached values, not formulas), and the cells as body text."""
    page = Page(kind="xlsx")
    book = _open_workbook(raw, page)
    if book is None:
        return page
    texts: list[str] = []
    cells = chars = 0
    try:
        for number, sheet in enumerate(book.worksheets):
            if number >= limits.MAX_SHEETS:
                page.warnings.append(f".xlsx has over {limits.MAX_SHEETS} sheets: the rest were not read")
                break
            if cells >= limits.MAX_CELLS or chars >= limits.MAX_DOCUMENT_CHARS:
                page.warnings.append(f"sheet {sheet.title!r} and after not read: the workbook's first "
                                     f"{cells:,} cells ({chars:,} characters) are all that is read")
                break
            rows: list[list[str]] = []
            for n, values in enumerate(sheet.iter_rows(values_only=True)):
                if n >= MAX_SHEET_ROWS:
                    page.warnings.append(f"sheet {sheet.title!r}: only the first {MAX_SHEET_ROWS} rows were read")
                    break
                if cells >= limits.MAX_CELLS or chars >= limits.MAX_DOCUMENT_CHARS:
                    page.warnings.append(f"sheet {sheet.title!r}: stopped at row {n + 1}: over {limits.MAX_CELLS:,} "
                                         f"cells or {limits.MAX_DOCUMENT_CHARS:,} characters in the workbook")
                    break
                row = [_cell_str(v)[:limits.MAX_CELL_CHARS] for v in values[:limits.MAX_CELLS - cells]]
                cells += len(values)
                chars += sum(len(c) for c in row)
                rows.append(row)
            _fill_merged(sheet, rows)
            caption = None if len(book.worksheets) == 1 and sheet.title.startswith("Sheet") else sheet.title
            page.tables.extend(_sheet_tables(rows, "xlsx", caption))
            texts.append(_render(rows))
    except Exception as exc:  # noqa: BLE001
        page.warnings.append(f".xlsx could not be read completely: {type(exc).__name__}: {exc}")
    finally:
        book.close()
    page.body_text = "\n".join(t for t in texts if t)
    return page


def read_csv(text: str) -> Page:
    """A CSV file is one sheet."""
    page = Page(kind="csv")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    try:
        for r in csv.reader(io.StringIO(text), dialect):
            if len(rows) >= MAX_SHEET_ROWS:
                page.warnings.append(f"CSV: only the first {MAX_SHEET_ROWS} rows were read")
                break
            rows.append([norm_cell(c) for c in r])
    except csv.Error as exc:  # a field over the csv module's 131,072-character limit, a NUL, ...
        page.warnings.append(f"CSV could not be read past row {len(rows) + 1}: {exc}")
    page.tables.extend(_sheet_tables(rows, "csv", None))
    page.body_text = _render(rows)
    return page

"""PDF responses (pdfplumber): text page by page in reading order, ruled tables as data.

Police Scotland, Durham, Thames Valley and others publish the response as a PDF letter.
Ruled tables are taken from pdfplumber's table finder; unruled ones reach the text-table
finders through the page text. A table running over a page break is joined back together.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from parser.formats import layout, limits
from parser.formats.page import Page
from parser.formats.pdf_streams import Refused, check_streams
from parser.record import Table
from parser.tables.tables import SpanCopy, caption_from, is_label, norm_cell, settle_spans, split_header

# pdfminer logs every odd object of a damaged file; the reader reports what matters itself.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# Lines of page furniture ("Page 1 of 2", "OFFICIAL") allowed between the two halves of a
# table broken over a page; more text than this means two different tables.
MAX_FURNITURE_LINES = 3
MAX_FURNITURE_CHARS = 60
# Lines at the top and at the foot of each page that are looked at for running headers.
RUNNING_LINES = 2
# A PDF longer than this is a report, not a response letter: read its start only.
MAX_PAGES = limits.MAX_PDF_PAGES
_FURNITURE = re.compile(r"^(?:page \d+(?: of \d+)?|\d+|official(?:[ -]sensitive)?|-\s*\d+\s*-)$", re.IGNORECASE)


@dataclass
class _Segment:
    """A stretch of a page in reading order: text, or a table."""

    text: str = ""
    rows: list[list[str]] = field(default_factory=list)

    @property
    def is_table(self) -> bool:
        return bool(self.rows)


def _is_furniture(text: str) -> bool:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return len(lines) <= MAX_FURNITURE_LINES and all(
        len(ln) <= MAX_FURNITURE_CHARS and (_FURNITURE.match(ln) or len(ln) <= 12) for ln in lines
    )


def _has_rulings(page: object) -> bool:
    """Only pages with drawn lines or boxes are worth pdfplumber's (slow) table finder."""
    return bool(page.lines or page.rects)  # type: ignore[attr-defined]


def _expand_merged(table: Any) -> list[list[str]]:
    """pdfplumber's cells with merged cells expanded as in HTML: a slot covered by a cell
    above gets its text; a slot covered by a cell to its left gets a SpanCopy of it.

    pdfplumber gives None for such slots; which cell covers one is told by geometry: the
    cell whose box holds the slot's centre.
    """
    texts = table.extract()
    boxes = [r.cells for r in table.rows]
    n_cols = max((len(r) for r in boxes), default=0)
    col_x0 = [min((r[j][0] for r in boxes if j < len(r) and r[j]), default=None) for j in range(n_cols)]
    col_right = max((b[2] for r in boxes for b in r if b), default=0.0)
    row_y = [
        (min(b[1] for b in r if b), min(b[3] for b in r if b)) if any(r) else None for r in boxes
    ]
    grid: list[list[str]] = []
    for i, row in enumerate(texts):
        out: list[str] = []
        for j, text in enumerate(row):
            if text is not None or row_y[i] is None or col_x0[j] is None:
                out.append(norm_cell(text))
                continue
            right = next((x for x in col_x0[j + 1:] if x is not None), col_right)
            cx, cy = (col_x0[j] + right) / 2, (row_y[i][0] + row_y[i][1]) / 2
            out.append(_covering_text(texts, boxes, i, j, cx, cy))
        grid.append(out)
    return grid


def _covering_text(texts: list[list[str | None]], boxes: list[list[Any]], i: int, j: int, cx: float, cy: float) -> str:
    for r in range(i, -1, -1):
        for c in range(min(j, len(boxes[r]) - 1), -1, -1):
            box = boxes[r][c]
            if box and box[0] <= cx <= box[2] and box[1] <= cy <= box[3] and (r, c) != (i, j):
                text = norm_cell(texts[r][c])
                return SpanCopy(text) if r == i else text
    return ""


def _page_segments(page: object) -> list[_Segment]:
    """The page as text and table segments, top to bottom."""
    tables = []
    if _has_rulings(page):
        for t in page.find_tables():  # type: ignore[attr-defined]
            rows = [r for r in _expand_merged(t) if any(r)]
            if len(rows) >= 1 and max(len(r) for r in rows) >= 2:
                tables.append((t.bbox, rows))
    tables.sort(key=lambda tb: tb[0][1])
    segments: list[_Segment] = []
    top = 0.0
    width, height = page.width, page.height  # type: ignore[attr-defined]
    for (x0, y0, x1, y1), rows in tables:
        if y0 > top:
            text = _region_text(page.crop((0, top, width, y0)), height)  # type: ignore[attr-defined]
            segments.append(_Segment(text=text))
        segments.append(_Segment(rows=rows))
        top = max(top, y1)
    if top < height:
        text = _region_text(page.crop((0, top, width, height)), height)  # type: ignore[attr-defined]
        segments.append(_Segment(text=text))
    return [s for s in segments if s.is_table or s.text.strip()]


def _region_text(region: Any, page_height: float) -> str:
    """pdfplumber's text of a region, re-read in column order and without banded furniture
    where the word positions call for it (parser/formats/layout.py)."""
    return layout.region_text(region, page_height)


def _join_page_breaks(pages: list[list[_Segment]]) -> list[_Segment]:
    """Flatten pages into one list, joining a table that ends one page with a table of the
    same width that starts the next (its repeated header row dropped)."""
    out: list[_Segment] = []
    for segments in pages:
        segments = list(segments)
        last_table = next((k for k in range(len(out) - 1, -1, -1) if out[k].is_table), None)
        first_table = next((k for k, s in enumerate(segments) if s.is_table), None)
        if last_table is not None and first_table is not None:
            between = out[last_table + 1:] + segments[:first_table]
            prev, cont = out[last_table], segments[first_table]
            same_width = len(prev.rows[0]) == len(cont.rows[0])
            repeated_header = cont.rows[0] == prev.rows[0]
            # A row of labels that is not the first half's header starts a new table.
            new_header = not repeated_header and all(is_label(c) for c in cont.rows[0] if c)
            if same_width and not new_header and all(_is_furniture(s.text) for s in between):
                rows = cont.rows[1:] if repeated_header else cont.rows
                prev.rows.extend(rows)
                del out[last_table + 1:]  # the furniture between the halves
                segments = segments[first_table + 1:]
        out.extend(segments)
    return out


def _line_key(line: str) -> str:
    """A line with its digits blanked, so "Page 1 of 3" and "Page 2 of 3" compare equal."""
    return re.sub(r"\d+", "#", line.strip().casefold())


def _drop_running_lines(pages: list[list[_Segment]]) -> list[list[_Segment]]:
    """Drop running headers and footers ("OFFICIAL", "Page 2 of 3") repeated at the top or
    foot of most pages, keeping the first page's header: they are furniture, and between
    the halves of a broken table they would split it."""
    if len(pages) < 2:
        return pages
    edge_counts: dict[str, int] = {}
    for segments in pages:
        keys = set()
        for seg in (segments[:1] + segments[-1:]) if segments else []:
            lines = [ln for ln in seg.text.split("\n") if ln.strip()] if not seg.is_table else []
            keys.update(_line_key(ln) for ln in lines[:RUNNING_LINES] + lines[-RUNNING_LINES:])
        for k in keys:
            edge_counts[k] = edge_counts.get(k, 0) + 1
    threshold = max(2, -(-len(pages) * 2 // 3))  # on at least two thirds of the pages
    running = {k for k, n in edge_counts.items() if n >= threshold}
    if not running:
        return pages
    out: list[list[_Segment]] = []
    for number, segments in enumerate(pages):
        kept: list[_Segment] = []
        for k, seg in enumerate(segments):
            if seg.is_table or k not in (0, len(segments) - 1):
                kept.append(seg)
                continue
            lines = seg.text.split("\n")
            edge = {i for i in range(len(lines)) if i < RUNNING_LINES or i >= len(lines) - RUNNING_LINES}
            keep_header = number == 0 and k == 0
            lines = [
                ln for i, ln in enumerate(lines)
                if not (i in edge and _line_key(ln) in running and not (keep_header and i < RUNNING_LINES))
            ]
            text = "\n".join(lines)
            if text.strip():
                kept.append(_Segment(text=text))
        out.append(kept)
    return out


def _content_bytes(page: Any) -> int:
    """Decoded size of a page's content streams (bounded: check_streams ran first)."""
    from pdfminer.pdftypes import resolve1

    contents = resolve1(page.page_obj.attrs.get("Contents"))
    streams = contents if isinstance(contents, list) else [contents]
    total = 0
    for ref in streams:
        stream = resolve1(ref)
        get_data = getattr(stream, "get_data", None)
        if get_data is not None:
            total += len(get_data())
    return total


def _render(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(r) for r in rows)


def read_pdf(raw: bytes) -> Page:
    """Text and tables of a PDF; unreadable or image-only files give a warning, never raise."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    page_out = Page(kind="pdf")
    pages: list[list[_Segment]] = []
    no_text: list[int] = []
    n_pages = 0
    try:
        check_streams(raw)
    except Refused as exc:
        page_out.warnings.append(f"PDF refused: {exc}")
        return page_out
    try:
        # Only the first MAX_PAGES + 1 pages become pdfplumber pages (the one past the cap
        # tells that the file is longer); the rest of the page tree is never laid out.
        with pdfplumber.open(io.BytesIO(raw), pages=list(range(1, MAX_PAGES + 2))) as pdf:
            meta_title = norm_cell(str((pdf.metadata or {}).get("Title") or ""))
            page_out.title = meta_title or None
            for number, page in enumerate(pdf.pages, 1):
                n_pages = number
                if number > MAX_PAGES:
                    page_out.warnings.append(f"PDF longer than {MAX_PAGES} pages: the rest was not read")
                    break
                try:
                    content = _content_bytes(page)
                    if content > limits.MAX_PDF_PAGE_CONTENT_BYTES:
                        page_out.warnings.append(
                            f"PDF page {number} not read: {content:,} bytes of drawing operators, over the "
                            f"{limits.MAX_PDF_PAGE_CONTENT_BYTES:,}-byte limit")
                        continue
                    if not page.chars:
                        no_text.append(number)
                        continue
                    pages.append(_page_segments(page))
                except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on bad pages
                    page_out.warnings.append(f"PDF page {number} could not be read: {type(exc).__name__}: {exc}")
                finally:
                    page.close()
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError, AttributeError) as exc:
        page_out.warnings.append(f"PDF could not be read (truncated or corrupt?): {type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - same: a damaged file must not end the parse
        page_out.warnings.append(f"PDF could not be read (truncated or corrupt?): {type(exc).__name__}: {exc}")
    if no_text:
        if len(no_text) == n_pages:
            page_out.warnings.append(
                f"PDF has no text layer (a scanned image?): none of its {n_pages} page(s) has text; OCR is not done"
            )
        else:
            listed = ", ".join(str(n) for n in no_text)
            page_out.warnings.append(f"PDF pages without a text layer (scanned?): {listed}; OCR is not done")
    elif n_pages == 0 and not page_out.warnings:
        page_out.warnings.append("PDF has no pages")

    texts: list[str] = []
    previous_text = ""
    for seg in _join_page_breaks(_drop_running_lines(pages)):
        if seg.is_table:
            header, rows = settle_spans(*split_header(seg.rows))
            caption_line = previous_text.strip().split("\n")[-1] if previous_text.strip() else None
            page_out.tables.append(
                Table(header=header, rows=rows, caption=caption_from(caption_line), source="pdf")
            )
            texts.append(_render(seg.rows))
            previous_text = ""
        else:
            texts.append(seg.text.strip())
            previous_text = seg.text
    page_out.body_text = "\n".join(t for t in texts if t)
    return page_out

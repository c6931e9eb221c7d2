"""How much of a file the readers will look at, checked before and while reading.

Tuned together against the bundled sample, the dev set and the hostile files of issue 16:
the largest real response attachments seen are a 60-page PDF letter, a 5,000-row
spreadsheet and a Word file of about 2 MB of XML; each limit is well above those and well
below what made a 309 KB file take minutes and gigabytes.
"""
from __future__ import annotations

# ZIP containers (.docx, .xlsx): refused before any part is parsed.
MAX_ZIP_MEMBERS = 2_000
MAX_ZIP_MEMBER_BYTES = 64 * 1024 * 1024  # one part, inflated (a sheet's XML, document.xml)
MAX_ZIP_TOTAL_BYTES = 160 * 1024 * 1024  # all parts together, inflated
# PDF: compressed streams are inflated by size-checked reading before pdfminer sees them.
MAX_PDF_STREAM_BYTES = 32 * 1024 * 1024  # one content or object stream, inflated
MAX_PDF_TOTAL_STREAM_BYTES = 128 * 1024 * 1024
MAX_PDF_PAGES = 100  # a response letter; a longer file is a report: its start is read
MAX_PDF_PAGE_CONTENT_BYTES = 2 * 1024 * 1024  # one page's drawing operators, inflated
# Spreadsheets: sheets, rows and cells read; text of any one cell.
MAX_SHEETS = 50
MAX_SHEET_ROWS = 5_000
MAX_CELLS = 250_000
MAX_CELL_CHARS = 32_767  # Excel's own limit per cell
# Text a document reader may produce (the same bound as text input: decode.MAX_TEXT_BYTES).
MAX_DOCUMENT_CHARS = 1_000_000
# A spreadsheet whose sheets inflate to more than this is streamed (read-only mode, no
# merged cells) rather than loaded whole: openpyxl's full load costs ~1 KB per cell.
MAX_MERGE_AWARE_SHEET_BYTES = 8 * 1024 * 1024

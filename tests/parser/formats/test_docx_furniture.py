"""A Word letter's letterhead in its header part (issue 14: a body named only in the letterhead
block). The header and footer text goes to Page.chrome_text, never into body_text, and names
the authority when the body does not. Letters built here with python-docx."""
from __future__ import annotations

import io

from parser import parse
from parser.formats.decode import Decoded
from parser.formats.documents import read

BODY = [
    "Date: 7 May 2015",
    "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002",
    "You asked for the reports on the incident. The information is exempt under section 34(1).",
]


def _letter(header: list[str], footer: list[str]) -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header[0]
        for line in header[1:]:
            section.header.add_paragraph(line)
    if footer:
        section.footer.paragraphs[0].text = footer[0]
    for line in BODY:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_header_and_footer_text_is_chrome_not_body() -> None:
    raw = _letter(["Police Scotland", "Information Management", "Clyde Gateway, Glasgow"], ["www.scotland.police.uk"])
    page = read(Decoded(kind="docx", raw=raw))
    assert page.chrome_text.split("\n") == [
        "Police Scotland", "Information Management", "Clyde Gateway, Glasgow", "www.scotland.police.uk",
    ]
    assert page.body_text.split("\n") == BODY


def test_letterhead_only_in_the_header_names_the_authority() -> None:
    record = parse(_letter(["Police Scotland", "Information Management"], []), path="letter.docx")
    assert (record.authority, record.authority_id, record.regime) == ("Police Scotland", "police-scotland", "FOISA")
    assert [e.code for e in record.exemptions] == ["s34(1)"]
    assert "Police Scotland" not in record.body_text


def test_letter_without_header_has_no_chrome_and_no_authority() -> None:
    raw = _letter([], [])
    assert read(Decoded(kind="docx", raw=raw)).chrome_text == ""
    assert parse(raw, path="letter.docx").authority is None

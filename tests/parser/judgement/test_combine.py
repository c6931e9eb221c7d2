"""parse_response(): a page and its attachments merged into ONE record."""
from __future__ import annotations

import io

from parser import parse
from parser.judgement.combine import RawDoc, merge, parse_response
from parser.record import Disclosure, Exemption, Table
from tests.parser import pdf_fixtures

STUB_URL = "https://www.scotland.police.uk/access-to-information/freedom-of-information/disclosure-log/disclosure-log-2024/may/24-0123-stop-and-search/"
PDF_URL = "https://www.scotland.police.uk/spa-media/ab12cd34/24-0123-stop-and-search.pdf"
STUB = (
    b"<html><head><title>Stop and search by month</title></head><body><main>"
    b"<h1>Stop and search by month</h1>"
    b"<p>Important information about FOI disclosures: responses are published for everyone to read.</p>"
    b"<p><a href='/spa-media/ab12cd34/24-0123-stop-and-search.pdf'>24-0123 response (PDF)</a></p>"
    b"</main></body></html>"
)


def test_stub_page_takes_the_response_from_its_pdf_letter() -> None:
    letter = pdf_fixtures.letter_with_table_over_page_break()
    alone = parse(letter, url=PDF_URL, content_type="application/pdf")
    record = parse_response(RawDoc(STUB, STUB_URL, "text/html"), [RawDoc(letter, PDF_URL, "application/pdf")])
    assert record.reference == alone.reference
    assert (record.response_date, record.outcome, record.exemptions) == (
        alone.response_date,
        alone.outcome,
        alone.exemptions,
    )
    assert [(t.header, len(t.rows), t.source) for t in record.tables] == [(["Month", "Searches", "Arrests"], 8, "pdf")]
    # the letter's "OFFICIAL" marking is dropped as furniture
    assert f"[attachment: {PDF_URL}]\nOur Ref: IM-FOI-2024-0123" in record.body_text
    assert record.body_text.endswith(pdf_fixtures.CLOSING)
    assert PDF_URL in record.attachments


def _xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Year", "Pursuits"])
    book.active.append([2022, 41])
    book.active.append([2023, 37])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_full_page_keeps_its_fields_and_gains_the_spreadsheet_table_and_text() -> None:
    page = RawDoc(
        "<html><body><main><p>Reference: 555/24</p><p>Please see the attached spreadsheet.</p>"
        "<table><tr><th>Area</th><th>Pursuits</th></tr><tr><td>North</td><td>12</td></tr></table></main></body></html>".encode(),
        "https://www.example.police.uk/foi/555-24/",
        "text/html",
    )
    sheet = RawDoc(_xlsx(), "https://www.example.police.uk/media/555-24-pursuits.xlsx", None)
    alone = parse(page.content, url=page.url, content_type=page.content_type)
    record = parse_response(page, [sheet])
    assert record.reference == alone.reference
    assert [(t.header, t.rows, t.source) for t in record.tables] == [
        (["Area", "Pursuits"], [["North", "12"]], "html"),
        (["Year", "Pursuits"], [["2022", "41"], ["2023", "37"]], "xlsx"),
    ]
    assert record.body_text.endswith(f"[attachment: {sheet.url}]\nYear | Pursuits\n2022 | 41\n2023 | 37")
    assert record.response_text.endswith(f"[attachment: {sheet.url}]\nYear | Pursuits\n2022 | 41\n2023 | 37")


def test_broken_attachment_is_a_warning_naming_its_url() -> None:
    url = "https://www.example.police.uk/media/broken.pdf"
    record = parse_response(RawDoc(STUB, STUB_URL, "text/html"), [RawDoc(b"%PDF-1.7\n1 0 obj <<", url, "application/pdf")])
    assert record.title == "Stop and search by month"
    assert [w for w in record.warnings if w.startswith(f"{url}: PDF could not be read (truncated or corrupt?)")]
    assert record.tables == []


def test_merge_unions_grounds_of_a_full_page_and_its_attachments() -> None:
    s31 = Exemption(code="s31(1)(a)", section="31", statute="FOIA")
    s40 = Exemption(code="s40(2)", section="40", statute="FOIA")
    page = Disclosure(reference="1/24", outcome="partial", exemptions=[s31], body_text="word " * 300)
    attachment = Disclosure(reference="OTHER", outcome="refused", exemptions=[s31, s40], body_text="Annex text",
                            tables=[Table(header=["a"], rows=[["1"]], source="docx")], warnings=["odd"])
    doc = RawDoc(b"", "https://x.police.uk/annex.docx")
    record = merge(page, [(doc, attachment)])
    assert (record.reference, record.outcome) == ("1/24", "partial")
    assert [e.code for e in record.exemptions] == ["s31(1)(a)", "s40(2)"]
    assert [t.source for t in record.tables] == ["docx"]
    assert record.warnings == ["https://x.police.uk/annex.docx: odd"]


def test_merge_stub_page_takes_letter_fields() -> None:
    stub = Disclosure(title="Stub", reference="24-0123", body_text="Important information about FOI.")
    letter = Disclosure(reference="IM-FOI-2024-0123", outcome="refused", response_date="2024-05-31",
                        exemptions=[Exemption(code="s35(1)(a)", section="35", statute="FOISA")],
                        body_text="Our Ref: IM-FOI-2024-0123 " + "text " * 60, response_text="We refuse.")
    record = merge(stub, [(RawDoc(b"%PDF", "https://x/letter.pdf", "application/pdf"), letter)])
    assert (record.title, record.reference, record.outcome, record.response_date) == (
        "Stub", "IM-FOI-2024-0123", "refused", "2024-05-31"
    )
    assert [e.code for e in record.exemptions] == ["s35(1)(a)"]
    assert record.response_text == "We refuse."


def test_stub_page_outcome_read_off_boilerplate_gives_way_to_the_letter() -> None:
    # Police Scotland-style stubs: the reference comes from the URL and the outcome step
    # reads "disclosed" off the publication boilerplate; the PDF letter says "not_held".
    stub = Disclosure(reference="18-0836", outcome="disclosed", body_text="Disclosures are published. " * 10)
    letter = Disclosure(reference="IM-FOI-2018-0836", outcome="not_held", body_text="The information is not held. " * 20)
    record = merge(stub, [(RawDoc(b"%PDF", "https://x/18-0836.pdf", "application/pdf"), letter)])
    assert (record.reference, record.outcome) == ("IM-FOI-2018-0836", "not_held")


def test_page_longer_than_its_pdf_stays_the_response() -> None:
    page = Disclosure(reference="5/24", outcome="disclosed", body_text="We hold this. " * 60)
    annex = Disclosure(reference="ANNEX", outcome="refused", body_text="Annex A map. " * 20)
    record = merge(page, [(RawDoc(b"%PDF", "https://x/annex.pdf", "application/pdf"), annex)])
    assert (record.reference, record.outcome) == ("5/24", "disclosed")


def test_failed_fetch_and_image_attachments_are_warnings() -> None:
    record = parse_response(
        RawDoc(STUB, STUB_URL, "text/html"),
        [RawDoc(None, "https://x/failed.pdf", "application/pdf"), RawDoc(b"\x89PNG\r\n\x1a\n\x00\x00", "https://x/map.png", "image/png")],  # type: ignore[arg-type]
    )
    # The reasons are the decoding step's words; this pins that each attachment is named once.
    named = [w.split(": ", 1)[0] for w in record.warnings if w.startswith("https://x/")]
    assert named == ["https://x/failed.pdf", "https://x/map.png"]
    assert record.title == "Stop and search by month"

"""decode: what the input is and how its bytes become text, with a warning for every guess."""
from __future__ import annotations

import pytest

from parser.formats.decode import MAX_TEXT_BYTES, Unreadable, decode, why_unreadable


def test_utf8_html_is_html_without_warnings() -> None:
    d = decode("<html><body><p>Café £5 – 31(1)(a)</p></body></html>".encode("utf-8"))
    assert (d.kind, d.warnings) == ("html", [])
    assert "Café £5 – 31(1)(a)" in d.text


def test_utf8_bom_is_removed() -> None:
    d = decode(b"\xef\xbb\xbfReference: 207-24\nWe hold the information.")
    assert d.text.startswith("Reference: 207-24")
    assert d.kind == "text"


def test_windows_1252_is_decoded_and_said() -> None:
    d = decode("We hold it \u2013 cost \u00a35 \u201cquoted\u201d".encode("cp1252"))
    assert d.text == "We hold it \u2013 cost \u00a35 \u201cquoted\u201d"
    assert d.warnings == ["input is not valid UTF-8; decoded as Windows-1252"]


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    raw = "Café – £5 and €7".encode("utf-8") + b" \x92 " + "naïve".encode("utf-8")
    d = decode(raw)
    assert d.text == "Café – £5 and €7 \ufffd naïve"
    assert d.warnings == ["input is not valid UTF-8: 1 invalid byte sequence(s) replaced"]


def test_declared_charset_is_used_when_bytes_are_not_utf8() -> None:
    raw = '<html><head><meta charset="iso-8859-15"></head><body><p>Prix \u20ac5</p></body></html>'.encode("iso-8859-15")
    d = decode(raw)
    assert "Prix \u20ac5" in d.text
    assert d.warnings == []


def test_charset_from_content_type_header() -> None:
    raw = "<p>Caf\u00e9</p>".encode("latin-1")
    d = decode(raw, content_type="text/html; charset=ISO-8859-1")
    assert "Caf\u00e9" in d.text and d.kind == "html"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom_is_text_not_binary(codec: str) -> None:
    d = decode("<html><body><p>UTF-16 page</p></body></html>".encode(codec))
    assert d.kind == "html"
    assert "UTF-16 page" in d.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty input: no bytes to parse"),
        (b" \n\t ", "empty input: no bytes to parse"),
        ("", "empty input: no text to parse"),
        (bytes(range(256)) * 20, "binary input that is not PDF, .docx or .xlsx: cannot be read as text"),
        (None, "unsupported input type NoneType: expected bytes or str"),
    ],
)
def test_unreadable_inputs_say_why(content: object, reason: str) -> None:
    assert why_unreadable(content) == reason  # type: ignore[arg-type]
    with pytest.raises(Unreadable, match=reason.split(":")[0]):
        decode(content)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("content", "content_type", "url", "kind"),
    [
        (b"%PDF-1.7\n...", None, None, "pdf"),
        (b"PK\x03\x04....xl/workbook.xml", None, "https://x/a.xlsx", "xlsx"),
        (b"PK\x03\x04....word/document.xml", None, "https://x/a.docx", "docx"),
        (b"Year,Count\n2021,4\n", "text/csv", None, "csv"),
        (b"Plain response text.", None, None, "text"),
        (b"  <!DOCTYPE html><html><p>x</p></html>", None, None, "html"),
        (b"A fragment with a <a href='/x'>link</a> and<br/>a break", None, None, "html"),
        (b"Values <5 are suppressed; a<b and c>d.", None, None, "text"),
        (b"Response text with <b>a tag", "text/html; charset=utf-8", None, "html"),
        # served as HTML but plain text: HTML parsing would fold its lines into one
        (b"Reference: 12/24\nResponse text with no tags", "text/html; charset=utf-8", None, "text"),
    ],
)
def test_kind_is_sniffed(content: bytes, content_type: str | None, url: str | None, kind: str) -> None:
    assert decode(content, content_type=content_type, url=url).kind == kind


def test_oversized_input_keeps_a_bounded_prefix_cut_after_a_tag() -> None:
    body = "<p>We hold the information requested.</p>\n" * 50_000  # ~2.1 MB
    d = decode(("<html><body>" + body + "</body></html>").encode())
    assert len(d.text.encode()) <= MAX_TEXT_BYTES
    assert d.text.endswith("</p>\n")
    assert d.warnings == [
        f"input is {len(('<html><body>' + body + '</body></html>').encode()):,} bytes, over the "
        f"{MAX_TEXT_BYTES:,}-byte limit: only the first {len(d.text.encode()):,} bytes were parsed"
    ]


def test_oversized_input_without_boundaries_never_splits_a_character() -> None:
    d = decode(("é" * (MAX_TEXT_BYTES)).encode("utf-8"))
    assert set(d.text) == {"é"}
    assert len(d.warnings) == 1 and "over the" in d.warnings[0]


@pytest.mark.parametrize("charset", ["rot13", "base64", "x-no-such-charset", "utf-7"])
def test_odd_or_bogus_declared_charsets_never_raise(charset: str) -> None:
    raw = f'<html><head><meta charset="{charset}"></head><body><p>Caf\u00e9</p></body></html>'.encode("latin-1")
    d = decode(raw)
    assert d.kind == "html"
    assert "<p>Caf" in d.text

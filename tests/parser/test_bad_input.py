"""Bad input never raises out of parse(): the record's warnings say what went wrong.

Each case is something real disclosure logs have served: empty bodies, binaries under an
.html name, Windows-1252 text labelled UTF-8, pages bloated by embedded images, and markup
nested past libxml2's depth limit (which silently drops everything below level 256).
"""
from __future__ import annotations

import time

import pytest

from parser import parse
from parser.cleaning.clean import clean_html
from parser.formats.decode import MAX_TEXT_BYTES

DEEP_WARNING = "HTML is nested deeper than the parser's limit (256 levels): structure ignored, read as plain text"


def test_empty_file() -> None:
    record = parse(b"", path="empty.html")
    assert record.warnings == ["empty input: no bytes to parse"]
    assert (record.body_text, record.reference, record.exemptions) == ("", None, [])


def test_whitespace_only_text() -> None:
    assert parse("  \n ", path="blank.txt").warnings == ["empty input: no text to parse"]


def test_binary_garbage() -> None:
    garbage = bytes((i * 7919 + 13) % 256 for i in range(50_000))
    record = parse(garbage, path="garbage.html", content_type="text/html")
    assert record.warnings == ["binary input that is not PDF, .docx or .xlsx: cannot be read as text"]
    assert record.body_text == ""


def test_invalid_utf8_is_replaced_and_warned() -> None:
    raw = "Reference: 207-24\nCafé – we hold the information you asked for, and it is given below.".encode()
    record = parse(raw[:30] + b"\xff\xfe" + raw[30:], path="bad-utf8.txt")
    assert record.warnings[0] == "input is not valid UTF-8: 2 invalid byte sequence(s) replaced"
    assert "Café – we hold the information" in record.body_text.replace("\ufffd", "")


def test_windows_1252_page() -> None:
    raw = (
        "<html><body><main><p>Enquiry Reference: 45-24</p>"
        "<p>We hold the information \u2013 the cost was \u00a3412 \u201cin total\u201d.</p></main></body></html>"
    ).encode("cp1252")
    record = parse(raw, path="cp1252.html")
    assert record.warnings[0] == "input is not valid UTF-8; decoded as Windows-1252"
    assert record.body_text == "Enquiry Reference: 45-24\nWe hold the information \u2013 the cost was \u00a3412 \u201cin total\u201d."


def test_twenty_megabyte_page_parses_a_bounded_prefix_quickly() -> None:
    head = (
        "<html><body><main><h1>FOI 44/24 Vehicle fleet</h1>"
        "<p>We hold the information you asked for and it is given below.</p>"
    )
    image = '<p><img alt="chart" src="data:image/png;base64,' + "iVBORw0KGgo" * 1_900_000 + '"></p>'
    raw = (head + image + "<p>Never reached.</p></main></body></html>").encode()
    assert len(raw) > 20_000_000
    start = time.perf_counter()
    record = parse(raw, path="huge.html")
    assert time.perf_counter() - start < 10
    assert record.warnings[0] == (
        f"input is {len(raw):,} bytes, over the {MAX_TEXT_BYTES:,}-byte limit: "
        f"only the first {MAX_TEXT_BYTES:,} bytes were parsed"
    )
    assert record.body_text == "FOI 44/24 Vehicle fleet\nWe hold the information you asked for and it is given below."


def test_html_nested_ten_thousand_levels_deep() -> None:
    raw = (
        "<html><body><p>Reference: 12/24</p>" + "<div>" * 10_000 + "The answer is 42."
        + "</div>" * 10_000 + "<p>Yours sincerely</p></body></html>"
    ).encode()
    record = parse(raw, path="deep.html")
    assert record.warnings[0] == DEEP_WARNING
    # libxml2 alone would have dropped everything below level 256: all three lines survive.
    assert record.body_text == "Reference: 12/24\nThe answer is 42.\nYours sincerely"


def test_deep_nesting_of_inline_tags_and_tables() -> None:
    raw = "<body>" + "<table><tr><td>" * 3_000 + "cell" + "</td></tr></table>" * 3_000 + "</body>"
    page = clean_html(raw)
    assert page.warnings == [DEEP_WARNING]
    assert page.body_text == "cell"


@pytest.mark.parametrize(
    "raw",
    [
        "<",
        "<<<>>>",
        "<html><body><table><tr><td>unclosed",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>xml declared</p></body></html>",
        "<html><body>" + "<p>" * 5000 + "many unclosed paragraphs</body></html>",
        "\x00\x00<html>",
        "<main></main>",
    ],
)
def test_malformed_html_never_raises(raw: str) -> None:
    record = parse(raw, path="malformed.html", content_type="text/html")
    assert isinstance(record.body_text, str)


def test_xml_declared_html_keeps_its_text() -> None:
    page = clean_html("<?xml version='1.0' encoding='utf-8'?><html><body><p>xml declared</p></body></html>")
    assert page.body_text == "xml declared"
    assert page.warnings == []


def test_line_endings_and_invisible_characters() -> None:
    text = "Reference:\u00a012/24\r\nWe\u200b hold\u00ad the information.\r\u200b\rOld Mac line\x0cpage two"
    record = parse(text.encode("utf-8"), path="odd.txt")
    assert record.body_text == "Reference: 12/24\nWe hold the information.\nOld Mac line\npage two"


def test_control_characters_inside_html_are_spaces() -> None:
    page = clean_html("<main><table><tr><td><p>a\x01b</p><p>c\x0bd</p></td></tr></table><p>e\x00f</p></main>")
    assert page.warnings == []
    assert page.body_text == "a b c d\ne f"


def test_mutated_fixture_pages_never_raise_nor_fall_back() -> None:
    """Deterministic fuzzing: byte flips, cuts and stray markup in the fixture pages.

    Found the control-character crash above; every mutant must clean structurally.
    """
    import random
    from pathlib import Path

    from parser.cleaning.clean import clean_text
    from parser.formats.decode import Unreadable, decode

    rng = random.Random(11)
    pages = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pages").glob("*.html"))
    seeds = [p.read_bytes() for p in pages]
    inserts = [b"<div>", b"</table>", b"<td>", b"\x00", b"\xff", b"<!--", b"<script>", b"<br>", b"&#0;",
               b"<main>", b"<h1>", b"\x01\x02", b"<td><p>x</p>", b"<?xml version='1.0' encoding='utf-8'?>"]
    for _ in range(300):
        b = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 40)):
            pos = rng.randrange(len(b))
            op = rng.random()
            if op < 0.4:
                b[pos] = rng.randrange(256)
            elif op < 0.7:
                del b[pos : pos + rng.randint(1, 200)]
            else:
                b[pos:pos] = rng.choice(inserts)
        try:
            d = decode(bytes(b))
        except Unreadable:
            continue
        page = clean_html(d.text) if d.kind == "html" else clean_text(d.text)
        assert not any("cleaning failed" in w for w in page.warnings), page.warnings

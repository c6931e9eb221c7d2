"""PDF reading order and banded furniture (parser/formats/layout.py), on letters drawn here
with reportlab: exact body text expected."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parser import parse
from parser.formats.pdf import read_pdf

LEFT = [
    "Please tell me how many drones",
    "the force owned on 1 April 2024",
    "and how many pilots it trained",
    "during the same financial year.",
]
RIGHT = [
    "The force owned 14 drones on that",
    "date and trained 22 pilots in the",
    "year; both figures come from the",
    "air support unit's own records.",
]


def _letter(*, columns: bool, one_page_furniture: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if one_page_furniture:
        c.drawString(270, 815, "OFFICIAL")
    c.drawString(72, 760, "Our Ref: FOI 2024/301")
    c.drawString(72, 740, "Thank you for your request, which we have now considered in full.")
    y = 700
    for i in range(4):
        if columns:
            c.drawString(72, y, LEFT[i])
            c.drawString(320, y, RIGHT[i])
        else:
            c.drawString(72, y, LEFT[i])
        y -= 16
    c.drawString(72, 600, "Yours sincerely, Disclosure Unit")
    if one_page_furniture:
        c.drawString(72, 30, "www.example.police.uk")
        c.drawString(480, 30, "Page 1 of 1")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_two_prose_columns_are_read_left_then_right() -> None:
    page = read_pdf(_letter(columns=True, one_page_furniture=False))
    assert page.body_text.split("\n") == [
        "Our Ref: FOI 2024/301",
        "Thank you for your request, which we have now considered in full.",
        *LEFT,
        *RIGHT,
        "Yours sincerely, Disclosure Unit",
    ]


def test_furniture_in_the_bands_of_a_one_page_letter_is_dropped_by_position() -> None:
    page = read_pdf(_letter(columns=False, one_page_furniture=True))
    # the footer goes by position; the first page's head stays for cleaning (and the authority)
    assert page.body_text.split("\n") == [
        "OFFICIAL",
        "Our Ref: FOI 2024/301",
        "Thank you for your request, which we have now considered in full.",
        *LEFT,
        "Yours sincerely, Disclosure Unit",
    ]
    assert parse(_letter(columns=False, one_page_furniture=True), path="l.pdf").body_text.split("\n") == [
        "Our Ref: FOI 2024/301",
        "Thank you for your request, which we have now considered in full.",
        *LEFT,
        "Yours sincerely, Disclosure Unit",
    ]


def test_a_short_celled_table_is_not_taken_for_two_columns() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(72, 760, "The figures you asked for are below.")
    for i, (year, n) in enumerate([("2021", "410"), ("2022", "388"), ("2023", "402"), ("2024", "415")]):
        c.drawString(72, 730 - 16 * i, year)
        c.drawString(320, 730 - 16 * i, n)
    c.showPage()
    c.save()
    record = parse(buf.getvalue(), path="table.pdf")
    assert record.body_text.split("\n") == ["The figures you asked for are below.", "2021 410", "2022 388", "2023 402", "2024 415"]

"""Readers for PDF and Office attachments (pdfplumber, python-docx, openpyxl)."""
from __future__ import annotations

from parser.decode import Decoded
from parser.page import Page


def read(decoded: Decoded) -> Page:
    if decoded.kind == "csv":
        return Page(kind="csv", body_text=decoded.text)
    return Page(kind=decoded.kind, warnings=[f"{decoded.kind} reading is not implemented yet"])

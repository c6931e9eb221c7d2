"""Bytes in, (kind, text) out: sniff the format and decode text without losing the input."""
from __future__ import annotations

from dataclasses import dataclass, field


class Unreadable(ValueError):
    """The input cannot be read at all (the record says why; `foi parse` exits non-zero)."""


@dataclass
class Decoded:
    kind: str  # "html", "text", "pdf", "docx", "xlsx", "csv"
    text: str = ""
    raw: bytes = b""
    warnings: list[str] = field(default_factory=list)


def _kind_from_hints(raw: bytes, content_type: str | None, url: str | None) -> str | None:
    head = raw[:1024].lstrip()
    if head.startswith(b"%PDF") or (content_type or "").startswith("application/pdf"):
        return "pdf"
    if raw[:4] == b"PK\x03\x04":
        name = (url or "").lower()
        ct = (content_type or "").lower()
        if name.endswith(".xlsx") or "spreadsheet" in ct:
            return "xlsx"
        if name.endswith(".docx") or "wordprocessing" in ct:
            return "docx"
        # Both are zip containers: the member names tell them apart.
        return "xlsx" if b"xl/" in raw[:4096] else "docx"
    ct = (content_type or "").lower()
    if "csv" in ct or (url or "").lower().endswith(".csv"):
        return "csv"
    return None


def _to_text(raw: bytes, warnings: list[str]) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what UK sites most often mislabel as UTF-8; try it before guessing.
    try:
        text = raw.decode("cp1252")
        warnings.append("input is not valid UTF-8; decoded as Windows-1252")
        return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None:
        warnings.append(f"input is not valid UTF-8; decoded as {best.encoding}")
        return str(best)
    warnings.append("input is not valid UTF-8; undecodable bytes replaced")
    return raw.decode("utf-8", errors="replace")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.1


def _looks_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or any(
        tag in head for tag in ("<body", "<head", "<div", "<p>", "<p ", "<table")
    )


def decode(content: bytes | str, *, content_type: str | None = None, url: str | None = None) -> Decoded:
    """Decide what the input is and decode it; raise Unreadable only when nothing can be read."""
    if isinstance(content, str):
        text = content
        raw = b""
    else:
        raw = content
        kind = _kind_from_hints(raw, content_type, url)
        if kind in ("pdf", "xlsx", "docx"):
            return Decoded(kind=kind, raw=raw)
        if not raw.strip():
            raise Unreadable("empty input: no bytes to parse")
        if _looks_binary(raw):
            raise Unreadable("binary input that is not PDF, .docx or .xlsx: cannot be read as text")
        warnings: list[str] = []
        text = _to_text(raw, warnings)
        if kind == "csv":
            return Decoded(kind="csv", text=text, raw=raw, warnings=warnings)
        is_html = "html" in (content_type or "").lower() or _looks_html(text)
        return Decoded(kind="html" if is_html else "text", text=text, raw=raw, warnings=warnings)
    if not text.strip():
        raise Unreadable("empty input: no text to parse")
    is_html = "html" in (content_type or "").lower() or _looks_html(text)
    return Decoded(kind="html" if is_html else "text", text=text, raw=raw)

"""Bytes in, (kind, text) out: sniff the format and decode text without losing the input.

Everything here is defensive: real disclosure logs serve mislabelled encodings, truncated
downloads and the odd binary file under an .html name. Only input with nothing readable in
it raises `Unreadable`; every other problem becomes a warning and a best-effort text.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# Real police pages are 60-200 KB (PDFs, read elsewhere, up to ~5 MB). Text beyond this many
# bytes is never one response (it is a runaway export, an embedded image or an attack), and
# every later step's work grows with it.
MAX_TEXT_BYTES = 1_000_000

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_HTML_HEAD = re.compile(
    r"^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html))|<(?:body|head|div|p|table|h[1-6]|main|article|section|span|a|br|ul|ol|li|tr|td|strong|font|center)[\s/>]",
    re.I,
)


_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s/>]")


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
    ct = (content_type or "").lower()
    name = (url or "").lower().split("?", 1)[0]
    if head.startswith(b"%PDF") or ct.startswith("application/pdf"):
        return "pdf"
    if raw[:4] == b"PK\x03\x04":
        if name.endswith(".xlsx") or "spreadsheet" in ct:
            return "xlsx"
        if name.endswith(".docx") or "wordprocessing" in ct:
            return "docx"
        # Both are zip containers: the member names tell them apart.
        return "xlsx" if b"xl/" in raw[:4096] else "docx"
    if "csv" in ct or name.endswith(".csv"):
        return "csv"
    return None


def _bom_codec(raw: bytes) -> str | None:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte (ASCII-heavy English text)."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


# C0 control bytes other than tab/newline/CR/FF: text has few, binary formats many.
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32)


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    # translate() deletes in C: a Python loop over 4 KB cost ~2 ms a page (bench: parsing).
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > len(sample) * 0.1


def why_unreadable(content: bytes | str, *, content_type: str | None = None, url: str | None = None) -> str | None:
    """The reason nothing at all can be read from `content`, or None when something can.

    Cheap (looks at a few KB), so the CLI can tell "unreadable" from "read with warnings"
    without parsing twice.
    """
    if isinstance(content, str):
        return None if content.strip() else "empty input: no text to parse"
    if not isinstance(content, (bytes, bytearray, memoryview)):
        return f"unsupported input type {type(content).__name__}: expected bytes or str"
    if _kind_from_hints(content, content_type, url) in ("pdf", "xlsx", "docx"):
        return None
    if not content.strip():
        return "empty input: no bytes to parse"
    if _bom_codec(content) or _utf16_without_bom(content[:4096]):
        return None
    if _looks_binary(content):
        return "binary input that is not PDF, .docx or .xlsx: cannot be read as text"
    return None


def _declared_charset(raw: bytes, content_type: str | None) -> str | None:
    m = _CT_CHARSET.search(content_type or "") or None
    name = m.group(1) if m else None
    if name is None:
        mm = _META_CHARSET.search(raw[:4096])
        name = mm.group(1).decode("ascii", "ignore") if mm else None
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # "rot13" and "base64" are codecs too, but not text encodings: never a page's charset.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _to_text(raw: bytes, content_type: str | None, warnings: list[str]) -> str:
    bom = _bom_codec(raw) or _utf16_without_bom(raw[:4096])
    if bom:
        return raw.decode(bom, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(raw, content_type)
    if declared and declared not in ("utf-8", "utf-8-sig"):
        try:
            return raw.decode(declared)
        except (UnicodeDecodeError, LookupError, ValueError):
            pass
    # A UTF-8 page with a few stray bytes (a pasted Word quote) must stay UTF-8: decoding it
    # all as Windows-1252 would garble every correct accented letter and currency sign.
    lenient = raw.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good_multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F) - bad
    # Windows-1252 text almost never forms valid UTF-8 sequences by chance ("Ã©"), so even a
    # few of them, against the invalid ones, say the page is UTF-8 with stray bytes.
    if good_multibyte > 0 and good_multibyte * 4 >= bad:
        warnings.append(f"input is not valid UTF-8: {bad} invalid byte sequence(s) replaced")
        return lenient
    # Windows-1252 is what UK sites most often mislabel as UTF-8; try it before guessing.
    try:
        text = raw.decode("cp1252")
        warnings.append("input is not valid UTF-8; decoded as Windows-1252")
        return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # slow import: only for the rare leftovers

    best = from_bytes(raw).best()
    if best is not None:
        warnings.append(f"input is not valid UTF-8; decoded as {best.encoding}")
        return str(best)
    warnings.append(f"input is not valid UTF-8: {bad} invalid byte sequence(s) replaced")
    return lenient


def _bounded(raw: bytes, warnings: list[str]) -> bytes:
    """A prefix of oversized input, cut after the last complete line or tag."""
    if len(raw) <= MAX_TEXT_BYTES:
        return raw
    head = raw[:MAX_TEXT_BYTES]
    # Prefer a line end (after whole elements in most HTML), else the end of any tag.
    cut = head.rfind(b"\n")
    if cut < MAX_TEXT_BYTES - 65_536:
        cut = head.rfind(b">")
    if cut > MAX_TEXT_BYTES // 2:
        head = head[: cut + 1]
    else:  # no boundary near the end: at least never split a UTF-8 sequence
        keep = len(head)
        while keep > len(head) - 4 and head[keep - 1] >= 0x80:
            keep -= 1
        head = head[:keep]
    warnings.append(
        f"input is {len(raw):,} bytes, over the {MAX_TEXT_BYTES:,}-byte limit: only the first {len(head):,} bytes were parsed"
    )
    return head


def _looks_html(text: str) -> bool:
    return _HTML_HEAD.search(text[:4096]) is not None


def decode(content: bytes | str, *, content_type: str | None = None, url: str | None = None) -> Decoded:
    """Decide what the input is and decode it; raise Unreadable only when nothing can be read."""
    reason = why_unreadable(content, content_type=content_type, url=url)
    if reason:
        raise Unreadable(reason)
    warnings: list[str] = []
    if isinstance(content, str):
        raw = b""
        text = content
        if len(text) > MAX_TEXT_BYTES:
            text = _bounded(text.encode("utf-8", "surrogatepass"), warnings).decode("utf-8", "ignore")
    else:
        raw = bytes(content)
        kind = _kind_from_hints(raw, content_type, url)
        if kind in ("pdf", "xlsx", "docx"):
            return Decoded(kind=kind, raw=raw)
        text = _to_text(_bounded(raw, warnings), content_type, warnings)
        if kind == "csv":
            return Decoded(kind="csv", text=text, raw=raw, warnings=warnings)
    text = text.replace("\x00", "")
    if not text.strip():
        raise Unreadable("empty input: only whitespace after decoding")
    # A body served as text/html with no tag in it is a page's text: reading it as HTML
    # would fold all its lines into one paragraph.
    is_html = _looks_html(text) or ("html" in (content_type or "").lower() and _ANY_TAG.search(text[:65536]) is not None)
    return Decoded(kind="html" if is_html else "text", text=text, raw=raw, warnings=warnings)

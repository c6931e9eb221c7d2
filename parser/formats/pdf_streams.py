"""A PDF's compressed streams checked before pdfminer reads them: a Flate bomb (a few MB
that inflate to gigabytes) is refused by the decoded length a stream declares (/DL) and by
the bytes it actually inflates to, counted as they come and cut off at the limit.

Image streams are left alone: text extraction never decodes them, and a scanned page is
legitimately tens of MB of pixels.
"""
from __future__ import annotations

import re
import zlib

from parser.formats import limits

_STREAM = re.compile(rb"stream\r?\n")
_DECLARED = re.compile(rb"/DL\s+(\d{1,20})")
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_DICT_WINDOW = 4096  # bytes before "stream" searched for the stream's dictionary


class Refused(ValueError):
    """The PDF holds a stream over the limits: the reason says which."""


def _inflated_size(data: bytes, cap: int) -> int:
    """Bytes `data` inflates to, stopping once past `cap` (0 when it is no zlib data)."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        while data:
            size += len(inflater.decompress(data, 1024 * 1024))
            if size > cap:
                return size
            data = inflater.unconsumed_tail
    except zlib.error:
        pass  # not Flate, or damaged: pdfminer reports what it cannot read
    return size


def check_streams(raw: bytes, *, stream_limit: int = limits.MAX_PDF_STREAM_BYTES,
                  total_limit: int = limits.MAX_PDF_TOTAL_STREAM_BYTES) -> None:
    """Raise Refused when any non-image stream inflates (or says it does) past the limits."""
    total = 0
    pos = 0
    while (m := _STREAM.search(raw, pos)) is not None:
        start = m.end()
        end = raw.find(b"endstream", start)
        if end < 0:
            end = len(raw)
        pos = end + 9
        head = raw[max(0, m.start() - _DICT_WINDOW):m.start()]
        head = head[head.rfind(b"obj") + 1:] if b"obj" in head else head
        if m.start() >= 3 and raw[m.start() - 3:m.start()] == b"end":
            continue  # the "stream" of an "endstream"
        if _IMAGE.search(head):
            continue
        declared = _DECLARED.search(head)
        if declared is not None and int(declared.group(1)) > stream_limit:
            raise Refused(f"a stream declares {int(declared.group(1)):,} bytes decoded, over the "
                          f"{stream_limit:,}-byte limit (a decompression bomb?)")
        size = _inflated_size(raw[start:end], stream_limit)
        if size > stream_limit:
            raise Refused(f"a compressed stream inflates past {stream_limit:,} bytes (a decompression bomb?)")
        total += size
        if total > total_limit:
            raise Refused(f"compressed streams inflate past {total_limit:,} bytes in all (a decompression bomb?)")

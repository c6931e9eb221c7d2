"""ZIP containers (.docx, .xlsx) checked before a reader opens them: a decompression bomb is
refused by the sizes its directory declares and, in case those lie, by the bytes actually
inflated, counted as they come and cut off at the limit."""
from __future__ import annotations

import io
import zipfile
import zlib

from parser.formats import limits


class Refused(ValueError):
    """The container breaks a limit, or (damaged=True) is too damaged to read."""

    def __init__(self, reason: str, *, damaged: bool = False) -> None:
        super().__init__(reason)
        self.damaged = damaged

    def warning(self, kind: str) -> str:
        """The reader's warning: ".docx could not be read (...)" or ".docx refused: ..."."""
        return f".{kind} could not be read (truncated or corrupt?): {self}" if self.damaged else f".{kind} refused: {self}"


def check_zip(raw: bytes, *, member_limit: int = limits.MAX_ZIP_MEMBER_BYTES,
              total_limit: int = limits.MAX_ZIP_TOTAL_BYTES) -> dict[str, int]:
    """Inflated size of every member, or Refused. Reads each member once, in 1 MB pieces."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise Refused(f"{type(exc).__name__}: {exc}", damaged=True) from None
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        raise Refused(f"{len(infos):,} parts, over the {limits.MAX_ZIP_MEMBERS:,}-part limit")
    declared = 0
    for info in infos:
        if info.file_size > member_limit:
            raise Refused(f"part {info.filename!r} declares {info.file_size:,} bytes inflated, over the "
                          f"{member_limit:,}-byte limit (a decompression bomb?)")
        declared += info.file_size
        if declared > total_limit:
            raise Refused(f"parts declare {declared:,}+ bytes inflated, over the {total_limit:,}-byte limit "
                          f"(a decompression bomb?)")
    sizes: dict[str, int] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        size = 0
        try:
            with archive.open(info) as member:
                while piece := member.read(1024 * 1024):
                    size += len(piece)
                    total += len(piece)
                    if size > member_limit or total > total_limit:
                        raise Refused(f"part {info.filename!r} inflates past the limit while being read "
                                      f"({size:,} bytes; a decompression bomb?)")
        except Refused:
            raise
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError,
                zlib.error) as exc:
            raise Refused(f"part {info.filename!r}: {type(exc).__name__}: {exc}", damaged=True) from None
        sizes[info.filename] = size
    return sizes

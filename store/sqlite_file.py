"""Opening a SQLite store safely, with the standard library only (the analyses' fast path
must not import SQLAlchemy): plain paths as URLs, and clear errors for a store that is
missing, has no schema, or is damaged, instead of a traceback or a new empty store."""
from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


def default_url() -> str:
    """FOI_DATABASE_URL, else data/foi.db (the same rule as store.engine.default_url)."""
    return os.environ.get("FOI_DATABASE_URL") or f"sqlite:///{_REPO / 'data' / 'foi.db'}"


class StoreError(ValueError):
    """A store that cannot be used as asked: missing, without a schema, or damaged."""


SQLITE_MAGIC = b"SQLite format 3\x00"


def normalise_url(url: str) -> str:
    """A plain path (no scheme) means a SQLite file, as sqlite-utils and Datasette take it."""
    if "://" in url or url.startswith("sqlite:"):
        return url
    return f"sqlite:///{Path(url).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other backends and in-memory databases)."""
    head, sep, rest = url.partition(":///")
    if not sep or not head.split("+")[0] == "sqlite":
        return None
    rest = rest.split("?")[0]
    return None if rest in ("", ":memory:") else Path(rest).expanduser()


def _open_here(path: Path) -> bool:
    """True when this process already has the file open (through SQLite). Then it is not read
    with plain I/O: closing any descriptor of a database file drops every POSIX lock the
    process's SQLite connections hold on it, and another process closing its last connection
    would then delete the -wal file under them, losing what they write next
    (https://www.sqlite.org/howtocorrupt.html, 2.2; tests/store/test_sqlite_locks.py). Linux
    /proc; elsewhere False (the header is read as before)."""
    try:
        target = path.resolve()
        for fd in os.listdir("/proc/self/fd"):
            try:
                if Path(os.readlink(f"/proc/self/fd/{fd}")) == target:
                    return True
            except OSError:
                continue
    except OSError:
        return False
    return False


def damage(path: Path) -> str | None:
    """Why an existing SQLite file cannot be a store (bad header, truncated), else None.

    Read from the 100-byte header (https://www.sqlite.org/fileformat.html#the_database_header):
    the magic string, the page size (bytes 16-17) and the page count (bytes 28-31, valid when
    bytes 92-95 repeat the change counter at 24-27). A file shorter than its pages was cut
    off; with a -wal file beside it a checkpoint may be under way, so that case is left to
    SQLite.
    """
    size = path.stat().st_size
    if size == 0 or _open_here(path):
        return None
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "not a SQLite database (bad header)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    if valid and pages and size < pages * page_size and not wal.exists():
        return f"damaged SQLite database (truncated: {size} bytes of {pages * page_size})"
    return None


def check_readable(url: str | None) -> str:
    """The (normalised) URL of a store a read command may use; StoreError naming the store
    and saying how to make one when it does not exist, has no schema or is damaged.

    Reading never creates a store: only writers (crawl, add, db upgrade) do.
    """
    url = normalise_url(url or default_url())
    path = sqlite_file(url)
    if path is None:
        return url
    make = f"make one with `foi db upgrade --db {path}`"
    if not path.exists():
        raise StoreError(f"{path}: no store here; {make}")
    if not path.is_file():
        raise StoreError(f"{path}: not a file, so not a store")
    if path.stat().st_size == 0:
        raise StoreError(f"{path}: empty file (0 bytes), not a store; {make}")
    why = damage(path)
    if why:
        raise StoreError(f"{path}: {why}")
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'disclosures'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: damaged SQLite database ({exc})") from None
    if not found:
        raise StoreError(f"{path}: no store schema in this SQLite file; {make}")
    return url

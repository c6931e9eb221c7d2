"""`foi add`: files a user already holds (saved pages, PDF or Word letters received by
email, downloaded .zip archives of them) stored as documents (source "file") and parsed
into disclosures, as if the crawler had fetched them from the authority's log.

Idempotent by content: bytes already in the store (added before, or fetched by a crawl)
are reported and not stored again, whatever the file is called now. Each file stands on
its own: one that cannot be read is reported with its reason and the rest go on.
"""
from __future__ import annotations

import hashlib
import io
import mimetypes
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import select

from store.api import Store
from store.models import Document

# Archive limits: a hostile or broken .zip must not exhaust memory or disk.
MAX_FILE_BYTES = 50 * 1024 * 1024  # the crawl's DOWNLOAD_MAXSIZE
MAX_ARCHIVE_MEMBERS = 5000
MAX_ARCHIVE_BYTES = 500 * 1024 * 1024
# Chrome and Edge write this comment at the top of a page saved with "Save as".
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.IGNORECASE)
_TYPES = {".htm": "text/html", ".html": "text/html", ".xhtml": "text/html", ".mhtml": "multipart/related",
          ".txt": "text/plain", ".pdf": "application/pdf",
          ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          ".csv": "text/csv"}

Parse = Callable[[bytes, str, "str | None"], Any]  # (content, url, content type) -> Disclosure


@dataclass
class Candidate:
    """One file to add (a file on disk or a member of an archive), or why it cannot be."""

    name: str  # as the user knows it: the path, or "archive.zip:member"
    url: str | None = None  # the file: URL it is stored under unless the user gives one
    content: bytes | None = None
    error: str | None = None


@dataclass
class Added:
    """What `foi add` did with one file."""

    name: str
    state: str  # "added", "already stored", "failed"
    url: str | None = None
    detail: str = ""  # the reason for a failure, the reference parsed, the URL it duplicates


def content_type(name: str, content: bytes) -> str | None:
    """The type a server would have sent: by extension, else by the bytes' own signature."""
    suffix = Path(name).suffix.lower()
    if suffix in _TYPES:
        return _TYPES[suffix]
    if content.startswith(b"%PDF"):
        return "application/pdf"
    head = content[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return mimetypes.guess_type(name)[0]


def saved_from(content: bytes) -> str | None:
    """The page's original URL when a browser's "Save as" recorded it."""
    found = _SAVED_FROM.search(content[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def candidates(paths: list[Path]) -> Iterator[Candidate]:
    """Every file named (directories walked, archives opened), in the order given."""
    for path in paths:
        if not path.exists():
            yield Candidate(str(path), error="no such file or directory")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield Candidate(str(path), error="directory holds no files")
            for file in files:
                yield from _one_file(file)
        else:
            yield from _one_file(path)


def _one_file(path: Path) -> Iterator[Candidate]:
    name, url = str(path), path.resolve().as_uri()
    try:
        size = path.stat().st_size
        if size > (MAX_ARCHIVE_BYTES if path.suffix.lower() == ".zip" else MAX_FILE_BYTES):
            yield Candidate(name, url, error=f"too large ({size} bytes)")
            return
        if path.suffix.lower() == ".zip" or (size and zipfile.is_zipfile(path) and not _is_office(path)):
            yield from _archive(path, url)
            return
        content = path.read_bytes()
    except OSError as exc:
        yield Candidate(name, url, error=f"cannot read: {exc.strerror or exc}")
        return
    yield Candidate(name, url, content)


def _is_office(path: Path) -> bool:
    """.docx and .xlsx are zip files too: they are documents, not archives."""
    return path.suffix.lower() in (".docx", ".xlsx", ".odt", ".ods")


def _archive(path: Path, url: str) -> Iterator[Candidate]:
    """The members of a .zip, each a file of its own, within the archive limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if not members:
                yield Candidate(str(path), url, error="archive holds no files")
            if len(members) > MAX_ARCHIVE_MEMBERS:
                yield Candidate(str(path), url, error=f"archive has {len(members)} files, over {MAX_ARCHIVE_MEMBERS}")
                return
            total = 0
            for member in members:
                name = f"{path}:{member.filename}"
                member_url = f"{url}#{member.filename}"
                if Path(member.filename).name.startswith(".") or member.filename.startswith("__MACOSX/"):
                    continue  # the archiver's own bookkeeping
                if member.flag_bits & 0x1:
                    yield Candidate(name, member_url, error="encrypted archive member")
                    continue
                if member.file_size > MAX_FILE_BYTES:
                    yield Candidate(name, member_url, error=f"too large ({member.file_size} bytes)")
                    continue
                total += member.file_size
                if total > MAX_ARCHIVE_BYTES:
                    yield Candidate(name, member_url, error=f"archive unpacks to over {MAX_ARCHIVE_BYTES} bytes")
                    return
                try:
                    with archive.open(member) as fh:
                        content = fh.read(MAX_FILE_BYTES + 1)  # the header's size may lie
                except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
                    yield Candidate(name, member_url, error=f"cannot unpack: {exc}")
                    continue
                if len(content) > MAX_FILE_BYTES:
                    yield Candidate(name, member_url, error="too large once unpacked")
                    continue
                if Path(member.filename).suffix.lower() == ".zip" and zipfile.is_zipfile(io.BytesIO(content)):
                    yield Candidate(name, member_url, error="archive inside an archive: unpack it first")
                    continue
                yield Candidate(name, member_url, content)
    except (zipfile.BadZipFile, OSError) as exc:
        yield Candidate(str(path), url, error=f"not a readable .zip archive: {exc}")


def _stored_as(store: Store, sha256: str) -> str | None:
    """The URL of a stored document with exactly these bytes, if there is one."""
    with store.engine.connect() as conn:
        return conn.execute(select(Document.url).where(Document.sha256 == sha256).order_by(Document.id)
                            .limit(1)).scalar()


def add_files(store: Store, paths: list[Path], *, authority_id: str, parse: Parse, parser_version: str,
              url: str | None = None, unreadable: Callable[[bytes, "str | None", str], "str | None"] | None = None,
              ) -> list[Added]:
    """Store each file as a response document of `authority_id` (its publisher) and its
    parsed record. `url`: where the one file came from (a saved page's original address);
    otherwise a saved page's own "saved from" comment, else the file's file: URL."""
    results: list[Added] = []
    for cand in candidates(paths):
        if cand.error is not None or cand.content is None:
            results.append(Added(cand.name, "failed", cand.url, cand.error or "no content"))
            continue
        content = cand.content
        ctype = content_type(cand.name, content)
        where = url or saved_from(content) or cand.url or cand.name
        why = unreadable(content, ctype, where) if unreadable else (None if content.strip() else "empty file")
        if why:
            results.append(Added(cand.name, "failed", where, why))
            continue
        sha = hashlib.sha256(content).hexdigest()
        existing = _stored_as(store, sha)
        if existing is not None:
            results.append(Added(cand.name, "already stored", existing, f"same bytes as {existing}"))
            continue
        try:
            record = parse(content, where, ctype)
        except Exception as exc:  # noqa: BLE001 - a parser failure is recorded, the file still kept
            from runner.jobs import ParseFailed

            # A worker's own verdict (e.g. "parse budget exceeded: 30 s") reads best as it is.
            plain = isinstance(exc, ParseFailed)
            record, error = None, (str(exc) if plain else f"{type(exc).__name__}: {exc}")
        with store.batch():
            doc = store.add_document(url=where, body=content, status=None,
                                     headers={"Content-Type": ctype} if ctype else {},
                                     authority_id=authority_id, role="response", source="file")
            if record is None:
                store.record_parse_error(response_url=where, error=error, document_ids=[doc.document_id])
                results.append(Added(cand.name, "added", where, f"stored; parse failed: {error}"))
                continue
            if not record.authority_id:
                record.authority_id = authority_id
            store.save_disclosure(record, response_url=where, document_ids=[doc.document_id],
                                  parser_version=parser_version)
        summary = " | ".join(x for x in (record.reference, record.outcome,
                                          ", ".join(e.code for e in record.exemptions)) if x)
        results.append(Added(cand.name, "added", where, summary))
    return results

"""One response = a page and its attachments: parse each and merge them into one record.

Two shapes are common on police disclosure logs. A full response page whose attachments
carry data (an .xlsx of figures): the page decides everything, the attachments add tables
and text. And a stub page whose response IS the attached letter (Police Scotland, Durham:
an "important information about FOI" paragraph and a PDF link): the letter decides the
reference, dates, grounds and outcome.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from parser.pipeline import parse
from parser.record import Disclosure, Exemption

# Kinds that can carry a response letter; spreadsheets only ever carry data.
LETTER_EXTENSIONS = (".pdf", ".docx", ".doc", ".rtf", ".txt")
LETTER_CONTENT_TYPES = ("pdf", "wordprocessing", "msword", "text/plain")
# A stub page's own words fall under this many; a letter's run to more than this.
# Tuned against the Police Scotland-style stubs described in REAL-SITES.md (a one-paragraph
# boilerplate and links) and the shortest response letters in the sample site.
STUB_MAX_WORDS = 250
LETTER_MIN_WORDS = 40
ATTACHMENT_MARKER = "[attachment: {url}]"


@dataclass(frozen=True)
class RawDoc:
    """Raw bytes of a fetched page or attachment, as the store keeps them."""

    content: bytes
    url: str
    content_type: str | None = None


def _is_letter_kind(doc: RawDoc) -> bool:
    url = doc.url.lower().split("?", 1)[0]
    ct = (doc.content_type or "").lower()
    return url.endswith(LETTER_EXTENSIONS) or any(k in ct for k in LETTER_CONTENT_TYPES) or (doc.content or b"")[:4] == b"%PDF"


def _words(text: str) -> int:
    return len(text.split())


def _is_stub(page: Disclosure) -> bool:
    """A page that links to the response rather than giving it: few words, no grounds and
    no tables of its own. Its reference (from the URL) and outcome (read off boilerplate
    such as "responses are published") are no evidence that it holds the response."""
    return _words(page.body_text) <= STUB_MAX_WORDS and not page.exemptions and not page.tables


def _letter(attached: list[tuple[RawDoc, Disclosure]]) -> Disclosure | None:
    """The attachment that reads as the response letter: the first text document with a
    reference or an outcome, else the longest one."""
    letters = [(doc, rec) for doc, rec in attached if _is_letter_kind(doc) and _words(rec.body_text) >= LETTER_MIN_WORDS]
    for _, rec in letters:
        if rec.reference or rec.outcome:
            return rec
    return max(letters, key=lambda dr: _words(dr[1].body_text))[1] if letters else None


def _union_exemptions(groups: Sequence[list[Exemption]]) -> list[Exemption]:
    seen: set[str] = set()
    out: list[Exemption] = []
    for group in groups:
        for e in group:
            if e.code not in seen:
                seen.add(e.code)
                out.append(e)
    return out


def _append_text(base: str, url: str, text: str) -> str:
    if not text.strip():
        return base
    marker = ATTACHMENT_MARKER.format(url=url)
    return f"{base}\n\n{marker}\n{text.strip()}" if base.strip() else f"{marker}\n{text.strip()}"


def merge(page: Disclosure, attached: list[tuple[RawDoc, Disclosure]]) -> Disclosure:
    """Merge parsed attachments into the page's record (see the module docstring for when
    the attached letter, not the page, decides the response fields)."""
    record = page
    letter = _letter(attached) if _is_stub(page) else None
    if letter is not None and _words(letter.body_text) <= _words(page.body_text):
        letter = None  # the page says more than the attachment: the page is the response
    if letter is not None:
        for name in ("reference", "regime", "published_date", "request_date", "response_date"):
            if getattr(letter, name) is not None:
                setattr(record, name, getattr(letter, name))
        record.exemptions = list(letter.exemptions)
        record.ncnd = letter.ncnd
        record.outcome = letter.outcome
        record.request_text = letter.request_text
        record.response_text = letter.response_text
        record.authority = record.authority or letter.authority
        record.authority_id = record.authority_id or letter.authority_id
        record.title = record.title or letter.title
    else:
        for name in ("reference", "regime", "published_date", "request_date", "response_date",
                     "authority", "authority_id"):
            if getattr(record, name) is None:
                for _, rec in attached:
                    if getattr(rec, name) is not None:
                        setattr(record, name, getattr(rec, name))
                        break
        record.exemptions = _union_exemptions([record.exemptions, *(rec.exemptions for _, rec in attached)])
        record.ncnd = record.ncnd or any(rec.ncnd for _, rec in attached)
        if record.outcome is None:
            record.outcome = next((rec.outcome for _, rec in attached if rec.outcome), None)
    for doc, rec in attached:
        record.tables.extend(rec.tables)
        record.body_text = _append_text(record.body_text, doc.url, rec.body_text)
        if rec is not letter:
            record.response_text = _append_text(record.response_text, doc.url, rec.body_text)
        record.warnings.extend(f"{doc.url}: {w}" for w in rec.warnings)
        if doc.url not in record.attachments:
            record.attachments.append(doc.url)
    if attached:
        _assess(record)
    return record


def _assess(record: Disclosure) -> None:
    """Evidence and confidence again, over the merged text and grounds."""
    from parser.judgement import confidence

    try:
        confidence.assess(record)
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a confidence bug must not lose the record
        record.warnings.append(f"confidence not assessed: {type(exc).__name__}: {exc}")


def parse_response(page: RawDoc, attachments: Sequence[RawDoc] = ()) -> Disclosure:
    """Parse a response page together with its attachments into ONE record.

    Never raises for bad content: an unreadable attachment is a warning naming its URL.
    """
    record = parse(page.content, url=page.url, content_type=page.content_type)
    attached: list[tuple[RawDoc, Disclosure]] = []
    for doc in attachments:
        try:
            attached.append((doc, parse(doc.content, url=doc.url, content_type=doc.content_type)))
        except MemoryError:
            raise  # over the memory budget: the worker running this parse says so
        except Exception as exc:  # noqa: BLE001 - a failing attachment must not lose the page
            record.warnings.append(f"{doc.url}: attachment could not be parsed: {type(exc).__name__}: {exc}")
    return merge(record, attached)

"""parse(): wires the extraction steps together; each step lives in its own module."""
from __future__ import annotations

from parser.cleaning import clean
from parser.fields import authority, dates, reference, regime, sections
from parser.formats import decode
from parser.formats.limits import MAX_DOCUMENT_CHARS
from parser.judgement import confidence, exemptions, ncnd, outcome
from parser.tables import tables
from parser.formats.page import Page
from parser.record import Disclosure

PARSER_VERSION = "0.1.0"


def _read(content: bytes | str, *, url: str | None, content_type: str | None) -> Page:
    """Reduce any supported input to a Page (the format readers are the only branch point)."""
    decoded = decode.decode(content, content_type=content_type, url=url)
    if decoded.kind == "html":
        page = clean.clean_html(decoded.text, url=url)
    elif decoded.kind == "text":
        page = clean.clean_text(decoded.text)
    else:
        # PDF and Office readers are imported lazily: pdfplumber/openpyxl cost start-up time.
        from parser.formats import documents

        page = documents.read(decoded)
        if page.kind in ("pdf", "docx"):  # letters carry furniture; spreadsheets are data
            page = clean.clean_document(page)
    page.warnings[:0] = decoded.warnings
    return page


def parse(
    content: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    path: str | None = None,
) -> Disclosure:
    """Parse one response (HTML page, page text, PDF or Office file) into a Disclosure.

    Never raises for bad content: what could not be read is said in `warnings`.
    """
    record = Disclosure(path=path if path is not None else url)
    name = path or url or "this input"
    try:
        page = _read(content, url=url, content_type=content_type)
    except decode.Unreadable as exc:
        record.warnings.append(str(exc))
        return record
    except MemoryError:
        raise  # over the memory budget: the worker running this parse says so
    except Exception as exc:  # noqa: BLE001 - a reader bug on a hostile file: say so, return the record
        record.warnings.append(f"{name} could not be read: {type(exc).__name__}: {exc}")
        return record
    if len(page.body_text) > MAX_DOCUMENT_CHARS:  # a reader's text is bounded like text input
        page.warnings.append(f"text over {MAX_DOCUMENT_CHARS:,} characters: only the start was parsed")
        page.body_text = page.body_text[:MAX_DOCUMENT_CHARS]
    record.warnings.extend(page.warnings)
    record.title = page.title
    record.body_text = page.body_text
    record.attachments = page.attachments
    try:
        _fields(record, page, url=url)
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - what was found so far is kept
        record.warnings.append(f"fields not all read for {name}: {type(exc).__name__}: {exc}")
        return record
    _judge(record, name)
    return record


def _fields(record: Disclosure, page: Page, *, url: str | None) -> None:
    """Tables, reference, authority, regime, dates and the request/response split."""
    text = page.body_text
    record.tables = tables.find_tables(page)
    record.reference = reference.find_reference(text, url=url, title=page.title)
    record.authority, record.authority_id = authority.find_authority(
        text, url=url, meta=page.meta, chrome=page.chrome_text
    )
    record.regime = regime.find_regime(text, authority_id=record.authority_id)
    if record.regime is None and page.chrome_text:
        # The response names no statute but the page around it does: a request site's notice
        # over its copy of the reply ("... attached to the Freedom of Information request '...'")
        # says which Act the request was made under, as its banners name the site's body.
        record.regime = regime.find_regime(page.chrome_text, authority_id=record.authority_id)
    found = dates.find_dates(text, url=url, meta=page.meta, chrome=page.chrome_text)
    record.published_date, record.request_date, record.response_date = (
        found.published,
        found.request,
        found.response,
    )
    record.request_text, record.response_text = sections.split_request_response(text)


def _judge(record: Disclosure, name: str) -> None:
    """Grounds, NCND and outcome: a judgement bug must not lose the rest of the record."""
    text = record.body_text
    try:
        record.exemptions = exemptions.find_exemptions(
            text, regime=record.regime, request_text=record.request_text
        )
        record.ncnd = ncnd.detect(text, record.exemptions, request_text=record.request_text)
        record.outcome, notes = outcome.decide(
            text,
            exemptions=record.exemptions,
            ncnd=record.ncnd,
            tables=record.tables,
            response_text=record.response_text,
            request_text=record.request_text,
        )
        record.warnings.extend(notes)
        confidence.assess(record)
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a judgement bug must not lose the rest of the record
        record.warnings.append(f"grounds/NCND/outcome not judged for {name}: {type(exc).__name__}: {exc}")

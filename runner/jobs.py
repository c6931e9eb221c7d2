"""The parse jobs workers run: module-level functions so they pickle by name."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parser.record import Disclosure

# One input as `foi parse` reads it: content, the name given, its URL, its content type.
InputJob = tuple[bytes, str, "str | None", "str | None"]


def parse_input(job: InputJob) -> "Disclosure":
    """One file, URL body or stdin through parser.parse()."""
    from parser import parse

    content, name, url, content_type = job
    return parse(content, path=name, url=url, content_type=content_type)


def parse_documents(job: tuple[Any, list[Any]]) -> "Disclosure":
    """A response page and its attachments (anything with content, url, content_type)."""
    from parser import RawDoc, parse_response

    page, attachments = job
    return parse_response(RawDoc(page.content, page.url, page.content_type),
                          [RawDoc(a.content, a.url, a.content_type) for a in attachments])


class ParseFailed(Exception):
    """A job the worker could not finish (over budget, crashed): its message is the cause."""


def parse_file(job: tuple[bytes, str, "str | None"]) -> "Disclosure":
    """One file `foi add` stores: a response page (or letter) with no attachments, parsed
    as the crawl parses a response."""
    from parser import RawDoc, parse_response

    content, url, content_type = job
    return parse_response(RawDoc(content, url, content_type), [])

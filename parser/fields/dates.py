"""Published, request and response dates as ISO strings ("YYYY-MM-DD").

Fast regexes read the formats real logs print (REAL-SITES.md 3.2: 16/02/26, 23/01/2018,
09/2023, 06 November 2019, 31 Jul 2015, February 04, 2026, 31st May 2021); dateparser is
imported lazily and only tried on a labelled value the regexes could not read. Numeric
dates are UK day-first. A month-only date ("FOI date 09/2023") gives no date: the fields are
day-precise and a day is not invented.

Which date is which comes from its label (parser/data/dates.yml); an unlabelled date standing
alone on a line of the letter head ("Wednesday, 12 December 2012", PSNI's "February 04,
2026 | Category") is the response date. A date inside the request text is never the response
date, and a date with no year ("received on 3rd February") is not guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from parser.fields import sections


@dataclass
class Dates:
    published: str | None = None
    request: str | None = None
    response: str | None = None


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_DATE = (
    r"(?<![\w/.-])(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<d3>\d{1,2})(?P<sep>[/.-])(?P<m3>\d{1,2})(?P=sep)(?P<y3>\d{4}|\d{2})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
    r"|(?P<m5>\d{1,2})/(?P<y5>\d{4})"
    r")(?!\d|/\d|[a-z]{2})"
)
_DATE_RE = re.compile(r"(?=[\djfmasond])" + _DATE, re.I)  # the lookahead skips most positions cheaply
_VALUE_DATE = re.compile(r"\s*" + _WEEKDAY + "?" + _DATE, re.I)
_HEADER_LINE = re.compile(r"^[ \t]*" + _WEEKDAY + "?" + _DATE + r"[ \t]*(?P<bar>\|)?[^\n]{0,120}$", re.I | re.M)
_HEADER_LINES = 25  # the letter head: date lines further down are dates of events, not the reply
_FALLBACK_HINT = re.compile(r"\d.*(?:" + _MONTH + r")|(?:" + _MONTH + r").*\d", re.I)
_META_KEYS = (
    "article:published_time", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.date", "date", "og:published_time", "publication_date", "pubdate",
)


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> str | None:
    g = m.group
    if g("y1"):
        return _iso(int(g("y1")), _MONTHS[g("m1")[:3].lower()], int(g("d1")))
    if g("y2"):
        return _iso(int(g("y2")), _MONTHS[g("m2")[:3].lower()], int(g("d2")))
    if g("y3"):
        year = int(g("y3"))
        if len(g("y3")) == 2:
            year += 2000 if year < 70 else 1900
        return _iso(year, int(g("m3")), int(g("d3")))
    if g("y4"):
        return _iso(int(g("y4")), int(g("m4")), int(g("d4")))
    # A month-only date ("FOI date 09/2023") is recognised so that it is not misread, but a
    # day-precise field is not invented from it.
    return None


def parse_date(value: str) -> str | None:
    """ISO date for the date that opens `value`, or None (fast regexes, then dateparser)."""
    m = _VALUE_DATE.match(value)
    if m:
        return _from_match(m)
    head = re.split(r"[|;(]|\s(?:and|to|at|by|from|but|which|when)\s|[.,]\s", value, maxsplit=1)[0].strip()
    if not head or len(head) > 40 or not _FALLBACK_HINT.search(head):
        return None
    import dateparser  # slow to import: only reached for odd formats

    found = dateparser.parse(
        head,
        languages=["en", "cy"],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"},
    )
    return _iso(found.year, found.month, found.day) if found else None


def _alt(items: list[str]) -> str:
    return "|".join(i.replace(" ", r"\s+") for i in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _Labels:
    before_inline: re.Pattern[str]  # label ending right before a date
    before_field: re.Pattern[str]  # "Label:" opening the line the date is on (or the line above)
    field_value: re.Pattern[str]  # "Label:" and whatever follows, for the dateparser fallback


@lru_cache(maxsize=1)
def _label_patterns() -> dict[str, _Labels]:
    cfg = yaml.safe_load(resources.files("parser").joinpath("data/dates.yml").read_text(encoding="utf-8"))
    lead_in = r"(?:on\s+)?(?:the\s+)?" + _WEEKDAY + "?"
    out = {}
    for kind, labels in cfg.items():
        inline, fields = _alt(labels["inline"]), _alt(labels["fields"])
        out[kind] = _Labels(
            before_inline=re.compile(r"(?<![\w-])(?:" + inline + r")(?:\s*[:\-\u2013]\s*|\s+)" + lead_in + "$", re.I),
            # "Date: 6 July 2016", or with no colon when the date follows on the line ("Date 19 March 2015").
            before_field=re.compile(r"^[ \t]*(?:" + fields + r")(?:[ \t]*:\s*|[ \t]+)" + lead_in + "$", re.I | re.M),
            field_value=re.compile(r"^[ \t]*(?:" + fields + r")[ \t]*:[ \t]*(?P<value>\S[^\n]{0,60})", re.I | re.M),
        )
    return out


_LABEL_REACH = 70  # how far before a date its label may start
_SCAN_CHARS = 30_000  # dates are stated in the head of a response
_FIELD_REACH = 3000  # "Label: value" header fields sit at the top of a response


def _labelled(
    text: str, kind: str, found: list[tuple[int, str | None]], *, skip: tuple[int, int] | None = None
) -> str | None:
    """The first date labelled as `kind` (outside the `skip` span). `found` holds every date the
    fast regex saw: labels are looked for just before each, which is far cheaper than running
    every label pattern over the whole text."""
    labels = _label_patterns()[kind]
    for start, iso in found:
        if iso is None or (skip and skip[0] <= start < skip[1]):
            continue
        lo = max(0, start - _LABEL_REACH)
        if labels.before_field.search(text, lo, start) or labels.before_inline.search(text, lo, start):
            return iso
    # Odd formats under a field label ("Date: 3 Febr. 2019"): dateparser, lazily.
    for m in labels.field_value.finditer(text, 0, _FIELD_REACH):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        iso = parse_date(m.group("value"))
        if iso:
            return iso
    return None


def _header_date(text: str, limit: int) -> tuple[str | None, bool]:
    """(date, has_bar) of the first line in the letter head that is only a date."""
    head_end = 0
    for _ in range(_HEADER_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    for m in _HEADER_LINE.finditer(text, 0, min(head_end, limit)):
        line = m.group(0).strip()
        # A date followed by prose on the same line is a sentence, not a letter date.
        date_m = _VALUE_DATE.match(line)
        rest = line[date_m.end():].strip() if date_m else line
        if rest and not m.group("bar"):
            continue
        # A date under some other label ("Last updated:" then the date) is that label's.
        before = text[: m.start()].rstrip()
        if before.endswith(":"):
            continue
        return _from_match(m), bool(m.group("bar"))
    return None, False


def _from_meta(meta: dict[str, str] | None) -> str | None:
    if not meta:
        return None
    for key in _META_KEYS:
        value = meta.get(key)
        if value:
            found = parse_date(value.strip())
            if found:
                return found
    return None


def find_dates(text: str, *, url: str | None = None, meta: dict[str, str] | None = None) -> Dates:
    """The published, request and response dates a response states (None where it does not)."""
    found = Dates()
    if not text:
        found.published = _from_meta(meta)
        return found
    text = text[:_SCAN_CHARS]
    request = sections.request_span(text)
    request_begins = request[0] if request else len(text)
    seen = [(m.start(), _from_match(m)) for m in _DATE_RE.finditer(text)]
    found.response = _labelled(text, "response", seen, skip=request)
    found.request = _labelled(text, "request", seen)
    found.published = _labelled(text, "published", seen) or _from_meta(meta)
    header, listed = _header_date(text, request_begins)
    if header:
        found.response = found.response or header
        if listed:  # PSNI's "February 04, 2026 | Category" is also the log's publication date
            found.published = found.published or header
    return found

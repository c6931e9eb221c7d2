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
from typing import Any

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
# A month by name, short or full ("Sept", "September"); the outcome step's period lines use it too.
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_DATE = (
    r"(?<![\w/.-])(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<d3>\d{1,2})(?P<sep>[/.-])(?P<m3>\d{1,2})(?P=sep)(?P<y3>\d{4}|\d{2})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
    r"|(?P<m5>\d{1,2})/(?P<y5>\d{4})"
    # a date running on into a long number is a reference token ("Our Ref: 30-10-2009-094848-001")
    r")(?!\d|/\d|-\d{3}|[a-z]{2})"
)
_DATE_RE = re.compile(r"(?=[\djfmasond])" + _DATE, re.I)  # the lookahead skips most positions cheaply
_VALUE_DATE = re.compile(r"\s*" + _WEEKDAY + "?" + _DATE, re.I)
# A date alone on a line of the letter head; also opening an "Our Ref:" field whose value is the
# date and a log number (North Yorkshire's "Our Ref: 04 January 2019 - 1053.2018-19").
_OUR_REF_LABEL = r"our[ \t]+ref(?:erence)?[ \t]*:[ \t]*"
_HEADER_LINE = re.compile(
    r"^[ \t]*(?:" + _OUR_REF_LABEL + r")?" + _WEEKDAY + "?" + _DATE + r"[ \t]*(?P<bar>\|)?[^\n]{0,240}$",
    re.I | re.M,
)
_HEADER_LINES = 25  # the letter head: date lines further down are dates of events, not the reply
_FALLBACK_HINT = re.compile(r"\d.*(?:" + MONTH + r")|(?:" + MONTH + r").*\d", re.I)
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
    in_request: re.Pattern[str] | None  # labels believed even inside the request's span


# Between a label and its date: a colon or dash, or the bar a table row flattens to
# ("Date responded: | 26 January 2018", "Responded | Wed 03 September 2025"), or spaces.
_SEP = r"(?:\s*[:\-\u2013]\s*(?:\|\s*)?|\s*\|\s*|\s+)"
_FIELD_SEP = r"(?:[ \t]*:\s*(?:\|[ \t]*)?|[ \t]*\|[ \t]*|[ \t]+)"


@lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    """parser/data/dates.yml, read once for the label patterns and the blog furniture."""
    return yaml.safe_load(resources.files("parser").joinpath("data/dates.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _label_patterns() -> dict[str, _Labels]:
    cfg = _config()
    lead_in = r"(?:on\s+)?(?:the\s+)?" + _WEEKDAY + "?"
    out = {}
    for kind, labels in cfg.items():
        if kind == "blog_furniture":
            continue
        # no inline labels: a pattern that never matches ("" would match before every date)
        inline, fields = (_alt(labels["inline"]) or r"(?!)"), _alt(labels["fields"])
        out[kind] = _Labels(
            before_inline=re.compile(r"(?<![\w-])(?:" + inline + r")" + _SEP + lead_in + "$", re.I),
            # "Date: 6 July 2016", or with no colon when the date follows on the line ("Date 19 March 2015").
            before_field=re.compile(r"^[ \t]*(?:" + fields + r")" + _FIELD_SEP + lead_in + "$", re.I | re.M),
            field_value=re.compile(
                r"^[ \t]*(?:" + fields + r")[ \t]*(?::[ \t]*(?:\|[ \t]*)?|\|[ \t]*)(?P<value>\S[^\n]{0,60})", re.I | re.M
            ),
            in_request=(
                re.compile(r"^[ \t]*(?:" + _alt(labels["in_request"]) + r")" + _FIELD_SEP + lead_in + "$", re.I | re.M)
                if labels.get("in_request") else None
            ),
        )
    return out


_LABEL_REACH = 70  # how far before a date its label may start
_SCAN_CHARS = 30_000  # dates are stated in the head of a response
_FIELD_REACH = 3000  # "Label: value" header fields sit at the top of a response


def _labelled(
    text: str, kind: str, found: list[tuple[int, str | None]], *, skip: tuple[int, int] | None = None
) -> "_Found":
    """The first date labelled as `kind` (outside the `skip` span, unless its
    label is one a request never uses, "Responded:"). `found` holds every date the fast regex saw:
    labels are looked for just before each, which is far cheaper than running every label pattern
    over the whole text."""
    labels = _label_patterns()[kind]
    for start, iso in found:
        if iso is None:
            continue
        lo = max(0, start - _LABEL_REACH)
        if skip and skip[0] <= start < skip[1]:
            if labels.in_request is not None and labels.in_request.search(text, lo, start):
                return _Found(iso, start, True)
            continue
        if labels.before_field.search(text, lo, start):
            return _Found(iso, start, True)
        inline = labels.before_inline.search(text, lo, start)
        if inline:
            # a label opening its line ("Date of response: ...") is a field, not a sentence's words
            line_start = text.rfind("\n", 0, inline.start()) + 1
            return _Found(iso, start, not text[line_start:inline.start()].strip(" \t-\u2022|"))
    # Odd formats under a field label ("Date: 3 Febr. 2019"): dateparser, lazily.
    for m in labels.field_value.finditer(text, 0, _FIELD_REACH):
        if skip and skip[0] <= m.start() < skip[1]:
            continue
        iso = parse_date(m.group("value"))
        if iso:
            return _Found(iso, m.start(), True)
    return _Found()


@dataclass(frozen=True)
class _Found:
    """A labelled date: where it stands, and whether its label was a field ("Date responded:")
    rather than words in a sentence ("we replied on"), which may tell of an earlier reply."""

    iso: str | None = None
    at: int | None = None
    field: bool = False


_REF_PREFIX = re.compile(r"^" + _OUR_REF_LABEL, re.I)
# What may follow a letter head's date on its line: a log line's dash ("08 September 2016 –
# 454.2016-17 – Freedom of information") or the reference field ("3 March 2016 Our Ref: ...").
_HEAD_DATE_TAIL = re.compile(r"(?:[\u2013\u2014-]\s+(?:FOI(?:\s+response)?:?\s*)?\d+[./-]\d|(?:our|your)\s+ref)", re.I)
# A reference label left empty just above the date ("Our ref:" then "05 January 2018").
_EMPTY_REF_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:our|your)?[ \t]*ref(?:erence)?(?:[ \t]+no\.?)?[ \t]*:$", re.I)
# A date just after an "Our ref" field's value on a flattened letter head ("... 18 October 2019
# Our ref: CM/PA/002667/19") or before it.
_BEFORE_REF = re.compile(r"[ \t]*\n?[ \t]*(?:our|your)[ \t]+ref(?:erence)?\b", re.I)
# A flattened letter head's last field left empty, then the letter's date: "Our ref: HQ/PA/4666/19
# Your ref: 22 October 2019" (a reference label with nothing after it takes no date as its value).
_AFTER_EMPTY_REF = re.compile(r"\b(?:our|your)[ \t]+ref(?:erence)?[ \t]*:[ \t]*$", re.I)
# The head's date closing its flattened line just above the salutation: "... Fax: 0115 967 2896
# 10 January 2017" then "Dear ...".
# A letter flattened into one line runs the date into the salutation: "19 November 2009 Dear Mr Smith".
_BEFORE_SALUTATION = re.compile(r"[ \t]*(?:\n[ \t]*)?dear\b", re.I)


def _header_date(text: str, limit: int, claimed: set[int]) -> tuple[str | None, bool, int]:
    """(date, has_bar, offset) of the first line in the letter head that is only a date (or a date and a
    log line's dash or the reference field). A date some label already claimed ("Date of
    Request" on the line above) is that label's."""
    head_end = 0
    for _ in range(_HEADER_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    for m in _HEADER_LINE.finditer(text, 0, min(head_end, limit)):
        line, own_label = _REF_PREFIX.subn("", m.group(0).strip(), count=1)
        # A date followed by prose on the same line is a sentence, not a letter date.
        date_m = _VALUE_DATE.match(line)
        rest = line[date_m.end():].strip() if date_m else line
        if rest and not m.group("bar") and not _HEAD_DATE_TAIL.match(rest):
            continue
        if m.start() + len(m.group(0)) - len(m.group(0).lstrip()) in claimed:
            continue
        # A date under some other label ("Last updated:" then the date) is that label's.
        before = text[: m.start()].rstrip()
        if before.endswith(":") and not own_label and not _EMPTY_REF_LABEL.search(before[-40:]):
            continue
        iso = _from_match(m)
        if not rest and not m.group("bar"):
            iso = _later_twin(text, m.end(), iso)
        return iso, bool(m.group("bar")), m.start()
    return None, False, -1


_BARE_DATE_LINE = re.compile(r"\n[ \t]*" + _WEEKDAY + "?" + _DATE + r"[ \t]*(?=\n|$)", re.I)


def _later_twin(text: str, end: int, iso: str | None) -> str | None:
    """A log whose field labels were lost prints its dates as bare lines, received then
    responded ("24 August 2021" then "07 September 2021"): when the head's bare date line is
    followed at once by another bare, later date line, that later date is the reply's. A second
    date that is earlier (or equal) is some other event, and the first stays."""
    twin = _BARE_DATE_LINE.match(text, end)
    if twin is None or iso is None:
        return iso
    later = _from_match(twin)
    return later if later is not None and later > iso else iso


@lru_cache(maxsize=1)
def _blog_furniture() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _config()["blog_furniture"]), re.I | re.M)


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


def find_dates(
    text: str, *, url: str | None = None, meta: dict[str, str] | None = None, chrome: str = ""
) -> Dates:
    """The published, request and response dates a response states (None where it does not).
    `chrome` is what cleaning set aside: a blog's furniture there makes the head's date line
    the post's."""
    found = Dates()
    if not text:
        found.published = _from_meta(meta)
        return found
    text = text[:_SCAN_CHARS]
    request = sections.request_span(text)
    request_begins = request[0] if request else len(text)
    seen = [(m.start(), _from_match(m)) for m in _DATE_RE.finditer(text)]
    response = _labelled(text, "response", seen, skip=request)
    request_found = _labelled(text, "request", seen)
    published = _labelled(text, "published", seen)
    found.request = request_found.iso
    found.published = published.iso or _from_meta(meta)
    claimed = {request_found.at, published.at} - {None}
    header, listed, header_at = _header_date(text, request_begins, claimed)
    found.response = response.iso
    if header and chrome and _blog_furniture().search(chrome):
        found.published = found.published or header
        header = None
    if header:
        # The letter's own date line beats a reply told of further down ("We replied on 13
        # February 2014" in a later letter about that reply), but not a labelled field.
        if response.iso is None or (not response.field and response.at is not None and response.at > header_at):
            found.response = header
        if listed:  # PSNI's "February 04, 2026 | Category" is also the log's publication date
            found.published = found.published or header
    if found.response is None:
        found.response = _beside_reference(text, seen, request_begins, claimed)
    if found.response is None:
        # the entry's "Dated:" field, when nothing else dates the reply
        found.response = _labelled(text, "document", seen, skip=request).iso
    return found


def _beside_reference(text: str, seen: list[tuple[int, str | None]], limit: int, claimed: set[int]) -> str | None:
    """A head's date set just before its "Our ref" field, just after an empty "Your ref:", or closing
    the line above "Dear ...", where a flattened letter head runs the address, the date and the
    reference into one line. Only in the head, and only a date no label claimed."""
    for start, iso in seen:
        if start >= min(limit, _FIELD_REACH):
            break
        if iso is None or start in claimed:
            continue
        m = _DATE_RE.match(text, start)
        if m is None:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if (
            _BEFORE_REF.match(text, m.end())
            or _AFTER_EMPTY_REF.search(text, line_start, start)
            or _BEFORE_SALUTATION.match(text, m.end())
        ):
            return iso
    return None

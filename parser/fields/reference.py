"""The authority's reference for a response, as written.

Returned as written with surrounding whitespace trimmed and inner runs of whitespace reduced
to one space: Cleveland's "89- 26" stays "89- 26" (its spacing is inconsistent on the real
site: "616 - 25", "121- 26"); comparisons should squeeze spaces (the dev-set scorer does).

Where it is looked for, most trusted first:
1. a labelled value in the text ("Enquiry Reference: 207-24", "Our ref: GSA/4762/12",
   "Request: FOI/13384"), but never "Your ref" (the requester's);
2. the title, when it leads with or ends on a reference ("FOI 2023-24-042: ...", "Topic (950A/22)");
3. the URL slug, read with the site's convention (parser/data/reference.yml);
4. an unlabelled but unmistakable reference near the top ("FOI 1759225/23", "01.FOI.23.028716",
   "IM-FOI-2021-0942"). A bare "2022/25114" in prose is not taken: on real pages such numbers
   are earlier requests, orders or statute years.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

# One reference: alphanumeric parts joined by "-", "/" or "." ("01/FOI/24/012708/K",
# "01.FOI.23.028716"); a spaced "-" or "/" only before a digit ("89- 26", "616 - 25"); a space
# only between an upper-case prefix and a number ("FOI 1759225/23", "DC/FOI 782/17").
# Two spaced forms come first: a prefix then day-month-year-like groups ("FOI 224 08 23") and a
# number then its financial year ("26 19/20"). "_" joins too ("867_15").
_REF = (
    r"(?P<ref>(?-i:[A-Z]{2,6}\s\d{1,6}\s\d{2}\s\d{2}(?![\d/])|\d{1,6}\s(?:19|20)?\d{2}/\d{2}(?![\d/])"
    r"|(?:(?-i:[A-Z]{1,3}&[A-Z]{1,3}(?=\s(?:FOI|FOIA|EIR|RFI)[\s/-]?\d))|[A-Za-z0-9]+)"
    r"(?:(?:[-/\u2013_](?=[A-Za-z0-9])|\s[-/\u2013]\s?(?=\d)|[-/\u2013]\s(?=\d)|\.(?=[A-Za-z0-9])"
    r"|\s/\s(?-i:(?=[A-Z]{1,4}\d))|/\s(?-i:(?=[A-Z]{2,6}\s?\d))"
    # a body's letters before its FOI number: "BTP FOI 1234-23", "D&C FOI 1234/23"
    r"|(?-i:(?<=[A-Z&][A-Z])\s(?=(?:FOI|FOIA|EIR|RFI)[\s/-]?\d))"
    r"|(?<=[A-Z]{2})\s(?=\d))[A-Za-z0-9]+)*))"
)
_DATE_LIKE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|(?:19|20)\d{2})$")
_YEAR_FOLDER = re.compile(r"/(20\d{2})/")
_YEAR_SPAN_FORM = re.compile(r"((?:19|20)\d{2})\s?[-/\u2013]\s?((?:19|20)?\d{2})")  # "(2019/20)" in a title


def _is_year_span(ref: str) -> bool:
    """A financial or academic year ("2019/20", "2019-2020"): the second year follows the first.
    A period of years written in full ("2016-2021", a data period under a log page's title) is one
    too: the second full year later than the first, within a working life. "2031-19" or "1009-11"
    are a number and its year, not a span; "2024/2017" (a year, then the year's request 2017) runs
    backwards, and is no span."""
    m = _YEAR_SPAN_FORM.fullmatch(ref)
    if not m:
        return False
    first, second = m.group(1), m.group(2)
    if len(second) == 4 and 0 < int(second) - int(first) <= _FULL_SPAN_YEARS:
        return True
    return int(second[-2:]) == (int(first[-2:]) + 1) % 100


_FULL_SPAN_YEARS = 30  # "1990-2020" is a period; a later "year" is more likely a running number
_HEAD_CHARS = 1500  # unlabelled references are only trusted in a response's opening lines
_HEAD_LINES = 15
_SCAN_CHARS = 30_000  # labels sit in the letter head; a 20 MB page must not cost seconds

_TITLE_LEAD = re.compile(
    r"^\s*(?:(?:(?:FOI|FOIA|EIR)s?\b\s*(?:requests?\b\s*)?|requests?\b\s*)(?:ref(?:erence)?\b\.?\s*)?(?:no\b\.?\s*)?[-:]?\s*)?"
    + _REF + r"\s*(?:[-:\u2013|]|$)",
    re.I,
)
# "17 December 2017 – 905.2017-18 – Topic": a dated log title with the reference in the middle.
# "27th February 2014 – FOI Response: 976.2013-14 – Topic": the day with its ordinal, and the
# genre of the entry named before its number.
_TITLE_DATED = re.compile(
    r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d{2}\s*[-\u2013|:]\s*"
    r"(?:(?:FOI|FOIA|FOISA|EIR|Freedom\s+of\s+Information)\s+(?:response|reply|request|disclosure|release)\s*[:\-\u2013]?\s*)?"
    + _REF + r"\s*[-\u2013|:]\s*\S", re.I
)
# "Topic, Section 53(1) R015750 | Site": a title ending in a case code, capital letters joined to
# five or more digits (a prosecution service's log numbers its replies so); "Bus lane A4174" or
# "Budget 2023" are too short or a year. The site part after "|" is cut before the title is read.
_TITLE_CODE_TAIL = re.compile(r"(?<=\s)(?P<ref>[A-Z]{1,4}[-/]?(?P<digits>\d{5,8}))\s*(?:[|\u2013-]\s*[^|\u2013-]{2,40})?$")
# "Request 1689 - Finance", "FOI 4417 – Drones": a numbered request as the title.
_TITLE_NUMBERED = re.compile(
    r"^\s*(?:foi|foia|eir)?\s*requests?\s+(?:no\.?\s*)?(?P<ref>\d{3,8})\s*[-\u2013|:]\s*[A-Za-z]", re.I
)
# "Request 01/FOI/24/012345 – Tasers": a leading request word before an unmistakable form.
_REQUEST_WORD = re.compile(r"^(?:(?:FOI|FOIA|EIR)\s+)?requests?\s+(?:no\.?\s*|number\s+)?", re.I)
_LONE_REF = re.compile(r"(?:ref(?:erence)?\.?\s*)?" + _REF, re.I)
# "Topic (218/12)", "Topic [FOI/23/0456]", "Topic (Ref 2023-0456)", "Topic - FOI 4505".
_TITLE_TAIL = re.compile(r"(?:[(\[]\s*(?:(?:our\s+)?ref(?:erence)?\b\.?:?\s*)?" + _REF + r"\s*[)\]]|\s[-\u2013:]\s*"
                         + _REF.replace("?P<ref>", "?P<ref2>") + r")\s*$", re.I)


@lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    text = resources.files("parser").joinpath("data/reference.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _label_alternation(items: list[str]) -> str:
    return "|".join(item.replace(" ", r"\s+") for item in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=2)
def _labelled(spaced: bool = False) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(label + value pattern, someone-else's-label test, requester's-ref test). With `spaced`
    the pattern also takes a weak label followed by a space (the second pass only: a pattern
    that stops at every "request" word costs the first pass time for nothing)."""
    labels = _config()["labels"]
    strong = _label_alternation(labels["strong"])
    weak = _label_alternation(labels["weak"] + labels.get("colon_only", []))
    spaced_weak = _label_alternation(labels["weak"])
    # Only a label's first letter can start a match: testing it first skips most positions.
    firsts = "".join(sorted({w[0].lower() for w in labels["strong"] + labels["weak"] + labels.get("colon_only", [])}))
    pattern = re.compile(
        r"(?=[" + firsts + r"])(?<![\w'/.-])(?:(?P<strong>" + strong + r")(?:\s*(?:[:#\u2013]|-(?!\d))\s*|\s*\.\s+|\s+(?:is\s+)?)"
        # "Reference NOs: West Mercia Police 9707": the body the number belongs to comes first
        r"(?:(?-i:(?:[A-Z][a-z]+\s+){1,3}(?:Police|Constabulary|Council|Service))\s+(?=\d))?"
        r"|(?P<weak>" + weak + r")\.?\s*[:#]\s*" + (r"|(?P<spaced>" + spaced_weak + r")\s+" if spaced else "")
        # "Request Number: | FOI/15775": a two-column letterhead read as a table row
        + r")(?:\|[ \t]*)?[\[(]?" + _REF + r"(?P<more>\s\((?:FOI|FOIA|EIR)\s?[\w/.-]*\d[\w/.-]*\))?",
        re.I,
    )
    not_ours = re.compile(_config()["not_ours_before"], re.I)
    not_ours_ref = re.compile(_config()["not_ours_ref_before"], re.I)
    return pattern, not_ours, not_ours_ref


@lru_cache(maxsize=1)
def _unlabelled_pattern() -> re.Pattern[str]:
    forms = "|".join(_config()["unlabelled"])
    # every form starts with a digit or a capital: testing that first skips most positions
    return re.compile(r"(?=[0-9A-Z])(?<![\w/.-])(?:" + forms + r")(?![\w/-])")


@lru_cache(maxsize=1)
def _slug_rules() -> list[tuple[str, re.Pattern[str], str]]:
    return [(r["host"].lower(), re.compile(r["pattern"], re.I), r["format"]) for r in _config()["slugs"]]


def _tidy(ref: str) -> str:
    ref = re.sub(r"\s+", " ", ref).strip()
    return ref.rstrip(".-/\u2013 ")


# A time of day ("9.00am", "10.30") in a letterhead's opening hours is no reference.
_TIME = re.compile(r"\d{1,2}[.:]\d{2}(?:\s?[ap]m)?", re.I)
_CLOCK = re.compile(r"\d[.:]\d{2}\s?[ap]m\b", re.I)
# A sentence word before a number is no reference prefix: "REQUEST OF 2 AUGUST".
_WORD_PREFIX = re.compile(r"(?i:of|on|in|to|at|by|or|is|it|as|an|no|and|the|for|from)\s")


# A user name ("Foxyboy43", "jsmith1979"): a lower-case word run then digits, no separator; a
# reference's letters are capitals or are joined to its number ("FOI2023", "foi-123/23").
_HANDLE = re.compile(r"(?!(?i:foia?|eir|refs?|reqs?|rfi|sar|dp|ir|cr)\d)[A-Za-z]?[a-z]{3,}[A-Za-z]*\d{1,6}")


def _plausible(ref: str, *, strong: bool, short_ok: bool = False) -> bool:
    """A reference has a digit, is not a date, and a bare number is long enough not to be a
    question number ("Request number 2"); after a "Ref:" label two digits are enough
    ("BFRS Ref: 41", a small body's running count)."""
    if not any(c.isdigit() for c in ref) or len(ref) > 40 or _HANDLE.fullmatch(ref) or _WORD_PREFIX.match(ref) or _TIME.fullmatch(ref) or _CLOCK.search(ref):
        return False
    date = _DATE_LIKE.match(ref)
    if date and 1 <= int(date.group(1)) <= 31 and 1 <= int(date.group(2)) <= 12:
        return False
    if ref.isdigit():
        return len(ref) >= (2 if short_ok else 3 if strong else 4)
    if re.fullmatch(r"\d{1,2}[a-z]?", ref, re.I):
        return False
    return True


def _from_labels(text: str, *, spaced: bool = False) -> str | None:
    """The first labelled value; with `spaced`, also values after a weak label and a space."""
    pattern, not_ours, not_ours_ref = _labelled(spaced)
    pos = 0
    quoted: set[str] = set()  # numbers already seen quoting another request
    while (m := pattern.search(text, pos)) is not None:
        pos = m.end()  # someone else's label and value are skipped whole
        before = max(0, m.start() - 30)
        if not_ours.search(text, before, m.start()):
            continue
        space_label = m.group("spaced") if spaced else None
        label = (m.group("strong") or m.group("weak") or space_label).lower()
        if label.startswith("ref") and not_ours_ref.search(text, before, m.start()):
            continue
        ref = _tidy(m.group("ref"))
        lead = _value_lead().match(ref)
        if lead:
            ref = ref[lead.end():]  # "request response - 06600": the number after the genre word
        if space_label is not None:
            # "Reference A0017/2010", "request 1009-11", "Request 101001650446": without ":" only a
            # value no sentence word could be ("Request 1", "request 2019/20" are not), only when
            # no label with ":" names one (the second pass), and never a quoted earlier request
            if _spaced_not_before().search(text, max(0, m.start() - 60), m.start()) \
                    or _earlier_request(text, m.start()):
                quoted.add(ref)  # "Files relating to FOI 201900009848": later mentions quote it too
            elif _spaced_value(ref) and ref not in quoted:
                return ref
            pos = m.start("ref")
            continue
        if _plausible(ref, strong=m.group("strong") is not None, short_ok=label.startswith("ref")):
            return ref + (m.group("more") or _officer_suffix(text, m.end()))
        pos = m.start("ref")
    return None



# "Our Ref: 2345/23 ICU", "Reference: 1234/23 JS": the handling officer's initials or the team's
# letters end the label's line and belong to the reference as the letter writes it.
# Two or three letters only: a topic's acronym ("CCTV", "ANPR") is longer, and the common short
# ones are named below.
_SUFFIX = re.compile(r"[ \t]+(?P<suffix>[A-Z]{2,3}(?:[ \t][A-Z]{2,3})?)[ \t]*(?:\n|$)")
_NOT_SUFFIX = frozenset({"AND", "THE", "OF", "TO", "ON", "AT", "BY", "FOR", "IN", "OR", "RE", "FOI", "EIR",
                         "ASB", "DNA", "DBS", "RTC", "CSE", "PND", "HR", "IT", "UK", "GB", "NHS", "MOD"})


def _officer_suffix(text: str, at: int) -> str:
    """" JS" when the label's line ends in an officer's or team's capital letters, " Appeal" when
    it ends in a stage word, else ""."""
    m = _SUFFIX.match(text, at)
    if m and not any(group in _NOT_SUFFIX for group in m.group("suffix").split()):
        return " " + " ".join(m.group("suffix").split())
    m = _stage_suffix().match(text, at)
    if m:
        return " " + m.group("stage")
    return ""


@lru_cache(maxsize=1)
def _stage_suffix() -> re.Pattern[str]:
    """" Appeal" ending a label's line ("FOI reference: FOI/18/00319 Appeal")."""
    words = "|".join(re.escape(w) for w in _config().get("stage_words", []))
    return re.compile(r"[ \t]+(?P<stage>" + words + r")[ \t]*(?:\n|$)")


@lru_cache(maxsize=1)
def _value_lead() -> re.Pattern[str]:
    """A genre word and a dash before a label's number ("response - 06600")."""
    words = "|".join(re.escape(w) for w in _config().get("value_lead_words", []))
    return re.compile(r"(?:" + words + r")\s?[-\u2013]\s?(?=\d)", re.I)


def _spaced_value(ref: str) -> bool:
    """A value a label introduces without ":": numbers joined with four digits or more in all
    ("1009-11", "A0017/2010"), or one long number ("101001650446"); never a year span or date."""
    if not _plausible(ref, strong=True) or _is_year_span(ref):
        return False
    digits = sum(c.isdigit() for c in ref)
    if ref.isdigit():
        return len(ref) >= 6
    return digits >= 4 and bool(re.search(r"\d[-/._]\d|^[A-Z]{1,4}\d", ref))


# "Missing Evidence 2017 - 2021 - 1741/21": a title's span of years before its reference. The
# spaced dash that joins "616 - 25" (Cleveland's references) would join the span's last year to
# the number after it; the year closes the span, the reference follows it.
_SPAN_OPENING = r"(?:19|20)\d{2}\s?(?:[-\u2013\u2014]|to)\s?"  # "2017 - ", "2019 to "
_YEAR_SPAN_BEFORE = re.compile(_SPAN_OPENING + "$", re.I)
_YEAR_THEN_REF = re.compile(rf"(?P<span>{_SPAN_OPENING})?(?:19|20)\d{{2}}\s?[-\u2013\u2014]\s?(?P<rest>\S.*)$")


def _from_title(title: str | None) -> str | None:
    found = _from_title_raw(title)
    if found and title:
        m = _YEAR_THEN_REF.match(found)
        at = title.find(found)
        if m and (m.group("span") or at > 0 and _YEAR_SPAN_BEFORE.search(title, 0, at)) \
                and _ref_shaped(m.group("rest")) and _plausible(m.group("rest"), strong=True) \
                and not _is_year_span(m.group("rest")):
            return m.group("rest")
    return found


def _from_title_raw(title: str | None) -> str | None:
    if not title:
        return None
    m = _unlabelled_pattern().match(_REQUEST_WORD.sub("", title.strip(), count=1))
    if m:
        return _tidy(m.group(0))
    found = _title_foi_number(title)
    if found:
        return found
    m = _TITLE_LEAD.match(title)
    if m:
        ref = _tidy(m.group("ref"))
        # "672/12 - Topic", and a letter-led one only when numbers are joined in it
        # ("CM/PA/002667/19 - Topic", "F-2013-01604 - Topic"; not "COVID-19 - Topic")
        shaped = re.search(r"[-/.]", ref) if ref[0].isdigit() else (
            _ref_shaped(ref) and re.match(r"[A-Z]{1,6}(?:[-/.]|\d)", ref))  # a code, not a topic word
        if shaped and _plausible(ref, strong=True) and not _is_year_span(ref):
            return ref
    m = _TITLE_NUMBER_MONTH_YEAR.match(title)
    if m:
        return m.group("ref")
    m = _TITLE_TAIL.search(title)
    if m:
        ref = _tidy(m.group("ref") or m.group("ref2"))
        # "Topic (218/12)", "Topic - FOI 4505", "Topic (16228)": a lone number needs five digits
        shaped = _ref_shaped(ref) or _FOI_NUMBER.fullmatch(ref) or (ref.isdigit() and len(ref) >= 5)
        if shaped and not _is_year_span(ref) and _plausible(ref, strong=True):
            return ref
    m = _TITLE_DATED.match(title)
    if m and _ref_shaped(_tidy(m.group("ref"))) and _plausible(_tidy(m.group("ref")), strong=True):
        return _tidy(m.group("ref"))
    m = _TITLE_NUMBERED.match(title)
    if m and _plausible(_tidy(m.group("ref")), strong=True):
        return _tidy(m.group("ref"))
    m = _TITLE_CODE_LEAD.match(title)
    if m and m.group("code") not in _title_code_not_prefix() and not _YEAR.fullmatch(m.group("number")):
        return f"{m.group('code')} {m.group('number')}"
    m = _TITLE_NUMBER_FIRST.match(title)
    if m and not _YEAR.fullmatch(m.group("ref")) and not _street_follows(title, m.end()):
        return m.group("ref")
    m = _TITLE_ONLY_NUMBER.fullmatch(title.strip())
    if m:
        return _tidy(m.group(0))
    m = _TITLE_CODE_TAIL.search(title)
    if m and not _YEAR.fullmatch(m.group("digits")):
        return m.group("ref")
    return None


def _title_foi_number(title: str) -> str | None:
    """An unmistakable FOI number anywhere in a title ("Disclosure 2023-118: FOI 3871/23 Drones"):
    a log's publication number may lead, the request's own number follows. Not one the title
    quotes as another request's ("Files relating to FOI 1234/19")."""
    for m in _unlabelled_pattern().finditer(title):
        if m.start() == 0:
            continue  # a leading one was tried first, with the request-word prefix removed
        if _spaced_not_before().search(title, max(0, m.start() - 60), m.start()) or _earlier_request(title, m.start()):
            continue
        number = re.sub(r"^FOI[ /.-]?", "", m.group(0))
        if _YEAR.fullmatch(number) or _is_year_span(number):
            continue  # "Police dogs | FOI 2023 | Kent Police", "FOI 2022/23 annual report": years
        return _tidy(m.group(0))
    return None


def _street_follows(title: str, at: int) -> bool:
    words = re.findall(r"[A-Za-z]+", title[at:at + 40])[:3]
    return any(w.lower() in _street_words() for w in words)


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(_config().get("street_words", []))


# "11258 Brothels", "42956-25 Data Breaches": a log title led by its number, then a capitalised topic.
_TITLE_NUMBER_FIRST = re.compile(r"^\s*(?P<ref>\d{4,8}(?:-\d{2})?)\s*(?:[-\u2013:|]\s*)?\s(?=[A-Z][a-z])")
# "232 09 23 – Lithium Battery Fires": a log's running number, then the month and the two-digit year
# it was logged, spaced, leading a title before a dash (Hereford & Worcester FRS numbers its replies
# so, "FOI 224 08 23" with its prefix); the month must be one and a title must follow the dash.
_TITLE_NUMBER_MONTH_YEAR = re.compile(
    r"^\s*(?P<ref>\d{1,4}\s(?:0[1-9]|1[0-2])\s\d{2})\s+[-\u2013\u2014]\s+(?=[A-Z][a-z])")
# "FIO 1840 - Drone Technology": a short capital code, a space, a running number, a dash and a
# capitalised topic (reference.yml's title_code_not_prefix lists subject words that are no code).
_TITLE_CODE_LEAD = re.compile(
    r"^\s*(?P<code>[A-Z]{2,4})\s(?P<number>\d{3,8})\s+[-\u2013\u2014]\s+(?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _title_code_not_prefix() -> frozenset[str]:
    return frozenset(_config().get("title_code_not_prefix", []))


_FOI_NUMBER = re.compile(r"(?:FOI|FOIA|EIR)\s?\d{3,8}", re.I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A title that is nothing but the request's number: "FOI 259".
_TITLE_ONLY_NUMBER = re.compile(r"(?:FOI|FOIA|EIR)\s?\d{2,8}", re.I)


def _ref_shaped(ref: str) -> bool:
    """Numbers joined ("218/12", "867_15", "905.2017-18") or a letter prefix on a long number
    ("FOI-70688433", "FOIR-171458814"): not a topic word or a lone year."""
    return bool(re.search(r"\d[-/._]\s?\d|\d[A-Z]/\d", ref) or re.fullmatch(r"[A-Z]{2,6}[-/]\d{4,}", ref))


def reference_from_url(url: str | None) -> str | None:
    """The reference a URL slug carries, written the way the site writes it, or None."""
    if not url:
        return None
    url = unquote(url)
    parts = urlsplit(url if "//" in url else "//" + url)
    whole = ((parts.hostname or "") + parts.path).lower()
    folder = _YEAR_FOLDER.search(parts.path)
    for host, pattern, fmt in _slug_rules():
        if host not in whole:
            continue
        # Match only the part of the path after the host (the sample site prefixes the host).
        path = whole[whole.index(host) + len(host):]
        m = pattern.search(path)
        if not m:
            continue
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        if folder and ("yy" in groups or "yyyy" in groups):
            year = int(groups.get("yyyy") or "20" + groups["yy"])
            if abs(year - int(folder.group(1))) > 1:
                continue
        groups["N"] = groups.get("n", "").upper()
        return fmt.format_map(groups)
    return None


@lru_cache(maxsize=1)
def _publication_line() -> re.Pattern[str]:
    return re.compile(_config()["publication_line"], re.I)


def _earlier_request(text: str, at: int) -> bool:
    """The words before `at` name an earlier request whose number follows, or its line is an item
    of a list introduced as earlier requests' answers."""
    return _earlier_request_before().search(text, max(0, at - 70), at) is not None or _in_earlier_list(text, at)


EARLIER_LIST_LINES = 6  # list items read back up to the line that introduces them


def _in_earlier_list(text: str, at: int) -> bool:
    """`at` is on a line of a list whose introducing line (the first line above ending in ":",
    across no blank line) names earlier requests or disclosures."""
    end = text.rfind("\n", 0, at)
    for _ in range(EARLIER_LIST_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip()
        if not line.strip():
            return False
        if line.endswith(":"):
            return _earlier_list_intro().search(line) is not None
        end = start - 1
    return False


@lru_cache(maxsize=1)
def _earlier_list_intro() -> re.Pattern[str]:
    return re.compile(_config()["earlier_list_intro"], re.I)


@lru_cache(maxsize=1)
def _earlier_request_before() -> re.Pattern[str]:
    return re.compile(_config()["earlier_request_before"], re.I)


def _unlabelled(text: str) -> str | None:
    head = text[:_HEAD_CHARS]
    for m in _unlabelled_pattern().finditer(head):
        if not _earlier_request(head, m.start()):
            return _tidy(m.group(0))
    # A letter head line that is nothing but a reference: "DC/FOI 782/17", "16/06/669".
    after_publication = False
    for line in text[:_HEAD_CHARS].splitlines()[:_HEAD_LINES]:
        if not line.strip():
            continue
        if _publication_line().fullmatch(line.strip()):
            after_publication = True  # "PUB 1316": the log's number, not the request's
            continue
        if after_publication and re.fullmatch(r"\d{4,8}", line.strip()):
            return line.strip()  # "16228" right below it is the FOI number
        after_publication = False
        m = _LONE_REF.fullmatch(line.strip())
        if m and _plausible(_tidy(m.group("ref")), strong=True):
            ref = _tidy(m.group("ref"))
            if re.search(r"[A-Za-z]", ref) or len(re.findall(r"\d+", ref)) >= 3:
                return ref
        # A title line below the site's name ending in its reference: "Topic (950A/22)".
        m = _TITLE_TAIL.search(line)
        if m:
            ref = _tidy(m.group("ref") or m.group("ref2"))
            if _ref_shaped(ref) and not _is_year_span(ref) \
                    and _plausible(ref, strong=True):
                return ref
    return None


def _first_line(text: str) -> str | None:
    for line in text[:2000].splitlines():
        if line.strip():
            return line.strip()
    return None


def find_reference(text: str, *, url: str | None = None, title: str | None = None) -> str | None:
    """The authority's own reference for this response, as written, or None."""
    text = text[:_SCAN_CHARS]
    return (
        _from_labels(text)
        or _from_table_header(text[:_HEAD_CHARS])
        or _from_title(title)
        or _from_title(_first_line(text))  # plain text carries its title as the first line
        or reference_from_url(url)  # a site's own convention, known per site
        or _from_head_titles(text)
        or _from_labels(text[:_HEAD_CHARS], spaced=True)
        or _unlabelled(text)
    )


@lru_cache(maxsize=1)
def _table_header() -> re.Pattern[str]:
    return re.compile(r"^[ \t]*(?:" + _config()["table_ref_header"] + r")[ \t]*\|", re.I | re.M)


def _from_table_header(head: str) -> str | None:
    """"001/13" below a "Ref No & Date | Request Received | ..." header row: the first cell of
    the first row under a header whose first column is the reference."""
    m = _table_header().search(head)
    if not m:
        return None
    nxt = head.find("\n", m.end())
    if nxt < 0:
        return None
    cell = head[nxt + 1:].split("\n", 1)[0].split("|", 1)[0].strip()
    first = re.match(_REF, cell)
    if first and _plausible(_tidy(first.group("ref")), strong=True) and re.search(r"\d[-/.]\d|^[A-Z]", first.group("ref")):
        return _tidy(first.group("ref"))
    return None


@lru_cache(maxsize=1)
def _spaced_not_before() -> re.Pattern[str]:
    return re.compile(_config()["spaced_not_before"], re.I)


def _from_head_titles(text: str) -> str | None:
    """A log entry's title line below a site's banner lines ("08 September 2016 – 454.2016-17 –
    Topic", "Taser - 833/12", "11258 Brothels"): the response's own number, before any earlier
    request the prose quotes."""
    head = text[:_HEAD_CHARS]
    lines = [(m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", head) if m.group(0).strip()]
    for at, line in lines[1:_HEAD_LINES // 2]:
        if _in_earlier_list(head, at):
            continue  # "June 2023 FOI 1674105-23 Pride Month" under "in these earlier disclosures:"
        found = _from_title(line)
        if found:
            return found
    return None

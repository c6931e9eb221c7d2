"""Tables written one row per line as a label and its figures, with no column markers.

- "label – value" line lists: "2019 – 768", "Year: count", "Durham – 6 negotiators";
- rows of a label followed by figures: "Theft 12 15 9", as PDF text extraction gives a
  table laid out by position only.

These forms look most like prose, lists and letter furniture, so their guards (furniture
labels, run-on words, dated list items) live here, with their vocabulary in
parser/data/text_tables.yml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from parser.record import Table, is_year
from parser.tables.tables import (
    MAX_LABEL_CHARS,
    MAX_ROW_CHARS,
    Block,
    is_figure,
    is_label,
    norm_cell,
    prev_caption,
    split_header,
)

# Tuned together on the seed, the dev set and the negative cases in
# tests/parser/tables/test_tables_text.py: fewer lines than this and prose lists start to qualify.
MIN_PAIR_LINES = 3
MIN_TAIL_ROWS = 3

_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■□➢>]|[-*](?=\s))\s*")
# "label – value": separator is a colon, an en/em dash, a spaced hyphen, "=" or a tab.
_PAIR = re.compile(r"^(?P<label>[^:\t=–—]{1,80}?)\s*(?::|\t+|\s[–—]\s?|\s?[–—]\s|\s-\s|=)\s*(?P<value>\S.{0,30})$")
# "... January 1st" / "... 23rd": a date running into a year, not a label before a figure.
_DATE_END = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$",
    re.IGNORECASE,
)
# A figure token at the end of a line: "12", "1,234", "<5", "12.5%", "£1,200", "£806k", "£3.1m".
_TAIL_FIGURE = re.compile(
    r"\s+((?:[<≤]\s?)?[£$€]\d[\d,]*(?:\.\d+)?(?:k|m|bn)?|(?:[<≤]\s?)?\d[\d,]*(?:\.\d+)?%?\*?|-|\*|n/a)$",
    re.IGNORECASE,
)
# A line that carries on the label of the row above, wrapped by a PDF's narrow first column
# ("Redeployment of officers following recruitment of £1,046k" / "police staff (19)").
_WRAPPED_LABEL = re.compile(r"^[a-z(][^.!?:|]{0,60}$")

_VOCAB_FILE = Path(__file__).resolve().parent.parent / "data" / "text_tables.yml"
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\)|[a-z]\.)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    """Furniture labels and run-on words, loaded once from their data file."""
    with _VOCAB_FILE.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    furniture = sorted(data["furniture_labels"], key=len, reverse=True)
    return {
        "furniture": re.compile(r"^(?:" + "|".join(re.escape(w) for w in furniture) + r")(?![a-z])", re.IGNORECASE),
        "run_on": re.compile(
            r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in data["run_on_words"]) + r")$", re.IGNORECASE
        ),
    }


def _plausible_label(label: str) -> bool:
    """A row label, not letter furniture, a numbered list item or a sentence running on."""
    vocab = _vocab()
    return not (
        vocab["furniture"].match(label) or vocab["run_on"].search(label) or _LIST_NUMBER.match(label)
    )


@lru_cache(maxsize=8192)
def _pair(line: str) -> tuple[str, str] | None:
    """"2019 – 768" -> ("2019", "768"): a row label and its figure, or None."""
    if len(line) > MAX_ROW_CHARS:
        return None
    m = _PAIR.match(_BULLET.sub("", line.strip()))
    if not m:
        return None
    label, value = norm_cell(m.group("label")), norm_cell(m.group("value"))
    if not label or len(label) > MAX_LABEL_CHARS or not is_figure(value):
        return None
    if is_figure(label) and not is_year(label):
        return None  # "10 - 12": a range, not a label and its count
    if label.endswith((".", ",")) or len(label.split()) > 10 or not _plausible_label(label):
        return None
    return label, value


_WORDS_ONLY = re.compile(r"^[A-Za-z][A-Za-z '’()/&-]{0,40}$")


def _pair_header(line: str) -> list[str] | None:
    """"Year – Number of requests": the two column names above a line list."""
    if len(line) > MAX_ROW_CHARS:
        return None
    m = _PAIR.match(_BULLET.sub("", line.strip()))
    if not m:
        return None
    label, value = norm_cell(m.group("label")), norm_cell(m.group("value"))
    if not (_WORDS_ONLY.match(label) and _WORDS_ONLY.match(value)):
        return None
    if len(label.split()) > 4 or len(value.split()) > 4 or not _plausible_label(label):
        return None
    return [label, value]


def line_list(lines: list[str], i: int) -> Block | None:
    """"2019 – 768" / "Year: count" lines: each line a row label and its figure, under an
    optional line naming the two columns."""
    rows: list[list[str]] = []
    header: list[str] = []
    j = i
    if _pair(lines[i]) is None:
        header = _pair_header(lines[i]) or []
        if not header:
            return None
        j = i + 1
    while j < len(lines):
        pair = _pair(lines[j])
        if pair is None:
            break
        rows.append(list(pair))
        j += 1
    if len(rows) < MIN_PAIR_LINES and not (len(rows) >= 2 and all(is_year(r[0]) for r in rows)):
        return None  # two "2022 - £3,812,450" lines are a table; two other pairs may be prose
    return j - i, Table(header=header, rows=rows, caption=prev_caption(lines, i), source="text")


@lru_cache(maxsize=8192)
def _tail_row(line: str, max_words: int = 8) -> tuple[str, ...] | None:
    """"Theft 12 15 9" -> ["Theft", "12", "15", "9"]: a label, then figures to the line end."""
    if len(line) > MAX_ROW_CHARS:
        return None
    t = norm_cell(line)
    if not t or not (t[-1].isdigit() or t[-1] in "%*-" or (t[-1] in "kmnKMN" and _TAIL_FIGURE.search(t))):
        return None
    figures: list[str] = []
    while True:
        m = _TAIL_FIGURE.search(t)
        if not m:
            break
        figures.insert(0, m.group(1))
        t = t[: m.start()].rstrip()
    if not figures or not t or len(t) > MAX_LABEL_CHARS or t.endswith((".", ",", ":")) or "|" in t:
        return None
    if not is_label(t) or len(t.split()) > max_words:
        return None
    if not _plausible_label(t):
        return None
    if is_year(figures[0]) and _DATE_END.search(t):
        return None  # "... January 1st 2018 - £2,713": a dated list item, not a row of figures
    return (t, *figures)


# Column labels that are one token: years, financial years, quarters, months.
_PERIOD = re.compile(
    r"^(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)$",
    re.IGNORECASE,
)


def _header_words(line: str, width: int) -> list[str]:
    """Split a header line over `width` columns, or [] if it does not fit.

    Word counts that match the columns split word by word (an empty corner when one short);
    otherwise the last width-1 words must be period labels ("2022/23", "Q1") and the words
    before them name the row-label column ("Offence type").
    """
    if len(line) > 120:
        return []
    words = line.split()
    if not all(is_label(w) for w in words):
        return []
    if len(words) == width:
        return words
    if len(words) == width - 1:
        return ["", *words]
    tail = words[len(words) - (width - 1):]
    if len(words) > width and all(_PERIOD.match(w) for w in tail):
        return [" ".join(words[: len(words) - (width - 1)]), *tail]
    return []


def _wrapped_row(lines: list[str], j: int) -> tuple[str, ...] | None:
    """A row whose label a narrow PDF column wrapped onto the next line, after the figures:
    "Redeployment of officers following recruitment of £1,046k" / "police staff (19)"."""
    if j + 1 >= len(lines) or not _WRAPPED_LABEL.match(lines[j + 1].strip()) or _tail_row(lines[j + 1]):
        return None
    t = norm_cell(lines[j])
    m = _TAIL_FIGURE.search(t)
    if m is None or len(t) > MAX_ROW_CHARS:
        return None
    head = t[: m.start()]
    while (more := _TAIL_FIGURE.search(head)) is not None:
        head = head[: more.start()]
    # A label that needed two lines is longer than one that fits in one.
    return _tail_row(f"{head} {norm_cell(lines[j + 1])}{t[len(head):]}", max_words=14)


def tail_rows(lines: list[str], i: int) -> Block | None:
    """Rows of a label and a fixed number of figures, with an optional header line above."""
    rows: list[list[str]] = []
    j = i
    header_line: str | None = None
    if _tail_row(lines[i]) is None and i + 1 < len(lines) and _tail_row(lines[i + 1]) is not None:
        header_line = norm_cell(lines[i])
        j = i + 1
    while j < len(lines):
        row, used = _wrapped_row(lines, j), 2
        if row is None:
            row, used = _tail_row(lines[j]), 1
        if row is None or (rows and len(row) != len(rows[0])):
            break
        rows.append(list(row))
        j += used
    if len(rows) < MIN_TAIL_ROWS:
        return None
    width = len(rows[0])
    header: list[str] = []
    if header_line is not None:
        header = _header_words(header_line, width)
        if not header:
            return None  # the line above is prose; the rows are found from the next line
    else:
        header, rows = split_header(rows)
    return j - i, Table(header=header, rows=rows, caption=prev_caption(lines, i), source="text")

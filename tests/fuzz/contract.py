"""The parse contract (DESIGN.md, "The parse contract") as a checker: every problem with a
record as `foi parse` prints it, as a list of sentences (empty when the record is valid)."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

FIELDS = ("path", "authority", "authority_id", "regime", "reference", "title", "published_date",
          "request_date", "response_date", "outcome", "ncnd", "outcome_evidence",
          "outcome_confidence", "needs_review", "review_reasons", "exemptions", "tables",
          "request_text", "response_text", "body_text", "warnings", "attachments")
# Issue 14 (evidence shown): the outcome and each ground carry what they rest on and a confidence.
EXEMPTION_FIELDS = {"code", "section", "statute", "name", "ncnd", "evidence", "confidence"}
REGIMES = {"FOIA", "FOISA", "EIR", None}
OUTCOMES = {"disclosed", "partial", "refused", "not_held", None}
STATUTES = {"FOIA", "FOISA", "EIR"}
TABLE_SOURCES = {"html", "text", "pdf", "docx", "xlsx", "csv"}
# "s" or "r", the section number, then every sub-level in parentheses: lower case, except
# the capital of an inserted subsection as the statute numbers it (s40(5B), s40(3A)).
CODE = re.compile(r"[sr]\d+[A-Za-z]?(?:\((?:\d+[A-Z]?|[a-z]+)\))*")
SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def _optional_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _confidence(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1


def problems(record: dict[str, Any]) -> list[str]:
    """What in `record` breaks the contract."""
    out: list[str] = []
    if tuple(record) != FIELDS:
        return [f"fields {list(record)} are not the contract's {list(FIELDS)}"]
    for name in ("path", "authority", "authority_id", "reference", "title"):
        if not _optional_str(record[name]):
            out.append(f"{name} is {type(record[name]).__name__}, not str or null")
    if record["authority_id"] is not None and not SLUG.fullmatch(record["authority_id"]):
        out.append(f"authority_id {record['authority_id']!r} is not a slug")
    if (record["authority"] is None) != (record["authority_id"] is None):
        out.append("authority and authority_id must be both set or both null")
    if record["regime"] not in REGIMES:
        out.append(f"regime {record['regime']!r} is not FOIA, FOISA, EIR or null")
    if record["outcome"] not in OUTCOMES:
        out.append(f"outcome {record['outcome']!r} is not one of {sorted(o for o in OUTCOMES if o)} or null")
    for name in ("published_date", "request_date", "response_date"):
        value = record[name]
        if value is None:
            continue
        try:
            ok = isinstance(value, str) and len(value) == 10 and date.fromisoformat(value).isoformat() == value
        except ValueError:
            ok = False
        if not ok:
            out.append(f"{name} {value!r} is not YYYY-MM-DD")
    if not isinstance(record["ncnd"], bool):
        out.append("ncnd is not a bool")
    if not isinstance(record["needs_review"], bool):
        out.append("needs_review is not a bool")
    for name in ("outcome_evidence", "review_reasons"):
        if not _str_list(record[name]):
            out.append(f"{name} is not a list of str")
    if not (_confidence(record["outcome_confidence"]) or
            (record["outcome_confidence"] is None and record["outcome"] is None)):
        out.append(f"outcome_confidence {record['outcome_confidence']!r} is not a number from 0 to 1")
    for name in ("request_text", "response_text", "body_text"):
        if not isinstance(record[name], str):
            out.append(f"{name} is not a str")
    for name in ("warnings", "attachments"):
        if not _str_list(record[name]):
            out.append(f"{name} is not a list of str")
    exemptions = record["exemptions"]
    if not isinstance(exemptions, list):
        out.append("exemptions is not a list")
        exemptions = []
    codes = [(e.get("statute"), e.get("code")) for e in exemptions if isinstance(e, dict)]
    if len(codes) != len(set(codes)):
        out.append(f"an exemption appears twice: {codes}")
    for e in exemptions:
        if not isinstance(e, dict) or set(e) != EXEMPTION_FIELDS:
            out.append(f"exemption {e!r} lacks the contract's fields")
            continue
        if not isinstance(e["code"], str) or not CODE.fullmatch(e["code"]):
            out.append(f"exemption code {e['code']!r} is not in the contract's notation")
        elif not isinstance(e["section"], str) or not e["code"][1:].startswith(e["section"]):
            out.append(f"exemption section {e['section']!r} does not match code {e['code']!r}")
        if e["statute"] not in STATUTES:
            out.append(f"exemption statute {e['statute']!r} is not FOIA, FOISA or EIR")
        if not _optional_str(e["name"]) or not isinstance(e["evidence"], str) or not isinstance(e["ncnd"], bool):
            out.append(f"exemption {e['code']!r}: name, evidence or ncnd has the wrong type")
        if not _confidence(e["confidence"]):
            out.append(f"exemption {e['code']!r}: confidence {e['confidence']!r} is not a number from 0 to 1")
    tables = record["tables"]
    if not isinstance(tables, list):
        return out + ["tables is not a list"]
    for t in tables:
        if not isinstance(t, dict) or set(t) != {"header", "rows", "caption", "source"}:
            out.append(f"table {t!r} lacks the contract's fields")
            continue
        if not _optional_str(t["caption"]) or not _str_list(t["header"]):
            out.append("a table's caption or header has the wrong type")
        if not isinstance(t["rows"], list) or not all(_str_list(r) for r in t["rows"]):
            out.append("a table's rows are not lists of str")
        if t["source"] not in TABLE_SOURCES:
            out.append(f"table source {t['source']!r} is not one of {sorted(TABLE_SOURCES)}")
    return out

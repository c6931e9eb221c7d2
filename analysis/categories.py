"""Provisions compared across statutes: FOIA s31, FOISA s35 and EIR r12(5)(b) all protect law
enforcement, so a force answering under Scottish law lines up with one answering under FOIA.

The mapping lives in data/provision_categories.csv (statute, provision, category,
legislation.gov.uk source); provision names come from the parser's gazetteer
(parser/data/provisions.csv), read as a data file so the analyses never import the parser.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "provision_categories.csv"
_PROVISIONS = Path(__file__).resolve().parent.parent / "parser" / "data" / "provisions.csv"
UNCATEGORISED = "other"
LETTER = {"FOIA": "s", "FOISA": "s", "EIR": "r", "EISR": "r"}


@lru_cache(maxsize=1)
def categories() -> list[dict[str, str]]:
    """Rows of the data file, most specific provision first (12(5)(b) before 12)."""
    with _DATA.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return sorted(rows, key=lambda r: (r["statute"], -len(r["provision"])))


def category_of(statute: str | None, code: str | None) -> str:
    """The category of one cited provision (code as stored: 's31(1)(a)', 'r12(5)(b)')."""
    bare = re.sub(r"^[a-z]", "", code or "")
    for row in categories():
        if row["statute"] == statute and (bare == row["provision"] or bare.startswith(row["provision"] + "(")):
            return row["category"]
    return UNCATEGORISED


def category_expr(alias: str = "e") -> str:
    """SQL giving each exemptions row its category (same rule as category_of), valid on SQLite
    and PostgreSQL: the most specific provision that the code equals or opens with wins."""
    whens = []
    for row in categories():
        p = row["provision"].replace("'", "''")
        whens.append(f"WHEN {alias}.statute = '{row['statute']}' AND (substr({alias}.code, 2) = '{p}' "
                     f"OR substr({alias}.code, 2, {len(p) + 1}) = '{p}(') THEN '{row['category']}'")
    return "CASE " + " ".join(whens) + f" ELSE '{UNCATEGORISED}' END"


@lru_cache(maxsize=1)
def provision_names() -> dict[str, str]:
    """'s31' / 'FOISA s35' / 'r12(5)(b)' (as the analyses label provisions) -> its title."""
    from analysis.usage import QUALIFIED_STATUTES

    names: dict[str, str] = {}
    with _PROVISIONS.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = LETTER.get(row["statute"], "s") + row["provision"]
            if row["statute"] in QUALIFIED_STATUTES:
                label = f"{row['statute']} {label}"
            names.setdefault(label, row["title"])
    return names


def provision_label(provision: str) -> str:
    """'s31 Law enforcement': the code with its name, wherever codes are shown to people."""
    name = provision_names().get(provision) or provision_names().get(re.sub(r"\(.*", "", provision))
    return f"{provision} {name}" if name else provision


def source_of(statute: str | None, code: str | None) -> str | None:
    """The legislation.gov.uk address of the most specific categorised provision (as category_of)."""
    bare = re.sub(r"^[a-z]", "", code or "")
    for row in categories():
        if row["statute"] == statute and (bare == row["provision"] or bare.startswith(row["provision"] + "(")):
            return row["source_url"]
    return None


def provision_rows(cited: list[tuple[str, str]]) -> list[dict[str, str | None]]:
    """For each cited (statute, code): the provision the statistics label it by (section level,
    "r12", "FOISA s35"), that provision's title from the gazetteer (one name per provision,
    whichever force cited which leaf), the code's category and source."""
    from analysis.usage import provision_label as label_of

    rows = []
    for statute, code in sorted(set(cited)):
        section = re.sub(r"\(.*", "", code or "")
        provision = label_of(section, statute)
        rows.append({"statute": statute, "code": code, "provision": provision,
                     "name": provision_names().get(provision), "category": category_of(statute, code),
                     "source_url": source_of(statute, code)})
    return rows


def write_provisions(db: object) -> int:
    """Refresh the store's analysis_provisions (migration 0009_best_date) from the codes its
    exemptions cite, so Datasette's queries can join names and categories; returns the rows."""
    from analysis.db import iter_rows, write_sql

    cited = [(str(s or ""), str(c)) for rows in iter_rows(
        db, "SELECT DISTINCT statute, code FROM effective_exemptions WHERE code IS NOT NULL") for s, c in rows]
    rows = provision_rows(cited)
    write_sql(db, [("DELETE FROM analysis_provisions", None),
                   ("INSERT INTO analysis_provisions (statute, code, provision, name, category, source_url) "
                    "VALUES (:statute, :code, :provision, :name, :category, :source_url)", rows)])
    return len(rows)

"""The provisions table (parser/data/provisions.csv): titles, roles and NCND subsections.

FOIA 2000, FOISA 2002 and the two sets of Environmental Information Regulations number
their provisions differently (FOISA s35 is law enforcement where FOIA uses s31; Scottish
EIR exceptions are regulation 10, English ones regulation 12), so every lookup is keyed by
statute. "EISR" is the Scottish EIR; the record calls both "EIR".
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "provisions.csv"

_GROUPS = re.compile(r"\(([0-9a-z]+)\)")


@dataclass(frozen=True, slots=True)
class Provision:
    """One row of provisions.csv: a section (or a sub-provision that overrides it)."""

    statute: str
    provision: str  # "31", "39(2)", "12(4)(a)"
    title: str
    role: str  # "ground" | "procedural" | "not_held"
    ncnd: tuple[str, ...]  # NCND subsections ("5", "5a"), or ("*",) for a whole NCND section
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str], Provision]:
    """All provisions keyed by (statute, provision in lower case), loaded once."""
    out: dict[tuple[str, str], Provision] = {}
    with DATA.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            p = Provision(
                statute=row["statute"],
                provision=row["provision"].lower(),
                title=row["title"],
                role=row["role"],
                ncnd=tuple(x.lower() for x in row["ncnd"].split()),
                aliases=tuple(a.strip().lower() for a in row["aliases"].split("|") if a.strip()),
            )
            out[(p.statute, p.provision)] = p
    return out


@lru_cache(maxsize=8)
def sections(statute: str) -> frozenset[str]:
    """Section numbers the statute has in the table (lower case, e.g. "22a")."""
    return frozenset(k[1] for k in table() if k[0] == statute and "(" not in k[1])


def split_code(code: str) -> tuple[str, list[str]]:
    """"s40(5B)(a)(i)" -> ("40", ["5b", "a", "i"]): lower case, for table look-ups."""
    m = re.match(r"^[sr](\d+[A-Za-z]?)", code)
    if not m:
        return "", []
    return m.group(1).lower(), _GROUPS.findall(code[m.end():].lower())


def lookup(statute: str, code: str) -> Provision | None:
    """The most specific row for a code: "r12(4)(a)" finds the 12(4)(a) row before 12."""
    section, groups = split_code(code)
    rows = table()
    for n in range(len(groups), -1, -1):
        key = section + "".join(f"({g})" for g in groups[:n])
        row = rows.get((statute, key))
        if row is not None:
            return row
    return None


def is_ncnd_code(statute: str, code: str) -> bool:
    """Whether the code is an NCND provision (FOIA s40(5B)(a)(i), s23(5), FOISA s18 ...)."""
    section, groups = split_code(code)
    row = table().get((statute, section))
    if row is None or not row.ncnd:
        return False
    if "*" in row.ncnd:
        return True
    return bool(groups) and groups[0] in row.ncnd


def is_whole_ncnd(statute: str, code: str) -> bool:
    """Whether the code's whole section is an NCND provision (FOISA s18), not one subsection of it."""
    section, _ = split_code(code)
    row = table().get((statute, section))
    return row is not None and "*" in row.ncnd


@lru_cache(maxsize=8)
def aliases(statute: str) -> dict[str, str]:
    """Name -> section for exemptions cited by name alone ("the law enforcement exemption")."""
    out: dict[str, str] = {}
    for (st, prov), row in table().items():
        if st == statute:
            for a in row.aliases:
                out.setdefault(a, prov)
    return out

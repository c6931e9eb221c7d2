"""What a sample response says, and its true record.

A response is built as structured parts (question, what happened to it) and then written
out as blocks of text from the phrase families in data/phrases.yml. The true record (the
label) is computed from the structure, never from the text, so the two cannot drift apart.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent.parent
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# Leaves of the provisions relied on, by statute. Each scenario is one citation group:
# codes written without the "s"/"r" prefix. NCND scenarios use the "(5)"-style subsections
# that exclude the duty to confirm or deny.
SCENARIOS: dict[str, list[list[str]]] = {
    "FOIA": [["31(1)(a)", "31(1)(b)"], ["31(1)(a)"], ["40(2)"], ["40(2)", "40(3)(a)"],
             ["38(1)(a)", "38(1)(b)"], ["24(1)"], ["30(1)(a)"], ["43(2)"], ["21(1)"], ["22(1)"],
             ["42(1)"], ["44(1)(a)"], ["41(1)"], ["40(2)", "40(3A)(a)"], ["31(1)(a)", "31(1)(b)", "31(1)(c)"],
             ["23(1)"], ["27(1)(a)"], ["36(2)(c)"]],
    "FOISA": [["35(1)(a)", "35(1)(b)"], ["38(1)(b)"], ["39(1)"], ["34(1)(b)"], ["33(1)(b)"],
              ["30(c)"], ["25(1)"], ["27(1)"], ["31(1)"]],
    "EIR": [["12(5)(a)"], ["12(5)(b)"], ["13"], ["12(4)(b)"], ["12(5)(e)"], ["13(1)"]],
}
NCND_SETS: list[list[str]] = [
    ["23(5)", "24(2)", "27(4)", "30(3)", "31(3)", "40(5)"],
    ["23(5)", "24(2)"], ["31(3)"], ["30(3)", "40(5)"], ["40(5)"], ["24(2)", "31(3)"],
    ["40(5)(b)(i)"], ["38(2)", "31(3)"], ["23(5)", "24(2)", "31(3)"],
    ["40(5B)(a)(i)"], ["30(3)", "40(5B)(a)(i)"],  # s40(5B): the numbering since the DPA 2018
]


@lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    return yaml.safe_load((DATA / "phrases.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def provisions() -> dict[str, dict[str, str]]:
    return yaml.safe_load((DATA / "provisions.yml").read_text(encoding="utf-8"))


def provision_name(statute: str, code: str) -> str | None:
    """Short title for a code without prefix, e.g. ("FOIA", "31(1)(a)") -> "Law enforcement"."""
    table = provisions()[statute]
    key = code
    while key:
        if key in table:
            return table[key]
        if "(" not in key:
            break
        key = key[: key.rfind("(")]
    return None


def split_code(code: str) -> tuple[str, list[str]]:
    """'31(1)(a)' -> ('31', ['1', 'a'])."""
    head, _, rest = code.partition("(")
    subs = [s for s in ("(" + rest).replace(")", "").split("(") if s] if rest else []
    return head, subs


def subs_text(subs: list[str]) -> str:
    return "".join(f"({s})" for s in subs)


@dataclass
class Citation:
    """One group of provisions cited together, and how it was written."""

    statute: str
    codes: list[str]  # without prefix
    ncnd: bool = False
    text: str = ""

    def label(self) -> list[dict[str, Any]]:
        prefix = "r" if self.statute == "EIR" else "s"
        return [{"code": prefix + c, "section": split_code(c)[0], "statute": self.statute,
                 "name": provision_name(self.statute, c), "ncnd": self.ncnd} for c in self.codes]


def _word(rng: random.Random, statute: str, plural: bool = False) -> str:
    if statute == "EIR":
        w = rng.choice(["Regulation ", "regulation ", "Reg. ", "reg. "])
        return w.replace("tion ", "tions ") if plural and "tion" in w else w
    if plural:
        return rng.choice(["Sections ", "sections ", "ss."])
    return rng.choice(["Section ", "section ", "s", "s.", "S.", "Section ", "section ", "Sec. "])


def _name_suffix(rng: random.Random, statute: str, code: str) -> str:
    name = provision_name(statute, code)
    if not name or rng.random() < 0.45:
        return ""
    shown = name.title() if rng.random() < 0.5 else name
    return rng.choice([f" - {shown}", f" {shown}", f" ({name.lower()})", f" – {shown}", f", {name}"])


def write_citation(rng: random.Random, cite: Citation, with_name: bool = True) -> str:
    """Write one citation group in one of the styles real responses use."""
    parsed = [split_code(c) for c in cite.codes]
    w = _word(rng, cite.statute)
    name = _name_suffix(rng, cite.statute, cite.codes[0]) if with_name else ""
    if len(parsed) == 1:
        head, subs = parsed[0]
        if subs and rng.random() < 0.12 and not w.strip().endswith("."):
            return f"{w}{head} {subs_text(subs)}{name}"  # "section 40 (2)"
        return f"{w}{head}{subs_text(subs)}{name}"
    heads = {p[0] for p in parsed}
    parents = {tuple(p[1][:-1]) for p in parsed}
    if len(heads) == 1 and len(parents) == 1 and all(len(p[1]) >= 1 for p in parsed):
        head, parent = parsed[0][0], list(parents)[0]
        lasts = [p[1][-1] for p in parsed]
        base = f"{w}{head}{subs_text(list(parent))}"
        style = rng.randrange(6)
        if style == 0:
            return base + " & ".join(f"({x})" for x in lasts) + name
        if style == 1 and all(len(x) == 1 and x.isalpha() for x in lasts):
            return base + "".join(f"({x})" for x in lasts) + name
        if style == 2:
            return base + "&".join(f"({x})" for x in lasts) + name
        if style == 3:
            return base + ", ".join(f"({x})" for x in lasts[:-1]) + f" and ({lasts[-1]})" + name
        if style == 4:
            full = [f"{head}{subs_text(p[1])}" for p in parsed]
            return _word(rng, cite.statute, plural=True) + ", ".join(full[:-1]) + " and " + full[-1] + name
        return base + " and ".join(f"({x})" for x in lasts) + name
    if len(heads) == 1:
        head = parsed[0][0]
        first = f"{w}{head}{subs_text(parsed[0][1])}"
        rest = [subs_text(p[1]) for p in parsed[1:]]
        return first + " and " + " and ".join(rest) + name  # "section 40(2) and (3)(a)"
    return write_list(rng, cite)


def write_list(rng: random.Random, cite: Citation) -> str:
    """Several sections in one phrase: 'Sections 23(5), 24(2) and 31(3)'."""
    full = [f"{split_code(c)[0]}{subs_text(split_code(c)[1])}" for c in cite.codes]
    style = rng.randrange(3)
    if style == 0:
        return _word(rng, cite.statute, plural=True) + ", ".join(full[:-1]) + " and " + full[-1]
    if style == 1:
        w = rng.choice(["Section ", "section "])
        return ", ".join(w + f for f in full[:-1]) + " and " + w + full[-1]
    w = rng.choice(["s", "S."])
    return ", ".join(w + f for f in full)


def heading_line(rng: random.Random, cite: Citation) -> str:
    """Met-style decision heading lines: 'Section 31(1)(a) - Law Enforcement'."""
    lines = []
    for c in cite.codes:
        head, subs = split_code(c)
        word = "Regulation" if cite.statute == "EIR" else "Section"
        name = provision_name(cite.statute, c) or ""
        lines.append(f"{word} {head}{subs_text(subs)} - {name.title()}".rstrip(" -"))
    return "\n".join(lines)


# --------------------------------------------------------------------- the response
@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    caption: str | None
    source: str  # html | text | pdf | xlsx

    def label(self) -> dict[str, Any]:
        return {"caption": self.caption, "header": self.header, "rows": self.rows, "source": self.source}


@dataclass
class Part:
    question: str
    status: str  # answered | not_held | withheld | ncnd
    text: str = ""
    table: Table | None = None
    cite: Citation | None = None


@dataclass
class Response:
    force: dict[str, Any]
    number: int
    reference: str
    title: str
    slug: str
    regime: str
    request_date: date
    response_date: date
    published_date: date
    parts: list[Part]
    refusal: str | None = None  # "s12" | "s14" | "ncnd_all" | "ncnd_cost" | None
    other_reference: str | None = None  # an earlier request's reference the text mentions
    refusal_cite: Citation | None = None
    family: str | None = None
    blocks: list[tuple[str, Any]] = field(default_factory=list)
    mentioned: list[str] = field(default_factory=list)
    table_source: str = "html"
    attach_table: bool = False

    @property
    def citations(self) -> list[Citation]:
        cites = [p.cite for p in self.parts if p.cite] + ([self.refusal_cite] if self.refusal_cite else [])
        return cites

    @property
    def ncnd(self) -> bool:
        return any(c.ncnd for c in self.citations)

    @property
    def outcome(self) -> str:
        """The contract's outcome, from what happened to each part (DESIGN.md)."""
        if self.refusal:
            return "refused"
        states = {p.status for p in self.parts}
        if states == {"answered"}:
            return "disclosed"
        if states == {"not_held"}:
            return "not_held"
        if "answered" not in states:
            return "refused"  # nothing given, something withheld
        return "partial"

    @property
    def exemptions(self) -> list[dict[str, Any]]:
        seen: dict[str, dict[str, Any]] = {}
        for c in self.citations:
            for e in c.label():
                seen.setdefault(e["code"], e)
        return list(seen.values())

    @property
    def tables(self) -> list[Table]:
        return [p.table for p in self.parts if p.table]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def write_date(rng: random.Random, d: date) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"{ordinal(d.day)} {d.strftime('%B %Y')}"
    if style == 1:
        return f"{d.day} {d.strftime('%B %Y')}"
    if style == 2:
        return d.strftime("%d/%m/%Y")
    if style == 3:
        return f"{d.day:02d} {d.strftime('%b %Y')}"
    return f"{d.strftime('%A')} {ordinal(d.day)} {d.strftime('%B %Y')}"


def make_table(rng: random.Random, topic: dict[str, Any], year: int, source: str) -> Table | None:
    kind = topic.get("table", "none")
    if kind == "none":
        return None
    years = [str(y) for y in range(year - rng.choice([3, 4, 5, 6]), year)]

    def num() -> str:
        v = rng.choice([rng.randint(0, 9), rng.randint(10, 400), rng.randint(400, 5000)])
        if v < 5 and rng.random() < 0.08:
            return "<5"
        return f"{v:,}" if v >= 1000 and rng.random() < 0.5 else str(v)

    caption = rng.choice(phrases()["table_captions"])
    if kind == "years":
        if rng.random() < 0.5:
            return Table(header=years, rows=[[num() for _ in years]], caption=caption, source=source)
        col = rng.choice(["Number", "Total", "Count", "Incidents"])
        return Table(header=["Year", col], rows=[[y, num()] for y in years], caption=caption, source=source)
    cats = list(topic.get("categories") or ["Total"])
    if rng.random() < 0.35:  # transposed: one row per category, years across
        label = rng.choice(["Category", "Type", ""])
        return Table(header=[label, *years], rows=[[c, *[num() for _ in years]] for c in cats],
                     caption=caption, source=source)
    return Table(header=["Year", *cats], rows=[[y, *[num() for _ in cats]] for y in years],
                 caption=caption, source=source)


def choose_parts(rng: random.Random, topic: dict[str, Any], regime: str,
                 year: int, table_source: str) -> tuple[list[Part], str | None, Citation | None]:
    """Decide what happened to each question. Weights give every outcome plenty of cases."""
    statute = regime
    qs = list(topic["questions"])
    roll = rng.random()
    if roll < 0.07 and statute != "EIR":
        code = rng.choice(["12", "12(1)", "12(1)", "12(2)"])
        return [Part(q, "refused") for q in qs], "s12", Citation(statute, [code])
    if roll < 0.10 and statute != "EIR":
        return [Part(q, "refused") for q in qs], "s14", Citation(statute, [rng.choice(["14(1)", "14(1)", "14(2)", "14"])])
    if roll < 0.175 and statute == "FOIA" and rng.random() < 0.2:
        return [Part(q, "ncnd") for q in qs], "ncnd_cost", Citation("FOIA", ["12(2)"], ncnd=True)
    if roll < 0.16 and statute == "FOIA":
        fixed = [c for c in as_written(statute) if c.get("ncnd")]
        cite = (_fixed_citation(_next("ncnd", fixed)) if rng.random() < 0.45
                else Citation("FOIA", rng.choice(NCND_SETS), ncnd=True))
        return [Part(q, "ncnd") for q in qs], "ncnd_all", cite
    if statute == "EIR" and roll < 0.12:
        return [Part(q, "refused") for q in qs], "s12", Citation("EIR", ["12(4)(b)"])
    if rng.random() < 0.08:  # refusals cited exactly as real responses write them
        kind = "s12" if statute != "FOISA" and rng.random() < 0.5 else "s14"
        fixed = [c for c in as_written(statute) if c.get("refusal") == kind]
        if fixed:
            return [Part(q, "refused") for q in qs], kind, _fixed_citation(_next(f"refusal-{kind}", fixed))
    weights = {"answered": 0.62, "not_held": 0.2, "withheld": 0.18}
    if rng.random() < 0.25:  # a family of all-same answers: disclosed or not held outright
        forced = rng.choice(["answered", "answered", "not_held"])
        statuses = [forced] * len(qs)
    else:
        statuses = rng.choices(list(weights), weights=list(weights.values()), k=len(qs))
    parts: list[Part] = []
    tabled = False
    for q, st in zip(qs, statuses):
        part = Part(q, st)
        if st == "answered" and not tabled and topic.get("table", "none") != "none":
            part.table = make_table(rng, topic, year, table_source)
            tabled = part.table is not None
        if st == "withheld":
            fixed = [c for c in as_written(statute) if not c.get("refusal") and not c.get("ncnd")]
            if fixed and rng.random() < (0.6 if statute == "EIR" else 0.25):  # EIR cases are few
                part.cite = _fixed_citation(_next(f"withheld-{statute}", fixed))
            else:
                part.cite = Citation(statute, rng.choice(SCENARIOS[statute]))
        parts.append(part)
    if statute != "EIR" and len(parts) > 1 and parts[0].status == "answered" and rng.random() < 0.06:
        # answered in part, the cost limit applied to the rest (forces do this; it is a ground)
        parts[-1].status = "withheld"
        parts[-1].cite = Citation(statute, [rng.choice(["12(1)", "12"])])
        parts[-1].table = None
    elif statute == "FOIA" and len(parts) > 1 and rng.random() < 0.12:
        parts[-1].status = "ncnd"
        parts[-1].cite = Citation("FOIA", rng.choice(NCND_SETS), ncnd=True)
        parts[-1].table = None
    return parts, None, None


# Verbatim citations are taken in turn, not at random, so a small sample holds every one.
_turns: dict[str, int] = {}


def reset_turns() -> None:
    """Start every cycle afresh: each generator run must be a pure function of its seed."""
    _turns.clear()


def _next(key: str, options: list[dict[str, Any]]) -> dict[str, Any]:
    i = _turns.get(key, 0)
    _turns[key] = i + 1
    return options[i % len(options)]


def as_written(statute: str) -> list[dict[str, Any]]:
    return [c for c in phrases()["citations_as_written"] if c["statute"] == statute]


def _fixed_citation(spec: dict[str, Any]) -> Citation:
    return Citation(spec["statute"], list(spec["codes"]), ncnd=bool(spec.get("ncnd")), text=spec["text"])

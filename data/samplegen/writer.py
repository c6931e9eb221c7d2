"""Write a Response out as blocks of text, drawing each move from a phrase family.

Blocks are ("h", text), ("p", text), ("ol", [items]), ("table", Table) and ("lines", text)
so one response can be laid out as an HTML page or as a PDF letter.
"""
from __future__ import annotations

import random
import re
from datetime import timedelta
from typing import Any

from samplegen.content import (Citation, Response, heading_line, phrases, provision_name, write_citation,
                               write_date, write_list)

Block = tuple[str, Any]
_SECTION_MENTION = re.compile(r"\b(?:[Ss]ections?|S\.|s\.?|[Rr]egulations?)\s?(\d+)")
_RIGHTS = "rights_s1", "rights_s17"


def pick(rng: random.Random, family: str, **fmt: str) -> str:
    text = rng.choice(phrases()[family])
    return text.format(**fmt) if fmt else text


def _cite_text(rng: random.Random, cite: Citation) -> str:
    if cite.text:  # written exactly as a real response did
        return cite.text
    text = write_list(rng, cite) if len({c.split("(")[0] for c in cite.codes}) > 1 else write_citation(rng, cite)
    cite.text = text
    return text


def _answer(rng: random.Random, force_name: str) -> str:
    n = rng.randint(0, 250)
    return rng.choice([
        f"The figure held is {n}.", f"{force_name} currently has {n}.", "Yes.",
        f"There were {n} recorded in the period requested.", "No, the force does not do this.",
        f"The total is {n}, as at the date of your request.",
        "The force follows national guidance issued by the College of Policing.",
    ])


def write_body(rng: random.Random, resp: Response, *, force_name: str, style: str,
               show_request_date: bool, letter: bool = False, acknowledge: bool = True) -> list[Block]:
    """Compose the body of a response; `style` picks the Q/A layout ("numbered", "psni",
    "met", "headings")."""
    act_key = resp.regime
    act = rng.choice(phrases()["acts"][act_key])
    blocks: list[Block] = []
    mentions: list[str] = []
    if show_request_date:
        blocks.append(("p", pick(rng, "acknowledge", date=write_date(rng, resp.request_date), force=force_name)))
    elif acknowledge and rng.random() < 0.6:
        blocks.append(("p", pick(rng, "acknowledge_undated", act=act, force=force_name)))
    if resp.regime == "EIR":
        blocks.append(("p", pick(rng, "eir_note", act=rng.choice(phrases()["acts"]["EIR"]))))
    if resp.other_reference:
        blocks.append(("p", pick(rng, "earlier_request", other=resp.other_reference)))

    # the request
    if style == "psni":
        pass  # PSNI pairs each request with its answer below
    else:
        intro = pick(rng, "request_intro")
        if style == "headings":
            blocks.append(("h", rng.choice(["REQUEST", "Request", "Your Request"])))
        else:
            blocks.append(("p", intro))
        qs = [p.question for p in resp.parts]
        if len(qs) == 1 or rng.random() < 0.25:
            blocks.append(("p", " ".join(qs)))
        else:
            blocks.append(("ol", qs))

    if rng.random() < 0.12:  # clarification exchanged before the answer (SWP, Dyfed-Powys, PSNI)
        blocks.append(("h", pick(rng, "clarification_heading")))
        blocks.append(("p", pick(rng, "clarification", date=write_date(rng, resp.request_date + timedelta(days=3)))))

    # the decision
    if style == "met":
        blocks.append(("h", "DECISION"))
        decision = {
            "disclosed": "I have today decided to disclose the located information to you in full.",
            "partial": "I have today decided to disclose some of the located information to you.",
            "refused": "I have today decided not to disclose the information you requested.",
            "not_held": "Following a search, no information relevant to your request was located.",
        }[resp.outcome]
        blocks.append(("p", decision))
        for cite in resp.citations:
            blocks.append(("lines", heading_line(rng, cite)))
        blocks.append(("h", "REASON FOR DECISION"))
    elif style == "headings":
        blocks.append(("h", rng.choice(["RESPONSE", "Response", "Our Response", "Answer"])))
    elif style == "wy":
        blocks.append(("p", "Our Response:"))
    elif style != "psni":
        found = resp.outcome in ("disclosed", "partial") and rng.random() < 0.3
        blocks.append(("p", pick(rng, "response_intro_found" if found else "response_intro")))

    if resp.refusal and resp.refusal_cite is not None:
        cite_text = _cite_text(rng, resp.refusal_cite)
        if resp.refusal == "s12":
            family = "cost_scot" if resp.regime == "FOISA" else "cost"
            if resp.regime == "EIR":
                blocks.append(("p", pick(rng, "withheld_eir", cite=cite_text, force=force_name)))
            else:
                blocks.append(("p", pick(rng, family, cite=cite_text, force=force_name)))
            if rng.random() < 0.6 and resp.regime == "FOIA":
                advice = pick(rng, "cost_advice")
                blocks.append(("p", advice))
                mentions.append(advice)
        elif resp.refusal == "s14":
            blocks.append(("p", pick(rng, "vexatious", cite=cite_text, force=force_name)))
        elif resp.refusal == "ncnd_cost":
            blocks.append(("p", pick(rng, "ncnd_cost", cite=cite_text, force=force_name)))
        else:
            blocks.append(("p", pick(rng, "ncnd", cite=cite_text, force=force_name, act=act)))
            blocks.append(("p", pick(rng, "harm")))
    else:
        multi = len(resp.parts) > 1
        numbering = rng.choice(["Question {i}", "Q{i}", "{i}.", "Part {i}", "{a})"])  # one style per letter
        as_heading = rng.random() < 0.5
        all_not_held = all(p.status == "not_held" for p in resp.parts)
        if all_not_held and style != "psni" and rng.random() < 0.6:
            blocks.append(("p", pick(rng, "not_held_all", force=force_name)))
            to_write = []
        else:
            to_write = resp.parts
        for i, part in enumerate(to_write, 1):
            if style == "psni":
                blocks.append(("h", f"Request {i}"))
                blocks.append(("p", part.question))
                blocks.append(("h", f"Answer {i}"))
            elif multi:
                marker = numbering.format(i=i, a="abcdefgh"[i - 1])
                blocks.append(("h", marker) if as_heading else ("p", f"{marker} {part.question}"))
            blocks.extend(_part_blocks(rng, resp, part, force_name, letter))
        # harm and public interest belong to prejudice-based exemptions, not the cost limit
        explained = [p.cite for p in resp.parts if p.cite and p.cite.codes[0].split("(")[0] not in ("12", "14")]
        if explained:
            if rng.random() < 0.4:
                cite = explained[0]
                head = cite.codes[0].split("(")[0]
                word = "Regulation" if cite.statute == "EIR" else "Section"
                name = provision_name(cite.statute, cite.codes[0]) or ""
                blocks.append(("h", f"{word} {head} - {name.title()}".rstrip(" -")))
            if rng.random() < 0.3:
                first = explained[0]
                title = provision_name(first.statute, first.codes[0])
                if title and first.statute != "EIR":
                    blocks.append(("p", pick(rng, "exemption_by_name", name=title.lower())))
            blocks.append(("p", pick(rng, "harm")))
            if rng.random() < 0.6:
                blocks.append(("p", pick(rng, "public_interest")))

    # provisions mentioned but not relied on
    if resp.regime != "EIR" and style != "wy" and rng.random() < 0.35:
        for key in _RIGHTS:
            if rng.random() < 0.7:
                text = pick(rng, key, act=act)
                blocks.append(("p", text))
                mentions.append(text)
    if style == "wy":  # West Yorkshire appends its legal text as an appendix
        blocks.append(("h", "APPENDIX A"))
        for key in _RIGHTS:
            text = pick(rng, key, act=act)
            blocks.append(("p", text))
            mentions.append(text)
    if resp.regime == "FOIA" and rng.random() < 0.1:
        text = pick(rng, rng.choice(["rejected_38", "rejected_38", "rejected_other"]))
        blocks.append(("p", text))
        mentions.append(text)
    if rng.random() < 0.5:
        blocks.append(("p", pick(rng, "caveat")))
    review_key = {"FOISA": "review_scot", "EIR": "review_eir"}.get(resp.regime, "review")
    review = pick(rng, review_key)
    blocks.append(("p", review))
    mentions.append(review)
    blocks.append(("p", pick(rng, "signoff")))
    blocks.append(("p", pick(rng, "signer")))
    relied = {e["code"].lstrip("sr").split("(")[0] for e in resp.exemptions}
    resp.mentioned = sorted({("r" if resp.regime == "EIR" and "egulation" in text else "s") + n
                             for text in mentions for n in _SECTION_MENTION.findall(text) if n not in relied})
    return blocks


def _part_blocks(rng: random.Random, resp: Response, part: Any, force_name: str, letter: bool) -> list[Block]:
    out: list[Block] = []
    if part.status == "answered":
        attached = ("xlsx",) if letter else ("pdf", "xlsx", "docx")
        if part.table is not None and part.table.source in attached:
            out.append(("p", pick(rng, "disclosed_attached", title=resp.title)))
        elif part.table is not None:
            out.append(("p", pick(rng, "disclosed", force=force_name)))
            out.append(("table", part.table))
        else:
            out.append(("p", _answer(rng, force_name)))
    elif part.status == "not_held":
        out.append(("p", pick(rng, "not_held", force=force_name)))
    elif part.status == "withheld":
        family = {"FOISA": "withheld_scot", "EIR": "withheld_eir"}.get(resp.regime, "withheld")
        if part.cite.codes[0].split("(")[0] == "12":
            family = "cost_part"
        out.append(("p", pick(rng, family, cite=_cite_text(rng, part.cite), force=force_name)))
    elif part.status == "ncnd":
        act = rng.choice(phrases()["acts"]["FOIA"])
        out.append(("p", pick(rng, "ncnd", cite=_cite_text(rng, part.cite), force=force_name, act=act)))
    return out

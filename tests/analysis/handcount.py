"""Expected numbers counted by hand: plain Python over the labels, no SQL, no pandas, so the
analyses are checked against an independent computation."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any


def event_date(label: dict[str, Any]) -> str | None:
    return label.get("response_date") or label.get("published_date") or label.get("request_date")


def section_of(e: dict[str, Any]) -> str:
    """"s31"; Scotland's statutes number provisions differently, so "FOISA s35"."""
    base = e["code"][0] + e["section"]
    return f"{e['statute']} {base}" if e.get("statute") in ("FOISA", "EISR") else base


def usage(labels: list[dict], period: int | None = 4) -> dict[tuple, tuple[int, int]]:
    """(authority_id, period, provision) -> (responses citing, responses in that group)."""
    totals: Counter = Counter()
    citing: Counter = Counter()
    for lab in labels:
        d = event_date(lab)
        per = (d[:period] if d else "undated") if period else "all"
        totals[(lab["authority_id"], per)] += 1
        for prov in {section_of(e) for e in lab["exemptions"]}:
            citing[(lab["authority_id"], per, prov)] += 1
    return {k: (v, totals[k[:2]]) for k, v in citing.items()}


def outcome_counts(labels: list[dict]) -> dict[str, Counter]:
    """authority_id -> Counter of measures over all time."""
    out: dict[str, Counter] = defaultdict(Counter)
    for lab in labels:
        c = out[lab["authority_id"]]
        c["responses"] += 1
        c[lab["outcome"] or "unknown"] += 1
        c["ncnd"] += bool(lab["ncnd"])
        s12 = any(e["code"].startswith("s12") for e in lab["exemptions"])
        c["refused_s12"] += lab["outcome"] == "refused" and s12
    return out

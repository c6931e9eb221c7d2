"""Our outcome judgement against WhatDoTheyKnow requesters' states: an outside, noisy check.

Each authority answer crawled from WhatDoTheyKnow (wdtk_replies, kind 'response') pairs our
outcome of its disclosure (the log's disclosure when the answer is also in a force's log;
a person's correction from `foi review set` where there is one, read through the
effective_disclosures view like every other statistic, flagged `reviewed`) with the requester's state of the request, mapped to our vocabulary by
crawler/wdtk/patterns.yml (successful -> disclosed, partially_successful -> partial,
rejected -> refused, not_held -> not_held). States that say nothing about the answer
(waiting_response, ...) and responses we could not judge are left out, and counted.
Cohen's kappa comes with a 95% interval from its large-sample standard error
(Fleiss, Cohen & Everitt 1969).
"""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

from analysis.db import Db, read_sql

CLASSES = ("disclosed", "partial", "refused", "not_held")


def state_map() -> dict[str, str]:
    from crawler.wdtk.messages import patterns

    return dict(patterns()["state_outcome"])


def pairs(db: Db = None, authority: str | None = None, since: object = None,
          until: object = None) -> pd.DataFrame:
    """One row per request answer: authority, our outcome (corrected where a person reviewed
    it), the parser's own, the requester's state, links; since/until keep answers whose best
    date falls between them."""
    from analysis.db import date_filter

    dates, params = date_filter(since, until)
    sql = ("SELECT w.authority_id, w.url AS wdtk_url, w.external_state, d.outcome, d.parser_outcome, "
           "d.reviewed, d.response_url, w.matched_by FROM wdtk_replies w "
           "JOIN effective_disclosures d ON d.id = w.disclosure_id WHERE w.kind = 'response'" + dates)
    if authority:
        sql += " AND w.authority_id = :a"
        params["a"] = authority
    frame = read_sql(db, sql + " ORDER BY w.authority_id, w.url", params)
    frame["theirs"] = frame["external_state"].map(state_map())
    frame = frame.rename(columns={"outcome": "ours"})
    frame["reviewed"] = frame["reviewed"].fillna(0).astype(int).astype(bool)
    return frame


def kappa(ours: list[str], theirs: list[str]) -> dict[str, float]:
    """Cohen's kappa of two labellings and its 95% interval."""
    n = len(ours)
    if n == 0:
        return {"n": 0, "agreement": math.nan, "kappa": math.nan, "kappa_low": math.nan, "kappa_high": math.nan}
    cats = sorted(set(ours) | set(theirs))
    idx = {c: i for i, c in enumerate(cats)}
    k = len(cats)
    table = [[0.0] * k for _ in range(k)]
    for a, b in zip(ours, theirs):
        table[idx[a]][idx[b]] += 1
    p = [[v / n for v in row] for row in table]
    rows = [sum(r) for r in p]
    cols = [sum(p[i][j] for i in range(k)) for j in range(k)]
    po = sum(p[i][i] for i in range(k))
    pe = sum(rows[i] * cols[i] for i in range(k))
    if pe >= 1:
        return {"n": n, "agreement": po, "kappa": math.nan, "kappa_low": math.nan, "kappa_high": math.nan}
    kap = (po - pe) / (1 - pe)
    # Fleiss, Cohen & Everitt (1969) asymptotic variance of kappa
    a = sum(p[i][i] * (1 - (rows[i] + cols[i]) * (1 - kap)) ** 2 for i in range(k))
    b = (1 - kap) ** 2 * sum(p[i][j] * (cols[i] + rows[j]) ** 2 for i in range(k) for j in range(k) if i != j)
    c = (kap - pe * (1 - kap)) ** 2
    var = max(a + b - c, 0.0) / (n * (1 - pe) ** 2)
    se = math.sqrt(var)
    return {"n": n, "agreement": po, "kappa": kap,
            "kappa_low": max(-1.0, kap - 1.96 * se), "kappa_high": min(1.0, kap + 1.96 * se)}


def _comparable(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["ours"].isin(CLASSES) & frame["theirs"].isin(CLASSES)]


def confusion(db: Db = None, authority: str | None = None, by_authority: bool = False,
              since: object = None, until: object = None) -> pd.DataFrame:
    """Counts of (our outcome, requester's outcome), overall ('all') or per authority."""
    frame = _comparable(pairs(db, authority, since, until))
    groups = [("all", frame)] if not by_authority else list(frame.groupby("authority_id"))
    out = []
    for name, part in groups:
        for ours in CLASSES:
            row: dict[str, Any] = {"authority_id": name, "ours": ours}
            for theirs in CLASSES:
                row[f"wdtk_{theirs}"] = int(((part["ours"] == ours) & (part["theirs"] == theirs)).sum())
            out.append(row)
    return pd.DataFrame(out, columns=["authority_id", "ours"] + [f"wdtk_{c}" for c in CLASSES])


def summary(db: Db = None, authority: str | None = None, since: object = None,
            until: object = None) -> pd.DataFrame:
    """Kappa with its interval overall and per authority, and what was left out."""
    frame = pairs(db, authority, since, until)
    comp = _comparable(frame)
    rows = []
    for name, part, whole in [("all", comp, frame)] + [
            (a, comp[comp["authority_id"] == a], frame[frame["authority_id"] == a])
            for a in sorted(frame["authority_id"].unique())]:
        stats = kappa(list(part["ours"]), list(part["theirs"]))
        rows.append({"authority_id": name, **stats, "left_out": int(len(whole) - len(part))})
    return pd.DataFrame(rows, columns=["authority_id", "n", "agreement", "kappa", "kappa_low", "kappa_high",
                                       "left_out"])


def disagreements(db: Db = None, authority: str | None = None, since: object = None,
                  until: object = None) -> pd.DataFrame:
    """The responses where our outcome and the requester's state differ, with both links."""
    comp = _comparable(pairs(db, authority, since, until))
    diff = comp[comp["ours"] != comp["theirs"]]
    return diff[["authority_id", "ours", "external_state", "theirs", "reviewed", "wdtk_url", "response_url"]
                ].reset_index(drop=True)

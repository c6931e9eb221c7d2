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
from typing import TYPE_CHECKING, Any

from analysis.db import Db, fetch
from analysis.rows import Rows

if TYPE_CHECKING:  # pandas only for the frames: the terminal tables are drawn from Rows
    import pandas as pd

CLASSES = ("disclosed", "partial", "refused", "not_held")


def state_map() -> dict[str, str]:
    from crawler.wdtk.messages import patterns

    return dict(patterns()["state_outcome"])


PAIR_COLUMNS = ["authority_id", "wdtk_url", "external_state", "ours", "parser_outcome", "reviewed",
                "response_url", "matched_by", "theirs"]


def pair_rows(db: Db = None, authority: str | None = None, since: object = None,
              until: object = None) -> Rows:
    """pairs as plain rows (analysis.rows)."""
    from analysis.db import date_filter

    dates, params = date_filter(since, until)
    sql = ("SELECT w.authority_id, w.url AS wdtk_url, w.external_state, d.outcome, d.parser_outcome, "
           "d.reviewed, d.response_url, w.matched_by FROM wdtk_replies w "
           "JOIN effective_disclosures d ON d.id = w.disclosure_id WHERE w.kind = 'response'" + dates)
    if authority:
        sql += " AND w.authority_id = :a"
        params["a"] = authority
    found = fetch(db, sql + " ORDER BY w.authority_id, w.url", params)
    states = state_map() if len(found) else {}
    return Rows(PAIR_COLUMNS, ((aid, url, state, ours, parser, bool(int(reviewed or 0)), resp, how,
                                states.get(state)) for aid, url, state, ours, parser, reviewed, resp, how in found))


def pairs(db: Db = None, authority: str | None = None, since: object = None,
          until: object = None) -> pd.DataFrame:
    """One row per request answer: authority, our outcome (corrected where a person reviewed
    it), the parser's own, the requester's state, links; since/until keep answers whose best
    date falls between them."""
    return pair_rows(db, authority, since, until).frame()


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


def _comparable(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if r["ours"] in CLASSES and r["theirs"] in CLASSES]


def confusion_rows(db: Db = None, authority: str | None = None, by_authority: bool = False,
                   since: object = None, until: object = None) -> Rows:
    """confusion as plain rows (analysis.rows)."""
    comp = _comparable(list(pair_rows(db, authority, since, until).records()))
    if by_authority:
        names = sorted({r["authority_id"] for r in comp if r["authority_id"] is not None})
        groups = [(a, [r for r in comp if r["authority_id"] == a]) for a in names]
    else:
        groups = [("all", comp)]
    out = []
    for name, part in groups:
        for ours in CLASSES:
            out.append((name, ours, *(sum(r["ours"] == ours and r["theirs"] == theirs for r in part)
                                      for theirs in CLASSES)))
    wdtk = [f"wdtk_{c}" for c in CLASSES]
    return Rows(["authority_id", "ours", *wdtk], out, ints=wdtk)


def confusion(db: Db = None, authority: str | None = None, by_authority: bool = False,
              since: object = None, until: object = None) -> pd.DataFrame:
    """Counts of (our outcome, requester's outcome), overall ('all') or per authority."""
    return confusion_rows(db, authority, by_authority, since, until).frame()


SUMMARY_COLUMNS = ["authority_id", "n", "agreement", "kappa", "kappa_low", "kappa_high", "left_out"]


def summary_rows(db: Db = None, authority: str | None = None, since: object = None,
                 until: object = None) -> Rows:
    """summary as plain rows (analysis.rows)."""
    frame = list(pair_rows(db, authority, since, until).records())
    comp = _comparable(frame)
    out = []
    names = sorted({r["authority_id"] for r in frame if r["authority_id"] is not None})
    for name, part, whole in [("all", comp, frame)] + [
            (a, [r for r in comp if r["authority_id"] == a], [r for r in frame if r["authority_id"] == a])
            for a in names]:
        stats = kappa([r["ours"] for r in part], [r["theirs"] for r in part])
        out.append((name, *(stats[c] for c in SUMMARY_COLUMNS[1:-1]), len(whole) - len(part)))
    return Rows(SUMMARY_COLUMNS, out, ints=("n", "left_out"),
                floats=("agreement", "kappa", "kappa_low", "kappa_high"))


def summary(db: Db = None, authority: str | None = None, since: object = None,
            until: object = None) -> pd.DataFrame:
    """Kappa with its interval overall and per authority, and what was left out."""
    return summary_rows(db, authority, since, until).frame()


DISAGREEMENT_COLUMNS = ["authority_id", "ours", "external_state", "theirs", "reviewed", "wdtk_url", "response_url"]


def disagreement_rows(db: Db = None, authority: str | None = None, since: object = None,
                      until: object = None) -> Rows:
    """disagreements as plain rows (analysis.rows)."""
    comp = _comparable(list(pair_rows(db, authority, since, until).records()))
    return Rows(DISAGREEMENT_COLUMNS, (tuple(r[c] for c in DISAGREEMENT_COLUMNS)
                                       for r in comp if r["ours"] != r["theirs"]))


def disagreements(db: Db = None, authority: str | None = None, since: object = None,
                  until: object = None) -> pd.DataFrame:
    """The responses where our outcome and the requester's state differ, with both links."""
    return disagreement_rows(db, authority, since, until).frame()

"""Comparisons: one authority against all the others on one measure, and which provisions
are cited together.

A difference in rates between a force and the rest means little without a test: small forces
publish few responses, so every row carries a two-proportion z test and Fisher's exact test
(exact for the small cells the z test handles badly).
"""
from __future__ import annotations

import re

import pandas as pd

from analysis.db import closest, PARSED, Db, date_filter, read_sql
from analysis.outcomes import MEASURES, outcome_counts
from analysis.significance import fisher_exact, two_proportion_z, wilson
from analysis.usage import provision_expr

COMPARE_COLUMNS = [
    "authority_id", "authority", "measure", "count", "responses", "rate", "ci_low", "ci_high",
    "others_count", "others_responses", "others_rate", "difference", "z", "p_value", "fisher_p",
]
_PROVISION = re.compile(r"^(?:(?:FOISA|EISR) )?[sr]\d+[a-z]?(\(\w+\))*$")


def _counts_for(db: Db, measure: str, since: object = None, until: object = None) -> pd.DataFrame:
    """authority_id, authority, count, responses for a measure: an outcome measure
    ("refused", "ncnd", ...) or a provision cited ("s31" section, "s31(1)(a)" code), over the
    responses whose best date falls in [since, until] (all of them when neither is given)."""
    wide = outcome_counts(db, period=None, since=since, until=until)
    base = wide[["authority_id", "authority", "responses"]].copy()
    if measure in MEASURES:
        base["count"] = wide[measure]
        return base
    from analysis.categories import categories

    kinds = sorted({row["category"] for row in categories()})
    if not _PROVISION.match(measure) and measure not in kinds:
        raise ValueError(f"unknown measure {measure!r}: use one of {', '.join(MEASURES)}, "
                         "a provision such as s31 or s31(1)(a), or a category such as 'law enforcement'")
    # a category ("law enforcement") counts a response citing any provision in it, whatever
    # the statute: FOIA s31, FOISA s35, EIR r12(5)(b) (analysis/data/provision_categories.csv)
    by = "category" if measure in kinds else "section" if "(" not in measure else "code"
    dates, params = date_filter(since, until)
    cited = read_sql(db, f"""
        SELECT d.authority_id AS authority_id, COUNT(DISTINCT d.id) AS count
        FROM effective_disclosures d JOIN effective_exemptions e ON e.disclosure_id = d.id
        WHERE {PARSED} AND {provision_expr(by)} = :measure{dates}
        GROUP BY 1""", {"measure": measure, **params})
    known: list[str] = []
    if cited.empty:
        known = read_sql(db, f"SELECT DISTINCT {provision_expr(by)} AS p FROM effective_exemptions e "
                             f"WHERE {provision_expr(by)} IS NOT NULL")["p"].astype(str).tolist()
    if known:  # an empty store answers with an empty frame
        raise ValueError(f"{measure}: no stored response cites this "
                         f"{'category' if by == 'category' else 'provision'}"
                         f"{closest(measure, sorted(known + list(MEASURES)))}")
    base = base.merge(cited, on="authority_id", how="left")
    base["count"] = base["count"].fillna(0).astype("int64")
    return base


def compare(db: Db = None, measure: str = "refused", authority: str | None = None, *,
            since: object = None, until: object = None) -> pd.DataFrame:
    """Each authority (or only `authority`) against all the others pooled, on `measure`,
    over the responses whose best date falls in [since, until]."""
    counts = _counts_for(db, measure, since, until)
    total_k, total_n = int(counts["count"].sum()), int(counts["responses"].sum())
    rows = []
    for rec in counts.itertuples(index=False):
        if authority is not None and rec.authority_id != authority:
            continue
        k, n = int(rec.count), int(rec.responses)
        ok, on = total_k - k, total_n - n
        z, p = two_proportion_z(k, n, ok, on)
        rows.append({
            "authority_id": rec.authority_id, "authority": rec.authority, "measure": measure,
            "count": k, "responses": n, "rate": k / n if n else float("nan"),
            "others_count": ok, "others_responses": on,
            "others_rate": ok / on if on else float("nan"),
            "z": z, "p_value": p, "fisher_p": fisher_exact(k, n - k, ok, on - ok),
        })
    if authority is not None and not rows:
        when = f" between {since or 'the first'} and {until or 'the last'}" if (since or until) else ""
        raise ValueError(f"no responses from authority {authority!r}{when}")
    frame = pd.DataFrame(rows, columns=[c for c in COMPARE_COLUMNS if c not in ("ci_low", "ci_high", "difference")])
    frame["difference"] = frame["rate"] - frame["others_rate"]
    frame["ci_low"], frame["ci_high"] = wilson(frame["count"], frame["responses"])
    frame = frame[COMPARE_COLUMNS]
    return frame.sort_values(["p_value", "authority_id"], na_position="last").reset_index(drop=True)


def cooccurrence(db: Db = None, *, by: str = "section", authority: str | None = None,
                 since: object = None, until: object = None) -> pd.DataFrame:
    """Pairs of provisions cited in the same response: how many responses cite both, each
    one's total, and the Jaccard overlap (both / either); since/until keep responses whose
    best date falls between them."""
    prov = provision_expr(by)
    dates, params = date_filter(since, until)
    where = f"WHERE {PARSED}" + (" AND d.authority_id = :authority" if authority else "") + dates
    cited = f"""SELECT DISTINCT e.disclosure_id AS did, {prov} AS provision
                FROM effective_exemptions e JOIN effective_disclosures d ON d.id = e.disclosure_id {where}"""
    params.update({"authority": authority} if authority else {})
    pairs = read_sql(db, f"""
        WITH cited AS ({cited})
        SELECT a.provision AS provision_a, b.provision AS provision_b, COUNT(*) AS both_cited
        FROM cited a JOIN cited b ON a.did = b.did AND a.provision < b.provision
        GROUP BY 1, 2""", params)
    totals = read_sql(db, f"WITH cited AS ({cited}) SELECT provision, COUNT(*) AS n FROM cited GROUP BY 1",
                      params).set_index("provision")["n"]
    pairs["both_cited"] = pairs["both_cited"].astype("int64")
    pairs["a_cited"] = pairs["provision_a"].map(totals).astype("int64")
    pairs["b_cited"] = pairs["provision_b"].map(totals).astype("int64")
    pairs["jaccard"] = pairs["both_cited"] / (pairs["a_cited"] + pairs["b_cited"] - pairs["both_cited"])
    pairs = pairs.sort_values(["both_cited", "provision_a", "provision_b"], ascending=[False, True, True])
    return pairs[["provision_a", "provision_b", "both_cited", "a_cited", "b_cited", "jaccard"]].reset_index(drop=True)

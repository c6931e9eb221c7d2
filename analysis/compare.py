"""Comparisons: one authority against all the others on one measure, and which provisions
are cited together.

A difference in rates between a force and the rest means little without a test: small forces
publish few responses, so every row carries a two-proportion z test and Fisher's exact test
(exact for the small cells the z test handles badly).
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from analysis.db import closest, PARSED, Db, date_filter, fetch
from analysis.outcomes import MEASURES, outcome_count_rows
from analysis.rows import Rows, none_last
from analysis.rows import wilson as wilson_one
from analysis.significance import fisher_exact, two_proportion_z
from analysis.usage import provision_expr

if TYPE_CHECKING:  # pandas only for the frames: the terminal tables are drawn from Rows
    import pandas as pd

COMPARE_COLUMNS = [
    "authority_id", "authority", "measure", "count", "responses", "rate", "ci_low", "ci_high",
    "others_count", "others_responses", "others_rate", "difference", "z", "p_value", "fisher_p",
]
_PROVISION = re.compile(r"^(?:(?:FOISA|EISR) )?[sr]\d+[a-z]?(\(\w+\))*$")


def _counts_for(db: Db, measure: str, since: object = None,
                until: object = None) -> list[tuple[str | None, str | None, int, int]]:
    """(authority_id, authority, count, responses) for a measure: an outcome measure
    ("refused", "ncnd", ...) or a provision cited ("s31" section, "s31(1)(a)" code), over the
    responses whose best date falls in [since, until] (all of them when neither is given)."""
    wide = list(outcome_count_rows(db, period=None, since=since, until=until).records())
    if measure in MEASURES:
        return [(r["authority_id"], r["authority"], r[measure], r["responses"]) for r in wide]
    from analysis.categories import categories

    kinds = sorted({row["category"] for row in categories()})
    if not _PROVISION.match(measure) and measure not in kinds:
        raise ValueError(f"unknown measure {measure!r}: use one of {', '.join(MEASURES)}, "
                         "a provision such as s31 or s31(1)(a), or a category such as 'law enforcement'")
    # a category ("law enforcement") counts a response citing any provision in it, whatever
    # the statute: FOIA s31, FOISA s35, EIR r12(5)(b) (analysis/data/provision_categories.csv)
    by = "category" if measure in kinds else "section" if "(" not in measure else "code"
    dates, params = date_filter(since, until)
    cited = {aid: int(n) for aid, n in fetch(db, f"""
        SELECT d.authority_id AS authority_id, COUNT(DISTINCT d.id) AS count
        FROM effective_disclosures d JOIN effective_exemptions e ON e.disclosure_id = d.id
        WHERE {PARSED} AND {provision_expr(by)} = :measure{dates}
        GROUP BY 1""", {"measure": measure, **params})}
    known: list[str] = []
    if not cited:
        known = [str(p) for (p,) in fetch(db, f"SELECT DISTINCT {provision_expr(by)} AS p FROM effective_exemptions e "
                                             f"WHERE {provision_expr(by)} IS NOT NULL")]
    if known:  # an empty store answers with an empty frame
        raise ValueError(f"{measure}: no stored response cites this "
                         f"{'category' if by == 'category' else 'provision'}"
                         f"{closest(measure, sorted(known + list(MEASURES)))}")
    return [(r["authority_id"], r["authority"], cited.get(r["authority_id"], 0), r["responses"]) for r in wide]


def compare_rows(db: Db = None, measure: str = "refused", authority: str | None = None, *,
                 since: object = None, until: object = None) -> Rows:
    """compare as plain rows (analysis.rows)."""
    counts = _counts_for(db, measure, since, until)
    total_k, total_n = sum(c[2] for c in counts), sum(c[3] for c in counts)
    rows = []
    for aid, name, k, n in counts:
        if authority is not None and aid != authority:
            continue
        ok, on = total_k - k, total_n - n
        z, p = two_proportion_z(k, n, ok, on)
        rate = k / n if n else math.nan
        others_rate = ok / on if on else math.nan
        rows.append((aid, name, measure, k, n, rate, *wilson_one(k, n), ok, on, others_rate,
                     rate - others_rate, z, p, fisher_exact(k, n - k, ok, on - ok)))
    if authority is not None and not rows:
        when = f" between {since or 'the first'} and {until or 'the last'}" if (since or until) else ""
        raise ValueError(f"no responses from authority {authority!r}{when}")
    rows.sort(key=lambda r: (none_last(r[13]), none_last(r[0])))  # p_value, then authority, NaN last
    return Rows(COMPARE_COLUMNS, rows, ints=("count", "responses", "others_count", "others_responses"),
                floats=("rate", "ci_low", "ci_high", "others_rate", "difference", "z", "p_value", "fisher_p"))


def compare(db: Db = None, measure: str = "refused", authority: str | None = None, *,
            since: object = None, until: object = None) -> pd.DataFrame:
    """Each authority (or only `authority`) against all the others pooled, on `measure`,
    over the responses whose best date falls in [since, until]."""
    return compare_rows(db, measure, authority, since=since, until=until).frame()


def cooccurrence_rows(db: Db = None, *, by: str = "section", authority: str | None = None,
                      since: object = None, until: object = None) -> Rows:
    """cooccurrence as plain rows (analysis.rows). One query: the pairs and each provision's
    total read the cited provisions once (two queries read them twice, a second each at a
    million responses)."""
    prov = provision_expr(by)
    dates, params = date_filter(since, until)
    where = f"WHERE {PARSED}" + (" AND d.authority_id = :authority" if authority else "") + dates
    cited = f"""SELECT DISTINCT e.disclosure_id AS did, {prov} AS provision
                FROM effective_exemptions e JOIN effective_disclosures d ON d.id = e.disclosure_id {where}"""
    params.update({"authority": authority} if authority else {})
    found = fetch(db, f"""
        WITH cited AS ({cited})
        SELECT 1 AS pair, a.provision AS provision_a, b.provision AS provision_b, COUNT(*) AS n
        FROM cited a JOIN cited b ON a.did = b.did AND a.provision < b.provision
        GROUP BY 2, 3
        UNION ALL
        SELECT 0, provision, NULL, COUNT(*) FROM cited GROUP BY 2""", params)
    totals = {a: int(n) for pair, a, _, n in found if not pair}
    out = []
    for pair, a, b, n in found:
        if pair:
            both, ta, tb = int(n), totals[a], totals[b]
            out.append((a, b, both, ta, tb, both / (ta + tb - both)))
    out.sort(key=lambda r: (-r[2], r[0], r[1]))
    return Rows(["provision_a", "provision_b", "both_cited", "a_cited", "b_cited", "jaccard"], out,
                ints=("both_cited", "a_cited", "b_cited"), floats=("jaccard",))


def cooccurrence(db: Db = None, *, by: str = "section", authority: str | None = None,
                 since: object = None, until: object = None) -> pd.DataFrame:
    """Pairs of provisions cited in the same response: how many responses cite both, each
    one's total, and the Jaccard overlap (both / either); since/until keep responses whose
    best date falls between them."""
    return cooccurrence_rows(db, by=by, authority=authority, since=since, until=until).frame()

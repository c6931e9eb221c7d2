"""Exemption usage: how often each authority relies on each provision, as a share of all the
responses it published in the period. The denominator is every response (not only refusals)
because the question researchers ask is "how often does force X reach for s31"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.db import PARSED, Db, by_day, date_filter, fetch, period_expr
from analysis.rows import Rows, none_first, ratio
from analysis.rows import wilson as wilson_one

if TYPE_CHECKING:  # pandas only for the frames: the terminal tables are drawn from Rows
    import pandas as pd

USAGE_COLUMNS = [
    "authority_id", "authority", "period", "provision", "responses_citing", "responses",
    "share", "ci_low", "ci_high",
]


# Scotland's statutes number their provisions differently (FOISA s35 is law enforcement,
# FOIA s31 is; FOISA s31 is national security), so their provisions carry the statute's name
# and never pool with the FOIA/EIR ones that share a number.
QUALIFIED_STATUTES = ("FOISA", "EISR")


def provision_label(code: str, statute: str | None) -> str:
    """Python twin of provision_expr for a full code: "s31(1)(a)" or "FOISA s35(1)(a)"."""
    return f"{statute} {code}" if statute in QUALIFIED_STATUTES else code


def provision_expr(by: str, alias: str = "e") -> str:
    """SQL naming a provision: "s31" by section (the code's letter keeps FOIA s12 apart from
    EIR r12), or the full code "s31(1)(a)"; Scottish ones as "FOISA s35"; by "category", the
    cross-statute category (analysis.categories: "law enforcement" for FOIA s31, FOISA s35)."""
    if by == "category":
        from analysis.categories import category_expr

        return category_expr(alias)
    base = f"{alias}.code" if by == "code" else f"substr({alias}.code, 1, 1) || {alias}.section"
    scottish = ", ".join(f"'{s}'" for s in QUALIFIED_STATUTES)
    return f"CASE WHEN {alias}.statute IN ({scottish}) THEN {alias}.statute || ' ' || {base} ELSE {base} END"


def usage_rows(
    db: Db = None,
    *,
    by: str = "section",
    period: str | None = "year",
    by_authority: bool = True,
    authority: str | None = None,
    since: object = None,
    until: object = None,
) -> Rows:
    """exemption_usage as plain rows (analysis.rows)."""
    if by not in ("section", "code", "category"):
        raise ValueError(f"by must be 'section', 'code' or 'category', not {by!r}")
    per = period_expr(period)
    group = "d.authority_id" if by_authority else "'*'"
    dates, params = date_filter(since, until)
    where = f"WHERE {PARSED}" + (" AND d.authority_id = :authority" if authority else "") + dates
    params.update({"authority": authority} if authority else {})
    cited = fetch(db, f"""
        SELECT {group} AS authority_id, {per} AS period, {provision_expr(by)} AS provision,
               COUNT(DISTINCT d.id) AS responses_citing
        FROM effective_disclosures d JOIN effective_exemptions e ON e.disclosure_id = d.id
        {where}
        GROUP BY 1, 2, 3""", params)
    totals = {(a, p): (int(n), name) for a, p, n, name in fetch(db, f"""
        SELECT {group} AS authority_id, {per} AS period, SUM(d.responses) AS responses,
               MAX(d.authority) AS authority
        FROM ({by_day("COUNT(*) AS responses", where)}) d
        GROUP BY 1, 2""", params)}
    out = []
    for aid, per_, provision, citing in cited:
        n, name = totals[(aid, per_)]  # every cited response is counted in its group's total
        citing = int(citing)
        out.append((aid, name if by_authority else "All authorities", per_, provision, citing, n,
                    ratio(citing, n), *wilson_one(citing, n)))
    # as pandas' sort_values(["authority_id", "period", "responses_citing", "provision"],
    # ascending=[True, True, False, True], na_position="first")
    out.sort(key=lambda r: (none_first(r[0]), none_first(r[2]), -r[4], none_first(r[3])))
    return Rows(USAGE_COLUMNS, out, ints=("responses_citing", "responses"), floats=("share", "ci_low", "ci_high"))


def exemption_usage(
    db: Db = None,
    *,
    by: str = "section",
    period: str | None = "year",
    by_authority: bool = True,
    authority: str | None = None,
    since: object = None,
    until: object = None,
) -> pd.DataFrame:
    """Responses citing each provision per authority and period, with a Wilson 95% interval.

    by: "section" ("s31"), "code" ("s31(1)(a)") or "category" ("law enforcement"); period: "year", "month" or None (all time);
    by_authority=False pools every authority (authority_id "*"); authority limits to one id;
    since/until (dates) keep responses whose best date falls between them.
    A response citing s31(1)(a) and s31(1)(b) counts once for section 31.
    """
    return usage_rows(db, by=by, period=period, by_authority=by_authority, authority=authority,
                      since=since, until=until).frame()


def top_exemptions(db: Db = None, *, by: str = "section", limit: int = 10) -> pd.DataFrame:
    """The most cited provisions across every authority, all time."""
    frame = exemption_usage(db, by=by, period=None, by_authority=False)
    return frame.head(limit).drop(columns=["authority_id", "authority", "period"]).reset_index(drop=True)

"""Outcomes and refusal trends: the share of an authority's responses that were disclosed,
partly withheld, refused, not held, or neither confirmed nor denied, per period.

Cost-limit refusals (s12) are counted apart from refusals on exemptions: a s12 refusal says
the request was too big, not that the information is too sensitive, and journalists who
compare "refusal rates" need to tell the two apart.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from analysis.db import PARSED, Db, by_day, date_filter, fetch, period_expr
from analysis.rows import Rows, none_first, ratio
from analysis.rows import wilson as wilson_one

if TYPE_CHECKING:  # pandas only for the frames: the terminal tables are drawn from Rows
    import pandas as pd

OUTCOMES = ("disclosed", "partial", "refused", "not_held")
# every measure is a share of ALL responses in the group (outcome unknown included), so the
# five outcome shares sum to 1 and NCND / s12 rates are on the same base
MEASURES = (*OUTCOMES, "unknown", "ncnd", "refused_s12", "refused_other", "withheld")

OUTCOME_COLUMNS = ["authority_id", "authority", "period", "measure", "count", "responses",
                   "rate", "ci_low", "ci_high"]

# The responses citing the cost limit, as one derived table read once: a correlated EXISTS
# over the effective_exemptions view made SQLite rebuild the view for every refused
# response (47 s for 20,000 responses, bench/scale.py).
_S12_IDS = "(SELECT DISTINCT x.disclosure_id FROM effective_exemptions x WHERE x.code LIKE 's12%')"


COUNTS = ("responses", *OUTCOMES, "unknown", "ncnd", "refused_s12", "refused_other", "withheld")


def outcome_count_rows(db: Db = None, *, period: str | None = "year", by_authority: bool = True,
                       authority: str | None = None, since: object = None, until: object = None) -> Rows:
    """outcome_counts as plain rows (analysis.rows), in the same order."""
    per = period_expr(period)
    group = "d.authority_id" if by_authority else "'*'"
    dates, params = date_filter(since, until)
    where = f"WHERE {PARSED}" + (" AND d.authority_id = :authority" if authority else "") + dates
    params.update({"authority": authority} if authority else {})
    sums = ",\n".join(
        f"SUM(CASE WHEN d.outcome = '{o}' THEN 1 ELSE 0 END) AS {o}" for o in OUTCOMES
    )
    day = by_day(f"""COUNT(*) AS responses, {sums},
               SUM(CASE WHEN d.outcome IS NULL THEN 1 ELSE 0 END) AS unknown,
               SUM(CASE WHEN d.ncnd THEN 1 ELSE 0 END) AS ncnd""", where)
    found = fetch(db, f"""
        SELECT {group} AS authority_id, MAX(d.authority) AS authority, {per} AS period,
               {", ".join(f"SUM(d.{c}) AS {c}" for c in ("responses", *OUTCOMES, "unknown", "ncnd"))}
        FROM ({day}) d
        GROUP BY 1, 3
        ORDER BY 1, 3""", params)
    # The cost-limit refusals apart: joining them to every response made PostgreSQL hash-join
    # a million rows (2.3 s at a million responses against 0.65 s + 0.3 s for the two).
    s12 = {(aid, p): int(n) for aid, p, n in fetch(db, f"""
        SELECT {group} AS authority_id, {per} AS period, COUNT(*) AS n
        FROM effective_disclosures d {where} AND d.outcome = 'refused' AND d.id IN {_S12_IDS}
        GROUP BY 1, 2""", params)}
    out = []
    for rec in found.records():
        counts = {c: int(rec[c] or 0) for c in ("responses", *OUTCOMES, "unknown", "ncnd")}
        counts["refused_s12"] = s12.get((rec["authority_id"], rec["period"]), 0)
        counts["refused_other"] = counts["refused"] - counts["refused_s12"]
        counts["withheld"] = counts["refused"] + counts["partial"]
        name = rec["authority"] if by_authority else "All authorities"
        out.append((rec["authority_id"], name, rec["period"], *(counts[c] for c in COUNTS)))
    return Rows(["authority_id", "authority", "period", *COUNTS], out, ints=COUNTS)


def outcome_counts(db: Db = None, *, period: str | None = "year", by_authority: bool = True,
                   authority: str | None = None, since: object = None, until: object = None) -> pd.DataFrame:
    """One row per (authority, period): responses and the count behind every measure (wide)."""
    return outcome_count_rows(db, period=period, by_authority=by_authority, authority=authority,
                              since=since, until=until).frame()


def outcome_rate_rows(db: Db = None, *, period: str | None = "year", by_authority: bool = True,
                      authority: str | None = None, measures: tuple[str, ...] = MEASURES,
                      since: object = None, until: object = None) -> Rows:
    """outcome_rates as plain rows (analysis.rows)."""
    wide = outcome_count_rows(db, period=period, by_authority=by_authority, authority=authority,
                              since=since, until=until)
    order = {m: i for i, m in enumerate(measures)}
    out = []
    for measure in measures:  # as pandas' melt, then its stable sort
        for rec in wide.records():
            k, n = rec[measure], rec["responses"]
            out.append((rec["authority_id"], rec["authority"], rec["period"], measure, k, n, ratio(k, n),
                        *wilson_one(k, n)))
    out.sort(key=lambda r: (none_first(r[0]), none_first(r[2]), order[r[3]]))
    return Rows(OUTCOME_COLUMNS, out, ints=("count", "responses"), floats=("rate", "ci_low", "ci_high"))


def outcome_rates(db: Db = None, *, period: str | None = "year", by_authority: bool = True,
                  authority: str | None = None, measures: tuple[str, ...] = MEASURES,
                  since: object = None, until: object = None) -> pd.DataFrame:
    """Tidy rates: one row per (authority, period, measure) with a Wilson 95% interval."""
    return outcome_rate_rows(db, period=period, by_authority=by_authority, authority=authority,
                             measures=measures, since=since, until=until).frame()


def refusal_rates(db: Db = None, *, period: str | None = None) -> pd.DataFrame:
    """Per authority: responses, refused, NCND and s12 refusals with rates (the demo summary)."""
    wide = outcome_counts(db, period=period)
    frame = wide[["authority_id", "authority", "period", "responses", "refused", "refused_s12",
                  "ncnd", "withheld"]].copy()
    frame["refusal_rate"] = frame["refused"] / frame["responses"]
    frame["ncnd_rate"] = frame["ncnd"] / frame["responses"]
    return frame.sort_values(["refusal_rate", "authority_id"], ascending=[False, True]).reset_index(drop=True)


def refusal_table(db: Db = None, *, authority: str | None = None, since: object = None,
                  until: object = None, measure: str = "refused") -> pd.DataFrame:
    """Wide: one row per authority, one column per year, each cell the share of that year's
    responses with `measure` (refused by default); a year with fewer than 10 responses is
    kept but its cell is marked by the `<year>_n` count beside it, so a reader sees how
    little stands behind it."""
    import pandas as pd

    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    wide = outcome_counts(db, period="year", authority=authority, since=since, until=until)
    if wide.empty:
        return pd.DataFrame(columns=["authority_id", "authority", "responses"])
    wide["rate"] = wide[measure] / wide["responses"]
    years = sorted(wide["period"].unique())
    rates = wide.pivot(index="authority_id", columns="period", values="rate").reindex(columns=years)
    counts = wide.pivot(index="authority_id", columns="period", values="responses").reindex(columns=years)
    out = pd.DataFrame(index=rates.index)
    out["authority"] = wide.groupby("authority_id")["authority"].max()
    out["responses"] = wide.groupby("authority_id")["responses"].sum()
    for year in years:
        out[str(year)] = rates[year].round(3)
        out[f"{year}_n"] = counts[year].fillna(0).astype("int64")
    return out.reset_index()


SMALL_YEAR = 10  # fewer responses than this in a year: its rate is marked, not hidden


def _cell(rate: float, n: int) -> str:
    if not n:
        return "-"
    return f"{'~' if n < SMALL_YEAR else ''}{rate:.0%} ({n})"


def _round3(x: float) -> float:
    """numpy's round(x, 3) (what the frame's cells hold): x*1000 rounded half to even, /1000."""
    return x if math.isnan(x) or math.isinf(x) else round(x * 1000) / 1000


def refusal_text_rows(db: Db = None, *, authority: str | None = None, since: object = None,
                      until: object = None, measure: str = "refused") -> Rows:
    """refusal_table_text(refusal_table(...)) as plain rows, for the terminal without pandas."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; use one of {', '.join(MEASURES)}")
    wide = outcome_count_rows(db, period="year", authority=authority, since=since, until=until)
    years = sorted({r["period"] for r in wide.records()})
    per: dict[str, dict[str, tuple[float, int]]] = {}
    total: dict[str, int] = {}
    for rec in wide.records():
        if rec["authority_id"] is None:  # pandas' pivot and groupby leave a NULL authority out
            continue
        per.setdefault(rec["authority_id"], {})[rec["period"]] = (_round3(ratio(rec[measure], rec["responses"])),
                                                                   rec["responses"])
        total[rec["authority_id"]] = total.get(rec["authority_id"], 0) + rec["responses"]
    out = []
    for aid in sorted(per):
        cells = [_cell(*per[aid].get(y, (math.nan, 0))) for y in years]
        out.append((aid, total[aid], *cells))
    return Rows(["authority_id", "responses", *map(str, years)], out, ints=("responses",))


def refusal_table_text(frame: pd.DataFrame) -> pd.DataFrame:
    """refusal_table for a terminal: one column per year holding 'rate% (n)', '~' before a
    rate from fewer than SMALL_YEAR responses, '-' for a year with none."""
    years = [c for c in frame.columns if f"{c}_n" in frame.columns]
    out = frame[["authority_id", "responses"]].copy()
    for year in years:
        def cell(rate, n):  # type: ignore[no-untyped-def]
            if not n:
                return "-"
            return f"{'~' if n < SMALL_YEAR else ''}{rate:.0%} ({n})"
        out[year] = [cell(r, int(n)) for r, n in zip(frame[year], frame[f"{year}_n"])]
    return out


DATE_SOURCES = ("response", "published", "request", "url")


def date_source_rows(db: Db = None, *, authority: str | None = None, since: object = None,
                     until: object = None) -> Rows:
    """date_sources as plain rows (analysis.rows)."""
    dates, params = date_filter(since, until)
    where = f"WHERE {PARSED}" + (" AND d.authority_id = :authority" if authority else "") + dates
    params.update({"authority": authority} if authority else {})
    sums = ", ".join(f"SUM(CASE WHEN d.date_source = '{s}' THEN 1 ELSE 0 END) AS {s}" for s in DATE_SOURCES)
    counts = ["responses", *DATE_SOURCES, "undated"]
    day = by_day(f"COUNT(*) AS responses, {sums}, SUM(CASE WHEN d.best_date IS NULL THEN 1 ELSE 0 END) AS undated",
                 where)
    found = fetch(db, f"""
        SELECT d.authority_id AS authority_id, {", ".join(f"SUM(d.{c}) AS {c}" for c in counts)},
               MIN(CAST(d.best_date AS TEXT)) AS first, MAX(CAST(d.best_date AS TEXT)) AS last
        FROM ({day}) d
        GROUP BY 1 ORDER BY 1""", params)
    out = [(r["authority_id"], *(int(r[c] or 0) for c in counts), r["first"], r["last"]) for r in found.records()]
    if len(out) > 1:
        firsts = [r[-2] for r in out if r[-2] is not None]
        lasts = [r[-1] for r in out if r[-1] is not None]
        out.append(("*", *(sum(r[1 + i] for r in out) for i in range(len(counts))),
                    min(firsts) if firsts else None, max(lasts) if lasts else None))
    return Rows(["authority_id", *counts, "first", "last"], out, ints=counts)


def date_sources(db: Db = None, *, authority: str | None = None, since: object = None,
                 until: object = None) -> pd.DataFrame:
    """Per authority (and '*' for all): how many responses are dated from each source
    (store.api.best_date's order: response, published, request, url) and how many are
    undated, with the first and last best date, so a reader sees what the dates rest on."""
    return date_source_rows(db, authority=authority, since=since, until=until).frame()

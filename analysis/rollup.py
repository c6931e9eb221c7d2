"""Monthly rollups of the counts behind `foi stats` (migration 0012), so a statistic over a
million responses sums a few thousand kept rows instead of joining 800,000 exemptions to
their responses every time.

What is kept, per (authority, month of the best date; NULL for undated):
- analysis_rollup_outcomes: the responses, each outcome, unknown, NCND and cost-limit
  refusals, with the authority's name (MAX): what outcome_count_rows and usage's totals sum;
- analysis_rollup_cited: per provision (by section, code and category), how many distinct
  responses cite it: usage, compare on a provision and co-occurrence's totals;
- analysis_rollup_pairs: per pair of provisions, how many responses cite both;
- analysis_rollup_months: the first and last best date each month holds.

Every count is additive over months (a response has one best date, so it falls in one
month). A --since/--until range is answered exactly from the months it covers whole (every
stored date of that month, first to last, lies within the bounds: checked against the kept
first and last dates, not the calendar) plus the base tables for the responses of the other
months that fall in the range (at most the two edge months).

Never stale: the rollup is kept with the fingerprint of what it was built from (count, latest
id and latest parse time of the responses, the review corrections' count and latest time,
their grounds', and the provision categories' rule); a statistic whose store no longer
matches it reads the base tables as before. It is rebuilt by `refresh`, which the writers
call when they finish (`foi crawl`, `foi reparse`, `foi review set/unset`, `foi db refresh`).
"""
from __future__ import annotations

import os
import time
import zlib
from datetime import datetime, timezone
from typing import Any

from analysis.db import EVENT_DATE, PARSED, Db, _without_corrections, corrections_fingerprint, dialect, fetch, plain_views, write_sql

VERSION = 1
STATE = "analysis_rollup_state"
KINDS = ("section", "code", "category")
MONTH = f"substr(CAST({EVENT_DATE} AS TEXT), 1, 7)"
DAY = f"CAST({EVENT_DATE} AS TEXT)"
# Two refreshes at once on PostgreSQL (two crawlers ending together) would each delete the
# rows it sees and insert its own: one waits for the other (a transaction's advisory lock).
_LOCK = "SELECT pg_advisory_xact_lock(7237410563620630)"
OUTCOME_COLS = ("responses", "disclosed", "partial", "refused", "not_held", "unknown", "ncnd", "refused_s12")


def disabled() -> bool:
    """FOI_NO_ROLLUP=1 reads the base tables (the benchmark's before, and tests)."""
    return os.environ.get("FOI_NO_ROLLUP", "") not in ("", "0")


def _value(v: Any) -> Any:
    """A fingerprint value the same whichever driver read it (a PostgreSQL timestamp comes
    back as a datetime, SQLite's as text)."""
    if isinstance(v, datetime):
        return (v.astimezone(timezone.utc) if v.tzinfo else v).isoformat()
    if v is None or isinstance(v, (int, str)):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return str(v)


def fingerprint(db: Db) -> str:
    """What the rollup depends on, read from indexes (as the families' fingerprint), with
    the exemptions' count and latest id (a store writes them with their response, which
    stamps parsed_at; these catch a change made to the exemptions alone)."""
    from analysis.categories import category_expr

    row = fetch(db, """SELECT (SELECT COUNT(*) FROM disclosures) AS n, (SELECT MAX(id) FROM disclosures) AS hi,
                              (SELECT MAX(parsed_at) FROM disclosures) AS parsed,
                              (SELECT COUNT(*) FROM exemptions) AS e, (SELECT MAX(id) FROM exemptions) AS eid""").data[0]
    return repr((VERSION, [_value(v) for v in row], corrections_fingerprint(db),
                 zlib.crc32(category_expr("e").encode())))


def fresh(db: Db) -> bool:
    """True when the kept rollup was built from the store as it is now."""
    return not disabled() and current(db)


def current(db: Db) -> bool:
    """True when the kept rollup matches the store (whatever FOI_NO_ROLLUP says)."""
    try:
        kept = fetch(db, f"SELECT fingerprint FROM {STATE} WHERE name = 'stats'").data
    except Exception:  # noqa: BLE001 - a store before 0012: no rollup
        return False
    return bool(kept) and kept[0][0] == fingerprint(db)


def _build_statements(db: Db) -> list[tuple[str, Any]]:
    from analysis.outcomes import _S12_IDS
    from analysis.usage import provision_expr

    outcomes = ", ".join(f"SUM(CASE WHEN d.outcome = '{o}' THEN 1 ELSE 0 END)"
                         for o in ("disclosed", "partial", "refused", "not_held"))
    statements = [
        (f"DELETE FROM {STATE} WHERE name = 'stats'", None),
        ("DELETE FROM analysis_rollup_outcomes", None),
        ("DELETE FROM analysis_rollup_cited", None),
        ("DELETE FROM analysis_rollup_pairs", None),
        ("DELETE FROM analysis_rollup_months", None),
        (f"""INSERT INTO analysis_rollup_months (month, first_date, last_date)
             SELECT {MONTH}, MIN({DAY}), MAX({DAY}) FROM disclosures d
             WHERE {EVENT_DATE} IS NOT NULL GROUP BY 1""", None),
        (f"""INSERT INTO analysis_rollup_outcomes (authority_id, month, authority, {', '.join(OUTCOME_COLS)})
             SELECT d.authority_id, {MONTH}, MAX(d.authority), COUNT(*), {outcomes},
                    SUM(CASE WHEN d.outcome IS NULL THEN 1 ELSE 0 END),
                    SUM(CASE WHEN d.ncnd THEN 1 ELSE 0 END),
                    SUM(CASE WHEN d.outcome = 'refused' AND d.id IN {_S12_IDS} THEN 1 ELSE 0 END)
             FROM effective_disclosures d WHERE {PARSED} GROUP BY 1, 2""", None),
    ]
    for kind in KINDS:
        cited = f"""SELECT DISTINCT e.disclosure_id AS did, d.authority_id AS authority_id, {MONTH} AS month,
                           {provision_expr(kind)} AS provision
                    FROM effective_exemptions e JOIN effective_disclosures d ON d.id = e.disclosure_id
                    WHERE {PARSED}"""
        # the cited provisions once into a temporary table, read by both counts (a join of
        # every exemption to its response each time cost as much as both counts together)
        statements += [
            ("DROP TABLE IF EXISTS rollup_cited_tmp", None),
            (f"CREATE TEMPORARY TABLE rollup_cited_tmp AS {cited}", None),
            ("CREATE INDEX rollup_cited_tmp_did ON rollup_cited_tmp (did, provision)", None),
            (f"""INSERT INTO analysis_rollup_cited (kind, authority_id, month, provision, responses)
             SELECT '{kind}', authority_id, month, provision, COUNT(*) FROM rollup_cited_tmp
             GROUP BY authority_id, month, provision""", None),
            (f"""INSERT INTO analysis_rollup_pairs (kind, authority_id, month, provision_a, provision_b, responses)
             SELECT '{kind}', a.authority_id, a.month, a.provision, b.provision, COUNT(*)
             FROM rollup_cited_tmp a JOIN rollup_cited_tmp b ON a.did = b.did AND a.provision < b.provision
             GROUP BY a.authority_id, a.month, a.provision, b.provision""", None),
            ("DROP TABLE rollup_cited_tmp", None)]
    if _without_corrections(lambda q: fetch(db, q).data):
        statements = [(plain_views(sql), p) for sql, p in statements]
    return _locked(db, statements)


def _locked(db: Db, statements: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [(_LOCK, None), *statements] if dialect(db) == "postgresql" else statements


def refresh(db: Db, *, force: bool = False) -> float | None:
    """Rebuild the rollup when the store changed since it was built (always with `force`);
    the seconds it took, or None when it was already current or could not be kept (a store
    before 0012, or the store changed while it was being built: then the statistics read
    the base tables until the next refresh)."""
    try:
        before = fingerprint(db)
        if not force and fetch(db, f"SELECT fingerprint FROM {STATE} WHERE name = 'stats'").data == [(before,)]:
            return None
    except Exception:  # noqa: BLE001 - a store before 0012 (or before corrections): nothing kept
        return None
    t0 = time.perf_counter()
    write_sql(db, _build_statements(db))
    if fingerprint(db) != before:  # a write landed during the build: keep no fingerprint
        return None
    seconds = time.perf_counter() - t0
    write_sql(db, _locked(db, [(f"DELETE FROM {STATE} WHERE name = 'stats'", None), (f"INSERT INTO {STATE} (name, fingerprint, computed_at, seconds) VALUES ('stats', :f, :c, :s)",
                    {"f": before, "c": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                     "s": round(seconds, 2)})]))
    return seconds


def review_refresh_limit() -> int:
    """Up to how many responses `foi review set`/`unset` rebuild the rollup themselves
    (FOI_REVIEW_REFRESH_LIMIT; 200,000 by default, a rebuild of some ten seconds here)."""
    import os

    try:
        return int(os.environ.get("FOI_REVIEW_REFRESH_LIMIT", "200000"))
    except ValueError:
        return 200_000


def refresh_quietly(db: Db) -> None:
    """refresh for the writers' last step: a failure here must not fail the crawl or the
    correction that was already stored (the statistics then read the base tables)."""
    try:
        refresh(db)
    except Exception as exc:  # noqa: BLE001
        import sys

        print(f"note: the statistics' rollup was not refreshed ({exc}); `foi db refresh` rebuilds it",
              file=sys.stderr)


# --- reading ----------------------------------------------------------------------------

def _split(db: Db, since: Any, until: Any) -> tuple[str, dict[str, Any], str | None, dict[str, Any]]:
    """(condition on rollup rows `r`, its params, condition on base rows `d` for the edge
    months or None, its params) for [since, until] (already as date_filter gives them)."""
    if not since and not until:
        return "1 = 1", {}, None, {}
    lo = str(since)[:10] if since else None
    hi = str(until)[:10] if until else None
    whole, edges = [], []
    for month, first, last in fetch(db, "SELECT month, first_date, last_date FROM analysis_rollup_months"):
        if (lo is None or lo <= first) and (hi is None or last <= hi):
            whole.append(month)
        elif (lo is None or lo <= last) and (hi is None or first <= hi):
            edges.append((first, last))
    rp = {f"rm{i}": m for i, m in enumerate(whole)}
    rcond = f"r.month IN ({', '.join(':' + k for k in rp)})" if rp else "1 = 0"
    if not edges:
        return rcond, rp, None, {}
    ep: dict[str, Any] = {}
    parts = []
    for i, (first, last) in enumerate(edges):
        ep[f"ef{i}"], ep[f"el{i}"] = first, last
        parts.append(f"({DAY} >= :ef{i} AND {DAY} <= :el{i})")
    return rcond, rp, " AND (" + " OR ".join(parts) + ")", ep


def outcome_days(db: Db, where: str, params: dict[str, Any], authority: str | None,
                 since: Any, until: Any) -> tuple[str, dict[str, Any]]:
    """A derived table of (authority_id, best_date: a month or a day as text, authority,
    OUTCOME_COLS) whose sums per group are outcome_count_rows' counts over `where` (the
    base filter with date_filter's bounds): kept months plus the base rows of edge months."""
    from analysis.db import by_day
    from analysis.outcomes import _S12_IDS, OUTCOMES

    rcond, rp, edge, ep = _split(db, since, until)
    if authority:
        rcond += " AND r.authority_id = :authority"
    parts = [f"SELECT r.authority_id AS authority_id, r.month AS best_date, r.authority AS authority, "
             f"{', '.join('r.' + c + ' AS ' + c for c in OUTCOME_COLS)} FROM analysis_rollup_outcomes r WHERE {rcond}"]
    if edge:
        sums = ", ".join(f"SUM(CASE WHEN d.outcome = '{o}' THEN 1 ELSE 0 END) AS {o}" for o in OUTCOMES)
        day = by_day(f"""COUNT(*) AS responses, {sums},
                   SUM(CASE WHEN d.outcome IS NULL THEN 1 ELSE 0 END) AS unknown,
                   SUM(CASE WHEN d.ncnd THEN 1 ELSE 0 END) AS ncnd""", where + edge)
        parts.append(f"SELECT x.authority_id, CAST(x.best_date AS TEXT), x.authority, "
                     f"{', '.join('x.' + c for c in OUTCOME_COLS[:-1])}, 0 FROM ({day}) x")
        parts.append(f"SELECT d.authority_id, {DAY}, NULL, 0, 0, 0, 0, 0, 0, 0, COUNT(*) "
                     f"FROM effective_disclosures d {where}{edge} AND d.outcome = 'refused' AND d.id IN {_S12_IDS} "
                     f"GROUP BY 1, 2")
    return " UNION ALL ".join(parts), {**params, **rp, **ep}


def cited_rows_sql(db: Db, kind: str, where: str, params: dict[str, Any], authority: str | None,
                   since: Any, until: Any) -> tuple[str, dict[str, Any]]:
    """A derived table of (authority_id, best_date, provision, responses): distinct responses
    citing each provision, summed per group, as the base join over `where` counts them."""
    from analysis.usage import provision_expr

    rcond, rp, edge, ep = _split(db, since, until)
    if authority:
        rcond += " AND r.authority_id = :authority"
    parts = [f"SELECT r.authority_id AS authority_id, r.month AS best_date, r.provision AS provision, "
             f"r.responses AS responses FROM analysis_rollup_cited r WHERE r.kind = '{kind}' AND {rcond}"]
    if edge:
        parts.append(f"""SELECT d.authority_id, {DAY}, {provision_expr(kind)}, COUNT(DISTINCT d.id)
            FROM effective_disclosures d JOIN effective_exemptions e ON e.disclosure_id = d.id
            {where}{edge} GROUP BY 1, 2, 3""")
    return " UNION ALL ".join(parts), {**params, **rp, **ep}


def pairs_rows_sql(db: Db, kind: str, where: str, params: dict[str, Any], authority: str | None,
                   since: Any, until: Any) -> tuple[str, dict[str, Any]]:
    """A derived table of (provision_a, provision_b, n) with provision_b NULL for each
    provision's total, as cooccurrence_rows' one query gives them (before grouping)."""
    from analysis.usage import provision_expr

    rcond, rp, edge, ep = _split(db, since, until)
    if authority:
        rcond += " AND r.authority_id = :authority"
    parts = [f"SELECT r.provision_a AS provision_a, r.provision_b AS provision_b, r.responses AS n "
             f"FROM analysis_rollup_pairs r WHERE r.kind = '{kind}' AND {rcond}",
             f"SELECT r.provision, NULL, r.responses FROM analysis_rollup_cited r WHERE r.kind = '{kind}' AND {rcond}"]
    if edge:
        cited = f"""SELECT DISTINCT e.disclosure_id AS did, {provision_expr(kind)} AS provision
                    FROM effective_exemptions e JOIN effective_disclosures d ON d.id = e.disclosure_id {where}{edge}"""
        parts.append(f"""SELECT a.provision, b.provision, COUNT(*) FROM ({cited}) a JOIN ({cited}) b
                         ON a.did = b.did AND a.provision < b.provision GROUP BY 1, 2""")
        parts.append(f"SELECT c.provision, NULL, COUNT(*) FROM ({cited}) c GROUP BY 1")
    return " UNION ALL ".join(parts), {**params, **rp, **ep}

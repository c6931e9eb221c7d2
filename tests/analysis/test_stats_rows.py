"""The terminal path of `foi stats` (issue 17: under 1 s on PostgreSQL at a million responses):
plain rows read without pandas (and on PostgreSQL without SQLAlchemy), from indexes that
cover every aggregate, giving the same numbers as the engine path and as a count by hand."""
from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from analysis import agreement
from analysis.compare import compare_rows, cooccurrence_rows
from analysis.db import plain_views
from analysis.figures import figure_rows
from analysis.outcomes import date_source_rows, outcome_rate_rows, refusal_table, refusal_table_text, refusal_text_rows
from analysis.usage import usage_rows
from tests.analysis.test_postgres import pg  # noqa: F401 - the PostgreSQL store fixture

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = (["usage"], ["outcomes"], ["refusals"], ["agreement"], ["compare", "s31"], ["cooccurrence"],
            ["figures"], ["dates"])


def _url(engine) -> str:  # type: ignore[no-untyped-def]
    return engine.url.render_as_string(hide_password=False)


def _modules_after(url: str, args: list[str]) -> tuple[str, set[str]]:
    code = ("import sys\n"
            f"sys.argv = ['foi', 'stats', *{args!r}, '--db', sys.argv[1]]\n"
            "import foi\n"
            "try:\n"
            "    foi.app()\n"
            "except SystemExit as exc:\n"
            "    assert not exc.code, exc.code\n"
            "print('MODULES', ' '.join(m for m in ('pandas', 'numpy', 'sqlalchemy') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code, url], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    out, _, last = result.stdout.rpartition("MODULES")
    return out, set(last.split())


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_a_terminal_table_on_sqlite_never_imports_pandas(db, args: list[str]) -> None:
    out, modules = _modules_after(_url(db), args)
    assert "┃" in out  # a table was drawn
    assert modules == set()


@pytest.mark.postgres
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_a_terminal_table_on_postgresql_imports_neither_pandas_nor_sqlalchemy(pg, args: list[str]) -> None:  # noqa: F811
    out, modules = _modules_after(_url(pg), args)
    assert "┃" in out
    assert modules == set()


ROWS = {
    "usage": lambda db: usage_rows(db, period="month"),
    "usage_code_pooled": lambda db: usage_rows(db, by="code", period=None, by_authority=False),
    "outcomes": lambda db: outcome_rate_rows(db),
    "refusals": lambda db: refusal_text_rows(db),
    "compare": lambda db: compare_rows(db, "s31(1)(a)"),
    "cooccurrence": lambda db: cooccurrence_rows(db),
    "figures": lambda db: figure_rows(db).drop(["disclosure_id", "table_id"]),
    "agreement": lambda db: agreement.summary_rows(db),
    "dates": lambda db: date_source_rows(db),
}


def _same(a, b) -> None:  # type: ignore[no-untyped-def]
    """Equal rows, NaN equal to NaN."""
    assert a.columns == b.columns
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert tuple("nan" if v != v else v for v in x) == tuple("nan" if v != v else v for v in y)


@pytest.mark.parametrize("name", list(ROWS))
def test_the_sqlite3_reader_gives_the_engine_rows(db, name: str) -> None:
    _same(ROWS[name](_url(db)), ROWS[name](db))


@pytest.mark.postgres
@pytest.mark.parametrize("name", list(ROWS))
def test_the_psycopg_reader_gives_the_engine_rows_and_sqlite_rows(pg, db, name: str) -> None:  # noqa: F811
    from analysis.db import postgres_reader

    assert postgres_reader(_url(pg)) is not None
    _same(ROWS[name](_url(pg)), ROWS[name](pg))
    if name != "figures":  # figures come in stored order, which differs between the two stores
        _same(ROWS[name](_url(pg)), ROWS[name](_url(db)))


@pytest.fixture(scope="module")
def random_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """bench.scale's synthetic responses (outcomes, 1-3 exemptions on refusals, dates)."""
    from bench.scale import load_sqlite

    url = f"sqlite:///{tmp_path_factory.mktemp('random') / 'random.db'}"
    load_sqlite(url, 3000)
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    rng = random.Random(5)
    with conn:  # some failed parses, which no statistic counts
        conn.executemany("UPDATE disclosures SET error = 'boom' WHERE id = ?", [(rng.randrange(1, 3001),) for _ in range(40)])
    conn.close()
    return url


def test_cooccurrence_in_one_query_is_the_count_by_hand(random_store: str) -> None:
    conn = sqlite3.connect(random_store.removeprefix("sqlite:///"))
    cited: dict[int, set[str]] = {}
    for did, code, section in conn.execute("SELECT e.disclosure_id, e.code, e.section FROM exemptions e "
                                           "JOIN disclosures d ON d.id = e.disclosure_id WHERE d.error IS NULL"):
        cited.setdefault(did, set()).add(code[0] + section)
    conn.close()
    totals = Counter(p for provisions in cited.values() for p in provisions)
    both = Counter(pair for provisions in cited.values() for pair in combinations(sorted(provisions), 2))
    rows = cooccurrence_rows(random_store)
    assert len(rows) == len(both) > 3
    for a, b, n, na, nb, jaccard in rows:
        assert (n, na, nb) == (both[(a, b)], totals[a], totals[b])
        assert jaccard == n / (na + nb - n)
    assert [r[2] for r in rows] == sorted((r[2] for r in rows), reverse=True)


def test_the_refusal_text_rows_are_the_frame_text(random_store: str, db) -> None:
    for store in (random_store, _url(db)):
        for measure in ("refused", "ncnd", "withheld"):
            frame = refusal_table_text(refusal_table(store, measure=measure))
            rows = refusal_text_rows(store, measure=measure)
            assert rows.columns == list(frame.columns)
            assert [list(r) for r in rows] == frame.values.tolist()
            assert len(rows) > 0


def test_the_counts_are_read_from_covering_indexes_on_sqlite(random_store: str) -> None:
    """EXPLAIN QUERY PLAN of each aggregate: the disclosures and exemptions are read from the
    0010 indexes alone (SQLite's COVERING INDEX), never from the wide tables."""
    import analysis.compare as compare_mod
    import analysis.outcomes as outcomes_mod
    import analysis.usage as usage_mod

    seen: list[tuple[str, dict]] = []
    real = outcomes_mod.fetch

    def spy(db, sql, params=None, **kw):  # type: ignore[no-untyped-def]
        seen.append((sql, dict(params or {})))
        return real(db, sql, params, **kw)

    for mod in (outcomes_mod, usage_mod, compare_mod):
        mod.fetch = spy  # type: ignore[attr-defined]
    try:
        outcome_rate_rows(random_store)
        usage_rows(random_store)
        cooccurrence_rows(random_store)
        compare_rows(random_store, "s31")
    finally:
        for mod in (outcomes_mod, usage_mod, compare_mod):
            mod.fetch = real  # type: ignore[attr-defined]
    import re

    conn = sqlite3.connect(random_store.removeprefix("sqlite:///"))
    covered = 0
    for sql, params in seen:
        plan = " | ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + plain_views(sql), params))
        # no table is scanned (d0, e0, x: the tables under the plain views): every scan is
        # of a covering index (the cost-limit count may
        # look a few responses up by id instead)
        assert re.search(r"\bSCAN (d0|e0|x)\b(?! USING COVERING INDEX)", plan) is None, plan
        covered += "COVERING INDEX analysis_ix_disclosures_counts" in plan
        if "exemptions" in sql:
            assert "COVERING INDEX analysis_ix_exemptions_codes" in plan, plan
    conn.close()
    assert len(seen) >= 6 and covered >= len(seen) - 2


@pytest.mark.postgres
def test_the_counts_can_be_answered_by_index_only_scans_on_postgresql(pg) -> None:  # noqa: F811
    """With sequential scans ruled out (a small store would rather scan), the outcome counts,
    which join by the response's id, and the provisions, named from the statute, are Index
    Only Scans: every column they read is in the 0010 indexes."""
    from analysis.outcomes import _S12_IDS, PARSED
    from analysis.usage import provision_expr

    eng = create_engine(_url(pg))
    with eng.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        conn.execute(text("SET enable_bitmapscan = off"))

        def plan(sql: str) -> str:
            return "\n".join(r[0] for r in conn.execute(text("EXPLAIN " + plain_views(sql))))
        counts = plan(f"SELECT d.authority_id, COUNT(*), SUM(CASE WHEN s12.disclosure_id IS NOT NULL THEN 1 ELSE 0 END) "
                      f"FROM effective_disclosures d LEFT JOIN {_S12_IDS} s12 ON s12.disclosure_id = d.id "
                      f"WHERE {PARSED} GROUP BY 1")
        assert "Index Only Scan using analysis_ix_disclosures_counts" in counts, counts
        cited = plan(f"SELECT {provision_expr('section')}, COUNT(DISTINCT d.id) FROM effective_disclosures d "
                     f"JOIN effective_exemptions e ON e.disclosure_id = d.id WHERE {PARSED} GROUP BY 1")
        assert "Index Only Scan using analysis_ix_exemptions_codes" in cited, cited
        assert "Index Only Scan using analysis_ix_disclosures_counts" in cited, cited
    eng.dispose()

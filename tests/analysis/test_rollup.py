"""The statistics' monthly rollup (analysis.rollup, migration 0012) gives the base tables'
answer, exactly, for every affected command and range; it is never read stale; refreshing
twice changes nothing."""
from __future__ import annotations

import os
import random
import sqlite3
import uuid
from typing import Any, Callable

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from analysis import rollup
from analysis.compare import compare_rows, cooccurrence_rows
from analysis.outcomes import outcome_count_rows, outcome_rate_rows, refusal_text_rows
from analysis.usage import usage_rows
from foi import app
from tests.analysis.store_fixture import FIXTURE_LABELS, SAMPLE_LABELS, build_store, load_labels

runner = CliRunner()
BASE = os.environ.get("FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")

# None, whole months, mid-month bounds either side, a range inside one month, one past every date
RANGES = [(None, None), ("2019-03-01", None), (None, "2021-06-30"), ("2017-02-14", "2022-11-09"),
          ("2020-05-07", "2020-05-20"), ("2019-01-01", "2019-12-31"), ("2030-01-01", None), (None, "2016-03-15")]

Fn = Callable[..., Any]
CALLS: list[tuple[str, Fn]] = [
    ("usage section year", lambda db, s, u: usage_rows(db, since=s, until=u)),
    ("usage code month", lambda db, s, u: usage_rows(db, by="code", period="month", since=s, until=u)),
    ("usage category pooled", lambda db, s, u: usage_rows(db, by="category", period=None, by_authority=False,
                                                          since=s, until=u)),
    ("outcome counts month", lambda db, s, u: outcome_count_rows(db, period="month", since=s, until=u)),
    ("outcome rates pooled", lambda db, s, u: outcome_rate_rows(db, period=None, by_authority=False,
                                                                since=s, until=u)),
    ("refusals", lambda db, s, u: refusal_text_rows(db, since=s, until=u)),
    ("compare refused", lambda db, s, u: compare_rows(db, "refused", since=s, until=u)),
    ("compare s31", lambda db, s, u: compare_rows(db, "s31", since=s, until=u)),
    ("compare category", lambda db, s, u: compare_rows(db, "law enforcement", since=s, until=u)),
    ("cooccurrence", lambda db, s, u: cooccurrence_rows(db, since=s, until=u)),
    ("cooccurrence code", lambda db, s, u: cooccurrence_rows(db, by="code", since=s, until=u)),
    ("cooccurrence category", lambda db, s, u: cooccurrence_rows(db, by="category", since=s, until=u)),
    ("usage one authority", lambda db, s, u: usage_rows(db, period="month", authority=_busiest(db), since=s, until=u)),
    ("outcomes one authority", lambda db, s, u: outcome_count_rows(db, authority=_busiest(db), since=s, until=u)),
    ("cooccurrence one authority", lambda db, s, u: cooccurrence_rows(db, authority=_busiest(db), since=s, until=u)),
]


def _busiest(db: str) -> str:
    """The authority with the most responses citing a provision (ties by id)."""
    return rollup.fetch(db, "SELECT d.authority_id FROM disclosures d JOIN exemptions e ON e.disclosure_id = d.id "
                            "WHERE d.authority_id IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1").data[0][0]


def _answer(fn: Fn, db: str, since: Any, until: Any) -> str:
    try:
        rows = fn(db, since, until)
    except ValueError as exc:  # e.g. no response cites the provision in the range: same error
        return f"ValueError: {exc}"
    return repr((rows.columns, rows.data))  # repr: NaN equals NaN


def _base(fn: Fn, db: str, since: Any, until: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as m:
        m.setenv("FOI_NO_ROLLUP", "1")
        assert not rollup.fresh(db)
        return _answer(fn, db, since, until)


def _same_everywhere(db: str, monkeypatch: pytest.MonkeyPatch, ranges=RANGES) -> int:
    assert rollup.fresh(db)
    compared = 0
    for _, fn in CALLS:
        for since, until in ranges:
            got = _answer(fn, db, since, until)
            assert got == _base(fn, db, since, until, monkeypatch), (fn, since, until)
            compared += "ValueError" not in got
    return compared


def _rollup_tables(db: str) -> list[Any]:
    return [sorted(map(repr, rollup.fetch(db, f"SELECT * FROM {t}").data)) for t in
            ("analysis_rollup_months", "analysis_rollup_outcomes", "analysis_rollup_cited", "analysis_rollup_pairs")]


@pytest.fixture(scope="module")
def sample_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    labels = load_labels(SAMPLE_LABELS if SAMPLE_LABELS.exists() else FIXTURE_LABELS)
    url = f"sqlite:///{tmp_path_factory.mktemp('rollup') / 'sample.db'}"
    build_store(url, labels).dispose()
    assert rollup.refresh(url) is not None
    return url


def _random_sqlite(path: str, seed: int) -> str:
    """bench.scale's synthetic responses with failed parses, undated responses and dates
    stored with a time of day (a month's last day then sorts after '...-31')."""
    from bench.scale import load_sqlite

    url = f"sqlite:///{path}"
    load_sqlite(url, 2500)
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    with conn:
        ids = lambda k: [(rng.randrange(1, 2501),) for _ in range(k)]  # noqa: E731
        conn.executemany("UPDATE disclosures SET error = 'boom' WHERE id = ?", ids(40))
        conn.executemany("UPDATE disclosures SET best_date = NULL, date_source = NULL WHERE id = ?", ids(60))
        conn.executemany("UPDATE disclosures SET best_date = best_date || ' 10:00:00' WHERE id = ?", ids(60))
        conn.executemany("UPDATE disclosures SET authority_id = NULL WHERE id = ?", ids(10))
    conn.close()
    return url


@pytest.fixture(scope="module", params=[5, 6])
def random_url(request, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = _random_sqlite(str(tmp_path_factory.mktemp("rollup") / "random.db"), request.param)
    assert rollup.refresh(url) is not None
    return url


def test_the_rollup_answers_as_the_base_tables_on_the_sample(sample_url: str, monkeypatch) -> None:
    assert _same_everywhere(sample_url, monkeypatch) > 40


def test_the_rollup_answers_as_the_base_tables_on_random_stores(random_url: str, monkeypatch) -> None:
    rng = random.Random(random_url)
    days = [f"{y}-{m:02d}-{d:02d}" for y in range(2014, 2026) for m in range(1, 13) for d in (1, 9, 15, 28, 30, 31)
            if not (m == 2 and d > 28)]
    ranges = RANGES + [tuple(sorted(rng.sample(days, 2))) for _ in range(6)] + [(rng.choice(days), None)]
    assert _same_everywhere(random_url, monkeypatch, ranges) > 100


def test_the_cli_prints_the_same_with_and_without_the_rollup(sample_url: str, monkeypatch) -> None:
    commands = [["usage"], ["usage", "--by", "code", "--period", "month"], ["usage", "--by", "category", "--pooled"],
                ["compare", "s31"], ["compare", "refused"], ["cooccurrence"], ["cooccurrence", "--by", "code"],
                ["outcomes"], ["outcomes", "--measure", "refused_s12", "--pooled"], ["refusals"]]
    bounds = [[], ["--since", "2019-03-14"], ["--since", "2018-01-01", "--until", "2021-07-19"]]
    for command in commands:
        for bound in bounds:
            for fmt in ([], ["--csv"], ["--json"]):
                argv = ["stats", *command, *bound, *fmt, "--db", sample_url]
                assert rollup.fresh(sample_url)
                fast = runner.invoke(app, argv)
                with monkeypatch.context() as m:
                    m.setenv("FOI_NO_ROLLUP", "1")
                    slow = runner.invoke(app, argv)
                assert (fast.exit_code, fast.stdout) == (slow.exit_code, slow.stdout), argv


def test_a_review_correction_makes_it_stale_and_wins_after_refresh(tmp_path, monkeypatch) -> None:
    from parser.judgement.codes import parse_grounds
    from store import open_store
    from store.review import set_correction

    url = _random_sqlite(str(tmp_path / "corrected.db"), 7)
    assert rollup.refresh(url) is not None
    s31 = dict(CALLS)["compare s31"]
    before = _answer(s31, url, None, None)
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    (did, regime), = conn.execute("SELECT id, regime FROM disclosures WHERE error IS NULL AND id NOT IN "
                                  "(SELECT disclosure_id FROM exemptions WHERE section = '31') LIMIT 1")
    conn.close()
    with open_store(url) as s:
        set_correction(s, str(did), outcome="refused", grounds=parse_grounds(["s31(1)(a)"], regime=regime))
    assert not rollup.fresh(url)  # the kept counts no longer hold: the base tables answer
    stale = _answer(s31, url, None, None)
    assert stale != before
    assert rollup.refresh(url) is not None
    assert _answer(s31, url, None, None) == stale
    _same_everywhere(url, monkeypatch, RANGES[:4])


def test_the_cli_review_set_refreshes_it(tmp_path) -> None:
    url = _random_sqlite(str(tmp_path / "cli.db"), 8)
    assert rollup.refresh(url) is not None
    result = runner.invoke(app, ["review", "set", "3", "--outcome", "not_held", "--no-grounds", "--db", url])
    assert result.exit_code == 0, result.output
    assert rollup.fresh(url)
    assert runner.invoke(app, ["review", "unset", "3", "--db", url]).exit_code == 0
    assert rollup.fresh(url)


def test_any_write_makes_it_stale(random_url: str, tmp_path) -> None:
    path = tmp_path / "copy.db"
    source, copy = sqlite3.connect(random_url.removeprefix("sqlite:///")), sqlite3.connect(path)
    source.backup(copy)  # with what the write-ahead log still holds
    source.close()
    copy.close()
    url = f"sqlite:///{path}"
    assert rollup.fresh(url)
    conn = sqlite3.connect(path)
    with conn:  # a reparse stamps parsed_at
        conn.execute("UPDATE disclosures SET outcome = 'disclosed', parsed_at = '2027-01-01T00:00:00+00:00' "
                     "WHERE id = 5")
    assert not rollup.fresh(url)
    assert rollup.refresh(url) is not None and rollup.fresh(url)
    with conn:  # a new response
        cols = [r[1] for r in conn.execute("PRAGMA table_info(disclosures)") if r[1] not in ("id", "response_url")]
        conn.execute(f"INSERT INTO disclosures (response_url, {', '.join(cols)}) "
                     f"SELECT 'https://example.police.uk/new', {', '.join(cols)} FROM disclosures WHERE id = 7")
    conn.close()
    assert not rollup.fresh(url)


def test_refresh_is_idempotent(random_url: str) -> None:
    tables = _rollup_tables(random_url)
    state = rollup.fetch(random_url, "SELECT fingerprint FROM analysis_rollup_state").data
    assert rollup.refresh(random_url) is None  # current: nothing rebuilt
    assert rollup.refresh(random_url, force=True) is not None
    assert _rollup_tables(random_url) == tables
    assert rollup.fetch(random_url, "SELECT fingerprint FROM analysis_rollup_state").data == state
    assert rollup.fresh(random_url) and len(tables[2]) > 50


def test_foi_db_refresh(tmp_path) -> None:
    url = _random_sqlite(str(tmp_path / "cmd.db"), 9)
    assert not rollup.fresh(url)
    first = runner.invoke(app, ["db", "refresh", "--db", url])
    assert first.exit_code == 0 and "rollup rebuilt in" in first.stdout, first.output
    assert rollup.fresh(url)
    again = runner.invoke(app, ["db", "refresh", "--db", url])
    assert again.exit_code == 0 and "already current" in again.stdout


@pytest.mark.postgres
def test_the_rollup_answers_as_the_base_tables_on_postgresql(monkeypatch) -> None:
    from bench.scale import load_postgresql

    admin = create_engine(BASE, isolation_level="AUTOCOMMIT")
    name = f"rollup_test_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {BASE}: {exc}")
    url = BASE.rsplit("/", 1)[0] + "/" + name
    try:
        load_postgresql(url, 2500)
        eng = create_engine(url)
        with eng.begin() as conn:
            conn.execute(text("UPDATE disclosures SET error = 'boom' WHERE id % 61 = 0"))
            conn.execute(text("UPDATE disclosures SET best_date = NULL WHERE id % 47 = 0"))
        eng.dispose()
        assert rollup.refresh(url) is not None
        assert rollup.refresh(url) is None
        assert _same_everywhere(url, monkeypatch) > 40
    finally:
        from analysis.db import _POSTGRES

        for conn in _POSTGRES.values():
            if conn is not None:
                conn.close()
        _POSTGRES.clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_correction_on_a_large_store_leaves_the_rebuild_to_foi_db_refresh(tmp_path, monkeypatch) -> None:
    """Over FOI_REVIEW_REFRESH_LIMIT responses one correction does not rebuild the rollup (a
    minute at a million): the statistics read the base tables, with the correction, until
    `foi db refresh`."""
    url = _random_sqlite(str(tmp_path / "large.db"), 10)
    assert rollup.refresh(url) is not None
    s31 = dict(CALLS)["compare s31"]
    before = _answer(s31, url, None, None)
    monkeypatch.setenv("FOI_REVIEW_REFRESH_LIMIT", "10")
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    (did,), = conn.execute("SELECT id FROM disclosures WHERE error IS NULL AND id NOT IN "
                           "(SELECT disclosure_id FROM exemptions WHERE section = '31') LIMIT 1")
    conn.close()
    result = runner.invoke(app, ["review", "set", str(did), "--outcome", "refused", "--grounds", "s31(1)(a)",
                                 "--db", url])
    assert result.exit_code == 0, result.output
    assert "until `foi db refresh` rebuilds their rollup" in result.output
    assert not rollup.fresh(url)
    corrected = _answer(s31, url, None, None)
    assert corrected != before  # the base tables answer, the correction counted
    assert runner.invoke(app, ["db", "refresh", "--db", url]).exit_code == 0
    assert rollup.fresh(url) and _answer(s31, url, None, None) == corrected
    monkeypatch.setenv("FOI_REVIEW_REFRESH_LIMIT", "1000000")
    assert runner.invoke(app, ["review", "unset", str(did), "--db", url]).exit_code == 0
    assert rollup.fresh(url) and _answer(s31, url, None, None) == before  # small enough: rebuilt at once

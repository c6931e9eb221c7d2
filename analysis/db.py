"""Where the analyses get their rows: a SQLAlchemy engine over the agreed store tables, or,
for a SQLite file that already holds them, a plain sqlite3 connection.

Every analysis takes `db` as a URL, an Engine/Connection, or anything with an `.engine`
(the store's `Store`), so notebooks, tests and the CLI share one way in and none of them
needs to know how the store was opened.

Why two ways in: every `foi stats` command is a fresh process, and importing SQLAlchemy costs
about 0.35 s of CPU before any query runs (a fifth of the 2 s budget). The analyses only read
and their SQL uses `:name` parameters, which sqlite3 understands too, so a SQLite URL whose
file is already migrated is read through sqlite3 directly; anything else (PostgreSQL, a new
file that must be created and migrated, an Engine) goes through SQLAlchemy as before.
"""
from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Mapping

if TYPE_CHECKING:
    import pandas as pd

    from analysis.rows import Rows
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

Db = Any  # str | Engine | Connection | Store

# The date every time-based analysis uses: the store's best date (store.api.best_date,
# migration 0009_best_date): the response's own date when the letter gives one, else when it
# was published, else when it was asked, else the month its URL files it under; NULL for an
# undated response, which counts in every total and in no period but "undated".
EVENT_DATE = "d.best_date"
# The store revision the fast path can read: its views carry best_date (0009_best_date).
# An older store goes through the store, which migrates it.
_NEEDS_COLUMN = ("effective_disclosures", "best_date")

# A response the parser failed on is stored as a disclosures row with `error` set and every
# other field empty. Counting it would add an "unknown" response to every denominator, so
# every statistic reads only parsed rows; the disclosures export keeps them (with `error`)
# so analysts can see what is missing.
PARSED = "d.error IS NULL"

_ENGINES: dict[str, "Engine"] = {}
_SQLITE: dict[str, tuple[sqlite3.Connection, tuple[int, int]]] = {}
_REPO = Path(__file__).resolve().parent.parent


def default_url() -> str:
    """The store's default URL (store.engine.default_url), computed here because importing
    the store package pulls in the parser: a second of start-up for every `foi stats`."""
    return os.environ.get("FOI_DATABASE_URL") or f"sqlite:///{_REPO / 'data' / 'foi.db'}"


def sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///path` URL (no driver, no query string), else None."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    rest = url[len(prefix):]
    return Path(rest) if rest and rest != ":memory:" else None


def _sqlite_reader(url: str) -> sqlite3.Connection | None:
    """A read connection to the SQLite file behind `url` when it already holds the store's
    tables (a migrated store); None when the URL is not a plain SQLite file or the file still
    has to be created or migrated by the store."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    identity = _identity(path)
    if url in _SQLITE:
        conn, opened = _SQLITE[url]
        if opened == identity:
            return conn
        conn.close()  # the file was replaced (a new store at the same path): reopen
        del _SQLITE[url]
    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout=30000")  # a crawl may be writing (WAL): wait, don't fail
        # The statistics read the views of migration 0006_evidence_review (people's
        # corrections applied) with 0009's best_date: an older store goes through the store,
        # which migrates it.
        view, column = _NEEDS_COLUMN
        found = column in {row[1] for row in conn.execute(f"PRAGMA table_info({view})")}
    except sqlite3.Error:
        found = 0
    if not found:
        conn.close()
        return None
    _ensure_indexes(conn)
    _SQLITE[url] = (conn, identity)
    return conn


def _identity(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_dev, stat.st_ino


# Covering indexes for the aggregations: every count groups disclosures by authority, date and
# outcome, and joins exemptions by disclosure. Reading them from an index rather than the table
# skips the wide rows (a response's full text lives in the same row), which halves the
# stats' query time on synthetic rows with empty texts and saves far more on real ones.
# The store's migration 0003 creates them on both backends; the fast sqlite3 path reads a
# store without migrating it, so a store still at 0001/0002 gets them here (IF NOT EXISTS,
# same names and columns as at head, 0010_stats_covering_indexes, which remakes them in place).
_INDEXES = (
    "CREATE INDEX IF NOT EXISTS analysis_ix_disclosures_counts ON disclosures "
    "(authority_id, best_date, outcome, ncnd, authority, error, date_source, id)",
    "CREATE INDEX IF NOT EXISTS analysis_ix_exemptions_codes ON exemptions (disclosure_id, code, section, statute)",
)


def _ensure_indexes(conn: sqlite3.Connection) -> None:
    """Make the analyses' indexes once (about a second at 100,000 responses); a read-only
    or busy store simply goes without them. An older counts index without `error` (made
    here before the statistics skipped failed parses) is replaced."""
    try:
        have = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'analysis_ix_%'")}
        stale = "analysis_ix_disclosures_counts" in have and "best_date" not in {
            row[2] for row in conn.execute("PRAGMA index_info(analysis_ix_disclosures_counts)")}
        if len(have) < len(_INDEXES) or stale:
            with conn:
                if stale:
                    conn.execute("DROP INDEX analysis_ix_disclosures_counts")
                for sql in _INDEXES:
                    conn.execute(sql)
    except sqlite3.Error:
        pass


def _open(url: str) -> "Engine":
    """A plain engine when the store already has its tables (the analyses only read);
    otherwise open it through the store, which creates and migrates it."""
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or (parsed.database and Path(parsed.database).exists()):
        engine = create_engine(url)
        try:
            view, column = _NEEDS_COLUMN
            if view in inspect(engine).get_view_names() and column in {  # migrated to 0009
                    c["name"] for c in inspect(engine).get_columns(view)}:
                return engine
        except Exception:  # noqa: BLE001 - unreachable or empty: let the store say why
            pass
        engine.dispose()
    from store import open_store

    return open_store(url).engine


def engine_of(db: Db = None) -> "Engine | Connection":
    """An engine for `db`; a URL (default: the store's default) is opened through the store,
    migrated to head, once per process so repeated stats stay fast."""
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

    if db is None:
        db = default_url()
    if isinstance(db, (Engine, Connection)):
        return db
    if hasattr(db, "engine"):
        return db.engine
    if isinstance(db, str):
        db = checked_url(db)
        if db not in _ENGINES:
            _ENGINES[db] = _open(db)
        return _ENGINES[db]
    raise TypeError(f"not a database: {db!r}")


UNDATED = "undated"


def by_day(aggregates: str, where: str) -> str:
    """A derived table of one row per (authority, best date): `aggregates` over the responses
    `where` selects, with the authority's name (MAX) beside them. The periods are grouped
    from it: the counts index is in (authority, date) order, so this first grouping reads it
    without sorting, and the period's expression is then worked out once a day instead of
    once a response (SQLite at a million: 1.34 s -> 0.9 s; PostgreSQL the same)."""
    return (f"SELECT d.authority_id AS authority_id, {EVENT_DATE} AS best_date, MAX(d.authority) AS authority, "
            f"{aggregates} FROM effective_disclosures d {where} GROUP BY d.authority_id, {EVENT_DATE}")


def period_expr(period: str | None, column: str = EVENT_DATE) -> str:
    """SQL for the year ('2024') or month ('2024-03') of a date, valid on SQLite and
    PostgreSQL (CAST AS TEXT gives ISO on both); responses without any date are 'undated'
    (kept, so shares still count every response)."""
    if period is None:
        return "'all'"
    width = {"year": 4, "month": 7}.get(period)
    if width is None:
        raise ValueError(f"period must be 'year', 'month' or None, not {period!r}")
    return f"coalesce(substr(CAST({column} AS TEXT), 1, {width}), '{UNDATED}')"


_CHECKED: dict[str, str] = {}


def checked_url(url: str) -> str:
    """`url` normalised (a plain path is a SQLite file) and checked once per process: the
    analyses only read, so a missing, schema-less or damaged store is a StoreError (a
    ValueError naming the store and saying how to make one), never a new empty store."""
    if url not in _CHECKED:
        from store.sqlite_file import check_readable

        _CHECKED[url] = check_readable(url)
    return _CHECKED[url]


def sqlite_reader(db: Db) -> sqlite3.Connection | None:
    """The direct sqlite3 connection for `db` (a URL or None for the default), if it has one."""
    if db is None:
        db = default_url()
    return _sqlite_reader(checked_url(db)) if isinstance(db, str) else None


# With no correction in the store (review_corrections empty, the usual case) the effective
# views are the tables themselves; reading the tables lets each database use its covering
# indexes and skip the join to the corrections for every row: at 1,000,000 responses that
# is the difference between scanning every response's text and reading an index
# (bench/scale.py). The same columns, so the queries need not know.
_PLAIN = {
    "effective_disclosures": "(SELECT d0.*, d0.outcome AS parser_outcome, d0.ncnd AS parser_ncnd, 0 AS reviewed "
                             "FROM disclosures d0)",
    "effective_exemptions": "(SELECT e0.id, e0.disclosure_id, e0.code, e0.section, e0.statute, e0.name, e0.ncnd, "
                            "e0.evidence, e0.confidence, 0 AS corrected FROM exemptions e0)",
}
_VIEW = re.compile(r"\b(effective_disclosures|effective_exemptions)\b(\s+(?:AS\s+)?(?!(?:WHERE|JOIN|ON|LEFT|INNER|"
                   r"GROUP|ORDER|LIMIT|UNION|USING)\b)[A-Za-z_]\w*)?", re.IGNORECASE)
_NO_CORRECTIONS = "SELECT 1 FROM review_corrections LIMIT 1"


def plain_views(sql: str) -> str:
    """`sql` reading the tables where it names the effective views (for a store without
    corrections): each view becomes a derived table under the same alias (or its own name)."""
    def swap(m: "re.Match[str]") -> str:
        alias = m.group(2) or f" AS {m.group(1).lower()}"
        return _PLAIN[m.group(1).lower()] + alias
    return _VIEW.sub(swap, sql)


def _without_corrections(run: Any) -> bool:
    """True when the store holds no correction (`run(sql)` returns the query's rows)."""
    try:
        return not run(_NO_CORRECTIONS)
    except Exception:  # noqa: BLE001 - no such table (an old store): read the views as written
        return False


def fetch(db: Db, sql: str, params: Mapping[str, Any] | None = None, *, ints: tuple[str, ...] = (),
          floats: tuple[str, ...] = ()) -> "Rows":
    """Run one query and return its rows without pandas (analysis.rows): through sqlite3 for
    a SQLite file, psycopg for a PostgreSQL URL, else SQLAlchemy. Numbers come back as int or
    float whatever the driver (PostgreSQL's SUM gives a Decimal)."""
    from analysis.rows import Rows

    conn = sqlite_reader(db)
    if conn is not None:
        if "effective_" in sql and _without_corrections(lambda q: conn.execute(q).fetchall()):
            sql = plain_views(sql)
        cursor = conn.execute(sql, dict(params or {}))
        return Rows([c[0] for c in cursor.description], cursor.fetchall(), ints, floats)
    pg = postgres_reader(db)
    if pg is not None:
        def run(q: str, p: Mapping[str, Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
            with pg.cursor() as cur:
                cur.execute(_pyformat(q), dict(p or {}))
                return [c.name for c in cur.description], cur.fetchall()
        if "effective_" in sql and _without_corrections(lambda q: run(q)[1]):
            sql = plain_views(sql)
        columns, data = run(sql, params)
        return Rows(columns, (_plain(r) for r in data), ints, floats)
    from sqlalchemy import text
    from sqlalchemy.engine import Connection

    eng = engine_of(db)

    def go(c: "Connection") -> "Rows":
        result = c.execute(text(_for(c, sql)), dict(params or {}))
        return Rows(list(result.keys()), (_plain(r) for r in result), ints, floats)
    if isinstance(eng, Connection):
        return go(eng)
    with eng.connect() as c:
        return go(c)


def _plain(row: Any) -> tuple[Any, ...]:
    """A row with PostgreSQL's Decimal sums as int (whole) or float, as pandas reads them."""
    from decimal import Decimal

    return tuple((int(v) if v == v.to_integral_value() else float(v)) if isinstance(v, Decimal) else v for v in row)


_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def _pyformat(sql: str) -> str:
    """`:name` parameters as psycopg's `%(name)s` (a literal % doubled; `::` casts kept)."""
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))


_POSTGRES: dict[str, Any] = {}


def corrections_fingerprint(db: Db) -> str:
    """What the people's review corrections are now, read from indexes: their count and
    latest time, their grounds' count and latest id (a correction is replaced by a delete and
    an insert, so an edit moves both). A kept result that depends on outcomes or grounds (the
    families' summary, the statistics' rollup) carries it."""
    try:
        row = fetch(db, """SELECT (SELECT COUNT(*) FROM review_corrections) AS n,
                                  (SELECT MAX(corrected_at) FROM review_corrections) AS at,
                                  (SELECT COUNT(*) FROM review_correction_grounds) AS g,
                                  (SELECT MAX(id) FROM review_correction_grounds) AS gid""").data[0]
    except Exception:  # noqa: BLE001 - a store before corrections (0006): none to count
        return "no corrections table"
    return repr([None if v is None else (int(v) if isinstance(v, (int, float)) else str(v)) for v in row])


def postgres_reader(db: Db) -> Any:
    """A plain psycopg connection (autocommit, read only) for a PostgreSQL URL whose store is
    already migrated (its effective views carry best_date), else None. Importing SQLAlchemy
    and its PostgreSQL dialect costs about 0.3 s of CPU, a third of a statistic's 1 s budget
    at a million responses; the analyses only read, with SQL that runs on both backends."""
    if db is None:
        db = default_url()
    if not isinstance(db, str):
        return None
    url = checked_url(db)
    if url in _POSTGRES:
        return _POSTGRES[url]
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgresql+psycopg", "postgres") or parts.query:
        _POSTGRES[url] = None
        return None
    try:
        import psycopg

        conn = psycopg.connect(host=parts.hostname or None, port=parts.port or None,
                               user=unquote(parts.username) if parts.username else None,
                               password=unquote(parts.password) if parts.password else None,
                               dbname=unquote(parts.path.lstrip("/")) or None, autocommit=True,
                               # JIT compiling costs 30-120 ms a query and saves nothing on
                               # aggregates over an index (EXPLAIN ANALYZE at a million)
                               options="-c jit=off")
        view, column = _NEEDS_COLUMN
        found = conn.execute("SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = %s",
                             (view, column)).fetchone()
        if not found:
            conn.close()
            conn = None
    except Exception:  # noqa: BLE001 - unreachable, no driver, no schema: the store's path says why
        conn = None
    _POSTGRES[url] = conn
    return conn


def read_sql(db: Db, sql: str, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Run one query and return its rows as a frame."""
    import pandas as pd  # here, not at import: the streamed CSV paths never need it
    conn = sqlite_reader(db)
    if conn is not None:
        if "effective_" in sql and _without_corrections(lambda q: conn.execute(q).fetchall()):
            sql = plain_views(sql)
        return pd.read_sql(sql, conn, params=dict(params or {}))
    from sqlalchemy import text
    from sqlalchemy.engine import Connection

    eng = engine_of(db)
    if isinstance(eng, Connection):
        return pd.read_sql(text(_for(eng, sql)), eng, params=dict(params or {}))
    with eng.connect() as conn:
        return pd.read_sql(text(_for(conn, sql)), conn, params=dict(params or {}))


def _for(conn: "Connection", sql: str) -> str:
    """`sql` as it should run on this SQLAlchemy connection (see plain_views)."""
    from sqlalchemy import text

    if "effective_" not in sql:
        return sql

    def run(q: str) -> list[Any]:
        if conn.in_transaction():  # the caller's transaction: a failure must not spoil it
            with conn.begin_nested():
                return list(conn.execute(text(q)))
        try:
            return list(conn.execute(text(q)))
        except Exception:
            conn.rollback()
            raise
    return plain_views(sql) if _without_corrections(run) else sql


def dialect(db: Db) -> str:
    """'sqlite' or 'postgresql': the few places SQL must differ ask this."""
    if sqlite_reader(db) is not None:
        return "sqlite"
    return engine_of(db).dialect.name


Statement = tuple[str, "Mapping[str, Any] | list[Mapping[str, Any]] | Iterator[list[Mapping[str, Any]]] | None"]


def _param_lists(params: Any) -> Iterator[Any]:
    """A statement's parameters as the executions to make: one mapping, one list of them, or
    each list an iterator yields (a large insert made a part at a time, in flat memory)."""
    if params is None or isinstance(params, (Mapping, list)):
        yield params
    else:
        yield from params


def write_sql(db: Db, statements: list[Statement]) -> None:
    """Run statements (`:name` parameters; a list of mappings runs the statement once per
    mapping, and so does each list an iterator yields) in one transaction. Only derived
    caches are written this way (see families)."""
    conn = sqlite_reader(db)
    if conn is not None:
        with conn:  # one transaction: committed on success, rolled back on error
            for sql, many in statements:
                for params in _param_lists(many):
                    if isinstance(params, list):
                        conn.executemany(sql, params)
                    else:
                        conn.execute(sql, dict(params or {}))
        return
    from sqlalchemy import text
    from sqlalchemy.engine import Connection

    def run(c: "Connection") -> None:
        for sql, many in statements:
            for params in _param_lists(many):
                if isinstance(params, list) and not params:
                    continue  # nothing to insert (an empty list would mean "no parameters")
                c.execute(text(sql), params if isinstance(params, list) else dict(params or {}))

    eng = engine_of(db)
    if isinstance(eng, Connection):
        run(eng)
    else:
        with eng.begin() as c:
            run(c)


def iter_rows(db: Db, sql: str, params: Mapping[str, Any] | None = None,
              batch: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
    """Run one query and yield its rows in batches, for output too large to hold as a frame."""
    conn = sqlite_reader(db)
    if conn is not None:
        if "effective_" in sql and _without_corrections(lambda q: conn.execute(q).fetchall()):
            sql = plain_views(sql)
        cursor = conn.execute(sql, dict(params or {}))
        while rows := cursor.fetchmany(batch):
            yield rows
        return
    from sqlalchemy import text
    from sqlalchemy.engine import Connection

    eng = engine_of(db)
    if isinstance(eng, Connection):
        result = eng.execute(text(_for(eng, sql)), dict(params or {}))
        while rows := result.fetchmany(batch):
            yield [tuple(r) for r in rows]
        return
    with eng.connect() as conn_:
        result = conn_.execution_options(stream_results=True).execute(text(_for(conn_, sql)), dict(params or {}))
        while rows := result.fetchmany(batch):
            yield [tuple(r) for r in rows]


def closest(word: str, known: list[str], n: int = 3) -> str:
    """'; closest known: a, b, c' (difflib's best n, however far), or '' when none is known."""
    import difflib

    lowered = {k.lower(): k for k in known}
    near = (difflib.get_close_matches(word.lower(), list(lowered), n=n, cutoff=0.6)
            or difflib.get_close_matches(word.lower(), list(lowered), n=n, cutoff=0.0))
    return f"; closest known: {', '.join(lowered[k] for k in near)}" if near else ""


def check_authority(db: Db, authority: str | None) -> str | None:
    """`authority` (an id of the store's authorities, or of a response's authority) as given;
    ValueError naming it and the closest known ids when the store has no such authority."""
    if not authority:
        return authority
    ids = [str(row[0]) for row in fetch(db, "SELECT id FROM authorities UNION "
                                            "SELECT DISTINCT authority_id FROM disclosures "
                                            "WHERE authority_id IS NOT NULL")]
    if authority in ids:
        return authority
    raise ValueError(f"--authority {authority}: not a known authority id{closest(authority, sorted(ids))}")


def date_filter(since: Any = None, until: Any = None, column: str = EVENT_DATE) -> tuple[str, dict[str, Any]]:
    """' AND ...' limiting responses to [since, until] by their best date, with its params
    (ISO text compares as dates on SQLite and, cast, on PostgreSQL)."""
    sql, params = "", {}
    if since:
        sql += f" AND CAST({column} AS TEXT) >= :since"
        params["since"] = str(since)[:10]
    if until:
        sql += f" AND CAST({column} AS TEXT) <= :until"
        params["until"] = str(until)[:10]
    return sql, params

"""Where the analyses get their rows: a SQLAlchemy engine over the agreed store tables.

Every analysis takes `db` as a URL, an Engine/Connection, or anything with an `.engine`
(the store's `Store`), so notebooks, tests and the CLI share one way in and none of them
needs to know how the store was opened.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import pandas as pd
from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

Db = Any  # str | Engine | Connection | Store

# The date every time-based analysis uses (agreed with the store): the response's own date
# when the page gives one, else when it was published, else when it was asked.
EVENT_DATE = "coalesce(d.response_date, d.published_date, d.request_date)"

_ENGINES: dict[str, Engine] = {}


def _open(url: str) -> Engine:
    """A plain engine when the store already has its tables (the analyses only read, and
    importing the store pulls in the parser: a second of start-up for every `foi stats`);
    otherwise open it through the store, which creates and migrates it."""
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or (parsed.database and Path(parsed.database).exists()):
        engine = create_engine(url)
        try:
            if inspect(engine).has_table("disclosures"):
                return engine
        except Exception:  # noqa: BLE001 - unreachable or empty: let the store say why
            pass
        engine.dispose()
    from store import open_store

    return open_store(url).engine


def engine_of(db: Db = None) -> Engine | Connection:
    """An engine for `db`; a URL (default: the store's default) is opened through the store,
    migrated to head, once per process so repeated stats stay fast."""
    if db is None:
        from store import default_url

        db = default_url()
    if isinstance(db, (Engine, Connection)):
        return db
    if hasattr(db, "engine"):
        return db.engine
    if isinstance(db, str):
        if db not in _ENGINES:
            _ENGINES[db] = _open(db)
        return _ENGINES[db]
    raise TypeError(f"not a database: {db!r}")


UNDATED = "undated"


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


def read_sql(db: Db, sql: str, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Run one query and return its rows as a frame."""
    eng = engine_of(db)
    if isinstance(eng, Connection):
        return pd.read_sql(text(sql), eng, params=dict(params or {}))
    with eng.connect() as conn:
        return pd.read_sql(text(sql), conn, params=dict(params or {}))


def dialect(db: Db) -> str:
    """'sqlite' or 'postgresql': the few places SQL must differ ask this."""
    return engine_of(db).dialect.name

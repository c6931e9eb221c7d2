"""Engine set-up: one URL picks the backend; SQLite gets WAL and foreign keys; migrations run here."""
from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from store.sqlite_file import StoreError, check_readable, damage, normalise_url  # noqa: F401 - re-exported

PACKAGE = Path(__file__).resolve().parent
REPO = PACKAGE.parent
ENV_VAR = "FOI_DATABASE_URL"


def default_url() -> str:
    """FOI_DATABASE_URL, else a SQLite file under data/ (ignored by git)."""
    return os.environ.get(ENV_VAR) or f"sqlite:///{REPO / 'data' / 'foi.db'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets readers (Datasette, analyses) work while a crawl writes; the busy timeout
    # makes concurrent writers wait instead of failing with "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An Engine for the URL (default: default_url()), with SQLite pragmas on every connection."""
    url = normalise_url(url or default_url())
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            # One shared connection, else each connection would see its own empty database.
            engine = create_engine(url, poolclass=StaticPool,
                                   connect_args={"check_same_thread": False})
        else:
            if Path(database).expanduser().is_file():
                why = damage(Path(database).expanduser())
                if why:
                    raise StoreError(f"{Path(database).expanduser()}: {why}")
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config() -> Config:
    """Alembic config pointing at the migrations shipped inside the package."""
    cfg = Config(str(PACKAGE / "alembic.ini"))
    cfg.set_main_option("script_location", str(PACKAGE / "migrations"))
    return cfg


def head_revision() -> str:
    """The newest migration this code knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to `revision` on this engine (a no-op when already there)."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False)
                        .replace("%", "%%"))
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            # pysqlite runs DDL outside any transaction unless one is opened explicitly;
            # IMMEDIATE also makes a second process opening the store wait, then find the
            # schema already at head, instead of racing to create it.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7420917)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)

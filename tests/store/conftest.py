"""Every store test runs twice: on a fresh SQLite file and on a fresh PostgreSQL database.

PostgreSQL: FOI_TEST_POSTGRES_URL (default the local server) names a server to connect to;
each run gets its own databases foi_test_<random> (migrated once; tests empty its tables)
and foi_test_<random>_blank (for migration tests; emptied per test), dropped afterwards. When the server is
missing the PostgreSQL half skips with a message, except under CI=true where it fails.
"""
from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from store import Store, open_store

TABLES = ("authorities", "documents", "disclosures", "disclosure_documents", "exemptions",
          "tables", "table_cells")
PG_ADMIN_URL = os.environ.get(
    "FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _pg_unavailable(reason: str) -> None:
    message = f"PostgreSQL at {make_url(PG_ADMIN_URL).render_as_string()} unavailable: {reason}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_admin():  # type: ignore[no-untyped-def]
    """An autocommit engine on the PostgreSQL server, or a skip/fail when there is none."""
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT",
                           connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any connection failure means "no server here"
        engine.dispose()
        _pg_unavailable(str(exc).splitlines()[0])
    yield engine
    engine.dispose()


def _create_database(admin, suffix: str = "") -> tuple[str, str]:  # type: ignore[no-untyped-def]
    name = f"foi_test_{uuid.uuid4().hex[:12]}{suffix}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return name, make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def _drop_database(admin, name: str) -> None:  # type: ignore[no-untyped-def]
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_blank_database(pg_admin) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """This run's database for migration tests (emptied before each), dropped at the end."""
    name, url = _create_database(pg_admin, "_blank")
    try:
        yield url
    finally:
        _drop_database(pg_admin, name)


@pytest.fixture(scope="session")
def pg_store_database(pg_admin) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """This run's database migrated to head once; tests empty its tables, not its schema."""
    name, url = _create_database(pg_admin)
    open_store(url, seed=False).close()
    try:
        yield url
    finally:
        _drop_database(pg_admin, name)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store migrated to head once, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "foi.db"
    open_store(f"sqlite:///{path}", seed=False).close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for an EMPTY database (no tables) on each backend: for migration tests."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'foi.db'}"
        return
    url = request.getfixturevalue("pg_blank_database")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL for a migrated store with no rows, on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "foi.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_store_database")
    engine = create_engine(url)
    with engine.begin() as conn:
        names = ", ".join(TABLES + ("analysis_family_cache", "analysis_family_state", "analysis_family_summary"))
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A migrated, empty store (gazetteer not seeded, so counts start at zero)."""
    s = open_store(store_url, seed=False)
    try:
        yield s
    finally:
        s.close()

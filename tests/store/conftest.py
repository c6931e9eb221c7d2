"""Every store test runs twice: on a fresh SQLite file and on a fresh PostgreSQL database.

PostgreSQL: FOI_TEST_POSTGRES_URL (default the local server) names a server to connect to;
each test gets its own database foi_test_<random>, dropped afterwards. When the server is
missing the PostgreSQL half skips with a message, except under CI=true where it fails.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from store import Store, open_store

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


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'foi.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    name = f"foi_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated, empty store (gazetteer not seeded, so counts start at zero)."""
    s = open_store(db_url, seed=False)
    try:
        yield s
    finally:
        s.close()

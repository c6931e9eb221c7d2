"""The same SQL on PostgreSQL: every analysis gives the frame it gives on SQLite."""
from __future__ import annotations

import os
import uuid

import pandas as pd
import pytest
from sqlalchemy import create_engine, text

import analysis
from tests.analysis.store_fixture import build_store

BASE = os.environ.get("FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="module")
def pg(labels):
    admin = create_engine(BASE, isolation_level="AUTOCOMMIT")
    name = f"foi_analysis_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {BASE}: {exc}")
    url = BASE.rsplit("/", 1)[0] + "/" + name
    engine = build_store(url, labels)
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


CASES = {
    "usage_month": lambda db: analysis.exemption_usage(db, period="month"),
    "usage_code": lambda db: analysis.exemption_usage(db, by="code", period=None, by_authority=False),
    "outcomes": lambda db: analysis.outcome_rates(db, period="year"),
    "compare": lambda db: analysis.compare(db, "s31(1)(a)"),
    "cooccurrence": lambda db: analysis.cooccurrence(db),
    "families": lambda db: analysis.request_families(db).drop(columns=["disclosure_id"]),
    "family_table": lambda db: __import__("analysis.families", fromlist=["family_table"]).family_table(db),
    "figures": lambda db: analysis.figures(db).drop(columns=["disclosure_id", "table_id"]),
    "export": lambda db: analysis.export_frame(db, "disclosures").drop(columns=["disclosure_id"]),
}


@pytest.mark.postgres
@pytest.mark.parametrize("name", list(CASES))
def test_postgres_gives_the_sqlite_answer(db, pg, name: str) -> None:
    fn = CASES[name]
    pd.testing.assert_frame_equal(fn(pg), fn(db), check_dtype=False)

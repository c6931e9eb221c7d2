"""`foi reparse` from three processes at once on one PostgreSQL store: each response is
parsed by exactly one of them (each claims its own batches), and one of them SIGKILLed
mid-batch loses nothing: the store ends as one uninterrupted reparse leaves it.

The database is foi_test_scale_<random>, made from a crawl of the two-force slice and
dropped afterwards; skipped with the reason when PostgreSQL is absent (failed under CI).
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crawler.run import ROOT, crawl
from crawler.sample_server import serve
from tests.crawler.subset import sample_slice
from tests.crawler.test_kill import _age_records, store_rows

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
PG_ADMIN_URL = os.environ.get("FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REPARSE = [sys.executable, str(ROOT / "foi.py"), "reparse", "--workers", "1", "--batch", "2", "--no-progress",
           "--db"]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A PostgreSQL store holding one crawl of the slice, and what that crawl stored."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - no server here
        admin.dispose()
        message = f"PostgreSQL unavailable: {str(exc).splitlines()[0]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    tmp = tmp_path_factory.mktemp("shared-reparse")
    root = sample_slice(tmp)
    name = f"foi_test_scale_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        with serve(root) as server:
            summary = crawl(sample_url=server.url, db_url=db, sample_root=root, polite=False, progress=False,
                            jobs_dir=tmp / "jobs", log_file=tmp / "crawl.log")
        assert summary.ok and summary.stored == 20
        yield db, store_rows(db)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _start(db: str) -> subprocess.Popen:
    return subprocess.Popen(REPARSE + [db], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own group: a kill takes its parse worker too


def _reparsed(out: str) -> int:
    found = re.search(r"(\d+) reparsed, (\d+) failed", out)
    assert found, out
    return int(found.group(1)) + int(found.group(2))


def _current(db: str) -> int:
    from parser import PARSER_VERSION

    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM disclosures WHERE parser_version = :v"),
                                {"v": PARSER_VERSION}).scalar_one()
    finally:
        engine.dispose()


def test_three_reparses_at_once_parse_each_response_once(crawled):
    db, want = crawled
    _age_records(db)
    procs = [_start(db) for _ in range(3)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [e for _, e in outs]
    counts = [_reparsed(out) for out, _ in outs]
    assert sum(counts) == 20, counts  # no response parsed twice, none left out
    assert store_rows(db) == want


def test_a_reparse_killed_mid_batch_loses_nothing(crawled):
    db, want = crawled
    _age_records(db)
    procs = [_start(db) for _ in range(3)]
    victim = procs[0]
    try:
        deadline = time.monotonic() + 120
        while _current(db) < 2 and time.monotonic() < deadline:  # the reparse is under way
            time.sleep(0.05)
        os.killpg(victim.pid, signal.SIGKILL)
        assert victim.wait() == -signal.SIGKILL
        assert _current(db) < 20, "the reparse ended before the kill"
        outs = [p.communicate(timeout=300) for p in procs[1:]]
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
    assert [p.returncode for p in procs[1:]] == [0, 0], [e for _, e in outs]
    assert store_rows(db) == want

"""Crawls at the same time: two on one store (SQLite in WAL mode, and PostgreSQL) neither
corrupt nor duplicate it; one job directory is never shared; a `foi crawl` killed takes
its crawl process with it and leaves a lock the next crawl takes over; a reader during a
crawl only ever sees whole responses."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from crawler.run import ROOT, crawl
from crawler.sample_server import serve
from tests.crawler.subset import sample_slice
from tests.crawler.test_kill import store_rows

pytestmark = pytest.mark.slow
PG_ADMIN_URL = os.environ.get("FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The two-force slice served (a little slowly, so crawls overlap for seconds) and a
    reference store from one crawl alone."""
    tmp = tmp_path_factory.mktemp("together")
    root = sample_slice(tmp)
    server = serve(root, delay=0.02)
    reference = f"sqlite:///{tmp / 'reference.db'}"
    summary = crawl(sample_url=server.url, db_url=reference, sample_root=root, polite=False,
                    progress=False, jobs_dir=tmp / "ref-jobs", log_file=tmp / "ref.log")
    assert summary.ok and summary.stored == 20
    yield server, root, reference
    server.stop()


def two_at_once(server, root: Path, db: str, tmp: Path) -> list:
    """Two crawls of the same sites into `db`, started together, each with its own jobs."""
    results: list = [None, None]

    def one(i: int) -> None:
        results[i] = crawl(sample_url=server.url, db_url=db, sample_root=root, polite=False, progress=False,
                           jobs_dir=tmp / f"jobs-{i}", log_file=tmp / f"crawl-{i}.log")

    threads = [threading.Thread(target=one, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_two_crawls_at_once_on_one_sqlite_store(sample, tmp_path):
    server, root, reference = sample
    db = f"sqlite:///{tmp_path / 'foi.db'}"  # new: both crawls also race to create it
    first, second = two_at_once(server, root, db, tmp_path)
    assert first.ok and second.ok and not first.problems and not second.problems
    assert first.stored + second.stored >= 20  # between them, each response parsed at least once
    assert sum(t.failed for t in (*first.forces.values(), *second.forces.values())) == 0
    from tests.crawler.conftest import rows

    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]
    assert store_rows(db) == store_rows(reference)


@pytest.mark.postgres
def test_two_crawls_at_once_on_one_postgresql_store(sample, tmp_path):
    server, root, reference = sample
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - no server here
        admin.dispose()
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    name = f"foi_test_{uuid.uuid4().hex[:12]}_together"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        first, second = two_at_once(server, root, db, tmp_path)
        assert first.ok and second.ok and not first.problems and not second.problems
        assert store_rows(db) == store_rows(reference)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _start(server, root: Path, db: str, jobs: Path, *extra: str) -> subprocess.Popen:
    argv = [sys.executable, "-m", "crawler.run", "--sample", server.url, "--db", db, "--delay", "0.3",
            "--jobdir", str(jobs / "sample-all"), "--sample-root", str(root), *extra]
    return subprocess.Popen(argv, cwd=ROOT, env=dict(os.environ, FOI_PROGRESS_INTERVAL="0.1"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_progress(proc: subprocess.Popen) -> None:
    for raw in proc.stdout:
        if json.loads(raw).get("event") == "progress":
            return
    raise AssertionError("the crawl never reported progress")


def test_a_second_crawl_on_the_same_job_directory_says_so_and_exits_1(sample, tmp_path, monkeypatch):
    server, root, _ = sample
    jobs = tmp_path / "jobs"
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    first = _start(server, root, db, jobs)
    try:
        _wait_for_progress(first)
        monkeypatch.setenv("FOI_CRAWL_JOBS", str(jobs))
        from foi import app

        result = CliRunner().invoke(app, ["crawl", "--sample", server.url, "--db", db, "--no-polite"])
        assert result.exit_code == 1
        assert (f"crawler: the job directory {jobs / 'sample-all'} is in use by another crawl (pid {first.pid}); "
                "wait for it to finish, or give this crawl its own with FOI_CRAWL_JOBS=DIR") in result.output
        assert (jobs / "sample-all" / "running.pid").read_text() == str(first.pid)  # its job untouched
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=60)


def test_a_killed_foi_crawl_takes_its_crawl_with_it_and_a_resume_at_once_finishes(sample, tmp_path):
    """`foi crawl` runs the spider in a child process; SIGKILL the parent and the child
    dies too (PR_SET_PDEATHSIG), so a resume a moment later takes over the job's lock and
    completes the store, instead of finding the orphan still holding it."""
    server, root, reference = sample
    jobs = tmp_path / "jobs"
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    script = ("import sys; from pathlib import Path; from crawler.run import crawl; "
              f"crawl(sample_url={server.url!r}, db_url={db!r}, sample_root=Path({str(root)!r}), "
              f"progress=False, delay=0.3, jobs_dir=Path({str(jobs)!r}), "
              "on_line=lambda l: print(json.dumps(l), flush=True))")
    parent = subprocess.Popen([sys.executable, "-c", "import json; " + script], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, FOI_PROGRESS_INTERVAL="0.1"))
    _wait_for_progress(parent)
    child = int((jobs / "sample-all.lock").read_text())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)
    assert not _alive(child)
    summary = crawl(sample_url=server.url, db_url=db, sample_root=root, polite=False, progress=False,
                    resume=True, jobs_dir=jobs, log_file=tmp_path / "resume.log")
    assert summary.ok and not summary.problems and summary.fetched > 0
    assert store_rows(db) == store_rows(reference)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


def test_a_reader_during_a_crawl_sees_whole_responses_only(sample, tmp_path):
    """Poll the store while a crawl writes it: every disclosure seen already has all its
    documents, exemptions and tables, exactly as the finished store has them."""
    server, root, reference = sample
    want = store_rows(reference)
    whole = {}
    for key in ("exemptions", "tables", "links"):
        for row in want[key]:
            whole.setdefault(row[0], {"exemptions": [], "tables": [], "links": []})[key].append(row)
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    done = threading.Event()
    result: list = []

    def run() -> None:
        result.append(crawl(sample_url=server.url, db_url=db, sample_root=root, polite=False, progress=False,
                            jobs_dir=tmp_path / "jobs", log_file=tmp_path / "crawl.log"))
        done.set()

    thread = threading.Thread(target=run)
    thread.start()
    seen_counts = set()
    while not Path(tmp_path / "foi.db").exists():
        time.sleep(0.01)
    engine = create_engine(db)
    try:
        while not done.is_set():
            with engine.connect() as conn:  # one read transaction: one snapshot
                conn.exec_driver_sql("BEGIN")
                try:
                    snapshot = store_rows_on(conn)
                except Exception as exc:  # noqa: BLE001 - the schema may not be there yet
                    if "no such table" in str(exc):
                        continue
                    raise
            seen_counts.add(len(snapshot["disclosures"]))
            for url in snapshot["disclosures"]:
                for key in ("exemptions", "tables", "links"):
                    got = [r for r in snapshot[key] if r[0] == url]
                    assert got == whole.get(url, {}).get(key, []), (url, key)
            time.sleep(0.02)
    finally:
        engine.dispose()
        thread.join()
    assert result[0].ok
    assert len(seen_counts) >= 3  # it really looked part-way through


def store_rows_on(conn) -> dict:
    """store_rows' derived rows, read on one connection (one snapshot)."""
    from tests.crawler.conftest import local

    def q(sql: str) -> list:
        return [tuple(r) for r in conn.execute(text(sql))]

    return {
        "disclosures": sorted(local(u) for (u,) in q("SELECT response_url FROM disclosures")),
        "exemptions": sorted((local(u), *rest) for u, *rest in q(
            "SELECT d.response_url, e.code, e.section, e.statute, e.ncnd FROM exemptions e "
            "JOIN disclosures d ON d.id = e.disclosure_id")),
        "tables": sorted((local(u), *rest) for u, *rest in q(
            "SELECT d.response_url, t.position, t.caption, t.source, "
            "(SELECT COUNT(*) FROM table_cells c WHERE c.table_id = t.id) "
            "FROM tables t JOIN disclosures d ON d.id = t.disclosure_id")),
        "links": sorted((local(a), local(b)) for a, b in q(
            "SELECT d.response_url, doc.url FROM disclosure_documents l JOIN disclosures d "
            "ON d.id = l.disclosure_id JOIN documents doc ON doc.id = l.document_id")),
    }

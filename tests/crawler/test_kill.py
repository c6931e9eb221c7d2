"""SIGKILL at 20 seeded random points, then resume: a crawl and a reparse each end with
exactly the store an uninterrupted run makes (row for row, by url and sha256; disclosures
and what is derived from them by response url). After every kill the store is whole:
SQLite's integrity check passes and no disclosure is visible without its documents."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.run import ROOT, crawl
from crawler.sample_server import serve
from tests.crawler.conftest import local, rows
from tests.crawler.subset import sample_slice

KILLS = 20
SEED = 16
pytestmark = pytest.mark.slow


def _plain(value):
    """One spelling for both backends: booleans as 0/1, dates as ISO text."""
    if isinstance(value, bool):
        return int(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def store_rows(db: str) -> dict[str, list[tuple]]:
    """Every row a crawl or reparse makes, keyed so that ids and timestamps do not matter."""
    found = _store_rows(db)
    return {k: sorted(tuple(_plain(v) for v in row) for row in found[k]) for k in found}


def _store_rows(db: str) -> dict[str, list[tuple]]:
    return {
        "documents": sorted((local(u), sha, status, error, role, response_url and local(response_url), version,
                             bool(latest)) for u, sha, status, error, role, response_url, version, latest in
                            rows(db, "SELECT url, sha256, status, error, role, response_url, version, is_latest "
                                     "FROM documents")),
        "disclosures": sorted((local(u), *rest) for u, *rest in rows(
            db, "SELECT response_url, reference, title, authority_id, outcome, ncnd, response_date, "
                "parser_version, error, body_text FROM disclosures")),
        "exemptions": sorted((local(u), *rest) for u, *rest in rows(
            db, "SELECT d.response_url, e.code, e.section, e.statute, e.ncnd FROM exemptions e "
                "JOIN disclosures d ON d.id = e.disclosure_id")),
        "tables": sorted((local(u), *rest) for u, *rest in rows(
            db, "SELECT d.response_url, t.position, t.caption, t.source, "
                "(SELECT COUNT(*) FROM table_cells c WHERE c.table_id = t.id) "
                "FROM tables t JOIN disclosures d ON d.id = t.disclosure_id")),
        "links": sorted((local(a), local(b)) for a, b in rows(
            db, "SELECT d.response_url, doc.url FROM disclosure_documents l JOIN disclosures d "
                "ON d.id = l.disclosure_id JOIN documents doc ON doc.id = l.document_id")),
    }


def assert_whole(db: str) -> None:
    """What a SIGKILL may leave: never a torn file, never a record without its page."""
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT COUNT(*) FROM disclosures d WHERE NOT EXISTS (SELECT 1 FROM "
                    "disclosure_documents l WHERE l.disclosure_id = d.id)") == [(0,)]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The two-force slice on a server, and a reference store from one uninterrupted crawl."""
    tmp = tmp_path_factory.mktemp("kill")
    root = sample_slice(tmp)
    server = serve(root)
    reference = f"sqlite:///{tmp / 'reference.db'}"
    summary = crawl(sample_url=server.url, db_url=reference, sample_root=root, polite=False,
                    progress=False, jobs_dir=tmp / "ref-jobs", log_file=tmp / "ref.log")
    assert summary.ok and summary.stored == 20
    yield server, root, reference
    server.stop()


def test_crawl_killed_at_20_random_points_resumes_to_the_same_store(sample, tmp_path):
    server, root, reference = sample
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    jobdir = tmp_path / "jobs" / "sample-all"
    rng = random.Random(SEED)
    argv = [sys.executable, "-m", "crawler.run", "--sample", server.url, "--db", db, "--no-polite",
            "--jobdir", str(jobdir), "--sample-root", str(root), "--log-file", str(tmp_path / "crawl.log")]
    env = dict(os.environ, FOI_PROGRESS_INTERVAL="0.05")
    killed_at = []
    for n in range(KILLS):
        # A point in the work, not in start-up: after the k-th page this run fetches (every
        # run fetches the listings again, so k up to 20 is always reached), plus a moment.
        k, pause = rng.randint(1, 20), rng.uniform(0.0, 0.05)
        proc = subprocess.Popen(argv + (["--resume"] if n else []), cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for raw in proc.stdout:
            line = json.loads(raw)
            if line.get("event") == "progress" and sum_fetched(line, proc) >= k:
                time.sleep(pause)
                proc.kill()
                break
        proc.stdout.close()
        assert proc.wait() == -signal.SIGKILL, f"kill {n} came after the crawl ended"
        killed_at.append(k)
        assert_whole(db)
    assert len(killed_at) == KILLS
    summary = crawl(sample_url=server.url, db_url=db, sample_root=root, polite=False, progress=False,
                    resume=True, jobs_dir=tmp_path / "jobs", log_file=tmp_path / "last.log")
    assert summary.ok, summary
    got, want = store_rows(db), store_rows(reference)
    assert len(want["disclosures"]) == 20 and len(want["documents"]) == 38
    assert got == want


_FETCHED: dict[int, dict[str, int]] = {}


def sum_fetched(line: dict, proc: subprocess.Popen) -> int:
    """Pages fetched so far by this crawl process, over all forces (lines come per force)."""
    seen = _FETCHED.setdefault(proc.pid, {})
    seen[line["force"]] = int(line.get("fetched") or 0)
    return sum(seen.values())


def _age_records(db: str) -> None:
    """Make every record look like an older parser's, missing what it derived, so that a
    reparse has real work to do and a half-done one shows."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM table_cells"))
        conn.execute(text("DELETE FROM tables"))
        conn.execute(text("DELETE FROM exemptions"))
        conn.execute(text("UPDATE disclosures SET parser_version = '0.0.1', outcome = NULL, reference = NULL"))
    engine.dispose()


def test_reparse_killed_at_20_random_points_ends_like_one_uninterrupted(sample, tmp_path):
    import shutil

    _, _, reference = sample
    ref_path = Path(reference.removeprefix("sqlite:///"))
    uninterrupted, killed = tmp_path / "one.db", tmp_path / "killed.db"
    for path in (uninterrupted, killed):
        shutil.copy(ref_path, path)
        _age_records(f"sqlite:///{path}")
    argv = [sys.executable, str(ROOT / "foi.py"), "reparse", "--workers", "2", "--no-progress", "--db"]
    started = time.monotonic()
    done = subprocess.run(argv + [f"sqlite:///{uninterrupted}"], cwd=ROOT, capture_output=True, text=True)
    whole = time.monotonic() - started  # start-up and work of one run on this machine, now
    assert done.returncode == 0, done.stderr
    assert "20 reparsed, 0 failed" in done.stdout

    rng = random.Random(SEED)
    db = f"sqlite:///{killed}"
    landed = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(argv + [db], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        # Kill points spread over one run's own length (a fixed 1-6 s missed most of a run that
        # takes 3 s on a quiet machine, and a busy one takes twice that).
        time.sleep(rng.uniform(0.15, 0.95) * whole)
        os.killpg(proc.pid, signal.SIGKILL)  # the workers too
        landed += proc.wait() == -signal.SIGKILL
        assert_whole(db)
    assert landed >= KILLS // 2, landed  # most kills found it still running
    again = subprocess.run(argv + [db], cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    got, want = store_rows(db), store_rows(f"sqlite:///{uninterrupted}")
    assert want == store_rows(reference) and len(want["exemptions"]) > 0
    assert got == want

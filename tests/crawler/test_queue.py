"""Three crawl processes on one Redis queue (crawler/queue.py) into one PostgreSQL store:
every page is fetched once (the sample server's request log says so), each host is asked
one request at a time with the delay between them across all three, and the store is the
one a single crawl makes; SIGKILL one of the three half-way and the store is still that.

Needs Redis (FOI_TEST_REDIS_URL, default redis://127.0.0.1:6379/0) and PostgreSQL
(FOI_TEST_POSTGRES_URL); each is skipped with the reason when absent (failed under CI=true).
Keys live under foi-test-scale:<random>, the database is foi_test_scale_<random>; both go.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crawler.run import ROOT, crawl
from crawler.sample_server import serve
from tests.crawler.subset import sample_slice
from tests.crawler.test_kill import store_rows

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
PG_ADMIN_URL = os.environ.get("FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("FOI_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
DELAY = 0.2  # seconds between one request to a host ending and the next starting
LEASE = 2.0  # seconds a dead process's requests stay leased before the others take them back


def _unavailable(what: str, exc: Exception) -> None:
    message = f"{what} unavailable: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def redis_prefix():
    import redis

    server = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3)
    try:
        server.ping()
    except Exception as exc:  # noqa: BLE001 - no server here
        _unavailable(f"Redis at {REDIS_URL}", exc)
    prefix = f"foi-test-scale:{uuid.uuid4().hex[:10]}"
    yield prefix
    keys = list(server.scan_iter(match=f"{prefix}:*"))
    if keys:
        server.delete(*keys)
    server.close()


@pytest.fixture
def pg_store():
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - no server here
        admin.dispose()
        _unavailable("PostgreSQL", exc)
    name = f"foi_test_scale_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    from store import open_store

    open_store(url).close()  # `foi db upgrade` once, before the crawlers start
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The two-force slice, the request log of one crawl of it alone and that crawl's store."""
    tmp = tmp_path_factory.mktemp("queue")
    root = sample_slice(tmp)
    server = serve(root)
    reference = f"sqlite:///{tmp / 'reference.db'}"
    summary = crawl(sample_url=server.url, db_url=reference, sample_root=root, delay=DELAY,
                    progress=False, jobs_dir=tmp / "ref-jobs", log_file=tmp / "ref.log")
    assert summary.ok and summary.stored == 20
    pages = Counter(r["path"] for r in server.requests if not _robots(r["path"]))
    server.stop()
    yield root, reference, pages


def _robots(path: str) -> bool:
    """Not pages of the crawl: robots.txt (Scrapy's middleware asks it in each process) and
    the sample server's list of sites (each process reads it to know the sites)."""
    path = path.split("?")[0]
    return path.endswith("/robots.txt") or path == "/sites.json"


def _start(server_url: str, root: Path, db: str, prefix: str, tmp: Path, n: int) -> subprocess.Popen:
    argv = [sys.executable, "-m", "crawler.run", "--sample", server_url, "--db", db, "--delay", str(DELAY),
            "--sample-root", str(root), "--queue", REDIS_URL, "--queue-prefix", prefix,
            "--jobdir", str(tmp / f"jobs-{n}"), "--log-file", str(tmp / f"crawl-{n}.log"),
            "--set", f"FOI_QUEUE_LEASE={LEASE}", "--set", "DOWNLOAD_TIMEOUT=60",
            # One request in hand per process: a process pops as many requests as it may
            # download at once, so with Scrapy's 16 the first to wake took a crawl this small
            # whole while the others slept until their next idle poll (seen on a loaded machine).
            "--set", "CONCURRENT_REQUESTS=1"]
    with (tmp / f"out-{n}.jsonl").open("w") as out:  # a file: a pipe nobody reads would fill
        proc = subprocess.Popen(argv, cwd=ROOT, env=dict(os.environ, FOI_PROGRESS_INTERVAL="0.5"),
                                stdout=out, stderr=subprocess.DEVNULL, text=True)
    proc.out_path = tmp / f"out-{n}.jsonl"  # type: ignore[attr-defined]
    return proc


def _gate_until_joined(server, prefix: str, workers: int = 3, timeout: float = 120.0) -> None:
    """Hold every page request until `workers` crawl processes have joined the queue, so on
    a loaded machine the first process to start cannot take the whole crawl before the
    others have imported Scrapy (robots.txt and sites.json pass: a process reads them as it starts)."""
    import threading

    import redis

    opened = threading.Event()
    handler = server.httpd.RequestHandlerClass
    original = handler._serve

    def gated(self, head: bool) -> None:
        if not _robots(self.path.split("?")[0]):
            opened.wait(timeout)
        return original(self, head)

    def watch() -> None:
        keys, deadline = redis.Redis.from_url(REDIS_URL), time.monotonic() + timeout
        while time.monotonic() < deadline and keys.scard(f"{prefix}:workers") < workers:
            time.sleep(0.05)
        opened.set()

    handler._serve = gated
    threading.Thread(target=watch, name="queue-gate", daemon=True).start()


def _finish(proc: subprocess.Popen, timeout: float = 240) -> dict:
    """The crawl process's `done` line (it exits 0 with one)."""
    proc.wait(timeout=timeout)
    out = proc.out_path.read_text()  # type: ignore[attr-defined]
    done = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    done = [d for d in done if d.get("event") == "done"]
    assert proc.returncode == 0 and done, out[-2000:]
    return done[-1]


def _host_starts(requests: list[dict]) -> dict[str, list[float]]:
    """Per host (the first path segment on the sample server), when its requests came."""
    by_host: dict[str, list[float]] = defaultdict(list)
    for r in requests:
        if r["path"] != "/sites.json":
            by_host[r["path"].lstrip("/").split("/", 1)[0]].append(r["time"])
    return {h: sorted(v) for h, v in by_host.items()}


def test_three_crawlers_on_one_queue_fetch_each_page_once_politely(sample, redis_prefix, pg_store, tmp_path):
    root, reference, reference_pages = sample
    server = serve(root)
    _gate_until_joined(server, redis_prefix)
    try:
        procs = [_start(server.url, root, pg_store, redis_prefix, tmp_path, n) for n in range(3)]
        dones = [_finish(p) for p in procs]
    finally:
        server.stop()
    assert all(d["reason"] == "finished" for d in dones)
    pages = Counter(r["path"] for r in server.requests if not _robots(r["path"]))
    assert set(pages) == set(reference_pages)
    assert {p: n for p, n in pages.items() if n != 1} == {}  # each page fetched exactly once
    fetched_by = [sum(int(t.get("fetched") or 0) for t in d["forces"].values()) for d in dones]
    assert sum(1 for n in fetched_by if n) >= 2, fetched_by  # the work was shared
    starts = _host_starts(server.requests)
    assert len(starts) == 2 and min(len(s) for s in starts.values()) > 10
    for host, times in starts.items():
        for start, next_start in zip(times, times[1:]):
            assert next_start - start >= DELAY, (host, start, next_start)
    assert store_rows(pg_store) == store_rows(reference)
    import redis

    assert list(redis.Redis.from_url(REDIS_URL).scan_iter(match=f"{redis_prefix}:*")) == []  # crawl over


def test_one_of_three_killed_half_way_changes_nothing(sample, redis_prefix, pg_store, tmp_path):
    import redis

    root, reference, reference_pages = sample
    half = sum(reference_pages.values()) // 2
    keys = redis.Redis.from_url(REDIS_URL)
    server = serve(root)
    _gate_until_joined(server, redis_prefix)
    try:
        procs = {}
        for n in range(3):
            proc = _start(server.url, root, pg_store, redis_prefix, tmp_path, n)
            procs[proc.pid] = proc
        # Half-way: half the pages fetched, and a crawler holding leases (requests it took
        # and has not finished): that one is killed. A worker's name carries its pid.
        victim = None
        deadline = time.monotonic() + 120
        while victim is None and time.monotonic() < deadline:
            if sum(1 for r in server.requests if not _robots(r["path"])) >= half:
                for key in keys.scan_iter(match=f"{redis_prefix}:leases:*"):
                    pid = int(key.decode().rsplit(":", 1)[1].split("-")[-2])
                    if keys.hlen(key) and pid in procs:
                        victim = procs.pop(pid)
                        victim.kill()
                        break
            time.sleep(0.005)
        assert victim is not None, "no crawler held a lease once half the pages were fetched"
        assert victim.wait() == -signal.SIGKILL
        total = sum(1 for r in server.requests if not _robots(r["path"]))
        assert total < sum(reference_pages.values()), "the crawl ended before the kill"
        dones = [_finish(p) for p in procs.values()]
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.wait()
        server.stop()
    assert all(d["reason"] == "finished" for d in dones)
    pages = Counter(r["path"] for r in server.requests if not _robots(r["path"]))
    assert set(pages) == set(reference_pages)  # every page fetched, none lost with the victim
    assert store_rows(pg_store) == store_rows(reference)
    assert list(keys.scan_iter(match=f"{redis_prefix}:*")) == []

"""`foi serve` is safe to leave running: it listens on 127.0.0.1 unless told otherwise,
runs no visitor's SQL unless --allow-sql (and never writes), renders only http(s) links,
and stopping it (SIGTERM, Ctrl+C, or its own death) stops its Datasette. The report keeps
only http(s) links too."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from analysis.report import write_report
from tests.analysis.store_fixture import FIXTURE_LABELS, ROOT, build_store, load_labels

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))
EVIL = ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, data: bytes | None = None) -> tuple[int, bytes]:
    try:
        with _NO_PROXY.open(urllib.request.Request(url, data=data), timeout=20) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture(scope="module")
def evil_db(tmp_path_factory) -> tuple[str, Path]:
    """The fixture store with three responses whose URLs are script links."""
    path = tmp_path_factory.mktemp("evil") / "evil.db"
    url = f"sqlite:///{path}"
    build_store(url, load_labels(FIXTURE_LABELS)).dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM disclosures ORDER BY id LIMIT 3"))]
        for i, bad in zip(ids, EVIL):
            conn.execute(text("UPDATE disclosures SET response_url = :u WHERE id = :i"), {"u": bad, "i": i})
    engine.dispose()
    return url, path


def _serve(db: str, tmp: Path, *extra: str) -> tuple[subprocess.Popen, str, int]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, str(ROOT / "foi.py"), "serve", "--db", db, "--port", str(port),
                             "--workdir", str(tmp / f"work-{port}"), *extra],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            _get(base + "/-/versions.json")
            return proc, base, port
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"foi serve exited: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.3)
    pytest.fail("foi serve did not start")


def _listening(port: int) -> list[str]:
    """Local addresses listening on `port` (from /proc/net/tcp and tcp6)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hexport = local.split(":")
            if state == "0A" and int(hexport, 16) == port:
                found.append(address)
    return found


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def served(evil_db, tmp_path_factory):
    db, path = evil_db
    proc, base, port = _serve(db, tmp_path_factory.mktemp("serve"))
    yield base, port, path.stem
    proc.terminate()
    proc.wait(timeout=30)


def test_serve_listens_on_loopback_only(served):
    _, port, _ = served
    assert _listening(port) == ["0100007F"]  # 127.0.0.1, and nothing else (no 0.0.0.0, no ::)


def test_serve_runs_no_visitor_sql_and_no_writes(served, evil_db):
    base, _, name = served
    status, _ = _get(f"{base}/{name}.json?sql=select+count(*)+from+disclosures")
    assert status == 403
    status, body = _get(f"{base}/{name}/refusal_rate_by_force_by_year.json?_shape=array")
    assert status == 200 and json.loads(body)  # canned queries still answer
    status, _ = _get(f"{base}/{name}/disclosures/-/insert", data=b'{"row": {"title": "x"}}')
    assert status not in (200, 201)  # Datasette 0.65 has no write API: refused, one way or another
    engine = create_engine(evil_db[0])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM disclosures WHERE title = 'x'")).scalar() == 0
    engine.dispose()


def test_datasette_links_only_http_urls(served):
    base, _, name = served
    status, body = _get(f"{base}/{name}/disclosures?_size=max")
    page = body.decode()
    assert status == 200 and "javascript:alert" in page  # shown, as text
    for scheme in ("javascript:", "data:", "vbscript:"):
        assert f'href="{scheme}' not in page


def test_allow_sql_lets_reads_through_but_not_writes(evil_db, tmp_path):
    db, _ = evil_db
    proc, base, _ = _serve(db, tmp_path, "--allow-sql")
    name = Path(db.removeprefix("sqlite:///")).stem
    try:
        status, body = _get(f"{base}/{name}.json?sql=select+count(*)+as+n+from+disclosures&_shape=array")
        assert status == 200 and json.loads(body)[0]["n"] > 0
        before = json.loads(body)[0]["n"]
        status, _ = _get(f"{base}/{name}.json?sql=delete+from+disclosures")
        assert status in (400, 403)
        status, body = _get(f"{base}/{name}.json?sql=select+count(*)+as+n+from+disclosures&_shape=array")
        assert json.loads(body)[0]["n"] == before
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_stopping_foi_serve_stops_its_datasette(how, evil_db, tmp_path):
    db, _ = evil_db
    proc, _, port = _serve(db, tmp_path)
    assert _port_open(port)
    proc.send_signal(how)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _port_open(port):
        time.sleep(0.2)
    assert not _port_open(port), f"Datasette still listening after foi serve got {how.name}"


def test_report_links_only_http_urls(evil_db, tmp_path):
    db, _ = evil_db
    page = write_report(db, tmp_path / "report.html").read_text(encoding="utf-8")
    for scheme in ("javascript:", "data:", "vbscript:"):
        assert f'href="{scheme}' not in page
    assert 'href="http://127.0.0.1/fixture.example/' in page  # the ordinary ones still link

"""The sample server behaves like the real sites where a crawler cares."""
from __future__ import annotations

import http.client
import json
import socket
from pathlib import Path
from typing import Iterator

import pytest

from crawler.sample_server import CHALLENGE_COOKIE, SampleServer, resolve, serve


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    """A tiny site tree in the sample's layout."""
    host = tmp_path / "www.example.police.uk"
    (host / "log").mkdir(parents=True)
    (host / "log" / "index.html").write_text("<html>page 0</html>")
    (host / "log" / "index.page-2.html").write_text("<html>page 2</html>")
    (host / "log" / "item-one").mkdir()
    (host / "log" / "item-one" / "index.html").write_text("<html>extensionless item</html>")
    (host / "media").mkdir()
    (host / "media" / "a.pdf").write_bytes(b"%PDF-1.4 tiny")
    (host / "media" / "b.xlsx").write_bytes(b"PK\x03\x04")
    (host / "robots.txt").write_text("User-agent: *\nDisallow: /search/\n")
    (host / "sitemap.xml").write_text("<urlset/>")
    (tmp_path / "_manifest.json").write_text(json.dumps(
        {"www.example.police.uk/media/a.pdf": "Tue, 05 Mar 2024 09:00:00 GMT"}))
    (tmp_path / "_redirects.json").write_text(json.dumps({
        "/www.example.police.uk/old/item": [301, "/www.example.police.uk/log/item-one"],
        "/www.example.police.uk/loop-a": [301, "/www.example.police.uk/loop-b"],
        "/www.example.police.uk/loop-b": [302, "/www.example.police.uk/loop-a"],
    }))
    (tmp_path / "labels.jsonl").write_text("{}\n")
    return tmp_path


@pytest.fixture()
def server(site: Path) -> Iterator[SampleServer]:
    s = serve(site)
    yield s
    s.stop()


def get(server: SampleServer, path: str, headers: dict[str, str] | None = None,
        method: str = "GET", timeout: float = 5) -> tuple[int, dict[str, str], bytes]:
    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=timeout)
    conn.request(method, path, headers=headers or {})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body


@pytest.mark.parametrize("path, ctype, body", [
    ("/www.example.police.uk/log/", "text/html; charset=utf-8", b"<html>page 0</html>"),
    ("/www.example.police.uk/log", "text/html; charset=utf-8", b"<html>page 0</html>"),
    ("/www.example.police.uk/log?page=2", "text/html; charset=utf-8", b"<html>page 2</html>"),
    ("/www.example.police.uk/log/?page=0", "text/html; charset=utf-8", b"<html>page 0</html>"),
    ("/www.example.police.uk/log/item-one", "text/html; charset=utf-8", b"<html>extensionless item</html>"),
    ("/www.example.police.uk/media/a.pdf", "application/pdf", b"%PDF-1.4 tiny"),
    ("/www.example.police.uk/media/b.xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04"),
    ("/www.example.police.uk/robots.txt", "text/plain; charset=utf-8", b"User-agent: *\nDisallow: /search/\n"),
    ("/www.example.police.uk/sitemap.xml", "application/xml", b"<urlset/>"),
])
def test_serves_files_with_real_content_types(server: SampleServer, path: str, ctype: str, body: bytes) -> None:
    status, headers, got = get(server, path)
    assert (status, headers["content-type"], got) == (200, ctype, body)


@pytest.mark.parametrize("path", ["/www.example.police.uk/log?page=3", "/www.example.police.uk/nope/",
                                  "/www.example.police.uk/../labels.jsonl", "/labels.jsonl", "/_redirects.json"])
def test_missing_pages_private_files_and_traversal_are_404(server: SampleServer, path: str) -> None:
    assert get(server, path)[0] == 404


def test_etag_and_last_modified_give_304(server: SampleServer) -> None:
    status, headers, _ = get(server, "/www.example.police.uk/media/a.pdf")
    assert status == 200
    assert headers["last-modified"] == "Tue, 05 Mar 2024 09:00:00 GMT"
    etag = headers["etag"]
    assert get(server, "/www.example.police.uk/media/a.pdf", {"If-None-Match": etag})[:3:2] == (304, b"")
    assert get(server, "/www.example.police.uk/media/a.pdf", {"If-None-Match": '"other"'})[0] == 200
    assert get(server, "/www.example.police.uk/media/a.pdf",
               {"If-Modified-Since": "Tue, 05 Mar 2024 09:00:00 GMT"})[0] == 304
    assert get(server, "/www.example.police.uk/media/a.pdf",
               {"If-Modified-Since": "Mon, 04 Mar 2024 09:00:00 GMT"})[0] == 200
    # files without a manifest entry carry the fixed default date, never the clock
    assert get(server, "/www.example.police.uk/log/")[1]["last-modified"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_redirects_and_a_loop(server: SampleServer) -> None:
    status, headers, _ = get(server, "/www.example.police.uk/old/item")
    assert (status, headers["location"]) == (301, "/www.example.police.uk/log/item-one")
    a = get(server, "/www.example.police.uk/loop-a")
    b = get(server, a[1]["location"])
    assert (a[0], b[0], b[1]["location"]) == (301, 302, "/www.example.police.uk/loop-a")


def test_challenge_mode_clears_only_the_user_agent_that_answered(site: Path) -> None:
    ua = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36"}
    with serve(site, challenge=True) as s:
        status, headers, body = get(s, "/www.example.police.uk/log/", ua)
        assert status == 403 and headers["cf-mitigated"] == "challenge"
        assert b"navigator.webdriver" in body and b"/cdn-cgi/challenge-platform/verify?answer=" in body
        a, b = s.httpd.RequestHandlerClass.challenge.question(ua["User-Agent"])
        assert f"var answer = {a} * {b};".encode() in body
        # The old fixed cookie no longer clears anything.
        assert get(s, "/www.example.police.uk/log/", {**ua, "Cookie": f"{CHALLENGE_COOKIE}=passed"})[0] == 403
        wrong = get(s, f"/cdn-cgi/challenge-platform/verify?answer={a * b + 1}&return=/x", ua)
        assert wrong[0] == 403
        status, headers, _ = get(s, f"/cdn-cgi/challenge-platform/verify?answer={a * b}"
                                    "&return=/www.example.police.uk/log/", ua)
        assert (status, headers["location"]) == (302, "/www.example.police.uk/log/")
        cookie = headers["set-cookie"].split(";")[0]
        assert cookie.startswith(f"{CHALLENGE_COOKIE}=")
        status, _, body = get(s, "/www.example.police.uk/log/", {**ua, "Cookie": f"a=b; {cookie}"})
        assert (status, body) == (200, b"<html>page 0</html>")
        # Bound to the User-Agent: the same cookie from another client is challenged.
        assert get(s, "/www.example.police.uk/log/", {"User-Agent": "curl/8.0", "Cookie": cookie})[0] == 403
        # A headless User-Agent is refused even with the right answer.
        headless = {"User-Agent": ua["User-Agent"].replace("Chrome/", "HeadlessChrome/")}
        a, b = s.httpd.RequestHandlerClass.challenge.question(headless["User-Agent"])
        assert get(s, f"/cdn-cgi/challenge-platform/verify?answer={a * b}&return=/", headless)[0] == 403


def test_faults_status_rate_truncate_and_timeout(site: Path) -> None:
    faults = {"status": {"/www.example.police.uk/media": 500}, "truncate": ["/www.example.police.uk/log/"],
              "timeout": {"/www.example.police.uk/robots.txt": 2}}
    with serve(site, faults=faults) as s:
        assert get(s, "/www.example.police.uk/media/a.pdf")[0] == 500
        assert get(s, "/www.example.police.uk/log/item-one")[0] == 200
        host, port = s.url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=5)
        conn.request("GET", "/www.example.police.uk/log/")
        resp = conn.getresponse()
        with pytest.raises(http.client.IncompleteRead) as info:
            resp.read()
        assert info.value.partial == b"<html>pag"
        with pytest.raises((socket.timeout, TimeoutError)):
            get(s, "/www.example.police.uk/robots.txt", timeout=0.5)
    with serve(site, faults={"error_rate": 1.0}) as s:
        assert [get(s, "/www.example.police.uk/log/")[0] for _ in range(3)] == [503, 503, 503]
    with serve(site, faults={"error_rate": 0.5, "seed": 7}) as s:
        statuses = [get(s, "/www.example.police.uk/log/")[0] for _ in range(40)]
        assert {200, 503} == set(statuses)


def test_request_log_in_memory_and_on_disk(site: Path, tmp_path: Path) -> None:
    log = tmp_path / "requests.jsonl"
    with serve(site, log_path=log) as s:
        get(s, "/www.example.police.uk/log/?page=2", {"User-Agent": "foi-test"})
        get(s, "/www.example.police.uk/missing", method="HEAD")
        got = [(r["method"], r["path"], r["status"], r["headers"].get("User-Agent")) for r in s.requests]
    assert got[0] == ("GET", "/www.example.police.uk/log/?page=2", 200, "foi-test")
    assert got[1][:3] == ("HEAD", "/www.example.police.uk/missing", 404)
    on_disk = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(r["method"], r["status"]) for r in on_disk] == [("GET", 200), ("HEAD", 404)]


def test_binds_only_loopback(server: SampleServer) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    assert server.httpd.server_address[0] == "127.0.0.1"


def test_resolve_maps_paths_the_documented_way(site: Path) -> None:
    host = site / "www.example.police.uk"
    assert resolve(site, "/www.example.police.uk/log/", "page=2") == host / "log" / "index.page-2.html"
    assert resolve(site, "/www.example.police.uk/log/item-one") == host / "log" / "item-one" / "index.html"
    assert resolve(site, "/www.example.police.uk/media/a.pdf") == host / "media" / "a.pdf"
    assert resolve(site, "/www.example.police.uk/media/zz.pdf") is None


def test_serves_the_committed_sample() -> None:
    """The real sample through the server: sites.json, every start path, a legacy redirect."""
    root = Path(__file__).resolve().parents[2] / "data" / "sample"
    with serve(root) as s:
        status, headers, body = get(s, "/sites.json")
        assert (status, headers["content-type"]) == (200, "application/json")
        sites = json.loads(body)
        for site in sites:
            for start in site["start_paths"]:
                status, headers, page = get(s, start)
                assert (status, headers["content-type"]) == (200, "text/html; charset=utf-8"), start
                # Links as the real site has them (the crawler maps real hosts to this server).
                assert b'href="/' in page and f'href="/{site["host"]}/'.encode() not in page, start
                # As a virtual host (Host: header), the real path serves the same bytes.
                real_path = start[len(site["host"]) + 1:]
                assert get(s, real_path, {"Host": site["host"]})[::2] == (200, page), start
        assert get(s, "/robots.txt")[0] == 200
        redirects = json.loads((root / "_redirects.json").read_text())
        legacy, (code, target) = next((k, v) for k, v in redirects.items() if "/loop/" not in k and "/archive/" not in k)
        status, headers, _ = get(s, legacy)
        assert (status, headers["location"]) == (301, target)
        assert get(s, target)[0] == 200


def test_foi_serve_sample_runs_in_the_foreground(tmp_path: Path) -> None:
    """The CLI prints where each site lives, serves it, and names a bad root."""
    import subprocess
    import sys

    from typer.testing import CliRunner

    import foi

    root = Path(__file__).resolve().parents[2]
    bad = CliRunner().invoke(foi.app, ["serve-sample", "--root", str(tmp_path)])
    assert bad.exit_code == 1 and f"foi: {tmp_path}: no sites.json here" in bad.stderr
    proc = subprocess.Popen([sys.executable, str(root / "foi.py"), "serve-sample", "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith(f"Serving {root / 'data' / 'sample'} on http://127.0.0.1:")
        url = first.split(" on ")[1].split(" ")[0]
        psni = next(line for line in iter(proc.stdout.readline, "") if "Police Service of Northern Ireland" in line)
        assert psni.strip() == f"Police Service of Northern Ireland: {url}/www.psni.police.uk/foi-disclosure-log"
        host, port = url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        conn.request("GET", "/www.psni.police.uk/foi-disclosure-log?page=1")
        assert conn.getresponse().status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)

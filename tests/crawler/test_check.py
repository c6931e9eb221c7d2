"""`foi check` and `foi crawl` say why a force cannot be collected: the cause on the
terminal and exit status 1 (DNS failure, connection refused, challenged, robots.txt)."""
from __future__ import annotations

import csv
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crawler.run import ROOT
from foi import app
from tests.crawler.conftest import copy_site

runner = CliRunner()
NOWHERE = "https://www.nowhere.police.invalid/foi-ai/nowhere-police/disclosure/"


def write_registry(path: Path) -> Path:
    """A registry in the shipped forces.csv's own columns: one force on a host that cannot
    resolve (.invalid, RFC 2606) and one with no known log."""
    with (ROOT / "crawler" / "data" / "forces.csv").open(newline="", encoding="utf-8") as f:
        columns = next(csv.reader(f))
    common = {"country": "England", "platform": "soh", "profile": "soh", "confidence": "low",
              "evidence": "https://www.example.invalid/evidence", "example_url": "", "notes": "",
              "wdtk_slug": ""}
    rows = [
        {**common, "id": "nowhere", "name": "Nowhere Constabulary", "start_url": NOWHERE, "start_urls": NOWHERE,
         "start_url_status": "seen", "hosts": "www.nowhere.police.invalid", "reason_unknown": ""},
        {**common, "id": "lost", "name": "Lost Police", "start_url": "", "start_urls": "",
         "start_url_status": "unknown", "hosts": "www.lost.police.invalid",
         "reason_unknown": "no disclosure log found in any public source"},
    ]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def unresolvable(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("FOI_FORCES_CSV", str(write_registry(tmp_path / "forces.csv")))
    monkeypatch.setenv("FOI_CRAWL_JOBS", str(tmp_path / "jobs"))
    return tmp_path


def test_check_a_host_that_does_not_resolve(unresolvable):
    result = runner.invoke(app, ["check", "--authority", "nowhere"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"nowhere (Nowhere Constabulary): {NOWHERE}",
        "  robots.txt  FAIL DNS failure: www.nowhere.police.invalid does not resolve",
        "foi: nowhere: DNS failure: www.nowhere.police.invalid does not resolve",
    ]


def test_check_a_force_with_no_known_log(unresolvable):
    result = runner.invoke(app, ["check", "--authority", "lost"])
    assert result.exit_code == 1
    assert result.output in (  # the registry's wording before and after it grew reason_unknown
        "foi: lost: disclosure-log URL is unknown in crawler/data/forces.csv\n",
        "foi: lost: no disclosure-log URL in crawler/data/forces.csv "
        "(unknown: no disclosure log found in any public source)\n")


def test_crawl_a_host_that_does_not_resolve_says_why_and_exits_1(unresolvable):
    result = runner.invoke(app, ["crawl", "--all", "--db", f"sqlite:///{unresolvable / 'foi.db'}"])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0] in ("skipped lost: disclosure-log URL is unknown in the registry",
                        "skipped lost: no disclosure log found in any public source")
    assert f"foi: nowhere: failed: DNS failure: www.nowhere.police.invalid does not resolve ({NOWHERE})" in lines
    assert "foi: every force failed: nothing was collected" in lines


def test_check_the_sample_site_parses_one_item(tmp_path, start_server):
    small = copy_site(tmp_path, "small")
    server = start_server(small)
    result = runner.invoke(app, ["check", "--authority", "small", "--sample", server.url])
    assert result.exit_code == 0, result.output
    base = "https://www.small.police.uk/foi-disclosure-log"  # real URLs; the replica answers for them
    assert result.output.splitlines() == [
        f"small (Small Police): {base}",
        "  robots.txt  ok   200, allows the start URL",
        "  start page  ok   200 text/html; charset=utf-8, 317 bytes: 0 listings, 2 responses, 0 attachments linked",
        "  listing     ok   no further listing linked; the start page is the listing",
        "  item        ok   200 text/html; charset=utf-8, 393 bytes",
        f"                  {base}/stop-and-search",
        "  parsed      reference FOI/15751 | date 2026-02-04 | outcome disclosed | exemptions -",
        "              title Stop and search",
        "route: live: plain HTTP works (foi crawl)",
    ]
    # Polite: robots.txt first; the page robots.txt forbids is never asked for.
    paths = [r["path"] for r in server.requests if r["path"] != "/sites.json"]
    assert paths == ["/www.small.police.uk/robots.txt", "/www.small.police.uk/foi-disclosure-log",
                     "/www.small.police.uk/foi-disclosure-log/stop-and-search"]


def test_check_a_challenged_host(tmp_path, start_server):
    small = copy_site(tmp_path, "small")
    server = start_server(small, challenge=True)
    result = runner.invoke(app, ["check", "--authority", "small", "--sample", server.url, "--sample-root", str(small)])
    assert result.exit_code == 1
    assert "  robots.txt  FAIL HTTP 403, a bot challenge" in result.output.splitlines()
    assert result.output.splitlines()[-1] == \
        "foi: small: challenged: www.small.police.uk answers with a bot challenge (HTTP 403); try foi crawl --browser"


def test_check_robots_disallowed(tmp_path, start_server):
    small = copy_site(tmp_path, "small")
    (small / "www.small.police.uk" / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    server = start_server(small)
    result = runner.invoke(app, ["check", "--authority", "small", "--sample", server.url])
    assert result.exit_code == 1
    assert "  robots.txt  ok   200, FORBIDS the start URL" in result.output.splitlines()
    assert result.output.splitlines()[-1] == (
        "foi: small: robots-disallowed: robots.txt forbids https://www.small.police.uk/foi-disclosure-log")
    assert [r["path"] for r in server.requests if r["path"] != "/sites.json"] == ["/www.small.police.uk/robots.txt"]


def test_crawl_prints_each_forces_cause(tmp_path, start_server, monkeypatch):
    monkeypatch.setenv("FOI_CRAWL_JOBS", str(tmp_path / "jobs"))
    small = copy_site(tmp_path, "small")
    server = start_server(small, challenge=True)
    result = runner.invoke(app, ["crawl", "--sample", server.url, "--sample-root", str(small), "--no-polite",
                                 "--db", f"sqlite:///{tmp_path / 'foi.db'}"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "foi: small: failed: challenged: www.small.police.uk answers with a bot challenge; try --browser" in lines
    assert "foi: every force failed: nothing was collected" in lines


def test_crawl_connection_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("FOI_CRAWL_JOBS", str(tmp_path / "jobs"))
    small = copy_site(tmp_path, "small")
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from crawler.run import crawl

    summary = crawl(sample_url=f"http://127.0.0.1:{port}", db_url=f"sqlite:///{tmp_path / 'foi.db'}",
                    sample_root=small, delay=0.0, progress=False, jobs_dir=tmp_path / "jobs")
    assert summary.all_failed
    # Said of the real URL the replica stands for (nothing of a crawl names 127.0.0.1).
    assert summary.failures == {"small": "connection refused by www.small.police.uk "
                                         "(https://www.small.police.uk/foi-disclosure-log)"}


def test_check_json_gives_each_step_the_preview_and_the_route(tmp_path, start_server):
    import json

    small = copy_site(tmp_path, "small")
    server = start_server(small)
    result = runner.invoke(app, ["check", "--authority", "small", "--sample", server.url, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    base = "https://www.small.police.uk/foi-disclosure-log"
    assert (report["force_id"], report["start_url"], report["ok"]) == ("small", base, True)
    assert [(s["name"], s["ok"]) for s in report["steps"]] == [
        ("robots.txt", True), ("start page", True), ("listing", True), ("item", True)]
    assert report["steps"][3]["url"] == f"{base}/stop-and-search"
    assert (report["preview"]["reference"], report["preview"]["outcome"]) == ("FOI/15751", "disclosed")
    assert (report["route"], report["cause"]) == ("live: plain HTTP works (foi crawl)", None)


def test_check_json_of_a_host_that_does_not_resolve_exits_1(unresolvable):
    import json

    result = runner.invoke(app, ["check", "--authority", "nowhere", "--json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["force_id"] == "nowhere"
    assert report["cause"] and "www.nowhere.police.invalid" in report["cause"]

"""`foi crawl` end to end: the command over a sample server, and its refusals."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crawler.run import ROOT
from foi import app
from tests.crawler.conftest import copy_site, local, rows

runner = CliRunner()


def test_foi_crawl_sample(tmp_path: Path, start_server, db, monkeypatch):
    monkeypatch.setenv("FOI_CRAWL_JOBS", str(tmp_path / "jobs"))
    small = copy_site(tmp_path, "small")
    server = start_server(small)
    result = runner.invoke(app, ["crawl", "--sample", server.url, "--no-polite", "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 force(s): 2 pages fetched, 1 responses stored, 0 unchanged, 0 failed" in result.output
    assert [(local(u), ref) for u, ref in rows(db, "SELECT response_url, reference FROM disclosures")] == [
        ("/www.small.police.uk/foi-disclosure-log/stop-and-search", "FOI/15751")]
    assert (tmp_path / "jobs" / "sample-all.log").exists()


def test_a_store_that_will_not_open_is_said_before_any_request(tmp_path: Path, start_server, monkeypatch):
    """A damaged store file ends the crawl at once with its reason; the site is never asked and
    the file is left as it was."""
    monkeypatch.setenv("FOI_CRAWL_JOBS", str(tmp_path / "jobs"))
    server = start_server(copy_site(tmp_path, "small"))
    bad = tmp_path / "foi.db"
    bad.write_bytes(b"this is not a database")
    result = runner.invoke(app, ["crawl", "--sample", server.url, "--no-polite", "--db", f"sqlite:///{bad}"])
    assert result.exit_code == 1
    assert f"foi: the store sqlite:///{bad} cannot be opened: {bad}: not a SQLite database" in result.output
    assert server.requests == []
    assert bad.read_bytes() == b"this is not a database"


def test_foi_crawl_refusals(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("FOI_CRAWL_JOBS", str(tmp_path / "jobs"))
    nothing = runner.invoke(app, ["crawl"])
    assert nothing.exit_code == 2 and "say which forces" in nothing.output
    rude = runner.invoke(app, ["crawl", "--force", "cleveland", "--no-polite"])
    assert rude.exit_code == 2 and "--no-polite is only for the local sample server on 127.0.0.1" in rude.output
    bad_date = runner.invoke(app, ["crawl", "--force", "cleveland", "--since", "last week"])
    assert bad_date.exit_code == 2 and "not a date" in bad_date.output


def test_crawl_command_is_in_the_readme():
    assert "### foi crawl" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_foi_crawl_json_summary(tmp_path: Path, start_server, db, monkeypatch):
    import json

    monkeypatch.setenv("FOI_CRAWL_JOBS", str(tmp_path / "jobs"))
    small = copy_site(tmp_path, "small")
    server = start_server(small)
    result = runner.invoke(app, ["crawl", "--sample", server.url, "--no-polite", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["fetched"], summary["stored"], summary["unchanged"], summary["failed"], summary["ok"]) == (2, 1, 0, 0, True)
    small_tally = summary["forces"]["small"]
    assert (small_tally["stored"], small_tally["robots_blocked"]) == (1, 1)
    # a force's first setback is kept even when the force succeeded: the page robots.txt forbids
    assert small_tally["cause"] == ("robots-disallowed: robots.txt forbids "
                                    "https://www.small.police.uk/foi-disclosure-log/speed-cameras")
    assert summary["failures"] == {} and summary["problems"] == []

"""The store's commands end to end: foi db upgrade, foi search, foi reparse."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from foi import app
from store import open_store
from store.engine import current_revision, head_revision, make_engine
from tests.store.records import hostage_record

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
PAGE = "http://127.0.0.1/www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-20724-hostage/"


def test_db_upgrade_creates_then_reports_an_up_to_date_store(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    first = runner.invoke(app, ["db", "upgrade", "--db", url])
    assert first.exit_code == 0, first.output
    head = head_revision()
    assert f"schema empty -> {head}" in first.output
    assert current_revision(make_engine(url)) == head
    again = runner.invoke(app, ["db", "upgrade", "--db", url])
    assert again.exit_code == 0
    assert f"schema {head} -> {head}" in again.output
    assert "0 documents, 0 disclosures" in again.output


def test_db_upgrade_names_a_store_it_cannot_reach() -> None:
    result = runner.invoke(app, ["db", "upgrade", "--db",
                                 "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 1
    assert "cannot connect" in result.output


def test_search_prints_hits_and_honours_filters(store_url: str) -> None:
    with open_store(store_url, seed=False) as s:
        s.save_disclosure(hostage_record(), response_url=PAGE, document_ids=[],
                          parser_version="0.1.0")
    result = runner.invoke(app, ["search", '"hostage negotiators"', "--db", store_url])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Hostage negotiators  Cleveland Police · 207-24 · 2024-03-10"
    # Then the snippet (wrapped to the terminal), then the URL on one line.
    assert "negotiator" in " ".join(lines[1:-1]).lower()
    assert lines[-1].strip() == PAGE
    filtered = runner.invoke(app, ["search", "hostage", "--authority", "durham", "--db", store_url])
    assert filtered.exit_code == 1
    assert "no matches for 'hostage'" in filtered.output
    later = runner.invoke(app, ["search", "hostage", "--since", "2025-01-01", "--db", store_url])
    assert later.exit_code == 1
    injected = runner.invoke(app, ["search", "'; DROP TABLE disclosures; --", "--db", store_url])
    assert injected.exit_code == 1
    with open_store(store_url, seed=False) as s:
        assert s.counts()["disclosures"] == 1


def test_reparse_runs_the_real_parser_over_stored_bytes(tmp_path: Path, seed_bytes: bytes) -> None:
    from parser import PARSER_VERSION

    url = f"sqlite:///{tmp_path / 'foi.db'}"
    with open_store(url, seed=False) as s:
        s.add_document(url=PAGE, body=seed_bytes, status=200, headers={"Content-Type": "text/plain"})
        raw = s.counts()["documents"]
    result = runner.invoke(app, ["reparse", "--workers", "1", "--no-progress", "--db", url])
    assert result.exit_code == 0, result.output
    assert f"parser {PARSER_VERSION}: 1 reparsed, 0 failed" in result.output
    with open_store(url, seed=False) as s:
        record = s.get_disclosure(PAGE)
        assert s.counts()["documents"] == raw
        assert s.response_versions() == {PAGE: PARSER_VERSION}
    assert record is not None and "negotiat" in record.body_text
    again = runner.invoke(app, ["reparse", "--parser-older-than", PARSER_VERSION, "--no-progress", "--db", url])
    assert "0 reparsed, 0 failed (recorded in disclosures.error), 1 already current" in again.output


@pytest.mark.parametrize("command", ["foi db upgrade", "foi reparse", "foi search"])
def test_every_store_command_is_in_the_readme(command: str) -> None:
    assert f"### {command}" in (ROOT / "README.md").read_text(encoding="utf-8")

"""The analysis commands end to end through the real CLI, against the labelled store."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foi import app

runner = CliRunner()


@pytest.fixture(scope="module")
def url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def test_stats_usage_csv(url: str) -> None:
    result = runner.invoke(app, ["stats", "usage", "--period", "all", "--pooled", "--csv", "--db", url])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["provision"], r["responses_citing"], r["responses"]) for r in rows[:3]] == \
        [("s31", "6", "22"), ("s23", "4", "22"), ("s24", "4", "22")]


def test_stats_outcomes_json(url: str) -> None:
    result = runner.invoke(app, ["stats", "outcomes", "--period", "all", "--measure", "refused_s12",
                                 "--json", "--db", url])
    assert result.exit_code == 0, result.output
    got = {r["authority_id"]: r["count"] for r in json.loads(result.stdout)}
    assert got == {"cleveland": 0, "durham": 1, "kent": 1, "psni": 0}


def test_stats_compare_table_and_bad_measure(url: str) -> None:
    result = runner.invoke(app, ["stats", "compare", "ncnd", "--authority", "psni", "--db", url])
    assert result.exit_code == 0, result.output
    assert "psni" in result.stdout and "50.0%" in result.stdout and "16.7%" in result.stdout
    bad = runner.invoke(app, ["stats", "compare", "rude", "--db", url])
    assert bad.exit_code == 1
    assert "unknown measure 'rude'" in bad.stderr


def test_stats_cooccurrence_families_figures(url: str) -> None:
    co = runner.invoke(app, ["stats", "cooccurrence", "--csv", "--db", url])
    assert co.stdout.splitlines()[1] == "s23,s24,3,4,4,0.6"
    fam = runner.invoke(app, ["stats", "families", "--json", "--db", url])
    assert [f["authorities"] for f in json.loads(fam.stdout)] == [4, 3]
    fig = runner.invoke(app, ["stats", "figures", "--search", "overtime", "--numeric", "--csv", "--db", url])
    rows = list(csv.DictReader(io.StringIO(fig.stdout)))
    assert [(r["row_label"], r["value"], r["unit"]) for r in rows] == [("Constable", "1200000.0", "£"), ("Sergeant", "340500.0", "£")]


def test_export_command_writes_files_and_dictionaries(url: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "parquet", "--what", "exemptions", "--what", "families",
                                 "--out", str(tmp_path), "--db", url])
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(tmp_path / n) for n in (
        "exemptions.parquet", "exemptions.dictionary.csv", "families.parquet", "families.dictionary.csv")]


def test_rates_from_fewer_than_ten_responses_are_marked_in_the_table(url: str) -> None:
    """The fixture's years hold 6-8 responses each: every yearly rate is a guess and says so;
    all 22 together are not. --csv keeps plain numbers (and the counts to judge them by)."""
    yearly = runner.invoke(app, ["stats", "outcomes", "--pooled", "--measure", "refused", "--db", url]).stdout
    rows = [line for line in yearly.splitlines() if line.startswith("│ *")]
    assert [line.split("│")[2].strip() for line in rows] == ["2022", "2023", "2024", "undated"]
    assert all(line.split("│")[6].strip().startswith("~") for line in rows), yearly
    assert "~: a rate from fewer than 10 responses" in yearly
    pooled = runner.invoke(app, ["stats", "outcomes", "--period", "all", "--pooled", "--measure", "refused",
                                 "--db", url]).stdout
    assert "~" not in pooled and "│ *            │ all    │ refused │     9 │        22 │ 40.9% │" in pooled
    plain = runner.invoke(app, ["stats", "outcomes", "--pooled", "--measure", "refused", "--csv", "--db", url]).stdout
    assert "~" not in plain

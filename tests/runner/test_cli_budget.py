"""`foi parse` and `foi reparse` take the budget from --time-budget/--memory-budget, then
FOI_PARSE_SECONDS/FOI_PARSE_MEMORY_MB; a bad value is one clear line, exit 2."""
from __future__ import annotations

from typer.testing import CliRunner

from foi import app


def test_a_bad_budget_setting_is_named(tmp_path, monkeypatch) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Section 31 applies.")
    monkeypatch.setenv("FOI_PARSE_SECONDS", "soon")
    result = CliRunner().invoke(app, ["parse", str(page)])
    assert result.exit_code == 2
    assert "foi: FOI_PARSE_SECONDS/FOI_PARSE_MEMORY_MB: not a number: could not convert string to float: 'soon'" in result.output
    result = CliRunner().invoke(app, ["reparse", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--memory-budget", "10"])
    assert result.exit_code == 2 and "--memory-budget" in result.output


def test_parse_runs_under_the_cli_budget(tmp_path, monkeypatch) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Freedom of Information request 207-24.\nSection 31(1)(a) applies to the figures.\n")
    monkeypatch.setenv("FOI_PARSE_SECONDS", "soon")  # the options win over a bad environment
    result = CliRunner().invoke(app, ["parse", str(page), "--time-budget", "60", "--memory-budget", "512"])
    assert result.exit_code == 0, result.output
    assert '"code": "s31(1)(a)"' in result.output

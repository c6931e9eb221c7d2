"""Every analysis command is documented in the README with an example."""
from __future__ import annotations

from pathlib import Path

import pytest

from foi import stats_app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["demo", "stats", "export", "report", "serve"])
def test_command_has_a_readme_section(command: str) -> None:
    assert f"### foi {command}\n" in README


def test_every_stats_subcommand_is_in_the_readme() -> None:
    names = sorted(c.name for c in stats_app.registered_commands)
    assert names == ["agreement", "compare", "cooccurrence", "dates", "families", "figures", "outcomes", "refusals",
                     "usage"]
    for name in names:
        assert f"`foi stats {name}" in README, name

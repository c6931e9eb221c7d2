"""Every `foi` command a user can type is documented in the README (as sqlite-utils checks)."""
from __future__ import annotations

from pathlib import Path

import click
from typer.main import get_command

import foi

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _command_paths(group: click.Command, prefix: str = "foi") -> list[str]:
    paths: list[str] = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):  # a sub-app (`foi db`, `foi stats`)
            paths.extend(_command_paths(command, path))
        else:
            paths.append(path)
    return paths


def test_every_command_has_a_readme_example() -> None:
    paths = _command_paths(get_command(foi.app))
    assert "foi parse" in paths and "foi db upgrade" in paths
    missing = [p for p in paths if p not in README]
    assert missing == []


def test_top_level_commands_have_their_own_section() -> None:
    top = sorted(get_command(foi.app).commands)
    missing = [name for name in top if f"### foi {name}" not in README]
    assert missing == []

"""The README's example runs, checked against what the commands print (and rewritten from it).

Every indented README line `$ foi stats ...` or `$ foi search ...` that reads the demo's
store (no `--db`, or `--db` naming out/demo.db) is run against a store made as `make demo`
makes it, and the lines under it at its indent, up to the next `$` line or the block's end
(a blank line), must be exactly
what the command prints: the whole output when it is short, else its first SHOWN lines and a
line "...". `| head -N` keeps the first N lines, as the shell would. Tables are drawn 120
columns wide (COLUMNS=120).

    FOI_DATABASE_URL=sqlite:///out/demo.db .venv/bin/python -m tests.readme_drift           # check
    FOI_DATABASE_URL=sqlite:///out/demo.db .venv/bin/python -m tests.readme_drift --update  # rewrite

tests/test_readme_drift.py runs the check on a fresh crawl of the sample (what `make demo` does).
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
SHOWN = 18  # an output longer than this is shown as its first SHOWN lines and "..."
WIDTH = "120"
_CHECKED = re.compile(r"^( {4,})\$ (foi (?:stats|search) .*)$")
_DEMO_DB = ("sqlite:///out/demo.db", "out/demo.db")


@dataclass
class Example:
    """One documented run: the command as written, its block's indent and the README lines
    [start, end) of its output."""

    command: str
    indent: str
    start: int
    end: int


def examples(lines: list[str]) -> list[Example]:
    """The checked runs in the README's lines (see the module doc for which)."""
    found = []
    for i, line in enumerate(lines):
        match = _CHECKED.match(line)
        if not match or not _reads_demo_store(match.group(2)):
            continue
        indent, end = match.group(1), i + 1
        while end < len(lines) and lines[end].startswith(indent) and not lines[end].startswith(indent + "$ "):
            end += 1
        found.append(Example(match.group(2), indent, i + 1, end))
    return found


def _reads_demo_store(command: str) -> bool:
    words = shlex.split(command.split(" | ")[0])
    if "--db" not in words:
        return True
    i = words.index("--db")
    return i + 1 < len(words) and words[i + 1] in _DEMO_DB


def run(command: str, db_url: str) -> list[str]:
    """What the command prints on stdout (stderr after it), as lines, against `db_url`."""
    from typer.testing import CliRunner

    import foi

    pipeline = command.split(" | ")
    words = shlex.split(pipeline[0])[1:]  # without "foi"
    if "--db" in words:
        words[words.index("--db") + 1] = db_url
    env = {"FOI_DATABASE_URL": db_url, "COLUMNS": WIDTH, "NO_COLOR": "1", "TERM": "dumb"}
    result = CliRunner().invoke(foi.app, words, env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise RuntimeError(f"{command}: {result.exception!r}") from result.exception
    lines = [line.rstrip() for line in (result.stdout + result.stderr).splitlines()]
    for stage in pipeline[1:]:
        head = re.fullmatch(r"head -(\d+)", stage.strip())
        if not head:
            raise ValueError(f"{command}: only `| head -N` is understood after a command")
        lines = lines[:int(head.group(1))]
    return lines


def shown(output: list[str]) -> list[str]:
    """The lines the README shows for an output."""
    return output if len(output) <= SHOWN + 1 else output[:SHOWN] + ["..."]


def drift(readme: str, db_url: str) -> list[str]:
    """One message per documented run whose shown output differs from the command's."""
    lines = readme.splitlines()
    problems = []
    for ex in examples(lines):
        documented = [line[len(ex.indent):].rstrip() for line in lines[ex.start:ex.end]]
        expected = shown(run(ex.command, db_url))
        if documented != expected:
            problems.append(f"README line {ex.start}: `{ex.command}` prints\n"
                            + "\n".join(expected) + "\nbut the README shows\n" + "\n".join(documented))
    return problems


def update(readme: str, db_url: str) -> str:
    """The README with every checked run's output replaced by what the command prints."""
    lines = readme.splitlines()
    for ex in reversed(examples(lines)):  # from the end, so earlier line numbers hold
        lines[ex.start:ex.end] = [(ex.indent + line).rstrip() for line in shown(run(ex.command, db_url))]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the README's outputs")
    parser.add_argument("--db", default=os.environ.get("FOI_DATABASE_URL", "sqlite:///out/demo.db"))
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    if args.update:
        README.write_text(update(text, args.db), encoding="utf-8")
        return 0
    problems = drift(text, args.db)
    print("\n\n".join(problems) or f"{len(examples(text.splitlines()))} README runs match")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

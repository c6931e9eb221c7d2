"""foi: the command-line front door. Argument handling and wiring only; the work is done
by the libraries (parser/, store/, crawler/, analysis/), imported inside each command so
that `foi --help` stays fast.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="Collect FOI disclosure logs into a corpus you can question.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ROOT = Path(__file__).resolve().parent
SEED = ROOT.parent / "shared" / "000_962884f449e2edb4.txt"


def _err(message: str) -> None:
    typer.echo(f"foi: {message}", err=True)


# ----------------------------------------------------------------------------- parser
@app.command()
def parse(
    inputs: Annotated[list[str], typer.Argument(help="Files or URLs of stored pages; '-' reads stdin.")],
    pretty: Annotated[bool, typer.Option("--pretty", help="Indented JSON for people.")] = False,
    content_type: Annotated[Optional[str], typer.Option(help="Force a content type, e.g. application/pdf.")] = None,
) -> None:
    """Parse FOI responses (HTML, page text, PDF, .docx, .xlsx) into JSON Lines records.

    Example: foi parse ../shared/000_962884f449e2edb4.txt --pretty
    """
    from parser import parse as parse_one

    failed = 0
    for name in inputs:
        try:
            content = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            _err(f"{name}: cannot read: {exc.strerror or exc}")
            failed += 1
            continue
        record = parse_one(content, path=name, content_type=content_type,
                           url=name if "://" in name else None)
        if not record.body_text and record.warnings:
            _err(f"{name}: {'; '.join(record.warnings)}")
            failed += 1
        typer.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2 if pretty else None))
    raise typer.Exit(1 if failed else 0)


# ------------------------------------------------------------------------------- demo
@app.command()
def demo() -> None:
    """Run the whole job on the bundled sample site (until it exists: parse the seed)."""
    from parser import parse as parse_one

    record = parse_one(SEED.read_bytes(), path=str(SEED))
    typer.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))


# ------------------------------------------------------------------------------ store

# ---------------------------------------------------------------------------- crawler

# --------------------------------------------------------------------------- analysis


def main() -> None:
    app()


if __name__ == "__main__":
    main()

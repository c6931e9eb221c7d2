"""foi: the command-line front door. Argument handling and wiring only; the work is done
by the libraries (parser/, store/, crawler/, analysis/), imported inside each command so
that `foi --help` stays fast.
"""
from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    help="Collect FOI disclosure logs into a corpus you can question.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: Rich's help renderer costs ~0.2 s of CPU to import (bench: startup).
    rich_markup_mode=None,
)

ROOT = Path(__file__).resolve().parent


def _plain_type(self, ctx) -> str:  # type: ignore[no-untyped-def]
    """Help shows what to type (TEXT, INTEGER, PATH, [a|b]), as click does, not Python types
    (typer's own `<list[str]>`, `<int range>`)."""
    desc = self.type_descriptor
    if desc.is_choice:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in desc.choices or ()) + "]"
    if desc.is_datetime:
        return "[" + "|".join(desc.parameter_info.formats or ("DATETIME",)) + "]"
    if desc.is_path:
        return "PATH"
    annotation = desc.annotation
    from typing import get_args, get_origin

    if get_origin(annotation) is list:
        annotation = get_args(annotation)[0]
    if annotation is Path:
        return "PATH"
    return {str: "TEXT", int: "INTEGER", float: "FLOAT", bool: "BOOLEAN"}.get(annotation, "VALUE")


typer.core._TyperParameter.display_type = _plain_type  # type: ignore[attr-defined]


def _err(message: str) -> None:
    typer.echo(f"foi: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"foi {version('foi-corpus')}")
        except PackageNotFoundError:
            typer.echo("foi (not installed)")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Collect FOI disclosure logs into a corpus you can question."""


def _readable(db: str | None) -> str:
    """The store URL a read command uses (a plain path is a SQLite file); a missing,
    schema-less or damaged store is one clear line and exit 1, never a new empty store."""
    from store.sqlite_file import StoreError, check_readable

    try:
        return check_readable(db)
    except StoreError as exc:
        _err(str(exc))
        raise typer.Exit(1)


def _known_authority(db: str, authority: str | None) -> None:
    """Exit 1 naming `authority` and the closest known ids when the store has no such one."""
    from analysis.db import check_authority

    try:
        check_authority(db, authority)
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(1)


def _known_authority_or_name(db: str, authority: str) -> None:
    """search takes a name too: accept it when some response carries it, else as _known_authority."""
    from analysis.db import read_sql

    named = read_sql(db, "SELECT count(*) AS n FROM disclosures WHERE lower(authority) = :a",
                     {"a": authority.strip().lower()})
    if not int(named["n"].iloc[0]):
        _known_authority(db, authority.strip().lower())


def _date(option: str, value: str | None):  # type: ignore[no-untyped-def]
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _err(f"{option} {value}: not a date (YYYY-MM-DD)")
        raise typer.Exit(1)


SinceOpt = Annotated[Optional[str], typer.Option("--since", metavar="YYYY-MM-DD", help="Only responses dated on or after this day.")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", metavar="YYYY-MM-DD", help="Only responses dated on or before this day.")]


# ----------------------------------------------------------------------------- parser
def _sample_url(path: Path) -> str | None:
    """The real URL a file of the sample site stands for: data/sample/<host>/<path>."""
    import re

    host = re.compile(r"^(?:[a-z0-9-]+\.)+(?:uk|scot|wales|com|org|net|gov)$", re.I)
    parts = path.parts
    for i in range(len(parts) - 1, -1, -1):
        if host.match(parts[i]):
            rest = list(parts[i + 1 :])
            slash = bool(rest) and rest[-1] in ("index.html", "index.htm")
            if slash:
                rest.pop()
            return f"https://{parts[i]}/" + "/".join(rest) + ("/" if slash and rest else "")
    return None


def _read_input(name: str) -> tuple[bytes, str | None, str | None]:
    """(content, url, content type) of one input: '-' for stdin, an http(s) URL, or a file."""
    if name == "-":
        return sys.stdin.buffer.read(), None, None
    if name.startswith(("http://", "https://")):
        from urllib.request import Request, urlopen

        request = Request(name, headers={"User-Agent": "foi-corpus (foi parse)"})
        with urlopen(request, timeout=30) as resp:  # noqa: S310 - the user asked for this URL
            return resp.read(), resp.geturl(), resp.headers.get("Content-Type")
    import mimetypes

    path = Path(name)
    return path.read_bytes(), _sample_url(path), mimetypes.guess_type(name)[0]


TimeBudgetOpt = Annotated[Optional[float], typer.Option(
    "--time-budget", min=0.1, metavar="SECONDS", help="Seconds one input may take to parse (default FOI_PARSE_SECONDS, else 30).")]
MemoryBudgetOpt = Annotated[Optional[int], typer.Option(
    "--memory-budget", min=64, metavar="MB", help="MB of memory one input may take to parse (default FOI_PARSE_MEMORY_MB, else 1024).")]


def _budget(seconds: float | None, memory_mb: int | None):  # type: ignore[no-untyped-def]
    from runner import Budget

    try:
        return Budget.from_env(seconds, memory_mb)
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(2)


@app.command()
def parse(
    inputs: Annotated[list[str], typer.Argument(help="Files or http(s) URLs of responses; '-' reads stdin.")],
    pretty: Annotated[bool, typer.Option("--pretty", help="Indented JSON for people.")] = False,
    content_type: Annotated[Optional[str], typer.Option(help="Force a content type, e.g. application/pdf.")] = None,
    time_budget: TimeBudgetOpt = None,
    memory_budget: MemoryBudgetOpt = None,
) -> None:
    """Parse FOI responses (HTML, page text, PDF, .docx, .xlsx) into JSON Lines records.

    Prints one JSON object per input, in order; a directory stands for the files under it. Exits 1 when an input could not be read at
    all (missing, empty, binary) or went over its parse budget: it is named on stderr and its
    record carries the reason. Each input is parsed in a worker process under the budget.

    Example: foi parse ../shared/000_962884f449e2edb4.txt --pretty
    """
    from parser import Disclosure
    from parser.formats.decode import why_unreadable
    from runner import BoundedPool
    from runner.jobs import parse_input

    pool = BoundedPool(parse_input, budget=_budget(time_budget, memory_budget), preload_spacy=False)
    try:
        _parse_each(_expand_dirs(inputs), pool, content_type, pretty, Disclosure, why_unreadable)
    finally:
        pool.close()


def _expand_dirs(inputs: list[str]) -> list[str]:
    """A directory given to `foi parse` stands for the files under it (sorted, hidden ones left
    out), as `foi add` walks one: a folder of downloaded letters is the commonest input. An empty
    directory stays itself, so it is reported as unreadable, not silently skipped."""
    out: list[str] = []
    for name in inputs:
        path = Path(name)
        if name != "-" and not name.startswith(("http://", "https://")) and path.is_dir():
            files = sorted(
                str(p) for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            out.extend(files or [name])
        else:
            out.append(name)
    return out


def _parse_each(inputs, pool, content_type, pretty, Disclosure, why_unreadable) -> None:  # type: ignore[no-untyped-def]
    failed = 0
    for name in inputs:
        try:
            content, url, guessed_type = _read_input(name)
        except OSError as exc:
            code = getattr(exc, "code", None)  # urllib's HTTPError: say the status
            why = getattr(exc, "reason", None) or exc.strerror or exc
            reason = f"cannot read: HTTP {code} {why}" if code else f"cannot read: {why}"
            record, unreadable = Disclosure(path=name, warnings=[reason]), reason
        else:
            ctype = content_type or guessed_type
            unreadable = why_unreadable(content, content_type=ctype, url=url)
            result = pool.run((content, name, url, ctype))
            record = result.value
            if result.error is not None or record is None:
                unreadable = result.error or "the parser returned nothing"
                record = Disclosure(path=name, warnings=[unreadable])
        if unreadable:
            _err(f"{name}: {unreadable}")
            failed += 1
        try:
            sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False, indent=2 if pretty else None) + "\n")
            sys.stdout.flush()
        except BrokenPipeError:  # `foi parse ... | head`: the reader has had enough
            raise typer.Exit(1 if failed else 0) from None
    raise typer.Exit(1 if failed else 0)


# ------------------------------------------------------------------------------- demo
@app.command()
def demo(
    db: Annotated[Optional[str], typer.Option("--db", help="Store URL (default: sqlite:///OUT/demo.db; PostgreSQL works too).")] = None,
    out: Annotated[Path, typer.Option("--out", help="Where exports, charts and the report go.")] = Path("out"),
) -> None:
    """Run the whole job on the bundled sample site: serve, crawl, parse, store, analyse, write.

    Example: foi demo --out out/
    """
    from rich.console import Console

    from analysis.demo import run_demo
    from analysis.terminal import rich_table

    console = Console()
    result = run_demo(db, out, say=lambda m: console.print(f"[bold]demo:[/bold] {m}"))
    _refresh_rollup(result.db_url)  # the statistics a user runs next read the monthly rollup
    c = result.counts
    how = "crawled from the local sample server" if result.method == "crawl" else "parsed from the sample files on disk"
    console.print(f"\n[bold]{c.get('documents', 0)} documents, {c.get('disclosures', 0)} disclosures, "
                  f"{c.get('exemptions', 0)} exemptions, {c.get('table_cells', 0)} figures[/bold] ({how}) "
                  f"in {result.seconds:.0f} s; store: {result.db_url}")
    w = result.wdtk
    if w.get("requests"):
        console.print(f"WhatDoTheyKnow replica: {w['requests']} requests, {w['replies']} replies ({w['answers']} answers, "
                      f"{w['in_log']} of them also in a force's log; {w['replies'] - w['answers']} clarifications "
                      "and internal reviews)")
        a = result.agreement
        if a and a["n"]:
            console.print(f"  our outcome against the requesters' states: {a['agreement'] * a['n']:.0f} of {a['n']:.0f} "
                          f"agree, Cohen's kappa {a['kappa']:.2f} ({a['kappa_low']:.2f} to {a['kappa_high']:.2f}); "
                          "foi stats agreement")
    for note in result.notes:
        console.print(f"  note: {note}")
    from analysis.outcomes import DATE_SOURCES, date_sources

    dates = date_sources(result.db_url).iloc[-1]  # all authorities
    words = {"response": "the response date", "published": "the published date",
             "request": "the request date", "url": "the month in the URL"}
    console.print("dated by " + ", ".join(f"{words[s]} {int(dates[s])}" for s in DATE_SOURCES)
                  + f"; undated {int(dates['undated'])} (foi stats dates)")
    console.print(rich_table(_named(result.top[["provision", "responses_citing", "share", "ci_low", "ci_high"]],
                                    "provision"), "Top exemptions (share of all responses)"))
    console.print(rich_table(result.refusals[["authority_id", "responses", "refused", "refusal_rate", "refused_s12", "ncnd_rate"]],
                             "Refusal rate by force"))
    if result.families is not None and len(result.families):
        for line in result.families.sort_values("authorities", ascending=False)["summary"].head(3):
            console.print(f"  family: {line}")
    console.print("\nWritten:")
    for path in result.paths:
        console.print(f"  {path}")
    if result.db_url.startswith("sqlite"):
        console.print(f"Browse it: foi serve --db {result.db_url}")


# ------------------------------------------------------------------------------ store
db_app = typer.Typer(help="The SQL store: create it or migrate it to the current schema.",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")

StoreDbOpt = Annotated[Optional[str], typer.Option(
    "--db", help="Store URL, sqlite:///PATH or postgresql+psycopg://...; default FOI_DATABASE_URL, else data/foi.db.")]


def _open_store(db: str | None):  # type: ignore[no-untyped-def]
    """open_store(), with a failure to connect or migrate turned into one clear line."""
    from store import default_url, open_store

    try:
        return open_store(db)
    except Exception as exc:  # SQLAlchemy/Alembic/driver errors all mean "cannot use this store"
        _err(f"{db or default_url()}: cannot open the store: {str(exc).splitlines()[0]}")
        raise typer.Exit(1)


def _refresh_rollup(db, *, one_correction: bool = False) -> None:  # type: ignore[no-untyped-def]
    """The writers' last step: rebuild the statistics' monthly rollup (analysis.rollup) when
    the store changed; until it is rebuilt the statistics read the base tables. After one
    review correction a large store is left to `foi db refresh`: a rebuild takes about a
    minute at a million responses, and a reviewer corrects many records in a row."""
    from analysis.rollup import refresh_quietly, review_refresh_limit

    if one_correction:
        limit = review_refresh_limit()
        if _count_responses(db) > limit:
            _err(f"note: over {limit:,} responses, so the statistics read the base tables (slower, "
                 "the same answers) until `foi db refresh` rebuilds their rollup")
            return
    refresh_quietly(db)


def _count_responses(db) -> int:  # type: ignore[no-untyped-def]
    from analysis.db import fetch

    return int(fetch(db, "SELECT COUNT(*) FROM disclosures").data[0][0])


@db_app.command("refresh")
def db_refresh(
    db: StoreDbOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when it is current.")] = False,
) -> None:
    """Rebuild the statistics' monthly rollup (crawl, reparse and review do it when they finish).

    Example: foi db refresh --db sqlite:///data/foi.db
    """
    from analysis.rollup import current, refresh

    with _open_store(db) as s:
        seconds = refresh(s, force=force)
        kept = current(s)
    if not kept:  # written to while it was built: the statistics read the base tables
        _err("the store changed while the rollup was being built: run foi db refresh again")
        raise typer.Exit(1)
    typer.echo("rollup already current" if seconds is None else f"rollup rebuilt in {seconds:.1f} s")


@db_app.command("upgrade")
def db_upgrade(db: StoreDbOpt = None) -> None:
    """Create the store, or migrate an older one in place (every row kept); sync authorities.

    Example: foi db upgrade --db sqlite:///data/foi.db
    """
    from store.engine import current_revision, make_engine

    try:
        before = current_revision(make_engine(db))
    except Exception as exc:
        _err(f"{db or 'store'}: cannot connect: {str(exc).splitlines()[0]}")
        raise typer.Exit(1)
    with _open_store(db) as s:
        after = current_revision(s.engine)
        s.seed_authorities()
        counts = s.counts()
        typer.echo(f"{s.url}: schema {before or 'empty'} -> {after}; "
                   f"{counts['authorities']} authorities, {counts['documents']} documents, "
                   f"{counts['disclosures']} disclosures")


def _parse_stored(page, attachments):  # type: ignore[no-untyped-def]
    """Stored page + attachments -> Disclosure; module-level so reparse workers can unpickle it."""
    from crawler.fields import complete, profile_for_url
    from parser import RawDoc, parse_response

    record = parse_response(RawDoc(page.content, page.url, page.content_type),
                            [RawDoc(a.content, a.url, a.content_type) for a in attachments])
    # What the crawl adds from the site's profile (fields, the URL's month) is added again.
    return complete(record, page.content, page.content_type, page.url, profile_for_url(page.url))


def _since_process_start() -> float:
    """Wall seconds since this process began (its start-up, when called first thing)."""
    import time

    import psutil

    return time.time() - psutil.Process().create_time()


@app.command()
def reparse(
    parser_older_than: Annotated[Optional[str], typer.Option("--parser-older-than", metavar="VERSION", help="Only records made by a parser older than this version (and failed ones).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", hidden=True)] = None,
    workers: Annotated[int, typer.Option(min=1, metavar="N", help="Parser processes (at least 1).")] = 2,
    db: StoreDbOpt = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    time_budget: TimeBudgetOpt = None,
    memory_budget: MemoryBudgetOpt = None,
    batch: Annotated[int, typer.Option(min=1, metavar="N", help="Responses per write transaction (on PostgreSQL also per claim).")] = 200,
) -> None:
    """Re-run the current parser over the stored raw documents (no re-crawl).

    Each response is parsed in a worker process under the parse budget; one over it is
    recorded in disclosures.error ("parse budget exceeded: 30 s") and the run goes on.
    On PostgreSQL several `foi reparse` (on one machine or many) share the work: each
    claims its own batches, and a batch of one killed is taken up by the others.

    Example: foi reparse --parser-older-than 0.2.0 --workers 4
    """
    if since is not None:
        _err(f"--since {since}: reparse selects by parser version now; use --parser-older-than {since}")
        raise typer.Exit(1)
    db = _readable(db)
    budget = _budget(time_budget, memory_budget)
    from runner import warm_up

    warm_up()  # the parse workers' fork server loads the parser while this process starts
    from parser import PARSER_VERSION
    from store.reparse import run

    from crawler.wdtk.reparse import run as run_wdtk

    with _open_store(db) as s:
        start = _since_process_start()  # Python, imports and opening the store
        summary = run(s, _parse_stored, parser_version=PARSER_VERSION, workers=workers,
                      since=parser_older_than, progress=progress, budget=budget, batch_size=batch)
        answers = run_wdtk(s, parser_version=PARSER_VERSION, since=parser_older_than, workers=workers,
                           budget=budget)
        _refresh_rollup(s)
    for url, error in summary.errors + answers.errors:
        _err(f"{url}: {error}")
    if os.environ.get("FOI_REPARSE_PHASES"):  # bench.scale: where the run's wall time went
        _err("phases: " + json.dumps({k: round(v, 2) for k, v in {"start": start, **summary.seconds}.items()}))
    typer.echo(f"parser {PARSER_VERSION}: {summary.parsed} reparsed, {summary.failed} failed "
               f"(recorded in disclosures.error), {summary.skipped} already current, "
               f"{summary.total} responses stored")
    if answers.total:
        typer.echo(f"WhatDoTheyKnow answers with records of their own: {answers.parsed} reparsed "
                   f"({answers.merged_with_log} now merged with a log response), {answers.failed} failed, "
                   f"{answers.skipped} already current, {answers.total} in all")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help='Words (all required) and "quoted phrases".')],
    authority: Annotated[Optional[str], typer.Option("--authority", "-a", help="Authority id or name, e.g. cleveland.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: Annotated[int, typer.Option(min=1, metavar="N", help="At most this many hits (at least 1).")] = 20,
    db: StoreDbOpt = None,
    csv: Annotated[bool, typer.Option("--csv", help="CSV on stdout.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="JSON array on stdout.")] = False,
) -> None:
    """Full-text search over titles, requests and responses, matches highlighted.

    Example: foi search '"hostage negotiators"' --authority cleveland --since 2024-01-01
    """
    from rich.console import Console
    from rich.text import Text

    db = _readable(db)
    since_day, until_day = _date("--since", since), _date("--until", until)
    if authority:
        _known_authority_or_name(db, authority)
    with _open_store(db) as s:
        hits = s.search(text, authority=authority, since=since_day, limit=limit if until_day is None else 10**6)
    if until_day is not None:
        hits = [h for h in hits if h.date is not None and h.date <= until_day][:limit]
    console = Console(highlight=False)
    if not hits:
        _err(f"no matches for {text!r}")
        raise typer.Exit(1)
    if csv or json_:
        import pandas as pd

        from analysis.terminal import emit

        frame = pd.DataFrame([{"authority_id": h.authority_id, "authority": h.authority, "reference": h.reference,
                               "date": h.date.isoformat() if h.date else None, "title": h.title,
                               "snippet": "".join(t for t, _ in h.fragments()).replace("\n", " "),
                               "response_url": h.response_url} for h in hits])
        emit(frame, fmt="csv" if csv else "json", title="Search")
        return
    for hit in hits:
        head = Text(hit.title or "(untitled)", style="bold")
        details = [hit.authority or hit.authority_id, hit.reference,
                   hit.date.isoformat() if hit.date else None]
        head.append("  " + " · ".join(d for d in details if d), style="cyan")
        snippet = Text("  ")
        for fragment, matched in hit.fragments():
            snippet.append(fragment.replace("\n", " "), style="black on yellow" if matched else None)
        console.print(head)
        console.print(snippet)
        console.print(Text("  " + hit.response_url, style="dim"), soft_wrap=True)


# ---------------------------------------------------------------------------- crawler
@app.command("serve-sample")
def serve_sample(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 = any free port).")] = 8765,
    root: Annotated[Path, typer.Option(help="Directory of the sample sites.")] = ROOT / "data" / "sample",
    challenge: Annotated[bool, typer.Option("--challenge", help="Answer with a JavaScript bot challenge (403) that refuses plain clients and headless browsers; a headed browser earns a clearance cookie bound to its User-Agent.")] = False,
    delay: Annotated[float, typer.Option(help="Seconds to wait before each response.")] = 0.0,
    log: Annotated[Optional[Path], typer.Option(help="Append the request log (JSON Lines) to this file.")] = None,
) -> None:
    """Serve the bundled sample disclosure sites on 127.0.0.1 in the foreground.

    Example: foi serve-sample --port 8765, then open http://127.0.0.1:8765/www.psni.police.uk/foi-disclosure-log
    """
    from crawler.sample_server import run_forever

    if not (root / "sites.json").is_file():
        _err(f"{root}: no sites.json here; run `python data/generate.py` first")
        raise typer.Exit(1)
    try:
        run_forever(root, port, log_path=log, delay=delay, challenge=challenge)
    except OSError as exc:
        _err(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}")
        raise typer.Exit(1)


@app.command()
def crawl(
    authority: Annotated[Optional[list[str]], typer.Option("--authority", "-a", metavar="ID", help="Force id from crawler/data/forces.csv (repeatable); with --source wdtk also a PCC id (default: every body with a WhatDoTheyKnow slug).")] = None,
    force: Annotated[Optional[list[str]], typer.Option("--force", "-f", hidden=True, metavar="ID", help="Old name of --authority.")] = None,
    all_forces: Annotated[bool, typer.Option("--all", help="Every force whose disclosure-log URL is known.")] = False,
    sample: Annotated[Optional[str], typer.Option("--sample", help="Crawl the sample server at this URL (e.g. http://127.0.0.1:8765) instead of the real sites.")] = None,
    since: Annotated[Optional[str], typer.Option(metavar="YYYY-MM-DD", help="Only listings filed in or after this date.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted crawl (Scrapy JOBDIR under data/.crawl-jobs/).")] = False,
    polite: Annotated[bool, typer.Option("--polite/--no-polite", help="--no-polite lifts delays; only for the 127.0.0.1 sample.")] = True,
    browser: Annotated[bool, typer.Option("--browser", help="Pass JavaScript bot challenges with a headed Chromium (Xvfb when there is no display), then fetch plainly with its clearance.")] = False,
    browser_profile: Annotated[Optional[Path], typer.Option("--browser-profile", help="The browser's profile directory (default FOI_BROWSER_PROFILE, else data/browser-profile).")] = None,
    contact: Annotated[Optional[str], typer.Option(help="Contact put in the User-Agent (default FOI_CONTACT).")] = None,
    sample_root: Annotated[Optional[Path], typer.Option("--sample-root", help="Where the sample's sites.json is when the server does not hand it out (default data/sample).")] = None,
    db: StoreDbOpt = None,
    source: Annotated[str, typer.Option("--source", help="log: the forces' disclosure logs; wdtk: their requests on WhatDoTheyKnow.")] = "log",
    delay: Annotated[Optional[float], typer.Option("--delay", help="With --source wdtk: seconds between requests (default the crawl's DOWNLOAD_DELAY).")] = None,
    full: Annotated[bool, typer.Option("--full", help="With --source wdtk: read every page of each body's feed, not only the events since the last crawl (catches edits that add no event; backfills before an earlier --since).")] = False,
    feed: Annotated[str, typer.Option("--feed", metavar="auto|json|atom", help="With --source wdtk: which body feed to read (auto: JSON, Atom when the JSON will not do).")] = "auto",
    queue: Annotated[Optional[str], typer.Option("--queue", metavar="redis://HOST:6379/N", help="Share one Redis queue with other `foi crawl --queue` processes (any machine): each page fetched once, one request at a time per host across all.")] = None,
    queue_prefix: Annotated[Optional[str], typer.Option("--queue-prefix", help="Redis key prefix of the shared crawl (default foi-crawl:<forces>).")] = None,
    json_: Annotated[bool, typer.Option("--json", help="The crawl's summary per force as JSON on stdout (instead of the summary line).")] = False,
) -> None:
    """Crawl police disclosure logs into the store: polite, incremental, resumable.

    Example: foi crawl --authority cleveland --contact you@example.org
    Several machines: foi crawl --all --queue redis://queue-host:6379/0 --db postgresql://...
    """
    import os
    from datetime import date

    from crawler.run import crawl as run_crawl

    force = [*(authority or []), *(force or [])] or None
    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError:
        _err(f"--since {since}: not a date (YYYY-MM-DD)")
        raise typer.Exit(2)
    if source not in ("log", "wdtk"):
        _err(f"--source {source}: expected log or wdtk")
        raise typer.Exit(2)
    if queue:
        from crawler.queue import check_queue_url

        try:
            check_queue_url(queue)
        except ValueError as exc:
            _err(str(exc))
            raise typer.Exit(2)
        if resume:
            _err("--resume: a crawl on a --queue resumes from the queue by itself; leave --resume out")
            raise typer.Exit(2)
    if source == "wdtk":
        if queue:
            _err("--queue: only for --source log")
            raise typer.Exit(2)
        if contact:
            os.environ["FOI_CONTACT"] = contact
        _crawl_wdtk(list(force or []), db, sample, since_date,
                    delay if polite else 0.0, full=full, feed=feed)
        return
    if not (force or all_forces or sample):
        _err("say which forces: --authority ID (see crawler/data/forces.csv), --all, or --sample URL")
        raise typer.Exit(2)
    if force and not sample:  # unknown ids fail here, before any crawl output
        from analysis.db import closest
        from crawler.registry import real_registry

        known = sorted(real_registry().sites)
        unknown = [f for f in force if f not in known]
        if unknown:
            _err(f"--authority {unknown[0]}: not a known force id{closest(unknown[0], known)} "
                 "(see crawler/data/forces.csv)")
            raise typer.Exit(1)
    if contact:
        os.environ["FOI_CONTACT"] = contact
    if all_forces and not sample:
        from crawler.registry import real_registry

        for force_id, why in real_registry().skipped():
            typer.echo(f"skipped {force_id}: {why}", err=True)
    try:
        summary = run_crawl(forces=force, all_forces=all_forces, db_url=db, sample_url=sample, since=since_date,
                            resume=resume, polite=polite, browser=browser, progress=True,
                            browser_profile=browser_profile, sample_root=sample_root, queue=queue,
                            queue_prefix=queue_prefix)
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    _refresh_rollup(db)
    for problem in summary.problems:
        _err(problem)
    for host in summary.challenged_hosts:
        _err(f"{host}: answered with a bot challenge" + ("" if browser else "; try again with --browser"))
    # On a shared queue this process did only its share: a force it never got a request of
    # has not failed (another process crawled it).
    failures = {f: why for f, why in summary.failures.items() if not queue or summary.forces[f].fetched}
    for force_id, why in failures.items():
        _err(f"{force_id}: failed: {why}")
    totals = [summary.forces[f] for f in sorted(summary.forces)]
    all_failed = summary.all_failed and (not queue or bool(failures))
    if json_:
        import json
        from dataclasses import asdict

        typer.echo(json.dumps({
            "forces": {f: asdict(summary.forces[f]) for f in sorted(summary.forces)},
            "fetched": summary.fetched, "stored": sum(t.stored for t in totals),
            "unchanged": sum(t.unchanged for t in totals), "failed": sum(t.failed for t in totals),
            "failures": failures, "problems": summary.problems, "challenged_hosts": summary.challenged_hosts,
            "elapsed_seconds": round(summary.elapsed, 1), "log_file": str(summary.log_file) if summary.log_file else None,
            "ok": bool(summary.ok and not summary.problems and not all_failed)}, indent=1))
        raise typer.Exit(0 if summary.ok and not summary.problems and not all_failed else 1)
    typer.echo(f"{len(totals)} force(s): {summary.fetched} pages fetched, {sum(t.stored for t in totals)} responses "
               f"stored, {sum(t.unchanged for t in totals)} unchanged, {sum(t.failed for t in totals)} failed "
               f"in {summary.elapsed:.1f} s{' by this process, on the shared queue' if queue else ''} "
               f"(Scrapy's log: {summary.log_file})")
    if all_failed and summary.forces:
        _err("every force failed: nothing was collected")
    raise typer.Exit(0 if summary.ok and not summary.problems and not all_failed else 1)


def _crawl_wdtk(ids: list[str], db: Optional[str], sample: Optional[str], since: "date | None", delay: Optional[float],
                *, full: bool = False, feed: str = "auto") -> None:
    """`foi crawl --source wdtk`: see crawler/wdtk/crawl.py."""
    from crawler.wdtk.run import run as run_wdtk

    try:
        summary = run_wdtk(ids or None, db_url=db, sample_url=sample, since=since, delay=delay, full=full, feed=feed)
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    _refresh_rollup(db)
    for problem in summary.failed:
        _err(problem)
    typer.echo(f"WhatDoTheyKnow: {summary.feed_pages} feed pages, {summary.new_events} new events; "
               f"{summary.requests_seen} requests seen, {summary.requests_fetched} fetched, "
               f"{summary.requests_unchanged} unchanged; {summary.responses_stored} responses stored "
               f"({summary.merged_with_log} also in a force's log), {summary.other_replies} other replies; "
               f"{summary.fetched} HTTP requests, {len(summary.failed)} failed")
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def check(
    authority: Annotated[str, typer.Option("--authority", "-a", help="Force id from crawler/data/forces.csv (or the sample's sites.json with --sample).")],
    sample: Annotated[Optional[str], typer.Option("--sample", help="Check a site of the sample server at this URL instead.")] = None,
    sample_root: Annotated[Optional[Path], typer.Option("--sample-root", help="Where the sample's sites.json is when the server does not hand it out (default data/sample).")] = None,
    contact: Annotated[Optional[str], typer.Option(help="Contact put in the User-Agent (default FOI_CONTACT).")] = None,
    json_: Annotated[bool, typer.Option("--json", help="What each request saw, the preview and the route as JSON on stdout.")] = False,
) -> None:
    """Check one force's log before crawling it: robots.txt, the start URL, one listing, one item.

    Prints what each request saw (reachable, challenged, items found, a parse preview) and
    which route works; exits 1 with the cause when none does.

    Example: foi check --authority cleveland
    """
    import os

    if contact:
        os.environ["FOI_CONTACT"] = contact
    from crawler import settings
    from crawler.check import Fetcher, check_site, preview
    from crawler.profile import load_profile
    from crawler.registry import real_registry, sample_registry

    try:
        registry = sample_registry(sample, sample_root) if sample else real_registry()
    except (OSError, ValueError, KeyError) as exc:
        _err(f"cannot read the list of sites: {exc}")
        raise typer.Exit(1)
    sites, problems = registry.select([authority])
    if problems:
        _err(problems[0])
        raise typer.Exit(1)
    site = sites[0]
    local = bool(sample) and "127.0.0.1" in sample
    user_agent = settings.USER_AGENT
    host_map = None
    if sample:  # the sample's sites answer for their real URLs through the host map
        from crawler.hostmap import HostMap, sample_map

        host_map = HostMap(sample_map(sample, [h for s in registry.sites.values() for h in s.hosts]))
    fetch = Fetcher(user_agent, 0.0 if local else settings.DOWNLOAD_DELAY, timeout=30.0, host_map=host_map)
    profile = load_profile(site.profile)
    report = check_site(site, profile, fetch, user_agent, parse=lambda item, files: preview(item, files, profile))
    if json_:
        import json
        from dataclasses import asdict

        typer.echo(json.dumps({**asdict(report), "ok": report.ok}, indent=1, default=str))
        raise typer.Exit(0 if report.ok else 1)
    typer.echo(f"{report.force_id} ({report.name}): {report.start_url}")
    for step in report.steps:
        typer.echo(f"  {step.name:<11} {'ok  ' if step.ok else 'FAIL'} {step.seen}")
        if step.url != report.start_url and step.name != "robots.txt":
            typer.echo(f"  {'':<16}{step.url}")
    if report.preview:
        p = report.preview
        typer.echo(f"  parsed      reference {p['reference'] or '-'} | date {p['date'] or '-'} | outcome "
                   f"{p['outcome'] or '-'} | exemptions {', '.join(p['exemptions']) or '-'}")
        typer.echo(f"              title {p['title'] or '-'}")
    if not report.ok:
        _err(f"{report.force_id}: {report.cause}")
        raise typer.Exit(1)
    typer.echo(f"route: {report.route}")


def _bounded_add_parse(pool):  # type: ignore[no-untyped-def]
    """One file -> Disclosure in the budgeted worker the crawl, parse and reparse share; a job
    over budget raises ParseFailed, which `add_files` records against that file alone."""
    from runner.jobs import ParseFailed

    def parse_one(content: bytes, url: str, content_type: str | None):  # type: ignore[no-untyped-def]
        result = pool.run((content, url, content_type))
        if result.error is not None or result.value is None:
            raise ParseFailed(result.error or "the parser returned nothing")
        return result.value

    return parse_one


@app.command()
def add(
    paths: Annotated[list[Path], typer.Argument(help="Files, directories or .zip archives: saved pages, PDF/Word letters.")],
    authority: Annotated[str, typer.Option("--authority", "-a", help="Who published them: a force id from crawler/data/forces.csv or an authority id of the store.")],
    url: Annotated[Optional[str], typer.Option("--url", help="Where the (one) file came from, e.g. the page's address on the force's log.")] = None,
    db: StoreDbOpt = None,
) -> None:
    """Add files you already hold as documents (source "file") and parsed disclosures.

    Adding the same bytes again changes nothing; a file that cannot be read is named with
    its reason and the others are still added (exit 1 if any failed).

    Example: foi add letters/ foi-response.pdf --authority cleveland
    """
    from crawler.registry import real_registry
    from parser import PARSER_VERSION
    from parser.formats.decode import why_unreadable
    from store.add import add_files

    if url is not None and (len(paths) != 1 or paths[0].is_dir() or paths[0].suffix.lower() == ".zip"):
        _err("--url names where ONE file came from: give a single file with it")
        raise typer.Exit(2)
    if url is not None and not url.startswith(("http://", "https://")):
        _err(f"--url {url}: not an http(s) URL")
        raise typer.Exit(2)
    with _open_store(db) as s:
        from sqlalchemy import select

        from store.models import Authority

        with s.engine.connect() as conn:
            known = conn.execute(select(Authority.id).where(Authority.id == authority)).first() is not None
        if not known and authority not in real_registry().sites:
            _err(f"--authority {authority}: not a known force or authority id (see crawler/data/forces.csv)")
            raise typer.Exit(2)
        from runner import BoundedPool, Budget
        from runner.jobs import parse_file

        with BoundedPool(parse_file, budget=Budget.from_env(), preload_spacy=False) as pool:
            results = add_files(s, paths, authority_id=authority, url=url, parse=_bounded_add_parse(pool),
                                parser_version=PARSER_VERSION,
                                unreadable=lambda c, t, u: why_unreadable(c, content_type=t, url=u))
        _refresh_rollup(s)
    for r in results:
        if r.state == "failed":
            _err(f"{r.name}: {r.detail}")
        else:
            typer.echo(f"{r.state}: {r.name} -> {r.url}" + (f" ({r.detail})" if r.detail else ""))
    counts = {state: sum(r.state == state for r in results) for state in ("added", "already stored", "failed")}
    typer.echo(f"{counts['added']} added, {counts['already stored']} already stored, {counts['failed']} failed")
    raise typer.Exit(1 if counts["failed"] else 0)


# --------------------------------------------------------------------------- analysis
stats_app = typer.Typer(help="Statistics over the store: a table, or --csv / --json for machines.",
                        no_args_is_help=True)
app.add_typer(stats_app, name="stats")

DbOpt = Annotated[Optional[str], typer.Option("--db", help="Store URL (default FOI_DATABASE_URL or data/foi.db).")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="CSV on stdout.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON array on stdout.")]
AuthorityOpt = Annotated[Optional[str], typer.Option("--authority", "-a", help="Only this authority id, e.g. cleveland.")]
PeriodOpt = Annotated[str, typer.Option("--period", metavar="[year|month|all]", help="Group by year, month, or all time.")]


def _show(frame_fn, title: str, csv: bool, json_: bool, drop: tuple[str, ...] = ("authority",),  # type: ignore[no-untyped-def]
          rows_fn=None) -> None:  # type: ignore[no-untyped-def]
    """Run one analysis and print it (the terminal table leaves out `drop` columns to fit);
    library errors become one clear line and exit 1. The terminal table is drawn from
    `rows_fn`'s plain rows when given (analysis.rows: no pandas to import), --csv/--json from
    the frame."""
    from analysis.terminal import emit

    from analysis.rows import Rows

    table = not (csv or json_)
    try:
        frame = rows_fn() if (table and rows_fn is not None) else None
        if frame is None:  # no rows path, or it had no answer of its own (a stale kept summary)
            frame = frame_fn()
    except (ValueError, LookupError) as exc:
        _err(str(exc))
        raise typer.Exit(1)
    if table:
        frame = frame.drop([c for c in drop if c in frame.columns]) if isinstance(frame, Rows) \
            else frame.drop(columns=[c for c in drop if c in frame.columns])
    emit(frame, fmt="csv" if csv else "json" if json_ else "table", title=title)


def _named(frame, *columns: str):  # type: ignore[no-untyped-def]
    """The terminal table with each provision code beside its name ("s31 Law enforcement"),
    as the report shows them; --csv/--json keep the bare codes for machines."""
    from analysis.categories import provision_label
    from analysis.rows import Rows

    if isinstance(frame, Rows):
        for column in columns:
            frame = frame.mapped(column, lambda code: provision_label(str(code)))
        return frame
    frame = frame.copy()
    for column in columns:
        frame[column] = frame[column].map(lambda code: provision_label(str(code)))
    return frame


def _period(value: str) -> str | None:
    if value not in ("year", "month", "all"):
        raise typer.BadParameter("use year, month or all")
    return None if value == "all" else value


def _store_and_authority(db: str | None, authority: str | None) -> str:
    """The checked store URL of a stats command, with its --authority checked against it."""
    db = _readable(db)
    _known_authority(db, authority)
    return db


@stats_app.command("usage")
def stats_usage(
    by: Annotated[str, typer.Option(metavar="[section|code|category]", help="section (s31), code (s31(1)(a)) or category (law enforcement, across FOIA/FOISA/EIR).")] = "section",
    period: PeriodOpt = "year", authority: AuthorityOpt = None,
    since: SinceOpt = None, until: UntilOpt = None,
    pooled: Annotated[bool, typer.Option("--pooled", help="All authorities together.")] = False,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Exemption usage: responses citing each provision, share of all responses, Wilson 95% CI.

    Example: foi stats usage --period all --pooled
    """
    from analysis.usage import exemption_usage, usage_rows

    db = _store_and_authority(db, authority)
    s, u = _date("--since", since), _date("--until", until)
    kwargs = dict(by=by, period=_period(period), by_authority=not pooled, authority=authority, since=s, until=u)

    def rows():  # type: ignore[no-untyped-def]
        found = usage_rows(db, **kwargs)
        return found if by == "category" else _named(found, "provision")

    _show(lambda: exemption_usage(db, **kwargs), "Exemption usage", csv, json_, rows_fn=rows)


@stats_app.command("outcomes")
def stats_outcomes(
    period: PeriodOpt = "year", authority: AuthorityOpt = None,
    measure: Annotated[Optional[list[str]], typer.Option(metavar="MEASURE", help="Only these measures (repeatable): disclosed, partial, refused, not_held, unknown, ncnd, refused_s12, refused_other, withheld.")] = None,
    since: SinceOpt = None, until: UntilOpt = None,
    pooled: Annotated[bool, typer.Option("--pooled", help="All authorities together.")] = False,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Outcome, refusal, NCND and s12 (cost) refusal rates per authority over time, with CIs.

    Example: foi stats outcomes --period all --measure refused --measure ncnd
    """
    from analysis.outcomes import MEASURES, outcome_rate_rows, outcome_rates

    from analysis.db import closest

    chosen = tuple(measure) if measure else MEASURES
    bad = [m for m in chosen if m not in MEASURES]
    if bad:
        _err(f"--measure {bad[0]}: not a measure{closest(bad[0], list(MEASURES))}")
        raise typer.Exit(1)
    db = _store_and_authority(db, authority)
    s, u = _date("--since", since), _date("--until", until)
    kwargs = dict(period=_period(period), by_authority=not pooled, authority=authority, measures=chosen,
                  since=s, until=u)
    _show(lambda: outcome_rates(db, **kwargs), "Outcome rates", csv, json_,
          rows_fn=lambda: outcome_rate_rows(db, **kwargs))


@stats_app.command("refusals")
def stats_refusals(
    measure: Annotated[str, typer.Option(metavar="MEASURE", help="refused (default), withheld, ncnd, refused_s12, ...")] = "refused",
    authority: AuthorityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Authority x year: the share of each year's responses refused (or MEASURE), with each
    year's count beside it (YEAR_n); fewer than 10 responses make a rate a guess.

    Example: foi stats refusals --csv
    """
    from analysis.outcomes import refusal_table, refusal_text_rows

    db = _store_and_authority(db, authority)
    s, u = _date("--since", since), _date("--until", until)
    _show(lambda: refusal_table(db, authority=authority, since=s, until=u, measure=measure),
          f"{measure} rate by authority and year (~: under 10 responses)", csv, json_, drop=(),
          rows_fn=lambda: refusal_text_rows(db, authority=authority, since=s, until=u, measure=measure))


@stats_app.command("dates")
def stats_dates(
    authority: AuthorityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Where each response's date comes from (response, published, request, the month in its
    URL) and how many are undated, per authority, with the first and last date.

    Example: foi stats dates
    """
    from analysis.outcomes import date_source_rows, date_sources

    db = _store_and_authority(db, authority)
    s, u = _date("--since", since), _date("--until", until)
    _show(lambda: date_sources(db, authority=authority, since=s, until=u),
          "Responses by where their date comes from", csv, json_, drop=(),
          rows_fn=lambda: date_source_rows(db, authority=authority, since=s, until=u))


@stats_app.command("agreement")
def stats_agreement(
    authority: AuthorityOpt = None,
    show: Annotated[str, typer.Option("--show", help="all (table view), matrix, kappa or disagreements (one of them with --csv/--json).")] = "all",
    by_authority: Annotated[bool, typer.Option("--by-authority", help="The matrix per authority, not pooled.")] = False,
    since: SinceOpt = None, until: UntilOpt = None,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Our outcome against WhatDoTheyKnow requesters' states: confusion matrix, Cohen's kappa
    (95% CI) overall and per authority, and the disagreeing responses with links.

    Example: foi stats agreement --show disagreements
    """
    from analysis import agreement

    s, u = _date("--since", since), _date("--until", until)
    parts = {"matrix": ("Our outcome (rows) against the requester's state (columns)",
                        lambda: agreement.confusion(db, authority, by_authority, since=s, until=u),
                        lambda: agreement.confusion_rows(db, authority, by_authority, since=s, until=u)),
             "kappa": ("Cohen's kappa, 95% CI", lambda: agreement.summary(db, authority, since=s, until=u),
                       lambda: agreement.summary_rows(db, authority, since=s, until=u)),
             "disagreements": ("Disagreeing responses",
                               lambda: agreement.disagreements(db, authority, since=s, until=u),
                               lambda: agreement.disagreement_rows(db, authority, since=s, until=u))}
    if show not in ("all", *parts):
        raise typer.BadParameter("use all, matrix, kappa or disagreements")
    if show == "all" and (csv or json_):
        raise typer.BadParameter("with --csv/--json choose one --show: matrix, kappa or disagreements")
    for name in (parts if show == "all" else [show]):
        title, fn, rows_fn = parts[name]
        _show(fn, title, csv, json_, drop=(), rows_fn=rows_fn)


@stats_app.command("compare")
def stats_compare(
    measure: Annotated[str, typer.Argument(help="refused, ncnd, refused_s12, ...; a provision: s31, s31(1)(a); or a category: 'law enforcement'.")] = "refused",
    authority: AuthorityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Each authority (or one) against all others: rate difference, z test and Fisher exact p.

    Example: foi stats compare ncnd --authority psni --since 2023-01-01
    """
    from analysis.compare import compare, compare_rows

    db = _store_and_authority(db, authority)
    s, u = _date("--since", since), _date("--until", until)
    _show(lambda: compare(db, measure, authority, since=s, until=u), f"{measure}: each authority vs all others", csv, json_,
          drop=("authority", "measure", "ci_low", "ci_high", "others_count", "others_responses"),
          rows_fn=lambda: compare_rows(db, measure, authority, since=s, until=u))


@stats_app.command("cooccurrence")
def stats_cooccurrence(
    by: Annotated[str, typer.Option(metavar="[section|code|category]", help="section (s31), code (s31(1)(a)) or category (law enforcement, across FOIA/FOISA/EIR).")] = "section",
    authority: AuthorityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Pairs of provisions cited in the same response.

    Example: foi stats cooccurrence --since 2023-01-01
    """
    from analysis.compare import cooccurrence, cooccurrence_rows

    if by not in ("section", "code", "category"):
        _err(f"--by {by}: use section, code or category")
        raise typer.Exit(1)
    db = _store_and_authority(db, authority)
    s, u = _date("--since", since), _date("--until", until)
    def rows():  # type: ignore[no-untyped-def]
        found = cooccurrence_rows(db, by=by, authority=authority, since=s, until=u)
        return found if by == "category" else _named(found, "provision_a", "provision_b")

    _show(lambda: cooccurrence(db, by=by, authority=authority, since=s, until=u), "Exemptions cited together",
          csv, json_, rows_fn=rows)


@stats_app.command("families")
def stats_families(
    members: Annotated[bool, typer.Option("--members", help="One row per response instead of per family.")] = False,
    threshold: Annotated[float, typer.Option(help="Word-set Jaccard needed to join a family.")] = 0.6,
    since: SinceOpt = None, until: UntilOpt = None,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Request families: the same request sent to many authorities, answers side by side.

    Example: foi stats families --since 2024-01-01
    """
    db = _readable(db)
    s, u = _date("--since", since), _date("--until", until)

    columns = ["family_id", "authorities", "responses", "summary"]

    def run():  # type: ignore[no-untyped-def]
        from analysis.families import family_table, request_families

        if members:
            return request_families(db, threshold=threshold, since=s, until=u)
        return family_table(db, threshold=threshold, since=s, until=u)[columns]

    def kept():  # type: ignore[no-untyped-def]
        """The kept summary when it is still true of the store (no pandas to import), else None."""
        if members or s or u:
            return None
        from analysis.family_kept import kept_rows

        found = kept_rows(db, threshold)
        return None if found is None else found.select(columns)

    _show(run, "Request families", csv, json_, rows_fn=kept)


@stats_app.command("figures")
def stats_figures(
    search: Annotated[Optional[str], typer.Option(help="Only tables whose title or caption contains this.")] = None,
    numeric: Annotated[bool, typer.Option("--numeric", help="Only cells with a number.")] = False,
    authority: AuthorityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """Every extracted table cell in long form, labelled with authority, reference and date.

    Example: foi stats figures --search taser --numeric --since 2022-01-01
    """
    from analysis.figures import figure_rows, figures, write_figures_csv

    db = _store_and_authority(db, authority)
    s, u = _date("--since", since), _date("--until", until)
    if csv:  # every cell, streamed from the cursor (no frame of millions of cells)
        write_figures_csv(sys.stdout, db, authority=authority, search=search, numeric_only=numeric,
                          since=s, until=u)
        return

    def rows():  # type: ignore[no-untyped-def]
        found = figure_rows(db, authority=authority, search=search, numeric_only=numeric, limit=200,
                            since=s, until=u)
        return found.select(["authority_id", "reference", "date", "caption", "row_label", "column_label", "text",
                             "value"])

    # the terminal shows who said it by id (the name column is the first _show drops to fit)
    _show(lambda: figures(db, authority=authority, search=search, numeric_only=numeric, since=s, until=u),
          "Figures", csv, json_, rows_fn=rows)


@app.command("export")
def export_cmd(
    what: Annotated[list[str], typer.Option("--what", metavar="[disclosures|exemptions|tables|families]", help="What to write (repeatable; default all).")] = [],
    fmt: Annotated[str, typer.Option("--format", metavar="[csv|parquet]", help="File format.")] = "csv",
    out: Annotated[Path, typer.Option("--out", help="Folder to write into.")] = Path("out"),
    authority: AuthorityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    outcome: Annotated[Optional[str], typer.Option("--outcome", metavar="[disclosed|partial|refused|not_held]", help="Only responses with this outcome.")] = None,
    provision: Annotated[Optional[str], typer.Option("--provision", metavar="PROVISION", help="Only responses citing this section (s31) or code (s31(1)(a)).")] = None,
    db: DbOpt = None,
) -> None:
    """Write exports with a data dictionary (column, type, meaning) beside each file.

    Example: foi export --format csv --what disclosures --authority cleveland --since 2024-01-01 --out out/
    """
    from analysis.export import WHATS, export, selected_ids

    db = _store_and_authority(db, authority)
    s, u = _date("--since", since), _date("--until", until)
    try:
        keep = selected_ids(db, authority=authority, since=s, until=u, outcome=outcome, provision=provision)
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    for name in what or list(WHATS):
        try:
            paths = export(db, name, fmt, out, keep=keep)
        except ValueError as exc:
            _err(str(exc))
            raise typer.Exit(1)
        for path in paths:
            typer.echo(str(path))


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", help="Folder to write into: OUT/report.html.")] = Path("out"),
    charts: Annotated[Optional[Path], typer.Option("--charts", help="Also keep the charts (PNG+SVG) in this folder.")] = None,
    db: DbOpt = None,
) -> None:
    """Write one self-contained HTML report (charts embedded, tables, links to the originals).

    Example: foi report --out out/ --charts out/charts
    """
    from analysis.report import write_report

    db = _readable(db)
    if out.suffix.lower() in (".html", ".htm"):
        _err(f"--out {out}: a folder now (the report is written as OUT/report.html); try --out {out.parent}")
        raise typer.Exit(1)
    typer.echo(str(write_report(db, out / "report.html", charts_dir=charts)))


@app.command()
def serve(
    port: Annotated[int, typer.Option(metavar="PORT", help="Port to listen on.")] = 8001,
    workdir: Annotated[Path, typer.Option(help="Where the metadata and the families side database go.")] = Path("out/datasette"),
    host: Annotated[str, typer.Option(help="Address to listen on; anything but 127.0.0.1 lets other machines in.")] = "127.0.0.1",
    allow_sql: Annotated[bool, typer.Option("--allow-sql", help="Let visitors run their own SQL (read only); off by default.")] = False,
    db: DbOpt = None,
) -> None:
    """Browse and query the store in Datasette (facets, full-text search, canned queries).

    Example: foi serve --db sqlite:///data/foi.db --port 8001
    """
    from analysis import serve as datasette
    from store import default_url

    url = _readable(db or default_url())
    try:
        args = datasette.command(url, workdir, host, port, allow_sql=allow_sql)
    except ValueError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"Datasette on http://{shown}:{port}/ (Ctrl+C stops it)")
    raise typer.Exit(datasette.run(args))


# --------------------------------------------------------------------------- review
review_app = typer.Typer(help="Records the parser is unsure of, and people's corrections (which win in every statistic).")
app.add_typer(review_app, name="review")


def _review_store(db: str | None):  # type: ignore[no-untyped-def]
    return _open_store(db)


@review_app.callback(invoke_without_command=True)
def review_list(
    ctx: typer.Context,
    authority: AuthorityOpt = None,
    corrected: Annotated[bool, typer.Option("--corrected", help="Also list records already corrected.")] = False,
    db: DbOpt = None, csv: CsvOpt = False, json_: JsonOpt = False,
) -> None:
    """List records marked for review: authority, reference, outcome, confidence, reasons, link.

    Example: foi review --authority cleveland --csv
    """
    if ctx.invoked_subcommand is not None:
        return
    import pandas as pd

    from analysis.terminal import emit
    from store.review import review_queue

    with _review_store(db) as s:
        rows = review_queue(s, authority=authority, corrected=corrected)
    cols = ["id", "authority_id", "reference", "parser_outcome", "confidence", "corrected_outcome",
            "reasons", "link"]
    frame = pd.DataFrame(rows, columns=cols + ["authority", "corrected_by"])[cols]
    emit(frame, fmt="csv" if csv else "json" if json_ else "table", title="Records marked for review")


def _review_call(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Run a store.review call; a bad id or value is one clear line and exit 1."""
    from parser.judgement.codes import BadCode
    from store.review import ReviewError

    try:
        return fn(*args, **kwargs)
    except (ReviewError, BadCode) as exc:
        _err(str(exc).strip('"'))
        raise typer.Exit(1)


def _print_correction(c) -> None:  # type: ignore[no-untyped-def]
    import json
    from dataclasses import asdict

    typer.echo(json.dumps(asdict(c), indent=1, ensure_ascii=False, default=str))


@review_app.command("set")
def review_set(
    ident: Annotated[str, typer.Argument(metavar="ID", help="The id `foi review` lists, or the response URL.")],
    outcome: Annotated[str, typer.Option("--outcome", help="disclosed, partial, refused or not_held.")],
    grounds: Annotated[Optional[list[str]], typer.Option("--grounds", help="Codes relied on, e.g. s31(1)(a),s40(2) (repeatable); replace the parser's.")] = None,
    no_grounds: Annotated[bool, typer.Option("--no-grounds", help="No grounds were relied on (clears the parser's).")] = False,
    ncnd: Annotated[Optional[bool], typer.Option("--ncnd/--no-ncnd", help="Correct NCND too (default: the parser's stands).")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Why.")] = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Who made the correction.")] = None,
    db: DbOpt = None,
) -> None:
    """Store a person's correction of one response (the parser's judgement is kept beside it).

    Example: foi review set 12 --outcome refused --grounds "s31(1)(a)" --note "whole request refused" --by JS
    """
    from parser.judgement.codes import parse_grounds
    from store.review import resolve, set_correction

    if grounds and no_grounds:
        _err("give --grounds or --no-grounds, not both")
        raise typer.Exit(1)
    with _review_store(db) as s:
        _, row = _review_call(resolve, s, ident)
        chosen = [] if no_grounds else (_review_call(parse_grounds, grounds, regime=row["regime"]) if grounds else None)
        c = _review_call(set_correction, s, ident, outcome=outcome, grounds=chosen, ncnd=ncnd, note=note, reviewer=by)
        _refresh_rollup(s, one_correction=True)
    _print_correction(c)


@review_app.command("show")
def review_show(
    ident: Annotated[str, typer.Argument(metavar="ID", help="The id `foi review` lists, or the response URL.")],
    db: DbOpt = None,
) -> None:
    """Show a response's correction beside the parser's judgement and its evidence.

    Example: foi review show 12
    """
    from store.review import get_correction, resolve

    with _review_store(db) as s:
        c = _review_call(get_correction, s, ident)
        if c is None:
            _, row = _review_call(resolve, s, ident)
            _err(f"{ident}: not corrected (the parser said {row['outcome']}, "
                 f"confidence {row['outcome_confidence']}); `foi review set {ident} --outcome ...` corrects it")
            raise typer.Exit(1)
    _print_correction(c)


@review_app.command("unset")
def review_unset(
    ident: Annotated[str, typer.Argument(metavar="ID", help="The id `foi review` lists, or the response URL.")],
    db: DbOpt = None,
) -> None:
    """Remove a response's correction: the parser's judgement counts again.

    Example: foi review unset 12
    """
    from store.review import unset_correction

    with _review_store(db) as s:
        removed = _review_call(unset_correction, s, ident)
        _refresh_rollup(s, one_correction=True)
    typer.echo(f"{ident}: correction removed" if removed else f"{ident}: had no correction")


def main() -> None:
    app()


if __name__ == "__main__":
    main()

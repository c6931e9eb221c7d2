"""`make bench`: one table of ratios measured in this run, written to bench/results.json.

Quick mode by default; BENCH_FULL=1 adds the large sizes (100,000 disclosures).
"""
from __future__ import annotations

import contextlib
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Callable

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
FULL = os.environ.get("BENCH_FULL") == "1"
# Seconds one section may run before it is stopped and recorded as timed out.
SECTION_TIMEOUT = float(os.environ.get("BENCH_SECTION_TIMEOUT", "3600"))

# The targets: (label, measured key, check). A check returns None when the figure
# was not measured at the size the target names (e.g. 100,000 disclosures in quick mode).
Check = Callable[[dict], "bool | None"]


def _stats_at_100k(r: dict) -> bool | None:
    a = r["analysis"]
    if a.get("disclosures") != 100_000:
        return None
    return all(v < 2.0 for v in a["cli_cpu_s"].values())


def _reparse_100k(r: dict) -> bool | None:
    from bench.reparse import minutes_at_100k

    return minutes_at_100k(r["reparse"], "sqlite", 2) < 10.0


TARGETS: list[tuple[str, str, Check]] = [
    ("parse >= 2x faster than trafilatura", "parsing_html.speedup_vs_trafilatura",
     lambda r: r["parsing_html"]["speedup_vs_trafilatura"] >= 2.0),
    ("parse within 8x of the lxml floor", "parsing_html.ratio_parser_over_floor",
     lambda r: r["parsing_html"]["ratio_parser_over_floor"] <= 8.0),
    ("peak RSS < 400 MB over 10,000 pages", "memory.peak_rss_mb",
     lambda r: r["memory"]["peak_rss_mb"] < 400),
    ("foi --help < 0.5 s (CPU)", "startup.foi_help_cpu_s", lambda r: r["startup"]["foi_help_cpu_s"] < 0.5),
    ("each foi stats < 2 s at 100,000 on SQLite (CPU)", "analysis.cli_cpu_s", _stats_at_100k),
    ("foi reparse of 100,000 < 10 min with 2 workers (SQLite)",
     "reparse.sqlite.workers_2 (extrapolated in quick mode)", _reparse_100k),
]


def check_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with met True/False, or None when its figure is missing."""
    checks = []
    for label, key, ok in TARGETS:
        try:
            met = ok(results)
        except (KeyError, TypeError):
            met = None
        checks.append({"target": label, "measured": key, "met": None if met is None else bool(met)})
    return checks


def _sections() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    from bench import memory, parsing, real_pages, startup

    sections: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("parsing_html", lambda: parsing.html_speed(300)),
        ("parsing_text", parsing.text_speed),
        ("parsing_pdf", parsing.pdf_speed),
        ("parsing_real", lambda: real_pages.run()),
        ("memory", lambda: memory.streamed_rss(10_000)),
        ("startup", startup.startup),
    ]
    for name, module in (("store", "bench.store"), ("reparse", "bench.reparse"), ("analysis", "bench.analysis"),
                         ("export", "bench.export"), ("crawl", "bench.crawl"), ("worker", "bench.worker")):
        sections.append((name, lambda module=module: __import__(module, fromlist=["run"]).run(full=FULL)))
    return sections


def _flatten(prefix: str, value: Any, out: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else k, v, out)
    else:
        out.append((prefix, json.dumps(value) if isinstance(value, (list, tuple)) else str(value)))


# Key figures for the README: (label, dotted path into results.json, unit).
SUMMARY: list[tuple[str, str, str]] = [
    ("lxml parse (floor)", "parsing_html.lxml_floor.ms_per_page", "ms/page"),
    ("trafilatura.extract", "parsing_html.trafilatura.ms_per_page", "ms/page"),
    ("parser.parse()", "parsing_html.parser.ms_per_page", "ms/page"),
    ("parse speed-up over trafilatura", "parsing_html.speedup_vs_trafilatura", "x"),
    ("parse / lxml floor", "parsing_html.ratio_parser_over_floor", "x"),
    ("plain-text input", "parsing_text.ms_per_page", "ms/input"),
    ("PDF", "parsing_pdf.ms_per_pdf_page", "ms/PDF page"),
    ("real corpus pages: parser / trafilatura", "parsing_real.parser.ms_per_page|parsing_real.trafilatura.ms_per_page", "ms/page"),
    ("real corpus pages: chrome left, parser / trafilatura",
     "parsing_real.parser.chrome_left|parsing_real.trafilatura.chrome_left", "share"),
    ("real corpus pages: body kept, parser / trafilatura",
     "parsing_real.parser.body_kept|parsing_real.trafilatura.body_kept", "share"),
    ("peak RSS, 10,000 pages streamed", "memory.peak_rss_mb", "MB"),
    ("RSS growth after warm-up", "memory.growth_after_warmup_mb", "MB"),
    ("foi --help (wall / CPU)", "startup.foi_help_s|startup.foi_help_cpu_s", "s"),
    ("foi parse one file (wall / CPU)", "startup.foi_parse_one_s|startup.foi_parse_one_cpu_s", "s"),
    ("store insert, SQLite / PostgreSQL", "store.sqlite.*.insert_per_s|store.postgresql.*.insert_per_s", "responses/s"),
    ("foi search median, SQLite / PostgreSQL", "store.sqlite.*.search_median_ms|store.postgresql.*.search_median_ms", "ms"),
    ("reparse 1 worker, SQLite / PostgreSQL", "reparse.sqlite.workers_1.docs_per_s|reparse.postgresql.workers_1.docs_per_s", "docs/s"),
    ("reparse 2 workers, SQLite / PostgreSQL", "reparse.sqlite.workers_2.docs_per_s|reparse.postgresql.workers_2.docs_per_s", "docs/s"),
    ("reparse of 100k, 2 workers, SQLite", "reparse.sqlite.workers_2.minutes_at_100k|reparse.sqlite.workers_2.minutes_at_100k_extrapolated", "min"),
    ("  same, from CPU time as if the 2 cores were ours (lower bound)",
     "reparse.sqlite.workers_2.idle_minutes_at_100k_extrapolated", "min"),
    ("slowest foi stats (wall / CPU)", "analysis.cli_s.@max|analysis.cli_cpu_s.@max", "s"),
    ("export disclosures CSV, SQLite / PostgreSQL", "export.sqlite.*.disclosures_csv_s|export.postgresql.*.disclosures_csv_s", "s"),
    ("crawl of the sample site (first run)", "crawl.first.pages_per_s", "pages/s"),
    ("parse in process / through 1 bounded worker", "worker.in_process_per_s|worker.workers_1.per_s", "inputs/s"),
    ("bounded worker time over in-process (1 worker)", "worker.workers_1.ratio_over_in_process", "x"),
]


def lookup(results: dict[str, Any], path: str) -> Any:
    """A value by dotted path; `*` takes the largest numeric key (the biggest size measured),
    `@max` the largest value of a dict. None when any step is missing."""
    value: Any = results
    for step in path.split("."):
        if not isinstance(value, dict):
            return None
        if step == "*":
            sizes = [k for k in value if k.isdigit()]
            step = max(sizes, key=int) if sizes else ""
        if step == "@max":
            numbers = [v for v in value.values() if isinstance(v, (int, float))]
            return max(numbers) if numbers else None
        value = value.get(step)
    return value


def summary_markdown(results: dict[str, Any]) -> str:
    """The README's compact table: key figures, then each target and whether it was met."""
    lines = ["| measure | value |", "|---|---|"]
    for label, paths, unit in SUMMARY:
        values = [lookup(results, p) for p in paths.split("|")]
        shown = [str(v) for v in values if v is not None]
        if "minutes_at_100k" in paths and values[0] is None and values[-1] is not None:
            label += " (extrapolated)"
        if paths.startswith("analysis.") and isinstance(results.get("analysis", {}).get("disclosures"), int):
            label = label.replace("foi stats", f"foi stats at {results['analysis']['disclosures']:,}")
        lines.append(f"| {label} | {' / '.join(shown) + ' ' + unit if shown else 'not measured'} |")
    lines.append("")
    lines += ["| target | met |", "|---|---|"]
    for c in results.get("targets", check_targets(results)):
        lines.append(f"| {c['target']} | {dict([(True, 'yes'), (False, 'NO'), (None, 'not measured')])[c['met']]} |")
    return "\n".join(lines) + "\n"


def _section_child(fn: Callable[[], dict[str, Any]], conn: Any) -> None:
    """Runs in the section's own process group, so a timeout can stop the servers and
    commands it started as well as itself."""
    os.setpgid(0, 0)
    try:
        result = fn()
    except ModuleNotFoundError as exc:
        result = {"skipped": f"not available: {exc.name}"}
    except Exception as exc:  # one failing section must not lose the others' figures
        traceback.print_exc()
        result = {"error": f"{type(exc).__name__}: {exc}"}
    conn.send(result)
    conn.close()


def run_section(name: str, fn: Callable[[], dict[str, Any]], timeout: float) -> dict[str, Any]:
    """One section in a forked child with a time limit: a section that hangs (a full run once
    sat an hour inside a library call) is stopped and recorded, and the run goes on. Each
    section also starts from the same parent state instead of the last section's caches."""
    import multiprocessing
    import signal

    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_section_child, args=(fn, child), name=f"bench-{name}")
    proc.start()
    child.close()
    try:
        if parent.poll(timeout):
            try:
                return parent.recv()
            except EOFError:
                pass
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.join()
            return {"error": f"section {name} stopped after {timeout:g} s without a result "
                             "(BENCH_SECTION_TIMEOUT)"}
    finally:
        parent.close()
    proc.join()
    return {"error": f"section {name} ended without a result (exit code {proc.exitcode})"}


def main() -> int:
    console = Console()
    if sys.argv[1:] == ["summary"]:  # `python -m bench summary`: README table from results.json
        print(summary_markdown(json.loads(RESULTS.read_text())), end="")
        return 0
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "mode": "full" if FULL else "quick"},
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    only = set(filter(None, os.environ.get("BENCH_ONLY", "").split(",")))
    if only and RESULTS.exists():
        # A partial run keeps the other sections' last figures (each says when it was measured).
        previous = json.loads(RESULTS.read_text())
        results.update({k: v for k, v in previous.items() if k not in results and k != "targets"})
    for name, fn in _sections():
        if only and name not in only:
            continue
        console.print(f"[bold]bench[/] {name} ...")
        t0 = time.perf_counter()
        results[name] = run_section(name, fn, SECTION_TIMEOUT)
        results[name]["section_seconds"] = round(time.perf_counter() - t0, 1)
        results[name]["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        # Written after every section, so an interrupted run keeps what it measured.
        RESULTS.write_text(json.dumps({**results, "targets": check_targets(results)}, indent=2) + "\n")

    checks = check_targets(results)
    results["targets"] = checks

    table = Table(title="foi-corpus benchmarks (ratios measured in this run)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows: list[tuple[str, str]] = []
    for name, value in results.items():
        if name not in ("targets", "started"):
            _flatten(name, value, rows)
    for k, v in rows:
        table.add_row(k, v)
    console.print(table)
    for c in checks:
        mark = {True: "[green]met[/]", False: "[red]NOT met[/]", None: "[yellow]not measured[/]"}[c["met"]]
        console.print(f"target: {c['target']}: {mark}")
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    console.print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

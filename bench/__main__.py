"""`make bench`: one table of ratios measured in this run, written to bench/results.json.

Quick mode by default; BENCH_FULL=1 adds the large sizes (100,000 disclosures).
"""
from __future__ import annotations

import json
import os
import platform
import time
import traceback
from pathlib import Path
from typing import Any, Callable

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
FULL = os.environ.get("BENCH_FULL") == "1"

# The targets, checked against the measured figures.
TARGETS: list[tuple[str, str, Callable[[dict], bool]]] = [
    ("parse >= 2x faster than trafilatura", "parsing_html.speedup_vs_trafilatura",
     lambda r: r["parsing_html"]["speedup_vs_trafilatura"] >= 2.0),
    ("parse within 8x of the lxml floor", "parsing_html.ratio_parser_over_floor",
     lambda r: r["parsing_html"]["ratio_parser_over_floor"] <= 8.0),
    ("peak RSS < 400 MB over 10,000 pages", "memory.peak_rss_mb",
     lambda r: r["memory"]["peak_rss_mb"] < 400),
    ("foi --help < 0.5 s", "startup.foi_help_s", lambda r: r["startup"]["foi_help_s"] < 0.5),
]


def _sections() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    from bench import memory, parsing, startup

    sections: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("parsing_html", lambda: parsing.html_speed(300)),
        ("parsing_text", parsing.text_speed),
        ("parsing_pdf", parsing.pdf_speed),
        ("memory", lambda: memory.streamed_rss(10_000)),
        ("startup", startup.startup),
    ]
    for name, module in (("store", "bench.store"), ("analysis", "bench.analysis"), ("crawl", "bench.crawl")):
        sections.append((name, lambda module=module: __import__(module, fromlist=["run"]).run(full=FULL)))
    return sections


def _flatten(prefix: str, value: Any, out: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else k, v, out)
    else:
        out.append((prefix, json.dumps(value) if isinstance(value, (list, tuple)) else str(value)))


def main() -> int:
    console = Console()
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "mode": "full" if FULL else "quick"},
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    only = set(filter(None, os.environ.get("BENCH_ONLY", "").split(",")))
    for name, fn in _sections():
        if only and name not in only:
            continue
        console.print(f"[bold]bench[/] {name} ...")
        t0 = time.perf_counter()
        try:
            results[name] = fn()
        except ModuleNotFoundError as exc:
            results[name] = {"skipped": f"not available: {exc.name}"}
        except Exception as exc:  # one failing section must not lose the others' figures
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
            traceback.print_exc()
        results[name]["section_seconds"] = round(time.perf_counter() - t0, 1)

    checks = []
    for label, key, ok in TARGETS:
        try:
            checks.append({"target": label, "measured": key, "met": bool(ok(results))})
        except (KeyError, TypeError):
            checks.append({"target": label, "measured": key, "met": None})
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

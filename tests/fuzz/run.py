"""Fuzz the parser: hypothesis draws cases (tests/fuzz/strategies.py), each is parsed in a
bounded worker (runner.BoundedPool, the crawl's own), and the run counts what escaped.

A crash is an exception out of parser.parse(); an invalid record breaks the parse contract
(tests/fuzz/contract.py); over budget is a case the worker had to stop. The summary also
gives the worst time and peak memory of any one case.

    python -m tests.fuzz.run --cases 100000 --out bench/fuzz.json     (make fuzz)
    python -m tests.fuzz.run --cases 100000 --jobs 2 --out bench/fuzz.json

With --jobs N the cases are split over N processes, each drawing with its own seed (seed*100+i)
and its own bounded worker; their summaries are merged (sums, worsts, the median over every
case's time).
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, given, seed, settings

from runner import BoundedPool, Budget
from tests.fuzz.contract import problems
from tests.fuzz.strategies import Case, cases


def fuzz_job(case: Case) -> list[str]:
    """Runs in the worker: parse one case; the contract problems of its record, if any.
    An exception is left to escape, so the worker reports it as this case's crash."""
    from parser import parse

    record = parse(case.content, url=case.url, content_type=case.content_type).to_dict()
    json.dumps(record, ensure_ascii=False)  # `foi parse` must be able to print it
    return problems(record)


@dataclass
class Summary:
    cases: int = 0
    crashes: int = 0
    invalid: int = 0
    over_budget: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    seconds_by_kind: dict[str, float] = field(default_factory=dict)  # parse time summed per kind
    worst_seconds: float = 0.0
    worst_seconds_kind: str = ""
    worst_peak_mb: float = 0.0
    worst_peak_kind: str = ""
    median_seconds: float = 0.0
    wall_seconds: float = 0.0
    budget: str = ""
    examples: list[dict[str, Any]] = field(default_factory=list)  # the first failures, to replay

    def line(self) -> str:
        return (f"{self.cases} cases ({', '.join(f'{k} {v}' for k, v in sorted(self.by_kind.items()))}): "
                f"{self.crashes} crashes, {self.invalid} invalid records, {self.over_budget} over budget; "
                f"worst {self.worst_seconds:.2f} s ({self.worst_seconds_kind}), "
                f"peak {self.worst_peak_mb:.0f} MB ({self.worst_peak_kind}); median {self.median_seconds * 1000:.1f} ms; "
                f"{self.wall_seconds:.0f} s in all")


def merge(parts: list[Summary], times: list[float]) -> Summary:
    """One summary of several processes' runs; the median is taken over every case's time."""
    total = Summary(budget=parts[0].budget if parts else "")
    for part in parts:
        total.cases += part.cases
        total.crashes += part.crashes
        total.invalid += part.invalid
        total.over_budget += part.over_budget
        for kind, n in part.by_kind.items():
            total.by_kind[kind] = total.by_kind.get(kind, 0) + n
        for kind, sec in part.seconds_by_kind.items():
            total.seconds_by_kind[kind] = round(total.seconds_by_kind.get(kind, 0.0) + sec, 3)
        if part.worst_seconds > total.worst_seconds:
            total.worst_seconds, total.worst_seconds_kind = part.worst_seconds, part.worst_seconds_kind
        if part.worst_peak_mb > total.worst_peak_mb:
            total.worst_peak_mb, total.worst_peak_kind = part.worst_peak_mb, part.worst_peak_kind
        total.wall_seconds = max(total.wall_seconds, part.wall_seconds)
        total.examples.extend(part.examples[: max(0, 20 - len(total.examples))])
    total.median_seconds = statistics.median(times) if times else 0.0
    return total


def fuzz(n_cases: int, *, seed_value: int = 16, budget: Budget | None = None, documents_weight: int = 1,
         progress: Callable[[Summary], None] | None = None, times_out: list[float] | None = None) -> Summary:
    """Run `n_cases` drawn cases through the bounded parser and summarise what happened."""
    summary = Summary(budget=f"{(budget or Budget.from_env()).seconds:g} s, {(budget or Budget.from_env()).memory_mb} MB")
    times: list[float] = times_out if times_out is not None else []
    started = time.perf_counter()
    with BoundedPool(fuzz_job, budget=budget) as pool:

        @seed(seed_value)
        @settings(max_examples=n_cases, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(cases(documents_weight))
        def one(case: Case) -> None:
            result = pool.run(case)
            summary.cases += 1
            summary.by_kind[case.kind] = summary.by_kind.get(case.kind, 0) + 1
            times.append(result.seconds)
            summary.seconds_by_kind[case.kind] = round(summary.seconds_by_kind.get(case.kind, 0.0) + result.seconds, 3)
            if result.seconds > summary.worst_seconds:
                summary.worst_seconds, summary.worst_seconds_kind = result.seconds, case.kind
            if result.peak_rss / 2**20 > summary.worst_peak_mb:
                summary.worst_peak_mb, summary.worst_peak_kind = result.peak_rss / 2**20, case.kind
            failure = None
            if result.error is not None and result.error.startswith("parse budget exceeded"):
                summary.over_budget += 1
                failure = result.error
            elif result.error is not None:
                summary.crashes += 1
                failure = result.error
            elif result.value:
                summary.invalid += 1
                failure = "; ".join(result.value)
            if failure is not None and len(summary.examples) < 20:
                summary.examples.append({"kind": case.kind, "failure": failure[:500], "url": case.url,
                                         "content_type": case.content_type, "content": case.content.hex()})
            if progress is not None and summary.cases % 1000 == 0:
                summary.wall_seconds = time.perf_counter() - started
                progress(summary)

        one()
    summary.median_seconds = statistics.median(times) if times else 0.0
    summary.wall_seconds = time.perf_counter() - started
    return summary


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--cases", type=int, default=100_000)
    args.add_argument("--seed", type=int, default=16)
    args.add_argument("--out", type=Path, default=None, help="Write the summary here as JSON.")
    args.add_argument("--jobs", type=int, default=1, help="Processes to split the cases over.")
    args.add_argument("--times", type=Path, default=None, help=argparse.SUPPRESS)  # a part's case times, for --jobs
    opts = args.parse_args(argv)
    if opts.jobs > 1:
        return _run_parts(opts.cases, opts.jobs, opts.seed, opts.out)

    def report(s: Summary) -> None:
        print(s.line(), flush=True)
        if opts.out is not None:  # written as it goes, so a long run stopped early still says how far it got
            opts.out.write_text(json.dumps(asdict(s), indent=1) + "\n", encoding="utf-8")

    times: list[float] = []
    summary = fuzz(opts.cases, seed_value=opts.seed, progress=report, times_out=times)
    report(summary)
    if opts.times is not None:
        opts.times.write_text(json.dumps(times), encoding="utf-8")
    return _verdict(summary)


def _verdict(summary: Summary) -> int:
    return 0 if summary.crashes == summary.invalid == summary.over_budget == 0 else 1


def _run_parts(cases: int, jobs: int, seed_value: int, out: Path | None) -> int:
    """Run the cases as `jobs` child processes of this module and merge what they write."""
    import tempfile

    each = math.ceil(cases / jobs)
    with tempfile.TemporaryDirectory(prefix="foi-fuzz-") as tmp:
        folder = Path(tmp)
        children = [subprocess.Popen([sys.executable, "-m", "tests.fuzz.run", "--cases", str(min(each, cases - i * each)),
                                      "--seed", str(seed_value * 100 + i), "--out", str(folder / f"part{i}.json"),
                                      "--times", str(folder / f"part{i}.times")])
                    for i in range(jobs) if cases - i * each > 0]
        codes = [child.wait() for child in children]
        parts, times = [], []
        for i in range(len(children)):
            summary_file, times_file = folder / f"part{i}.json", folder / f"part{i}.times"
            if not summary_file.exists() or not times_file.exists():
                print(f"fuzz part {i} ended (exit {codes[i]}) without its summary", file=sys.stderr)
                return 2
            parts.append(Summary(**json.loads(summary_file.read_text(encoding="utf-8"))))
            times.extend(json.loads(times_file.read_text(encoding="utf-8")))
    total = merge(parts, times)
    print(total.line(), flush=True)
    if out is not None:
        out.write_text(json.dumps(asdict(total), indent=1) + "\n", encoding="utf-8")
    return _verdict(total)


if __name__ == "__main__":
    sys.exit(main())

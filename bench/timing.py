"""Timing helpers: warm runs, median of repeats, process-level wall and CPU time.

CPU time is reported beside wall time because the machine is shared: other processes
stretch wall time, but not the CPU seconds a process itself used.
"""
from __future__ import annotations

import resource
import statistics
import subprocess
import time
from typing import Callable, Sequence


def median_seconds(fn: Callable[[], object], repeats: int = 3,
                   warmup: Callable[[], object] | None = None) -> float:
    """Median wall time of `repeats` runs of fn after one warm-up run (of `warmup` when
    given: a few pages warm the caches as well as the whole corpus does, in less time)."""
    (warmup or fn)()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_times(argv: Sequence[str], repeats: int = 5, cwd: str | None = None) -> tuple[float, float]:
    """(median wall, median CPU) seconds of a whole process, start-up included, after a warm-up."""
    subprocess.run(argv, check=True, capture_output=True, cwd=cwd)
    walls, cpus = [], []
    for _ in range(repeats):
        c0, t0 = _children_cpu(), time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, cwd=cwd)
        walls.append(time.perf_counter() - t0)
        cpus.append(_children_cpu() - c0)
    return statistics.median(walls), statistics.median(cpus)


def process_seconds(argv: Sequence[str], repeats: int = 5, cwd: str | None = None) -> float:
    """Median wall time of a whole process (start-up included)."""
    return process_times(argv, repeats, cwd)[0]

"""Timing helpers: warm runs, median of repeats, process-level wall time."""
from __future__ import annotations

import statistics
import subprocess
import time
from typing import Callable, Sequence


def median_seconds(fn: Callable[[], object], repeats: int = 3) -> float:
    """Median wall time of `repeats` runs of fn after one warm-up run."""
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def process_seconds(argv: Sequence[str], repeats: int = 5, cwd: str | None = None) -> float:
    """Median wall time of a whole process (start-up included)."""
    subprocess.run(argv, check=True, capture_output=True, cwd=cwd)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, cwd=cwd)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)

"""What the bounded parse worker costs: the same inputs parsed in this process and through
runner.BoundedPool (one worker, the crawl's setting; two, reparse's default), as a ratio.

The worker adds a pickle of the input and of the record over a pipe, a memory poll every
50 ms and, once, a fork server that imports the parser; the budget is what it buys.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.corpus import files

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def _inputs(limit: int = 400) -> list[tuple[bytes, str, str | None, str | None]]:
    """HTML pages and PDF letters of the sample site, as `foi parse` would hand them over."""
    out = []
    for path in files(SAMPLE, (".html", ".pdf"))[:limit]:
        ctype = "application/pdf" if path.suffix == ".pdf" else "text/html"
        out.append((path.read_bytes(), str(path), None, ctype))
    return out


def run(full: bool = False) -> dict[str, Any]:
    from runner import BoundedPool, Budget
    from runner.jobs import parse_input

    jobs = _inputs(1000 if full else 400)
    if not jobs:
        return {"skipped": "no data/sample"}
    for job in jobs[:20]:  # warm this process's parser as the fork server warms the workers'
        parse_input(job)
    t0 = time.perf_counter()
    for job in jobs:
        parse_input(job)
    in_process = time.perf_counter() - t0
    result: dict[str, Any] = {"inputs": len(jobs), "in_process_per_s": round(len(jobs) / in_process, 1)}
    for workers in (1, 2):
        with BoundedPool(parse_input, workers=workers, budget=Budget()) as pool:
            list(pool.map(jobs[:20]))  # start the fork server and the workers
            t0 = time.perf_counter()
            results = [r for _, r in pool.map(jobs)]
            took = time.perf_counter() - t0
        errors = sum(r.error is not None for r in results)
        result[f"workers_{workers}"] = {
            "per_s": round(len(jobs) / took, 1),
            "ratio_over_in_process": round(took / in_process, 3),
            "errors": errors,
            "peak_rss_mb": round(max(r.peak_rss for r in results) / 2**20, 1),
        }
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))

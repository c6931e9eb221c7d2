"""`foi reparse` rate: the real reparse path (store.reparse.run with foi's own parse function)
over a store filled through the Store API, with 1 and 2 worker processes, SQLite and PostgreSQL.

The store holds n response pages cycled from the generator's heavy pages (30-150 KB, what
real disclosure logs serve), each under its own URL, each with the record the parser makes
of it. Quick mode stores 10,000 documents (2,000 on PostgreSQL) and extrapolates the 100,000 figure linearly
(reparse is a stream: per-document work does not grow with the store); full mode
(BENCH_FULL=1) measures 100,000. Wall and CPU seconds are both reported because the machine
is shared: CPU seconds (parent + workers) are the work done whatever else runs.
"""
from __future__ import annotations

import os
import resource
import time
from typing import Any

from bench.corpus import files, generated_dir

QUICK_DOCS = 10_000
# PostgreSQL's fill costs ~8 round trips a document; at 10,000 it alone took minutes on the
# shared machine, so quick mode measures 2,000 there (override: BENCH_REPARSE_PG_DOCS).
QUICK_PG_DOCS = int(os.environ.get("BENCH_REPARSE_PG_DOCS", "2000"))
FULL_DOCS = 100_000
TARGET_DOCS = 100_000
FILL_BATCH = 500


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _pages(corpus_pages: int = 300) -> list[tuple[bytes, str]]:
    """(bytes, path name) of the generator's heavy HTML pages."""
    root = generated_dir(corpus_pages)
    return [(p.read_bytes(), p.name) for p in files(root, (".html",)) if p.stat().st_size >= 1000]


def fill(store: Any, n: int, pages: list[tuple[bytes, str]]) -> int:
    """Store n response pages (cycled) and their records, in one transaction per batch."""
    from foi import _parse_stored
    from parser import PARSER_VERSION
    from store.api import StoredDoc

    records = [_parse_stored(StoredDoc(body, f"http://127.0.0.1/bench/{i}/", "text/html", 0), [])
               for i, (body, _) in enumerate(pages)]
    for start in range(0, n, FILL_BATCH):
        with store.batch():
            for i in range(start, min(n, start + FILL_BATCH)):
                body, _ = pages[i % len(pages)]
                url = f"http://127.0.0.1/www.bench.police.uk/foi/{i}/"
                doc = store.add_document(url=url, body=body, status=200,
                                         headers={"Content-Type": "text/html; charset=utf-8"})
                store.save_disclosure(records[i % len(pages)], response_url=url,
                                      document_ids=[doc.document_id], parser_version=PARSER_VERSION)
    return n


def time_reparse(store: Any, workers: int) -> dict[str, Any]:
    """One full reparse (every stored response) as `foi reparse --workers N` runs it."""
    from foi import _parse_stored
    from parser import PARSER_VERSION
    from store.reparse import run

    c_self, c_kids = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    summary = run(store, _parse_stored, parser_version=PARSER_VERSION, workers=workers, progress=False)
    wall = time.perf_counter() - t0
    parent = _cpu(resource.RUSAGE_SELF) - c_self
    kids = _cpu(resource.RUSAGE_CHILDREN) - c_kids  # the workers, once the pool has exited
    return {
        "parsed": summary.parsed, "failed": summary.failed,
        "wall_s": round(wall, 1), "cpu_s": round(parent + kids, 1),
        "parent_cpu_s": round(parent, 1), "workers_cpu_s": round(kids, 1),
        "idle_wall_estimate_s": round(idle_wall_estimate(parent, kids, workers), 1),
        "docs_per_s": round(summary.total / wall, 1) if wall else None,
    }


def idle_wall_estimate(parent_cpu: float, workers_cpu: float, workers: int, cores: int = 2) -> float:
    """Wall time the same run would take with the cores to itself: the parent (reads and
    writes) and the workers (parse) overlap, so it is bounded by the busiest process, by
    the slowest share of the workers and by the total CPU over the cores. A lower bound, used
    where other people's jobs make the measured wall time mostly queueing."""
    if workers <= 1:
        return parent_cpu + workers_cpu
    return max(parent_cpu, workers_cpu / workers, (parent_cpu + workers_cpu) / cores)


def extrapolate(measured_s: float, measured_docs: int, target_docs: int = TARGET_DOCS) -> float:
    """Linear extrapolation of a streamed job's time to another size (minutes)."""
    return round(measured_s * target_docs / measured_docs / 60, 1)


def measure(url: str, n: int, pages: list[tuple[bytes, str]], worker_counts: tuple[int, ...]) -> dict[str, Any]:
    from store import open_store

    out: dict[str, Any] = {"documents": n}
    with open_store(url, seed=False) as store:
        t0 = time.perf_counter()
        fill(store, n, pages)
        out["fill_s"] = round(time.perf_counter() - t0, 1)
        for workers in worker_counts:
            figures = time_reparse(store, workers)
            if n != TARGET_DOCS:
                figures["minutes_at_100k_extrapolated"] = extrapolate(figures["wall_s"], n)
                # CPU minutes of parent + workers: on an idle 2-core machine the wall time of
                # a 2-worker run approaches half of this.
                figures["cpu_minutes_at_100k_extrapolated"] = extrapolate(figures["cpu_s"], n)
                figures["idle_minutes_at_100k_extrapolated"] = extrapolate(figures["idle_wall_estimate_s"], n)
            else:
                figures["minutes_at_100k"] = round(figures["wall_s"] / 60, 1)
            out[f"workers_{workers}"] = figures
    return out


def run(full: bool = False, n: int | None = None, backends: tuple[str, ...] = ("sqlite", "postgresql"),
        worker_counts: tuple[int, ...] = (1, 2)) -> dict[str, Any]:
    """{"sqlite": {...}, "postgresql": {...}} with each worker count's reparse figures."""
    from bench.store import _database, _postgres_available

    pages = _pages()
    sizes = sorted(len(b) for b, _ in pages)
    results: dict[str, Any] = {"distinct_pages": len(pages), "page_kb_median": round(sizes[len(sizes) // 2] / 1024)}
    if not full and n is None:
        results["note"] = "quick mode: 100k minutes are extrapolated linearly from the documents measured"
    for backend in backends:
        if backend == "postgresql" and (reason := _postgres_available()):
            results[backend] = {"skipped": f"PostgreSQL unavailable: {reason}"}
            continue
        size = n or (FULL_DOCS if full else QUICK_PG_DOCS if backend == "postgresql" else QUICK_DOCS)
        with _database(backend) as url:
            results[backend] = measure(url, size, pages, worker_counts)
    return results


def minutes_at_100k(section: dict[str, Any], backend: str = "sqlite", workers: int = 2) -> float:
    """The 100k reparse time in minutes: measured in full mode, else the extrapolation."""
    figures = section[backend][f"workers_{workers}"]
    return figures.get("minutes_at_100k", figures.get("minutes_at_100k_extrapolated"))


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(full="--full" in sys.argv,
                         n=int(sys.argv[sys.argv.index("--n") + 1]) if "--n" in sys.argv else None), indent=2))

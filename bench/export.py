"""Export time: `foi export` (analysis.export.export) of each table, CSV and Parquet, on the
synthetic stores the analysis benchmark uses (bench.analysis._rows), SQLite and PostgreSQL.

Quick mode: 10,000 disclosures; full mode (BENCH_FULL=1): 10,000 and 100,000.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert


def build(url: str, n: int) -> None:
    """Migrate the store at `url` and bulk-insert n synthetic disclosures and their rows."""
    from bench.analysis import _rows
    from store import open_store
    from store.models import DisclosureRow, ExemptionRow, TableCell, TableRow

    with open_store(url) as store:
        d, e, t, c = _rows(n)
        with store.engine.begin() as conn:
            for model, rows in ((DisclosureRow, d), (ExemptionRow, e), (TableRow, t), (TableCell, c)):
                for k in range(0, len(rows), 5000):
                    conn.execute(insert(model.__table__), rows[k:k + 5000])


def time_exports(url: str, out_dir: Path) -> dict[str, Any]:
    """Seconds per (what, format), one run each, plus the rows written."""
    from analysis.export import WHATS, export, export_frame

    figures: dict[str, Any] = {}
    for what in WHATS:
        for fmt in ("csv", "parquet"):
            t0 = time.perf_counter()
            export(url, what, fmt, out_dir)
            figures[f"{what}_{fmt}_s"] = round(time.perf_counter() - t0, 2)
    figures["disclosures_rows"] = len(export_frame(url, "disclosures"))
    return figures


def run(full: bool = False, sizes: tuple[int, ...] | None = None,
        backends: tuple[str, ...] = ("sqlite", "postgresql")) -> dict[str, Any]:
    """{"sqlite": {"10000": {...}}, "postgresql": {...}}: export seconds per table and format."""
    from bench.store import _database, _postgres_available

    sizes = sizes or ((10_000, 100_000) if full else (10_000,))
    results: dict[str, Any] = {}
    for backend in backends:
        if backend == "postgresql" and (reason := _postgres_available()):
            results[backend] = {"skipped": f"PostgreSQL unavailable: {reason}"}
            continue
        results[backend] = {}
        for n in sizes:
            with _database(backend) as url, tempfile.TemporaryDirectory(prefix="foi-export-") as out:
                build(url, n)
                results[backend][str(n)] = time_exports(url, Path(out))
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(full="--full" in sys.argv), indent=2))

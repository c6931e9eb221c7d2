"""Crawl speed: the bundled sample served on 127.0.0.1 and crawled with politeness lifted
(it is our own server), first into an empty store, then again (the incremental case:
listings refetched, responses asked conditionally, nothing parsed).

    python -m bench.crawl        (or BENCH_ONLY=crawl make bench)
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"


def run(full: bool = False) -> dict[str, Any]:
    """pages/s and responses/s for a first and a repeat crawl of the sample."""
    from crawler.run import crawl
    from crawler.sample_server import serve

    if not (SAMPLE / "sites.json").exists():
        return {"skipped": "data/sample not generated (make sample)"}
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        server = serve(SAMPLE)
        try:
            for name in ("first", "repeat"):
                s = crawl(sample_url=server.url, db_url=db, polite=False, progress=False,
                          sample_root=SAMPLE, jobs_dir=Path(tmp) / "jobs", log_file=Path(tmp) / f"{name}.log")
                stored = sum(t.stored for t in s.forces.values())
                out[name] = {"ok": s.ok, "pages": s.fetched, "responses_stored": stored,
                             "unchanged": sum(t.unchanged for t in s.forces.values()),
                             "seconds": round(s.elapsed, 2), "pages_per_s": round(s.pages_per_second, 1),
                             "responses_per_s": round(stored / s.elapsed, 1) if s.elapsed else 0.0}
        finally:
            server.stop()
    return out


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))

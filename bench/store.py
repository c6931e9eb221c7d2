"""Store benchmark: insert throughput and search latency at corpus sizes, SQLite and PostgreSQL.

`run(full=False)` is what `make bench` calls: quick mode stores 2,000 responses per backend;
full mode (BENCH_FULL=1) 10,000 and 100,000. Each response is a ~3 KB page plus its
disclosure (2 exemptions, one 7-row table), written in batches of 500 per transaction, the
way a crawl writes. Text is drawn from a Zipf-distributed vocabulary so the full-text index
sees common and rare words as real responses give them.
"""
from __future__ import annotations

import itertools
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from parser.record import Disclosure, Exemption, Table
from store import open_store

PG_ADMIN_URL = os.environ.get(
    "FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
BATCH = 500
DOMAIN = ["hostage", "negotiator", "firearms", "drone", "custody", "taser", "overtime",
          "vehicle", "burglary", "stalking", "cyber", "recruitment", "helicopter", "dog"]
FORCES = ["cleveland", "durham", "kent", "essex", "merseyside", "dyfed-powys", "psni", "west-yorkshire"]
QUERIES = ["hostage", "negotiator", "firearms licence", '"firearms licence"', "drone custody",
           '"hostage negotiator" training', "taser", "overtime costs", "stalking", "cyber crime"]


def _vocabulary(rng: random.Random, size: int = 6000) -> tuple[list[str], list[float]]:
    """Words and their CUMULATIVE Zipf weights (passing cum_weights saves re-summing per draw)."""
    letters = "etaoinshrdlucmfwypvbgk"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(size)]
    # Domain words sit at mid ranks: common enough to search for, rare enough to be selective.
    for i, word in enumerate(DOMAIN):
        words[40 + i * 25] = word
    words[30], words[31], words[32], words[33] = "training", "licence", "costs", "crime"
    return words, list(itertools.accumulate(1.0 / (rank + 1) for rank in range(size)))


def make_responses(n: int, seed: int = 7) -> list[tuple[str, bytes, Disclosure]]:
    """n deterministic (url, page bytes, record) triples."""
    return list(generate_responses(n, seed))


def generate_responses(n: int, seed: int = 7) -> Iterator[tuple[str, bytes, Disclosure]]:
    """The same triples, one at a time: 100,000 of them at once would take about a gigabyte."""
    rng = random.Random(seed)
    words, cumulative = _vocabulary(rng)
    start = date(2015, 1, 1)
    for i in range(n):
        force = FORCES[i % len(FORCES)]
        body = " ".join(rng.choices(words, cum_weights=cumulative, k=450))
        request = " ".join(rng.choices(words, cum_weights=cumulative, k=60))
        response = " ".join(rng.choices(words, cum_weights=cumulative, k=90))
        title = " ".join(rng.choices(words, cum_weights=cumulative, k=5)).capitalize()
        day = start + timedelta(days=rng.randint(0, 3600))
        record = Disclosure(
            authority=force.title(), authority_id=force, regime="FOIA", reference=f"{i}-{day.year}",
            title=title, published_date=day.isoformat(), response_date=day.isoformat(),
            outcome=rng.choice(["disclosed", "partial", "refused", "not_held"]),
            exemptions=[Exemption("s31(1)(a)", "31", "FOIA", "Law enforcement", False, "s31 applies"),
                        Exemption("s40(2)", "40", "FOIA", "Personal information", False, "s40 applies")],
            tables=[Table(header=["Year", "Count"],
                          rows=[[str(2017 + y), str(rng.randint(0, 500))] for y in range(7)])],
            request_text=request, response_text=response, body_text=body,
        )
        url = f"http://127.0.0.1/www.{force}.police.uk/foi/{i}/"
        yield url, f"<html><body><h1>{title}</h1><p>{body}</p></body></html>".encode(), record


@contextmanager
def _database(backend: str) -> Iterator[str]:
    """A fresh database URL for one measurement, removed afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="foi-bench-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.db'}"
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    name = f"foi_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def measure(url: str, n: int, searches: int = 50) -> dict[str, Any]:
    """Insert n responses (page + disclosure) in batches, then time re-checks and searches.

    Only the store's work is timed: the synthetic responses are made before each batch.
    """
    with open_store(url, seed=False) as store:
        insert_s = 0.0
        stream = generate_responses(n)
        first_batch: list[tuple[str, bytes, Disclosure]] = []
        while batch := list(itertools.islice(stream, BATCH)):
            first_batch = first_batch or batch
            t0 = time.perf_counter()
            with store.batch():
                for page_url, body, record in batch:
                    doc = store.add_document(url=page_url, body=body, status=200,
                                             headers={"Content-Type": "text/html"},
                                             authority_id=record.authority_id)
                    store.save_disclosure(record, response_url=page_url,
                                          document_ids=[doc.document_id], parser_version="bench")
            insert_s += time.perf_counter() - t0
        # Re-storing the same pages must be cheap: a crawl re-visits far more than it finds new.
        t0 = time.perf_counter()
        with store.batch():
            for page_url, body, _ in first_batch:
                store.add_document(url=page_url, body=body, status=200)
        unchanged_s = time.perf_counter() - t0
        latencies, hits = [], []
        for i in range(searches):
            query = QUERIES[i % len(QUERIES)]
            filters: dict[str, Any] = {}
            if i % 3 == 1:
                filters["authority"] = FORCES[i % len(FORCES)]
            if i % 3 == 2:
                filters["since"] = date(2022, 1, 1)
            t0 = time.perf_counter()
            found = store.search(query, limit=20, **filters)
            latencies.append((time.perf_counter() - t0) * 1000)
            hits.append(len(found))
    latencies.sort()
    return {
        "responses": n,
        "insert_per_s": round(n / insert_s, 1),
        "recheck_unchanged_per_s": round(len(first_batch) / unchanged_s, 1),
        "search_median_ms": round(statistics.median(latencies), 2),
        "search_p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
        "search_mean_hits": round(sum(hits) / len(hits), 1),
    }


def _postgres_available() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:
        return str(exc).splitlines()[0]


def run(full: bool = False, sizes: tuple[int, ...] | None = None,
        backends: tuple[str, ...] = ("sqlite", "postgresql")) -> dict[str, Any]:
    """Figures per backend and size, e.g. {"sqlite": {"10000": {...}}, "postgresql": {...}}."""
    sizes = sizes or ((10_000, 100_000) if full else (2_000,))
    results: dict[str, Any] = {}
    for backend in backends:
        if backend == "postgresql" and (reason := _postgres_available()):
            results[backend] = {"skipped": f"PostgreSQL unavailable: {reason}"}
            continue
        results[backend] = {}
        for n in sizes:
            with _database(backend) as url:
                results[backend][str(n)] = measure(url, n)
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(full="--full" in sys.argv), indent=2))

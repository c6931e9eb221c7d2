"""Scale benchmark (issue 17): a store of N synthetic responses (1,000,000 by default) on
PostgreSQL and on SQLite; every `foi stats` command timed as the real command; `foi export`
of everything, CSV and Parquet, with the exporting process's peak memory; and `foi reparse`
throughput on PostgreSQL with 1, 2 and 4 processes sharing the work.

    nice -n 10 .venv/bin/python -m bench.scale --n 1000000 [--backend postgresql] [--keep]

The rows follow bench.analysis's mix (45 forces, ten years, outcomes and exemptions, one
request in five sent to many forces, a table of figures in one response in three), made
chunk by chunk so generating a million never holds them all: PostgreSQL takes them by COPY,
SQLite by executemany in one transaction. Databases are foi_bench_scale_<random> (dropped
unless --keep) and a temporary SQLite file. Results: bench/scale.json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

from bench.analysis import EXEMPTIONS, FORCES, OUTCOMES, SUBJECTS, _vocabulary

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "scale.json"
PG_ADMIN_URL = os.environ.get("FOI_BENCH_POSTGRES_URL",
                              os.environ.get("FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
CHUNK = 20_000

D_COLS = ("id", "response_url", "authority_id", "authority", "regime", "reference", "title", "published_date",
          "request_date", "response_date", "outcome", "ncnd", "request_text", "response_text", "body_text",
          "warnings", "parser_version", "parsed_at", "best_date", "date_source")
E_COLS = ("disclosure_id", "code", "section", "statute", "ncnd", "evidence")
T_COLS = ("id", "disclosure_id", "position", "caption", "header", "rows", "source")
C_COLS = ("table_id", "row_label", "column_label", "text", "value")

# Every `foi stats` command, as a user would run it (its terminal table).
STATS = {"usage": ["usage"], "outcomes": ["outcomes"], "refusals": ["refusals"], "agreement": ["agreement"],
         "compare": ["compare", "s31"], "cooccurrence": ["cooccurrence"], "families": ["families"],
         "figures": ["figures"], "dates": ["dates"]}


def chunks(n: int, seed: int = 11) -> Iterator[tuple[list[tuple], list[tuple], list[tuple], list[tuple]]]:
    """(disclosures, exemptions, tables, cells) rows, CHUNK disclosures at a time."""
    rng = random.Random(seed)
    words, freq = _vocabulary(rng)
    cum: list[float] = []
    total = 0.0
    for f in freq:
        total += f
        cum.append(total)
    start = date(2015, 1, 1)
    weights = [w for _, _, w in EXEMPTIONS]
    parsed_at = "2026-12-01T00:00:00+00:00"
    tid = 0
    for first in range(1, n + 1, CHUNK):
        d, e, t, c = [], [], [], []
        for i in range(first, min(n, first + CHUNK - 1) + 1):
            force = FORCES[i % len(FORCES)]
            day = start + timedelta(days=rng.randrange(3650))
            outcome = rng.choice(OUTCOMES)
            if rng.random() < 0.2:
                request = (f"Please provide the number of {rng.choice(SUBJECTS)} recorded by {force} "
                           "in each year since 2019.")
            else:
                request = " ".join(rng.choices(words, cum_weights=cum, k=25))
            responded = day - timedelta(days=1) if rng.random() < 0.6 else None
            # best_date / date_source as Store.save_disclosure sets them (store.api.best_date):
            # the response's own date when it has one, else the published date
            d.append((i, f"https://example.police.uk/{force}/{i}/", force, force.replace("-", " ").title(), "FOIA",
                      f"{i}/{day.year % 100}", request[:60], day, day - timedelta(days=20),
                      responded, outcome,
                      outcome in ("refused", "partial") and rng.random() < 0.2, request, "", "", "[]", "bench",
                      parsed_at, responded or day, "response" if responded else "published"))
            if outcome in ("refused", "partial"):
                for code, section, _ in {x[0]: x for x in rng.choices(EXEMPTIONS, weights, k=rng.randint(1, 3))}.values():
                    e.append((i, code, section, "EIR" if code[0] == "r" else "FOIA", False, ""))
            if rng.random() < 0.33:
                tid += 1
                t.append((tid, i, 0, "By year", '["Year", "Count"]', "[]", "html"))
                for year in range(2019, 2024):
                    value = rng.randint(0, 500)
                    c.append((tid, str(year), "Count", str(value), float(value)))
        yield d, e, t, c


# A trial index, not in the schema (--trial-index): the analyses' covering index with the
# id and the authority's name, so PostgreSQL could answer the joins by id from the index.
TRIAL_INDEX = ("CREATE INDEX bench_ix_disclosures_ids ON disclosures (id, authority_id, response_date, "
               "published_date, request_date, outcome, ncnd, error, authority)")


def load_postgresql(url: str, n: int, trial_index: bool = False) -> None:
    """COPY the rows in (after the store's own migration made the schema)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from store import open_store

    open_store(url, seed=False).close()
    u = make_url(url)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database) as conn:
        with conn.cursor() as cur:
            for d, e, t, c in chunks(n):
                for table, cols, rows in (("disclosures", D_COLS, d), ("exemptions", E_COLS, e),
                                          ("tables", T_COLS, t), ("table_cells", C_COLS, c)):
                    with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
            for table in ("disclosures", "tables"):  # ids were given: move the sequences past them
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT coalesce(max(id), 1) FROM {table}))")
            if trial_index:
                cur.execute(TRIAL_INDEX)
        conn.commit()
        # A store in use has been vacuumed by autovacuum: the visibility map it sets is what
        # lets the analyses read the covering indexes of migration 0003 without the table.
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")


def load_sqlite(url: str, n: int) -> None:
    """executemany in one transaction, then ANALYZE."""
    import sqlite3

    from store import open_store

    open_store(url, seed=False).close()
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    with conn:
        for d, e, t, c in chunks(n):
            for table, cols, rows in (("disclosures", D_COLS, d), ("exemptions", E_COLS, e),
                                      ("tables", T_COLS, t), ("table_cells", C_COLS, c)):
                conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                 [tuple(v.isoformat() if isinstance(v, date) else v for v in r) for r in rows])
    conn.execute("ANALYZE")
    conn.close()


@contextmanager
def database(backend: str, keep: bool = False, prefix: str = "foi_bench_scale") -> Iterator[str]:
    """A new empty database (PostgreSQL `<prefix>_<random>`, or a SQLite file in a temporary
    folder), removed afterwards unless `keep` (then its URL is printed, for --db)."""
    if backend == "sqlite":
        tmp = tempfile.mkdtemp(prefix=f"{prefix}-")
        url = f"sqlite:///{tmp}/scale.db"
        try:
            yield url
        finally:
            if keep:
                print("kept", url, flush=True)
            else:
                import shutil

                shutil.rmtree(tmp, ignore_errors=True)
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        if keep:
            print("kept", url, flush=True)
        else:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def existing(url: str) -> Iterator[str]:
    """A store made by an earlier --keep run (--db): migrated to head by the store, not dropped."""
    from store import open_store

    open_store(url).close()
    yield url


def _run(argv: list[str], timeout: float = 600) -> dict[str, Any]:
    """Run a command; its wall time, CPU time and peak resident memory (its own rusage)."""
    t0 = time.perf_counter()
    import threading

    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    timer = threading.Timer(timeout, proc.kill)  # a command past its time is stopped and says so
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    return {"s": round(time.perf_counter() - t0, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_mb": round(usage.ru_maxrss / 1024), "ok": proc.returncode == 0,
            **({"error": err.strip().splitlines()[-1][:300]} if proc.returncode and err.strip() else {})}


def time_stats(url: str, names: list[str] | None = None) -> dict[str, Any]:
    """Each stats command twice (the first warms the database's cache); the second counts,
    with the load average when it ran (the machine is shared)."""
    foi = [sys.executable, str(ROOT / "foi.py"), "stats"]
    out: dict[str, Any] = {}
    for name, args in STATS.items():
        if names is not None and name not in names:
            continue
        _run(foi + args + ["--db", url])
        out[name] = {**_run(foi + args + ["--db", url]), "load": round(os.getloadavg()[0], 2),
                     "query_s": query_seconds(url, args)}
    return out


# The same command in a process that times every query of analysis.db.fetch (the statistics'
# reads: on a small answer, the database's work), to tell it from the client's start-up.
_TIMED = """
import sys, time
import analysis.db as db
spent = [0.0, 0]
real = db.fetch
def fetch(*a, **k):
    t = time.perf_counter()
    try:
        return real(*a, **k)
    finally:
        spent[0] += time.perf_counter() - t
        spent[1] += 1
db.fetch = fetch
for name in ("usage", "outcomes", "compare", "agreement", "figures"):
    module = __import__("analysis." + name, fromlist=["fetch"])
    if hasattr(module, "fetch"):
        module.fetch = fetch
sys.argv = ["foi", "stats", *sys.argv[1:]]
import foi
try:
    foi.app()
except SystemExit:
    pass
sys.stderr.write(f"QUERY_S {spent[0]:.3f} {spent[1]}\\n")
"""


def query_seconds(url: str, args: list[str]) -> float | None:
    """Seconds the command spent in its queries (sent, run, fetched), None if not measured."""
    done = subprocess.run([sys.executable, "-c", _TIMED, *args, "--db", url], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)
    for line in done.stderr.splitlines():
        if line.startswith("QUERY_S "):
            return round(float(line.split()[1]), 2)
    return None


def time_exports(url: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="foi-bench-export-") as tmp:
        for what in ("disclosures", "exemptions", "tables"):
            for fmt in ("csv", "parquet"):
                out[f"{what}_{fmt}"] = _run([sys.executable, str(ROOT / "foi.py"), "export", "--what", what,
                                             "--format", fmt, "--out", tmp, "--db", url])
                out[f"{what}_{fmt}"]["mb"] = round(Path(tmp, f"{what}.{fmt}").stat().st_size / 2**20, 1) \
                    if Path(tmp, f"{what}.{fmt}").exists() else None
    return out


def families_first(url: str) -> dict[str, Any]:
    """The one-off request-family grouping a new store pays once (kept in the store after)."""
    return _run([sys.executable, str(ROOT / "foi.py"), "stats", "families", "--db", url], timeout=900)


def reparse_throughput(responses: int, workers_list: tuple[int, ...] = (1, 2, 4)) -> dict[str, Any]:
    """Responses per second of `foi reparse` on PostgreSQL, the work shared by 1, 2 or 4
    processes at once (each `--workers 1`), over `responses` real sample pages copied
    under distinct URLs."""
    from sqlalchemy import create_engine, text

    from store import open_store

    out: dict[str, Any] = {"responses": responses}
    with database("postgresql") as url:
        _load_sample_documents(url, responses)
        for k in workers_list:
            engine = create_engine(url)
            with engine.begin() as conn:  # every record made stale again
                conn.execute(text("DELETE FROM table_cells; DELETE FROM tables; DELETE FROM exemptions; "
                                  "DELETE FROM disclosure_documents; DELETE FROM disclosures"))
            engine.dispose()
            argv = [sys.executable, str(ROOT / "foi.py"), "reparse", "--workers", "1", "--batch", "25",
                    "--no-progress", "--db", url]
            load, cpu0 = os.getloadavg(), os.times()
            t0 = time.perf_counter()
            # FOI_REPARSE_PHASES: each process says on stderr where its wall time went
            procs = [subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                      env={**os.environ, "FOI_REPARSE_PHASES": "1"}) for _ in range(k)]
            outs = [p.communicate() for p in procs]
            elapsed = time.perf_counter() - t0
            cpu = os.times()
            done = open_store(url, seed=False)
            n = done.counts()["disclosures"]
            done.close()
            out[f"{k}_processes"] = {
                "s": round(elapsed, 1), "per_s": round(n / elapsed, 1), "records": n,
                # the reparse processes' own CPU: their parse workers are children of a fork
                # server, never waited for by them, so not counted here (see phases_s)
                "cpu_s": round(cpu.children_user + cpu.children_system - cpu0.children_user - cpu0.children_system, 1),
                "load_average": [round(x, 2) for x in load],
                "each": [o.strip().splitlines()[-1] if o.strip() else "" for o, _ in outs],
                "phases_s": [json.loads(line.split("phases: ", 1)[1]) for _, e in outs
                             for line in e.splitlines() if "phases: " in line]}
            out[f"{k}_processes"]["steady_per_s"] = steady_rate(out[f"{k}_processes"])
    return out


def steady_rate(run: dict[str, Any]) -> float | None:
    """Responses a second once every process is going: each process's responses after its
    first batch over its claim, parse and write seconds after it (not its start-up: Python,
    imports, the fork server loading the parser and spaCy, the first batch), summed over
    the processes."""
    import re

    total = 0.0
    for line, phases in zip(run["each"], run["phases_s"]):
        found = re.search(r"(\d+) reparsed", line)
        busy = sum(phases.get(k, 0.0) for k in ("claim", "parse", "write"))
        if not found or busy <= 0:
            return None
        total += max(0, int(found.group(1)) - 25) / busy  # 25: the first batch (--batch 25)
    return round(total, 1)


def _load_sample_documents(url: str, responses: int) -> None:
    """`responses` copies of the bundled sample's response pages (HTML and PDF), each under
    its own URL, stored as a crawl stores them."""
    from crawler.registry import SAMPLE_ROOT
    from store import open_store

    pages = sorted(p for p in SAMPLE_ROOT.rglob("*.html") if "disclosure" in str(p) and p.parent.name.startswith("foi"))
    if not pages:
        raise RuntimeError(f"no sample response pages under {SAMPLE_ROOT}")
    store = open_store(url, seed=False)
    with store.batch():
        for i in range(responses):
            page = pages[i % len(pages)]
            rel = page.relative_to(SAMPLE_ROOT).as_posix()
            store.add_document(url=f"https://{rel.rsplit('/', 1)[0]}/copy-{i}/", body=page.read_bytes(), status=200,
                               headers={"Content-Type": "text/html"}, authority_id=None, role="response")
    store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.scale")
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--backend", action="append", choices=["postgresql", "sqlite"])
    ap.add_argument("--reparse", type=int, default=400, help="responses for the reparse throughput (0: skip)")
    ap.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    ap.add_argument("--parts", default="stats,export", help="what to time: stats, export (comma-separated)")
    ap.add_argument("--trial-index", action="store_true",
                    help="PostgreSQL: add TRIAL_INDEX (not in the schema) and file the results under trial_index")
    ap.add_argument("--prefix", default="foi_bench_scale", help="name of the database (PostgreSQL) or folder (SQLite)")
    ap.add_argument("--db", action="append", default=[],
                    help="time an existing store (one kept by --keep) instead of generating one (repeatable)")
    ap.add_argument("--commands", help="only these stats commands (comma-separated names of STATS)")
    ap.add_argument("--no-families-first", action="store_true", help="skip the first families run")
    args = ap.parse_args(argv)
    results: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    names = args.commands.split(",") if args.commands else None
    runs = [("sqlite" if u.startswith("sqlite") else "postgresql", u) for u in args.db] or \
        [(b, None) for b in ((args.backend or ["postgresql", "sqlite"]) if args.n else [])]  # --n 0: reparse only
    for backend, given in runs:
        with (existing(given) if given else database(backend, keep=args.keep, prefix=args.prefix)) as url:
            entry: dict[str, Any] = {"responses": args.n}
            if not given:
                t0 = time.perf_counter()
                if backend == "postgresql":
                    load_postgresql(url, args.n, trial_index=args.trial_index)
                else:
                    load_sqlite(url, args.n)
                entry["load_s"] = round(time.perf_counter() - t0, 1)
                print(backend, "loaded", entry, flush=True)
            parts = args.parts.split(",")
            if not args.no_families_first:
                entry["families_first_run"] = families_first(url)
                print(backend, "families first run", json.dumps(entry["families_first_run"]), flush=True)
            if "stats" in parts:
                previous_stats = results.get(f"{backend}_trial_index" if args.trial_index else backend, {}) \
                    .get(str(args.n), {}).get("stats", {})
                entry["stats"] = {**previous_stats, **time_stats(url, names)}
                print(backend, "stats", json.dumps(entry["stats"]), flush=True)
            if "export" in parts:
                entry["export"] = time_exports(url)
                print(backend, "export", json.dumps(entry["export"]), flush=True)
            entry["measured_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
            entry["load_average"] = os.getloadavg()[0]
            name = f"{backend}_trial_index" if args.trial_index else backend
            previous = results.setdefault(name, {}).get(str(args.n), {})
            results[name][str(args.n)] = {**previous, **entry}
            RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    if args.reparse:
        results["reparse_postgresql"] = reparse_throughput(args.reparse)
        print("reparse", json.dumps(results["reparse_postgresql"]), flush=True)
        RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

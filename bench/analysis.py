"""Analysis benchmark: how long each `foi stats` analysis takes on a large SQLite store.

`run(full=False)` (from `make bench`) builds a synthetic store of 10,000 disclosures
(100,000 with BENCH_FULL=1): 45 forces, ten years, realistic outcome and exemption mixes,
one request in five sent to many forces (so request families exist), a table of figures in
one response in three. Rows are bulk-inserted through SQLAlchemy Core after open_store()
has migrated the schema. Each analysis is timed as a library call (best of 3) and as the
real `foi stats ... --csv` command (process start-up included). Target: < 2 s each at 100,000.
The one-off costs of a new store are timed apart: the first read (cold caches; the covering
indexes come from migration 0003 now, so it no longer builds them) and the first
request-family grouping (cached in the store afterwards).
"""
from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import insert

from store.api import best_date

ROOT = Path(__file__).resolve().parent.parent
FORCES = [f"force-{i:02d}" for i in range(45)]
EXEMPTIONS = [("s31(1)(a)", "31", 18), ("s31(1)(b)", "31", 8), ("s40(2)", "40", 20), ("s12(1)", "12", 14),
              ("s23(5)", "23", 5), ("s24(2)", "24", 5), ("s31(3)", "31", 4), ("s30(1)(a)", "30", 4),
              ("s38(1)(a)", "38", 3), ("s43(2)", "43", 3), ("s21(1)", "21", 3), ("r12(5)(a)", "12", 1)]
OUTCOMES = (["disclosed"] * 45 + ["partial"] * 20 + ["refused"] * 25 + ["not_held"] * 9 + [None])
SUBJECTS = ["hostage negotiators", "taser discharges on children", "drone deployments", "informant payments",
            "body worn video retention", "facial recognition trials", "stop and search by ethnicity",
            "officers dismissed for misconduct", "custody deaths", "cyber attacks on force systems"]


def _vocabulary(rng: random.Random, size: int = 4000) -> tuple[list[str], list[float]]:
    """Subject words with Zipf frequencies, as requests use them: a few common, most rare
    (a 20-word vocabulary would make every request look like every other)."""
    letters = "etaoinshrdlucmfwypvbgk"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(size)]
    return words, [1.0 / (rank + 1) for rank in range(size)]


def _rows(n: int, seed: int = 11) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    rng = random.Random(seed)
    words, freq = _vocabulary(rng)
    disclosures, exemptions, tables, cells = [], [], [], []
    start = date(2015, 1, 1)
    weights = [w for _, _, w in EXEMPTIONS]
    for i in range(1, n + 1):
        force = FORCES[i % len(FORCES)]
        day = start + timedelta(days=rng.randrange(3650))
        outcome = rng.choice(OUTCOMES)
        if rng.random() < 0.2:  # a round-robin request: the same words to many forces
            subject = rng.choice(SUBJECTS)
            request = f"Please provide the number of {subject} recorded by {force} in each year since 2019."
        else:
            request = " ".join(rng.choices(words, freq, k=25))
        disclosures.append({
            "id": i, "response_url": f"https://example.police.uk/{force}/{i}/", "authority_id": force,
            "authority": force.replace("-", " ").title(), "regime": "FOIA", "reference": f"{i}/{day.year % 100}",
            "title": request[:60], "published_date": day, "request_date": day - timedelta(days=20),
            "response_date": day - timedelta(days=1) if rng.random() < 0.6 else None, "outcome": outcome,
            "ncnd": outcome in ("refused", "partial") and rng.random() < 0.2, "request_text": request,
            "response_text": "", "body_text": "", "warnings": [], "parser_version": "bench"})
        # the date every statistic reads, as Store.save_disclosure would set it (0009_best_date)
        disclosures[-1]["best_date"], disclosures[-1]["date_source"] = best_date(disclosures[-1])
        if outcome in ("refused", "partial"):
            for code, section, _ in {e[0]: e for e in rng.choices(EXEMPTIONS, weights, k=rng.randint(1, 3))}.values():
                exemptions.append({"disclosure_id": i, "code": code, "section": section,
                                   "statute": "EIR" if code[0] == "r" else "FOIA", "name": None,
                                   "ncnd": False, "evidence": ""})
        if rng.random() < 0.33:
            tid = len(tables) + 1
            tables.append({"id": tid, "disclosure_id": i, "position": 0, "caption": "By year",
                           "header": ["Year", "Count"], "rows": [], "source": "html"})
            for year in range(2019, 2024):
                value = rng.randint(0, 500)
                cells.append({"table_id": tid, "row_label": str(year), "column_label": "Count",
                              "text": str(value), "value": float(value), "unit": None})
    return disclosures, exemptions, tables, cells


def build(n: int, path: Path) -> str:
    """A migrated SQLite store at `path` holding n synthetic disclosures; returns its URL."""
    from store import open_store
    from store.models import DisclosureRow, ExemptionRow, TableCell, TableRow

    url = f"sqlite:///{path}"
    store = open_store(url)
    d, e, t, c = _rows(n)
    with store.engine.begin() as conn:
        for model, rows in ((DisclosureRow, d), (ExemptionRow, e), (TableRow, t), (TableCell, c)):
            for k in range(0, len(rows), 5000):
                conn.execute(insert(model.__table__), rows[k:k + 5000])
    store.close()
    return url


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _best(fn: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return round(best, 3)


def run(full: bool = False) -> dict[str, Any]:
    import analysis

    n = 100_000 if full else 10_000
    out: dict[str, Any] = {"disclosures": n}
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        url = build(n, Path(tmp) / "bench.db")
        out["build_s"] = round(time.perf_counter() - t0, 1)
        calls = {
            "usage": lambda: analysis.exemption_usage(url, period="year"),
            "outcomes": lambda: analysis.outcome_rates(url, period="year"),
            "compare": lambda: analysis.compare(url, "s31"),
            "cooccurrence": lambda: analysis.cooccurrence(url),
            "families": lambda: analysis.family_summary(analysis.request_families(url)),
            "figures": lambda: analysis.figures(url),
        }
        # one-off costs, paid by the first command on a new or changed store: the covering
        # indexes (first read) and the request-family grouping (kept in the store after)
        t0 = time.perf_counter()
        calls["usage"]()
        out["first_read_with_indexes_s"] = round(time.perf_counter() - t0, 2)
        t0 = time.perf_counter()
        analysis.request_families(url)
        out["families_first_run_s"] = round(time.perf_counter() - t0, 2)
        out["library_s"] = {name: _best(fn) for name, fn in calls.items()}
        cli = {"usage": ["usage"], "outcomes": ["outcomes"], "compare": ["compare", "s31"],
               "cooccurrence": ["cooccurrence"], "families": ["families"], "figures": ["figures"]}
        out["cli_s"], out["cli_cpu_s"] = {}, {}
        for name, args in cli.items():
            t0, cpu0 = time.perf_counter(), _child_cpu()
            subprocess.run([sys.executable, "-m", "foi", "stats", *args, "--csv", "--db", url], cwd=ROOT,
                           check=True, stdout=subprocess.DEVNULL)
            out["cli_s"][name] = round(time.perf_counter() - t0, 2)
            # CPU time as well as wall time: on a shared, loaded machine the wall time mostly
            # measures the neighbours
            out["cli_cpu_s"][name] = round(_child_cpu() - cpu0, 2)
        out["all_under_2s"] = all(v < 2.0 for v in out["cli_s"].values())
        out["all_under_2s_cpu"] = all(v < 2.0 for v in out["cli_cpu_s"].values())
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(run(full="--full" in sys.argv), indent=1))

"""`foi demo`: the whole job on the bundled sample site, start to finish, in a minute or two.

Serves data/sample on 127.0.0.1, crawls it with politeness lifted (it is our own server),
stores and parses every response, then writes the analyses: exports, charts and the report.
If the crawl cannot run, the sample files are parsed straight from disk instead, and the
summary says so, so the demo always shows the analyses.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"


@dataclass
class DemoResult:
    """What the demo did and wrote."""

    db_url: str
    method: str  # "crawl" or "disk"
    counts: dict[str, int] = field(default_factory=dict)
    top: pd.DataFrame | None = None
    refusals: pd.DataFrame | None = None
    families: pd.DataFrame | None = None
    paths: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    wdtk: dict[str, int] = field(default_factory=dict)  # the WhatDoTheyKnow replica's replies in the store
    agreement: dict[str, float] | None = None  # our outcome against its requesters' states, overall


def _file_for(url_path: str, root: Path) -> Path:
    """The sample file a URL path names (directories serve their index.html)."""
    path = root / url_path.lstrip("/")
    return path / "index.html" if url_path.endswith("/") or path.is_dir() else path


def load_from_disk(store, root: Path = SAMPLE) -> int:  # type: ignore[no-untyped-def]
    """Parse every labelled sample response (page + attachments) from disk into the store,
    as the crawler would have; returns how many were saved."""
    from parser import PARSER_VERSION, RawDoc, parse_response

    saved = 0
    labels = [json.loads(line) for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    base = "https:/"  # served path /<host>/<path> -> the real URL it imitates, https://<host>/<path>
    with store.batch():
        for lab in labels:
            page_url = base + lab["url_path"]
            docs, ids = [], []
            for path, role in [(lab["url_path"], "response")] + [(a, "attachment") for a in lab.get("attachments") or []]:
                file = _file_for(path, root)
                try:
                    body = file.read_bytes()
                except OSError as exc:
                    store.add_document(url=base + path, body=None, status=None, error=f"{file}: {exc}", role=role,
                                       response_url=page_url)
                    continue
                ctype = "text/html" if file.suffix in (".html", ".htm") else None
                res = store.add_document(url=base + path, body=body, status=200,
                                         headers={"Content-Type": ctype} if ctype else None, role=role,
                                         response_url=page_url, authority_id=lab.get("force_id"))
                ids.append(res.document_id)
                docs.append(RawDoc(content=body, url=base + path, content_type=ctype))
            if not docs:
                continue
            record = parse_response(docs[0], docs[1:])
            store.save_disclosure(record, response_url=page_url, document_ids=ids, parser_version=PARSER_VERSION)
            saved += 1
    return saved


def _disclosure_count(db_url: str) -> int:
    from sqlalchemy import text

    from store import open_store

    with open_store(db_url) as store, store.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM disclosures")).scalar_one())


def _crawl(db_url: str, root: Path, say: Callable[[str], None], log_file: Path) -> tuple[str, list[str]]:
    """Crawl the served sample; fall back to reading it from disk. Returns (method, notes)."""
    from store import open_store

    notes: list[str] = []
    try:
        from crawler.run import crawl
        from crawler.sample_server import serve
    except ImportError as exc:
        notes.append(f"crawler not available ({exc}); parsed the sample files from disk instead")
    else:
        server = serve(root, port=0)
        try:
            say(f"Serving {root} at {server.url}; crawling it (politeness lifted: our own server)")
            summary = crawl(sample_url=server.url, db_url=db_url, polite=False, progress=True,
                            sample_root=root, timeout=240, log_file=log_file)
        finally:
            server.stop()
        notes += summary.problems[:5]
        # A crawl that fetched pages but left no disclosure (every start page a 404, say) is
        # not a success: judge by what the store holds, which also covers an unchanged re-run.
        if summary.ok and summary.fetched and _disclosure_count(db_url):
            say(f"Crawled {summary.fetched} pages in {summary.elapsed:.0f} s (Scrapy's log: {log_file})")
            return "crawl", notes
        notes.append(f"the crawl stored nothing usable (reason={summary.reason}, exit={summary.returncode}, "
                     f"pages={summary.fetched}); "
                     "parsed the sample files from disk instead")
    say(notes[-1])
    with open_store(db_url) as store:
        load_from_disk(store, root)
    return "disk", notes


WDTK_HOST = "www.whatdotheyknow.com"


def _crawl_wdtk(db_url: str, root: Path, say: Callable[[str], None]) -> list[str]:
    """Collect the sample's WhatDoTheyKnow replica (after the logs, so an answer also in a
    force's log joins its disclosure). A second run reads one feed page per body and stores
    nothing. Returns notes (the failures)."""
    if not (root / WDTK_HOST / "feed" / "body").is_dir():
        return []
    from crawler.sample_server import serve
    from crawler.wdtk.run import run as run_wdtk

    server = serve(root, port=0)
    try:
        summary = run_wdtk(None, db_url=db_url, sample_url=server.url, sample_root=root, delay=0.0)
    finally:
        server.stop()
    say(f"WhatDoTheyKnow replica: {summary.feed_pages} feed pages, {summary.new_events} new events, "
        f"{summary.requests_fetched} requests fetched, {summary.responses_stored} responses stored")
    return [f"WhatDoTheyKnow: {f}" for f in summary.failed[:5]]


def wdtk_counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Requests and replies from WhatDoTheyKnow in the store, and how many answers are also
    in a force's log."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        row = conn.execute(text(
            "SELECT COUNT(DISTINCT request_id), COUNT(*), "
            "COALESCE(SUM(CASE WHEN kind = 'response' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN matched_by IN ('reference', 'text') THEN 1 ELSE 0 END), 0) "
            "FROM wdtk_replies")).one()
    return {"requests": int(row[0]), "replies": int(row[1]), "answers": int(row[2]), "in_log": int(row[3])}


def run_demo(db_url: str | None = None, out: Path | str = "out", *, root: Path | None = None,
             say: Callable[[str], None] = print) -> DemoResult:
    """Crawl (or load) the sample into the store at db_url, then write exports, charts and report."""
    from analysis.charts import write_charts
    from analysis.export import WHATS, export
    from analysis.families import family_summary, request_families
    from analysis.outcomes import refusal_rates
    from analysis.report import write_report
    from analysis.usage import top_exemptions
    from store import open_store

    started = time.monotonic()
    root = root or SAMPLE
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    db_url = db_url or f"sqlite:///{(out / 'demo.db').resolve()}"
    method, notes = _crawl(db_url, root, say, out / "crawl.log")
    notes += _crawl_wdtk(db_url, root, say)
    result = DemoResult(db_url=db_url, method=method, notes=notes)
    with open_store(db_url) as store:
        result.counts = store.counts()
        result.wdtk = wdtk_counts(store)
        if result.wdtk["answers"]:
            from analysis.agreement import summary as agreement_summary

            overall = agreement_summary(store).iloc[0]
            result.agreement = {k: float(overall[k]) for k in ("n", "agreement", "kappa", "kappa_low", "kappa_high")}
        say("Writing exports, charts and the report")
        for what in WHATS:
            result.paths += export(store, what, "csv", out / "exports")
        result.paths += export(store, "disclosures", "parquet", out / "exports")[:1]
        for files in write_charts(store, out / "charts").values():
            result.paths += files
        result.paths.append(write_report(store, out / "report.html"))
        result.top = top_exemptions(store, limit=5)
        result.refusals = refusal_rates(store)
        result.families = family_summary(request_families(store))
    result.seconds = time.monotonic() - started
    return result

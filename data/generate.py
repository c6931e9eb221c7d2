"""Generate the bundled sample disclosure sites (data/sample/) and their true records.

    python data/generate.py                       # rewrite data/sample/ (deterministic)
    python data/generate.py --out /tmp/s          # the same sample elsewhere
    python data/generate.py --scale 100000 --out /tmp/big [--heavy]   # benchmark corpus

The sample is a pure function of the seed: no clock, no unordered iteration, fixed
Last-Modified dates in _manifest.json, so a test can regenerate it and compare bytes.
The work is done by the modules in data/samplegen/ (content, writer, pages, listings, ...).
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from samplegen.content import phrases, reset_turns  # noqa: E402
from samplegen.discovery import (ARCHIVE_HOST, capture_rows, capture_time, log_root, plan_routes,  # noqa: E402
                                 soh_start, write_archive, write_search_index)
from samplegen.faults import break_some  # noqa: E402
from samplegen import html  # noqa: E402
from samplegen.listings import SiteWriter, _listing_page, write_listings, write_site_files  # noqa: E402
from samplegen.pages import Item, build_response, http_date, prefixed, render_item, unique_slug  # noqa: E402
from samplegen.sites import FORCES, Force, legacy_scot_path  # noqa: E402

SEED = 20240307
DEFAULT_OUT = HERE / "sample"


# ----------------------------------------------------------------------- responses
def plan(rng: random.Random) -> Iterator[tuple[Force, dict[str, Any], int, str | None]]:
    """(force, topic, year, family) for every response of the committed sample."""
    topics = phrases()["topics"]
    families = phrases()["families"]
    family_years = {f["id"]: 2019 + i for i, f in enumerate(families)}
    for force in FORCES:
        for year in range(force.years[0], force.years[1] + 1):
            for _ in range(force.per_year):
                yield force, rng.choice(topics), year, None
            for fam in families:
                if family_years[fam["id"]] == year:
                    yield force, fam, year, fam["id"]



def generate(out: Path = DEFAULT_OUT, seed: int = SEED) -> dict[str, int]:
    """Write the committed sample under `out` (replacing it). Returns counts."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(seed)
    reset_turns()
    w = SiteWriter(out)
    numbers: dict[tuple[str, int], int] = {}
    used: set[str] = set()
    by_force: dict[str, list[Item]] = defaultdict(list)
    labels: list[dict[str, Any]] = []
    for force, topic, year, family in plan(rng):
        key = (force.id, year)
        numbers[key] = numbers.get(key, rng.randint(20, 900)) + rng.randint(3, 60)
        resp = build_response(rng, force, topic, year, family, numbers[key])
        unique_slug(resp, force, used)
        item = render_item(rng, force, resp)
        if force.style == "scotland" and resp.published_date.year <= 2019 and rng.random() < 0.5:
            item.legacy = legacy_scot_path(resp)
        by_force[force.id].append(item)

    redirects: dict[str, list] = {}
    extra_links: dict[str, dict[str, list[tuple[str, str, None]]]] = defaultdict(dict)
    break_some(by_force, redirects, extra_links, labels)
    routes = plan_routes(by_force)
    captures = []
    sites = []
    for force in FORCES:
        items = by_force[force.id]
        for it in items:
            served = it.label["url_path"]
            if served in routes.captured or served in routes.removed:
                captures += capture_rows(it, _mime)
            if served in routes.removed:  # gone from the live site: the archive has it
                captures.append((capture_time(it, 40), f"https://{force.host}{it.path}", it.page, "text/html"))
                labels.append(it.label)
                continue
            w.write(force, it.path, it.page, http_date(it.resp.published_date))
            for fpath, body in it.files.items():
                if it.label.get("broken") == "attachment 404" and fpath.endswith(".pdf"):
                    continue
                w.write(force, fpath, body, http_date(it.resp.published_date))
            if it.legacy:
                redirects[prefixed(force, it.legacy)] = [301, prefixed(force, it.path)]
            labels.append(it.label)
        listed = [it for it in items if not routes.hidden_from_listings(it)]
        starts = write_listings(w, force, listed, rng, extra_links.get(force.id, {}))
        in_sitemap = [it for it in items if it.label["url_path"] not in routes.search_only | routes.removed]
        write_site_files(w, force, in_sitemap, starts)
        if force.profile == "soh":
            root_links = [(s, s.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").title(), None) for s in starts]
            root_page = _listing_page(random.Random(force.id), force, force.name, html.listing_body(root_links), "root")
            w.write(force, log_root(force), root_page)
            write_search_index(out, force, items, routes)
            starts = soh_start(starts, force)
        sites.append({"force_id": force.id, "name": force.name, "host": force.host, "profile": force.profile,
                      "template": force.style, "start_paths": starts, "robots": True,
                      "archive": True})  # the Internet Archive replica under /web.archive.org/
    write_archive(out, captures)
    (out / "_routes.json").write_text(json.dumps({k: sorted(v) for k, v in vars(routes).items()}, indent=1) + "\n",
                                      encoding="utf-8")
    labels.sort(key=lambda lab: lab["url_path"])
    with (out / "labels.jsonl").open("w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False, sort_keys=False) + "\n")
    disallow = "".join(f"Disallow: /{f.host}/search/\nDisallow: /{f.host}/rqo/\n" for f in FORCES)
    (out / "robots.txt").write_text("User-agent: *\n" + disallow, encoding="utf-8")
    (out / "sites.json").write_text(json.dumps(sites, indent=1) + "\n", encoding="utf-8")
    (out / "_redirects.json").write_text(json.dumps(dict(sorted(redirects.items())), indent=1) + "\n", encoding="utf-8")
    (out / "_manifest.json").write_text(json.dumps(dict(sorted(w.manifest.items())), indent=0) + "\n", encoding="utf-8")
    from samplegen.wdtk import generate as write_wdtk  # the WhatDoTheyKnow replica, after labels.jsonl

    return {"responses": len(labels), "files": len(w.manifest), **write_wdtk(out)}


def _mime(path: str) -> str:
    return {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "csv": "text/csv"}.get(path.rsplit(".", 1)[-1].lower(), "application/octet-stream")


# ------------------------------------------------------------------------- at scale
def generate_scale(n: int, out: Path, *, heavy: bool = False, seed: int = SEED) -> dict[str, int]:
    """Stream `n` responses (pages, attachments, labels.jsonl) without holding them in
    memory. No listings: benchmarks read the files directly."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    reset_turns()
    topics = phrases()["topics"]
    numbers: dict[tuple[str, int], int] = {}
    w = SiteWriter(out)
    count = 0
    with (out / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for i in range(n):
            force = FORCES[i % len(FORCES)]
            year = force.years[0] + (i // len(FORCES)) % (force.years[1] - force.years[0] + 1)
            key = (force.id, year)
            numbers[key] = numbers.get(key, 20) + rng.randint(1, 9)
            resp = build_response(rng, force, rng.choice(topics), year, None, numbers[key])
            resp.slug = f"{resp.slug}-{i}"
            item = render_item(rng, force, resp, heavy=rng.randint(30_000, 140_000) if heavy else 0)
            w.write(force, item.path, item.page)
            for fpath, body in item.files.items():
                w.write(force, fpath, body)
            labels.write(json.dumps(item.label, ensure_ascii=False) + "\n")
            w.manifest.clear()  # constant memory
            count += 1
    return {"responses": count}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--scale", type=int, default=None, help="stream N responses for benchmarks")
    ap.add_argument("--heavy", action="store_true", help="pad pages to 30-150 KB of real-looking chrome")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    if args.scale:
        counts = generate_scale(args.scale, args.out, heavy=args.heavy, seed=args.seed)
    else:
        counts = generate(args.out, args.seed)
    print(f"wrote {counts} to {args.out} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


"""A small slice of the bundled sample (two forces, recent years) for tests that crawl it
many times over (kills, concurrency): the same pages, far fewer of them."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from crawler.registry import SAMPLE_ROOT

# force id -> the one start path kept (the newest year of each log); the slice walks it only
# (no other discovery route: the root, search, sitemap or archive would reach every year)
SLICE = {"cleveland": "/foi-ai/cleveland-police/disclosure/2024/", "met": "/foi-ai/metropolitan-police/disclosure-2024/"}


def sample_slice(dest: Path) -> Path:
    """Copy the sample's files for the forces in SLICE to dest/sample, with a sites.json
    naming only their kept start paths."""
    root = dest / "sample"
    root.mkdir(parents=True)
    sites = json.loads((SAMPLE_ROOT / "sites.json").read_text(encoding="utf-8"))
    kept = []
    for entry in sites:
        start = SLICE.get(entry["force_id"])
        if not start:
            continue
        entry = dict(entry, start_paths=[f"/{entry['host']}{start}"], discover=[])
        kept.append(entry)
        shutil.copytree(SAMPLE_ROOT / entry["host"], root / entry["host"])
    for name in ("robots.txt", "_manifest.json", "_redirects.json"):
        if (SAMPLE_ROOT / name).exists():
            shutil.copy(SAMPLE_ROOT / name, root / name)
    (root / "sites.json").write_text(json.dumps(kept, indent=1), encoding="utf-8")
    return root

"""A small slice of the bundled sample (two forces, recent years) for tests that crawl it
many times over (kills, concurrency): the same pages, far fewer of them."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from crawler.registry import SAMPLE_ROOT

# force id -> the start paths kept (the newest year or two of each log)
SLICE = {"cleveland": ("/disclosure/2024/",), "met": ("/disclosure-2024/",)}


def sample_slice(dest: Path) -> Path:
    """Copy the sample's files for the forces in SLICE to dest/sample, with a sites.json
    naming only their kept start paths."""
    root = dest / "sample"
    root.mkdir(parents=True)
    sites = json.loads((SAMPLE_ROOT / "sites.json").read_text(encoding="utf-8"))
    kept = []
    for entry in sites:
        ends = SLICE.get(entry["force_id"])
        if not ends:
            continue
        entry = dict(entry, start_paths=[p for p in entry["start_paths"] if p.endswith(ends)])
        kept.append(entry)
        shutil.copytree(SAMPLE_ROOT / entry["host"], root / entry["host"])
    for name in ("robots.txt", "_manifest.json", "_redirects.json"):
        if (SAMPLE_ROOT / name).exists():
            shutil.copy(SAMPLE_ROOT / name, root / name)
    (root / "sites.json").write_text(json.dumps(kept, indent=1), encoding="utf-8")
    return root

"""What the cookie hand-over saves: one sample force (PSNI, ~100 pages) crawled with
politeness lifted (our own server) three ways, in this process, as ratios to the first:

  plain          no challenge, Scrapy's downloader only (the baseline)
  hand-over      behind the replica's challenge with --browser: the headed browser passes it
                 once, the plain downloader fetches the rest with its clearance
  browser-only   behind a challenge whose clearance a plain client cannot reuse: after two
                 refused hand-overs every page goes through the browser

    python -m bench.handover
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
FORCE = "psni"


def run(full: bool = False) -> dict[str, Any]:
    from crawler.browser import CHROMIUM
    from crawler.run import crawl
    from crawler.sample_server import serve

    if not (SAMPLE / "sites.json").exists():
        return {"skipped": "data/sample not generated (make sample)"}
    if not Path(CHROMIUM).exists():
        return {"skipped": f"needs {CHROMIUM} (make browser)"}
    out: dict[str, Any] = {}
    for name, challenge, browser in (("plain", False, False), ("hand-over", True, True),
                                     ("browser-only", "browser-bound", True)):
        with tempfile.TemporaryDirectory() as tmp:
            server = serve(SAMPLE, challenge=challenge)
            try:
                s = crawl(forces=[FORCE], sample_url=server.url, db_url=f"sqlite:///{tmp}/bench.db", polite=False,
                          progress=False, sample_root=SAMPLE, browser=browser, browser_profile=Path(tmp) / "profile",
                          jobs_dir=Path(tmp) / "jobs", log_file=Path(tmp) / "crawl.log", timeout=900)
                by_browser = sum(1 for r in server.requests
                                 if any(k.lower() == "sec-ch-ua" for k in r["headers"]))
            finally:
                server.stop()
        out[name] = {"ok": s.ok, "pages": s.fetched, "stored": s.stored, "seconds": round(s.elapsed, 1),
                     "pages_per_s": round(s.pages_per_second, 2), "requests_by_browser": by_browser}
    base = out["plain"]["seconds"] or 1.0
    for name in out:
        out[name]["time_vs_plain"] = round(out[name]["seconds"] / base, 2)
    return out


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))

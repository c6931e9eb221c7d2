"""`scrapy crawl disclosures -a ...` keeps working beside `foi crawl`."""
from __future__ import annotations

import subprocess
from pathlib import Path

from crawler.run import ROOT
from tests.crawler.conftest import copy_site, local, rows


def test_scrapy_crawl_disclosures_from_the_repo_root(tmp_path: Path, start_server, db):
    small = copy_site(tmp_path, "small")
    server = start_server(small)
    scrapy = Path(ROOT / ".venv" / "bin" / "scrapy")
    command = [str(scrapy) if scrapy.exists() else "scrapy", "crawl", "disclosures",
               "-a", f"sample={server.url}", "-a", f"sample_root={small}", "-a", f"db={db}",
               "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING", "-s", f"JOBDIR={tmp_path / 'job'}"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    stored = rows(db, "SELECT response_url, reference FROM disclosures")
    assert [(local(u), ref) for u, ref in stored] == [("/www.small.police.uk/foi-disclosure-log/stop-and-search", "FOI/15751")]
    assert '"event": "done"' in done.stdout

"""Datasette as a reader meets it: disclosures rows a few lines tall (long text clipped in the
table view, whole on the row page) and the canned queries listed on the home page; measured
in headless Chromium, with a screenshot of the table."""
from __future__ import annotations

import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from analysis.serve import command, sqlite_path
from tests.analysis.test_serve import _free_port


@pytest.fixture(scope="module")
def sample_datasette(sample_db, tmp_path_factory: pytest.TempPathFactory):
    url = sample_db.url.render_as_string(hide_password=False)
    port = _free_port()
    work = tmp_path_factory.mktemp("datasette-reader")
    proc = subprocess.Popen(command(url, work, port=port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=5).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"datasette exited: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.3)
    yield base, sqlite_path(url).stem
    proc.terminate()
    proc.wait(timeout=20)


def test_home_page_lists_the_canned_queries(sample_datasette) -> None:
    base, name = sample_datasette
    html = urllib.request.urlopen(base + "/", timeout=30).read().decode()
    for query, title in [("refusal_rate_by_force_by_year", "Refusal rate by force by year"),
                         ("exemptions_by_force", "Exemptions by force"),
                         ("exemptions_by_category", "Exemptions by category, across statutes"),
                         ("responses_citing_section", "Responses citing a provision")]:
        assert f'<a href="/{name}/{query}">{title}</a>' in html
    assert '<a href="/analysis/request_families">Request families</a>' in html


def test_disclosures_rows_are_short_and_row_page_is_whole(sample_datasette, tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium not installed (make browser)")
    from playwright.sync_api import sync_playwright

    base, name = sample_datasette
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{base}/{name}/disclosures?_size=20")  # the default order: newest best date first
        heights = page.eval_on_selector_all("table.rows-and-columns tbody tr",
                                            "rows => rows.map(r => r.getBoundingClientRect().height)")
        assert len(heights) == 20
        assert max(heights) < 200, heights
        # the newest by published date hold the sample's four response URLs over 160 characters
        page.goto(f"{base}/{name}/disclosures?_size=20&_sort_desc=published_date")
        heights = page.eval_on_selector_all("table.rows-and-columns tbody tr",
                                            "rows => rows.map(r => r.getBoundingClientRect().height)")
        assert len(heights) == 20
        assert max(heights) < 200, heights
        clipped = page.locator("div.foi-long").count()
        assert clipped >= 1  # the sample's longer texts, clipped (the rows measured above hold them)
        assert all(h < 80 for h in page.eval_on_selector_all(
            "div.foi-long", "ds => ds.map(d => d.getBoundingClientRect().height)"))
        page.screenshot(path=str(tmp_path / "disclosures.png"))
        first = page.eval_on_selector("div.foi-long", "d => d.closest('tr').querySelector('td a').href")
        page.goto(first)
        full = page.eval_on_selector_all("div.foi-long", "ds => ds.map(d => [d.scrollHeight, d.clientHeight])")
        assert full and all(scroll <= client + 1 for scroll, client in full)
        assert max(client for _, client in full) > 80  # whole, not clipped
        browser.close()
    assert (tmp_path / "disclosures.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

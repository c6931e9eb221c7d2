"""The sample crawled, then `foi reparse` twice, then crawled again: the same records row for
row each time (disclosures, exemptions, tables, cells, document links by response_url), the
pooled outcomes unchanged. Before the fix a reparse made 680 records out of the crawl's 667:
redirected Police Scotland legacy links became stub records of their own."""
from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from crawler.run import ROOT
from tests.crawler.conftest import crawler_for
from tests.identity.rows import outcome_counts, records

SAMPLE = ROOT / "data" / "sample"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (SAMPLE / "labels.jsonl").exists(), reason="data/sample not generated")]


def test_crawl_reparse_reparse_recrawl_keep_every_record(tmp_path):
    from crawler.sample_server import serve
    from foi import app

    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    crawl = crawler_for(tmp_path)
    server = serve(root)
    try:
        crawl(server, root, db, polite=False, timeout=400)
        crawled, outcomes = records(db), outcome_counts(db)
        # One record per response the crawl stored (the redirected legacy links among them
        # are keyed by where they land: tests/store/test_reparse_identity.py).
        pages = {d[1] for d in crawled["documents"] if d[3] == "response" and d[2] is not None and d[5]}
        assert len(crawled["disclosures"]) == len(pages) > 600

        for _ in range(2):
            result = CliRunner().invoke(app, ["reparse", "--db", db, "--no-progress", "--workers", "2"])
            assert result.exit_code == 0, result.output
            assert "667 reparsed, 0 failed" in result.output
            after = records(db)
            for table in crawled:
                assert after[table] == crawled[table], table
            assert outcome_counts(db) == outcomes

        crawl(server, root, db, polite=False, timeout=400)
        again = records(db)
        for table in crawled:
            assert again[table] == crawled[table], table
    finally:
        server.stop()


def test_legacy_links_followed_through_redirects_keep_one_record_each(tmp_path):
    """With the listing walk as the only route (no sitemap or search to reach a response at its
    new address first), Police Scotland's legacy links are fetched through their 301s: each
    response is stored under the link as found with `final_url` where it lives, and it is one
    disclosure keyed by that final URL, through reparse twice and a second crawl."""
    import json

    from crawler.sample_server import serve
    from foi import app
    from tests.crawler.conftest import local

    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    moved = {old: new for old, (status, new) in json.loads((root / "_redirects.json").read_text()).items()
             if status == 301 and "/loop/" not in old and "/archive/" not in new}
    assert len(moved) >= 10
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    crawl = crawler_for(tmp_path)
    server = serve(root)
    try:
        crawl(server, root, db, polite=False, timeout=400, forces=["police-scotland"],
              settings={"FOI_DISCOVERY": ""})
        crawled = records(db)
        followed = {local(url): local(final) for url, final, *_ in crawled["documents"]
                    if final is not None and final != url and local(url) in moved}
        assert followed == moved  # every legacy link was fetched through its redirect
        keys = {d[0] for d in crawled["disclosures"]}
        assert {local(k) for k in keys} >= set(moved.values())
        assert not {local(k) for k in keys} & set(moved)  # never a record under the old link
        assert len(keys) == len(crawled["disclosures"])

        for _ in range(2):
            result = CliRunner().invoke(app, ["reparse", "--db", db, "--no-progress"])
            assert result.exit_code == 0, result.output
            after = records(db)
            for table in crawled:
                assert after[table] == crawled[table], table

        crawl(server, root, db, polite=False, timeout=400, forces=["police-scotland"],
              settings={"FOI_DISCOVERY": ""})
        again = records(db)
        for table in crawled:
            assert again[table] == crawled[table], table
    finally:
        server.stop()

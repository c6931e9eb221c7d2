"""End-to-end crawls of the tiny fixture site over real HTTP on 127.0.0.1."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import json
from datetime import date
from pathlib import Path

import pytest

from crawler.run import ROOT, crawl
from tests.crawler.conftest import TINY, TORN, copy_site, crawler_for, local, rows, snapshot

DOGS = f"{TINY}/2024/march/foi-1-24-dogs/"
CATS = f"{TINY}/2024/march/foi-2-24-cats/"
OLD = f"{TINY}/2023/may/foi-9-23-old/"
SECRET = f"{TINY}/2024/march/foi-3-24-secret/"
CSV = "/www.tiny.police.uk/SysSiteAssets/foi-media/tiny/disclosure_2024/march_2024/cats.csv"
LISTINGS = {f"{TINY}/", f"{TINY}/2024/", f"{TINY}/2023/", f"{TINY}/2024/march/", f"{TINY}/2023/may/"}
FAILURES = {
    f"{TINY}/2024/march/foi-4-24-missing/": "HTTP 404",
    f"{TINY}/2024/march/foi-5-24-loop/": "redirect loop: gave up after 8 redirects between 2 URLs",
    f"{TINY}/2024/march/foi-6-24-moved/": "off-site redirect to https://www.example.com/foi/6-24/ refused",
    TORN: "truncated body: the connection closed before the whole response arrived",
}
FAULTS = {"truncate": [TORN]}
SEARCH = "/www.tiny.police.uk/foi-ai/af/accessing-information/published-items/?q=&dt=&ic="  # 404 here: quiet


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory):
    """One polite crawl of a fresh copy (0.2 s delay, server answering in 0.05 s), shared by
    the tests that only read what it did."""
    from crawler.sample_server import serve

    tmp = tmp_path_factory.mktemp("first")
    root = copy_site(tmp)
    db = f"sqlite:///{tmp / 'foi.db'}"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("FOI_CONTACT", "foi-team@example.org")
        server = serve(root, faults=FAULTS, delay=0.05)
        try:
            summary = crawler_for(tmp)(server, root, db, delay=0.2)
        finally:
            server.stop()
    return server, db, summary


def test_first_crawl_stores_each_response_once_with_its_record(first_crawl):
    server, db, summary = first_crawl
    assert summary.ok
    tally = summary.forces["tiny"]
    assert (tally.stored, tally.failed, tally.listings, tally.robots_blocked) == (3, 4, 5, 1)
    disclosures = rows(db, "SELECT response_url, reference, authority_id FROM disclosures ORDER BY reference")
    assert [(local(u), ref, auth) for u, ref, auth in disclosures] == [
        (DOGS, "1-24", "tiny"), (CATS, "2-24", "tiny"), (OLD, "9-23", "tiny")]
    responses = rows(db, "SELECT url, COUNT(*) FROM documents WHERE role = 'response' AND sha256 IS NOT NULL GROUP BY url")
    assert sorted((local(u), n) for u, n in responses) == sorted([(DOGS, 1), (CATS, 1), (OLD, 1)])
    attachment = rows(db, "SELECT url, response_url, status FROM documents WHERE role = 'attachment'")
    assert [(local(u), local(r), s) for u, r, s in attachment] == [(CSV, CATS, 200)]
    # The page and its attachment make one record, with the spreadsheet's table in it.
    assert rows(db, "SELECT COUNT(*) FROM disclosure_documents l JOIN disclosures d ON d.id = l.disclosure_id "
                    "WHERE d.response_url LIKE :u", u=f"%{CATS}") == [(2,)]
    assert {local(u) for (u,) in rows(db, "SELECT url FROM documents WHERE role = 'listing'")} == LISTINGS


def test_failures_are_stored_with_their_error(first_crawl):
    server, db, _ = first_crawl
    failed = {local(u): (status, error) for u, status, error in
              rows(db, "SELECT url, status, error FROM documents WHERE sha256 IS NULL")}
    assert set(failed) == set(FAILURES)
    for path, expected in FAILURES.items():
        assert failed[path][1].startswith(expected), (path, failed[path])
    assert failed[f"{TINY}/2024/march/foi-4-24-missing/"][0] == 404
    assert rows(db, "SELECT COUNT(*) FROM disclosures WHERE response_url LIKE '%foi-4-24%' "
                    "OR response_url LIKE '%foi-7-24%'") == [(0,)]


def test_robots_disallowed_path_is_never_requested(first_crawl):
    server, db, _ = first_crawl
    paths = [r["path"] for r in server.requests]
    assert "/www.tiny.police.uk/robots.txt" in paths
    assert SECRET not in paths
    assert paths.index("/www.tiny.police.uk/robots.txt") < paths.index(f"{TINY}/")
    assert rows(db, "SELECT COUNT(*) FROM documents WHERE url LIKE '%secret%'") == [(0,)]


def test_recrawl_asks_conditionally_and_a_changed_page_gets_a_new_version(site, start_server, run, db):
    server = start_server(site, faults=FAULTS)
    base = server.url
    run(server, site, db)
    before = snapshot(db, base)
    first = len(server.requests)
    summary = run(server, site, db)
    assert summary.ok and summary.forces["tiny"].stored == 0 and summary.forces["tiny"].unchanged == 3
    assert snapshot(db, base) == before
    second = server.requests[first:]
    kept = {DOGS, CATS, OLD}
    for r in second:
        path = r["path"]
        if path in kept:
            assert r["headers"].get("If-None-Match") and r["status"] == 304, r
        else:
            # Listings (the SOH search route included) are always revisited; earlier
            # failures are tried again.
            assert path in LISTINGS or path in FAILURES or path.endswith("robots.txt") or path == SEARCH \
                or path.endswith("-loop-b/") or path == "/sites.json", path
    assert CSV not in [r["path"] for r in second]  # attachments of unchanged responses are not refetched

    page = site / DOGS.lstrip("/") / "index.html"
    page.write_text(page.read_text().replace("We hold 4 police dogs.", "We hold 5 police dogs."))
    summary = run(server, site, db)
    assert summary.forces["tiny"].stored == 1 and summary.forces["tiny"].unchanged == 2
    versions = rows(db, "SELECT version, is_latest FROM documents WHERE url LIKE :u ORDER BY version", u=f"%{DOGS}")
    assert [(v, bool(latest)) for v, latest in versions] == [(1, False), (2, True)]
    (text,) = rows(db, "SELECT body_text FROM disclosures WHERE response_url LIKE :u", u=f"%{DOGS}")[0]
    assert "5 police dogs" in text and "4 police dogs" not in text
    assert rows(db, "SELECT COUNT(*) FROM documents WHERE url LIKE :u", u=f"%{CATS}") == [(1,)]


def test_since_skips_older_listings_and_responses(site, start_server, run, db):
    server = start_server(site, faults=FAULTS)
    summary = run(server, site, db, since=date(2024, 1, 1))
    paths = {r["path"] for r in server.requests}
    assert f"{TINY}/2023/" not in paths and OLD not in paths
    assert summary.forces["tiny"].stored == 2


def test_politeness_one_request_at_a_time_with_the_delay(first_crawl):
    server, _, _ = first_crawl
    host = [r for r in server.requests if r["path"].startswith("/www.tiny.police.uk/")]
    assert len(host) >= 15
    starts = [r["time"] for r in host]
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    # Each request starts at least the delay after the previous one started, and, since the
    # server takes 0.05 s to answer, a second concurrent request would show a smaller gap.
    # The server stamps a request when its thread starts, which a busy machine can delay a
    # little: the typical gap is the delay, and no gap comes near the ~0 of two at once.
    assert sorted(gaps)[len(gaps) // 2] >= 0.19, gaps
    assert min(gaps) >= 0.15, [(r["path"], round(g, 3)) for r, g in zip(host[1:], gaps)]
    agent = host[0]["headers"]["User-Agent"]
    assert agent.startswith("foi-corpus/") and "contact: foi-team@example.org" in agent


def test_no_polite_is_refused_for_real_sites(tmp_path):
    with pytest.raises(ValueError, match="only for the local sample server"):
        crawl(forces=["cleveland"], polite=False, db_url=f"sqlite:///{tmp_path}/x.db", progress=False)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_resume_after_interruption_ends_with_the_same_store(how, first_crawl, site, start_server, run, db, tmp_path):
    first_server, reference_db, _ = first_crawl
    server = start_server(site, faults=FAULTS, delay=0.05)

    jobs = tmp_path / "jobs-killed"
    argv = [sys.executable, "-m", "crawler.run", "--sample", server.url, "--db", db, "--delay", "0.1",
            "--jobdir", str(jobs / "sample-all"), "--sample-root", str(site),
            "--log-file", str(tmp_path / "killed.log")]
    env = dict(os.environ, FOI_PROGRESS_INTERVAL="0.1")
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    killed_at = None
    for raw in proc.stdout:
        line = json.loads(raw)
        if line.get("event") == "progress" and line.get("stored", 0) >= 1:
            proc.send_signal(how)
            killed_at = line
            break
    for _ in proc.stdout:  # a graceful stop (SIGINT) still reports; drain it
        pass
    proc.wait()
    assert killed_at is not None
    assert proc.returncode == (-signal.SIGKILL if how == signal.SIGKILL else 0)
    partial = snapshot(db, server.url)
    assert 1 <= len(partial["disclosures"]) < 3  # really stopped half-way
    if how == signal.SIGINT:  # Scrapy kept its queue for --resume
        assert (jobs / "sample-all" / "requests.queue").is_dir()

    summary = run(server, site, db, delay=0.0, resume=True, jobs_dir=jobs)
    assert summary.ok
    assert snapshot(db, server.url) == snapshot(reference_db, first_server.url)

"""`foi crawl --source wdtk` against the sample's WhatDoTheyKnow replica
(data/sample/www.whatdotheyknow.com, written by data/samplegen/wdtk.py): every reply stored
once with the requester's state beside our outcome, an unchanged re-crawl fetches no request,
an edited request adds a version, a killed crawl resumed ends with the store a clean crawl
makes, and an answer also in a force's log is one disclosure."""
from __future__ import annotations

import json
import re
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from crawler.sample_server import serve
from crawler.wdtk.crawl import HOST
from crawler.wdtk.run import run

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample"
LABELS = [json.loads(line) for line in (SAMPLE / HOST / "_labels.jsonl").read_text(encoding="utf-8").splitlines()]
BODIES = sorted({lab["force_id"] for lab in LABELS})


def q(db: str, sql: str, **params: Any) -> list[tuple]:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def replica(tmp: Path) -> Path:
    """A private copy of the replica (tests edit it)."""
    root = tmp / "sample"
    shutil.copytree(SAMPLE / HOST, root / HOST)
    return root


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("wdtk")
    root = replica(tmp)
    server = serve(root)
    db = f"sqlite:///{tmp / 'foi.db'}"
    try:
        first = run(BODIES, db_url=db, sample_url=server.url, delay=0.0)
        docs_before = q(db, "SELECT url, version, sha256 FROM documents ORDER BY url, version")
        second = run(BODIES, db_url=db, sample_url=server.url, delay=0.0)
        docs_after = q(db, "SELECT url, version, sha256 FROM documents ORDER BY url, version")
        full = run(BODIES, db_url=db, sample_url=server.url, delay=0.0, full=True)
        docs_full = q(db, "SELECT url, version, sha256 FROM documents ORDER BY url, version")
    finally:
        server.stop()
    return {"db": db, "first": first, "second": second, "before": docs_before, "after": docs_after,
            "full": full, "after_full": docs_full, "root": root, "tmp": tmp}


def feed_pages(slug: str) -> list[list[dict[str, Any]]]:
    """A body's JSON feed pages in the replica, in order (the last one short)."""
    pages, n = [], 1
    while True:
        stem = slug if n == 1 else f"{slug}.page-{n}"
        pages.append(json.loads((SAMPLE / HOST / "feed" / "body" / f"{stem}.json").read_text(encoding="utf-8")))
        if len(pages[-1]) < 25:
            return pages
        n += 1


SLUGS = sorted({lab["wdtk_slug"] for lab in LABELS})


def test_the_replica_has_what_the_issue_asks() -> None:
    forces_with_log = {s["force_id"] for s in json.loads((SAMPLE / "sites.json").read_text())}
    assert len(LABELS) >= 60
    assert {"durham", "cumbria"} <= set(BODIES) and not {"durham", "cumbria"} & forces_with_log
    assert sum(lab["as_pdf"] for lab in LABELS) == 22
    assert sum(bool(lab["review_outcome"]) for lab in LABELS) == 6
    assert sum(len(lab["incoming"]) > 1 for lab in LABELS) == 12  # clarifications and reviews


def test_every_reply_is_stored_once_with_its_kind_and_state(crawled: dict[str, Any]) -> None:
    db = crawled["db"]
    assert crawled["first"].failed == []
    got = q(db, "SELECT request_id, message_id, kind, external_state, review_outcome FROM wdtk_replies")
    assert len(got) == sum(len(lab["incoming"]) for lab in LABELS) == 77
    assert len({(r[0], r[1]) for r in got}) == len(got)
    by_request = {lab["request_id"]: lab for lab in LABELS}
    for request_id, message_id, kind, state, review in got:
        lab = by_request[request_id]
        assert state == lab["described_state"]
        assert message_id in lab["incoming"]
        if message_id == lab["response_message_id"]:
            assert kind == "response"
        else:
            assert kind in ("clarification_request", "internal_review")
            assert review == (lab["review_outcome"] if kind == "internal_review" else None)
    # one disclosure per authority answer, with our outcome (the requester's state stays apart)
    answers = q(db, "SELECT w.request_id, d.outcome, d.authority_id, d.error FROM wdtk_replies w "
                    "JOIN disclosures d ON d.id = w.disclosure_id WHERE w.kind = 'response'")
    assert len(answers) == len(LABELS) == q(db, "SELECT COUNT(*) FROM disclosures")[0][0]
    for request_id, outcome, authority_id, error in answers:
        lab = by_request[request_id]
        assert (outcome, authority_id, error) == (lab["outcome"], lab["force_id"], None), request_id
    # the PDF replies: the letter is an attachment of the disclosure
    pdfs = q(db, "SELECT COUNT(DISTINCT dd.disclosure_id) FROM disclosure_documents dd JOIN documents d "
                 "ON d.id = dd.document_id WHERE d.role = 'attachment' AND d.url LIKE '%.pdf'")
    assert pdfs == [(22,)]
    # stored URLs are the real site's
    assert q(db, "SELECT COUNT(*) FROM documents WHERE url NOT LIKE 'https://www.whatdotheyknow.com/%'") == [(0,)]


def test_an_unchanged_recrawl_adds_nothing(crawled: dict[str, Any]) -> None:
    first, second = crawled["first"], crawled["second"]
    # the first crawl reads each feed to its end: every event is new
    assert first.feed_pages == sum(len(feed_pages(s)) for s in SLUGS) == 12  # three bodies have two pages
    assert first.new_events == sum(len(p) for s in SLUGS for p in feed_pages(s)) == 208
    # the second stops at each feed's first page: nothing newer than the last crawl's newest event
    assert (second.feed_pages, second.new_events) == (len(BODIES), 0)
    assert (second.requests_seen, second.requests_fetched, second.responses_stored, second.failed) == (0, 0, 0, [])
    assert second.fetched == len(BODIES) + 1  # the feeds' first pages and robots.txt
    assert crawled["after"] == crawled["before"]
    # a full pass reads every page again and finds every request unchanged
    full = crawled["full"]
    assert (full.feed_pages, full.new_events) == (first.feed_pages, 0)
    assert (full.requests_fetched, full.requests_unchanged, full.responses_stored) == (0, len(LABELS), 0)
    assert full.fetched == first.feed_pages + 1
    assert crawled["after_full"] == crawled["before"]
    # where each feed was read to: its newest event
    cursors = dict(((r[0], (r[1], r[2])) for r in q(crawled["db"], "SELECT slug, last_event_id, last_event_at "
                                                                    "FROM wdtk_feeds")))
    assert cursors == {s: (feed_pages(s)[0][0]["id"], feed_pages(s)[0][0]["created_at"]) for s in SLUGS}


def test_an_edited_request_adds_a_version(crawled: dict[str, Any], tmp_path: Path) -> None:
    db_file = tmp_path / "foi.db"
    shutil.copy(Path(crawled["db"].removeprefix("sqlite:///")), db_file)
    db = f"sqlite:///{db_file}"
    root = crawled["root"]
    lab = next(lab for lab in LABELS if lab["force_id"] == "durham" and not lab["as_pdf"])
    url_title = lab["url_title"]
    page = root / HOST / "request" / url_title / "index.html"
    page.write_text(page.read_text().replace("Yours sincerely", "With best wishes"), encoding="utf-8")
    for path in [root / HOST / "request" / f"{url_title}.json", root / HOST / "feed" / "body" / "durham_police.json"]:
        data = path.read_text()
        path.write_text(data.replace('"updated_at": "', '"updated_at": "2025-01-01T00:00:00.000+00:00", "old_updated_at": "'),
                        encoding="utf-8")
    server = serve(root)
    try:
        summary = run(["durham"], db_url=db, sample_url=server.url, delay=0.0)
    finally:
        server.stop()
    # every durham request's updated_at moved on the feed's first page: each one's JSON is
    # read, and only the edited request's own JSON says it changed
    assert (summary.requests_seen, summary.requests_fetched, summary.requests_unchanged) == (8, 1, 7)
    assert (summary.feed_pages, summary.new_events, summary.fetched) == (1, 0, 1 + 1 + 8 + 1)
    real = f"https://{HOST}/request/{url_title}"
    assert q(db, "SELECT version, is_latest FROM documents WHERE url = :u ORDER BY version", u=real) == [(1, 0), (2, 1)]
    assert q(db, "SELECT COUNT(*) FROM disclosures")[0][0] == len(LABELS)
    body = q(db, "SELECT d.body_text FROM disclosures d JOIN wdtk_replies w ON w.disclosure_id = d.id "
                 "WHERE w.request_id = :r", r=lab["request_id"])[0][0]
    assert "With best wishes" in body


def _rows(db: str) -> dict[str, list[tuple]]:
    return {
        "documents": q(db, "SELECT url, version, sha256, role, response_url FROM documents ORDER BY url, version"),
        "disclosures": q(db, "SELECT response_url, reference, outcome, authority_id, body_text FROM disclosures "
                             "ORDER BY response_url"),
        "replies": q(db, "SELECT w.url, w.kind, w.external_state, w.review_outcome, d.response_url FROM wdtk_replies w "
                         "LEFT JOIN disclosures d ON d.id = w.disclosure_id ORDER BY w.url"),
    }


@pytest.mark.slow
def test_a_killed_crawl_resumed_gives_the_same_store(crawled: dict[str, Any], tmp_path: Path) -> None:
    root = replica(tmp_path)
    server = serve(root)
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    cmd = [sys.executable, "-m", "foi", "crawl", "--source", "wdtk", "--sample", server.url, "--db", db,
           "--delay", "0.05"] + [a for b in BODIES for a in ("-a", b)]
    try:
        for wait in (4.0, 7.0):
            proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            time.sleep(wait)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr
    killed = _rows(db)
    clean = _rows(crawled["db"])
    assert killed == clean


def _store_log_response(db: str, reference: str) -> int:
    """A force's log response from the sample, parsed and stored as the log crawl stores it."""
    from parser import PARSER_VERSION, RawDoc, parse_response
    from store import open_store

    row = next(json.loads(line) for line in (SAMPLE / "labels.jsonl").read_text(encoding="utf-8").splitlines()
               if json.loads(line)["reference"] == reference and json.loads(line)["force_id"] == "cleveland")
    host, _, rest = row["url_path"].lstrip("/").partition("/")
    url = f"https://{host}/{rest}"
    body = (SAMPLE / row["url_path"].lstrip("/") / "index.html").read_bytes()
    record = parse_response(RawDoc(body, url, "text/html"), [])
    assert record.reference and record.outcome == row["outcome"]
    store = open_store(db)
    try:
        doc = store.add_document(url=url, body=body, status=200, headers={"Content-Type": "text/html"},
                                 authority_id="cleveland", role="response", response_url=url)
        return store.save_disclosure(record, response_url=url, document_ids=[doc.document_id],
                                     parser_version=PARSER_VERSION)
    finally:
        store.close()


def test_an_answer_in_the_log_and_on_wdtk_is_one_disclosure(tmp_path: Path) -> None:
    shared = [lab for lab in LABELS if lab["force_id"] == "cleveland" and lab["in_log"]]
    assert len(shared) == 2
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    log_ids = {lab["request_id"]: _store_log_response(db, lab["reference"]) for lab in shared}
    server = serve(SAMPLE)
    try:
        summary = run(["cleveland"], db_url=db, sample_url=server.url, delay=0.0)
    finally:
        server.stop()
    assert (summary.responses_stored, summary.merged_with_log) == (8, 2)
    for request_id, log_id in log_ids.items():
        assert q(db, "SELECT disclosure_id, matched_by FROM wdtk_replies WHERE request_id = :r AND kind = 'response'",
                 r=request_id) == [(log_id, "reference")]
        # one disclosure with both sources' documents
        roles = q(db, "SELECT d.role FROM disclosure_documents dd JOIN documents d ON d.id = dd.document_id "
                      "WHERE dd.disclosure_id = :i ORDER BY d.role", i=log_id)
        assert {"response", "wdtk_page"} <= {r[0] for r in roles}
    cleveland = sum(lab["force_id"] == "cleveland" for lab in LABELS)
    assert q(db, "SELECT COUNT(*) FROM disclosures") == [(cleveland,)]  # 6 from WDTK alone + the 2 log entries
    assert q(db, "SELECT COUNT(*) FROM disclosures WHERE response_url LIKE 'https://www.whatdotheyknow.com/%'") == \
        [(cleveland - 2,)]


def test_stats_agreement_matches_hand_counts_from_the_labels(crawled: dict[str, Any]) -> None:
    """Counted by hand from _labels.jsonl (outcome against described_state): 56 of 65 agree;
    ours x theirs row totals disclosed 22, partial 14, refused 12, not_held 17; theirs
    19, 19, 12, 15; so p_e = 1083/4225 and kappa = (56*65 - 1083) / (65**2 - 1083) = 2557/3142."""
    from typer.testing import CliRunner

    from analysis import agreement
    from foi import app

    db = crawled["db"]
    matrix = agreement.confusion(db).set_index("ours")
    assert matrix.loc["disclosed", ["wdtk_disclosed", "wdtk_partial", "wdtk_refused", "wdtk_not_held"]].tolist() == [18, 4, 0, 0]
    assert matrix.loc["partial", ["wdtk_disclosed", "wdtk_partial", "wdtk_refused", "wdtk_not_held"]].tolist() == [1, 13, 0, 0]
    assert matrix.loc["refused", ["wdtk_disclosed", "wdtk_partial", "wdtk_refused", "wdtk_not_held"]].tolist() == [0, 2, 10, 0]
    assert matrix.loc["not_held", ["wdtk_disclosed", "wdtk_partial", "wdtk_refused", "wdtk_not_held"]].tolist() == [0, 0, 2, 15]
    durham = agreement.confusion(db, by_authority=True).query("authority_id == 'durham'").set_index("ours")
    assert durham.loc["partial", "wdtk_partial"] == 4 and durham.loc["not_held", "wdtk_not_held"] == 3
    assert durham.loc["not_held", "wdtk_refused"] == 1
    overall = agreement.summary(db).set_index("authority_id").loc["all"]
    assert (overall["n"], overall["left_out"]) == (65, 0)
    assert overall["agreement"] == pytest.approx(56 / 65)
    assert overall["kappa"] == pytest.approx(2557 / 3142)
    assert overall["kappa_low"] < overall["kappa"] < overall["kappa_high"] <= 1
    assert overall["kappa_high"] - overall["kappa_low"] == pytest.approx(0.2, abs=0.1)
    diff = agreement.disagreements(db)
    assert sorted(int(u.rsplit("_", 1)[1].split("#")[0]) for u in diff["wdtk_url"]) == \
        [700103, 700110, 700117, 700124, 700131, 700138, 700145, 700152, 700159]
    assert all(u.startswith("https://www.whatdotheyknow.com/request/") for u in diff["wdtk_url"])
    result = CliRunner().invoke(app, ["stats", "agreement", "--db", db, "--show", "kappa", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["authority_id"] == "all" and rows[0]["n"] == 65
    result = CliRunner().invoke(app, ["stats", "agreement", "--db", db, "--show", "disagreements", "--csv"])
    assert result.exit_code == 0 and result.output.count("\n") == 10


def test_stats_agreement_reads_peoples_corrections(crawled: dict[str, Any], tmp_path: Path) -> None:
    """`foi review set` corrections are our outcome in the agreement (effective_disclosures).
    Correcting two disagreements to what the requester said (ours not_held -> refused where
    they said rejected; ours disclosed -> partial where they said partially_successful), the
    hand counts from the labels become: 58 of 65 agree; our row totals disclosed 21, partial
    15, refused 13, not_held 16 against their 19, 19, 12, 15: p_e = 1080/4225 and
    kappa = (58*65 - 1080) / (65**2 - 1080) = 2690/3145."""
    from typer.testing import CliRunner

    from analysis import agreement
    from foi import app

    db_file = tmp_path / "foi.db"
    shutil.copy(Path(crawled["db"].removeprefix("sqlite:///")), db_file)
    db = f"sqlite:///{db_file}"
    diff = agreement.disagreements(db)
    nh = diff[(diff["ours"] == "not_held") & (diff["theirs"] == "refused")].iloc[0]
    dp = diff[(diff["ours"] == "disclosed") & (diff["theirs"] == "partial")].iloc[0]
    for row, outcome in ((nh, "refused"), (dp, "partial")):
        result = CliRunner().invoke(app, ["review", "set", row["response_url"], "--outcome", outcome, "--by", "T",
                                          "--db", db])
        assert result.exit_code == 0, result.output
    matrix = agreement.confusion(db).set_index("ours")
    cols = ["wdtk_disclosed", "wdtk_partial", "wdtk_refused", "wdtk_not_held"]
    assert matrix.loc["disclosed", cols].tolist() == [18, 3, 0, 0]
    assert matrix.loc["partial", cols].tolist() == [1, 14, 0, 0]
    assert matrix.loc["refused", cols].tolist() == [0, 2, 11, 0]
    assert matrix.loc["not_held", cols].tolist() == [0, 0, 1, 15]
    overall = agreement.summary(db).set_index("authority_id").loc["all"]
    assert overall["n"] == 65 and overall["agreement"] == pytest.approx(58 / 65)
    assert overall["kappa"] == pytest.approx(2690 / 3145)
    after = agreement.disagreements(db)
    assert len(after) == 7 and not after["reviewed"].any()
    assert {nh["wdtk_url"], dp["wdtk_url"]}.isdisjoint(after["wdtk_url"])
    both = agreement.pairs(db).set_index("wdtk_url")
    assert both.loc[nh["wdtk_url"], ["ours", "parser_outcome", "reviewed"]].tolist() == ["refused", "not_held", True]
    # the parser's own judgement is untouched
    assert q(db, "SELECT outcome FROM disclosures WHERE response_url = :u", u=dp["response_url"]) == [("disclosed",)]
    # a correction that makes a disagreement appears among the disagreements, marked reviewed
    agree = both[(both["ours"] == "disclosed") & (both["theirs"] == "disclosed")].iloc[0]
    result = CliRunner().invoke(app, ["review", "set", agree["response_url"], "--outcome", "not_held", "--db", db])
    assert result.exit_code == 0, result.output
    after = agreement.disagreements(db)
    assert len(after) == 8 and after["reviewed"].sum() == 1


def test_kappa_is_one_for_perfect_agreement_and_zero_for_chance() -> None:
    from analysis.agreement import kappa

    assert kappa(["a", "b", "a", "b"], ["a", "b", "a", "b"])["kappa"] == pytest.approx(1.0)
    # every pair of classes equally often: observed agreement equals chance
    assert kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"])["kappa"] == pytest.approx(0.0)


def test_the_report_and_datasette_show_the_agreement(crawled: dict[str, Any], tmp_path: Path) -> None:
    import sqlite3

    import yaml

    from analysis.report import report_context, write_report

    db = crawled["db"]
    got = report_context(db)["agreement"]
    assert got["kappa"][0]["authority_id"] == "all" and got["kappa"][0]["n"] == 65
    assert len(got["disagreements"]) == 9
    html = write_report(db, tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="agreement"' in html and "0.81 (0.70 to 0.93)" in html
    section = html[html.index('id="agreement"'):html.index('id="responses"')]
    assert section.count('href="https://www.whatdotheyknow.com/request/') == 9
    meta = yaml.safe_load((ROOT / "analysis" / "data" / "datasette_metadata.yml").read_text(encoding="utf-8"))
    sql = meta["databases"]["STORE"]["queries"]["wdtk_agreement"]["sql"]
    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    try:
        rows = conn.execute(sql).fetchall()
    finally:
        conn.close()
    assert len(rows) == 65 and sum(r[1] != {"successful": "disclosed", "partially_successful": "partial",
                                           "rejected": "refused", "not_held": "not_held"}[r[2]] for r in rows) == 9


def _repaginate(root: Path, slug: str, items: list[dict[str, Any]]) -> None:
    """Write a body's JSON feed pages as the site pages them: 25 a page, then an empty one."""
    feeds = root / HOST / "feed" / "body"
    for old in feeds.glob(f"{slug}*.json"):
        old.unlink()
    pages = [items[k:k + 25] for k in range(0, len(items), 25)] + [[]]
    for n, part in enumerate(pages, start=1):
        stem = slug if n == 1 else f"{slug}.page-{n}"
        (feeds / f"{stem}.json").write_text(json.dumps(part), encoding="utf-8")


def test_a_new_feed_event_fetches_only_its_request(crawled: dict[str, Any], tmp_path: Path) -> None:
    """A new annotation on one durham request: the next crawl reads the feed's first page,
    takes the one event newer than the last crawl's, and fetches that request alone."""
    db_file = tmp_path / "foi.db"
    shutil.copy(Path(crawled["db"].removeprefix("sqlite:///")), db_file)
    db = f"sqlite:///{db_file}"
    root = replica(tmp_path)
    items = [e for p in feed_pages("durham_police") for e in p]
    lab = next(lab for lab in LABELS if lab["force_id"] == "durham" and lab["as_pdf"])
    url_title = lab["url_title"]
    request_json = root / HOST / "request" / f"{url_title}.json"
    data = json.loads(request_json.read_text(encoding="utf-8"))
    new_at, updated = "2025-03-01T10:00:00.000+00:00", "2025-03-01T10:00:01.000+00:00"
    event = {"id": lab["request_id"] * 100 + 99, "event_type": "comment", "created_at": new_at,
             "described_state": None, "calculated_state": None, "last_described_at": None,
             "incoming_message_id": None, "outgoing_message_id": None, "comment_id": 99999}
    data["info_request_events"].append(event)
    data["updated_at"] = updated
    request_json.write_text(json.dumps(data), encoding="utf-8")
    page = root / HOST / "request" / url_title / "index.html"
    page.write_text(page.read_text().replace("</body>", "<div class='comment_in_request' id='comment-99999'>"
                                                        "<p>A later note.</p></div></body>"), encoding="utf-8")
    info = dict(next(e for e in items if e["info_request"]["id"] == lab["request_id"])["info_request"],
                updated_at=updated)
    for e in items:  # every entry carries its request as it is now
        if e["info_request"]["id"] == lab["request_id"]:
            e["info_request"] = info
    _repaginate(root, "durham_police", [dict(event, snippet="A later note.", info_request=info,
                                             public_body=items[0]["public_body"], user=items[0]["user"])] + items)
    server = serve(root)
    try:
        summary = run(["durham"], db_url=db, sample_url=server.url, delay=0.0)
        again = run(["durham"], db_url=db, sample_url=server.url, delay=0.0)
    finally:
        server.stop()
    assert (summary.feed_pages, summary.new_events) == (1, 1)
    assert (summary.requests_seen, summary.requests_fetched, summary.responses_stored) == (1, 1, 1)
    # robots.txt, the feed page, the request's JSON, its page and its PDF
    assert summary.fetched == 5 and summary.failed == []
    real = f"https://{HOST}/request/{url_title}"
    assert q(db, "SELECT version, is_latest FROM documents WHERE url = :u ORDER BY version", u=real) == [(1, 0), (2, 1)]
    assert q(db, "SELECT COUNT(*) FROM disclosures")[0][0] == len(LABELS)
    assert q(db, "SELECT COUNT(*) FROM wdtk_replies")[0][0] == 77
    assert q(db, "SELECT last_event_id, last_event_at FROM wdtk_feeds WHERE slug = 'durham_police'") == \
        [(event["id"], new_at)]
    assert (again.new_events, again.requests_seen, again.fetched) == (0, 0, 2)


def test_since_bounds_the_feed_and_the_requests(tmp_path: Path) -> None:
    """--since 2023-12-01 for cumbria: the feed is read until its first event before that day,
    and only the requests with an event on or after it are fetched."""
    from datetime import date

    since = date(2023, 12, 1)
    items = [e for p in feed_pages("cumbria_police") for e in p]
    wanted = {e["info_request"]["id"] for e in items if e["created_at"][:10] >= "2023-12-01"}
    assert 0 < len(wanted) < sum(lab["force_id"] == "cumbria" for lab in LABELS)
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    server = serve(SAMPLE)
    try:
        summary = run(["cumbria"], db_url=db, sample_url=server.url, delay=0.0, since=since)
    finally:
        server.stop()
    assert summary.failed == []
    assert summary.new_events == sum(e["created_at"][:10] >= "2023-12-01" for e in items)
    assert summary.feed_pages == 1 + (items[24]["created_at"][:10] >= "2023-12-01")
    assert {r[0] for r in q(db, "SELECT DISTINCT request_id FROM wdtk_replies")} == wanted
    assert summary.requests_fetched == len(wanted)


def test_the_atom_feed_gives_the_same_store(crawled: dict[str, Any], tmp_path: Path) -> None:
    """--feed atom: entries name only their events; /request_event/<id> leads to the request.
    The replies and disclosures are the JSON feed's; a second run finds nothing new. With
    --feed auto a body whose JSON feed is gone is read through its Atom feed."""
    db = f"sqlite:///{tmp_path / 'atom.db'}"
    server = serve(SAMPLE)
    try:
        first = run(BODIES, db_url=db, sample_url=server.url, delay=0.0, feed="atom")
        again = run(BODIES, db_url=db, sample_url=server.url, delay=0.0, feed="atom")
    finally:
        server.stop()
    assert first.failed == [] and first.requests_fetched == len(LABELS)
    got, clean = _rows(db), _rows(crawled["db"])
    assert got["replies"] == clean["replies"] and got["disclosures"] == clean["disclosures"]
    assert (again.feed_pages, again.new_events, again.requests_fetched, again.fetched) == \
        (len(BODIES), 0, 0, len(BODIES) + 1)
    root = replica(tmp_path)
    for old in (root / HOST / "feed" / "body").glob("psni*.json"):
        old.unlink()
    auto = f"sqlite:///{tmp_path / 'auto.db'}"
    server = serve(root)
    try:
        summary = run(["psni"], db_url=auto, sample_url=server.url, delay=0.0)
    finally:
        server.stop()
    assert summary.failed == [] and summary.requests_fetched == sum(lab["force_id"] == "psni" for lab in LABELS)
    assert q(auto, "SELECT COUNT(*) FROM documents WHERE role = 'wdtk_feed' AND url LIKE '%/feed/body/psni'") == [(1,)]


def test_feed_pages_read_as_alaveteli_writes_them() -> None:
    from crawler.wdtk.feeds import atom_page, json_page, request_from_url

    body = SAMPLE / HOST / "feed" / "body"
    as_json = json_page((body / "the_met.json").read_bytes())
    as_atom = atom_page((body / "the_met.atom").read_bytes())
    assert [e.event_id for e in as_atom] == [e.event_id for e in as_json] and len(as_json) == 23
    assert [e.key for e in as_json] == sorted((e.key for e in as_json), reverse=True)  # newest first
    top = as_json[0]
    raw = json.loads((body / "the_met.json").read_bytes())[0]
    assert (top.event_id, top.created_at, top.event_type, top.request_id, top.url_title, top.updated_at) == \
        (raw["id"], raw["created_at"], raw["event_type"], raw["info_request"]["id"], raw["info_request"]["url_title"],
         raw["info_request"]["updated_at"])
    assert as_atom[0].link == f"https://{HOST}/request_event/{raw['id']}"
    assert as_atom[0].key == top.key  # Atom's xmlschema time is the same instant
    assert request_from_url(f"https://{HOST}/request/drone_flights_700101#incoming-3100004") == "drone_flights_700101"
    assert request_from_url(f"https://{HOST}/request/700101/response/3100004/attach/2/a.pdf") is None
    with pytest.raises(ValueError):
        json_page(b'{"error": "not found"}')
    with pytest.raises(ValueError):
        atom_page(b"<html><body>Not found</body></html>")


def test_polite_fetcher_honours_robots_and_retry_after() -> None:
    from crawler.check import Fetch
    from crawler.wdtk.crawl import FetchError, PoliteFetcher

    answers = {f"https://{HOST}/robots.txt": [Fetch("r", 200, {}, b"User-agent: *\nDisallow: /search/\n")],
               f"https://{HOST}/feed/body/x.json": [Fetch("f", 429, {"Retry-After": "7"}), Fetch("f", 200, {}, b"[]")]}
    slept: list[float] = []
    fetcher = PoliteFetcher(lambda url: answers[url].pop(0), "foi-corpus (test)", sleep=slept.append)
    assert fetcher.get(f"https://{HOST}/feed/body/x.json").body == b"[]"
    assert slept == [7.0] and fetcher.count == 3
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get(f"https://{HOST}/search/police")
    assert fetcher.count == 3  # a disallowed URL is never requested


def _log_letter(reference: str) -> tuple[str, str, str]:
    """A Cleveland log response's (reference as parsed, letter text, response date)."""
    from parser import RawDoc, parse_response

    row = next(json.loads(line) for line in (SAMPLE / "labels.jsonl").read_text(encoding="utf-8").splitlines()
               if json.loads(line)["reference"] == reference and json.loads(line)["force_id"] == "cleveland")
    host, _, rest = row["url_path"].lstrip("/").partition("/")
    record = parse_response(RawDoc((SAMPLE / row["url_path"].lstrip("/") / "index.html").read_bytes(),
                                   f"https://{host}/{rest}", "text/html"), [])
    return record.reference, f"{record.request_text}\n\n{record.response_text}", str(record.response_date)


def _set_reply(root: Path, lab: dict[str, Any], text: str, day: str) -> None:
    """Put `text` in the request's answer (its message, or its PDF), dated `day`."""
    import html as html_mod
    import re

    page = root / HOST / "request" / lab["url_title"] / "index.html"
    src = page.read_text(encoding="utf-8")
    block = re.search(rf"<div class='correspondence incoming' id='incoming-{lab['response_message_id']}'>.*?</div>",
                      src, re.S)
    assert block
    new = re.sub(r"datetime='[^']*'", f"datetime='{day}T10:00:00.000+00:00'", block.group(0))
    if lab["as_pdf"]:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        pdf = next((root / HOST / "request" / str(lab["request_id"])).rglob("*.pdf"))
        c = canvas.Canvas(str(pdf), pagesize=A4, invariant=1)
        y = 800
        for line in text.splitlines():
            c.drawString(56, y, line)
            y -= 14
        c.showPage()
        c.save()
    else:
        paras = "".join(f"<p>{html_mod.escape(p)}</p>" for p in text.split("\n\n"))
        new = re.sub(r"<div class='correspondence_text'>.*", f"<div class='correspondence_text'>{paras}", new, flags=re.S)
    page.write_text(src.replace(block.group(0), new), encoding="utf-8")


def test_a_letter_in_the_log_and_on_wdtk_without_a_shared_reference_is_one_disclosure(tmp_path: Path) -> None:
    """The same letter in Cleveland's log and on WhatDoTheyKnow, its reference written
    another way: as a reply's text and as its PDF, both join the log's disclosure (matched by
    text). The same words with one figure changed stay a disclosure of their own."""
    from tests.parser.test_sametext import as_wdtk

    labs = {lab["request_id"]: lab for lab in LABELS if lab["force_id"] == "cleveland" and not lab["in_log"]}
    html_lab, pdf_lab, other_lab = labs[700102], labs[700104], labs[700106]
    assert (html_lab["as_pdf"], pdf_lab["as_pdf"], other_lab["as_pdf"]) == (False, True, False)
    root = replica(tmp_path)
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    log_ids = {}
    for lab, log_ref in ((html_lab, "528-17"), (pdf_lab, "908-23"), (other_lab, "891-23")):
        log_ids[lab["request_id"]] = _store_log_response(db, log_ref)
        reference, text, day = _log_letter(log_ref)
        _, copy = as_wdtk(reference, text)
        if lab is other_lab:  # one figure moved: another year's answer
            numbers = sorted({n for n in re.findall(r"\b\d{3,}\b", copy) if not 1990 <= int(n) < 2040
                              and n not in reference})
            copy = re.sub(rf"\b{numbers[0]}\b", str(int(numbers[0]) + 1), copy)
        _set_reply(root, lab, copy, day)
    server = serve(root)
    try:
        summary = run(["cleveland"], db_url=db, sample_url=server.url, delay=0.0)
    finally:
        server.stop()
    assert summary.failed == [] and (summary.responses_stored, summary.merged_with_log) == (8, 2)
    got = {r[0]: (r[1], r[2]) for r in q(db, "SELECT request_id, disclosure_id, matched_by FROM wdtk_replies "
                                            "WHERE kind = 'response'")}
    assert got[700102] == (log_ids[700102], "text")
    assert got[700104] == (log_ids[700104], "text")
    assert got[700106][1] == "own" and got[700106][0] != log_ids[700106]
    for request_id in (700102, 700104):
        roles = {r[0] for r in q(db, "SELECT d.role FROM disclosure_documents dd JOIN documents d ON d.id = dd.document_id "
                                     "WHERE dd.disclosure_id = :i", i=log_ids[request_id])}
        assert {"response", "wdtk_page"} <= roles
    assert "attachment" in {r[0] for r in q(db, "SELECT d.role FROM disclosure_documents dd JOIN documents d "
                                                "ON d.id = dd.document_id WHERE dd.disclosure_id = :i",
                                            i=log_ids[700104])}
    assert q(db, "SELECT COUNT(*) FROM disclosures") == [(8 + 3 - 2,)]


def test_text_matching_is_bounded_by_date(tmp_path: Path) -> None:
    """The same letter answered years apart is not looked at: candidates are the authority's
    log disclosures dated within TEXT_WINDOW_DAYS of the reply."""
    from datetime import date, timedelta

    from parser import RawDoc, parse_response
    from store import open_store

    from crawler.wdtk.crawl import TEXT_WINDOW_DAYS, _match_text

    db = f"sqlite:///{tmp_path / 'foi.db'}"
    log_id = _store_log_response(db, "528-17")
    reference, text, day = _log_letter("528-17")
    record = parse_response(RawDoc(f"<html><body><p>{text}</p></body></html>".encode(), f"https://{HOST}/x",
                                   "text/html"), [])
    store = open_store(db)
    try:
        with store._tx(write=True) as conn:
            for shift, expected in ((0, log_id), (TEXT_WINDOW_DAYS - 1, log_id), (TEXT_WINDOW_DAYS + 1, None),
                                    (-3 * 365, None)):
                record.response_date = date.fromisoformat(day) + timedelta(days=shift)
                assert _match_text(conn, "cleveland", record, f"https://{HOST}/request/x#incoming-1") == expected, shift
            assert _match_text(conn, "durham", record, f"https://{HOST}/request/x#incoming-1") is None
    finally:
        store.close()


def test_an_undated_log_response_is_matched_by_a_whole_letter_not_by_a_template(tmp_path: Path) -> None:
    """A log that prints no date still takes the WhatDoTheyKnow copy of its letter in, however
    far apart the reply is dated; a short stock reply shared by many answers does not match."""
    from datetime import date

    from sqlalchemy import create_engine
    from sqlalchemy import text as sql

    from parser import PARSER_VERSION, RawDoc, parse_response
    from store import open_store

    from crawler.wdtk.crawl import UNDATED_MIN_SHINGLES, _match_text

    db = f"sqlite:///{tmp_path / 'foi.db'}"
    log_id = _store_log_response(db, "528-17")
    reference, letter, _ = _log_letter("528-17")
    stock = ("Thank you for your request for information. Having searched our records we can tell you that "
             "we do not hold the information you asked for, so this request is now closed. You may ask for a "
             "review of this decision.")
    url = f"https://{HOST}/disclosure-log/stock-reply"
    short = parse_response(RawDoc(f"<html><body><p>{stock}</p></body></html>".encode(), url, "text/html"), [])
    store = open_store(db)
    try:
        doc = store.add_document(url=url, body=stock.encode(), status=200, headers={"Content-Type": "text/html"},
                                 authority_id="cleveland", role="response", response_url=url)
        stock_id = store.save_disclosure(short, response_url=url, document_ids=[doc.document_id],
                                         parser_version=PARSER_VERSION)
    finally:
        store.close()
    engine = create_engine(db)
    with engine.begin() as conn:
        conn.execute(sql("UPDATE disclosures SET response_date = NULL, published_date = NULL, request_date = NULL, "
                         "best_date = NULL, date_source = NULL"))
    engine.dispose()

    def reply(body: str) -> Any:
        record = parse_response(RawDoc(f"<html><body><p>{body}</p></body></html>".encode(),
                                       f"https://{HOST}/request/x", "text/html"), [])
        record.response_date = date(2031, 5, 1)  # years from anything: only an undated row can match
        return record

    store = open_store(db)
    try:
        with store._tx(write=True) as conn:
            whole = reply(letter)
            assert _match_text(conn, "cleveland", whole, f"https://{HOST}/request/x#incoming-1") == log_id
            template = reply(stock)
            assert template.body_text and stock_id != log_id
            assert _match_text(conn, "cleveland", template, f"https://{HOST}/request/y#incoming-1") is None
            assert _match_text(conn, "durham", whole, f"https://{HOST}/request/x#incoming-1") is None
    finally:
        store.close()
    # Long enough for sametext to judge (15 shingles) and too short to match with no date.
    assert 15 + 3 <= len(stock.split()) < UNDATED_MIN_SHINGLES + 3


def test_a_full_atom_pass_looks_up_each_request_once(crawled: dict[str, Any], tmp_path: Path) -> None:
    """--full --feed atom on a store that has everything: one /request_event look-up and one
    JSON per request (the JSON names the request's other events), nothing stored."""
    db_file = tmp_path / "foi.db"
    shutil.copy(Path(crawled["db"].removeprefix("sqlite:///")), db_file)
    db = f"sqlite:///{db_file}"
    server = serve(SAMPLE)
    try:
        summary = run(BODIES, db_url=db, sample_url=server.url, delay=0.0, full=True, feed="atom")
    finally:
        server.stop()
    assert summary.failed == [] and (summary.new_events, summary.responses_stored) == (0, 0)
    assert (summary.requests_seen, summary.requests_unchanged, summary.requests_fetched) == (len(LABELS), len(LABELS), 0)
    assert summary.fetched == 1 + crawled["first"].feed_pages + 2 * len(LABELS)
    got, clean = _rows(db), _rows(crawled["db"])
    assert (got["replies"], got["disclosures"]) == (clean["replies"], clean["disclosures"])
    # the only new documents are the Atom pages read
    added = {d[0] for d in got["documents"]} - {d[0] for d in clean["documents"]}
    assert len(added) == crawled["first"].feed_pages and all("/feed/body/" in u and ".json" not in u for u in added)


def _records_and_replies(db: str) -> tuple[dict[str, list[tuple]], list[tuple]]:
    from tests.identity.rows import records

    return records(db), q(db, "SELECT url, kind, disclosure_id, matched_by FROM wdtk_replies ORDER BY url")


def test_reparse_redoes_the_answers_with_records_of_their_own_and_changes_nothing(
        crawled: dict[str, Any], tmp_path: Path) -> None:
    """`foi reparse` rebuilds each WhatDoTheyKnow answer from the stored request page, JSON and
    attachments and parses it as the crawl did: every own answer is reparsed, twice, and the
    store is row for row what the crawl made."""
    from typer.testing import CliRunner

    from foi import app

    db = f"sqlite:///{tmp_path / 'foi.db'}"
    shutil.copy(crawled["db"].removeprefix("sqlite:///"), tmp_path / "foi.db")
    before = _records_and_replies(db)
    own = q(db, "SELECT COUNT(*) FROM wdtk_replies WHERE kind = 'response' AND matched_by = 'own'")[0][0]
    assert own == sum(lab["response_message_id"] is not None for lab in LABELS)  # no log in this store
    for _ in range(2):
        result = CliRunner().invoke(app, ["reparse", "--db", db, "--no-progress", "--workers", "1"])
        assert result.exit_code == 0, result.output
        assert (f"WhatDoTheyKnow answers with records of their own: {own} reparsed (0 now merged with a log "
                f"response), 0 failed, 0 already current, {own} in all") in result.output
        assert _records_and_replies(db) == before
    # Only stale records are redone when asked by parser version.
    result = CliRunner().invoke(app, ["reparse", "--db", db, "--no-progress", "--parser-older-than", "0.0.1"])
    assert f"0 reparsed (0 now merged with a log response), 0 failed, {own} already current" in result.output


def test_reparse_keeps_the_wdtk_documents_merged_into_a_log_record(tmp_path: Path) -> None:
    """A log record that also holds an answer's WhatDoTheyKnow documents (matched by reference)
    keeps them through a reparse of the log: the merge is not the log parse's to undo."""
    from typer.testing import CliRunner

    from foi import app

    shared = [lab for lab in LABELS if lab["force_id"] == "cleveland" and lab["in_log"]]
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    log_ids = [_store_log_response(db, lab["reference"]) for lab in shared]
    server = serve(SAMPLE)
    try:
        run(["cleveland"], db_url=db, sample_url=server.url, delay=0.0)
    finally:
        server.stop()
    links = "SELECT dd.disclosure_id, d.role, d.url FROM disclosure_documents dd JOIN documents d ON d.id = dd.document_id " \
            "WHERE dd.disclosure_id IN (:a, :b) ORDER BY 1, 2, 3"
    merged = q(db, links, a=log_ids[0], b=log_ids[1])
    assert {role for _, role, _ in merged} >= {"response", "wdtk_page"}
    before = _records_and_replies(db)
    for _ in range(2):
        result = CliRunner().invoke(app, ["reparse", "--db", db, "--no-progress", "--workers", "1"])
        assert result.exit_code == 0, result.output
        assert q(db, links, a=log_ids[0], b=log_ids[1]) == merged
        assert _records_and_replies(db) == before


def test_a_log_crawled_after_its_answers_takes_them_in(tmp_path: Path) -> None:
    """WhatDoTheyKnow crawled first, Cleveland's log after: the log crawl, as it closes, merges
    each answer that is also in the log into the log's record (one disclosure, both sources'
    documents); the others stay records of their own."""
    from tests.crawler.conftest import crawler_for

    shared = {lab["request_id"] for lab in LABELS if lab["force_id"] == "cleveland" and lab["in_log"]}
    cleveland = sum(lab["force_id"] == "cleveland" for lab in LABELS)
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE, root)
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    server = serve(root)
    try:
        run(["cleveland"], db_url=db, sample_url=server.url, delay=0.0)
        assert q(db, "SELECT COUNT(*) FROM disclosures") == [(cleveland,)]
        crawler_for(tmp_path)(server, root, db, polite=False, timeout=400, forces=["cleveland"])
    finally:
        server.stop()
    rows = q(db, "SELECT request_id, matched_by, disclosure_id FROM wdtk_replies WHERE kind = 'response' ORDER BY 1")
    assert {r for r, how, _ in rows if how == "reference"} == shared
    assert {how for r, how, _ in rows if r not in shared} == {"own"}
    log = q(db, "SELECT COUNT(*) FROM disclosures WHERE response_url NOT LIKE 'https://www.whatdotheyknow.com/%'")[0][0]
    assert q(db, "SELECT COUNT(*) FROM disclosures") == [(log + cleveland - len(shared),)]
    for _, how, did in rows:
        if how == "reference":
            roles = {r[0] for r in q(db, "SELECT d.role FROM disclosure_documents dd JOIN documents d ON "
                                         "d.id = dd.document_id WHERE dd.disclosure_id = :i", i=did)}
            assert {"response", "wdtk_page"} <= roles

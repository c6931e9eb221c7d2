"""Crawl the whole bundled sample (data/sample, 8 forces) and check it against its labels:
every labelled response stored exactly once, under its own URL, with its reference and its
attachments; the broken ones stored as failures with their error."""
from __future__ import annotations

import importlib.util
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from crawler.run import ROOT
from tests.crawler.conftest import crawler_for, local, rows

SAMPLE = ROOT / "data" / "sample"


def _norm_reference():
    """The sample evaluator's reference comparison (letters and digits: "FOI 207-24" ==
    "207 - 24"); how well references are read is the parser's business, whether the
    crawl brought each page to the parser is ours."""
    spec = importlib.util.spec_from_file_location("sample_evaluate", ROOT / "data" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.norm_reference

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (SAMPLE / "labels.jsonl").exists(), reason="data/sample not generated")]


@pytest.fixture(scope="module")
def sample_crawl(tmp_path_factory):
    from crawler.sample_server import serve

    tmp = tmp_path_factory.mktemp("sample")
    root = tmp / "sample"
    shutil.copytree(SAMPLE, root)
    labels = [json.loads(line) for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    db = f"sqlite:///{tmp / 'foi.db'}"
    server = serve(root)
    try:
        summary = crawler_for(tmp)(server, root, db, polite=False, timeout=400)
    finally:
        server.stop()
    return labels, db, summary, server, root


def test_every_labelled_response_is_stored_once_with_its_reference(sample_crawl):
    labels, db, summary, _, _ = sample_crawl
    assert summary.ok
    stored = Counter(local(u) for (u,) in rows(db, "SELECT response_url FROM disclosures"))
    references = {local(u): ref for u, ref in rows(db, "SELECT response_url, reference FROM disclosures")}
    pages = Counter(local(u) for (u,) in rows(
        db, "SELECT url FROM documents WHERE role = 'response' AND sha256 IS NOT NULL"))
    good = [lab for lab in labels if lab["broken"] in (None, "attachment 404", "zero-byte pdf")]
    assert len(good) >= 660
    norm = _norm_reference()
    for lab in good:
        path = lab["url_path"]
        assert stored[path] == 1, path
        assert norm(references[path]) == norm(lab["reference"]), (path, references[path], lab["reference"])
    assert set(stored) == {lab["url_path"] for lab in good}  # nothing else became a response
    # Legacy links that redirect are kept as documents under the link, once.
    assert max(pages.values()) == 1
    per_force = Counter(lab["force_id"] for lab in good)
    assert {f: t.stored for f, t in summary.forces.items()} == dict(per_force)


def test_attachments_belong_to_their_response(sample_crawl):
    labels, db, _, server, _ = sample_crawl
    kept: dict[str, set[str]] = {}
    # Through the record's links: two responses can share one file (same URL, stored once).
    for response_url, url in rows(db, "SELECT d.response_url, doc.url FROM disclosure_documents l "
                                      "JOIN disclosures d ON d.id = l.disclosure_id "
                                      "JOIN documents doc ON doc.id = l.document_id WHERE doc.role = 'attachment'"):
        kept.setdefault(local(response_url), set()).add(local(url))
    failed = {local(u) for (u,) in rows(db, "SELECT url FROM documents WHERE role = 'attachment' AND sha256 IS NULL")}
    for lab in labels:
        if lab["broken"] in (None, "attachment 404", "zero-byte pdf"):
            expected = set(lab["attachments"]) - (failed if lab["broken"] == "attachment 404" else set())
            assert kept.get(lab["url_path"], set()) == expected, lab["url_path"]


def test_broken_pages_are_stored_as_failures(sample_crawl):
    labels, db, _, server, _ = sample_crawl
    failures = {local(u): (status, error.replace(server.url, "")) for u, status, error in
                rows(db, "SELECT url, status, error FROM documents WHERE sha256 IS NULL")}
    broken = {lab["broken"]: lab for lab in labels if lab["broken"]}
    expected = {
        "404 not found": (404, "HTTP 404"),
        "redirect loop": (None, "redirect loop: gave up after 8 redirects between 2 URLs"),
    }
    for kind, (status, error) in expected.items():
        got = failures[broken[kind]["url_path"]]
        assert got[0] == status and got[1].startswith(error), (kind, got)
    truncated = [lab["url_path"] for lab in labels if lab["broken"] == "truncated html"]
    assert len(truncated) == 2
    for path in truncated:
        assert failures[path] == (200, "truncated HTML: the document stops before </body></html>")
    missing_pdf = [a for a in broken["attachment 404"]["attachments"] if a in failures]
    assert missing_pdf and all(failures[a] == (404, "HTTP 404") for a in missing_pdf)


def test_robots_disallowed_paths_are_never_requested(sample_crawl):
    _, _, _, server, root = sample_crawl
    disallowed = [line.split(":", 1)[1].strip() for line in (root / "robots.txt").read_text().splitlines()
                  if line.lower().startswith("disallow:")]
    assert disallowed
    asked = [r["path"] for r in server.requests]
    assert not [p for p in asked if any(p.startswith(d) for d in disallowed)]
    hosts = [site["host"] for site in json.loads((root / "sites.json").read_text())]
    # Each real host's own robots.txt, asked once (the crawl sees real URLs only).
    assert [asked.count(f"/{host}/robots.txt") for host in hosts] == [1] * len(hosts)

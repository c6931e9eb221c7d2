"""The committed sample: reproducible, consistent with its labels, and varied enough."""
from __future__ import annotations

import hashlib
import io
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from crawler.sample_server import resolve
from tests.data.conftest import SAMPLE

OUTCOMES = {"disclosed", "partial", "refused", "not_held"}


def digest_tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_regenerating_gives_the_committed_bytes(generate: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "sample"
    counts = generate.generate(out)
    fresh, committed = digest_tree(out), digest_tree(SAMPLE)
    assert sorted(set(fresh) ^ set(committed)) == []
    assert [p for p in fresh if fresh[p] != committed[p]] == []
    assert counts["responses"] == sum(1 for _ in (SAMPLE / "labels.jsonl").open())


def test_size_and_spread(labels: list[dict[str, Any]]) -> None:
    sites = json.loads((SAMPLE / "sites.json").read_text())
    assert len(labels) >= 600
    assert len({s["force_id"] for s in sites}) >= 8
    assert {s["profile"] for s in sites} == {"soh", "psni", "west-yorkshire", "pdf-letter"}
    assert {lab["outcome"] for lab in labels if not lab["broken"]} == OUTCOMES
    assert {lab["regime"] for lab in labels if not lab["broken"]} == {"FOIA", "FOISA", "EIR"}
    years = {(lab["published_date"] or lab["response_date"] or lab["request_date"] or "")[:4]
             for lab in labels if not lab["broken"]}
    assert {str(y) for y in range(2017, 2025)} <= years
    assert sum(lab["ncnd"] for lab in labels) >= 30
    codes = Counter(e["code"] for lab in labels for e in lab["exemptions"])
    assert codes["s12(1)"] + codes["s12"] >= 10 and codes["s14(1)"] >= 5
    assert any(c.startswith("r12(") for c in codes) and any(c.startswith("r13") for c in codes)
    assert {t["source"] for lab in labels for t in lab["tables"]} == {"html", "text", "pdf", "xlsx", "docx"}
    families = Counter(lab["family"] for lab in labels if lab["family"])
    assert len(families) >= 5 and min(families.values()) == 8  # every force answered each one
    assert {lab["broken"] for lab in labels} == {None, "truncated html", "zero-byte pdf", "404 not found",
                                                 "redirect loop", "attachment 404"}
    assert sum(not lab["reference_shown"] for lab in labels if not lab["broken"]) >= 50
    assert sum(not lab["text_layer"] for lab in labels) >= 5


def test_every_label_matches_its_page(labels: list[dict[str, Any]]) -> None:
    redirects = json.loads((SAMPLE / "_redirects.json").read_text())
    removed = set(json.loads((SAMPLE / "_routes.json").read_text())["removed"])
    captured = {c["original"] for c in json.loads((SAMPLE / "web.archive.org" / "_captures.json").read_text())}
    assert len(removed) == 1
    for lab in labels:
        page = resolve(SAMPLE, lab["url_path"])
        if lab["url_path"] in removed:  # gone from the live site; its page and files are archived
            assert page is None and "https:/" + lab["url_path"] in captured, lab["url_path"]
            assert all("https:/" + a in captured for a in lab["attachments"]), lab["url_path"]
            continue
        if lab["broken"] in ("404 not found", "redirect loop"):
            assert page is None, lab["url_path"]
            if lab["broken"] == "redirect loop":
                target = redirects[lab["url_path"]][1]
                assert redirects[target][1] == lab["url_path"]
            continue
        assert page is not None, lab["url_path"]
        missing = [a for a in lab["attachments"] if resolve(SAMPLE, a) is None]
        assert missing == ([a for a in lab["attachments"] if a.endswith(".pdf")]
                           if lab["broken"] == "attachment 404" else []), lab["url_path"]
        if lab["broken"]:
            continue
        html = page.read_text(encoding="utf-8")
        assert f"<h1>{_esc(lab['title'])}</h1>" in html, lab["url_path"]
        assert lab["authority_id"] in {"met", "cleveland", "south-wales", "dyfed-powys", "warwickshire", "psni",
                                       "west-yorkshire", "police-scotland"}
        for e in lab["exemptions"]:
            assert e["name"], (lab["url_path"], e)
            assert e["code"].startswith("r" if e["statute"] == "EIR" else "s")
            assert e["code"][1:].split("(")[0] == e["section"]
        # a shown reference is on the page as written; a hidden one is in the URL's digits
        if lab["reference_shown"] and lab["template"] != "scotland":
            assert _esc(lab["reference"]) in html, lab["url_path"]
        digits = re.sub(r"\D", "", lab["reference"])
        if lab["template"] in ("cleveland", "south-wales", "dyfed-powys"):
            assert digits in lab["url_path"].replace("-", ""), lab["url_path"]


def _esc(text: str) -> str:
    from html import escape
    return escape(text, quote=True)


def test_outcome_labels_follow_the_contract(labels: list[dict[str, Any]]) -> None:
    for lab in labels:
        if lab["broken"]:
            continue
        if lab["outcome"] in ("disclosed", "not_held"):
            assert lab["exemptions"] == [] and not lab["ncnd"], lab["url_path"]
        if lab["outcome"] == "refused":
            assert lab["exemptions"], lab["url_path"]
        if lab["ncnd"]:
            assert any(e["ncnd"] for e in lab["exemptions"]), lab["url_path"]


def test_citation_styles_are_all_present() -> None:
    """The citation syntaxes real responses use each occur in the sample's pages."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in SAMPLE.rglob("index.html"))
    text = text.replace("&amp;", "&")
    for pattern in [r"Section 31\(1\)\(a\) & \(b\)", r"s31\(1\)\(a\)\(b\)", r"S\.38\(1\)\(a\)&\(b\)",
                    r"Sections 23\(5\), 24\(2\), 27\(4\), 30\(3\), 31\(3\) and 40\(5\)", r"40\(2\) and \(3\)\(a\)",
                    r"40\(5\)\(b\)\(i\)", r"[Ss]ection 40 \(2\)", r"[Ss]\.14\(1\)", r"Regulation 12\(5\)\(a\)",
                    r"Section 31 - Law Enforcement", r"neither confirm nor deny", r"considered"]:
        assert re.search(pattern, text), pattern


def test_robots_sitemaps_and_start_paths() -> None:
    for site in json.loads((SAMPLE / "sites.json").read_text()):
        host = SAMPLE / site["host"]
        assert "Disallow: /search/" in (host / "robots.txt").read_text()
        assert f"<loc>https://{site['host']}/" in (host / "sitemap.xml").read_text()
        for start in site["start_paths"]:
            path, _, query = start.partition("?")
            assert resolve(SAMPLE, path, query) is not None, start
    assert "Disallow: /www.met.police.uk/search/" in (SAMPLE / "robots.txt").read_text()


def test_broken_files_are_broken(labels: list[dict[str, Any]]) -> None:
    import pdfplumber

    zero = next(lab for lab in labels if lab["broken"] == "zero-byte pdf")
    pdf = next(a for a in zero["attachments"] if a.endswith(".pdf"))
    assert resolve(SAMPLE, pdf).read_bytes() == b""
    truncated = [lab for lab in labels if lab["broken"] == "truncated html"]
    assert len(truncated) == 2
    for lab in truncated:
        assert not resolve(SAMPLE, lab["url_path"]).read_text(encoding="utf-8").rstrip().endswith("</html>")
    scanned = next(lab for lab in labels if not lab["text_layer"] and not lab["broken"])
    with pdfplumber.open(io.BytesIO(resolve(SAMPLE, scanned["attachments"][0]).read_bytes())) as doc:
        assert "".join(p.extract_text() or "" for p in doc.pages).strip() == ""


def test_listings_paginate_and_legacy_urls_redirect() -> None:
    psni = SAMPLE / "www.psni.police.uk" / "foi-disclosure-log"
    assert (psni / "index.page-1.html").is_file()
    # Links are the real site's own (root-relative on its host), not the server's /<host>/ layout.
    assert 'href="/foi-disclosure-log?page=1" rel="next"' in (psni / "index.html").read_text()
    library = resolve(SAMPLE, "/www.scotland.police.uk/access-to-information/freedom-of-information/"
                              "disclosure-log/publication-library/", "SearchTerm=&category=FOI&page=2")
    assert re.search(r"Showing 13 to 24 of \d+ results", library.read_text())
    redirects = json.loads((SAMPLE / "_redirects.json").read_text())
    legacy = {k: v for k, v in redirects.items() if "/disclosure-log/0/" in k and "/loop/" not in k}
    assert len(legacy) >= 5
    for source, (status, target) in legacy.items():
        assert status == 301 and resolve(SAMPLE, target) is not None, source


def test_scale_mode_streams_heavy_pages(generate: ModuleType, tmp_path: Path) -> None:
    counts = generate.generate_scale(24, tmp_path, heavy=True)
    labels = [json.loads(line) for line in (tmp_path / "labels.jsonl").read_text().splitlines()]
    assert counts == {"responses": 24} and len(labels) == 24
    sizes = [resolve(tmp_path, lab["url_path"]).stat().st_size for lab in labels]
    assert min(sizes) >= 30_000 and max(sizes) <= 160_000
    assert len({lab["force_id"] for lab in labels}) == 8


@pytest.mark.parametrize("statuses, refusal, expected", [
    (["answered", "answered"], None, "disclosed"),
    (["answered", "not_held"], None, "partial"),
    (["answered", "withheld"], None, "partial"),
    (["not_held", "not_held"], None, "not_held"),
    (["withheld", "withheld"], None, "refused"),
    (["not_held", "withheld"], None, "refused"),
    (["answered", "ncnd"], None, "partial"),
    (["refused"], "s12", "refused"),
])
def test_outcome_rule(statuses: list[str], refusal: str | None, expected: str, generate: ModuleType) -> None:
    from samplegen.content import Part, Response

    resp = Response(force={}, number=1, reference="1", title="t", slug="t", regime="FOIA",
                    request_date=None, response_date=None, published_date=None,  # type: ignore[arg-type]
                    parts=[Part("q", s) for s in statuses], refusal=refusal)
    assert resp.outcome == expected


@pytest.mark.parametrize("statute, codes, ncnd, expected", [
    ("FOIA", ["31(1)(a)", "31(1)(b)"], False,
     [("s31(1)(a)", "31", "Law enforcement"), ("s31(1)(b)", "31", "Law enforcement")]),
    ("FOIA", ["40(5)(b)(i)"], True, [("s40(5)(b)(i)", "40", "Personal information")]),
    ("EIR", ["12(5)(a)"], False,
     [("r12(5)(a)", "12", "International relations, defence, national security or public safety")]),
    ("EIR", ["13"], False, [("r13", "13", "Personal data")]),
    ("FOISA", ["35(1)(a)"], False, [("s35(1)(a)", "35", "Law enforcement")]),
    ("FOIA", ["12(1)"], False, [("s12(1)", "12", "Exemption where cost of compliance exceeds appropriate limit")]),
])
def test_citation_labels(statute: str, codes: list[str], ncnd: bool, expected: list[tuple[str, str, str]],
                         generate: ModuleType) -> None:
    from samplegen.content import Citation

    got = Citation(statute, codes, ncnd=ncnd).label()
    assert [(e["code"], e["section"], e["name"]) for e in got] == expected
    assert {e["ncnd"] for e in got} == {ncnd} and {e["statute"] for e in got} == {statute}


def test_every_attachment_opens(labels: list[dict[str, Any]]) -> None:
    """Attachments are real files their readers accept, and PDF tables come out as labelled."""
    import openpyxl
    import pdfplumber

    opened = Counter()
    for lab in labels:
        if lab["broken"]:
            continue
        for url in lab["attachments"]:
            data = resolve(SAMPLE, url).read_bytes()
            if url.endswith(".docx"):
                import docx

                grid = [[c.text for c in r.cells] for r in docx.Document(io.BytesIO(data)).tables[0].rows]
                true = next(t for t in lab["tables"] if t["source"] == "docx")
                assert grid == [true["header"], *true["rows"]], url
                opened["docx"] += 1
            elif url.endswith(".xlsx"):
                rows = list(openpyxl.load_workbook(io.BytesIO(data), read_only=True).active.values)
                true = [t for t in lab["tables"] if t["source"] == "xlsx"]
                assert [str(c) for c in rows[-1]] == true[0]["rows"][-1], url
                opened["xlsx"] += 1
            else:
                with pdfplumber.open(io.BytesIO(data)) as doc:
                    assert len(doc.pages) >= 1
                    if lab["text_layer"] and any(t["source"] == "pdf" for t in lab["tables"]):
                        found = [t for p in doc.pages for t in p.extract_tables()]
                        true = next(t for t in lab["tables"] if t["source"] == "pdf")
                        assert [true["header"], *true["rows"]] in found, url
                opened["pdf"] += 1
    assert opened["pdf"] >= 100 and opened["xlsx"] >= 10 and opened["docx"] >= 3


def test_no_two_responses_share_a_file(labels: list[dict[str, Any]]) -> None:
    """A page or attachment written twice would silently replace another response's file."""
    paths = [lab["url_path"] for lab in labels] + [a for lab in labels for a in lab["attachments"]]
    assert [p for p, n in Counter(paths).items() if n > 1] == []


def test_labels_have_the_agreed_fields(labels: list[dict[str, Any]]) -> None:
    """The interfaces' labels.jsonl format, every line, every field (broken ones included)."""
    agreed = {"url_path", "attachments", "force_id", "template", "family", "broken", "authority", "authority_id",
              "regime", "reference", "title", "published_date", "request_date", "response_date", "outcome",
              "ncnd", "exemptions", "tables"}
    extras = {"mentioned_not_relied", "reference_shown", "text_layer"}
    assert {frozenset(lab) for lab in labels} == {frozenset(agreed | extras)}
    assert {frozenset(e) for lab in labels for e in lab["exemptions"]} == {
        frozenset({"code", "section", "statute", "name", "ncnd"})}
    assert {frozenset(t) for lab in labels for t in lab["tables"]} == {
        frozenset({"caption", "header", "rows", "source"})}
    dates = [lab[k] for lab in labels for k in ("published_date", "request_date", "response_date") if lab[k]]
    assert all(re.fullmatch(r"20(1[6-9]|2[0-4])-\d\d-\d\d", d) for d in dates)

"""The report as a reader meets it: a contents list of linkable sections, request families
folded away until opened, no "nan", undated responses counted, evidence sentences shown,
seen in headless Chromium (screenshots of the contents and of a collapsed family)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from analysis.report import report_context, write_report

SECTIONS = ["charts", "exemptions", "refusals", "compare", "families", "responses"]


@pytest.fixture(scope="module")
def sample_report(sample_db, tmp_path_factory: pytest.TempPathFactory) -> Path:
    url = sample_db.url.render_as_string(hide_password=False)
    return write_report(url, tmp_path_factory.mktemp("reader") / "report.html")


def test_report_text(sample_report: Path, sample_db) -> None:
    html = sample_report.read_text(encoding="utf-8")
    body = re.sub(r'src="data:[^"]*"', "", html)
    assert "nan" not in re.sub(r"<[^>]+>", " ", body).split()
    assert ">nan<" not in body and "None" not in re.sub(r"<[^>]+>", " ", body)
    for section in SECTIONS:
        assert f'<h2 id="{section}">' in html and f'<li><a href="#{section}">' in html
    ctx = report_context(sample_db.url.render_as_string(hide_password=False))
    undated = ctx["summary"]["undated"]
    assert undated > 0
    assert (f"{undated} of {ctx['summary']['responses']} responses carry no date at all") in html
    # where the dates come from, counted, and adding up with the undated to every response
    said = re.search(r"Each response is counted under one date, the first it has of: ([^.]*)\.", html)
    assert said and sum(d["responses"] for d in ctx["date_sources"]) + undated == ctx["summary"]["responses"]
    for d in ctx["date_sources"]:
        assert f"{d['words']} ({d['responses']})" in said.group(1)
    assert all(y["responses"] < 10 for y in ctx["small_years"])
    # provision names beside the codes in the exemptions table
    assert "<td>s31 Law enforcement</td>" in html


@pytest.fixture(scope="module")
def hand_report(db, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-counted fixture store: it holds two request families."""
    return write_report(db, tmp_path_factory.mktemp("hand") / "report.html")


def test_families_are_folded_and_linkable(hand_report: Path) -> None:
    html = hand_report.read_text(encoding="utf-8")
    opening = re.findall(r'<details class="family" id="(family-[^"]+)">', html)
    assert len(opening) == 2
    for family_id in opening:
        assert f'<a class="anchor" href="#{family_id}"' in html
    assert "nan" not in re.sub(r"<[^>]+>", " ", re.sub(r'src="data:[^"]*"', "", html)).split()


def test_evidence_sentences_are_shown(db, tmp_path: Path) -> None:
    """Where the parser gives a ground's evidence sentence it is under the response, escaped."""
    from sqlalchemy import text

    with db.begin() as conn:
        first = conn.execute(text("SELECT id, disclosure_id, code, evidence FROM exemptions ORDER BY id LIMIT 1")).one()
        conn.execute(text("UPDATE exemptions SET evidence = :e WHERE id = :i"),
                     {"e": "We rely on this <exemption> to protect tactics.", "i": first.id})
    try:
        html = write_report(db, tmp_path / "r.html").read_text(encoding="utf-8")
    finally:
        with db.begin() as conn:
            conn.execute(text("UPDATE exemptions SET evidence = :e WHERE id = :i"),
                         {"e": first.evidence, "i": first.id})
    row = re.search(rf'<tr id="response-{first.disclosure_id}">.*?</tr>', html, re.S).group(0)
    assert '<details class="evidence"><summary>why</summary>' in row
    assert "“We rely on this &lt;exemption&gt; to protect tactics.”" in row


def test_report_in_chromium_contents_and_collapsed_family(hand_report: Path, tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium not installed (make browser)")
    from playwright.sync_api import sync_playwright

    shots = tmp_path / "shots"
    shots.mkdir()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(hand_report.as_uri())
        contents = page.locator("nav.contents")
        assert contents.locator("a").all_inner_texts() == [
            "Charts", "Most cited exemptions", "Refusal and NCND rates by authority",
            "Who refuses more than the rest?", "Same request, different answers", "Responses"]
        contents.screenshot(path=str(shots / "contents.png"))
        family = page.locator("details.family").first
        family.scroll_into_view_if_needed()
        assert family.evaluate("d => d.open") is False
        assert not family.locator("table").is_visible()
        closed_height = family.bounding_box()["height"]
        assert closed_height < 60
        family.screenshot(path=str(shots / "family-collapsed.png"))
        family.locator("summary").click()
        assert family.locator("table").is_visible()
        assert family.bounding_box()["height"] > closed_height
        # a section link lands on its section
        page.goto(hand_report.as_uri() + "#families")
        assert page.evaluate("document.getElementById('families').getBoundingClientRect().top") < 50
        browser.close()
    for name in ("contents.png", "family-collapsed.png"):
        assert (shots / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert (shots / name).stat().st_size > 1000

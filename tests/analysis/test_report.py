"""Charts and the HTML report: the numbers shown, embedding, escaping, and a real browser."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.charts import heatmap_frame, write_charts
from analysis.report import report_context, write_report
from tests.analysis.browser import dump_dom, screenshot
from tests.analysis.handcount import usage

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def report(db, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    return write_report(db, out / "report.html", charts_dir=out / "charts")


def test_charts_are_png_and_svg(db, tmp_path: Path) -> None:
    paths = write_charts(db, tmp_path)
    assert sorted(paths) == ["exemption_heatmap", "rates_over_time", "top_exemptions"]
    for png, svg in paths.values():
        assert png.read_bytes()[:8] == PNG
        assert b"<svg" in svg.read_bytes()[:2000]


def test_heatmap_numbers_are_the_hand_shares(db, labels) -> None:
    grid = heatmap_frame(db, by="section")  # the default groups by category (test_categories)
    hand = usage(labels, None)
    names = {l["authority_id"]: l["authority"] for l in labels}
    for (aid, _, prov), (k, n) in hand.items():
        assert grid.loc[names[aid], prov] == pytest.approx(k / n)
    assert grid.loc["Durham Constabulary", "s23"] == 0.0
    assert list(grid.columns[:3]) == ["s31", "s24", "s23"] or list(grid.columns[:3]) == ["s31", "s23", "s24"]


def test_report_context_numbers(db, labels) -> None:
    ctx = report_context(db)
    assert ctx["summary"] == {"responses": 22, "authorities": 4, "first": "2022-02-10", "last": "2024-06-30",
                              "undated": 1}
    # the fixture's labels give published dates only: 21 dated by the log, one undated
    assert ctx["date_sources"] == [{"source": "published", "words": "the date the log published it", "responses": 21}]
    assert [(r["provision"], r["responses_citing"]) for r in ctx["top"][:2]] == [("s31", 6), ("s23", 4)]
    assert [r["authority_id"] for r in ctx["refusals"]] == ["kent", "psni", "cleveland", "durham"]
    assert [f["summary"].split(":")[0] for f in ctx["families"]] == ["Hostage negotiators", "Taser use"]
    assert len(ctx["responses"]) == len(labels)
    assert all(c["src"].startswith("data:image/png;base64,iVBORw0KGgo") for c in ctx["charts"])


def test_report_is_self_contained_and_escaped(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "Missing persons &lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert len(re.findall(r'<img alt="[^"]+" src="data:image/png;base64,', html)) == 3
    # only data: images, the responses' own http(s) pages, and links to the report's own sections
    assert not re.search(r'(src|href)="(?!data:|http://127\.0\.0\.1/fixture\.example/|#[a-z0-9-]+")', html)
    assert '<a href="http://127.0.0.1/fixture.example/cleveland/00/" rel="noopener noreferrer">Hostage &amp; crisis negotiators</a>' in html


def test_report_in_headless_chromium_runs_no_script(report: Path) -> None:
    dom = dump_dom(report.as_uri(), report.parent)
    assert "<title>FOI disclosure logs: exemptions, refusals and answers</title>" in dom
    assert "pwned</title>" not in dom
    assert "Missing persons &lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    shot = screenshot(report.as_uri(), report.parent / "report.png")
    data = shot.read_bytes()
    assert data[:8] == PNG and len(data) > 20_000

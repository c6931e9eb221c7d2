"""clean_html speed on a ~100 KB SOH-like page, against the lxml parse floor and trafilatura.

Run by hand: `.venv/bin/python -m bench.clean_speed`. The page is the SOH fixture padded the
way real SOH pages are (mega-menu, inline state script, inline CSS; 60-200 KB, mostly chrome).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "pages" / "soh_disclosure.html"


def heavy_page() -> str:
    """The SOH fixture grown to ~100 KB with the chrome real SOH pages carry."""
    base = FIXTURE.read_text(encoding="utf-8")
    menu = "".join(
        f'<li class="mega-menu__item"><a href="/ro/section-{i}/">Section {i} of the site</a><ul>'
        + "".join(f'<li><a href="/ro/section-{i}/page-{j}/">Page {j} about policing topic {i}</a></li>' for j in range(8))
        + "</ul></li>"
        for i in range(40)
    )
    script = "<script>window.__STATE__ = {" + ",".join(f'"k{i}": "value number {i} of the state blob"' for i in range(800)) + "}</script>"
    style = "<style>" + "".join(f".c{i}{{margin:{i}px;padding:0 {i}px}}" for i in range(600)) + "</style>"
    rows = "".join(f"<tr><td>Area {i}</td><td>{i * 3}</td><td>{i * 2}</td></tr>" for i in range(60))
    paras = "".join(
        f"<p>Paragraph {i} of the response explains how the force recorded the figures and why some are estimates.</p>"
        for i in range(30)
    )
    page = base.replace('<ul>\n      <li><a href="/ro/report/">', f'<ul>{menu}\n      <li><a href="/ro/report/">', 1)
    page = page.replace("</head>", style + script + "</head>", 1)
    page = page.replace("</tbody>", rows + "</tbody>", 1)
    return page.replace("<p>The force's dog unit", paras + "<p>The force's dog unit", 1)


def median_ms(fn: Callable[[], object], repeats: int = 200) -> float:
    fn()
    times = []
    for _ in range(repeats):
        # CPU time, not wall time: other jobs on a shared machine must not move the figures.
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    times.sort()
    return times[len(times) // 2] * 1000


def main() -> None:
    import lxml.html

    from parser.cleaning.clean import clean_html

    page = heavy_page()
    url = "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/april/foi-31224/"
    floor = median_ms(lambda: lxml.html.document_fromstring(page))
    ours = median_ms(lambda: clean_html(page, url=url))
    print(f"page: {len(page.encode()):,} bytes")
    print(f"lxml parse (floor): {floor:.2f} ms")
    print(f"clean_html:         {ours:.2f} ms  ({ours / floor:.1f}x the floor)")
    try:
        import trafilatura

        traf = median_ms(lambda: trafilatura.extract(page), repeats=50)
        print(f"trafilatura:        {traf:.2f} ms  (clean_html is {traf / ours:.1f}x faster)")
    except ImportError:
        pass


if __name__ == "__main__":
    main()

"""Parsing speed: our parser against the lxml floor and trafilatura on the same pages."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.corpus import files, generated_dir
from bench.timing import median_seconds


def _rate(seconds: float, n: int, nbytes: int) -> dict[str, float]:
    return {
        "ms_per_page": round(seconds / n * 1000, 3),
        "pages_per_s": round(n / seconds, 1),
        "mb_per_s": round(nbytes / seconds / 1e6, 2),
    }


def html_speed(n_pages: int, repeats: int = 3) -> dict[str, Any]:
    """lxml parse alone, trafilatura.extract (defaults) and parser.parse on n heavy pages."""
    import lxml.html
    import trafilatura

    from parser import parse

    root = generated_dir(n_pages)
    pages = [p.read_bytes() for p in files(root, (".html",))]
    pages = [b for b in pages if len(b) >= 1000][: max(n_pages, 300)]
    total = sum(len(b) for b in pages)

    def floor(some: list[bytes] = pages) -> None:
        for b in some:
            lxml.html.fromstring(b)

    def trafi(some: list[bytes] = pages) -> None:
        for b in some:
            trafilatura.extract(b)

    def ours(some: list[bytes] = pages) -> None:
        for b in some:
            parse(b, content_type="text/html")

    # Each tool is warmed on the same 20 pages, then timed over all of them.
    warm = pages[:20]
    t_floor = median_seconds(floor, repeats, lambda: floor(warm))
    t_trafi = median_seconds(trafi, repeats, lambda: trafi(warm))
    t_ours = median_seconds(ours, repeats, lambda: ours(warm))
    sizes = sorted(len(b) for b in pages)
    return {
        "pages": len(pages),
        "kb_min_median_max": [round(sizes[0] / 1024), round(sizes[len(sizes) // 2] / 1024), round(sizes[-1] / 1024)],
        "lxml_floor": _rate(t_floor, len(pages), total),
        "trafilatura": _rate(t_trafi, len(pages), total),
        "parser": _rate(t_ours, len(pages), total),
        "ratio_parser_over_floor": round(t_ours / t_floor, 2),
        "ratio_parser_over_trafilatura": round(t_ours / t_trafi, 3),
        "speedup_vs_trafilatura": round(t_trafi / t_ours, 2),
    }


def text_speed(repeats: int = 3) -> dict[str, Any]:
    """Plain-text inputs (page text like the seed and the dev set)."""
    from parser import parse

    shared = Path(__file__).resolve().parent.parent.parent / "shared"
    texts = [p.read_bytes() for p in sorted((shared / "dev-set").glob("h*.txt"))]
    seed = shared / "000_962884f449e2edb4.txt"
    if seed.exists():
        texts.append(seed.read_bytes())
    if not texts:
        return {"skipped": "no dev-set texts beside the checkout"}
    total = sum(len(t) for t in texts)
    reps = 20

    def ours() -> None:
        for _ in range(reps):
            for t in texts:
                parse(t, content_type="text/plain")

    return {"inputs": len(texts) * reps, **_rate(median_seconds(ours, repeats), len(texts) * reps, total * reps)}


def pdf_speed(repeats: int = 3) -> dict[str, Any]:
    """ms per PDF page, on the sample site's PDF letters."""
    from parser import parse

    sample = Path(__file__).resolve().parent.parent / "data" / "sample"
    pdfs = [p.read_bytes() for p in files(sample, (".pdf",)) if p.stat().st_size > 0][:40]
    if not pdfs:
        return {"skipped": "no PDFs in data/sample"}
    import pdfplumber
    import io

    n_pages = 0
    for b in pdfs:
        try:
            with pdfplumber.open(io.BytesIO(b)) as pdf:
                n_pages += len(pdf.pages)
        except Exception:  # a deliberately broken sample PDF
            pass

    def ours() -> None:
        for b in pdfs:
            parse(b, content_type="application/pdf")

    t = median_seconds(ours, repeats)
    return {"pdfs": len(pdfs), "pdf_pages": n_pages, "ms_per_pdf_page": round(t / max(n_pages, 1) * 1000, 2)}

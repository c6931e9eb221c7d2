"""The real-derived corpus's HTML pages: our parser beside trafilatura and the lxml floor, in one run.

Why: the generated pages of bench.parsing measure speed on pages we made; these are real sites'
pages (tests/real/<batch>/*.html, reworded, labelled by hand), so the same run also shows how
much labelled chrome each extractor leaves in its text and how many labelled body sentences it
keeps, scored with the dev set's own score.py (a general-purpose extractor is what a user would
otherwise reach for). trafilatura runs with its defaults, as bench.parsing does. On these short
pages a whole parse is mostly field extraction and judgement, which trafilatura does not do, so
the cleaning stage is also timed alone: that is the like-for-like figure.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench.timing import median_seconds


def _labels(batches: list[str] | None = None) -> list[dict]:
    from tests.real.score_corpus import load_labels

    return [lab for lab in load_labels(batches) if lab["kind"] == "page"]


def _text_scores(labels: list[dict], texts: list[str | None]) -> dict[str, Any]:
    """score.py's body kept and chrome left for one extractor's texts (None = nothing extracted)."""
    from tests.real.score_corpus import score

    preds = [{"id": lab["id"], "path": lab["_path"], "body_text": text} for lab, text in zip(labels, texts)]
    text, _ = score(labels, preds)
    out: dict[str, Any] = {}
    for key, line in (("body_kept", "body_recall"), ("chrome_left", "boilerplate_leak_rate")):
        m = re.search(rf"^{line}\s+([\d.]+)\s+\((\d+)/(\d+)\)", text, re.M)
        if m is None:
            raise RuntimeError(f"score.py printed no {line} line")
        out[key] = float(m.group(1))
        out[key + "_count"] = f"{m.group(2)}/{m.group(3)}"
    return out


def run(full: bool = False, repeats: int = 3, batches: list[str] | None = None) -> dict[str, Any]:
    import lxml.html
    import trafilatura

    from parser import parse
    from parser.cleaning import clean
    from parser.formats import decode

    try:
        labels = _labels(batches)
    except FileNotFoundError as exc:  # score.py lives beside the checkout, not in it
        return {"skipped": str(exc)}
    pages = [Path(lab["_path"]).read_bytes() for lab in labels]
    total = sum(len(b) for b in pages)

    def floor() -> list[str]:
        return [lxml.html.fromstring(b).text_content() for b in pages]

    def trafi() -> list[str | None]:
        return [trafilatura.extract(b) for b in pages]

    def ours() -> list[str | None]:
        return [parse(b, content_type="text/html").body_text for b in pages]

    def cleaning() -> list[str | None]:
        """The cleaning stage alone: the part of a parse that does what trafilatura does."""
        return [clean.clean_html(decode.decode(b, content_type="text/html").text).body_text for b in pages]

    out: dict[str, Any] = {"pages": len(pages), "kb_total": round(total / 1024)}
    for name, fn in (("lxml_text", floor), ("trafilatura", trafi), ("cleaning", cleaning), ("parser", ours)):
        seconds = median_seconds(fn, repeats)
        out[name] = {"ms_per_page": round(seconds / len(pages) * 1000, 3), **_text_scores(labels, fn())}
    out["speedup_vs_trafilatura"] = round(out["trafilatura"]["ms_per_page"] / out["parser"]["ms_per_page"], 2)
    out["cleaning_speedup_vs_trafilatura"] = round(
        out["trafilatura"]["ms_per_page"] / out["cleaning"]["ms_per_page"], 2)
    out["ratio_parser_over_floor"] = round(out["parser"]["ms_per_page"] / out["lxml_text"]["ms_per_page"], 2)
    return out


if __name__ == "__main__":  # `python -m bench.real_pages web12 web13`: chosen batches only (e.g. at first sight)
    import json
    import sys

    print(json.dumps(run(batches=sys.argv[1:] or None), indent=1))

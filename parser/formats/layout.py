"""Reading order and page furniture of a PDF page region, from pdfplumber's word positions.

Two things plain `extract_text()` gets wrong on real letters:
- two columns side by side ("Request | Response" set without rules): it reads across both,
  interleaving them mid-sentence. A run of lines sharing an empty vertical gutter is read as
  the left column, then the right.
- running markings and footers ("OFFICIAL", "Page 1 of 1", "www.force.police.uk") on a
  one-page letter, where repetition cannot reveal them: a line inside the top or bottom band
  of the page whose shape is letter furniture (parser/data/chrome.yml) is dropped by position.
"""
from __future__ import annotations

from typing import Any

from parser.cleaning.lines import shaped_family

# Share of the page height at the top and at the foot where running lines sit.
BAND = 0.08
# A gutter: this many points wide, empty on every line of a run, within the middle of the page.
GUTTER_MIN = 12.0
GUTTER_ZONE = (0.25, 0.75)
# Lines in a run before it counts as two columns (a table row or two is not a layout).
MIN_COLUMN_LINES = 3
# Mean words a line on each side for the two sides to be prose columns, not table cells.
PROSE_WORDS = 4.0
_STEP = 2.0  # resolution of the gutter search, in points


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines by their top (within 3 points), top to bottom."""
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _free(line: list[dict[str, Any]], lo: float, hi: float) -> list[bool]:
    """Which _STEP-wide slots of [lo, hi) no word of the line covers."""
    n = int((hi - lo) / _STEP)
    free = [True] * n
    for w in line:
        a = max(0, int((w["x0"] - lo) / _STEP))
        b = min(n, int((w["x1"] - lo) / _STEP) + 1)
        for k in range(a, b):
            free[k] = False
    return free


def _gutter(lines: list[list[dict[str, Any]]], lo: float, hi: float) -> float | None:
    """The x of a gutter free on every line that has words on both sides of it, or None."""
    if len(lines) < MIN_COLUMN_LINES:
        return None
    free = [all(col) for col in zip(*(_free(line, lo, hi) for line in lines))]
    best: tuple[int, int] | None = None
    start = None
    for k, f in enumerate(free + [False]):
        if f and start is None:
            start = k
        elif not f and start is not None:
            if best is None or k - start > best[1] - best[0]:
                best = (start, k)
            start = None
    if best is None or (best[1] - best[0]) * _STEP < GUTTER_MIN:
        return None
    x = lo + (best[0] + best[1]) / 2 * _STEP
    both = sum(1 for line in lines if line[0]["x0"] < x < line[-1]["x1"])
    if both < MIN_COLUMN_LINES or both * 2 < len(lines):
        return None
    # Columns of prose wrap many words a line on each side; a table's cells are short.
    left = sum(1 for line in lines for w in line if w["x1"] <= x) / len(lines)
    right = sum(1 for line in lines for w in line if w["x0"] >= x) / len(lines)
    return x if min(left, right) >= PROSE_WORDS else None


def _straddles(line: list[dict[str, Any]], x: float) -> bool:
    """Words on both sides of the gutter at x and none across it: the run goes on."""
    half = GUTTER_MIN / 2
    return (line[0]["x1"] <= x - half and line[-1]["x0"] >= x + half
            and not any(w["x0"] < x + half and w["x1"] > x - half for w in line))


def _text(line: list[dict[str, Any]]) -> str:
    return " ".join(w["text"] for w in line)


def region_text(region: Any, page_height: float) -> str:
    """The region's text: pdfplumber's own, except that prose set in two columns is read
    column by column, and lines of furniture in the page's top and bottom bands are dropped."""
    plain = region.extract_text() or ""
    words = region.extract_words(keep_blank_chars=False, use_text_flow=False)
    if not words:
        return plain
    lines = _lines(words)
    top_band, foot_band = page_height * BAND, page_height * (1 - BAND)
    # The first page's head is kept (as for repeated running lines): cleaning drops its
    # markings later and keeps them as the page's chrome, which can name the authority.
    first_page = getattr(region, "page_number", 1) == 1
    furniture = {
        i for i, line in enumerate(lines)
        if ((line[0]["bottom"] <= top_band and not first_page) or line[0]["top"] >= foot_band)
        and shaped_family(_text(line))
    }
    body = [k for k in range(len(lines)) if k not in furniture]
    columns = _column_text([lines[k] for k in body], region)
    if columns is not None:
        return columns
    if not furniture:
        return plain
    drop = {" ".join(_text(lines[k]).split()) for k in furniture}
    return "\n".join(ln for ln in plain.split("\n") if " ".join(ln.split()) not in drop)


def _column_text(lines: list[list[dict[str, Any]]], region: Any) -> str | None:
    """The lines re-read column by column where runs of them share a gutter, else None."""
    width = float(region.width)
    x0 = float(region.bbox[0])
    lo, hi = x0 + width * GUTTER_ZONE[0], x0 + width * GUTTER_ZONE[1]
    out: list[str] = []
    found = False
    i = 0
    while i < len(lines):
        j = i + MIN_COLUMN_LINES
        gutter = _gutter(lines[i:j], lo, hi) if j <= len(lines) else None
        if gutter is None:
            out.append(_text(lines[i]))
            i += 1
            continue
        while j < len(lines) and _straddles(lines[j], gutter):
            j += 1
        run = lines[i:j]
        out.extend(_text(ws) for ws in ([w for w in line if w["x1"] <= gutter] for line in run) if ws)
        out.extend(_text(ws) for ws in ([w for w in line if w["x0"] >= gutter] for line in run) if ws)
        found = True
        i = j
    return "\n".join(out) if found else None

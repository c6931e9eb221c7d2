"""Tables flattened into text, as page copies, PDFs and cleaned HTML show them.

Forms found in police responses and in the text copies of their pages:
- cell per line with a trailing pipe ("2017 |" ... "2023 |" then "4 |" ... "1 |"): a table
  flattened column by column, as public copies of SOH pages give it;
- pipe-joined rows ("a | b | c") and Markdown tables ("| a | b |" over "|---|---|");
- whitespace-aligned grids (columns split by tabs or two or more spaces);
- "label – value" line lists and "label figures" rows (parser/tables/tables_lines.py).

One pass over the lines; at each line the finders are tried in that order and the first that
claims a block of lines wins, so a line belongs to at most one table.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from parser.tables import tables_lines
from parser.record import Table, is_year, withheld_mark
from parser.tables.tables import (
    MAX_LABEL_CHARS,
    MAX_ROW_CHARS,
    Block,
    is_figure,
    is_label,
    norm_cell,
    prev_caption,
    split_header,
)

# A line that is one cell of a column-per-line table: "2017 |", "| 4 |".
_CELL_LINE = re.compile(r"^\s*\|?\s*([^|]{0,80}?)\s*\|\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_GRID_SPLIT = re.compile(r"\t+|\s{2,}")
# Tuned together on the seed, the dev set and the negative cases in
# tests/parser/tables/test_tables_text.py: fewer lines than this and prose lists start to qualify.
MIN_CELLS_PER_LINE_TABLE = 4


# A run of more cell lines than this is a list or an attack, not a flattened table (real
# ones run to tens of cells): it is left to the other finders whole, never cut into tables.
MAX_CELL_RUN = 500


class _CellLines:
    """Each line's cell text (None for other lines) and how far the run of cell lines
    through it reaches, worked out once per text: asking again at every line of a run
    rescanned the run (6,000 lines of "cell |" took 25 s)."""

    __slots__ = ("lines", "cell", "start", "end")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        n = len(lines)
        self.cell: list[str | None] = []
        for line in lines:
            m = _CELL_LINE.match(line) if "|" in line else None
            self.cell.append(norm_cell(m.group(1)) if m else None)
        blank = [not line.strip() for line in lines]
        cell = self.cell
        # A run goes on through a cell line, or one blank line followed by a cell line.
        self.end = list(range(n))
        for i in range(n - 1, -1, -1):
            if cell[i] is None:
                continue
            if i + 1 < n and cell[i + 1] is not None:
                self.end[i] = self.end[i + 1]
            elif i + 2 < n and blank[i + 1] and cell[i + 2] is not None:
                self.end[i] = self.end[i + 2]
            else:
                self.end[i] = i + 1
        self.start = list(range(n))
        for i in range(n):
            if cell[i] is None:
                continue
            if i >= 1 and cell[i - 1] is not None:
                self.start[i] = self.start[i - 1]
            elif i >= 2 and blank[i - 1] and cell[i - 2] is not None:
                self.start[i] = self.start[i - 2]


_CELL_CACHE: dict[int, _CellLines] = {}


def _cell_lines(lines: list[str]) -> _CellLines:
    found = _CELL_CACHE.get(id(lines))
    if found is not None and found.lines is lines:
        return found
    if len(_CELL_CACHE) >= 4:
        _CELL_CACHE.pop(next(iter(_CELL_CACHE)))
    made = _CELL_CACHE[id(lines)] = _CellLines(lines)
    return made


def _cell_runs(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """Consecutive cell lines from line i, split into runs at single blank lines (some
    copies put a blank line between the rows of a flattened table)."""
    known = _cell_lines(lines)
    if known.cell[i] is None:
        return [], i
    end = known.end[i]
    runs: list[list[str]] = [[]]
    for j in range(i, end):
        text = known.cell[j]
        if text is None:
            runs.append([])
        else:
            runs[-1].append(text)
    return [r for r in runs if r], end


def _run_too_long(lines: list[str], i: int) -> bool:
    known = _cell_lines(lines)
    return known.cell[i] is not None and known.end[i] - known.start[i] > MAX_CELL_RUN


def _column_per_line(lines: list[str], i: int) -> Block | None:
    """The seed's form: every cell on its own line ending in a pipe, row after row.

    The row width is not written down; it is the length of the leading run of labels
    (the header), or one less when that run ends with the first row's label, or the header
    is one cell short of the rows (no cell for an empty corner). When blank lines separate
    equal runs of cells, each run is a row.
    """
    if _run_too_long(lines, i):
        return None
    runs, end = _cell_runs(lines, i)
    cells = [c for r in runs for c in r]
    n = len(cells)
    if n < MIN_CELLS_PER_LINE_TABLE or not any(is_figure(c) for c in cells):
        return None
    widths = {len(r) for r in runs}
    if len(runs) >= 2 and len(widths) == 1 and min(widths) >= 2:
        rows = runs
    else:
        width = _row_width(cells)
        if width is not None:
            rows = [cells[k:k + width] for k in range(0, n, width)]
        else:
            rows = _rows_under_short_header(cells) or []
            if not rows:
                return None
    header, body = split_header(rows)
    if not header:
        header, body = rows[0], rows[1:]
    return end - i, Table(header=header, rows=body, caption=prev_caption(lines, i), source="text")


def _row_width(cells: list[str]) -> int | None:
    """The width that makes the cells a header over consistent data rows, if any."""
    n = len(cells)
    run = _label_run(cells)
    for w in (run - 1, run):
        if w < 2 or n % w or n // w < 2:
            continue
        rows = [cells[k:k + w] for k in range(0, n, w)]
        if w == run - 1 and not all(is_label(r[0]) for r in rows[1:]):
            continue
        if w == run and any(c and is_label(c) and not is_year(c) for r in rows[1:] for c in r):
            continue  # a header run straight into rows of figures: no words below it
        if _consistent(rows[1:]):
            return w
    return None


def _rows_under_short_header(cells: list[str]) -> list[list[str]] | None:
    """Column labels over labelled rows with no cell for the empty corner: the header is one
    cell short ("2019 |", "2020 |", "Theft |", "1 |", "2 |" ...)."""
    n = len(cells)
    w = _label_run(cells)
    # Two columns need two rows before the pattern is more than chance.
    if w < 2 or (n - (w - 1)) % w or (n - (w - 1)) // w < (2 if w == 2 else 1):
        return None
    rows = [["", *cells[: w - 1]]] + [cells[k:k + w] for k in range(w - 1, n, w)]
    if not all(is_label(r[0]) for r in rows[1:]) or not _consistent(rows[1:]):
        return None
    if not all(not c or is_figure(c) or withheld_mark(c) for r in rows[1:] for c in r[1:]):
        return None  # a corner-less header sits over row labels and figures only
    return rows


def _label_run(cells: list[str]) -> int:
    """How many cells at the start are labels: words, blanks (a header's empty corner), or
    a run of consecutive years."""
    run = 0
    last_year: int | None = None
    for c in cells:
        if is_year(c):
            y = int(c)
            if last_year is not None and abs(y - last_year) != 1:
                break
            last_year = y
        elif c and not is_label(c):
            break
        run += 1
    return run


def _consistent(rows: list[list[str]]) -> bool:
    """Data rows agree column by column on whether they hold figures, and some do."""
    if not rows:
        return False
    width = len(rows[0])
    has_figure = False
    for j in range(width):
        kinds = {
            is_figure(r[j]) and not (j == 0 and is_year(r[j]))
            for r in rows
            if r[j] and not withheld_mark(r[j])  # "not held" may stand in any column of figures
        }
        if len(kinds) > 1:
            return False
        has_figure |= True in kinds
    return has_figure


def _split_pipes(line: str) -> list[str] | None:
    if "|" not in line or len(line) > MAX_PIPE_ROW_CHARS:
        return None
    t = line.strip()
    # "| a | b |" (Markdown) and "a | b |" (one cell per pipe) mark no empty cell; a lone
    # leading pipe (" | 2019 | 2020") is an empty corner cell and is kept.
    if t.endswith("|"):
        t = t[:-1]
        if t.startswith("|"):
            t = t[1:]
    cells = [norm_cell(c) for c in t.split("|")]
    return cells if len(cells) >= 2 else None


def _pipe_rows(lines: list[str], i: int) -> Block | None:
    """Rows written "a | b | c" (cleaned HTML, plain-text exports) or as a Markdown table."""
    rows: list[list[str]] = []
    md_header: list[str] | None = None
    j = i
    while j < len(lines):
        if _MD_RULE.match(lines[j]) and "-" in lines[j]:
            if len(rows) == 1 and md_header is None:
                md_header = rows.pop()
            j += 1
            continue
        cells = _split_pipes(lines[j])
        if cells is None:
            break
        rows.append(cells)
        j += 1
    total = len(rows) + (md_header is not None)
    if total < 2:
        return None
    width = max(len(r) for r in rows + ([md_header] if md_header else []))
    rows = [r + [""] * (width - len(r)) for r in rows]
    if md_header is not None:
        header = md_header + [""] * (width - len(md_header))
    else:
        if not any(is_figure(c) for r in rows for c in r) and len(rows) < 3:
            return None  # two lines of words with pipes: a breadcrumb or menu, not a table
        header, rows = split_header(rows)
    return j - i, Table(header=header, rows=rows, caption=prev_caption(lines, i), source="text")


def _grid_cells(line: str) -> list[str] | None:
    if len(line) > MAX_ROW_CHARS:
        return None
    if "\t" not in line and "  " not in line.strip():
        return None
    cells = [norm_cell(c) for c in _GRID_SPLIT.split(line.strip())]
    return cells if len(cells) >= 2 else None


# A numbered answer's marker opening the line a table's header stands on ("1. Absence reason",
# "2) Rank"): one or two digits, a full stop or bracket, a space, then a word.
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+(?=[A-Za-z])")


def _grid(lines: list[str], i: int) -> Block | None:
    """Columns aligned with tabs or runs of spaces; every data row carries a figure."""
    rows: list[list[str]] = []
    j = i
    while j < len(lines):
        cells = _grid_cells(lines[j])
        if cells is None:
            break
        if len(rows) >= 2 and len(cells) != len(rows[-1]) and all(is_label(c) for c in cells) \
                and any(is_figure(c) for c in rows[-1][1:]):
            break  # a line of labels of another width after rows of figures heads the next table
        rows.append(cells)
        j += 1
    if len(rows) < 2:
        return None
    if _LIST_NUMBER.match(rows[0][0]) and all(is_label(c) for c in rows[0]):
        # "1. Absence reason   Total": the answer's number before the header, not its first label
        rows[0] = [_LIST_NUMBER.sub("", rows[0][0], count=1), *rows[0][1:]]
    width = max(len(r) for r in rows)
    header: list[str] = []
    if len(rows[0]) == width - 1 and all(is_label(c) for c in rows[0]):
        header = [""] + rows[0]  # the header has no label over the row-label column
        rows = rows[1:]
    if any(len(r) != width for r in rows):
        return None
    if not header:
        header, rows = split_header(rows)
    if not rows or not all(any(is_figure(c) for c in r[1:]) for r in rows):
        return None
    if any(len(c) > MAX_LABEL_CHARS for r in rows for c in r):
        return None
    return j - i, Table(header=header, rows=rows, caption=prev_caption(lines, i), source="text")


def _csv_cells(line: str) -> list[str] | None:
    t = line.strip()
    # prose puts a space after its commas; a CSV export does not
    if "," not in t or ", " in t or len(t) > MAX_ROW_CHARS:
        return None
    return [norm_cell(c) for c in t.split(",")]


def _csv_rows(lines: list[str], i: int) -> Block | None:
    """"Year,Days lost" over "2020,21904": comma-separated rows pasted from a spreadsheet
    export. A header of words and at least two rows of the same width, each with a figure,
    so "1,234" alone is never a table."""
    header = _csv_cells(lines[i])
    if header is None or len(header) < 2 or any(is_figure(c) for c in header) or not all(header):
        return None
    rows: list[list[str]] = []
    j = i + 1
    while j < len(lines):
        cells = _csv_cells(lines[j])
        if cells is None or len(cells) != len(header) or not any(is_figure(c) for c in cells[1:]):
            break
        rows.append(cells)
        j += 1
    if len(rows) < 2:
        return None
    return j - i, Table(header=header, rows=rows, caption=prev_caption(lines, i), source="text")


_FINDERS: tuple[Callable[[list[str], int], Block | None], ...] = (
    _pipe_rows,
    _column_per_line,
    _grid,
    tables_lines.line_list,
    tables_lines.tail_rows,
)
# Pipe rows rendered from HTML tables with text cells run longer than other rows.
MAX_PIPE_ROW_CHARS = 2000


_MONEY_END = re.compile(r"[£$€]\d[\d,]*(?:\.\d+)?(?:k|m|bn)$", re.I)


def _may_start_table(line: str) -> bool:
    """Cheap gate run on every line: every form has a pipe, a tab, a double space, a figure
    at the end of the line, or a separator and a digit."""
    if "|" in line:
        return len(line) <= MAX_PIPE_ROW_CHARS
    if len(line) > MAX_ROW_CHARS:
        return False
    t = line.rstrip()
    if not t:
        return False
    if "\t" in t or "  " in t.strip() or t[-1].isdigit() or t[-1] in "%*-–¹²³":
        return True
    if t[-1] in "kmnKMN" and _MONEY_END.search(t):
        return True  # "Total spend £3,108k"
    # "Durham – 6 negotiators": a line-list row whose figure names what it counts.
    return any(sep in t for sep in (":", "–", "—", " - ", "=")) and any(ch.isdigit() for ch in t)


def find_text_tables(text: str) -> list[Table]:
    """Every table flattened into `text`, in reading order."""
    if not text:
        return []
    lines = text.split("\n")
    gate = [_may_start_table(line) for line in lines]
    found: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        if gate[i]:
            finders = _FINDERS
        elif i + 1 < n and gate[i + 1] and len(lines[i]) <= MAX_ROW_CHARS:
            # A header line with no figure of its own starts only a line list or a
            # label-and-figures block (the other forms mark their header lines with pipes,
            # tabs or double spaces).
            finders = (tables_lines.line_list, tables_lines.tail_rows, _csv_rows)
        else:
            i += 1
            continue
        for finder in finders:
            block = finder(lines, i)
            if block is not None:
                consumed, table = block
                found.append(table)
                i += max(consumed, 1)
                break
        else:
            i += 1
    return found

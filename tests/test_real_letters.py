"""The letters half of the real-derived corpus (tests/real/let*/) agrees with its own labels.

Why: the PDF and Word letters are committed as rendered files, and their labels are what the
parser is judged against. If a document and its label drifted apart (a spec edited without
re-rendering, a file replaced), the scores would measure the label, not the parser. These
tests read each committed document with the format libraries directly (not the parser) and
check that every sentence the label says cleaning must keep is in it, every table cell the
label expects is printed in it, and every chrome line the label says cleaning must drop is
really printed on it (a chrome label absent from the document would make the leak figure
meaningless).
"""
from __future__ import annotations

import html
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parent / "real"
BATCHES = sorted(p for p in REAL.glob("let[0-9][0-9]") if (p / "labels.jsonl").is_file())
_TR = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_TR)).strip().casefold()


def _labels() -> list[tuple[Path, dict]]:
    out = []
    for batch in BATCHES:
        for line in (batch / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((batch, json.loads(line)))
    return out


def _all_text(path: Path) -> str:
    """Every piece of text the file prints, running headers and footers included."""
    raw = path.read_bytes()
    if path.suffix == ".txt":
        return raw.decode("utf-8")
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    # .docx: the text of every w:p in the body, headers and footers, in part order
    parts = []
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        for name in sorted(n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)):
            xml = z.read(name).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
                parts.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))))
    return "\n".join(parts)


CASES = _labels()


def test_the_letters_corpus_is_present() -> None:
    assert BATCHES, "tests/real holds no let batches"
    kinds = {lab["kind"] for _, lab in CASES}
    assert {"pdf", "docx"} <= kinds


@pytest.mark.parametrize("batch,label", CASES, ids=[lab["id"] for _, lab in CASES])
def test_label_agrees_with_its_document(batch: Path, label: dict) -> None:
    text = _norm(_all_text(batch / label["file"]))
    for sentence in label["body_must_include"]:
        assert _norm(sentence) in text, f"body sentence not printed: {sentence[:60]!r}"
    for line in label["boilerplate_must_exclude"]:
        assert _norm(line) in text, f"chrome line labelled but not printed: {line!r}"
    words = set(text.split())
    for table in label["tables"]:
        for cell in [c for row in [table["header"], *table["rows"]] for c in row if c]:
            # A cell that wraps inside a PDF table is read interleaved with its neighbours,
            # so a cell counts as printed when all of its words are.
            missing = [w for w in _norm(cell).split() if w not in words]
            assert not missing, f"table cell not printed: {cell!r} (missing {missing})"

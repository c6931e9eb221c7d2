#!/usr/bin/env python3
"""Render the letters half of the real-derived corpus (tests/real/let*/) from its specs.

Why this exists: real responses are often sent as PDF or Word letters, whose running
markings, page footers, letterheads, two-column answers and tables broken over a page are
what the parser's cleaning and table joining must cope with. Each letter is written as a
spec (tests/real/letter_specs/<batch>.py: facts from a real response, prose reworded) and
rendered here deterministically (reportlab invariant mode, fixed zip timestamps), so the
same spec always gives the same bytes. The rendered files are committed, so the corpus
never depends on regenerating them; this script is how they were made.

The labels (labels.jsonl) are written from the same specs: the tables a letter prints
are labelled with exactly the cells it prints, and the running markings and footers it
prints are added to `boilerplate_must_exclude`. Before writing, the script checks the
labels against the rendered document (every body sentence present, no chrome string in
the letter's own prose), so a label cannot silently disagree with its document.

Usage (from the repository root):
    .venv/bin/python tests/real/render_letters.py let01          # render + label one batch
    .venv/bin/python tests/real/render_letters.py let01 --check  # re-render in memory, compare bytes
"""
from __future__ import annotations

import argparse
import importlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 12, 7, 0, 0, 0)
EXT = {"pdf": ".pdf", "docx": ".docx", "text": ".txt"}


# ----------------------------------------------------------------------------- model
def _blocks(spec: dict) -> list[tuple]:
    return [tuple(b) if isinstance(b, (list, tuple)) else ("p", b) for b in spec["blocks"]]


def plain_lines(spec: dict) -> list[str]:
    """The letter's own text (no running markings or footers), one line per paragraph or
    table row: what a reader would call the letter's content."""
    out: list[str] = list(spec.get("letterhead", []))
    for b in _blocks(spec):
        kind = b[0]
        if kind in ("p", "h", "bullet"):
            out.append(b[1])
        elif kind in ("addr", "sign"):
            out.extend(b[1])
        elif kind == "qa":
            for q, a in b[1]:
                out.append(f"{q} {a}")
        elif kind == "table":
            t = b[1]
            if t.get("caption"):
                out.append(t["caption"])
            for row in ([t["header"]] if t.get("header") else []) + t["rows"]:
                out.append(" ".join(row))
    return out


def chrome_strings(spec: dict, pages: int | None) -> list[str]:
    """The running lines the rendered letter prints on its pages."""
    out: list[str] = []
    for m in (spec.get("marking"), spec.get("marking_bottom")):
        if m and m not in out:
            out.append(m)
    if spec.get("footer_url"):
        out.append(spec["footer_url"])
    if spec.get("footer_text"):
        out.append(spec["footer_text"])
    if spec.get("page_numbers") and pages and spec["kind"] != "docx":
        out.extend(f"Page {n} of {pages}" for n in range(1, pages + 1))
    return out


# ------------------------------------------------------------------------------ PDF
def render_pdf(spec: dict) -> tuple[bytes, int]:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from xml.sax.saxutils import escape

    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", spaceBefore=6)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")

    def para(text: str, style=body) -> Paragraph:
        return Paragraph(escape(text), style)

    def story() -> list:
        s: list = []
        lh = spec.get("letterhead", [])
        for i, line in enumerate(lh):
            st = ParagraphStyle("lh", parent=right if spec.get("letterhead_right", True) else body,
                                fontName="Helvetica-Bold" if i == 0 else "Helvetica", spaceAfter=0)
            s.append(para(line, st))
        if lh:
            s.append(Spacer(1, 10))
        for b in _blocks(spec):
            kind = b[0]
            if kind == "p":
                s.append(para(b[1]))
            elif kind == "h":
                s.append(para(b[1], head))
            elif kind == "bullet":
                s.append(Paragraph(escape(b[1]), body, bulletText="\u2022"))
            elif kind in ("addr", "sign"):
                for line in b[1]:
                    s.append(para(line, ParagraphStyle("a", parent=body, spaceAfter=0)))
                s.append(Spacer(1, 8))
            elif kind == "space":
                s.append(Spacer(1, b[1]))
            elif kind == "pagebreak":
                s.append(PageBreak())
            elif kind == "qa":
                opts = b[2] if len(b) > 2 else {}
                rows = [[Paragraph(escape(q), cell_b), Paragraph(escape(a), cell)] for q, a in b[1]]
                if opts.get("header"):
                    rows.insert(0, [Paragraph(escape(h), cell_b) for h in opts["header"]])
                t = Table(rows, colWidths=[70 * mm, 100 * mm], repeatRows=1 if opts.get("header") else 0)
                style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
                if opts.get("ruled", True):
                    style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
                t.setStyle(TableStyle(style))
                s += [t, Spacer(1, 8)]
            elif kind == "table":
                tb = b[1]
                if tb.get("caption"):
                    s.append(para(tb["caption"], head))
                rows = ([tb["header"]] if tb.get("header") else []) + tb["rows"]
                data = [[Paragraph(escape(c), cell_b if (i == 0 and tb.get("header")) else cell) for c in r]
                        for i, r in enumerate(rows)]
                t = Table(data, repeatRows=1 if tb.get("repeat_header") and tb.get("header") else 0,
                          colWidths=tb.get("col_widths"))
                style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
                if tb.get("ruled", True):
                    style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
                t.setStyle(TableStyle(style))
                s += [t, Spacer(1, 8)]
        return s

    def build(total: int | None) -> tuple[bytes, int]:
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, topMargin=28 * mm, bottomMargin=28 * mm,
                                leftMargin=22 * mm, rightMargin=22 * mm,
                                title=spec.get("pdf_title", ""), author=spec.get("pdf_author", ""))
        count = {"n": 0}

        def furniture(canvas, _doc) -> None:
            count["n"] += 1
            w, h = A4
            canvas.saveState()
            canvas.setFont("Helvetica-Bold", 9)
            if spec.get("marking"):
                canvas.drawCentredString(w / 2, h - 14 * mm, spec["marking"])
            bottom = spec.get("marking_bottom", spec.get("marking"))
            if bottom:
                canvas.drawCentredString(w / 2, 10 * mm, bottom)
            if _doc.page > 1 and spec.get("later_page_header"):
                canvas.setFont("Helvetica", 9)
                y = h - 20 * mm
                for line in spec["later_page_header"]:
                    canvas.drawString(22 * mm, y, line)
                    y -= 11
            canvas.setFont("Helvetica", 8)
            if spec.get("footer_url"):
                canvas.drawString(22 * mm, 17 * mm, spec["footer_url"])
            if spec.get("footer_text"):
                canvas.drawString(22 * mm, 21 * mm, spec["footer_text"])
            if spec.get("page_numbers"):
                canvas.drawRightString(w - 22 * mm, 17 * mm, f"Page {_doc.page} of {total or 0}")
            canvas.restoreState()

        doc.build(story(), onFirstPage=furniture, onLaterPages=furniture)
        return buf.getvalue(), count["n"]

    _, pages = build(None)
    raw, pages2 = build(pages)
    assert pages == pages2
    return raw, pages


# ----------------------------------------------------------------------------- DOCX
def _field(paragraph, code: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) with a cached result, as Word saves it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_with(el):
        r = OxmlElement("w:r")
        r.append(el)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    t = OxmlElement("w:t")
    t.text = shown
    run_with(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def render_docx(spec: dict) -> bytes:
    import datetime as dt

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 12, 7)
    d.core_properties.modified = dt.datetime(2026, 12, 7)
    d.core_properties.last_modified_by = ""
    d.core_properties.author = spec.get("pdf_author", "")
    d.core_properties.title = spec.get("pdf_title", "")
    d.core_properties.revision = 1
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get("marking"):
        hp.add_run(spec["marking"]).bold = True
    lh = spec.get("letterhead", [])
    if spec.get("letterhead_in_header"):
        for line in lh:
            p = sec.header.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    if spec.get("footer_url"):
        fp.add_run(spec["footer_url"] + "    ")
    if spec.get("page_numbers"):
        fp.add_run("Page ")
        _field(fp, "PAGE", "1")
        fp.add_run(" of ")
        _field(fp, "NUMPAGES", "1")
    bottom = spec.get("marking_bottom", spec.get("marking"))
    if bottom:
        p = sec.footer.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(bottom).bold = True
    if spec.get("footer_text"):
        sec.footer.add_paragraph(spec["footer_text"])

    if spec.get("body_marking") and spec.get("marking"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(spec["marking"]).bold = True
    if not spec.get("letterhead_in_header"):
        for i, line in enumerate(lh):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_after = Pt(0)
            p.add_run(line).bold = i == 0
    for b in _blocks(spec):
        kind = b[0]
        if kind == "p":
            d.add_paragraph(b[1])
        elif kind == "h":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "bullet":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind in ("addr", "sign"):
            for line in b[1]:
                p = d.add_paragraph(line)
                p.paragraph_format.space_after = Pt(0)
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "space":
            continue
        elif kind == "qa":
            opts = b[2] if len(b) > 2 else {}
            rows = ([tuple(opts["header"])] if opts.get("header") else []) + list(b[1])
            t = d.add_table(rows=len(rows), cols=2)
            if opts.get("ruled", True):
                t.style = "Table Grid"
            for i, (q, a) in enumerate(rows):
                t.cell(i, 0).text = q
                t.cell(i, 1).text = a
            if opts.get("header"):
                _repeat_header(t.rows[0])
        elif kind == "table":
            tb = b[1]
            if tb.get("caption"):
                d.add_paragraph().add_run(tb["caption"]).bold = True
            rows = ([tb["header"]] if tb.get("header") else []) + tb["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if tb.get("ruled", True):
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            if tb.get("header") and tb.get("repeat_header"):
                _repeat_header(t.rows[0])
    if spec.get("body_marking") and bottom:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(bottom).bold = True
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


def _fixed_zip(raw: bytes) -> bytes:
    """The same archive with every member's timestamp fixed, so saves are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------- text
def render_text(spec: dict) -> tuple[bytes, int]:
    """A letter as a text copy of its PDF gives it (document-sharing sites, WDTK's HTML
    view of an attachment): running lines appear where each page broke."""
    lines: list[str] = []
    for line in spec.get("text_preamble", []):
        lines.append(line)
    content = plain_text_blocks(spec)
    per_page = spec.get("lines_per_page", 10**6)
    pages = max(1, -(-len(content) // per_page))
    for n in range(pages):
        if spec.get("marking"):
            lines.append(spec["marking"])
        lines.extend(content[n * per_page:(n + 1) * per_page])
        if spec.get("footer_url"):
            lines.append(spec["footer_url"])
        if spec.get("page_numbers"):
            lines.append(f"Page {n + 1} of {pages}")
        bottom = spec.get("marking_bottom", spec.get("marking"))
        if bottom:
            lines.append(bottom)
    for line in spec.get("text_postamble", []):
        lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8"), pages


def plain_text_blocks(spec: dict) -> list[str]:
    out: list[str] = list(spec.get("letterhead", []))
    for b in _blocks(spec):
        kind = b[0]
        if kind in ("p", "h"):
            out.append(b[1])
        elif kind == "bullet":
            out.append("\u2022 " + b[1])
        elif kind in ("addr", "sign"):
            out.extend(b[1])
        elif kind == "qa":
            for q, a in b[1]:
                out.extend([q, a])
        elif kind == "table":
            t = b[1]
            if t.get("caption"):
                out.append(t["caption"])
            for row in ([t["header"]] if t.get("header") else []) + t["rows"]:
                out.append(t.get("text_sep", "\t").join(row))
    return out


# --------------------------------------------------------------------------- checks
def _norm(s: str) -> str:
    tr = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})
    return re.sub(r"\s+", " ", s.translate(tr)).strip().casefold()


def document_text(kind: str, raw: bytes) -> str:
    """All the text a document holds, read with the file-format libraries directly (not
    the parser), to check labels against what was rendered."""
    if kind == "text":
        return raw.decode("utf-8")
    if kind == "pdf":
        import pdfplumber

        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    import docx

    d = docx.Document(io.BytesIO(raw))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" ".join(c.text for c in r.cells))
    return "\n".join(parts)


def check(spec: dict, label: dict, raw: bytes) -> list[str]:
    problems = []
    text = _norm(document_text(spec["kind"], raw))
    own = _norm("\n".join(plain_lines(spec)))
    for s in label["body_must_include"]:
        if _norm(s) not in text:
            problems.append(f"{label['id']}: body sentence not in the rendered document: {s[:70]!r}")
    for s in label["boilerplate_must_exclude"]:
        if re.search(r"(?<!\w)" + re.escape(_norm(s)) + r"(?!\w)", own):
            problems.append(f"{label['id']}: chrome string {s!r} also occurs in the letter's own text")
    return problems


# ---------------------------------------------------------------------------- batch
def build_batch(batch: str) -> tuple[dict[str, bytes], list[dict], list[str]]:
    sys.path.insert(0, str(HERE.parent.parent))
    mod = importlib.import_module(f"tests.real.letter_specs.{batch}")
    files: dict[str, bytes] = {}
    labels: list[dict] = []
    problems: list[str] = []
    for spec in mod.LETTERS:
        ident = f"{batch}_{spec['n']:02d}"
        kind = spec["kind"]
        if kind == "pdf":
            raw, pages = render_pdf(spec)
        elif kind == "docx":
            raw, pages = render_docx(spec), None
        else:
            raw, pages = render_text(spec)
        name = ident + EXT[kind]
        files[name] = raw
        lab = spec["label"]
        tables = [dict(header=b[1].get("header") or [], rows=b[1]["rows"]) for b in _blocks(spec)
                  if b[0] == "table" and b[1].get("label", True)]
        chrome = [c for c in lab.get("chrome", []) if c]
        for c in chrome_strings(spec, pages):
            if c not in chrome:
                chrome.append(c)
        label = {
            "id": ident,
            "file": name,
            "source_url": spec["source_url"],
            "authority": lab["authority"],
            "regime": lab["regime"],
            "reference": lab["reference"],
            "grounds": lab.get("grounds", []),
            "grounds_mentioned_not_relied_on": lab.get("mentioned", []),
            "ncnd": lab.get("ncnd", False),
            "outcome": lab["outcome"],
            "tables": tables + lab.get("extra_tables", []),
            "response_date": lab.get("date"),
            "body_must_include": lab["body"],
            "boilerplate_must_exclude": chrome,
            "notes": lab["notes"],
            "kind": "text" if kind == "text" else kind,
            "batch": batch,
        }
        problems += check(spec, label, raw)
        labels.append(label)
    return files, labels, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", nargs="+")
    ap.add_argument("--check", action="store_true", help="compare with the committed files; write nothing")
    a = ap.parse_args(argv)
    rc = 0
    for batch in a.batch:
        files, labels, problems = build_batch(batch)
        for p in problems:
            print(f"label problem: {p}", file=sys.stderr)
        if problems:
            rc = 1
            continue
        out = HERE / batch
        lab_text = "".join(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels)
        if a.check:
            for name, raw in files.items():
                if not (out / name).is_file() or (out / name).read_bytes() != raw:
                    print(f"{batch}/{name}: differs from the rendered spec", file=sys.stderr)
                    rc = 1
            if (out / "labels.jsonl").read_text(encoding="utf-8") != lab_text:
                print(f"{batch}/labels.jsonl: differs from the specs", file=sys.stderr)
                rc = 1
            continue
        out.mkdir(exist_ok=True)
        for name, raw in files.items():
            (out / name).write_bytes(raw)
        (out / "labels.jsonl").write_text(lab_text, encoding="utf-8")
        kinds = {k: sum(1 for lab in labels if lab["kind"] == k) for k in ("pdf", "docx", "text")}
        print(f"{batch}: {len(labels)} letters ({kinds}), {len({lab['authority'] for lab in labels})} bodies")
    return rc


if __name__ == "__main__":
    sys.exit(main())

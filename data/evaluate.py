"""Score the parser against the sample's true records, field by field.

    python data/evaluate.py [--sample data/sample] [--by-template] [--json]

Every labelled response that is not marked broken is read from disk (its page and
attachments, as the crawler would fetch them) and parsed with parser.parse_response.
Grounds are scored as precision/recall/F1 over (response, code) and (response, section)
pairs; the other fields as the share of responses where the parser's value matches.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crawler.sample_server import content_type_for, resolve  # noqa: E402

SAMPLE = ROOT / "data" / "sample"
FIELDS = ["grounds_code_f1", "grounds_section_f1", "outcome", "ncnd", "reference", "authority",
          "regime", "tables", "dates"]


def load_labels(sample_dir: Path = SAMPLE) -> list[dict[str, Any]]:
    with (Path(sample_dir) / "labels.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def real_url(url_path: str) -> str:
    """'/www.x.police.uk/a/b/' -> 'https://www.x.police.uk/a/b/': what the real site would show."""
    host, _, rest = url_path.lstrip("/").partition("/")
    return f"https://{host}/{rest}"


def load_docs(sample_dir: Path, label: dict[str, Any]) -> tuple[Any, list[Any]] | None:
    """The page and attachments of one response as RawDocs, or None if the page is missing."""
    from parser import RawDoc

    def raw(url_path: str) -> Any:
        path, _, query = url_path.partition("?")
        file = resolve(Path(sample_dir), path, query)
        if file is None:
            return archived(url_path)
        return RawDoc(content=file.read_bytes(), url=real_url(url_path), content_type=content_type_for(file))

    def archived(url_path: str) -> Any:
        """A response the live site no longer has: its bytes from the archive replica."""
        index = Path(sample_dir) / "web.archive.org" / "_captures.json"
        try:
            captures = json.loads(index.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        mine = sorted((c for c in captures if c["original"] == real_url(url_path)), key=lambda c: c["timestamp"])
        if not mine:
            return None
        body = (Path(sample_dir) / "web.archive.org" / "_bodies" / f"{mine[0]['body']}.bin").read_bytes()
        ctype = mine[0]["mimetype"] + ("; charset=utf-8" if mine[0]["mimetype"].startswith("text/") else "")
        return RawDoc(content=body, url=real_url(url_path), content_type=ctype)

    page = raw(label["url_path"])
    if page is None:
        return None
    return page, [d for d in (raw(a) for a in label.get("attachments") or []) if d is not None]


def norm_reference(ref: str | None) -> str | None:
    """Compare references as their digits and letters: '207 - 24' == 'FOI 207-24' == '20724'."""
    if not ref:
        return None
    t = re.sub(r"^(?:enquiry\s*reference|request\s*number|our\s*ref|foi\s*reference|ref(?:erence)?)\s*[:.]?\s*",
               "", ref.strip(), flags=re.I)
    t = re.sub(r"^(?:foi|f)(?=[\s/\-.]*\d)", "", t, flags=re.I)
    return re.sub(r"[^0-9a-z]", "", t.casefold()) or None


def _grid(t: Any) -> list[list[str]]:
    header = t["header"] if isinstance(t, dict) else t.header
    rows = t["rows"] if isinstance(t, dict) else t.rows
    return [[re.sub(r"\s+", " ", str(c)).strip() for c in r] for r in ([header] if header else []) + list(rows)]


def _tables_match(true: list[dict[str, Any]], got: list[Any]) -> bool:
    """Every true table found with the same cells (header + rows); no tables invented."""
    if not true:
        return not got
    got_cells = [sorted(c for r in _grid(g) for c in r) for g in got]
    return all(sorted(c for r in _grid(t) for c in r) in got_cells for t in true)


class _PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, true: set[str], got: set[str]) -> None:
        self.tp += len(true & got)
        self.fp += len(got - true)
        self.fn += len(true - got)

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _section(code: str) -> str:
    m = re.match(r"^([sr]\d+)", code)
    return m.group(1) if m else code


def score(pairs: Iterable[tuple[dict[str, Any], Any]]) -> dict[str, Any]:
    """Field-by-field scores over (label, Disclosure) pairs."""
    codes, sections = _PRF(), _PRF()
    hits: dict[str, int] = defaultdict(int)
    n = 0
    for label, rec in pairs:
        n += 1
        true_codes = {e["code"] for e in label["exemptions"]}
        got_codes = {e.code for e in rec.exemptions}
        codes.add(true_codes, got_codes)
        sections.add({_section(c) for c in true_codes}, {_section(c) for c in got_codes})
        hits["outcome"] += rec.outcome == label["outcome"]
        hits["ncnd"] += bool(rec.ncnd) == bool(label["ncnd"])
        hits["reference"] += norm_reference(rec.reference) == norm_reference(label["reference"])
        hits["authority"] += (rec.authority_id == label["authority_id"]) or (
            (rec.authority or "").casefold() == label["authority"].casefold())
        hits["regime"] += rec.regime == label["regime"]
        hits["tables"] += _tables_match(label["tables"], rec.tables)
        for key in ("published_date", "request_date", "response_date"):
            if label.get(key):  # dates are labelled only where the response states them
                hits["dates_labelled"] += 1
                hits["dates"] += getattr(rec, key) == label[key]
    out: dict[str, Any] = {"responses": n, "grounds_code": codes.scores(), "grounds_section": sections.scores()}
    out["grounds_code_f1"] = out["grounds_code"]["f1"]
    out["grounds_section_f1"] = out["grounds_section"]["f1"]
    for k in ("outcome", "ncnd", "reference", "authority", "regime", "tables"):
        out[k] = round(hits[k] / n, 4) if n else 0.0
    out["dates"] = round(hits["dates"] / hits["dates_labelled"], 4) if hits["dates_labelled"] else 0.0
    return out


def evaluate(sample_dir: Path = SAMPLE, *, by_template: bool = False, every: int = 1) -> dict[str, Any]:
    """Parse every unbroken labelled response (or every `every`-th, for a quicker test run)
    and score it. A parser exception counts as a wrong answer for that response (and is
    listed under "errors"), never as a crash."""
    from parser import Disclosure, parse_response

    sample_dir = Path(sample_dir)
    pairs: list[tuple[dict[str, Any], Any]] = []
    errors: list[str] = []
    started = time.perf_counter()
    for label in load_labels(sample_dir)[::every]:
        if label.get("broken"):
            continue
        docs = load_docs(sample_dir, label)
        if docs is None:
            errors.append(f"{label['url_path']}: page missing")
            continue
        try:
            rec = parse_response(docs[0], docs[1])
        except Exception as exc:  # noqa: BLE001 - score the failure, keep going
            errors.append(f"{label['url_path']}: {type(exc).__name__}: {exc}")
            rec = Disclosure()
        pairs.append((label, rec))
    elapsed = time.perf_counter() - started
    result = score(pairs)
    result["errors"] = errors
    result["seconds"] = round(elapsed, 2)
    text_pairs = [(lab, rec) for lab, rec in pairs if lab.get("text_layer", True)]
    result["with_text_layer"] = {k: v for k, v in score(text_pairs).items() if k in FIELDS or k == "responses"}
    if by_template:
        groups: dict[str, list[tuple[dict[str, Any], Any]]] = defaultdict(list)
        for lab, rec in pairs:
            groups[lab["template"]].append((lab, rec))
        result["by_template"] = {t: {k: v for k, v in score(g).items() if k in FIELDS or k == "responses"}
                                 for t, g in sorted(groups.items())}
    return result


def format_table(result: dict[str, Any]) -> str:
    """The Markdown accuracy table the README shows."""
    lines = [f"Sample accuracy ({result['responses']} responses, {result['seconds']} s):", "",
             "| field | score |", "|---|---|"]
    gc, gs = result["grounds_code"], result["grounds_section"]
    lines.append(f"| grounds, code level (P / R / F1) | {gc['precision']:.3f} / {gc['recall']:.3f} / {gc['f1']:.3f} |")
    lines.append(f"| grounds, section level (P / R / F1) | {gs['precision']:.3f} / {gs['recall']:.3f} / {gs['f1']:.3f} |")
    for k in ("outcome", "ncnd", "reference", "authority", "regime", "tables"):
        lines.append(f"| {k} | {result[k]:.3f} |")
    lines.append(f"| dates (each stated date) | {result['dates']:.3f} |")
    if "by_template" in result:
        lines += ["", "| template | n | grounds F1 | outcome | ncnd | reference | authority | regime | tables |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for t, s in result["by_template"].items():
            lines.append(f"| {t} | {s['responses']} | {s['grounds_code_f1']:.3f} | {s['outcome']:.3f} | "
                         f"{s['ncnd']:.3f} | {s['reference']:.3f} | {s['authority']:.3f} | {s['regime']:.3f} | "
                         f"{s['tables']:.3f} |")
    if result.get("errors"):
        lines += ["", f"{len(result['errors'])} responses raised errors, e.g. {result['errors'][0]}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=Path, default=SAMPLE)
    ap.add_argument("--by-template", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--every", type=int, default=1, help="score every N-th response only")
    args = ap.parse_args(argv)
    result = evaluate(args.sample, by_template=args.by_template, every=args.every)
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Score the parser on the real-derived corpus (tests/real/<batch>/) with the dev set's score.py.

Why a separate script: the corpus is judged with exactly the scorer the dev set uses, so the
figures are comparable with the issue's first-sight table; this file only gathers labels,
runs `parser.parse` over the documents and hands both files to that scorer.

Usage (from the repository root):
    .venv/bin/python tests/real/score_corpus.py                 # every batch
    .venv/bin/python tests/real/score_corpus.py web01 let01     # chosen batches
    .venv/bin/python tests/real/score_corpus.py --per-doc web02
    .venv/bin/python tests/real/score_corpus.py --first-sight web03   # once per batch: writes first_sight/web03.txt
                                                                      # and the answers, first_sight/web03.pred.jsonl
    .venv/bin/python tests/real/score_corpus.py --check         # label format only, no parsing

score.py is looked for in $FOI_SHARED/dev-set, then ../shared/dev-set beside the checkout
(../shared in CI), then beside the main checkout when this is a git worktree. Exit 2 with the reason when it is absent.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIRST_SIGHT = HERE / "first_sight"
BATCH_RE = re.compile(r"^(web|let)\d\d$")
KINDS = {"page": ".html", "text": ".txt", "pdf": ".pdf", "docx": ".docx"}
OUTCOMES = {"disclosed", "partial", "refused", "not_held"}
REGIMES = {"FOIA", "FOISA", "EIR"}
FIELDS = (
    "id", "file", "source_url", "authority", "regime", "reference", "grounds",
    "grounds_mentioned_not_relied_on", "ncnd", "outcome", "tables", "response_date",
    "body_must_include", "boilerplate_must_exclude", "notes", "kind", "batch",
)


class CorpusError(Exception):
    """A label or document that breaks the corpus format; the message names it."""


def _main_checkout() -> Path:
    """The main checkout when this one is a git worktree (its .git is a file naming
    <main>/.git/worktrees/<name>), so a worktree finds the shared folder beside main."""
    git = ROOT / ".git"
    if git.is_file():
        m = re.match(r"gitdir:\s*(.+)", git.read_text(encoding="utf-8").strip())
        if m:
            gitdir = Path(m.group(1).strip())
            if gitdir.parent.name == "worktrees":
                return gitdir.parent.parent.parent
    return ROOT


def shared_dir() -> Path | None:
    """The shared folder holding dev-set/score.py, or None when this checkout has none."""
    candidates = []
    if os.environ.get("FOI_SHARED"):
        candidates.append(Path(os.environ["FOI_SHARED"]))
    candidates.append(ROOT.parent / "shared")
    candidates.append(_main_checkout().parent / "shared")
    for c in candidates:
        if (c / "dev-set" / "score.py").is_file():
            return c
    return None


def batches() -> list[str]:
    """Every batch folder that holds a labels.jsonl, in name order."""
    return sorted(p.name for p in HERE.iterdir()
                  if p.is_dir() and BATCH_RE.match(p.name) and (p / "labels.jsonl").is_file())


def load_labels(names: list[str] | None = None) -> list[dict]:
    """Labels of the chosen batches (all when None), each with `_path` set to its document."""
    out: list[dict] = []
    for name in names or batches():
        path = HERE / name / "labels.jsonl"
        if not path.is_file():
            raise CorpusError(f"{path}: no such batch (expected tests/real/<batch>/labels.jsonl)")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                lab = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{n}: bad JSON ({exc})") from exc
            lab["_path"] = str(HERE / name / lab.get("file", ""))
            lab["_where"] = f"{path}:{n}"
            out.append(lab)
    return out


COMPLETED_LIST = HERE / "writer_completed.txt"
# The phrases a label's notes use when the writer supplied part of the document.
COMPLETED_NOTE = re.compile(r"my completions?|[Rr]econstructed|[Rr]ebuilt from|completion of|are mine|"
                            r"[Ww]ording mine|I wrote|my own")


def writer_completed() -> set[str]:
    """Ids of responses whose document the writer completed (writer_completed.txt)."""
    if not COMPLETED_LIST.is_file():
        return set()
    return {line.strip() for line in COMPLETED_LIST.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def check_labels(labels: list[dict]) -> list[str]:
    """Every way the labels break the format (empty list when they are sound)."""
    problems: list[str] = []
    seen: set[str] = set()
    for lab in labels:
        where = lab.get("_where", "?")
        missing = [f for f in FIELDS if f not in lab]
        if missing:
            problems.append(f"{where}: missing fields {missing}")
            continue
        if lab["id"] in seen:
            problems.append(f"{where}: duplicate id {lab['id']}")
        seen.add(lab["id"])
        batch_dir = Path(lab["_path"]).parent.name
        if lab["batch"] != batch_dir:
            problems.append(f"{where}: batch {lab['batch']!r} but the label sits in {batch_dir}/")
        if not str(lab["id"]).startswith(lab["batch"] + "_"):
            problems.append(f"{where}: id {lab['id']!r} should start with {lab['batch']}_")
        if lab["kind"] not in KINDS:
            problems.append(f"{where}: kind {lab['kind']!r} not one of {sorted(KINDS)}")
        elif lab["file"] != lab["id"] + KINDS[lab["kind"]]:
            problems.append(f"{where}: file {lab['file']!r} should be {lab['id'] + KINDS[lab['kind']]}")
        if not Path(lab["_path"]).is_file():
            problems.append(f"{where}: document {lab['file']} not found")
        if lab["outcome"] not in OUTCOMES:
            problems.append(f"{where}: outcome {lab['outcome']!r}")
        if lab["regime"] not in REGIMES:
            problems.append(f"{where}: regime {lab['regime']!r}")
        if not str(lab["source_url"]).startswith(("http://", "https://")):
            problems.append(f"{where}: source_url must be the real page's address")
        if lab["response_date"] is not None and not re.match(r"^\d{4}-\d\d-\d\d$", lab["response_date"]):
            problems.append(f"{where}: response_date {lab['response_date']!r} not YYYY-MM-DD")
        for t in lab["tables"]:
            if not isinstance(t, dict) or set(t) != {"header", "rows"}:
                problems.append(f"{where}: table must be {{header, rows}}")
        if Path(lab["_path"]).is_file() and lab["kind"] in ("page", "text"):
            text = Path(lab["_path"]).read_text(encoding="utf-8")
            if lab["kind"] == "page":
                text = html.unescape(re.sub(r"<[^>]+>", " ", text))
            flat = re.sub(r"\s+", " ", text)
            for s in lab["body_must_include"]:
                if re.sub(r"\s+", " ", s) not in flat:
                    problems.append(f"{where}: body sentence not in the document: {s[:60]!r}")
            for s in lab["boilerplate_must_exclude"]:
                if re.sub(r"\s+", " ", s) not in flat:
                    problems.append(f"{where}: chrome line not in the document: {s[:60]!r}")
    return problems


def _scorer():
    shared = shared_dir()
    if shared is None:
        raise FileNotFoundError("score.py not found: set FOI_SHARED or put shared/dev-set beside the checkout")
    spec = importlib.util.spec_from_file_location("dev_score", shared / "dev-set" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def predict(labels: list[dict]) -> list[dict]:
    """Parse each labelled document from its bytes alone (no URL: the labels hold only what the
    document itself says), as `foi parse FILE` would."""
    sys.path.insert(0, str(ROOT))
    from parser import parse

    preds = []
    for lab in labels:
        path = Path(lab["_path"])
        record = parse(path.read_bytes(), path=str(path)).to_dict()
        record["path"] = str(path)
        record["id"] = lab["id"]
        preds.append(record)
    return preds


def score(labels: list[dict], preds: list[dict], per_doc: bool = False) -> tuple[str, dict[str, float]]:
    """score.py's printed report and its last line as a dict of figures."""
    scorer = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        lab_file, pred_file = Path(tmp) / "labels.jsonl", Path(tmp) / "pred.jsonl"
        with lab_file.open("w", encoding="utf-8") as f:
            for lab in labels:
                f.write(json.dumps({k: v for k, v in lab.items() if not k.startswith("_")}) + "\n")
        with pred_file.open("w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p) + "\n")
        buf = io.StringIO()
        args = ["--labels", str(lab_file), "--pred", str(pred_file)] + (["--per-doc"] if per_doc else [])
        with contextlib.redirect_stdout(buf):
            rc = scorer.main(args)
    if rc != 0:
        raise RuntimeError(f"score.py exited {rc}:\n{buf.getvalue()}")
    text = _with_dates(buf.getvalue(), labels, preds, per_doc)
    last = text.strip().splitlines()[-1]
    return text, {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}


def date_figures(labels: list[dict], preds: list[dict]) -> tuple[dict[str, float], list[str]]:
    """Response dates against the labels, which score.py does not judge: the share of printed
    reply dates read right, and the share of responses printing none that were given one anyway
    (a blog's post date, a request date taken for the reply). Refusal trends are dated by this
    field, so a wrong date misleads more quietly than a missing one."""
    by_id = {p["id"]: p for p in preds}
    dated = right = undated = invented = 0
    misses = []
    for lab in labels:
        want, got = lab.get("response_date"), (by_id.get(lab["id"]) or {}).get("response_date")
        if want:
            dated += 1
            right += got == want
        else:
            undated += 1
            invented += got is not None
        if got != want:
            misses.append(f"response_date {lab['id']}: labelled {want}, parsed {got}")
    figures = {
        "response_date_acc": right / dated if dated else 1.0,
        "response_date_invented": invented / undated if undated else 0.0,
    }
    lines = [
        f"response_date_acc       {figures['response_date_acc']:.3f}  ({right}/{dated})  [labelled reply dates read right]",
        f"response_date_invented  {figures['response_date_invented']:.3f}  ({invented}/{undated})"
        "  [lower is better: a date given where the response prints none]",
    ]
    return figures, lines + misses


def _with_dates(text: str, labels: list[dict], preds: list[dict], per_doc: bool) -> str:
    """score.py's report with the date figures: their lines just above its summary line, and the
    figures appended to that line, which stays last (first-sight records are read from it)."""
    figures, lines = date_figures(labels, preds)
    shown = lines if per_doc else lines[:2]
    head, _, last = text.rstrip("\n").rpartition("\n")
    summary = last + "".join(f" {k}={v:.2f}" for k, v in figures.items())
    return "\n".join([head.rstrip("\n"), "", *shown, "", summary]) + "\n"


def leaks(labels: list[dict], preds: list[dict]) -> str:
    """Each document's labelled chrome lines still in its body_text ("+") and labelled body
    lines missing from it ("-"), matched as score.py matches them."""
    scorer = _scorer()
    out = []
    for lab, p in zip(labels, preds):
        body = scorer.norm_text(p.get("body_text"))
        left = [s for s in lab["boilerplate_must_exclude"]
                if re.search(r"(?<!\w)" + re.escape(scorer.norm_text(s)) + r"(?!\w)", body)]
        lost = [s for s in lab["body_must_include"] if scorer.norm_text(s) not in body]
        if left or lost:
            out.append(f"{lab['id']} ({lab['kind']})")
            out.extend(f"  + {s}" for s in left)
            out.extend(f"  - {s}" for s in lost)
    return "\n".join(out) + ("\n\n" if out else "")


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_first_sight(batch: str, text: str) -> Path:
    """Keep the first run on a batch; a second run must not replace it."""
    FIRST_SIGHT.mkdir(exist_ok=True)
    out = FIRST_SIGHT / f"{batch}.txt"
    if out.exists():
        raise CorpusError(f"{out} exists: first sight is recorded once per batch")
    sys.path.insert(0, str(ROOT))
    from parser import PARSER_VERSION

    head = (
        f"batch: {batch}\n"
        f"first run: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC\n"
        f"main-branch commit: {_git('rev-parse', 'main')}\n"
        f"parser code at: {_git('log', '-1', '--format=%H', '--', 'parser')} (checkout {_git('rev-parse', 'HEAD')})\n"
        f"parser version: {PARSER_VERSION}\n\n"
    )
    out.write_text(head + text, encoding="utf-8")
    return out


def first_sight_table() -> str:
    """The README's per-batch first-sight rows, read from first_sight/<batch>.txt and the labels."""
    rows = []
    for path in sorted(FIRST_SIGHT.glob("*.txt")):
        batch = path.stem
        text = path.read_text(encoding="utf-8")
        commit = re.search(r"^main-branch commit: (\w+)", text, re.M)
        figures = _figures(text, "n/a")
        try:
            labs = load_labels([batch])
        except CorpusError:
            labs = []
        kinds = "/".join(sorted({lab.get("kind", "?") for lab in labs}))
        bodies = len({lab.get("authority") for lab in labs})
        cells = [batch, kinds, str(len(labs)), str(bodies), (commit.group(1)[:8] if commit else "?")]
        cells += [figures.get(k, "?") for k in FIGURES]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


FIGURES = ("outcome_acc", "authority_acc", "reference_acc", "grounds_f1", "table_recall",
           "boilerplate_leak", "body_recall")


def _figures(text: str, no_tables: str) -> dict[str, str]:
    """A first-sight record's summary figures; table_recall is `no_tables` when the batch had none."""
    figures = dict(re.findall(r"(\w+)=([\d.]+)", text.strip().splitlines()[-1]))
    if re.search(r"^table_recall\s+[\d.]+\s+\(0/0\)", text, re.M):
        figures["table_recall"] = no_tables
    return figures


def _recorded(batch: str) -> dict[str, str]:
    return _figures((FIRST_SIGHT / f"{batch}.txt").read_text(encoding="utf-8"), "–")


def now_table(names: list[str] | None = None) -> str:
    """The top README's rows: each batch's first sight -> its score with this checkout's parser,
    and the whole corpus now (parsed once, scored per batch)."""
    labels = load_labels(names)
    preds = {p["id"]: p for p in predict(labels)}
    rows = []
    for batch in sorted({lab["batch"] for lab in labels}):
        mine = [lab for lab in labels if lab["batch"] == batch]
        _, now = score(mine, [preds[lab["id"]] for lab in mine])
        before = _recorded(batch) if (FIRST_SIGHT / f"{batch}.txt").is_file() else {}
        cells = []
        for k in FIGURES:
            if k == "table_recall" and not any(lab.get("tables") for lab in mine):
                cells.append("– → –")
            else:
                cells.append(f"{before.get(k, '?')} → {now[k]:.2f}")
        rows.append(f"| {batch} | {len(mine)} | " + " | ".join(cells) + " |")
    _, whole = score(labels, list(preds.values()))
    rows.append(f"| whole corpus now | {len(labels)} | " + " | ".join(f"{whole[k]:.2f}" for k in FIGURES) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", nargs="*", help="batch names (default: all)")
    ap.add_argument("--per-doc", action="store_true", help="print each document's field results")
    ap.add_argument("--first-sight", action="store_true", help="record the run in first_sight/<batch>.txt (one batch)")
    ap.add_argument("--pred", help="also write the predictions to this JSON Lines file")
    ap.add_argument("--check", action="store_true", help="check the label format only")
    ap.add_argument("--table", action="store_true", help="print the README's first-sight rows and stop")
    ap.add_argument("--now-table", action="store_true",
                    help="print the top README's rows (first sight -> now, per batch) and stop")
    ap.add_argument("--leaks", action="store_true",
                    help="list each document's labelled chrome lines left in body_text and body lines lost")
    ap.add_argument("--source-only", action="store_true",
                    help="leave out responses the writer completed (writer_completed.txt)")
    a = ap.parse_args(argv)
    if a.table:
        print(first_sight_table())
        return 0
    if a.now_table:
        if shared_dir() is None:
            print("skipped: score.py not found", file=sys.stderr)
            return 2
        print(now_table(a.batch or None))
        return 0
    try:
        labels = load_labels(a.batch or None)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    problems = check_labels(labels)
    if a.source_only:
        completed = writer_completed()
        labels = [lab for lab in labels if lab.get("id") not in completed]
    for p in problems:
        print(f"label error: {p}", file=sys.stderr)
    if problems:
        return 1
    if a.check:
        print(f"{len(labels)} labels in {len(a.batch or batches())} batches: format sound")
        return 0
    if shared_dir() is None:
        print("skipped: score.py not found (set FOI_SHARED or put shared/dev-set beside the checkout)", file=sys.stderr)
        return 2
    if a.first_sight and len(a.batch) != 1:
        print("error: --first-sight takes exactly one batch", file=sys.stderr)
        return 1
    preds = predict(labels)
    if a.pred:
        Path(a.pred).write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    if a.leaks:
        print(leaks(labels, preds), end="")
    text, _ = score(labels, preds, per_doc=a.per_doc or a.first_sight)
    print(text, end="")
    if a.first_sight:
        try:
            print(f"first sight recorded in {write_first_sight(a.batch[0], text)}")
            from tests.real.replay_first_sight import write_preds  # the answers themselves, for later counts
            print(f"first-sight answers kept in {write_preds(a.batch[0], preds)}")
        except CorpusError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

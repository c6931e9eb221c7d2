#!/usr/bin/env python3
"""Rebuild each batch's first-sight predictions from the parser code its record names.

Why: first_sight/<batch>.txt keeps only right/wrong per document, so the out-of-sample errors
(what the parser answered on text it had never seen) could not be counted by kind, nor set
beside a second labeller's answers. Each record names the checkout its parser ran from; this
script takes that checkout's `parser/` with `git archive`, parses the batch with it in a child
process, checks that the rebuilt outcome accuracy equals the recorded one (so the replay is
faithful), and keeps a compact prediction per document in first_sight/<batch>.pred.jsonl.
New batches get that file from `score_corpus.py --first-sight` itself.

Usage (from the repository root):
    .venv/bin/python tests/real/replay_first_sight.py            # every batch without a .pred.jsonl
    .venv/bin/python tests/real/replay_first_sight.py web12 let08 --force
    .venv/bin/python tests/real/replay_first_sight.py --confusion   # out-of-sample outcome errors
"""
from __future__ import annotations

import argparse
import collections
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from tests.real import score_corpus as corpus  # noqa: E402

# The fields kept per document: what score.py reads, minus the texts (a few KB per batch).
KEPT = ("id", "outcome", "ncnd", "authority", "reference", "regime", "exemptions",
        "needs_review", "outcome_confidence")

_CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from parser import parse
for line in sys.stdin:
    job = json.loads(line)
    try:
        rec = parse(open(job["path"], "rb").read(), path=job["path"]).to_dict()
    except Exception as exc:  # a document the old parser could not read stays in, without fields
        rec = {"error": f"{type(exc).__name__}: {exc}"}
    rec["id"] = job["id"]
    print(json.dumps(rec, default=str), flush=True)
"""


class ReplayError(Exception):
    """A batch whose record cannot be replayed; the message names it and the reason."""


def compact(record: dict) -> dict:
    """The fields a later comparison needs; exemptions reduced to their codes."""
    out = {k: record.get(k) for k in KEPT if k in record}
    ex = record.get("exemptions")
    if isinstance(ex, list):
        out["exemptions"] = [{"code": e.get("code")} for e in ex if isinstance(e, dict)]
    if "error" in record:
        out["error"] = record["error"]
    return out


def recorded_checkout(batch: str) -> str:
    """The commit whose parser/ ran the batch's first sight, as its record names it."""
    path = corpus.FIRST_SIGHT / f"{batch}.txt"
    if not path.is_file():
        raise ReplayError(f"{path}: no first-sight record for batch {batch}")
    m = re.search(r"^parser code at: \w+ \(checkout (\w+)\)", path.read_text(encoding="utf-8"), re.M)
    if not m:
        raise ReplayError(f"{path}: names no checkout on its 'parser code at' line")
    return m.group(1)


def recorded_outcome_acc(batch: str) -> float | None:
    text = (corpus.FIRST_SIGHT / f"{batch}.txt").read_text(encoding="utf-8")
    m = re.search(r"^outcome_acc\s+([\d.]+)", text, re.M)
    return float(m.group(1)) if m else None


def _export_parser(commit: str, into: Path) -> None:
    try:
        blob = subprocess.run(["git", "archive", "--format=tar", commit, "parser"], cwd=ROOT,
                              capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise ReplayError(f"git archive {commit} parser failed: {exc}") from exc
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        tar.extractall(into, filter="data")


def parse_with(commit: str, labels: list[dict]) -> list[dict]:
    """Each labelled document parsed by the parser as it stood at `commit`."""
    with tempfile.TemporaryDirectory(prefix="replay-") as tmp:
        _export_parser(commit, Path(tmp))
        jobs = "".join(json.dumps({"id": lab["id"], "path": lab["_path"]}) + "\n" for lab in labels)
        done = subprocess.run([sys.executable, "-c", _CHILD, tmp], input=jobs, text=True,
                              capture_output=True, cwd=tmp)
        if done.returncode != 0:
            raise ReplayError(f"parser at {commit[:8]} failed: {done.stderr.strip()[-500:]}")
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def outcome_acc(labels: list[dict], preds: list[dict]) -> float:
    by_id = {p["id"]: p for p in preds}
    scored = [lab for lab in labels if lab.get("outcome")]
    right = sum(by_id.get(lab["id"], {}).get("outcome") == lab["outcome"] for lab in scored)
    return right / len(scored) if scored else 0.0


def pred_path(batch: str) -> Path:
    return corpus.FIRST_SIGHT / f"{batch}.pred.jsonl"


def write_preds(batch: str, preds: list[dict]) -> Path:
    out = pred_path(batch)
    out.write_text("".join(json.dumps(compact(p), sort_keys=True) + "\n" for p in preds), encoding="utf-8")
    return out


def replay(batch: str) -> tuple[Path, float]:
    """Rebuild and keep one batch's first-sight predictions; refuse a replay that does not
    reproduce the recorded outcome accuracy (the old parser would not be the one recorded)."""
    labels = corpus.load_labels([batch])
    preds = parse_with(recorded_checkout(batch), labels)
    got, want = outcome_acc(labels, preds), recorded_outcome_acc(batch)
    if want is not None and round(got, 2) != round(want, 2):
        raise ReplayError(f"{batch}: replay gives outcome {got:.3f}, its record says {want:.2f}")
    return write_preds(batch, preds), got


def load_preds(batches: list[str] | None = None) -> dict[str, dict]:
    """Kept first-sight predictions by document id."""
    out: dict[str, dict] = {}
    for path in sorted(corpus.FIRST_SIGHT.glob("*.pred.jsonl")):
        if batches and path.name.split(".")[0] not in batches:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


def confusion(labels: list[dict], preds: dict[str, dict]) -> collections.Counter:
    """(label, first-sight answer) for every outcome the parser got wrong at first sight."""
    wrong: collections.Counter = collections.Counter()
    for lab in labels:
        p = preds.get(lab["id"])
        if p is not None and lab.get("outcome") and p.get("outcome") != lab["outcome"]:
            wrong[(lab["outcome"], p.get("outcome"))] += 1
    return wrong


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", nargs="*", help="batch names (default: every batch with a record)")
    ap.add_argument("--force", action="store_true", help="replay even when a .pred.jsonl exists")
    ap.add_argument("--confusion", action="store_true", help="print the out-of-sample outcome errors and stop")
    a = ap.parse_args(argv)
    names = a.batch or [p.stem for p in sorted(corpus.FIRST_SIGHT.glob("*.txt"))]
    if a.confusion:
        labels = corpus.load_labels(names)
        preds = load_preds(names)
        scored = [lab for lab in labels if lab.get("outcome") and lab["id"] in preds]
        wrong = confusion(scored, preds)
        n_wrong = sum(wrong.values())
        print(f"first-sight outcome: {len(scored) - n_wrong}/{len(scored)} right "
              f"({(len(scored) - n_wrong) / max(len(scored), 1):.3f}) over {len(names)} batches")
        for (lab, got), n in wrong.most_common():
            print(f"  labelled {lab:<10} answered {got!s:<10} {n}")
        return 0
    status = 0
    for batch in names:
        if pred_path(batch).exists() and not a.force:
            continue
        try:
            path, acc = replay(batch)
            print(f"{batch}: outcome {acc:.3f} as recorded -> {path.relative_to(ROOT)}")
        except (ReplayError, corpus.CorpusError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())

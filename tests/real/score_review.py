#!/usr/bin/env python3
"""How well needs_review picks out wrong outcomes on the real-derived corpus (tests/real/).

Prints the share of records flagged and the outcome accuracy of flagged and unflagged
records, overall and per family (web, let); used to tune parser/data/review.yml.

Usage (from the repository root):
    .venv/bin/python tests/real/score_review.py            # every batch
    .venv/bin/python tests/real/score_review.py --show     # also each flagged/missed record
    .venv/bin/python tests/real/score_review.py --first-sight   # the answers each batch got at
        # its first sight (first_sight/<batch>.pred.jsonl), where they carry the flag (web10 and
        # let07 on): how the flag did on text no rule had been fitted to
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_corpus import FIRST_SIGHT, load_labels, predict  # noqa: E402


def review_figures(labels: list[dict], preds: list[dict]) -> dict[str, float]:
    """share flagged, accuracy flagged / unflagged, share of wrong outcomes caught."""
    pairs = list(zip(labels, preds))
    flagged = [(lab, p) for lab, p in pairs if p.get("needs_review")]
    unflagged = [(lab, p) for lab, p in pairs if not p.get("needs_review")]
    wrong = [(lab, p) for lab, p in pairs if lab["outcome"] != p.get("outcome")]

    def acc(items: list) -> float:
        return round(sum(lab["outcome"] == p.get("outcome") for lab, p in items) / len(items), 3) if items else 1.0

    return {
        "records": len(pairs),
        "flagged_share": round(len(flagged) / len(pairs), 3) if pairs else 0.0,
        "accuracy_flagged": acc(flagged),
        "accuracy_unflagged": acc(unflagged),
        "accuracy_all": acc(pairs),
        "wrong_caught": round(sum(bool(p.get("needs_review")) for _, p in wrong) / len(wrong), 3) if wrong else 1.0,
    }


def first_sight_preds(labels: list[dict]) -> tuple[list[dict], list[dict]]:
    """Labels and recorded first-sight answers, for the batches whose record carries the flag.

    The answers are the parser's as it was when each batch was first run, so the figures say how
    the flag does on unseen text, not on text the rules were later fitted to. They are scored
    against today's labels (a label corrected since says so in its notes)."""
    kept_labels, kept_preds = [], []
    recorded: dict[str, dict[str, dict]] = {}
    for lab in labels:
        batch = lab["batch"]
        if batch not in recorded:
            path = FIRST_SIGHT / f"{batch}.pred.jsonl"
            rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []
            recorded[batch] = {r["id"]: r for r in rows if "needs_review" in r}
        pred = recorded[batch].get(lab["id"])
        if pred is not None:
            kept_labels.append(lab)
            kept_preds.append(pred)
    return kept_labels, kept_preds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batches", nargs="*")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--first-sight", action="store_true", help="score the recorded first-sight answers")
    args = ap.parse_args(argv)
    labels = load_labels(args.batches or None)
    if args.first_sight:
        labels, preds = first_sight_preds(labels)
    else:
        preds = predict(labels)
    print(json.dumps({"all": review_figures(labels, preds),
                      **{fam: review_figures([lab for lab in labels if lab["batch"].startswith(fam)],
                                             [p for lab, p in zip(labels, preds) if lab["batch"].startswith(fam)])
                         for fam in ("web", "let")}}, indent=1))
    if args.show:
        for lab, p in zip(labels, preds):
            mark = ("FLAG " if p["needs_review"] else "     ") + ("ok   " if lab["outcome"] == p["outcome"] else "WRONG")
            print(f"{mark} {lab['id']:<10} label={lab['outcome']:<9} got={p['outcome']!s:<9} "
                  f"conf={p.get('outcome_confidence')} {p.get('review_reasons', [])[:2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

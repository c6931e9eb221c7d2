#!/usr/bin/env python3
"""How well needs_review picks out wrong outcomes on the real-derived corpus (tests/real/).

Prints the share of records flagged and the outcome accuracy of flagged and unflagged
records, overall and per family (web, let); used to tune parser/data/review.yml.

Usage (from the repository root):
    .venv/bin/python tests/real/score_review.py            # every batch
    .venv/bin/python tests/real/score_review.py --show     # also each flagged/missed record
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_corpus import load_labels, predict  # noqa: E402


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batches", nargs="*")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    labels = load_labels(args.batches or None)
    preds = predict(labels)
    print(json.dumps({"all": review_figures(labels, preds),
                      **{fam: review_figures([lab for lab in labels if lab["batch"].startswith(fam)],
                                             [p for lab, p in zip(labels, preds) if lab["batch"].startswith(fam)])
                         for fam in ("web", "let")}}, indent=1))
    if args.show:
        for lab, p in zip(labels, preds):
            mark = ("FLAG " if p["needs_review"] else "     ") + ("ok   " if lab["outcome"] == p["outcome"] else "WRONG")
            print(f"{mark} {lab['id']:<10} label={lab['outcome']:<9} got={p['outcome']!s:<9} "
                  f"conf={p['outcome_confidence']} {p['review_reasons'][:2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

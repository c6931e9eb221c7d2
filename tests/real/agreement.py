#!/usr/bin/env python3
"""How far two careful people agree on the corpus labels, beside the parser on the same documents.

Why: the targets (outcome 0.92, grounds 0.97 ...) are only meaningful if people agree at least
that well. A second labeller, who saw neither the first labels nor any parser output, labelled a
random sample blind (agreement/second_labels.jsonl, rules left open by the README written down in
agreement/CONVENTIONS.md). This script scores those answers against the first labels with the
dev set's own normalisers, and the parser's first-sight and current answers on the same sample,
so the three figures are comparable.

Usage (from the repository root):
    .venv/bin/python tests/real/agreement.py            # summary table
    .venv/bin/python tests/real/agreement.py --disagreements   # each outcome both people differ on
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from tests.real import replay_first_sight as replay  # noqa: E402
from tests.real import score_corpus as corpus  # noqa: E402

SECOND = HERE / "agreement" / "second_labels.jsonl"
OUTCOMES = ("disclosed", "partial", "refused", "not_held")


def second_labels(path: Path = SECOND) -> dict[str, dict]:
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rec = json.loads(line)
            if rec.get("outcome") not in OUTCOMES:
                raise corpus.CorpusError(f"{path}:{n}: outcome {rec.get('outcome')!r} is not one of {OUTCOMES}")
            out[rec["id"]] = rec
    return out


def _codes(scorer, rec: dict, regime: str | None) -> set[str]:
    """Grounds as the dev set's scorer reads them, from a label (`grounds`) or a parse (`exemptions`)."""
    if "grounds" in rec:
        raw = rec.get("grounds") or []
    else:
        raw = [e.get("code") for e in rec.get("exemptions") or [] if isinstance(e, dict)]
    return {c.lower() for code in raw if code for c in scorer.norm_code(code, regime)}


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa: agreement beyond what the two answer mixes would give by chance."""
    n = len(pairs)
    if not n:
        return 0.0
    seen = sum(a == b for a, b in pairs) / n
    left = collections.Counter(a for a, _ in pairs)
    right = collections.Counter(b for _, b in pairs)
    chance = sum(left[k] * right[k] for k in set(left) | set(right)) / (n * n)
    return (seen - chance) / (1 - chance) if chance < 1 else 1.0


def compare(first: list[dict], other: dict[str, dict], scorer) -> dict[str, float]:
    """Agreement of `other` (answers by id) with the first labels, on the documents both have."""
    both = [lab for lab in first if lab["id"] in other and lab.get("outcome")]
    acc = collections.Counter()
    g = collections.Counter()
    pairs = []
    for lab in both:
        o = other[lab["id"]]
        pairs.append((lab["outcome"], o.get("outcome")))
        acc["outcome"] += lab["outcome"] == o.get("outcome")
        acc["ncnd"] += bool(lab.get("ncnd")) == bool(o.get("ncnd"))
        la = scorer.norm_authority(lab.get("authority"))
        acc["authority"] += la is not None and la == scorer.norm_authority(o.get("authority"))
        acc["reference"] += scorer.norm_reference(lab.get("reference")) == scorer.norm_reference(o.get("reference"))
        gold, got = _codes(scorer, lab, lab.get("regime")), _codes(scorer, o, lab.get("regime"))
        g.update(tp=len(gold & got), fp=len(got - gold), fn=len(gold - got))
    n = len(both)
    p, r, f1 = scorer.prf(g["tp"], g["fp"], g["fn"])
    out = {k: acc[k] / n for k in ("outcome", "ncnd", "authority", "reference")} if n else {}
    out.update(n=n, grounds_f1=f1, outcome_kappa=kappa(pairs))
    return out


def current_parse(labels: list[dict]) -> dict[str, dict]:
    return {p["id"]: p for p in corpus.predict(labels)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--disagreements", action="store_true", help="list the outcomes the two labellers differ on")
    a = ap.parse_args(argv)
    if corpus.shared_dir() is None:
        print("skipped: score.py not found (set FOI_SHARED or put shared/dev-set beside the checkout)", file=sys.stderr)
        return 2
    scorer = corpus._scorer()
    second = second_labels()
    first = [lab for lab in corpus.load_labels() if lab["id"] in second]
    if a.disagreements:
        for lab in first:
            s = second[lab["id"]]
            if s["outcome"] != lab["outcome"]:
                print(f"{lab['id']}: first {lab['outcome']}, second {s['outcome']} ({s.get('confidence', '?')}): {s.get('why', '')}")
        return 0
    rows = [("second labeller", compare(first, second, scorer)),
            ("parser at first sight", compare(first, replay.load_preds(), scorer)),
            ("parser now (has seen these)", compare(first, current_parse(first), scorer))]
    print("| against the first labels | documents | outcome | outcome kappa | NCND | grounds F1 | authority | reference |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['n']} | {r['outcome']:.2f} | {r['outcome_kappa']:.2f} | {r['ncnd']:.2f} | "
              f"{r['grounds_f1']:.2f} | {r['authority']:.2f} | {r['reference']:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

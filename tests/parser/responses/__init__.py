"""Short realistic FOI responses written for the tests, each with its true judgement.

Each file: "key: value" header lines (regime, outcome, ncnd, grounds), a "---" line, then
the response text.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Case:
    name: str
    regime: str | None
    outcome: str
    ncnd: bool
    grounds: list[str]
    text: str


def load() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(HERE.glob("*.txt")):
        head, _, text = path.read_text(encoding="utf-8").partition("\n---\n")
        meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
        meta = {k.strip(): v.strip() for k, v in meta.items()}
        cases.append(Case(
            name=path.stem,
            regime=meta.get("regime") or None,
            outcome=meta["outcome"],
            ncnd=meta["ncnd"] == "true",
            grounds=[g.strip() for g in meta.get("grounds", "").split(",") if g.strip()],
            text=text,
        ))
    return cases

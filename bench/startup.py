"""Start-up cost of whole processes: what a user waits for at the prompt."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.timing import process_seconds

ROOT = Path(__file__).resolve().parent.parent


def startup() -> dict[str, Any]:
    foi = str(ROOT / ".venv" / "bin" / "foi")
    seed = ROOT.parent / "shared" / "000_962884f449e2edb4.txt"
    small = seed if seed.exists() else next((ROOT / "tests").rglob("*.html"))
    return {
        "foi_help_s": round(process_seconds([foi, "--help"]), 3),
        "foi_parse_one_s": round(process_seconds([foi, "parse", str(small)]), 3),
    }

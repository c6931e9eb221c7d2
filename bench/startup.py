"""Start-up cost of whole processes: what a user waits for at the prompt.

Wall time is what the issue asks for; CPU time is the same figure without the other
processes on a shared machine, and is what the target is checked against.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.timing import process_times

ROOT = Path(__file__).resolve().parent.parent


def startup() -> dict[str, Any]:
    foi = str(ROOT / ".venv" / "bin" / "foi")
    seed = ROOT.parent / "shared" / "000_962884f449e2edb4.txt"
    small = seed if seed.exists() else next((ROOT / "tests").rglob("*.html"))
    help_wall, help_cpu = process_times([foi, "--help"])
    parse_wall, parse_cpu = process_times([foi, "parse", str(small)])
    return {
        "foi_help_s": round(help_wall, 3),
        "foi_help_cpu_s": round(help_cpu, 3),
        "foi_parse_one_s": round(parse_wall, 3),
        "foi_parse_one_cpu_s": round(parse_cpu, 3),
    }

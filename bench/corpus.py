"""Benchmark inputs: heavy HTML pages shaped like real disclosure pages, made by the sample
generator (data/generate.py --scale N --heavy) into a cache directory outside git."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"


def generated_dir(n: int, *, heavy: bool = True) -> Path:
    """Generate (once) n synthetic responses and return their directory."""
    out = CACHE / f"scale-{n}{'-heavy' if heavy else ''}"
    done = out / ".done"
    if not done.exists():
        cmd = [sys.executable, str(ROOT / "data" / "generate.py"), "--scale", str(n), "--out", str(out)]
        if heavy:
            cmd.append("--heavy")
        subprocess.run(cmd, check=True, cwd=ROOT)
        done.write_text("ok\n")
    return out


def files(root: Path, suffixes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)

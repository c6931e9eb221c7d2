"""Peak RSS while parsing many pages streamed, measured in a child process so the figure is
the parser's own (the kernel's high-water mark), with RSS sampled along the way to show it
stays flat."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.corpus import files, generated_dir

_CHILD = r"""
import json, sys, psutil
from pathlib import Path
from parser import parse
paths = [Path(p) for p in json.loads(sys.stdin.read())]
target = int(sys.argv[1])
proc = psutil.Process()
samples = []
peak = 0
for i in range(target):
    parse(paths[i % len(paths)].read_bytes(), content_type="text/html")
    if i % 250 == 0 or i == target - 1:
        rss = proc.memory_info().rss
        peak = max(peak, rss)
        samples.append((i + 1, rss))
# ru_maxrss (KiB on Linux) is the kernel's true high-water mark, including any spike
# between two samples.
import resource
peak = max(peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
print(json.dumps({"samples": samples, "peak": peak}))
"""


def streamed_rss(n_pages: int, corpus_pages: int = 300) -> dict[str, Any]:
    root = generated_dir(corpus_pages)
    paths = [str(p) for p in files(root, (".html",))]
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(n_pages)],
        input=json.dumps(paths), capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    data = json.loads(out.stdout)
    samples = data["samples"]
    # Growth after warm-up: RSS at the end against RSS after the first 1,000 pages.
    warm = next((rss for i, rss in samples if i >= min(1000, n_pages)), samples[0][1])
    return {
        "pages": n_pages,
        "peak_rss_mb": round(data["peak"] / 2**20, 1),
        "rss_after_warmup_mb": round(warm / 2**20, 1),
        "rss_end_mb": round(samples[-1][1] / 2**20, 1),
        "growth_after_warmup_mb": round((samples[-1][1] - warm) / 2**20, 1),
    }

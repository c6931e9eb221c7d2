"""Every test the README's Guarantees table names exists (a renamed test would leave a
promise pointing at nothing)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_test_named_in_guarantees_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Guarantees", 1)[1].split("\n## ", 1)[0]
    named = 0
    for row in section.splitlines():
        if not row.startswith("| ") or row.startswith("| promise"):
            continue
        current = None
        for ref in re.findall(r"`([^`]+)`", row.split(" | ")[-1]):
            path, _, name = ref.partition("::")
            if path and not path.startswith("tests/"):
                continue  # `make fuzz`, a module name: not a test reference
            if path:
                current = ROOT / path
                assert current.exists(), ref
            if name:
                assert current is not None and current.is_file(), ref
                assert re.search(rf"^def {re.escape(name)}\(", current.read_text(encoding="utf-8"), re.M), ref
                named += 1
    assert named >= 35

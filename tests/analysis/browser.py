"""Headless Chromium for the tests that must see pages as a reader's browser does."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage", "--virtual-time-budget=3000"]


def chromium() -> str:
    """Path to Debian's chromium; CI (which installs it through the Makefile) fails without it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: `make browser` installs it")
        pytest.skip("chromium not installed (make browser)")
    return path


def dump_dom(url: str, tmp: Path) -> str:
    """The DOM after the page ran (any script in it would have changed it)."""
    result = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={tmp / 'profile-dom'}", "--dump-dom", url],
                            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def screenshot(url: str, out: Path, size: str = "1200,1600") -> Path:
    """A PNG of the page as rendered."""
    result = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={out.parent / 'profile-shot'}",
                             f"--window-size={size}", f"--screenshot={out}", url],
                            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    return out

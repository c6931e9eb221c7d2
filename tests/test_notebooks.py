"""The notebooks run top to bottom against a store of the sample site's labels (nbclient);
any cell that errors fails the test."""
from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.analysis.store_fixture import FIXTURE_LABELS, SAMPLE_LABELS, build_store, load_labels

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_against_the_sample_store(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    labels = load_labels(SAMPLE_LABELS if SAMPLE_LABELS.exists() else FIXTURE_LABELS)
    url = f"sqlite:///{tmp_path / 'sample.db'}"
    build_store(url, labels)
    monkeypatch.setenv("FOI_DATABASE_URL", url)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    # the law-enforcement table shows every force that cited it in the labels: FOIA s31, or
    # FOISA s35 in Scotland (FOISA's own s31 is national security, not law enforcement)
    def law_enforcement(e: dict) -> bool:
        return (e["statute"], e["section"]) in (("FOIA", "31"), ("FOISA", "35"))

    cited = {l["authority"] for l in labels if any(law_enforcement(e) for e in l["exemptions"])}
    assert "Police Scotland" in cited or SAMPLE_LABELS.exists() is False
    table = nb.cells[3].outputs[-1]["data"]["text/plain"]
    assert all(name[:20] in table or name in table for name in cited)
    assert os.environ["FOI_DATABASE_URL"] == url

"""`foi demo` end to end on a one-force copy of the sample site (the whole sample takes a
minute or two; one force exercises every step): serve, crawl, store, analyse, write."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from foi import app
from tests.analysis.store_fixture import SAMPLE_LABELS, load_labels

SAMPLE = SAMPLE_LABELS.parent
FORCE, HOST = "west-yorkshire", "www.westyorkshire.police.uk"


@pytest.fixture(scope="module")
def one_force(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    if not SAMPLE_LABELS.exists():
        pytest.skip("data/sample has not landed")
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(SAMPLE / HOST, root / HOST)
    sites = [s for s in json.loads((SAMPLE / "sites.json").read_text()) if s["force_id"] == FORCE]
    (root / "sites.json").write_text(json.dumps(sites))
    labels = [l for l in load_labels(SAMPLE_LABELS) if l["force_id"] == FORCE]
    (root / "labels.jsonl").write_text("".join(json.dumps(l) + "\n" for l in labels))
    for name in ("robots.txt", "_manifest.json", "_redirects.json"):
        if (SAMPLE / name).exists():
            shutil.copy(SAMPLE / name, root / name)
    return root, labels


@pytest.mark.slow
def test_demo_crawls_stores_and_writes_everything(one_force, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import analysis.demo

    root, labels = one_force
    monkeypatch.setattr(analysis.demo, "SAMPLE", root)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())  # rich wraps long lines at the terminal width
    unbroken = [l for l in labels if not l["broken"]]
    assert f"{len(unbroken)} disclosures" in flat or f"{len(labels)} disclosures" in flat
    assert "crawled from the local sample server" in flat
    assert "Top exemptions" in flat and "Refusal rate by force" in flat
    for name in ("exports/disclosures.csv", "exports/disclosures.dictionary.csv", "exports/families.csv",
                 "exports/disclosures.parquet", "charts/exemption_heatmap.svg", "charts/rates_over_time.png",
                 "charts/top_exemptions.png", "report.html"):
        assert (out / name).exists(), name
        assert str(out / name) in result.stdout.replace("\n", "")
    exported = pd.read_csv(out / "exports" / "disclosures.csv", dtype=str)
    # Stored URLs are the real ones (https://<host>/...); labels name served paths /<host>/...
    assert all(u.startswith(f"https://{HOST}/") for u in exported["response_url"])
    by_path = {"/" + u.split("/", 2)[2] for u in exported["response_url"]}
    assert by_path >= {l["url_path"] for l in unbroken}
    assert set(exported["authority_id"]) == {FORCE}


@pytest.mark.slow
def test_demo_collects_the_wdtk_replica_and_a_second_run_changes_nothing(
        one_force, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the WhatDoTheyKnow replica beside the log, the demo crawls it after the log and
    says what it holds; run again, it reads one feed page per body and the store is the same."""
    import sqlite3

    import analysis.demo

    root, _ = one_force
    sample = tmp_path / "sample"
    shutil.copytree(root, sample)
    shutil.copytree(SAMPLE / "www.whatdotheyknow.com", sample / "www.whatdotheyknow.com")
    labels = [json.loads(line) for line in
              (SAMPLE / "www.whatdotheyknow.com" / "_labels.jsonl").read_text(encoding="utf-8").splitlines()]
    monkeypatch.setattr(analysis.demo, "SAMPLE", sample)
    out = tmp_path / "out"
    db = out / "demo.db"

    def snapshot() -> dict[str, list[tuple]]:
        conn = sqlite3.connect(db)
        try:
            return {
                "documents": conn.execute("SELECT url, version, sha256 FROM documents ORDER BY url, version").fetchall(),
                "disclosures": conn.execute("SELECT response_url, outcome, reference FROM disclosures "
                                            "ORDER BY response_url").fetchall(),
                "replies": conn.execute("SELECT url, kind, external_state, disclosure_id, matched_by FROM wdtk_replies "
                                        "ORDER BY url").fetchall(),
            }
        finally:
            conn.close()

    first = CliRunner().invoke(app, ["demo", "--out", str(out)])
    assert first.exit_code == 0, first.output
    flat = " ".join(first.stdout.split())
    incoming = sum(len(lab["incoming"]) for lab in labels)
    in_log = sum(lab["in_log"] and lab["force_id"] == FORCE for lab in labels)
    assert (f"WhatDoTheyKnow replica: {len(labels)} requests, {incoming} replies ({len(labels)} answers, "
            f"{in_log} of them also in a force's log; {incoming - len(labels)} clarifications and internal reviews)"
            ) in flat
    assert "our outcome against the requesters' states:" in flat and "Cohen's kappa" in flat
    before = snapshot()
    assert len(before["replies"]) == incoming
    second = CliRunner().invoke(app, ["demo", "--out", str(out)])
    assert second.exit_code == 0, second.output
    assert "0 new events, 0 requests fetched, 0 responses stored" in " ".join(second.stdout.split())
    assert snapshot() == before
    # The demo's store (log and WhatDoTheyKnow), then `foi reparse` twice: the same records,
    # row for row, and the WhatDoTheyKnow documents merged into log records stay linked.
    from tests.identity.rows import records

    whole = records(f"sqlite:///{db}")
    for _ in range(2):
        again = CliRunner().invoke(app, ["reparse", "--db", str(db), "--no-progress"])
        assert again.exit_code == 0, again.output
        assert " 0 failed" in again.output and "WhatDoTheyKnow answers with records of their own" in again.output
        assert records(f"sqlite:///{db}") == whole
        assert snapshot() == before

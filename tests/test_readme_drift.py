"""The README's example outputs are what the commands print (tests/readme_drift.py): the sample
is crawled into a fresh store as `make demo` does, every documented `$ foi stats` / `$ foi
search` run is made against it, and its output must be the README's, line for line. The
demo's headline counts are checked against the same store."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.readme_drift import README, drift, examples, run, shown, update

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample crawled into a new store, as `foi demo` does (analysis.demo._crawl, then the
    WhatDoTheyKnow replica with analysis.demo._crawl_wdtk). The
    parse budget is raised so a loaded machine cannot turn a slow PDF into a parse error and
    change the counts; the crawl has its own job directory."""
    if not (SAMPLE / "labels.jsonl").exists():
        pytest.skip("data/sample has not landed")
    from analysis.demo import _crawl, _crawl_wdtk

    work = tmp_path_factory.mktemp("readme-drift")
    url = f"sqlite:///{work / 'demo.db'}"
    patch = pytest.MonkeyPatch()
    patch.setenv("FOI_PARSE_SECONDS", "600")
    patch.setenv("FOI_CRAWL_JOBS", str(work / "jobs"))
    try:
        method, notes = _crawl(url, SAMPLE, lambda _: None, work / "crawl.log")
        notes += _crawl_wdtk(url, SAMPLE, lambda _: None)  # then the WhatDoTheyKnow replica, as foi demo does
    finally:
        patch.undo()
    assert method == "crawl" and not [n for n in notes if n.startswith("WhatDoTheyKnow")], notes
    return url


def test_the_readme_shows_what_the_commands_print(demo_store: str) -> None:
    text = README.read_text(encoding="utf-8")
    checked = examples(text.splitlines())
    assert len(checked) >= 12  # the stats and search examples are all checked
    assert {e.command.split()[2] for e in checked if e.command.startswith("foi stats")} >= {
        "usage", "outcomes", "refusals", "compare", "cooccurrence", "families", "figures", "dates"}
    problems = drift(text, demo_store)
    assert problems == [], "\n\n".join(problems) + "\n(rewrite with: python -m tests.readme_drift --update)"


def test_the_demo_counts_in_the_readme_are_the_crawls(demo_store: str) -> None:
    from store import open_store

    with open_store(demo_store) as store:
        counts = store.counts()
    text = README.read_text(encoding="utf-8")
    said = re.search(r"(\d+) documents, (\d+) disclosures, (\d+) exemptions, (\d+) figures", text)
    assert said is not None
    got = (counts["documents"], counts["disclosures"], counts["exemptions"], counts["table_cells"])
    assert tuple(int(n) for n in said.groups()) == got, _what_was_stored(demo_store)


def _what_was_stored(url: str) -> str:
    """Documents by role, source and status, every URL kept more than once, and every failure:
    a count that differs from the README's only on one run says by itself what differed
    (CI once stored 1461 documents where every local run stores 1460)."""
    from sqlalchemy import text

    from store import open_store

    with open_store(url) as store, store.engine.connect() as conn:
        kinds = conn.execute(text(
            "SELECT role, COALESCE(source, 'live'), COALESCE(status, 0), error IS NOT NULL, COUNT(*) "
            "FROM documents GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")).all()
        twice = conn.execute(text(
            "SELECT url, COUNT(*) FROM documents GROUP BY url HAVING COUNT(*) > 1")).all()
        failed = conn.execute(text("SELECT url, error FROM documents WHERE error IS NOT NULL")).all()
    lines = ["documents by (role, source, status, failed): count"] + [f"  {k[:4]}: {k[4]}" for k in kinds]
    lines += ["kept more than once:"] + [f"  {u} x{n}" for u, n in twice]
    lines += ["failures:"] + [f"  {u}: {e[:160]}" for u, e in failed]
    return "\n".join(lines)


def test_drift_is_caught_and_update_repairs_it(demo_store: str) -> None:
    """The checker is not vacuous: a changed figure in an example is reported, and --update
    puts back what the command prints."""
    text = README.read_text(encoding="utf-8")
    first = examples(text.splitlines())[0]
    lines = text.splitlines()
    lines[first.start] = lines[first.start] + " (edited)"
    edited = "\n".join(lines) + "\n"
    problems = drift(edited, demo_store)
    assert len(problems) == 1 and f"README line {first.start}" in problems[0]
    assert drift(update(edited, demo_store), demo_store) == []
    assert shown(run(first.command, demo_store))[0] == lines[first.start][len(first.indent):].removesuffix(" (edited)")

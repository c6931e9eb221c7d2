"""The 2,000-case smoke run of the fuzzing suite (`make fuzz` runs 100,000): no exception
escapes parse(), every record keeps the parse contract, no case needs the budget's kill."""
from __future__ import annotations

from tests.fuzz.run import fuzz


def test_2000_fuzzed_inputs_parse_to_valid_records_within_budget() -> None:
    summary = fuzz(2000, seed_value=2)
    assert summary.cases == 2000
    assert (summary.crashes, summary.invalid, summary.over_budget) == (0, 0, 0), summary.examples[:3]
    # Every strategy was drawn: the smoke run reaches the document readers, not just text.
    assert set(summary.by_kind) == {"text", "citation", "html", "pdf", "docx", "xlsx"}
    print(summary.line())


def test_parts_run_in_processes_and_merge_to_one_summary(tmp_path) -> None:
    """`--jobs 2` splits the cases over two processes with their own seeds; the merged summary
    counts every case once and keeps the worst of each part."""
    import json

    from tests.fuzz.run import main

    out = tmp_path / "fuzz.json"
    assert main(["--cases", "21", "--jobs", "2", "--seed", "3", "--out", str(out)]) == 0
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert summary["cases"] == 21
    assert sum(summary["by_kind"].values()) == 21
    assert (summary["crashes"], summary["invalid"], summary["over_budget"]) == (0, 0, 0)
    assert summary["worst_seconds"] >= summary["median_seconds"]


def test_merge_sums_counts_and_keeps_worsts() -> None:
    from tests.fuzz.run import Summary, merge

    a = Summary(cases=2, crashes=1, by_kind={"pdf": 2}, seconds_by_kind={"pdf": 0.5}, worst_seconds=0.4,
                worst_seconds_kind="pdf", worst_peak_mb=90, worst_peak_kind="pdf", wall_seconds=10, budget="30 s, 1024 MB")
    b = Summary(cases=3, invalid=2, by_kind={"pdf": 1, "text": 2}, seconds_by_kind={"pdf": 0.25, "text": 0.1},
                worst_seconds=1.5, worst_seconds_kind="text", worst_peak_mb=60, worst_peak_kind="text", wall_seconds=12)
    total = merge([a, b], [0.1, 0.2, 0.3, 0.4, 1.5])
    assert (total.cases, total.crashes, total.invalid) == (5, 1, 2)
    assert total.by_kind == {"pdf": 3, "text": 2}
    assert total.seconds_by_kind == {"pdf": 0.75, "text": 0.1}
    assert (total.worst_seconds, total.worst_seconds_kind) == (1.5, "text")
    assert (total.worst_peak_mb, total.worst_peak_kind) == (90, "pdf")
    assert (total.median_seconds, total.wall_seconds, total.budget) == (0.3, 12, "30 s, 1024 MB")

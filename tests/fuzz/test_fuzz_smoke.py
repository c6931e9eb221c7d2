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

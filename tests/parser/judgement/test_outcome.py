"""Outcome, NCND and grounds together on short realistic responses (tests/parser/responses)."""
from __future__ import annotations

import pytest

from parser.judgement import ncnd, outcome
from parser.judgement.exemptions import find_exemptions
from parser.record import Table
from tests.parser.responses import Case, load

CASES = load()


def judge(case: Case) -> tuple[str | None, bool, list[str], list[str]]:
    found = find_exemptions(case.text, regime=case.regime)
    flag = ncnd.detect(case.text, found)
    result, warnings = outcome.decide(case.text, exemptions=found, ncnd=flag, tables=[], response_text="")
    return result, flag, [e.code for e in found], warnings


def test_there_are_at_least_thirty_responses() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_response(case: Case) -> None:
    result, flag, grounds, _ = judge(case)
    assert (result, flag, grounds) == (case.outcome, case.ncnd, case.grounds)


def test_a_table_counts_as_information_given() -> None:
    text = "You asked for stop and search figures.\nThe names of the officers are withheld under section 40(2)."
    found = find_exemptions(text, regime="FOIA")
    table = Table(header=["Year", "Searches"], rows=[["2023", "410"]])
    assert outcome.decide(text, exemptions=found, ncnd=False, tables=[table], response_text="") == ("partial", [])
    assert outcome.decide(text, exemptions=found, ncnd=False, tables=[], response_text="")[0] == "refused"


def test_conflicting_signals_are_warned_about() -> None:
    text = (
        "We are refusing your request under section 14(1) as it is vexatious.\n"
        "Please find attached the figures you asked for.\n"
    )
    found = find_exemptions(text, regime="FOIA")
    result, warnings = outcome.decide(text, exemptions=found, ncnd=False, tables=[], response_text="")
    assert result == "partial"
    assert warnings == [
        "outcome: a refusal of the whole request (s14(1)) disagrees with information given "
        "(Please find attached the figures you asked for.); chose partial"
    ]


def test_no_signals_at_all_is_assumed_disclosed_with_a_warning() -> None:
    text = "You asked about the colour of the new patrol cars.\nThe new patrol cars are white with blue and yellow markings."
    assert outcome.decide(text, exemptions=[], ncnd=False, tables=[], response_text="") == (
        "disclosed",
        ["outcome: no statement of information given, withheld or not held; assumed disclosed"],
    )


def test_empty_text_has_no_outcome() -> None:
    assert outcome.decide("", exemptions=[], ncnd=False, tables=[], response_text="") == (None, [])


# Accuracy gate over the real dev set (../shared/dev-set, beside the checkout). Floors were
# pinned at the first full run (grounds F1 1.00 code and section, NCND 16/16, outcome 16/16);
# outcome keeps one document of slack because it also depends on cleaning and the
# request/response split. Floors only move up.
GROUNDS_F1_FLOOR = 0.97
NCND_FLOOR = 1.0
OUTCOME_FLOOR = 0.93


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def test_dev_set_accuracy_gate() -> None:
    import json

    from parser import parse
    from tests.conftest import SHARED

    dev = SHARED / "dev-set"
    labels_path = dev / "labels.jsonl"
    if not labels_path.exists():
        pytest.skip(f"dev set not found at {dev}")
    labels = [json.loads(line) for line in labels_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = {"tp": 0, "fp": 0, "fn": 0, "stp": 0, "sfp": 0, "sfn": 0, "ncnd": 0, "outcome": 0}
    for lab in labels:
        path = (dev / lab["file"]).resolve()
        record = parse(path.read_bytes(), path=str(path))
        gold = {c.lower() for c in lab["grounds"]}
        got = {e.code.lower() for e in record.exemptions}
        counts["tp"] += len(gold & got)
        counts["fp"] += len(got - gold)
        counts["fn"] += len(gold - got)
        gs = {c.split("(")[0] for c in gold}
        ps = {c.split("(")[0] for c in got}
        counts["stp"] += len(gs & ps)
        counts["sfp"] += len(ps - gs)
        counts["sfn"] += len(gs - ps)
        counts["ncnd"] += record.ncnd == lab["ncnd"]
        counts["outcome"] += record.outcome == lab["outcome"]
    n = len(labels)
    assert _f1(counts["tp"], counts["fp"], counts["fn"]) >= GROUNDS_F1_FLOOR
    assert _f1(counts["stp"], counts["sfp"], counts["sfn"]) >= GROUNDS_F1_FLOOR
    assert counts["ncnd"] / n >= NCND_FLOOR
    assert counts["outcome"] / n >= OUTCOME_FLOOR


@pytest.mark.parametrize(
    "text",
    [
        "Section",
        "s.",
        "Section 31(1)(a) & (b) and and & , (c)(d)(",
        "Answer 1\n\nAnswer 2\n\n1.\n2.\na)\n",
        "neither confirm nor deny " * 50,
        "\n".join(f"Section {i}({i % 7})(a)" for i in range(1, 99)),
        "Regulation 12(5 (b) of the EIR; Reg. ; r. 99(99)(zz)",
        "İstanbul İİİ section 40(2) ǅ exempt",  # lower() changes the length here
        "2019 |\n2020 |\n4 |\n5 |\n" * 30,
    ],
)
def test_awkward_text_never_raises(text: str) -> None:
    found = find_exemptions(text, regime=None)
    flag = ncnd.detect(text, found)
    result, warnings = outcome.decide(text, exemptions=found, ncnd=flag, tables=[], response_text="")
    assert result in ("disclosed", "partial", "refused", "not_held")
    assert isinstance(warnings, list)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have searched the Commissioner's emails and the correspondence log. "
         "No such correspondence exists.", "not_held"),
        ("We searched the contracts register and no contracts were found with that supplier.", "not_held"),
        ("Kent Police does not break thefts down by building type. To answer your question we would "
         "have to create new information, which the Act does not require us to do.", "not_held"),
        ("You asked for the minutes of the meeting on 3 May. No minutes were taken at that meeting.", "not_held"),
        ("Essex Police does not routinely record this information.", "not_held"),
    ],
)
def test_indirect_not_held_phrasings(text: str, expected: str) -> None:
    found = find_exemptions(text, regime="FOIA")
    assert outcome.decide(text, exemptions=found, ncnd=False, tables=[], response_text="")[0] == expected

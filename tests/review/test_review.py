"""`foi review`: a person's correction is kept apart from the parser's judgement, wins in
every statistic (exact counts on a four-response store, before and after) and survives
`foi reparse`; bad ids and codes are named, exit 1."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
import yaml
from typer.testing import CliRunner

from analysis.compare import compare, cooccurrence
from analysis.export import export_frame
from analysis.families import request_families
from analysis.outcomes import outcome_rates
from analysis.usage import exemption_usage
from foi import app

runner = CliRunner()
REQUEST = "Please tell me how many drones the force owns and where they are based."
RESPONSES = {
    # cleveland: refused under s31(1)(a)
    "a.txt": ("cleveland", f"Freedom of Information Request 101/24\n\nYour request\n\n{REQUEST}\n\nOur response\n\n"
              "I can confirm that the information is held. The information is exempt under section 31(1)(a) "
              "of the Act as disclosure would prejudice the prevention or detection of crime. "
              "This letter serves as a refusal notice.\n"),
    # durham: disclosed with a table (the one the test corrects to refused)
    "b.txt": ("durham", f"Freedom of Information Request 102/24\n\nYour request\n\n{REQUEST}\n\nOur response\n\n"
              "Please find the information below.\n\n2022 | 4\n2023 | 6\n"),
    # durham: partial, s40(2)
    "c.txt": ("durham", "Freedom of Information Request 103/24\n\nYour request\n\nPlease provide the names and the "
              "number of officers dismissed in 2023.\n\nOur response\n\n7 officers were dismissed in 2023. The names "
              "of the officers are exempt under section 40(2) of the Act as they are personal information.\n"),
    # durham: nothing to go on: assumed disclosed, marked for review
    "d.txt": ("durham", "Freedom of Information Request 104/24\n\nYour request\n\nPlease list the force's helicopters."
              "\n\nOur response\n\nWe have looked into this matter for you.\n"),
}
DATASETTE = Path(__file__).resolve().parents[2] / "analysis" / "data" / "datasette_metadata.yml"


@pytest.fixture()
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    for name, (authority, text) in RESPONSES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        r = runner.invoke(app, ["add", str(tmp_path / name), "-a", authority, "--db", url])
        assert r.exit_code == 0, r.output
    return url


def _ok(args: list[str]):  # type: ignore[no-untyped-def]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    return r


def _ids(db: str) -> dict[str, int]:
    path = db.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        return {Path(u).name: i for i, u in conn.execute("SELECT id, response_url FROM disclosures")}


def _outcomes(db: str) -> dict[str, int]:
    f = outcome_rates(db, period=None, by_authority=False)
    return dict(zip(f["measure"], f["count"].astype(int)))


def _usage(db: str) -> dict[str, int]:
    f = exemption_usage(db, by="section", period=None, by_authority=False)
    return dict(zip(f["provision"], f["responses_citing"].astype(int)))


def _canned(db: str, name: str, **params: str) -> list[tuple]:
    sql = yaml.safe_load(DATASETTE.read_text())["databases"]["STORE"]["queries"][name]["sql"]
    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        return [tuple(r) for r in conn.execute(sql, params)]


def _statistics(db: str) -> dict[str, object]:
    ids = _ids(db)
    b = ids["b.txt"]
    disclosures = export_frame(db, "disclosures").set_index("disclosure_id")
    families = request_families(db).set_index("disclosure_id")
    return {
        "outcomes": {k: v for k, v in _outcomes(db).items() if k in ("disclosed", "refused", "ncnd", "withheld")},
        "usage": _usage(db),
        "compare_refused": dict(zip(compare(db, "refused")["authority_id"], compare(db, "refused")["count"])),
        "compare_s31": dict(zip(compare(db, "s31")["authority_id"], compare(db, "s31")["count"])),
        "cooccurrence": [tuple(r) for r in cooccurrence(db)[["provision_a", "provision_b", "both_cited"]].itertuples(index=False)],
        "family_b": (families.loc[b, "outcome"], families.loc[b, "grounds"]),
        "export_b": (disclosures.loc[b, "outcome"], bool(disclosures.loc[b, "ncnd"]),
                     None if pd.isna(disclosures.loc[b, "exemptions"]) else disclosures.loc[b, "exemptions"]),
        "export_grounds_b": list(export_frame(db, "exemptions").query("disclosure_id == @b")["code"]),
        "datasette_refusals": _canned(db, "refusal_rate_by_force_by_year"),
        "datasette_s24": len(_canned(db, "responses_citing_section", provision="s24")),
    }


BEFORE = {
    "outcomes": {"disclosed": 2, "refused": 1, "ncnd": 0, "withheld": 2},
    "usage": {"s31": 1, "s40": 1},
    "compare_refused": {"cleveland": 1, "durham": 0},
    "compare_s31": {"cleveland": 1, "durham": 0},
    "cooccurrence": [],
    "family_b": ("disclosed", ""),
    "export_b": ("disclosed", False, None),
    "export_grounds_b": [],
    "datasette_s24": 0,
}
AFTER = {
    "outcomes": {"disclosed": 1, "refused": 2, "ncnd": 1, "withheld": 3},
    "usage": {"s31": 2, "s24": 1, "s40": 1},
    "compare_refused": {"cleveland": 1, "durham": 1},
    "compare_s31": {"cleveland": 1, "durham": 1},
    "cooccurrence": [("s24", "s31", 1)],
    "family_b": ("refused", "s31(1)(a); s24(1)"),
    "export_b": ("refused", True, "s31(1)(a); s24(1)"),
    "export_grounds_b": ["s31(1)(a)", "s24(1)"],
    "datasette_s24": 1,
    # these records are undated: the year column says so (refusal_rate_by_force_by_year)
    "datasette_refusals": [("Cleveland Police", "undated", 1, 1, 100.0, 0, 0.0),
                           ("Durham Constabulary", "undated", 3, 1, 33.3, 1, 33.3)],
}


def _check(stats: dict[str, object], expected: dict[str, object]) -> None:
    assert {k: stats[k] for k in expected} == expected


def test_a_correction_changes_every_statistic_and_survives_reparse(db: str) -> None:
    before = _statistics(db)
    _check(before, BEFORE)
    assert before["datasette_refusals"] == [("Cleveland Police", "undated", 1, 1, 100.0, 0, 0.0),
                                            ("Durham Constabulary", "undated", 3, 0, 0.0, 0, 0.0)]
    b = _ids(db)["b.txt"]
    r = _ok(["review", "set", str(b), "--outcome", "refused", "--grounds", "s31(1)(a),s24(1)", "--ncnd",
             "--note", "figures withheld in the real letter", "--by", "tester", "--db", db])
    shown = json.loads(r.output)
    assert (shown["outcome"], shown["ncnd"], [g["code"] for g in shown["grounds"]], shown["reviewer"]) == (
        "refused", True, ["s31(1)(a)", "s24(1)"], "tester")
    assert (shown["parser"]["outcome"], shown["parser"]["grounds"]) == ("disclosed", [])  # the parser's kept
    _check(_statistics(db), AFTER)

    # reparse: rows are rebuilt from the raw bytes; the correction, keyed by URL, still wins
    _ok(["reparse", "--db", db, "--workers", "1", "--no-progress"])
    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        assert conn.execute("SELECT outcome, ncnd FROM disclosures WHERE id = ?", (_ids(db)["b.txt"],)).fetchone() == (
            "disclosed", 0)  # the parser's judgement is never overwritten
    _check(_statistics(db), AFTER)
    assert json.loads(_ok(["review", "show", "file://" + str(Path(db.removeprefix("sqlite:///")).parent / "b.txt"),
                           "--db", db]).output)["outcome"] == "refused"

    assert _ok(["review", "unset", str(b), "--db", db]).output.strip() == f"{b}: correction removed"
    _check(_statistics(db), BEFORE)


def test_review_lists_the_records_marked_for_review(db: str) -> None:
    d = _ids(db)["d.txt"]
    rows = json.loads(_ok(["review", "--json", "--db", db]).output)
    assert [(r["id"], r["authority_id"], r["reference"], r["parser_outcome"], r["confidence"]) for r in rows] == [
        (d, "durham", "104/24", "disclosed", 0.35)]
    assert rows[0]["reasons"] == ("disclosed, but no sentence says so; outcome: no statement of information given, "
                                  "withheld or not held; assumed disclosed")
    assert rows[0]["link"].endswith("/d.txt")
    csv = _ok(["review", "--csv", "--db", db]).output.splitlines()
    assert csv[0] == "id,authority_id,reference,parser_outcome,confidence,corrected_outcome,reasons,link"
    assert len(csv) == 2
    assert json.loads(_ok(["review", "--json", "--authority", "cleveland", "--db", db]).output) == []


@pytest.mark.parametrize("args, message", [
    (["review", "set", "999", "--outcome", "refused"], "999: no such disclosure"),
    (["review", "set", "http://nowhere.example/x", "--outcome", "refused"], "http://nowhere.example/x: no such disclosure"),
    (["review", "set", "1", "--outcome", "refusd"], "'refusd': not an outcome"),
    (["review", "set", "1", "--outcome", "refused", "--grounds", "s31(1(a)"], "'s31(1(a)' is not a code like s31(1)(a)"),
    (["review", "set", "1", "--outcome", "refused", "--grounds", "s99"], "'s99' is not a provision of FOIA"),
    (["review", "set", "1", "--outcome", "refused", "--grounds", "s17"], "'s17' is procedural under FOIA"),
    (["review", "show", "999"], "999: no such disclosure"),
    (["review", "show", "1"], "1: not corrected (the parser said refused"),
    (["review", "unset", "999"], "999: no such disclosure"),
])
def test_bad_ids_and_codes_are_named_and_exit_1(db: str, args: list[str], message: str) -> None:
    r = runner.invoke(app, args + ["--db", db])
    assert r.exit_code == 1
    assert message in r.output
    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        assert conn.execute("SELECT count(*) FROM review_corrections").fetchone() == (0,)


def test_report_datasette_and_exports_show_evidence_and_mark_reviewed_records(db: str, tmp_path: Path) -> None:
    from analysis.report import write_report

    ids = _ids(db)
    _ok(["review", "set", str(ids["b.txt"]), "--outcome", "refused", "--by", "tester", "--db", db])
    html = write_report(db, tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<span class="reviewed">reviewed (parser: disclosed)</span>' in html
    assert '<span class="needs-review">needs review (0.35)</span>' in html
    assert ("<td class=\"outcome-evidence\">The information is exempt under "
            "section 31(1)(a) of the Act as disclosure would prejudice the prevention or detection of crime. | "
            "This letter serves as a refusal notice.</td>") in html

    frame = export_frame(db, "disclosures").set_index("disclosure_id")
    assert frame.loc[ids["b.txt"], ["outcome", "parser_outcome", "reviewed", "needs_review"]].tolist() == [
        "refused", "disclosed", True, False]
    assert frame.loc[ids["d.txt"], ["reviewed", "needs_review", "outcome_confidence"]].tolist() == [False, True, 0.35]
    assert frame.loc[ids["c.txt"], "outcome_evidence"] == (
        "7 officers were dismissed in 2023. | The names of the officers are exempt under section 40(2) of the Act "
        "as they are personal information.")
    grounds = export_frame(db, "exemptions")
    assert grounds[["code", "confidence", "corrected"]].values.tolist() == [["s31(1)(a)", 0.95, False], ["s40(2)", 0.95, False]]

    queue = _canned(db, "needs_review")
    assert [(r[0], r[2], r[3], r[4]) for r in queue] == [(ids["d.txt"], "104/24", "disclosed", 0.35)]
    corrections = _canned(db, "corrections")
    assert [(r[1], r[2], r[3], r[5], r[7]) for r in corrections] == [("102/24", "disclosed", "refused", None, "tester")]

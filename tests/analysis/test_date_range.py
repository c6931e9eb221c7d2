"""--since/--until on every statistic, through the real CLI on the labelled fixture store
(tests/analysis/data/labels.jsonl): each range keeps the responses whose best date falls in
it, and an undated response (DC-1300) in none. Expected values are counted from the labels."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from foi import app, stats_app

runner = CliRunner()
YEAR_2023 = ["--since", "2023-01-01", "--until", "2023-12-31"]


@pytest.fixture(scope="module")
def url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_stats_command_takes_a_date_range() -> None:
    from typer.main import get_command

    group = get_command(stats_app)
    lacking = [name for name, command in sorted(group.commands.items())
               if not {"--since", "--until"} <= {o for p in command.params for o in p.opts}]
    assert lacking == []


def test_compare_counts_only_the_range(url: str) -> None:
    # 2023: cleveland 301-23, 55-23; durham DC-0877, DC-0999; kent FOI 2207/23;
    # psni FOI-2023-0101 and FOI-2023-0555 (NCND)
    rows = list(csv.DictReader(io.StringIO(_run("stats", "compare", "ncnd", *YEAR_2023, "--csv", "--db", url))))
    assert {r["authority_id"]: (r["count"], r["responses"], r["others_count"], r["others_responses"])
            for r in rows} == {"cleveland": ("0", "2", "1", "5"), "durham": ("0", "2", "1", "5"),
                               "kent": ("0", "1", "1", "6"), "psni": ("1", "2", "0", "5")}
    # the whole store: psni's NCND are 2 of its 4 (FOI-2024-0311 and FOI-2023-0555)
    whole = list(csv.DictReader(io.StringIO(_run("stats", "compare", "ncnd", "-a", "psni", "--csv", "--db", url))))
    assert [(r["count"], r["responses"]) for r in whole] == [("2", "4")]


def test_compare_provision_in_a_range_and_an_authority_with_none_in_it(url: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_run("stats", "compare", "s12", *YEAR_2023, "--csv", "--db", url))))
    assert {r["authority_id"]: r["count"] for r in rows} == {"cleveland": "0", "durham": "1", "kent": "1", "psni": "0"}
    none = runner.invoke(app, ["stats", "compare", "ncnd", "-a", "psni", "--since", "2025-01-01", "--db", url])
    assert none.exit_code == 1
    assert none.stderr == "foi: no responses from authority 'psni' between 2025-01-01 and the last\n"


def test_cooccurrence_in_a_range(url: str) -> None:
    # 2023 grounds: DC-0877 s40; FOI 2207/23 s12; DC-0999 s12; FOI-2023-0555 s23, s24
    assert _run("stats", "cooccurrence", *YEAR_2023, "--csv", "--db", url) == (
        "provision_a,provision_b,both_cited,a_cited,b_cited,jaccard\n"
        "s23,s24,1,1,1,1.0\n")
    # by category: s23 and s24 are both national security, so no pair is left
    assert _run("stats", "cooccurrence", "--by", "category", *YEAR_2023, "--csv", "--db", url) == (
        "provision_a,provision_b,both_cited,a_cited,b_cited,jaccard\n")


def test_figures_in_a_range(url: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_run("stats", "figures", "--since", "2024-01-01", "--csv", "--db", url))))
    assert sorted({r["reference"] for r in rows}) == ["207-24", "FOI 4410/24", "FOI 5200/24"]
    assert all(r["date"] >= "2024-01-01" for r in rows)
    older = json.loads(_run("stats", "figures", "--until", "2023-12-31", "--json", "--db", url))
    assert sorted({r["reference"] for r in older}) == ["301-23", "DC-0877"]
    # the table view says who gave each figure
    table = _run("stats", "figures", "--search", "overtime", "--db", url)
    rows = [line for line in table.splitlines() if "Constable" in line or "Sergeant" in line]
    assert len(rows) == 2 and all(line.startswith("│ kent ") for line in rows), table


def test_families_in_a_range_keep_their_ids(url: str) -> None:
    whole = json.loads(_run("stats", "families", "--json", "--db", url))
    assert [(f["family_id"], f["authorities"]) for f in whole] == [(1, 4), (2, 3)]
    # the negotiators' family answered in 2024, the taser one in 2023
    assert [(f["family_id"], f["authorities"]) for f in
            json.loads(_run("stats", "families", "--since", "2024-01-01", "--json", "--db", url))] == [(1, 4)]
    assert [(f["family_id"], f["authorities"]) for f in
            json.loads(_run("stats", "families", *YEAR_2023, "--json", "--db", url))] == [(2, 3)]
    assert json.loads(_run("stats", "families", "--since", "2025-01-01", "--json", "--db", url)) == []


def test_usage_and_outcomes_leave_the_undated_response_out_of_a_range(url: str) -> None:
    rows = json.loads(_run("stats", "outcomes", "--period", "all", "--pooled", "--measure", "disclosed",
                           "--until", "2030-12-31", "--json", "--db", url))
    # 7 disclosed of 22, but DC-1300 (disclosed, undated) has no date to fall in any range
    assert [(r["count"], r["responses"]) for r in rows] == [(6, 21)]


@pytest.mark.parametrize("command", [["compare", "ncnd"], ["cooccurrence"], ["families"], ["figures"],
                                     ["agreement", "--show", "kappa"]])
def test_a_bad_date_is_named(url: str, command: list[str]) -> None:
    result = runner.invoke(app, ["stats", *command, "--since", "2023-13-01", "--db", url])
    assert (result.exit_code, result.stderr) == (1, "foi: --since 2023-13-01: not a date (YYYY-MM-DD)\n")


def test_stats_dates_counts_each_source_and_the_undated(url: str) -> None:
    """The fixture's labels give a published date only, and DC-1300 (Durham) none at all."""
    assert _run("stats", "dates", "--csv", "--db", url) == (
        "authority_id,responses,response,published,request,url,undated,first,last\n"
        "cleveland,6,0,6,0,0,0,2022-02-10,2024-03-12\n"
        "durham,6,0,5,0,0,1,2022-05-03,2024-03-20\n"
        "kent,6,0,6,0,0,0,2022-03-14,2024-06-30\n"
        "psni,4,0,4,0,0,0,2022-10-21,2024-04-09\n"
        "*,22,0,21,0,0,1,2022-02-10,2024-06-30\n")
    # a range keeps dated responses only, so nothing in it is undated
    assert _run("stats", "dates", "-a", "durham", "--since", "2023-01-01", "--csv", "--db", url) == (
        "authority_id,responses,response,published,request,url,undated,first,last\n"
        "durham,3,0,3,0,0,0,2023-06-15,2024-03-20\n")  # DC-0877, DC-0999, DC-1101


def test_compare_on_a_category_counts_every_statute_in_it(url: str) -> None:
    """"national security" holds FOIA s23 and s24 and EIR r12(5)(a) (Kent's FOI 5100/24)."""
    rows = list(csv.DictReader(io.StringIO(_run("stats", "compare", "national security", "--csv", "--db", url))))
    # cleveland 118-22 (s23, s24) and 77-24 (s23); durham none; kent FOI 0102/22 (s24) and
    # FOI 5100/24 (r12(5)(a)); psni FOI-2024-0311 and FOI-2023-0555 (s23, s24)
    assert {r["authority_id"]: r["count"] for r in rows} == {"cleveland": "2", "durham": "0", "kent": "2", "psni": "2"}
    bad = runner.invoke(app, ["stats", "compare", "national securty", "--db", url])
    assert bad.exit_code == 1 and "a category such as 'law enforcement'" in bad.stderr

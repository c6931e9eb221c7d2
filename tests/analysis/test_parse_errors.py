"""A response the parser failed on (a disclosures row with `error` set, nothing else) is left
out of every statistic, and still listed in the disclosures export with its error."""
from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
import yaml
from sqlalchemy import text
from typer.testing import CliRunner

from analysis import (compare, cooccurrence, exemption_usage, export_frame, figures, outcome_counts,
                      outcome_rates, refusal_rates, request_families, top_exemptions)
from analysis.figures import write_figures_csv
from analysis.report import report_context
from foi import app
from store import open_store
from tests.analysis.store_fixture import build_store

METADATA = Path(__file__).resolve().parents[2] / "analysis" / "data" / "datasette_metadata.yml"
BROKEN = "http://127.0.0.1/www.cleveland.police.uk/foi-ai/broken/"
ORPHAN = "http://127.0.0.1/www.example.police.uk/foi/orphan/"


@pytest.fixture(scope="module")
def stores(labels, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """(clean, with_errors): the same parsed rows; the second also holds two failed parses,
    one attributed to a force that has parsed responses (so it would sit in that force's
    denominators) and one to no force."""
    root = tmp_path_factory.mktemp("errors")
    clean = f"sqlite:///{root / 'clean.db'}"
    errored = f"sqlite:///{root / 'errored.db'}"
    build_store(clean, labels).dispose()
    build_store(errored, labels).dispose()
    with open_store(errored, seed=False) as s:
        first = s.record_parse_error(response_url=BROKEN, error="PDF is encrypted")
        s.record_parse_error(response_url=ORPHAN, error="not a response page")
        with s.engine.begin() as conn:
            conn.execute(text("UPDATE disclosures SET authority_id = :a, published_date = '2024-03-01' "
                              "WHERE id = :i"), {"a": labels[0]["authority_id"], "i": first})
    return clean, errored


STATISTICS = {
    "usage by section/year": lambda db: exemption_usage(db),
    "usage by code, pooled": lambda db: exemption_usage(db, by="code", period=None, by_authority=False),
    "usage of one authority": lambda db: exemption_usage(db, authority="cleveland"),
    "top exemptions": lambda db: top_exemptions(db),
    "outcome counts": lambda db: outcome_counts(db, period="month"),
    "outcome rates pooled": lambda db: outcome_rates(db, period=None, by_authority=False),
    "refusal rates": lambda db: refusal_rates(db),
    "compare refused": lambda db: compare(db, "refused"),
    "compare s31": lambda db: compare(db, "s31"),
    "cooccurrence": lambda db: cooccurrence(db),
    "families": lambda db: request_families(db),
    "figures": lambda db: figures(db),
    "exemptions export": lambda db: export_frame(db, "exemptions"),
    "families export": lambda db: export_frame(db, "families"),
    "tables export": lambda db: export_frame(db, "tables"),
}


@pytest.mark.parametrize("name", list(STATISTICS))
def test_statistics_are_the_same_with_and_without_failed_parses(stores, name: str) -> None:
    clean, errored = stores
    expected = STATISTICS[name](clean)
    pd.testing.assert_frame_equal(STATISTICS[name](errored), expected)


def test_the_errored_force_keeps_its_own_denominator(stores, labels) -> None:
    _, errored = stores
    wide = outcome_counts(errored, period=None)
    force = labels[0]["authority_id"]
    assert int(wide.loc[wide["authority_id"] == force, "responses"].iloc[0]) == sum(
        lab["authority_id"] == force for lab in labels)
    assert wide["authority_id"].isna().sum() == 0
    assert int(wide["responses"].sum()) == len(labels) == 22


def test_streamed_figures_csv_and_report_ignore_failed_parses(stores) -> None:
    clean, errored = stores
    outs = []
    for db in (clean, errored):
        buf = io.StringIO()
        write_figures_csv(buf, db)
        outs.append(buf.getvalue())
    assert outs[0] == outs[1] and outs[0].count("\n") > 1
    contexts = [report_context(db) for db in (clean, errored)]
    for ctx in contexts:
        ctx.pop("generated")
    assert contexts[0].keys() == contexts[1].keys()
    for key in contexts[0]:
        assert repr(contexts[0][key]) == repr(contexts[1][key]), key


def test_the_disclosures_export_lists_failed_parses_with_their_error(stores, labels) -> None:
    clean, errored = stores
    good, with_errors = export_frame(clean, "disclosures"), export_frame(errored, "disclosures")
    assert len(good) == len(labels) and len(with_errors) == len(labels) + 2
    assert good["error"].isna().all()
    pd.testing.assert_frame_equal(with_errors.head(len(labels)), good)
    failed = with_errors.tail(2)
    assert failed["response_url"].tolist() == [BROKEN, ORPHAN]
    assert failed["error"].tolist() == ["PDF is encrypted", "not a response page"]
    assert failed["authority_id"].iloc[0] == labels[0]["authority_id"]
    assert pd.isna(failed["authority_id"].iloc[1])
    assert failed["outcome"].isna().all() and failed["exemptions"].isna().all()


def test_the_export_command_keeps_failed_parses(stores, tmp_path: Path) -> None:
    _, errored = stores
    result = CliRunner().invoke(app, ["export", "--what", "disclosures", "--out", str(tmp_path), "--db", errored])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(tmp_path / "disclosures.csv", keep_default_na=False)
    assert rows.loc[rows["response_url"] == BROKEN, "error"].tolist() == ["PDF is encrypted"]
    assert (rows["error"] == "").sum() == 22


def test_datasette_canned_queries_ignore_failed_parses(stores) -> None:
    queries = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["STORE"]["queries"]
    assert set(queries) == {"refusal_rate_by_force_by_year", "exemptions_by_force", "exemptions_by_category",
                            "responses_citing_section", "needs_review", "corrections", "wdtk_agreement"}
    from analysis.categories import write_provisions

    results = []
    for url in stores:
        write_provisions(url)  # as foi serve does at start-up: the provision names the queries join
        conn = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            results.append({name: conn.execute(q["sql"], {"provision": "s31"}).fetchall()
                            for name, q in queries.items()})
        finally:
            conn.close()
    assert results[0] == results[1]
    assert len(results[0]["refusal_rate_by_force_by_year"]) > 3
    assert results[0]["exemptions_by_force"] and results[0]["exemptions_by_category"]


@pytest.mark.postgres
def test_postgres_statistics_ignore_failed_parses_too(stores, labels) -> None:
    import os
    import uuid

    from sqlalchemy import create_engine

    base = os.environ.get("FOI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"foi_errors_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {base}: {exc}")
    try:
        engine = build_store(base.rsplit("/", 1)[0] + "/" + name, labels)
        with open_store(engine.url.render_as_string(hide_password=False), seed=False) as s:
            s.record_parse_error(response_url=BROKEN, error="PDF is encrypted")
            with s.engine.begin() as conn:
                conn.execute(text("UPDATE disclosures SET authority_id = :a WHERE response_url = :u"),
                             {"a": labels[0]["authority_id"], "u": BROKEN})
        clean = stores[0]
        for fn in (lambda db: outcome_counts(db, period=None), lambda db: exemption_usage(db, period=None),
                   lambda db: compare(db, "refused")):
            pd.testing.assert_frame_equal(fn(engine), fn(clean), check_dtype=False)
        assert export_frame(engine, "disclosures")["error"].tolist()[-1] == "PDF is encrypted"
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

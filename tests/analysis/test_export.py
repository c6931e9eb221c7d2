"""Exports: stable columns, ISO dates, dictionary beside the file, exact round trip."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from analysis.export import WHATS, dictionary, export, export_frame, read_export


@pytest.mark.parametrize("what", WHATS)
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_round_trips_with_pandas(db, tmp_path: Path, what: str, fmt: str) -> None:
    data, dict_path = export(db, what, fmt, tmp_path)
    assert (data.name, dict_path.name) == (f"{what}.{fmt}", f"{what}.dictionary.csv")
    pd.testing.assert_frame_equal(read_export(data), export_frame(db, what))
    if fmt == "parquet":  # dates are Parquet dates (date32), as the dictionary says, not text
        import pyarrow.parquet as pq
        from datetime import date

        dates = [c for c, kind, _ in dictionary()[what] if kind == "date"]
        schema = pq.read_schema(data)
        assert dates and {c: str(schema.field(c).type) for c in dates} == {c: "date32[day]" for c in dates}
        expected = export_frame(db, what)
        for c in dates:
            expected[c] = [None if pd.isna(v) else date.fromisoformat(v) for v in expected[c]]
        pd.testing.assert_frame_equal(pd.read_parquet(data), expected)
    with dict_path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["column", "type", "meaning"]
    assert [r[0] for r in rows[1:]] == [c for c, _, _ in dictionary()[what]]


def test_disclosures_csv_has_one_header_and_iso_dates(db, labels, tmp_path: Path) -> None:
    path, _ = export(db, "disclosures", "csv", tmp_path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(labels) == 22
    first = rows[0]
    assert list(first)[:6] == ["disclosure_id", "response_url", "authority_id", "authority", "regime", "reference"]
    assert (first["reference"], first["published_date"], first["exemptions"], first["sections"], first["ncnd"]) == \
        ("207-24", "2024-03-12", "s31(1)(a); s31(1)(b)", "s31", "False")
    undated = next(r for r in rows if r["reference"] == "DC-1300")
    assert (undated["date"], undated["title"]) == ("", "Missing persons <script>document.title='pwned'</script>")


def test_references_keep_leading_zeros(db, tmp_path: Path) -> None:
    frame = read_export(export(db, "exemptions", "csv", tmp_path)[0])
    assert "FOI 0102/22" in set(frame["reference"])
    assert frame.loc[frame.code == "r12(5)(a)", "statute"].tolist() == ["EIR"]


def test_tables_export_is_the_figures(db, tmp_path: Path) -> None:
    frame = read_export(export(db, "tables", "csv", tmp_path)[0])
    suppressed = frame[frame.text == "<5"].iloc[0]
    assert (suppressed.reference, suppressed.row_label, pd.isna(suppressed.value)) == ("FOI 4410/24", "2024", True)


def test_unknown_export_is_a_clear_error(db, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="--what must be one of"):
        export(db, "everything", "csv", tmp_path)
    with pytest.raises(ValueError, match="--format must be csv or parquet"):
        export(db, "tables", "xlsx", tmp_path)


@pytest.mark.parametrize("what", ["disclosures", "exemptions", "tables"])
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_an_export_in_chunks_writes_the_same_file_as_in_one(db, tmp_path: Path, what: str, fmt: str) -> None:
    """Exports stream (analysis.export.CHUNK rows at a time, so a million responses stay
    within memory): chunks of 3 rows give the very rows, in order, of one whole frame."""
    from analysis.export import spans

    whole, _ = export(db, what, fmt, tmp_path / "whole")
    assert len(list(spans(db, "disclosures", 3))) > 3  # several chunks really
    chunked, _ = export(db, what, fmt, tmp_path / "chunked", chunk=3)
    if fmt == "csv":
        assert chunked.read_bytes() == whole.read_bytes()
    pd.testing.assert_frame_equal(read_export(chunked), export_frame(db, what))

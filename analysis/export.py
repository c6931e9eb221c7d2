"""Exports for analysts: CSV or Parquet files with a data dictionary beside each one.

The column order and types come from data/dictionary.yml, so a file written today reads back
the same way next year. CSV: UTF-8, one header row, ISO 8601 dates, empty cell = not known
(empty strings are therefore written as not known too, so a CSV round-trips exactly). Text
that a spreadsheet would run as a formula is written with a leading quote (analysis.csvsafe);
read_export takes it off again.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterator

import pandas as pd
import yaml

from analysis import csvsafe
from analysis.db import EVENT_DATE, PARSED, Db, closest, date_filter, read_sql
from analysis.families import family_summary, request_families
from analysis.figures import figures

WHATS = ("disclosures", "exemptions", "tables", "families")
FORMATS = ("csv", "parquet")
_DTYPES = {"string": "string", "date": "string", "integer": "Int64", "float": "float64",
           "boolean": "boolean"}


@lru_cache(maxsize=1)
def dictionary() -> dict[str, list[tuple[str, str, str]]]:
    """what -> [(column, type, meaning)] in export order."""
    raw = yaml.safe_load((Path(__file__).with_name("data") / "dictionary.yml").read_text(encoding="utf-8"))
    return {what: [tuple(col) for col in cols] for what, cols in raw.items()}


def _typed(frame: pd.DataFrame, what: str) -> pd.DataFrame:
    """The frame in dictionary order and dtypes; blank strings become missing."""
    spec = dictionary()[what]
    out = pd.DataFrame(index=frame.index)
    for column, kind, _ in spec:
        values = frame[column]
        if kind in ("string", "date"):
            values = values.astype("string").str.slice(0, 10 if kind == "date" else None)
            values = values.mask(values == "")
        elif kind == "boolean":
            values = values.astype("boolean")
        out[column] = values.astype(_DTYPES[kind])
    return out.reset_index(drop=True)


def _sentences(value: object) -> str | None:
    """A stored list of sentences (JSON text on SQLite, a list on PostgreSQL) as one string."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, str):
        import json

        value = json.loads(value)
    return " | ".join(str(v) for v in value) if value else None


# Rows per chunk of a streamed export: a chunk of responses with their text is tens of MB,
# so an export of a million responses stays far under the 500 MB it is allowed.
CHUNK = 50_000
Span = tuple[int, "int | None"]  # (after, up to and including; None: no end)


def _within(column: str, span: Span | None) -> tuple[str, dict[str, int]]:
    """' AND lo < column <= hi' for a span of ids (nothing for None: every row)."""
    if span is None:
        return "", {}
    after, upto = span
    sql, params = f" AND {column} > :after", {"after": after}
    if upto is not None:
        sql += f" AND {column} <= :upto"
        params["upto"] = upto
    return sql, params


def spans(db: Db, table: str, chunk: int) -> Iterator[Span]:
    """Consecutive id spans of `table` holding `chunk` rows each (the last open-ended), found
    by stepping along the primary key: the same on both backends, and no row count needed."""
    after = 0
    while True:
        found = read_sql(db, f"SELECT id FROM {table} WHERE id > :after ORDER BY id LIMIT 1 OFFSET :k",
                         {"after": after, "k": chunk - 1})
        if found.empty:
            yield after, None
            return
        upto = int(found["id"].iloc[0])
        yield after, upto
        after = upto


def _disclosures(db: Db, span: Span | None = None) -> pd.DataFrame:
    where, params = _within("d.id", span)
    frame = read_sql(db, f"""
        SELECT d.id AS disclosure_id, d.response_url, d.authority_id, d.authority, d.regime,
               d.reference, d.title, CAST(d.published_date AS TEXT) AS published_date,
               CAST(d.request_date AS TEXT) AS request_date,
               CAST(d.response_date AS TEXT) AS response_date, CAST({EVENT_DATE} AS TEXT) AS date,
               d.date_source, d.date_precision, d.outcome, d.ncnd, d.request_text, d.response_text, d.parser_version, d.error,
               d.parser_outcome, d.reviewed, d.needs_review, d.outcome_confidence, d.outcome_evidence
        FROM effective_disclosures d WHERE 1 = 1{where} ORDER BY d.id""", params)
    frame["reviewed"] = frame["reviewed"].astype(bool)
    frame["outcome_evidence"] = frame["outcome_evidence"].map(_sentences)
    where, params = _within("disclosure_id", span)
    cited = read_sql(db, f"SELECT disclosure_id, code FROM effective_exemptions WHERE 1 = 1{where} "
                         "ORDER BY disclosure_id, id", params)
    codes = cited.groupby("disclosure_id")["code"].agg(lambda c: "; ".join(dict.fromkeys(c)))
    sections = cited.assign(s=cited["code"].str.replace(r"\(.*", "", regex=True)) \
        .groupby("disclosure_id")["s"].agg(lambda c: "; ".join(dict.fromkeys(c)))
    frame["exemptions"] = frame["disclosure_id"].map(codes)
    frame["sections"] = frame["disclosure_id"].map(sections)
    return frame


def _exemptions(db: Db, span: Span | None = None) -> pd.DataFrame:
    where, params = _within("d.id", span)
    return read_sql(db, f"""
        SELECT e.disclosure_id, d.authority_id, d.authority, d.reference,
               CAST({EVENT_DATE} AS TEXT) AS date, e.code, e.section, e.statute, e.name, e.ncnd,
               e.evidence, d.response_url, e.confidence, e.corrected
        FROM effective_exemptions e JOIN effective_disclosures d ON d.id = e.disclosure_id
        WHERE {PARSED}{where}
        ORDER BY e.disclosure_id, e.id""", params)


def _tables(db: Db, span: Span | None = None) -> pd.DataFrame:
    return figures(db, cell_span=span)


def _families(db: Db) -> pd.DataFrame:
    members = request_families(db)
    summary = family_summary(members).set_index("family_id")["summary"]
    return members.assign(summary=members["family_id"].map(summary))


def export_frame(db: Db, what: str) -> pd.DataFrame:
    """The typed frame that `export` writes for `what` (all of it at once: for a large
    store use export_chunks, which `export` writes from)."""
    builders = {"disclosures": _disclosures, "exemptions": _exemptions,
                "tables": _tables, "families": _families}
    if what not in builders:
        raise ValueError(f"--what must be one of {', '.join(WHATS)}, not {what!r}")
    return _typed(builders[what](db), what)


# What each streamed export steps along: its rows come in this table's id order.
_STEPPED = {"disclosures": ("disclosures", _disclosures), "exemptions": ("disclosures", _exemptions),
            "tables": ("table_cells", _tables)}


def export_chunks(db: Db, what: str, keep: set[int] | None = None, chunk: int | None = None
                  ) -> Iterator[pd.DataFrame]:
    """The rows of export_frame(db, what), in the same order, as typed frames of about
    `chunk` rows (at least one, maybe empty). Request families are grouped over the whole
    store, so their export is one frame."""
    if what not in _STEPPED:
        frame = export_frame(db, what)
        yield frame if keep is None else frame[frame["disclosure_id"].isin(keep)].reset_index(drop=True)
        return
    table, build = _STEPPED[what]
    for span in spans(db, table, chunk or CHUNK):
        frame = _typed(build(db, span), what)
        if keep is not None:
            frame = frame[frame["disclosure_id"].isin(keep)].reset_index(drop=True)
        yield frame


def write_dictionary(what: str, path: Path) -> Path:
    """column,type,meaning for one export, as CSV."""
    csvsafe.frame(pd.DataFrame(dictionary()[what], columns=["column", "type", "meaning"])).to_csv(
        path, index=False, encoding="utf-8", lineterminator="\n")
    return path


OUTCOMES = ("disclosed", "partial", "refused", "not_held")


def selected_ids(db: Db, *, authority: str | None = None, since: object = None, until: object = None,
                 outcome: str | None = None, provision: str | None = None) -> set[int] | None:
    """The disclosure ids an export keeps under these filters (None: no filter, keep all).

    since/until compare the best date; provision matches a section (s31, FOISA s35) or a
    code (s31(1)(a)) cited by the response, labelled as the statistics label them; outcome
    is one of OUTCOMES.
    """
    if not any((authority, since, until, outcome, provision)):
        return None
    if outcome is not None and outcome not in OUTCOMES:
        raise ValueError(f"--outcome {outcome}: not an outcome{closest(outcome, list(OUTCOMES))}")
    dates, params = date_filter(since, until)
    sql = f"SELECT d.id FROM effective_disclosures d WHERE 1 = 1{dates}"
    if authority:
        sql += " AND d.authority_id = :authority"
        params["authority"] = authority
    if outcome:
        sql += " AND d.outcome = :outcome"
        params["outcome"] = outcome
    if provision:
        from analysis.usage import provision_expr

        section, code = provision_expr("section"), provision_expr("code")
        known = read_sql(db, f"SELECT DISTINCT {code} AS code, {section} AS section FROM effective_exemptions e")
        names = set(known["code"].dropna().astype(str)) | set(known["section"].dropna().astype(str))
        if provision not in names:
            raise ValueError(f"--provision {provision}: no stored response cites it"
                             f"{closest(provision, sorted(names))}")
        sql += (" AND d.id IN (SELECT e.disclosure_id FROM effective_exemptions e "
                f"WHERE {code} = :provision OR {section} = :provision)")
        params["provision"] = provision
    return set(read_sql(db, sql, params)["id"].astype(int))


def export(db: Db, what: str, fmt: str = "csv", out_dir: Path | str = "out",
           keep: set[int] | None = None, chunk: int | None = None) -> list[Path]:
    """Write <what>.<fmt> and <what>.dictionary.csv under out_dir; return both paths.
    keep: only rows of these disclosure ids (selected_ids); None keeps all. Written
    `chunk` rows (default CHUNK) at a time, so memory stays flat however large the store."""
    if fmt not in FORMATS:
        raise ValueError(f"--format must be csv or parquet, not {fmt!r}")
    if what not in WHATS:
        raise ValueError(f"--what must be one of {', '.join(WHATS)}, not {what!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{what}.{fmt}"
    partial = path.with_name(path.name + ".partial")  # a failed export leaves no half file
    writer = None
    try:
        for n, frame in enumerate(export_chunks(db, what, keep, chunk)):
            if fmt == "csv":  # formula-looking text neutralised (analysis.csvsafe); Parquet keeps it raw
                csvsafe.frame(frame).to_csv(partial, index=False, encoding="utf-8", lineterminator="\n",
                                            mode="w" if n == 0 else "a", header=n == 0)
                continue
            import pyarrow as pa
            import pyarrow.parquet as pq

            if writer is None:  # date columns as Parquet dates (_arrow_table), set in the schema
                table = _arrow_table(frame, what)
                writer = pq.ParquetWriter(partial, table.schema)
            else:  # every chunk in the first one's schema (pandas metadata included)
                table = _arrow_table(frame, what, writer.schema)
            writer.write_table(table)
        if writer is not None:
            writer.close()
            writer = None
        partial.replace(path)
    finally:
        if writer is not None:
            writer.close()
        partial.unlink(missing_ok=True)
    return [path, write_dictionary(what, out / f"{what}.dictionary.csv")]


def _date_columns(what: str) -> list[str]:
    return [column for column, kind, _ in dictionary()[what] if kind == "date"]


def _arrow_table(frame: pd.DataFrame, what: str, schema: "object | None" = None) -> "object":
    """An Arrow table of one export chunk whose date columns are dates (Parquet's date32, what
    the dictionary says), not ISO text: a reader with pyarrow, DuckDB or R gets dates it can
    compare and group by month. The type is set, not inferred, so a column empty in this
    export (or in its first chunk) is still a date column."""
    from datetime import date

    import pyarrow as pa

    out = frame.copy()
    dates = _date_columns(what)
    for column in dates:
        out[column] = pd.Series([None if pd.isna(v) else date.fromisoformat(v) for v in frame[column]],
                                dtype=object, index=frame.index)
    if schema is not None:
        return pa.Table.from_pandas(out, schema=schema, preserve_index=False)
    table = pa.Table.from_pandas(out, preserve_index=False)
    for column in dates:
        i = table.schema.get_field_index(column)
        table = table.set_column(i, pa.field(column, pa.date32()), table.column(i).cast(pa.date32()))
    return table


def read_export(path: Path | str) -> pd.DataFrame:
    """Read an export back with the types its dictionary names (what a reader with pandas
    should do: pd.read_csv alone would guess types, e.g. turn reference '0102' into 102)."""
    path = Path(path)
    what = path.name.split(".")[0]
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
        for column in _date_columns(what):  # the frame export_frame gives: ISO text
            frame[column] = frame[column].map(lambda d: d.isoformat(), na_action="ignore").astype("string")
        return frame
    spec = dictionary()[what]
    frame = pd.read_csv(path, encoding="utf-8", keep_default_na=False, na_values=[""],
                        dtype={c: _DTYPES[k] for c, k, _ in spec if k != "boolean"})
    for column, kind, _ in spec:
        if kind == "boolean":
            frame[column] = frame[column].map({"True": True, "False": False, True: True, False: False}).astype("boolean")
        elif kind == "string":
            frame[column] = frame[column].map(csvsafe.restore, na_action="ignore").astype("string")
    return frame[[c for c, _, _ in spec]]

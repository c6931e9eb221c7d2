"""One best date per response, with where it came from; provision names and categories
beside the exemptions (branch front-door2, issue 15).

`disclosures.best_date` is the date every statistic, export, report and Datasette view uses:
the response date the letter prints, else the log's published date, else the request date,
else the month the URL files the response under (stored by the crawl as a published date of
precision "month"). `disclosures.date_source` says which: `response`, `published`,
`request` or `url`; both are NULL for an undated response, which the
analyses count as undated rather than guess. A crawl or archive capture date is never used:
it only says the response existed by then, and would file every undated response under the
year it was fetched.

`analysis_provisions` (derived, written by the analyses: analysis/categories.py) gives every
cited (statute, code) the provision the statistics label it by ("s31", "FOISA s35", "r12"),
that provision's short title, the code's cross-statute category and its legislation.gov.uk
source, so a query naming provisions names each one the same way for every force
(Datasette's exemptions_by_force) and can group FOISA s35 with FOIA s31.

The counts index covers best_date instead of the three dates, and the effective views are
made again so they carry the new columns.

Revision ID: 0009_best_date
Revises: 0008_wdtk_feeds
Create Date: 2026-12-07
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0009_best_date"
down_revision = "0008_wdtk_feeds"
branch_labels = None
depends_on = None

# Same rule as store.api.best_date, for the rows already stored. A month-only published date
# whose warning says it came from the URL (crawler/fields.py) is the URL's month.
_BACKFILL = """
UPDATE disclosures SET
  best_date = coalesce(response_date, published_date, request_date),
  date_source = CASE
    WHEN response_date IS NOT NULL THEN 'response'
    WHEN published_date IS NOT NULL THEN
      CASE WHEN date_precision = 'month' AND CAST(warnings AS TEXT) LIKE '%the month from the URL%'
           THEN 'url' ELSE 'published' END
    WHEN request_date IS NOT NULL THEN 'request'
  END
"""

_OLD_COUNTS = ("authority_id", "response_date", "published_date", "request_date", "outcome", "ncnd",
               "authority", "error")
_NEW_COUNTS = ("authority_id", "best_date", "outcome", "ncnd", "authority", "error")


def _create_views() -> None:
    """0006's create_views (the views list the disclosures columns present when made)."""
    path = Path(__file__).with_name("0006_evidence_review.py")
    spec = importlib.util.spec_from_file_location("_foi_0006_evidence_review", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.create_views()


def _counts_index(columns: tuple[str, ...]) -> None:
    op.execute("DROP INDEX IF EXISTS analysis_ix_disclosures_counts")
    op.execute(f"CREATE INDEX analysis_ix_disclosures_counts ON disclosures ({', '.join(columns)})")


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    have = {c["name"] for c in inspector.get_columns("disclosures")}
    if "best_date" not in have:
        op.add_column("disclosures", sa.Column("best_date", sa.Date(), nullable=True))
    if "date_source" not in have:
        op.add_column("disclosures", sa.Column("date_source", sa.String(16), nullable=True))
    op.execute(_BACKFILL)
    _counts_index(_NEW_COUNTS)
    if "analysis_provisions" not in set(inspector.get_table_names()):
        op.create_table(
            "analysis_provisions",
            sa.Column("statute", sa.String(8), primary_key=True),
            sa.Column("code", sa.String(32), primary_key=True),  # as exemptions.code: "s31(1)(a)"
            sa.Column("provision", sa.String(40), nullable=False),  # "s31", "FOISA s35", "r12"
            sa.Column("name", sa.Text()),
            sa.Column("category", sa.Text()),
            sa.Column("source_url", sa.Text()),
        )
    _create_views()


def downgrade() -> None:
    op.drop_table("analysis_provisions")
    _counts_index(_OLD_COUNTS)
    op.execute("DROP VIEW IF EXISTS effective_exemptions")
    op.execute("DROP VIEW IF EXISTS effective_disclosures")
    with op.batch_alter_table("disclosures") as batch:
        batch.drop_column("date_source")
        batch.drop_column("best_date")
    _create_views()

"""Covering indexes that answer every `foi stats` aggregate from the index alone (issue 17).

At a million responses PostgreSQL read the whole disclosures table (every response's text)
for the outcome counts: they join the cost-limit refusals by the response's id, which the
0009 counts index did not hold. The index now ends with `id` (SQLite keeps the rowid in every
index already; the column is there on both so the models describe one schema), and
`date_source` (`foi stats dates` counts responses by where their date comes from).

The provision of an exemption is named from its statute too (FOISA s35 is not FOIA s35:
analysis.usage.provision_expr), so the codes index now holds `statute`, and the usage,
compare and co-occurrence queries never visit the exemptions table.

Revision ID: 0010_stats_covering_indexes
Revises: 0009_best_date
Create Date: 2026-12-07
"""
from __future__ import annotations

from alembic import op

revision = "0010_stats_covering_indexes"
down_revision = "0009_best_date"
branch_labels = None
depends_on = None

COUNTS_0009 = ("authority_id", "best_date", "outcome", "ncnd", "authority", "error")
COUNTS = (*COUNTS_0009, "date_source", "id")
CODES_0003 = ("disclosure_id", "code", "section")
CODES = (*CODES_0003, "statute")


def _index(name: str, table: str, columns: tuple[str, ...]) -> None:
    op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute(f"CREATE INDEX {name} ON {table} ({', '.join(columns)})")


def upgrade() -> None:
    _index("analysis_ix_disclosures_counts", "disclosures", COUNTS)
    _index("analysis_ix_exemptions_codes", "exemptions", CODES)


def downgrade() -> None:
    _index("analysis_ix_exemptions_codes", "exemptions", CODES_0003)
    _index("analysis_ix_disclosures_counts", "disclosures", COUNTS_0009)

"""Request families read as a small result: an index on disclosures.parsed_at and the
families' summary kept beside their cache.

`foi stats families` at a million responses took 8-11 s, every time: telling whether the
cached families still hold scanned every request's text (SUM of lengths), and the summary
read all 200,000 members with their grounds. Now the families' fingerprint is COUNT(*),
MAX(id) and MAX(parsed_at) of disclosures (the store stamps parsed_at on every save and on
every failed parse), which this index answers without the table, and
`analysis_family_summary` keeps the summary lines (JSON, one row per threshold) with the
fingerprint they were counted under (the families', plus the review corrections', which
change outcomes and grounds). The analyses write both tables; a store read before this
migration gets the table on first write (IF NOT EXISTS) and goes on without the index.

Revision ID: 0011_family_summary
Revises: 0010_stats_covering_indexes
Create Date: 2026-12-07
"""
from __future__ import annotations

from alembic import op

revision = "0011_family_summary"
down_revision = "0010_stats_covering_indexes"
branch_labels = None
depends_on = None

_UP = [
    "CREATE INDEX IF NOT EXISTS ix_disclosures_parsed_at ON disclosures (parsed_at)",
    """CREATE TABLE IF NOT EXISTS analysis_family_summary (
        threshold VARCHAR(32) NOT NULL PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        families TEXT NOT NULL,
        computed_at TEXT NOT NULL)""",
]

_DOWN = [
    "DROP TABLE IF EXISTS analysis_family_summary",
    "DROP INDEX IF EXISTS ix_disclosures_parsed_at",
]


def upgrade() -> None:
    for statement in _UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in _DOWN:
        op.execute(statement)

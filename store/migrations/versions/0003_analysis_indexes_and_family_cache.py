"""The analyses' covering indexes and the request-families cache, on both backends.

The analyses used to make these themselves on first use (SQLite only, IF NOT EXISTS), so a
PostgreSQL store never got them and the schema was split between two owners. They belong
to the schema: the indexes let every count read an index instead of the wide disclosure
rows, and the cache keeps request families (seconds to compute at 100,000 responses)
between `foi stats` runs. A SQLite store the analyses already read holds them under the
same names: the tables are kept (IF NOT EXISTS), the counts index is made again because the
analyses' older version lacked `error` (statistics skip rows whose parse failed, and the
index must cover that filter too).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_UP = [
    "DROP INDEX IF EXISTS analysis_ix_disclosures_counts",
    "CREATE INDEX analysis_ix_disclosures_counts ON disclosures "
    "(authority_id, response_date, published_date, request_date, outcome, ncnd, authority, error)",
    "CREATE INDEX IF NOT EXISTS analysis_ix_exemptions_codes ON exemptions (disclosure_id, code, section)",
    """CREATE TABLE IF NOT EXISTS analysis_family_cache (
        threshold VARCHAR(32) NOT NULL,
        disclosure_id INTEGER NOT NULL,
        root_id INTEGER NOT NULL,
        similarity REAL NOT NULL,
        PRIMARY KEY (threshold, disclosure_id))""",
    """CREATE TABLE IF NOT EXISTS analysis_family_state (
        threshold VARCHAR(32) NOT NULL PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        computed_at TEXT NOT NULL)""",
]

_DOWN = [
    "DROP TABLE IF EXISTS analysis_family_state",
    "DROP TABLE IF EXISTS analysis_family_cache",
    "DROP INDEX IF EXISTS analysis_ix_exemptions_codes",
    "DROP INDEX IF EXISTS analysis_ix_disclosures_counts",
]


def upgrade() -> None:
    for statement in _UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in _DOWN:
        op.execute(statement)

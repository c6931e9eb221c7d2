"""The statistics' monthly rollup (analysis.rollup): counts per (authority, month of the best
date) that `foi stats` sums instead of joining every exemption to its response.

At a million responses usage, compare and cooccurrence spent 1.6-2.9 s joining 818,000
exemptions to their responses and counting distinct responses per (authority, year,
provision). These tables keep those counts per month (additive: a response falls in one
month), with each month's first and last best date so a --since/--until range reads the
months it covers whole from here and only its edge months from the base tables. The
fingerprint in analysis_rollup_state says what they were built from; a statistic on a store
that no longer matches it reads the base tables (never a stale answer). Derived data only:
the writers (crawl, reparse, review) rebuild it when they finish, and `foi db refresh`.

Revision ID: 0012_stats_rollup
Revises: 0011_family_summary
Create Date: 2026-12-07
"""
from __future__ import annotations

from alembic import op

revision = "0012_stats_rollup"
down_revision = "0011_family_summary"
branch_labels = None
depends_on = None

_UP = [
    """CREATE TABLE IF NOT EXISTS analysis_rollup_state (
        name VARCHAR(32) NOT NULL PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        computed_at TEXT NOT NULL,
        seconds FLOAT)""",
    """CREATE TABLE IF NOT EXISTS analysis_rollup_months (
        month TEXT NOT NULL PRIMARY KEY,
        first_date TEXT NOT NULL,
        last_date TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS analysis_rollup_outcomes (
        authority_id TEXT, month TEXT, authority TEXT,
        responses BIGINT NOT NULL, disclosed BIGINT NOT NULL, partial BIGINT NOT NULL,
        refused BIGINT NOT NULL, not_held BIGINT NOT NULL, unknown BIGINT NOT NULL,
        ncnd BIGINT NOT NULL, refused_s12 BIGINT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS analysis_rollup_cited (
        kind VARCHAR(16) NOT NULL, authority_id TEXT, month TEXT, provision TEXT,
        responses BIGINT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS analysis_rollup_pairs (
        kind VARCHAR(16) NOT NULL, authority_id TEXT, month TEXT, provision_a TEXT, provision_b TEXT,
        responses BIGINT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_analysis_rollup_cited ON analysis_rollup_cited (kind, authority_id, month)",
    "CREATE INDEX IF NOT EXISTS ix_analysis_rollup_pairs ON analysis_rollup_pairs (kind, authority_id, month)",
]

_DOWN = [
    "DROP TABLE IF EXISTS analysis_rollup_pairs",
    "DROP TABLE IF EXISTS analysis_rollup_cited",
    "DROP TABLE IF EXISTS analysis_rollup_outcomes",
    "DROP TABLE IF EXISTS analysis_rollup_months",
    "DROP TABLE IF EXISTS analysis_rollup_state",
]


def upgrade() -> None:
    for statement in _UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in _DOWN:
        op.execute(statement)

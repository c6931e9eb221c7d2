"""Full-text search over disclosures: SQLite FTS5, PostgreSQL tsvector + GIN.

Added after the first schema so stores made by 0001 are migrated in place: the index is
built from the rows already there (FTS5 'rebuild'; a STORED generated column on PostgreSQL
is computed for existing rows when it is added).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Body text is clipped before indexing on PostgreSQL: a tsvector larger than 1 MB is an
# error, and the opening of a response carries its words.
_PG_VECTOR = """
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce(request_text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, coalesce(response_text, '')), 'B') ||
    setweight(to_tsvector('english'::regconfig, left(coalesce(body_text, ''), 300000)), 'C')
"""

_FTS_COLUMNS = "title, request_text, response_text, body_text"

_SQLITE_UP = [
    f"""CREATE VIRTUAL TABLE disclosures_fts USING fts5(
        {_FTS_COLUMNS}, content='disclosures', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER disclosures_fts_ai AFTER INSERT ON disclosures BEGIN
        INSERT INTO disclosures_fts(rowid, {_FTS_COLUMNS})
        VALUES (new.id, new.title, new.request_text, new.response_text, new.body_text);
    END""",
    f"""CREATE TRIGGER disclosures_fts_ad AFTER DELETE ON disclosures BEGIN
        INSERT INTO disclosures_fts(disclosures_fts, rowid, {_FTS_COLUMNS})
        VALUES ('delete', old.id, old.title, old.request_text, old.response_text, old.body_text);
    END""",
    f"""CREATE TRIGGER disclosures_fts_au AFTER UPDATE OF {_FTS_COLUMNS} ON disclosures BEGIN
        INSERT INTO disclosures_fts(disclosures_fts, rowid, {_FTS_COLUMNS})
        VALUES ('delete', old.id, old.title, old.request_text, old.response_text, old.body_text);
        INSERT INTO disclosures_fts(rowid, {_FTS_COLUMNS})
        VALUES (new.id, new.title, new.request_text, new.response_text, new.body_text);
    END""",
    "INSERT INTO disclosures_fts(disclosures_fts) VALUES ('rebuild')",
]

_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS disclosures_fts_au",
    "DROP TRIGGER IF EXISTS disclosures_fts_ad",
    "DROP TRIGGER IF EXISTS disclosures_fts_ai",
    "DROP TABLE IF EXISTS disclosures_fts",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_UP:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(f"ALTER TABLE disclosures ADD COLUMN search_vector tsvector "
                   f"GENERATED ALWAYS AS ({_PG_VECTOR}) STORED")
        op.execute("CREATE INDEX ix_disclosures_search_vector ON disclosures "
                   "USING gin (search_vector)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_DOWN:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_disclosures_search_vector")
        op.execute("ALTER TABLE disclosures DROP COLUMN IF EXISTS search_vector")

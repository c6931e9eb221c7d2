"""Where each fetched document came from and how its URL was found (branch src-discovery).

`source` is `live` (fetched from the force's site) or `archive` (the original bytes of an
Internet Archive capture, fetched through the `id_` form of its Wayback URL); `captured_at`
is the capture's time and `archive_url` the Wayback URL the bytes came from. The document's
`url` stays the force's own URL, so a later live fetch of a response first read from the
archive adds a version of the same document, never a second response. `found_via` says which
discovery route first led the crawler to the URL: `listing`, `sitemap`, `search` or
`archive`. Existing rows were all fetched live.

Revision ID: 0004_src_discovery
Revises: 0003
Create Date: 2026-12-07
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_src_discovery"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("source", sa.String(16), nullable=False, server_default="live"))
        batch.add_column(sa.Column("captured_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("archive_url", sa.Text(), nullable=True))
        batch.add_column(sa.Column("found_via", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("found_via")
        batch.drop_column("archive_url")
        batch.drop_column("captured_at")
        batch.drop_column("source")

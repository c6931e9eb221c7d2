"""Where an archived document came from and how each URL was found (branch src-discovery).

`documents.source` (0004_src_access) gains the value `archive`: the original bytes of an
Internet Archive capture, fetched through the `id_` form of its Wayback URL. `captured_at`
is the capture's time and `archive_url` the Wayback URL the bytes came from. The document's
`url` stays the force's own URL, so a later live fetch of a response first read from the
archive adds a version of the same document, never a second response. `found_via` says which
discovery route first led the crawler to the URL: `listing`, `sitemap`, `search` or
`archive`; older rows say nothing (NULL). Columns are added only when missing, like 0004's.

Revision ID: 0005_src_discovery
Revises: 0004_src_access
Create Date: 2026-12-07
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_src_discovery"
down_revision = "0004_src_access"
branch_labels = None
depends_on = None


_NEW = (("captured_at", sa.DateTime(timezone=True)), ("archive_url", sa.Text()), ("found_via", sa.String(16)))


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("documents")}
    for name, kind in _NEW:
        if name not in have:
            op.add_column("documents", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for name, _ in reversed(_NEW):
            batch.drop_column(name)

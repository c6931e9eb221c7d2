"""Who published a response and where its bytes came from (branch src-access).

disclosures.named_authority: the body a response's text names when that is not the force
whose log published it (joint units such as the Bedfordshire/Cambridgeshire/Hertfordshire
collaboration answer under one letterhead on several forces' logs); authority_id stays the
publisher, so analyses group by publisher. documents.source: how the bytes were obtained,
'live' (fetched from the site), 'file' (a file the user added with `foi add`), or another
route's name; every older row was a live fetch. disclosures.date_precision: "month" when the
date was known to the month only (a log's "FOI date" 09/2023, or the month folder in the
URL when the page gives no date), stored as the first of that month.

Columns are added only when missing, so another branch's migration adding documents.source
first (the Internet Archive route) does not make this one fail.

Revision ID: 0004_src_access
Revises: 0003
Create Date: 2026-12-07
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_src_access"
down_revision = "0003"
branch_labels = None
depends_on = None


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    if "named_authority" not in _columns("disclosures"):
        op.add_column("disclosures", sa.Column("named_authority", sa.Text(), nullable=True))
    if "date_precision" not in _columns("disclosures"):
        op.add_column("disclosures", sa.Column("date_precision", sa.String(8), nullable=True))
    if "source" not in _columns("documents"):
        op.add_column("documents", sa.Column("source", sa.String(16), nullable=False, server_default="live"))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("source")
    with op.batch_alter_table("disclosures") as batch:
        batch.drop_column("named_authority")
        batch.drop_column("date_precision")

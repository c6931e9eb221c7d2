"""The first schema: raw documents, disclosures and what is derived from them.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "authorities",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16)),
        sa.Column("country", sa.String(32)),
        sa.Column("website", sa.Text),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("final_url", sa.Text),
        sa.Column("status", sa.Integer),
        sa.Column("content_type", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sha256", sa.String(64)),
        sa.Column("size", sa.Integer),
        sa.Column("body", sa.LargeBinary),
        sa.Column("error", sa.Text),
        sa.Column("authority_id", sa.String(64)),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("response_url", sa.Text),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("is_latest", sa.Boolean, nullable=False),
        sa.UniqueConstraint("url", "version", name="uq_documents_url_version"),
    )
    op.create_index("ix_documents_url_latest", "documents", ["url", "is_latest"])
    op.create_index("ix_documents_response_url", "documents", ["response_url"])
    op.create_index("ix_documents_sha256", "documents", ["sha256"])
    op.create_index("ix_documents_authority_id", "documents", ["authority_id"])
    op.create_table(
        "disclosures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("response_url", sa.Text, nullable=False, unique=True),
        sa.Column("authority_id", sa.String(64)),
        sa.Column("authority", sa.Text),
        sa.Column("regime", sa.String(8)),
        sa.Column("reference", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published_date", sa.Date),
        sa.Column("request_date", sa.Date),
        sa.Column("response_date", sa.Date),
        sa.Column("outcome", sa.String(16)),
        sa.Column("ncnd", sa.Boolean, nullable=False),
        sa.Column("request_text", sa.Text, nullable=False),
        sa.Column("response_text", sa.Text, nullable=False),
        sa.Column("body_text", sa.Text, nullable=False),
        sa.Column("warnings", sa.JSON),
        sa.Column("parser_version", sa.String(32)),
        sa.Column("parsed_at", sa.DateTime(timezone=True)),
        sa.Column("error", sa.Text),
    )
    op.create_index("ix_disclosures_authority_id", "disclosures", ["authority_id"])
    op.create_table(
        "disclosure_documents",
        sa.Column("disclosure_id", sa.Integer,
                  sa.ForeignKey("disclosures.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("document_id", sa.Integer,
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_disclosure_documents_document_id", "disclosure_documents", ["document_id"])
    op.create_table(
        "exemptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("disclosure_id", sa.Integer,
                  sa.ForeignKey("disclosures.id", ondelete="CASCADE"), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("section", sa.String(16)),
        sa.Column("statute", sa.String(8)),
        sa.Column("name", sa.Text),
        sa.Column("ncnd", sa.Boolean, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_index("ix_exemptions_disclosure_id", "exemptions", ["disclosure_id"])
    op.create_index("ix_exemptions_code", "exemptions", ["code"])
    op.create_table(
        "tables",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("disclosure_id", sa.Integer,
                  sa.ForeignKey("disclosures.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("caption", sa.Text),
        sa.Column("header", sa.JSON),
        sa.Column("rows", sa.JSON),
        sa.Column("source", sa.String(8)),
    )
    op.create_index("ix_tables_disclosure_id", "tables", ["disclosure_id"])
    op.create_table(
        "table_cells",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("table_id", sa.Integer, sa.ForeignKey("tables.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("row_label", sa.Text),
        sa.Column("column_label", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("unit", sa.String(16)),
    )
    op.create_index("ix_table_cells_table_id", "table_cells", ["table_id"])


def downgrade() -> None:
    for name in ("table_cells", "tables", "exemptions", "disclosure_documents", "disclosures",
                 "documents", "authorities"):
        op.drop_table(name)

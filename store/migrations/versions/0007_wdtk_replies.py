"""WhatDoTheyKnow replies beside our records (branch wdtk).

`wdtk_replies`: one row per reply an authority sent through WhatDoTheyKnow (Alaveteli):
which request and incoming message it is, what kind of reply (response, clarification
request, internal review), the requester's state of the request (`external_state`, from
`external_source` = 'wdtk'), never mixed into `disclosures.outcome`, and the internal
review's outcome. `disclosure_id` is the disclosure the reply is (NULL for a clarification
or review reply, which are not answers to the request): a reply also found in a force's
own log points at that log's disclosure, so the response is counted once.

Revision ID: 0007_wdtk
Revises: 0006_evidence_review
Create Date: 2026-12-07
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_wdtk"
down_revision = "0006_evidence_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "wdtk_replies" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "wdtk_replies",
        sa.Column("url", sa.Text(), primary_key=True),  # the request page's #incoming-<id>
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("request_url", sa.Text(), nullable=False),
        sa.Column("authority_id", sa.String(64), index=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("external_state", sa.String(32)),
        sa.Column("external_source", sa.String(16), nullable=False, server_default="wdtk"),
        sa.Column("review_outcome", sa.String(16)),
        sa.Column("request_updated_at", sa.Text()),
        sa.Column("disclosure_id", sa.Integer(), sa.ForeignKey("disclosures.id", ondelete="SET NULL"),
                  index=True),
        sa.Column("matched_by", sa.String(16)),  # own | reference | text: how disclosure_id was chosen
    )


def downgrade() -> None:
    op.drop_table("wdtk_replies")

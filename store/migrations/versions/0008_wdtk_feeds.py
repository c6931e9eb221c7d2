"""Where each WhatDoTheyKnow body feed was last read (branch wdtk2).

`wdtk_feeds`: one row per body (its url_name): the newest feed event the last complete
crawl of that body took (`last_event_at`, `last_event_id`; events are ordered by both),
when, and how many feed pages it read. `foi crawl --source wdtk` pages through a body's
feed, newest first, only until it reaches that event: an unchanged body costs one page.
The row moves only after every request the new events named was stored, so a crawl killed
half-way reads the same pages again and skips what it already finished.

Revision ID: 0008_wdtk_feeds
Revises: 0007_wdtk
Create Date: 2026-12-07
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_wdtk_feeds"
down_revision = "0007_wdtk"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "wdtk_feeds" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "wdtk_feeds",
        sa.Column("slug", sa.String(128), primary_key=True),  # the body's url_name
        sa.Column("authority_id", sa.String(64)),
        sa.Column("last_event_at", sa.Text()),  # the event's created_at as the feed writes it
        sa.Column("last_event_id", sa.Integer()),
        sa.Column("crawled_at", sa.Text()),
        sa.Column("pages_read", sa.Integer()),
    )


def downgrade() -> None:
    op.drop_table("wdtk_feeds")

"""Evidence, confidence and people's corrections (branch evidence-review).

`disclosures` gains the parser's `outcome_evidence` (JSON list of sentences),
`outcome_confidence` (0..1), `needs_review` and `review_reasons` (JSON list); `exemptions`
gains `confidence`. A person's correction lives in its own tables, never over the parser's
judgement: `review_corrections` (one row per response, keyed by `response_url`, the identity
`foi reparse` keeps) and `review_correction_grounds` (the grounds the person gives).

Two views apply corrections for every statistic: `effective_disclosures` (each disclosure
with the corrected outcome and NCND, the parser's own as `parser_outcome`/`parser_ncnd`, and
`reviewed`) and `effective_exemptions` (the parser's grounds, replaced by the person's where
the correction names grounds). The views list the disclosures columns present when they
are made: a later migration that adds a disclosures column calls `create_views()` again.

Revision ID: 0006_evidence_review
Revises: 0005_src_discovery
Create Date: 2026-12-07
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_evidence_review"
down_revision = "0005_src_discovery"
branch_labels = None
depends_on = None

_DISCLOSURE_COLUMNS = (
    ("outcome_evidence", sa.JSON()),
    ("outcome_confidence", sa.Float()),
    ("needs_review", sa.Boolean()),
    ("review_reasons", sa.JSON()),
)
# Columns the views take from the correction rather than the parser.
_OVERRIDDEN = ("outcome", "ncnd")


def _columns(table: str) -> list[str]:
    return [c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)]


def create_views() -> None:
    """(Re)make the effective views from the tables' current columns."""
    op.execute("DROP VIEW IF EXISTS effective_exemptions")
    op.execute("DROP VIEW IF EXISTS effective_disclosures")
    keep = ", ".join(f"d.{c}" for c in _columns("disclosures") if c not in _OVERRIDDEN)
    op.execute(f"""CREATE VIEW effective_disclosures AS
        SELECT {keep},
               CASE WHEN c.response_url IS NULL THEN d.outcome ELSE c.outcome END AS outcome,
               CASE WHEN c.ncnd IS NULL THEN d.ncnd ELSE c.ncnd END AS ncnd,
               d.outcome AS parser_outcome, d.ncnd AS parser_ncnd,
               CASE WHEN c.response_url IS NULL THEN 0 ELSE 1 END AS reviewed
        FROM disclosures d LEFT JOIN review_corrections c ON c.response_url = d.response_url""")
    op.execute("""CREATE VIEW effective_exemptions AS
        SELECT e.id, e.disclosure_id, e.code, e.section, e.statute, e.name, e.ncnd, e.evidence,
               e.confidence, 0 AS corrected
        FROM exemptions e
        WHERE NOT EXISTS (SELECT 1 FROM disclosures d JOIN review_corrections c
                          ON c.response_url = d.response_url
                          WHERE d.id = e.disclosure_id AND c.grounds_replaced = 1)
        UNION ALL
        SELECT g.id - 2000000000, d.id, g.code, g.section, g.statute, g.name, g.ncnd,
               'corrected by ' || coalesce(c.reviewer, 'a reviewer') AS evidence, 1.0, 1
        FROM review_correction_grounds g
        JOIN review_corrections c ON c.response_url = g.response_url
        JOIN disclosures d ON d.response_url = g.response_url""")


def upgrade() -> None:
    have = set(_columns("disclosures"))
    for name, kind in _DISCLOSURE_COLUMNS:
        if name not in have:
            op.add_column("disclosures", sa.Column(name, kind, nullable=True))
    if "confidence" not in _columns("exemptions"):
        op.add_column("exemptions", sa.Column("confidence", sa.Float(), nullable=True))
    tables = set(sa.inspect(op.get_bind()).get_table_names())
    if "review_corrections" not in tables:
        op.create_table(
            "review_corrections",
            sa.Column("response_url", sa.Text(), primary_key=True),
            sa.Column("outcome", sa.String(16), nullable=False),
            sa.Column("ncnd", sa.Boolean(), nullable=True),
            sa.Column("grounds_replaced", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("note", sa.Text(), nullable=True),
            sa.Column("reviewer", sa.Text(), nullable=True),
            sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        )
    if "review_correction_grounds" not in tables:
        op.create_table(
            "review_correction_grounds",
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("response_url", sa.Text(),
                      sa.ForeignKey("review_corrections.response_url", ondelete="CASCADE"), index=True),
            sa.Column("code", sa.String(32), nullable=False),
            sa.Column("section", sa.String(16)),
            sa.Column("statute", sa.String(8)),
            sa.Column("name", sa.Text()),
            sa.Column("ncnd", sa.Boolean(), nullable=False, server_default=sa.false()),
        )
    create_views()


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS effective_exemptions")
    op.execute("DROP VIEW IF EXISTS effective_disclosures")
    op.drop_table("review_correction_grounds")
    op.drop_table("review_corrections")
    with op.batch_alter_table("exemptions") as batch:
        batch.drop_column("confidence")
    with op.batch_alter_table("disclosures") as batch:
        for name, _ in reversed(_DISCLOSURE_COLUMNS):
            batch.drop_column(name)

"""SQLAlchemy 2 typed models: the tables analysts and Datasette see (names are an interface).

The migrations in store/migrations are the source of truth for the database; these models
mirror them so queries are typed. authority_id is deliberately not a foreign key: the crawler
and the parser may name an authority before the gazetteer knows it, and a store must not
refuse a fetched page for that.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    REAL,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base for every store table."""


class Authority(Base):
    """A public authority from the gazetteer (parser/data/authorities.csv)."""

    __tablename__ = "authorities"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(32))
    website: Mapped[str | None] = mapped_column(Text)


class Document(Base):
    """One fetched version of a page or attachment; raw bytes zlib-compressed, never rewritten."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("url", "version", name="uq_documents_url_version"),
        Index("ix_documents_url_latest", "url", "is_latest"),
        Index("ix_documents_response_url", "response_url"),
        Index("ix_documents_sha256", "sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    final_url: Mapped[str | None] = mapped_column(Text)
    status: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[bytes | None] = mapped_column(LargeBinary)
    error: Mapped[str | None] = mapped_column(Text)
    authority_id: Mapped[str | None] = mapped_column(String(64), index=True)
    role: Mapped[str] = mapped_column(String(16), default="response")
    response_url: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_latest: Mapped[bool] = mapped_column(Boolean, default=True)
    # How the bytes were obtained: live (the site), file (`foi add`), archive (an Internet
    # Archive capture's original bytes) (migration 0004_src_access). For an archived copy,
    # archive_url is the Wayback URL and captured_at its capture time; found_via is the
    # discovery route that led to the URL: listing, sitemap, search, archive (0005_src_discovery).
    source: Mapped[str] = mapped_column(String(16), server_default="live")
    captured_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    archive_url: Mapped[str | None] = mapped_column(Text)
    found_via: Mapped[str | None] = mapped_column(String(16))


class DisclosureRow(Base):
    """One parsed response (a page and its attachments): every parse-contract field."""

    __tablename__ = "disclosures"
    __table_args__ = (
        # Covering index for the analyses' counts (by authority, date, outcome, parsed or
        # not): reading it skips the wide text columns (migration 0003); with the id, joins
        # by response are answered from it too (0010_stats_covering_indexes).
        Index("analysis_ix_disclosures_counts", "authority_id", "best_date", "outcome", "ncnd",
              "authority", "error", "date_source", "id"),
        # The request families' fingerprint reads MAX(parsed_at) here (migration 0011).
        Index("ix_disclosures_parsed_at", "parsed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    response_url: Mapped[str] = mapped_column(Text, unique=True)
    authority_id: Mapped[str | None] = mapped_column(String(64), index=True)  # the publisher
    authority: Mapped[str | None] = mapped_column(Text)
    # The body the text names when it is not the publisher (an id when the gazetteer knows it).
    named_authority: Mapped[str | None] = mapped_column(Text)
    regime: Mapped[str | None] = mapped_column(String(8))
    reference: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published_date: Mapped[date | None] = mapped_column(Date)
    # "month": the date was known to the month only (first of the month stored); NULL: a day.
    date_precision: Mapped[str | None] = mapped_column(String(8))
    request_date: Mapped[date | None] = mapped_column(Date)
    response_date: Mapped[date | None] = mapped_column(Date)
    # The one date every analysis uses, and where it came from: response, published, request
    # or url (the month the log files it under); NULL for an undated response (0009_best_date).
    best_date: Mapped[date | None] = mapped_column(Date)
    date_source: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(16))
    ncnd: Mapped[bool] = mapped_column(Boolean, default=False)
    # The parser's evidence and confidence (migration 0006_evidence_review).
    outcome_evidence: Mapped[list[Any] | None] = mapped_column(JSON)
    outcome_confidence: Mapped[float | None] = mapped_column(Float)
    needs_review: Mapped[bool | None] = mapped_column(Boolean)
    review_reasons: Mapped[list[Any] | None] = mapped_column(JSON)
    request_text: Mapped[str] = mapped_column(Text, default="")
    response_text: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    parser_version: Mapped[str | None] = mapped_column(String(32))
    parsed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(Text)


class DisclosureDocument(Base):
    """Which stored document versions a disclosure was derived from."""

    __tablename__ = "disclosure_documents"

    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("disclosures.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ExemptionRow(Base):
    """One exemption code relied on by a disclosure."""

    __tablename__ = "exemptions"
    # statute too: a provision is named from it (0010_stats_covering_indexes)
    __table_args__ = (Index("analysis_ix_exemptions_codes", "disclosure_id", "code", "section", "statute"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("disclosures.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(32), index=True)
    section: Mapped[str | None] = mapped_column(String(16))
    statute: Mapped[str | None] = mapped_column(String(8))
    name: Mapped[str | None] = mapped_column(Text)
    ncnd: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float | None] = mapped_column(Float)  # 0006_evidence_review


class TableRow(Base):
    """A table of figures from a disclosure, as written (header and rows as JSON)."""

    __tablename__ = "tables"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("disclosures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    header: Mapped[list[Any]] = mapped_column(JSON, default=list)
    rows: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source: Mapped[str | None] = mapped_column(String(8))


class TableCell(Base):
    """One tidy cell of a table (Table.long()), for stacking figures across forces."""

    __tablename__ = "table_cells"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("tables.id", ondelete="CASCADE"), index=True)
    row_label: Mapped[str | None] = mapped_column(Text)
    column_label: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))


class FamilyCache(Base):
    """Derived: which request family each response belongs to, per similarity threshold
    (written by analysis/families.py; rebuilt when analysis_family_state's fingerprint
    no longer matches the requests). No foreign key: the fingerprint, not the rows, says
    when it is stale."""

    __tablename__ = "analysis_family_cache"

    threshold: Mapped[str] = mapped_column(String(32), primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    root_id: Mapped[int] = mapped_column(Integer)
    similarity: Mapped[float] = mapped_column(REAL)


class FamilyState(Base):
    """Derived: the fingerprint of the requests each cached threshold was computed from."""

    __tablename__ = "analysis_family_state"

    threshold: Mapped[str] = mapped_column(String(32), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(Text)
    computed_at: Mapped[str] = mapped_column(Text)


class FamilySummary(Base):
    """Derived: the request families' summary lines (JSON) per threshold and the fingerprint
    they were counted under, so `foi stats families` reads one row (migration 0011)."""

    __tablename__ = "analysis_family_summary"

    threshold: Mapped[str] = mapped_column(String(32), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(Text)
    families: Mapped[str] = mapped_column(Text)
    computed_at: Mapped[str] = mapped_column(Text)


class ReviewCorrection(Base):
    """A person's correction of one response's outcome (and grounds), kept apart from the
    parser's judgement and keyed by response_url so it survives `foi reparse`
    (migration 0006_evidence_review; the views effective_disclosures/effective_exemptions
    apply it for every statistic)."""

    __tablename__ = "review_corrections"

    response_url: Mapped[str] = mapped_column(Text, primary_key=True)
    outcome: Mapped[str] = mapped_column(String(16))
    ncnd: Mapped[bool | None] = mapped_column(Boolean)
    grounds_replaced: Mapped[int] = mapped_column(Integer, default=0)  # 1: the grounds below replace the parser's
    note: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str | None] = mapped_column(Text)
    corrected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReviewCorrectionGround(Base):
    """One ground a person's correction gives."""

    __tablename__ = "review_correction_grounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    response_url: Mapped[str] = mapped_column(
        ForeignKey("review_corrections.response_url", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    section: Mapped[str | None] = mapped_column(String(16))
    statute: Mapped[str | None] = mapped_column(String(8))
    name: Mapped[str | None] = mapped_column(Text)
    ncnd: Mapped[bool] = mapped_column(Boolean, default=False)


class ProvisionRow(Base):
    """Derived: each cited (statute, code) with the provision the statistics label it by
    ("s31", "FOISA s35", "r12"), that provision's short title, the code's cross-statute
    category and source (written by analysis/categories.py from parser/data/provisions.csv
    and analysis/data/provision_categories.csv; 0009_best_date)."""

    __tablename__ = "analysis_provisions"

    statute: Mapped[str] = mapped_column(String(8), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    provision: Mapped[str] = mapped_column(String(40))
    name: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)


class WdtkReply(Base):
    """A reply an authority sent through WhatDoTheyKnow, with the requester's state of the
    request beside (never inside) our outcome (migration 0007_wdtk)."""

    __tablename__ = "wdtk_replies"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    request_id: Mapped[int] = mapped_column(Integer)
    message_id: Mapped[int] = mapped_column(Integer)
    request_url: Mapped[str] = mapped_column(Text)
    authority_id: Mapped[str | None] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    external_state: Mapped[str | None] = mapped_column(String(32))
    external_source: Mapped[str] = mapped_column(String(16), server_default="wdtk")
    review_outcome: Mapped[str | None] = mapped_column(String(16))
    request_updated_at: Mapped[str | None] = mapped_column(Text)
    disclosure_id: Mapped[int | None] = mapped_column(
        ForeignKey("disclosures.id", ondelete="SET NULL"), index=True)
    matched_by: Mapped[str | None] = mapped_column(String(16))


class WdtkFeed(Base):
    """Where a body's WhatDoTheyKnow feed was last read to (migration 0008_wdtk_feeds)."""

    __tablename__ = "wdtk_feeds"

    slug: Mapped[str] = mapped_column(String(128), primary_key=True)
    authority_id: Mapped[str | None] = mapped_column(String(64))
    last_event_at: Mapped[str | None] = mapped_column(Text)
    last_event_id: Mapped[int | None] = mapped_column(Integer)
    crawled_at: Mapped[str | None] = mapped_column(Text)
    pages_read: Mapped[int | None] = mapped_column(Integer)

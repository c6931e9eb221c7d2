"""The crawl's view of the store: what is already kept, so only new or changed pages are
parsed. Thin wrapper over store.Store (the agreed interface) plus two read-only queries on
the documented `documents` table."""
from __future__ import annotations

from sqlalchemy import text

from store import Store, open_store


class CrawlStore:
    """One store handle shared by the spider, its middlewares and the item pipeline."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # response_url -> parser_version (None when its last parse failed): a response is
        # only skipped as unchanged when it already has a good record.
        self.parsed: dict[str, str | None] = store.response_versions()

    @classmethod
    def open(cls, url: str | None) -> "CrawlStore":
        return cls(open_store(url))

    def close(self) -> None:
        self.store.close()

    def has_record(self, response_url: str) -> bool:
        """True when the response has a stored record from a successful parse."""
        return self.parsed.get(response_url) is not None

    def validators(self, url: str) -> dict[str, str]:
        return self.store.validators(url)

    def latest(self, url: str) -> tuple[str | None, str] | None:
        """(sha256, source) of the newest stored bytes of `url`: "live" bytes and the same
        bytes read from the archive are not the same fetch."""
        with self.store.engine.connect() as conn:
            row = conn.execute(
                text("SELECT sha256, source FROM documents WHERE url = :u AND is_latest AND sha256 IS NOT NULL"),
                {"u": url},
            ).first()
        return (row[0], row[1] or "live") if row is not None else None

    def latest_sha256(self, url: str) -> str | None:
        """sha256 of the newest stored bytes of `url` (None if never stored)."""
        with self.store.engine.connect() as conn:
            return conn.execute(
                text("SELECT sha256 FROM documents WHERE url = :u AND is_latest AND sha256 IS NOT NULL"),
                {"u": url},
            ).scalar()

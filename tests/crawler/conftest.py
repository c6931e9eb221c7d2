"""Crawler test helpers: a copy of a fixture site served on 127.0.0.1, crawls into a
temporary SQLite store (each crawl is a real Scrapy run in a child process)."""
from __future__ import annotations

import shutil
from urllib.parse import urlsplit
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from sqlalchemy import create_engine, text

from crawler.run import CrawlSummary, crawl
from crawler.sample_server import SampleServer, serve

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TINY = "/www.tiny.police.uk/foi-ai/tiny-police/disclosure"
TORN = f"{TINY}/2024/march/foi-7-24-torn/"


def copy_site(dest: Path, name: str = "site") -> Path:
    root = dest / name
    shutil.copytree(FIXTURES / name, root)
    return root


@pytest.fixture(autouse=True)
def no_real_archive(monkeypatch: pytest.MonkeyPatch) -> None:
    """Crawls of (fake) real-registry hosts never ask the real Internet Archive; a sample
    crawl uses its own archive replica whatever FOI_ARCHIVE says."""
    monkeypatch.setenv("FOI_ARCHIVE", "0")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A private copy of the tiny SOH-like fixture site (tests may edit it)."""
    return copy_site(tmp_path)


@pytest.fixture
def start_server() -> Iterator[Callable[..., SampleServer]]:
    servers: list[SampleServer] = []

    def start(root: Path, **kwargs: Any) -> SampleServer:
        server = serve(root, **kwargs)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def crawler_for(tmp: Path) -> Callable[..., CrawlSummary]:
    """crawl() with test defaults: no delay unless asked, jobs and logs in `tmp`."""
    counter = {"n": 0}

    def run_crawl(server: SampleServer, root: Path, db: str, **kwargs: Any) -> CrawlSummary:
        counter["n"] += 1
        kwargs.setdefault("delay", 0.0)
        kwargs.setdefault("progress", False)
        kwargs.setdefault("jobs_dir", tmp / "jobs")
        kwargs.setdefault("log_file", tmp / f"crawl-{counter['n']}.log")
        return crawl(sample_url=server.url, db_url=db, sample_root=root, **kwargs)

    return run_crawl


@pytest.fixture
def run(tmp_path: Path) -> Callable[..., CrawlSummary]:
    return crawler_for(tmp_path)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'foi.db'}"


def rows(db_url: str, sql: str, **params: Any) -> list[tuple]:
    """Rows of a query on the store at `db_url` (already made by the crawl: no migration)."""
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def local(url: str) -> str:
    """The served path a stored URL stands for: https://www.tiny.police.uk/x -> /www.tiny.police.uk/x
    (stored URLs are the real ones; the sample server serves each host under /<host>/)."""
    parts = urlsplit(url)
    return f"/{parts.netloc}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def snapshot(db_url: str, base: str) -> dict[str, Any]:
    """Everything a crawl leaves in the store that must not depend on how (or from which
    server port, `base`) it got there."""
    docs = rows(db_url, "SELECT url, sha256, status, error, role, response_url, version, is_latest "
                        "FROM documents ORDER BY url, version")
    disclosures = rows(db_url, "SELECT response_url, reference, title, outcome, authority_id "
                               "FROM disclosures ORDER BY response_url")
    links = rows(db_url, "SELECT d.response_url, doc.url FROM disclosure_documents l "
                         "JOIN disclosures d ON d.id = l.disclosure_id "
                         "JOIN documents doc ON doc.id = l.document_id ORDER BY 1, 2")
    return {"documents": [(local(u), sha, status, error and error.replace(base, ""), role,
                           response_url and local(response_url), *rest)
                          for u, sha, status, error, role, response_url, *rest in docs],
            "disclosures": [(local(u), *rest) for u, *rest in disclosures],
            "links": [(local(a), local(b)) for a, b in links]}

"""Full-text search behind one function: SQLite FTS5 or PostgreSQL tsvector, same results shape.

The user's text is data, never query syntax: it is split into words and "quoted phrases",
every piece is quoted for FTS5 (or passed as a bound parameter to phraseto_tsquery), and
pieces without a letter or digit ("*", "-", "';") are dropped. So "NEAR(", "AND", "'; DROP
TABLE" search for those words and nothing else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, text

# Control characters cannot occur in stored text, so they can mark highlights unambiguously.
MARK_START, MARK_END = "\x02", "\x03"
_PIECE = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORDY = re.compile(r"\w")
_MARKED = re.compile(f"{MARK_START}(.*?){MARK_END}", re.S)


@dataclass(frozen=True)
class SearchHit:
    """One matching disclosure, with a snippet whose matched words are marked."""

    disclosure_id: int
    response_url: str
    authority_id: str | None
    authority: str | None
    reference: str | None
    title: str | None
    date: date | None  # the best date (disclosures.best_date, migration 0009_best_date)
    marked_snippet: str  # matches wrapped in MARK_START ... MARK_END
    rank: float

    def fragments(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) pieces, for rendering (rich, HTML)."""
        out: list[tuple[str, bool]] = []
        pos = 0
        for m in _MARKED.finditer(self.marked_snippet):
            if m.start() > pos:
                out.append((self.marked_snippet[pos:m.start()], False))
            out.append((m.group(1), True))
            pos = m.end()
        rest = self.marked_snippet[pos:].replace(MARK_START, "").replace(MARK_END, "")
        if rest:
            out.append((rest, False))
        return out

    @property
    def snippet(self) -> str:
        """The snippet with matches in <mark>...</mark>."""
        return "".join(f"<mark>{t}</mark>" if hit else t for t, hit in self.fragments())

    @property
    def highlights(self) -> list[str]:
        """The matched words as they appear in the snippet."""
        return [t for t, hit in self.fragments() if hit]


def query_pieces(user_text: str) -> list[str]:
    """Words and phrases of a search, quotes removed; pieces with no letter/digit dropped."""
    pieces: list[str] = []
    for m in _PIECE.finditer(user_text.replace("\x00", "")):
        piece = " ".join((m.group(1) if m.group(1) is not None else m.group(2)).split())
        if piece and _WORDY.search(piece):
            pieces.append(piece)
    return pieces


def fts5_query(user_text: str) -> str:
    """An FTS5 MATCH expression: every piece a quoted string, all required (implicit AND)."""
    return " ".join('"' + p.replace('"', '""') + '"' for p in query_pieces(user_text))


def _filters(dialect: str, authority: str | None, since: date | None,
             params: dict[str, Any]) -> str:
    sql = ""
    if authority:
        params["authority"] = authority.strip().lower()
        sql += " AND (lower(d.authority_id) = :authority OR lower(d.authority) = :authority)"
    if since:
        params["since"] = since.isoformat() if dialect == "sqlite" else since
        sql += " AND d.best_date >= :since"
    return sql


_COLUMNS = ("d.id, d.response_url, d.authority_id, d.authority, d.reference, d.title, "
            "d.best_date AS hit_date")


def _sqlite_search(engine: Engine, pieces: list[str], where: str, params: dict[str, Any]) -> list[Any]:
    params["q"] = " ".join('"' + p.replace('"', '""') + '"' for p in pieces)
    # bm25 weights: a match in the title counts most, the request/response next, body last.
    sql = f"""
        SELECT {_COLUMNS},
               snippet(disclosures_fts, -1, char(2), char(3), '…', 20) AS snippet,
               bm25(disclosures_fts, 10.0, 4.0, 4.0, 1.0) AS rank
        FROM disclosures_fts JOIN disclosures d ON d.id = disclosures_fts.rowid
        WHERE disclosures_fts MATCH :q {where}
        ORDER BY rank, d.id LIMIT :limit"""
    with engine.connect() as conn:
        return [(*r[:8], -r[8]) for r in conn.execute(text(sql), params)]


def _postgres_search(engine: Engine, pieces: list[str], where: str, params: dict[str, Any]) -> list[Any]:
    parts = []
    for i, piece in enumerate(pieces):
        params[f"p{i}"] = piece
        parts.append(f"phraseto_tsquery('english', :p{i})")
    query = " && ".join(parts)
    # Headlines are costly, so they are made only for the rows that survive the LIMIT.
    sql = f"""
        WITH q AS (SELECT ({query}) AS query),
        top AS (
            SELECT d.id, ts_rank_cd(d.search_vector, q.query) AS rank
            FROM disclosures d, q
            WHERE d.search_vector @@ q.query {where}
            ORDER BY rank DESC, d.id LIMIT :limit)
        SELECT {_COLUMNS},
               ts_headline('english',
                   concat_ws(' … ', nullif(d.title, ''), nullif(d.request_text, ''),
                             nullif(d.response_text, ''), left(nullif(d.body_text, ''), 300000)),
                   q.query,
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) ||
                   ', MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "')
                   AS snippet,
               top.rank
        FROM top JOIN disclosures d ON d.id = top.id, q
        ORDER BY top.rank DESC, d.id"""
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def search(engine: Engine, user_text: str, *, authority: str | None = None,
           since: date | None = None, limit: int = 20) -> list[SearchHit]:
    """Disclosures matching every word/phrase of `user_text`, best first.

    authority: an authority id or name (case-insensitive); since: only disclosures dated
    (response, else published, else request date) on or after it.
    """
    pieces = query_pieces(user_text)
    if not pieces or limit <= 0:
        return []
    dialect = engine.dialect.name
    params: dict[str, Any] = {"limit": int(limit)}
    where = _filters(dialect, authority, since, params)
    runner = _sqlite_search if dialect == "sqlite" else _postgres_search
    hits = []
    for row in runner(engine, pieces, where, params):
        hit_date = row[6]
        if isinstance(hit_date, str):
            hit_date = date.fromisoformat(hit_date[:10])
        hits.append(SearchHit(disclosure_id=row[0], response_url=row[1], authority_id=row[2],
                              authority=row[3], reference=row[4], title=row[5], date=hit_date,
                              marked_snippet=row[7] or "", rank=float(row[8])))
    return hits

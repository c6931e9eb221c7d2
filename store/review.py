"""People's corrections of the parser's judgement, kept apart from it.

A correction is keyed by the response's URL (the identity `foi reparse` keeps; a
disclosure's row id may change), lives in review_corrections / review_correction_grounds
(migration 0006_evidence_review) and never touches the parser's rows. The views
effective_disclosures / effective_exemptions apply it, so every statistic reads the
person's answer where there is one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Sequence

from sqlalchemy import delete, insert, select, text

from store.api import Store
from store.models import DisclosureRow, ReviewCorrection, ReviewCorrectionGround

OUTCOMES = ("disclosed", "partial", "refused", "not_held")


class ReviewError(LookupError):
    """A bad id or value given to a review command; the message names it."""


@dataclass
class Correction:
    """A person's correction as stored."""

    response_url: str
    outcome: str
    ncnd: bool | None
    grounds: list[dict[str, Any]] | None  # None: the parser's grounds stand
    note: str | None
    reviewer: str | None
    corrected_at: str
    parser: dict[str, Any] = field(default_factory=dict)  # the parser's own judgement beside it


def resolve(store: Store, ident: str) -> tuple[str, dict[str, Any]]:
    """A disclosure's response_url and row from the id `foi review` lists or its URL."""
    with store.engine.connect() as conn:
        q = select(DisclosureRow.__table__)
        if ident.strip().isdigit():
            row = conn.execute(q.where(DisclosureRow.id == int(ident))).mappings().first()
        else:
            row = conn.execute(q.where(DisclosureRow.response_url == ident.strip())).mappings().first()
    if row is None:
        raise ReviewError(f"{ident}: no such disclosure (give the id `foi review` lists or the response URL)")
    return row["response_url"], dict(row)


def set_correction(store: Store, ident: str, *, outcome: str, grounds: Sequence[Any] | None,
                   ncnd: bool | None = None, note: str | None = None, reviewer: str | None = None) -> Correction:
    """Store (or replace) the correction for one response. `grounds` are contract Exemptions;
    None keeps the parser's grounds, an empty list says there are none."""
    if outcome not in OUTCOMES:
        raise ReviewError(f"{outcome!r}: not an outcome (use one of {', '.join(OUTCOMES)})")
    url, _ = resolve(store, ident)
    now = datetime.now(timezone.utc)
    with store.engine.begin() as conn:
        conn.execute(delete(ReviewCorrectionGround).where(ReviewCorrectionGround.response_url == url))
        conn.execute(delete(ReviewCorrection).where(ReviewCorrection.response_url == url))
        conn.execute(insert(ReviewCorrection).values(
            response_url=url, outcome=outcome, ncnd=ncnd, grounds_replaced=int(grounds is not None),
            note=note, reviewer=reviewer, corrected_at=now))
        if grounds:
            conn.execute(insert(ReviewCorrectionGround), [
                dict(response_url=url, code=g.code, section=g.section, statute=g.statute, name=g.name,
                     ncnd=bool(g.ncnd)) for g in grounds])
    found = get_correction(store, url)
    assert found is not None
    return found


def get_correction(store: Store, ident: str) -> Correction | None:
    """The correction for a response (None if it has none), with the parser's judgement."""
    url, row = resolve(store, ident)
    with store.engine.connect() as conn:
        c = conn.execute(select(ReviewCorrection.__table__).where(
            ReviewCorrection.response_url == url)).mappings().first()
        parsed = [dict(r) for r in conn.execute(text(
            "SELECT code, confidence, evidence FROM exemptions WHERE disclosure_id = :d ORDER BY id"),
            {"d": row["id"]}).mappings()]
        grounds = [dict(r) for r in conn.execute(
            select(ReviewCorrectionGround.code, ReviewCorrectionGround.statute, ReviewCorrectionGround.name)
            .where(ReviewCorrectionGround.response_url == url)
            .order_by(ReviewCorrectionGround.id)).mappings()]
    if c is None:
        return None
    at = c["corrected_at"]
    return Correction(
        response_url=url, outcome=c["outcome"], ncnd=None if c["ncnd"] is None else bool(c["ncnd"]),
        grounds=grounds if c["grounds_replaced"] else None, note=c["note"], reviewer=c["reviewer"],
        corrected_at=at.isoformat() if hasattr(at, "isoformat") else str(at),
        parser=dict(id=row["id"], outcome=row["outcome"], ncnd=bool(row["ncnd"]),
                    outcome_confidence=row.get("outcome_confidence"),
                    outcome_evidence=row.get("outcome_evidence") or [],
                    review_reasons=row.get("review_reasons") or [], grounds=parsed))


def unset_correction(store: Store, ident: str) -> bool:
    """Remove a response's correction; False when it had none."""
    url, _ = resolve(store, ident)
    with store.engine.begin() as conn:
        conn.execute(delete(ReviewCorrectionGround).where(ReviewCorrectionGround.response_url == url))
        done = conn.execute(delete(ReviewCorrection).where(ReviewCorrection.response_url == url)).rowcount
    return bool(done)


# The review queue: flagged records, the parser's answer, and any correction already made.
QUEUE_SQL = """
SELECT d.id, d.authority_id, d.authority, d.reference, d.outcome AS parser_outcome,
       d.outcome_confidence AS confidence, d.review_reasons AS reasons, d.response_url AS link,
       c.outcome AS corrected_outcome, c.reviewer AS corrected_by
FROM disclosures d LEFT JOIN review_corrections c ON c.response_url = d.response_url
WHERE d.error IS NULL AND (d.needs_review = :yes OR (:corrected = 1 AND c.response_url IS NOT NULL))
      {where}
ORDER BY d.outcome_confidence, d.authority_id, d.id
"""


def review_queue(store: Store, *, authority: str | None = None, corrected: bool = False) -> list[dict[str, Any]]:
    """Records marked for review (and, with corrected=True, every corrected record)."""
    import json

    where = "AND d.authority_id = :authority" if authority else ""
    params: dict[str, Any] = {"yes": True, "corrected": int(corrected)}
    if authority:
        params["authority"] = authority
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(text(QUEUE_SQL.format(where=where)), params).mappings()]
    for r in rows:
        reasons = r["reasons"]
        if isinstance(reasons, str):
            reasons = json.loads(reasons)
        r["reasons"] = "; ".join(reasons or [])
    return rows

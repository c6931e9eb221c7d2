"""The request families' kept summary, read without pandas or numpy: the fast path of
`foi stats families`.

At a million responses the summary itself is one row (analysis_family_summary, migration
0011), but importing pandas and numpy to read it cost most of the command's second. What
decides whether that row is still true (the families' fingerprint and the corrections'
fingerprint) is read here with plain queries, and analysis.families uses these same
functions when it writes the row, so both always compute one key the same way.
"""
from __future__ import annotations

import json
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.db import Db, corrections_fingerprint, fetch  # noqa: F401 - corrections_fingerprint: analysis.families reads it here
from analysis.rows import Rows

# The grouping's settings (tuned together; analysis.families says what they mean). Kept here,
# not in analysis.family_groups, so reading the fingerprint does not import numpy.
BANDS, ROWS = 10, 3
MAX_REPS = 8
COMMON_MIN_DOCS, COMMON_SHARE = 2000, 0.05
MIN_WORDS = 3
# bump when the grouping changes in a way the settings above do not show: cached families
# computed by an older method are then recomputed
METHOD_VERSION = 2  # 2: requests cut where a clarification or the answer begins (request_ends.txt)
SUMMARY_TABLE = "analysis_family_summary"  # migration 0011
SUMMARY_COLUMNS = ["family_id", "topic", "authorities", "responses", "disclosed", "partial",
                   "refused", "not_held", "ncnd", "top_ground", "top_ground_responses", "summary"]
SUMMARY_INTS = ("family_id", "authorities", "responses", "disclosed", "partial", "refused", "not_held", "ncnd",
                "top_ground_responses")
_DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    path = _DATA / "request_stopwords.txt"
    return frozenset(w.strip() for w in path.read_text().splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def request_ends() -> tuple[str, ...]:
    path = _DATA / "request_ends.txt"
    return tuple(w.strip().lower() for w in path.read_text().splitlines() if w.strip() and not w.startswith("#"))


def _plain(value: Any) -> Any:
    return None if value is None else (int(value) if isinstance(value, (int, float)) else str(value))


def fingerprint(db: Db) -> str:
    """What the cached families depend on, read from indexes only (a million responses'
    texts are not read to tell): how many responses, the latest id and the latest parse time
    (the store stamps parsed_at on every save and every failed parse, and an index of
    migration 0011 holds it), plus the method's own settings and stopword list, so a change
    to either recomputes."""
    # three subqueries, not one SELECT of three aggregates: PostgreSQL then reads each from an
    # index (the MAXes one entry each) instead of scanning the table for all three
    row = fetch(db, """SELECT (SELECT COUNT(*) FROM disclosures) AS n, (SELECT MAX(id) FROM disclosures) AS hi,
                              (SELECT MAX(parsed_at) FROM disclosures) AS parsed""").data[0]
    method = (METHOD_VERSION, BANDS, ROWS, MAX_REPS, COMMON_MIN_DOCS, COMMON_SHARE, MIN_WORDS,
              zlib.crc32("\n".join(sorted(stopwords())).encode()), zlib.crc32("\n".join(request_ends()).encode()))
    return repr(([_plain(v) for v in row], method))


def threshold_key(threshold: float) -> str:
    """The cache key of a threshold: its text, so REAL columns of differing precision
    (SQLite 8 bytes, PostgreSQL 4) cannot make 0.6 miss 0.6."""
    return repr(float(threshold))


def summary_key(db: Db, fingerprint_now: str | None = None) -> str:
    """The key the kept summary must carry to be true of the store as it is now."""
    return repr((fingerprint_now or fingerprint(db), corrections_fingerprint(db)))


def kept_rows(db: Db, threshold: float, key: str | None = None) -> Rows | None:
    """The summary kept for this threshold when it was counted under the store's present key,
    else None (nothing kept, a store before 0011, or the families or corrections changed)."""
    try:
        found = fetch(db, f"SELECT fingerprint, families FROM {SUMMARY_TABLE} WHERE threshold = :t",
                      {"t": threshold_key(threshold)})
    except Exception:  # noqa: BLE001 - no table yet (a store before 0011)
        return None
    if not found.data or found.data[0][0] != (key or summary_key(db)):
        return None
    rows = json.loads(found.data[0][1])
    return Rows(SUMMARY_COLUMNS, ([row.get(c) for c in SUMMARY_COLUMNS] for row in rows), ints=SUMMARY_INTS)

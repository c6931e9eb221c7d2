"""Request families: the same (or nearly the same) request sent to many authorities.

Campaigners and journalists send one request to every force ("how many hostage negotiators
do you have?"). Grouping those responses side by side shows who answered and who refused the
identical question, which is the fairest comparison the corpus offers.

Method: each request becomes the set of its subject words (stopwords and numbers dropped);
MinHash signatures + banding (locality-sensitive hashing) find candidate pairs in near-linear
time, and a candidate joins a family only if its exact word-set Jaccard with a member
reaches `threshold`. The grouping itself streams (analysis.family_groups): requests are read
in batches and held as int32 word ids, so a million of them fit in a few hundred MB.
"""
from __future__ import annotations

import ast
import json
import re
import zlib
from collections import Counter
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Callable

import pandas as pd

from analysis import family_groups
from analysis.db import EVENT_DATE, PARSED, Db, date_filter, dialect, iter_rows, read_sql, write_sql
from analysis.usage import provision_label

_WORD = re.compile(r"[a-z][a-z]+")
# a plural 's' after 4+ letters (not 'ss'): 'negotiators' -> 'negotiator', 'address' kept
_PLURAL = re.compile(r"\b([a-z]{3,}[a-rt-z])s\b")
# 10 bands x 3 rows: a pair with Jaccard j becomes a candidate with probability
# 1 - (1 - j^3)^10, i.e. 0.89 at j=0.6 and 0.99 at j=0.8 (tuned with THRESHOLD below);
# up to 8 representatives per bucket; words in more than 5% of distinct requests (once there
# are 2,000) left out of the hashing; requests of fewer than 3 subject words never grouped.
_BANDS, _ROWS = family_groups.BANDS, family_groups.ROWS
THRESHOLD = 0.6
_MAX_REPS = family_groups.MAX_REPS
_COMMON_MIN_DOCS, _COMMON_SHARE = family_groups.COMMON_MIN_DOCS, family_groups.COMMON_SHARE
_MIN_WORDS = family_groups.MIN_WORDS
# bump when the grouping changes in a way the settings above do not show: cached families
# computed by an older method are then recomputed
_METHOD_VERSION = 2  # 2: requests cut where a clarification or the answer begins (request_ends.txt)
_CACHE_TABLE, _STATE_TABLE = "analysis_family_cache", "analysis_family_state"
_SUMMARY_TABLE = "analysis_family_summary"  # migration 0011

MEMBER_COLUMNS = ["family_id", "topic", "disclosure_id", "authority_id", "authority", "reference",
                  "date", "outcome", "ncnd", "grounds", "similarity", "response_url"]
SUMMARY_COLUMNS = ["family_id", "topic", "authorities", "responses", "disclosed", "partial",
                   "refused", "not_held", "ncnd", "top_ground", "top_ground_responses", "summary"]


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "request_stopwords.txt"
    return frozenset(w.strip() for w in path.read_text().splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _request_ends() -> tuple[str, ...]:
    path = Path(__file__).with_name("data") / "request_ends.txt"
    return tuple(w.strip().lower() for w in path.read_text().splitlines() if w.strip() and not w.startswith("#"))


def request_proper(text: str | None) -> str:
    """The request as every force was sent it: the text up to the first line where a
    clarification with this requester, or the answer, begins (data/request_ends.txt)."""
    lines = (text or "").splitlines()
    for i, line in enumerate(lines):
        if line.strip().lower().startswith(_request_ends()):
            return "\n".join(lines[:i])
    return text or ""


def request_words(text: str | None) -> frozenset[str]:
    """The subject words of a request: lower case, no stopwords, no numbers, crude plural
    folding so 'negotiators' meets 'negotiator'; clarifications and answers run on after
    it are left out (request_proper)."""
    words = set(_WORD.findall(_PLURAL.sub(r"\1", request_proper(text).lower())))
    return frozenset(w for w in words - _stopwords() if len(w) > 2)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Word-set overlap: |a & b| / |a | b| (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _topic(titles: list[str | float | None], word_sets: Callable[[], list[frozenset[str]]]) -> str:
    """A short name for a family: its most common title, else its most shared words
    (`word_sets` is called only then)."""
    # a NULL title among strings comes through pandas as NaN: not a title
    named = Counter(t.strip() for t in titles if isinstance(t, str) and t.strip())
    if named:
        best = max(named.values())
        return min((t for t, c in named.items() if c == best), key=lambda t: (len(t), t))
    counts = Counter(w for s in word_sets() for w in s)
    # ties by the word itself: a set's order follows string hashing, which differs per process
    return " ".join(w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])


def _fingerprint(db: Db) -> str:
    """What the cached families depend on, read from indexes only (a million responses'
    texts are not read to tell): how many responses, the latest id and the latest parse time
    (the store stamps parsed_at on every save and every failed parse, and an index of
    migration 0011 holds it), plus the method's own settings and stopword list, so a change
    to either recomputes."""
    # three subqueries, not one SELECT of three aggregates: PostgreSQL then reads each from an
    # index (the MAXes one entry each) instead of scanning the table for all three
    row = read_sql(db, """SELECT (SELECT COUNT(*) FROM disclosures) AS n, (SELECT MAX(id) FROM disclosures) AS hi,
                                 (SELECT MAX(parsed_at) FROM disclosures) AS parsed""").iloc[0]
    method = (_METHOD_VERSION, _BANDS, _ROWS, _MAX_REPS, _COMMON_MIN_DOCS, _COMMON_SHARE, _MIN_WORDS,
              zlib.crc32("\n".join(sorted(_stopwords())).encode()), zlib.crc32("\n".join(_request_ends()).encode()))
    values = [None if pd.isna(v) else (int(v) if isinstance(v, (int, float)) else str(v)) for v in row]
    return repr((values, method))


def _corrections_fingerprint(db: Db) -> str:
    """What a review correction changes in the summary (outcomes, grounds): the corrections'
    count and latest time, their grounds' count and latest id (a correction is replaced by a
    delete and an insert, so an edit moves both)."""
    try:
        row = read_sql(db, """SELECT (SELECT COUNT(*) FROM review_corrections) AS n,
                                     (SELECT MAX(corrected_at) FROM review_corrections) AS at,
                                     (SELECT COUNT(*) FROM review_correction_grounds) AS g,
                                     (SELECT MAX(id) FROM review_correction_grounds) AS gid""").iloc[0]
    except Exception:  # noqa: BLE001 - a store before corrections (0006): none to count
        return "no corrections table"
    return repr([None if pd.isna(v) else (int(v) if isinstance(v, (int, float)) else str(v)) for v in row])


def _compute(db: Db, threshold: float) -> pd.DataFrame:
    """Every request with enough subject words: its family root (the disclosure id of the
    group's first response), similarity to the root, and whether the group holds others.

    The requests stream from the store in batches and are kept as word ids only
    (family_groups.WordSets): a million take about 100 MB, not the 4.7 GB of frozensets."""
    words = family_groups.WordSets()
    sql = f"""SELECT d.id, d.request_text FROM disclosures d
              WHERE {PARSED} AND d.request_text IS NOT NULL AND d.request_text <> '' ORDER BY d.id"""
    for rows in iter_rows(db, sql, batch=5000):
        for disclosure_id, request_text in rows:
            subject = request_words(request_text)
            if len(subject) >= _MIN_WORDS:
                words.add(disclosure_id, subject)
    ids, roots, similarity, grouped = family_groups.group(words, threshold)
    return pd.DataFrame({"disclosure_id": ids.astype("int64"), "root_id": roots.astype("int64"),
                         "similarity": similarity.astype(float), "grouped": grouped.astype(bool)})


def _key(threshold: float) -> str:
    """The cache key of a threshold: its text, so REAL columns of differing precision
    (SQLite 8 bytes, PostgreSQL 4) cannot make 0.6 miss 0.6."""
    return repr(float(threshold))


def _cached(db: Db, threshold: float, fingerprint: str, read: bool = True) -> pd.DataFrame | None:
    """The cached (disclosure_id, root_id, similarity) rows for this threshold (an empty
    frame when `read` is False), or None when there are none or they were computed from
    other requests."""
    try:
        state = read_sql(db, f"SELECT fingerprint FROM {_STATE_TABLE} WHERE threshold = :t", {"t": _key(threshold)})
    except Exception:  # noqa: BLE001 - no cache table yet (or a read-only store): compute
        return None
    if state.empty or state["fingerprint"].iloc[0] != fingerprint:
        return None
    if not read:
        return pd.DataFrame(columns=["disclosure_id", "root_id", "similarity"])
    return read_sql(db, f"SELECT disclosure_id, root_id, similarity FROM {_CACHE_TABLE} WHERE threshold = :t",
                    {"t": _key(threshold)})


def _save(db: Db, threshold: float, fingerprint: str, grouped: pd.DataFrame) -> bool:
    """Replace the cache for this threshold (best effort: a read-only or busy store just
    means the next run computes again)."""
    key = _key(threshold)
    columns = [grouped[c].to_numpy() for c in ("disclosure_id", "root_id", "similarity")]
    # parameter rows made 20,000 at a time as they are written, not a million dicts at once
    rows = ([{"t": key, "d": int(d), "r": int(r), "s": float(s)} for d, r, s in
             zip(*(c[lo:lo + 20_000] for c in columns))] for lo in range(0, len(grouped), 20_000))
    # Migration 0003 makes both tables; IF NOT EXISTS only for a store read before it ran.
    statements = [
        (f"""CREATE TABLE IF NOT EXISTS {_CACHE_TABLE} (threshold VARCHAR(32) NOT NULL,
             disclosure_id INTEGER NOT NULL, root_id INTEGER NOT NULL, similarity REAL NOT NULL,
             PRIMARY KEY (threshold, disclosure_id))""", None),
        (f"""CREATE TABLE IF NOT EXISTS {_STATE_TABLE} (threshold VARCHAR(32) PRIMARY KEY,
             fingerprint TEXT NOT NULL, computed_at TEXT NOT NULL)""", None),
        (f"DELETE FROM {_CACHE_TABLE} WHERE threshold = :t", {"t": _key(threshold)}),
        (f"DELETE FROM {_STATE_TABLE} WHERE threshold = :t", {"t": _key(threshold)}),
        (f"INSERT INTO {_CACHE_TABLE} (threshold, disclosure_id, root_id, similarity) VALUES (:t, :d, :r, :s)",
         rows),
        (f"INSERT INTO {_STATE_TABLE} (threshold, fingerprint, computed_at) VALUES (:t, :f, :c)",
         {"t": _key(threshold), "f": fingerprint, "c": datetime.now(timezone.utc).isoformat(timespec="seconds")}),
    ]
    try:
        write_sql(db, statements)
    except Exception:  # noqa: BLE001 - the cache is an optimisation, never a failure
        return False
    return True


def family_assignments(db: Db = None, *, threshold: float = THRESHOLD) -> pd.DataFrame:
    """disclosure_id, root_id, similarity for every response whose request matched another's.

    Grouping 100,000 requests takes seconds (tokenising, MinHash, exact Jaccard checks), so
    the result is kept in the store (tables analysis_family_cache / analysis_family_state)
    keyed by threshold, and reused until the requests change (see `_fingerprint`)."""
    return _assign(db, threshold)[0]


def _assign(db: Db, threshold: float, read: bool = True, fingerprint: str | None = None) -> tuple[pd.DataFrame, bool]:
    """family_assignments, and whether the cache table now holds exactly those rows (so
    later queries can join it instead of reading every response). With `read` False a
    fresh cache is not read (an empty frame comes back): the caller queries the table."""
    fingerprint = fingerprint or _fingerprint(db)
    cached = _cached(db, threshold, fingerprint, read)
    if cached is not None:
        return cached, True
    if _extend(db, threshold, fingerprint):  # only new responses, each joining its twin's family
        cached = _cached(db, threshold, fingerprint, read)
        if cached is not None:
            return cached, True
    computed = _compute(db, threshold)
    grouped = computed[computed["grouped"]].drop(columns="grouped").reset_index(drop=True)
    saved = bool(len(computed)) and _save(db, threshold, fingerprint, grouped)
    return grouped, saved


def _extend(db: Db, threshold: float, fingerprint: str) -> bool:
    """Add new responses to the cached families without grouping every request again, when
    that gives exactly what grouping again would: nothing stored before changed (no row up
    to the last cached id is gone or parsed since), and each new request with enough words
    has the very word set of a cached member. Grouping joins identical word sets before
    anything else and counts only distinct sets after, so such a request joins its twin's
    family with its twin's similarity, and every other response keeps its family. The usual
    new response of a round robin is such a twin. Anything else (a new wording, a twin of an
    ungrouped request) returns False, and the caller groups everything again."""
    try:
        state = read_sql(db, f"SELECT fingerprint FROM {_STATE_TABLE} WHERE threshold = :t", {"t": _key(threshold)})
        if state.empty:
            return False
        (n, hi, parsed), method = ast.literal_eval(state["fingerprint"].iloc[0])
        if ast.literal_eval(fingerprint)[1] != method or None in (n, hi, parsed):
            return False
        n, hi = int(n), int(hi)  # kept as text when pandas gave numpy integers
        since = "CAST(:parsed AS TIMESTAMP WITH TIME ZONE)" if dialect(db) == "postgresql" else ":parsed"
        old = read_sql(db, f"""SELECT (SELECT COUNT(*) FROM disclosures WHERE id <= :hi) AS n,
                                      (SELECT COUNT(*) FROM disclosures WHERE id <= :hi AND parsed_at > {since}) AS changed""",
                       {"hi": hi, "parsed": parsed}).iloc[0]
        if int(old["n"]) != n or int(old["changed"]):
            return False
        new: list[tuple[int, frozenset[str]]] = []
        for rows in iter_rows(db, f"""SELECT d.id, d.request_text FROM disclosures d WHERE d.id > :hi AND {PARSED}
                                      AND d.request_text IS NOT NULL AND d.request_text <> '' ORDER BY d.id""", {"hi": hi}):
            new += [(int(i), s) for i, t in rows if len(s := request_words(t)) >= _MIN_WORDS]
        twins: dict[frozenset[str], tuple[int, float]] = {}
        if new:
            wanted = {s for _, s in new}
            for rows in iter_rows(db, f"""SELECT c.root_id, c.similarity, d.request_text FROM {_CACHE_TABLE} c
                                          JOIN disclosures d ON d.id = c.disclosure_id WHERE c.threshold = :t""",
                                  {"t": _key(threshold)}):
                for root, similarity, text in rows:
                    if (s := request_words(text)) in wanted:
                        twins.setdefault(s, (int(root), float(similarity)))
            if any(s not in twins for _, s in new):
                return False
    except Exception:  # noqa: BLE001 - an old or odd state: group everything again
        return False
    key = _key(threshold)
    statements: list = [(f"INSERT INTO {_CACHE_TABLE} (threshold, disclosure_id, root_id, similarity) VALUES (:t, :d, :r, :s)",
                         [{"t": key, "d": i, "r": twins[s][0], "s": twins[s][1]} for i, s in new]),
                        (f"UPDATE {_STATE_TABLE} SET fingerprint = :f, computed_at = :c WHERE threshold = :t",
                         {"t": key, "f": fingerprint, "c": datetime.now(timezone.utc).isoformat(timespec="seconds")})]
    try:
        write_sql(db, statements)
    except Exception:  # noqa: BLE001 - a read-only or busy store: group everything instead
        return False
    return True


def request_families(db: Db = None, *, threshold: float = THRESHOLD,
                     min_authorities: int = 2, since: object = None, until: object = None) -> pd.DataFrame:
    """Every response that belongs to a family, with its authority's outcome and grounds.

    since/until keep the members whose best date falls between them (undated ones drop out),
    and then the families still answered by `min_authorities`; families keep the ids they
    have over the whole store, so a family is the same family whatever the range."""
    in_cache = ""
    if min_authorities >= 2:
        assigned, fresh = _assign(db, threshold)
        if fresh:  # read only the grouped responses, not every one
            in_cache = f" AND {{col}} IN (SELECT disclosure_id FROM {_CACHE_TABLE} WHERE threshold = :t)"
    else:  # single responses count as families: every request, not only the cached groups
        assigned = _compute(db, threshold).drop(columns="grouped")
    if assigned.empty:
        return pd.DataFrame(columns=MEMBER_COLUMNS)
    docs = read_sql(db, f"""
        SELECT d.id AS disclosure_id, d.authority_id, d.authority, d.reference, d.title,
               CAST({EVENT_DATE} AS TEXT) AS date, d.outcome, d.ncnd, d.response_url
        FROM effective_disclosures d
        WHERE {PARSED} AND d.request_text IS NOT NULL AND d.request_text <> ''{in_cache.format(col="d.id")}
        ORDER BY d.id""", {"t": _key(threshold)} if in_cache else {})
    members = docs.merge(assigned, on="disclosure_id", how="inner", sort=False)
    sizes = members.groupby("root_id")["authority_id"].nunique()
    families = sizes[sizes >= min_authorities].index
    members = members[members["root_id"].isin(families)].reset_index(drop=True)
    if members.empty:
        return pd.DataFrame(columns=MEMBER_COLUMNS)
    wanted = set(members["disclosure_id"])
    codes: dict[int, dict[str, None]] = {}
    grounds_sql = ("SELECT disclosure_id, code, statute FROM effective_exemptions WHERE 1 = 1"
                   f"{in_cache.format(col='disclosure_id')} ORDER BY disclosure_id, id")
    for did, code, statute in read_sql(db, grounds_sql, {"t": _key(threshold)} if in_cache else {}).itertuples(index=False):
        if did in wanted:
            codes.setdefault(did, {})[provision_label(code, statute)] = None
    members["grounds"] = [("; ".join(codes[d]) if d in codes else "") for d in members["disclosure_id"]]
    members["ncnd"] = members["ncnd"].astype(bool)
    # number families by the first address among their responses (not by row ids, which
    # follow the order a crawl happened to store them in), so the same responses give the
    # same family ids in every store: two crawls of the same logs, a README example, a link
    first_url = members.groupby("root_id")["response_url"].min()
    order = {root: i + 1 for i, root in enumerate(sorted(families, key=lambda r: (first_url[r], r)))}
    members["family_id"] = members["root_id"].map(order).astype("int64")
    topics = {}
    for root, rows in members.groupby("root_id"):
        topics[root] = _topic(rows["title"].tolist(), lambda ids=rows["disclosure_id"].tolist(): _word_sets_of(db, ids))
    members["topic"] = members["root_id"].map(topics)
    if since or until:
        dated = members["date"].notna()
        if since:
            dated &= members["date"].fillna("") >= str(since)[:10]
        if until:
            dated &= members["date"].fillna("") <= str(until)[:10]
        members = members[dated]
        sizes = members.groupby("root_id")["authority_id"].nunique()
        members = members[members["root_id"].isin(sizes[sizes >= min_authorities].index)]
        if members.empty:
            return pd.DataFrame(columns=MEMBER_COLUMNS)
    members = members.sort_values(["family_id", "authority_id", "response_url"])
    return members[MEMBER_COLUMNS].reset_index(drop=True)


def _word_sets_of(db: Db, ids: list[int]) -> list[frozenset[str]]:
    """The subject words of a few responses' requests (a family without titles is named by
    them, which is rare enough to read its requests again)."""
    texts = read_sql(db, f"SELECT request_text FROM disclosures WHERE id IN ({', '.join(str(int(i)) for i in ids)})")
    return [request_words(t) for t in texts["request_text"]]


def family_summary(members: pd.DataFrame) -> pd.DataFrame:
    """One line per family: how many authorities answered, how each answered, and the
    grounds, e.g. 'Hostage negotiators: 4 authorities answered, 1 disclosed in full,
    3 withheld (2 refused, 1 partly) citing s31 (3), s23 (1), s24 (1)'."""
    rows = []
    for fid, fam in members.groupby("family_id", sort=True):
        outcome = fam["outcome"].value_counts()
        sections: Counter[str] = Counter()
        for g in fam["grounds"]:
            sections.update({re.sub(r"\(.*", "", c) for c in g.split("; ") if c})
        rows.append(_summary_row(int(fid), fam["topic"].iloc[0], fam["authority_id"].nunique(), len(fam),
                                 {o: int(outcome.get(o, 0)) for o in _OUTCOMES}, int(fam["ncnd"].sum()), sections))
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


_OUTCOMES = ("disclosed", "partial", "refused", "not_held")


def _summary_row(fid: int, topic: str, n_auth: int, responses: int, counts: dict[str, int], ncnd: int,
                 sections: Counter[str]) -> dict[str, object]:
    """One family's summary line from its counts (family_summary and family_table share it)."""
    ranked = sorted(sections.items(), key=lambda kv: (-kv[1], kv[0]))
    top, top_n = ranked[0] if ranked else (None, 0)
    answered = (f"{responses} responses from {n_auth} authorities" if responses > n_auth
                else f"{n_auth} authorities answered")
    parts = [f"{topic}: {answered}"]
    if counts["disclosed"]:
        parts.append(f"{counts['disclosed']} disclosed in full")
    withheld = counts["refused"] + counts["partial"]
    if withheld:
        grounds = " citing " + ", ".join(f"{s} ({n})" for s, n in ranked) if ranked else ""
        parts.append(f"{withheld} withheld ({counts['refused']} refused, {counts['partial']} partly){grounds}")
    if counts["not_held"]:
        parts.append(f"{counts['not_held']} not held")
    if ncnd:
        parts.append(f"{ncnd} neither confirmed nor denied")
    return {"family_id": fid, "topic": topic, "authorities": n_auth, "responses": responses, **counts,
            "ncnd": ncnd, "top_ground": top, "top_ground_responses": top_n, "summary": ", ".join(parts)}


def family_table(db: Db = None, *, threshold: float = THRESHOLD, since: object = None,
                 until: object = None) -> pd.DataFrame:
    """family_summary(request_families(...)), read as a small result: over the whole store
    the summary lines kept in analysis_family_summary (one row, while neither the families
    nor the review corrections changed); for a date range, or when they changed, counted in
    SQL over the cached families (a row per family, per family and title, per family and
    ground), never every member's row. A store whose cache cannot be written (read-only)
    takes the members' path."""
    fingerprint = _fingerprint(db)
    _, fresh = _assign(db, threshold, read=False, fingerprint=fingerprint)
    if not fresh:
        return family_summary(request_families(db, threshold=threshold, since=since, until=until))
    if since or until:
        return _count_families(db, threshold, since, until)
    key = repr((fingerprint, _corrections_fingerprint(db)))
    kept = _kept_summary(db, threshold, key)
    if kept is not None:
        return kept
    table = _count_families(db, threshold, None, None)
    _keep_summary(db, threshold, key, table)
    return table


def _kept_summary(db: Db, threshold: float, key: str) -> pd.DataFrame | None:
    """The summary kept for this threshold if it was counted under `key`, else None."""
    try:
        row = read_sql(db, f"SELECT fingerprint, families FROM {_SUMMARY_TABLE} WHERE threshold = :t",
                       {"t": _key(threshold)})
    except Exception:  # noqa: BLE001 - no table yet (a store before 0011): count
        return None
    if row.empty or row["fingerprint"].iloc[0] != key:
        return None
    return pd.DataFrame(json.loads(row["families"].iloc[0]), columns=SUMMARY_COLUMNS)


def _keep_summary(db: Db, threshold: float, key: str, table: pd.DataFrame) -> None:
    """Keep the summary lines (best effort, as the families' cache)."""
    rows = [{c: (v.item() if hasattr(v, "item") else v) for c, v in zip(SUMMARY_COLUMNS, r)}
            for r in table[SUMMARY_COLUMNS].itertuples(index=False)]
    t = {"t": _key(threshold)}
    try:
        write_sql(db, [
            (f"""CREATE TABLE IF NOT EXISTS {_SUMMARY_TABLE} (threshold VARCHAR(32) NOT NULL PRIMARY KEY,
                 fingerprint TEXT NOT NULL, families TEXT NOT NULL, computed_at TEXT NOT NULL)""", None),
            (f"DELETE FROM {_SUMMARY_TABLE} WHERE threshold = :t", t),
            (f"INSERT INTO {_SUMMARY_TABLE} (threshold, fingerprint, families, computed_at) VALUES (:t, :f, :j, :c)",
             {**t, "f": key, "j": json.dumps(rows), "c": datetime.now(timezone.utc).isoformat(timespec="seconds")}),
        ])
    except Exception:  # noqa: BLE001 - the summary is an optimisation, never a failure
        pass


def _count_families(db: Db, threshold: float, since: object, until: object) -> pd.DataFrame:
    """The summary counted in SQL over a fresh cache (see family_table)."""
    params: dict[str, object] = {"t": _key(threshold)}
    members = (f"FROM effective_disclosures d JOIN {_CACHE_TABLE} c ON c.disclosure_id = d.id AND c.threshold = :t"
               f" WHERE {PARSED} AND d.request_text IS NOT NULL AND d.request_text <> ''")
    # the first address of a family numbers it, compared as Python compares strings (PostgreSQL's
    # collation could order punctuation otherwise)
    url = 'd.response_url COLLATE "C"' if dialect(db) == "postgresql" else "d.response_url"
    whole = read_sql(db, f"""SELECT c.root_id, MIN({url}) AS first_url {members}
                             GROUP BY c.root_id HAVING COUNT(DISTINCT d.authority_id) >= 2""", params)
    if whole.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    order = sorted(zip(whole["first_url"], whole["root_id"].astype("int64")))
    family_of = {int(root): i + 1 for i, (_, root) in enumerate(order)}
    dated, date_params = date_filter(since, until)
    counts = read_sql(db, f"""
        SELECT c.root_id, COUNT(*) AS responses, COUNT(DISTINCT d.authority_id) AS authorities,
               {", ".join(f"SUM(CASE WHEN d.outcome = '{o}' THEN 1 ELSE 0 END) AS {o}" for o in _OUTCOMES)},
               SUM(CASE WHEN d.ncnd THEN 1 ELSE 0 END) AS ncnd
        {members}{dated} GROUP BY c.root_id HAVING COUNT(DISTINCT d.authority_id) >= 2""", {**params, **date_params})
    counts = counts[counts["root_id"].astype("int64").isin(family_of)]
    if counts.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    titles: dict[int, list[str | None]] = {}
    for root, title, n in read_sql(db, f"SELECT c.root_id, d.title, COUNT(*) AS n {members} GROUP BY c.root_id, d.title",
                                   params).itertuples(index=False):
        titles.setdefault(int(root), []).extend([title if isinstance(title, str) else None] * int(n))
    sections = _sections_by_family(db, members, dated, {**params, **date_params})
    rows = []
    for r in counts.itertuples(index=False):
        root = int(r.root_id)
        topic = _topic(titles.get(root, []), lambda root=root: _word_sets_of(db, _member_ids(db, members, params, root)))
        rows.append(_summary_row(family_of[root], topic, int(r.authorities), int(r.responses),
                                 {o: int(getattr(r, o) or 0) for o in _OUTCOMES}, int(r.ncnd or 0),
                                 sections.get(root, Counter())))
    rows.sort(key=lambda row: row["family_id"])
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


_NO_STATUTE = "(no statute)"  # stands for NULL in the join (PostgreSQL text cannot hold NUL)


def _sections_by_family(db: Db, members: str, dated: str, params: dict[str, object]) -> dict[int, Counter[str]]:
    """root -> {section: members citing it}, each ground cut to its section as family_summary
    cuts it ("s31(1)(a)" -> "s31"): the labels of the few distinct (code, statute) pairs are
    made here and sent back as a VALUES list, so the database counts members per section."""
    pairs = read_sql(db, "SELECT DISTINCT code, statute FROM effective_exemptions WHERE code IS NOT NULL")
    labels = []
    for code, statute in pairs.itertuples(index=False):
        statute = None if pd.isna(statute) else statute
        for piece in provision_label(code, statute).split("; "):
            if piece:
                labels.append((code, _NO_STATUTE if statute is None else statute, re.sub(r"\(.*", "", piece)))
    if not labels:
        return {}
    values = ", ".join(f"(:lc{i}, :ls{i}, :lp{i})" for i in range(len(labels)))
    label_params = {k: v for i, (c, s, piece) in enumerate(labels) for k, v in
                    ((f"lc{i}", c), (f"ls{i}", s), (f"lp{i}", piece))}
    # from the cached members to their grounds (SQLite's CROSS JOIN keeps that order; left to
    # itself it scanned every exemption first: 8 s at a million)
    cross = "CROSS JOIN" if dialect(db) == "sqlite" else "JOIN"
    counted = read_sql(db, f"""
        WITH labels (code, statute, piece) AS (VALUES {values})
        SELECT c.root_id, l.piece, COUNT(DISTINCT d.id) AS n
        FROM {_CACHE_TABLE} c
        {cross} effective_disclosures d ON d.id = c.disclosure_id
        {cross} effective_exemptions e ON e.disclosure_id = d.id
        JOIN labels l ON l.code = e.code AND l.statute = COALESCE(e.statute, :none)
        WHERE c.threshold = :t AND {members[members.index("WHERE") + 6:]}{dated}
        GROUP BY c.root_id, l.piece""", {**params, **label_params, "none": _NO_STATUTE})
    out: dict[int, Counter[str]] = {}
    for root, piece, n in counted.itertuples(index=False):
        out.setdefault(int(root), Counter())[piece] = int(n)
    return out


def _member_ids(db: Db, members: str, params: dict[str, object], root: int) -> list[int]:
    """The disclosure ids of one family (only a family without titles needs them)."""
    return [int(i) for i in read_sql(db, f"SELECT d.id {members} AND c.root_id = :root ORDER BY d.id",
                                     {**params, "root": root})["id"]]

"""The request-family grouping as it was before it streamed (everything in memory, word sets
as frozensets of strings), kept as the oracle the streamed one must equal
(analysis.family_groups); from analysis/families.py at commit d7b25573."""
from __future__ import annotations

import zlib
from collections import Counter

import numpy as np
import pandas as pd

from analysis.db import PARSED, Db, read_sql
from analysis.families import jaccard, request_words

_BANDS, _ROWS = 10, 3
_MAX_REPS = 8
_COMMON_MIN_DOCS, _COMMON_SHARE = 2000, 0.05
_MIN_WORDS = 3


def _signatures(word_sets: list[frozenset[str]]) -> np.ndarray:
    """MinHash signatures (n_docs x BANDS*ROWS) by multiply-shift hashing of crc32 word ids."""
    n_hashes = _BANDS * _ROWS
    lengths = np.fromiter((len(s) for s in word_sets), dtype=np.int64, count=len(word_sets))
    flat = np.fromiter((zlib.crc32(w.encode()) for s in word_sets for w in s), dtype=np.uint64,
                       count=int(lengths.sum()))
    rng = np.random.default_rng(20240301)  # fixed seed: the same families on every run
    a = rng.integers(1, 2**63, size=n_hashes, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=n_hashes, dtype=np.uint64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    sig = np.empty((len(word_sets), n_hashes), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(n_hashes):
            hashed = (flat * a[i] + b[i]) >> np.uint64(32)
            sig[:, i] = np.minimum.reduceat(hashed, starts)
    return sig


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _subject_sets(word_sets: list[frozenset[str]]) -> list[frozenset[str]]:
    """Word sets without the words too common to tell requests apart: in a large corpus a
    word found in more than 5% of requests ('number', 'year') would put unrelated requests
    in the same LSH bucket. Small corpora keep every word (a family can be 20% of them)."""
    if len(word_sets) < _COMMON_MIN_DOCS:
        return word_sets
    df = Counter(w for s in word_sets for w in s)
    common = {w for w, c in df.items() if c > _COMMON_SHARE * len(word_sets)}
    return [s - common for s in word_sets] if common else word_sets


def _group(word_sets: list[frozenset[str]], threshold: float) -> list[int]:
    """Family root per document (its own index when it matched nothing)."""
    n = len(word_sets)
    union = _Union(n)
    if n < 2:
        return list(range(n))
    # identical requests (the usual round robin) join at once, so each LSH bucket holds
    # distinct texts only
    first: dict[frozenset[str], int] = {}
    distinct: list[int] = []
    for i, s in enumerate(word_sets):
        j = first.setdefault(s, i)
        if j == i:
            distinct.append(i)
        else:
            union.join(i, j)
    subjects = _subject_sets([word_sets[i] for i in distinct])
    keep = [k for k, s in enumerate(subjects) if s]
    if len(keep) < 2:
        return [union.find(i) for i in range(n)]
    sig = _signatures([subjects[k] for k in keep])
    ids = np.array([distinct[k] for k in keep])
    mix = np.array([1, 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F], dtype=np.uint64)[:_ROWS]
    for band in range(_BANDS):
        with np.errstate(over="ignore"):
            key = np.bitwise_xor.reduce(sig[:, band * _ROWS:(band + 1) * _ROWS] * mix, axis=1)
        order = np.argsort(key, kind="stable")
        cuts = np.flatnonzero(np.diff(key[order])) + 1
        starts, ends = np.r_[0, cuts], np.r_[cuts, len(key)]
        for lo, hi in zip(starts[ends - starts > 1], ends[ends - starts > 1]):
            members = order[lo:hi]
            # compare each member with a few of the bucket's representatives only (not all
            # pairs): a bucket of 45 near-copies costs 45 comparisons, not 990
            reps: list[int] = []
            for i in ids[members]:
                for r in reps:
                    if union.find(i) == union.find(r) or jaccard(word_sets[i], word_sets[r]) >= threshold:
                        union.join(i, r)
                        break
                else:
                    if len(reps) < _MAX_REPS:
                        reps.append(int(i))
    return [union.find(i) for i in range(n)]


def compute(db: Db, threshold: float) -> pd.DataFrame:
    """Every request with enough subject words: its family root (the disclosure id of the
    group's first response), similarity to the root, and whether the group holds others."""
    docs = read_sql(db, f"""
        SELECT d.id AS disclosure_id, d.request_text
        FROM disclosures d
        WHERE {PARSED} AND d.request_text IS NOT NULL AND d.request_text <> ''
        ORDER BY d.id""")
    word_sets = [request_words(t) for t in docs["request_text"]]
    keep = [i for i, s in enumerate(word_sets) if len(s) >= _MIN_WORDS]
    word_sets = [word_sets[i] for i in keep]
    ids = docs["disclosure_id"].to_numpy()[keep] if keep else np.empty(0, dtype=np.int64)
    roots = _group(word_sets, threshold)
    sizes = Counter(roots)
    return pd.DataFrame({
        "disclosure_id": ids.astype("int64"),
        "root_id": ids[roots].astype("int64") if roots else np.empty(0, dtype=np.int64),
        "similarity": np.array([jaccard(word_sets[i], word_sets[r]) for i, r in enumerate(roots)], dtype=float),
        "grouped": np.array([sizes[r] > 1 for r in roots], dtype=bool),
    })

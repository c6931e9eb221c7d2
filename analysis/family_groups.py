"""Grouping requests into families, streamed: the method of analysis.families in bounded memory.

Holding a million requests as Python frozensets of words took 4.7 GB (a frozenset of twenty
strings is about 2 KB). Here the requests are read from the store in batches and each becomes
a sorted run of int32 word ids in one flat array (about 4 bytes a word), so a million requests
need some 100 MB; MinHash band keys are made a slice of requests at a time (10 keys each, not
the 30 hashes). The steps, their order and the union-find are those of the in-memory method
(tests/analysis/families_reference.py keeps it), so every family comes out the same: identical
word sets join first, words in more than 5% of distinct requests are left out of the hashing,
each band's buckets are walked in key order comparing members with up to 8 representatives
by exact Jaccard of their whole word sets.
"""
from __future__ import annotations

import zlib
from array import array
from collections.abc import Callable, Iterable

import numpy as np

# The grouping's settings (tuned together; see analysis.families for what they mean).
BANDS, ROWS = 10, 3
MAX_REPS = 8
COMMON_MIN_DOCS, COMMON_SHARE = 2000, 0.05
MIN_WORDS = 3
_SEED = 20240301  # fixed: the same families on every run
_MIX = np.array([1, 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F], dtype=np.uint64)[:ROWS]
_SLICE = 50_000  # requests hashed at once: 50,000 x ~20 words x 8 bytes per temporary


class WordSets:
    """Requests' word sets as sorted word ids in one flat int32 array, with the disclosure
    id of each; `add` takes them one at a time, as they stream from the store."""

    def __init__(self) -> None:
        self.vocabulary: dict[str, int] = {}
        self._flat: list[np.ndarray] = []
        self._lengths: list[np.ndarray] = []
        self._ids: list[np.ndarray] = []
        self._pending: tuple[list[int], list[int], list[int]] = ([], [], [])

    def add(self, disclosure_id: int, words: Iterable[str]) -> None:
        vocab = self.vocabulary
        ids = sorted({vocab.setdefault(w, len(vocab)) for w in words})
        flat, lengths, dids = self._pending
        flat.extend(ids)
        lengths.append(len(ids))
        dids.append(int(disclosure_id))
        if len(lengths) >= 20_000:
            self._flush()

    def _flush(self) -> None:
        flat, lengths, dids = self._pending
        if lengths:
            self._flat.append(np.asarray(flat, dtype=np.int32))
            self._lengths.append(np.asarray(lengths, dtype=np.int64))
            self._ids.append(np.asarray(dids, dtype=np.int64))
        self._pending = ([], [], [])

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(flat word ids, start of each request in flat, its length, disclosure ids)."""
        self._flush()
        flat = np.concatenate(self._flat) if self._flat else np.empty(0, dtype=np.int32)
        lengths = np.concatenate(self._lengths) if self._lengths else np.empty(0, dtype=np.int64)
        ids = np.concatenate(self._ids) if self._ids else np.empty(0, dtype=np.int64)
        self._flat, self._lengths, self._ids = [flat], [lengths], [ids]
        starts = np.zeros(len(lengths), dtype=np.int64)
        if len(lengths) > 1:
            np.cumsum(lengths[:-1], out=starts[1:])
        return flat, starts, lengths, ids


class _Union:
    """Union-find whose root is always the smallest index of its group (parents in a typed
    array: 8 bytes a request, where a list of a million ints is 36 MB)."""

    def __init__(self, n: int) -> None:
        self.parent = array("q", range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _set_hashes(flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each request's word-id set (sum of mixed ids: order-free), made
    _SLICE requests at a time. Only a first sort: equal hashes are checked word by word
    before two requests are joined."""
    out = np.empty(len(lengths), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for lo in range(0, len(lengths), _SLICE):
            hi = min(lo + _SLICE, len(lengths))
            first, last = int(starts[lo]), int(starts[hi - 1] + lengths[hi - 1])
            x = flat[first:last].astype(np.uint64) + np.uint64(1)
            x = (x ^ (x >> np.uint64(31))) * np.uint64(0x9E3779B97F4A7C15)
            x = (x ^ (x >> np.uint64(29))) * np.uint64(0xBF58476D1CE4E5B9)
            x ^= x >> np.uint64(32)
            out[lo:hi] = np.add.reduceat(x, starts[lo:hi] - first)
    return out


def _first_of_each_set(flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray, union: _Union) -> np.ndarray:
    """Join every request to the first request with the same word set; the firsts' indexes."""
    hashes = _set_hashes(flat, starts, lengths)
    order = np.argsort(hashes, kind="stable")
    cuts = np.flatnonzero(np.diff(hashes[order])) + 1
    lo, hi = np.r_[0, cuts], np.r_[cuts, len(order)]
    is_first = np.ones(len(lengths), dtype=bool)
    for a, b in zip(lo[hi - lo > 1], hi[hi - lo > 1]):
        seen: dict[bytes, int] = {}
        for i in order[a:b].tolist():  # index order within a hash (stable sort)
            key = flat[starts[i]:starts[i] + lengths[i]].tobytes()
            j = seen.setdefault(key, i)
            if j != i:
                union.join(i, j)
                is_first[i] = False
    return np.flatnonzero(is_first)


def _band_keys(flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray, docs: np.ndarray,
               subject: np.ndarray, word_crc: np.ndarray) -> np.ndarray:
    """BANDS LSH keys per request of `docs` (rows), from the MinHash of its subject words,
    made _SLICE requests at a time; the same keys as hashing all signatures at once."""
    n_hashes = BANDS * ROWS
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 2**63, size=n_hashes, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=n_hashes, dtype=np.uint64)
    keys = np.empty((len(docs), BANDS), dtype=np.uint64)
    for lo in range(0, len(docs), _SLICE):
        part = docs[lo:lo + _SLICE]
        words = [flat[s:s + n] for s, n in zip(starts[part].tolist(), lengths[part].tolist())]
        words = [w[subject[w]] for w in words]
        size = np.fromiter((len(w) for w in words), dtype=np.int64, count=len(words))
        crc = word_crc[np.concatenate(words)]
        first = np.zeros(len(words), dtype=np.int64)
        if len(words) > 1:
            np.cumsum(size[:-1], out=first[1:])
        sig = np.empty((len(words), n_hashes), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for i in range(n_hashes):
                sig[:, i] = np.minimum.reduceat((crc * a[i] + b[i]) >> np.uint64(32), first)
            for band in range(BANDS):
                keys[lo:lo + len(part), band] = np.bitwise_xor.reduce(
                    sig[:, band * ROWS:(band + 1) * ROWS] * _MIX, axis=1)
    return keys


def group(words: WordSets, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(disclosure ids, their family roots' disclosure ids, Jaccard with the root, grouped)
    for every request of `words` with at least MIN_WORDS words, in disclosure id order as
    added. A request that matched nothing is its own root (similarity 1, not grouped)."""
    flat, starts, lengths, dids = words.arrays()
    keep_rows = np.flatnonzero(lengths >= MIN_WORDS)
    if len(keep_rows) < len(lengths):  # too short to tell apart: not grouped at all
        parts = [flat[s:s + n] for s, n in zip(starts[keep_rows].tolist(), lengths[keep_rows].tolist())]
        flat = np.concatenate(parts) if parts else np.empty(0, dtype=np.int32)
        lengths, dids = lengths[keep_rows], dids[keep_rows]
        starts = np.zeros(len(lengths), dtype=np.int64)
        if len(lengths) > 1:
            np.cumsum(lengths[:-1], out=starts[1:])
    n = len(lengths)
    union = _Union(n)

    sets: dict[int, frozenset[int]] = {}  # the word sets of recent comparisons (bounded)

    def word_set(i: int) -> frozenset[int]:
        s = sets.get(i)
        if s is None:
            if len(sets) >= 1 << 14:
                sets.clear()
            s = sets[i] = frozenset(flat[starts[i]:starts[i] + lengths[i]].tolist())
        return s

    def jaccard(i: int, j: int) -> float:
        a, b = word_set(i), word_set(j)
        both = len(a & b)
        return both / (len(a) + len(b) - both)  # requests have >= MIN_WORDS words: never 0 / 0

    if n >= 2:
        _lsh(flat, starts, lengths, words, union, word_set, threshold)
    roots = np.fromiter((union.find(i) for i in range(n)), dtype=np.int64, count=n)
    grouped = np.bincount(roots, minlength=n)[roots] > 1 if n else np.empty(0, dtype=bool)
    similarity = np.ones(n, dtype=float)
    for i in np.flatnonzero(grouped).tolist():
        similarity[i] = jaccard(i, int(roots[i]))
    return dids, dids[roots] if n else dids.copy(), similarity, grouped


def _lsh(flat: np.ndarray, starts: np.ndarray, lengths: np.ndarray, words: WordSets, union: _Union,
         word_set: Callable[[int], frozenset[int]], threshold: float) -> None:
    """Identical sets first, then MinHash + banding over the distinct ones (see the module)."""
    distinct = _first_of_each_set(flat, starts, lengths, union)
    subject = np.ones(len(words.vocabulary), dtype=bool)  # word id -> used for hashing
    if len(distinct) >= COMMON_MIN_DOCS:
        in_distinct = np.zeros(len(lengths), dtype=bool)
        in_distinct[distinct] = True
        in_distinct = np.repeat(in_distinct, lengths)  # per word of flat
        df = np.zeros(len(subject), dtype=np.int64)
        step = _SLICE * 20  # bincount copies its input as int64: a slice at a time
        for lo in range(0, len(flat), step):
            df += np.bincount(flat[lo:lo + step][in_distinct[lo:lo + step]], minlength=len(subject))
        subject = ~(df > COMMON_SHARE * len(distinct))
    subject_len = np.add.reduceat(subject[flat], starts, dtype=np.int32)[distinct]
    keep = distinct[subject_len > 0]
    if len(keep) < 2:
        return
    word_crc = np.fromiter((zlib.crc32(w.encode()) for w in words.vocabulary), dtype=np.uint64,
                           count=len(words.vocabulary))
    keys = _band_keys(flat, starts, lengths, keep, subject, word_crc)
    find, join = union.find, union.join
    for band in range(BANDS):
        key = keys[:, band]
        order = np.argsort(key, kind="stable")
        cuts = np.flatnonzero(np.diff(key[order])) + 1
        lo, hi = np.r_[0, cuts], np.r_[cuts, len(key)]
        for a, b in zip(lo[hi - lo > 1].tolist(), hi[hi - lo > 1].tolist()):
            reps: list[int] = []
            for i in keep[order[a:b]].tolist():
                root = find(i)  # nothing joins before the break below, so it holds
                words_i = None
                for r in reps:
                    if root != find(r):
                        if words_i is None:
                            words_i = word_set(i)
                        words_r = word_set(r)
                        both = len(words_i & words_r)
                        # exact Jaccard (>= MIN_WORDS words each: never 0 / 0)
                        if both / (len(words_i) + len(words_r) - both) < threshold:
                            continue
                    join(i, r)
                    break
                else:
                    if len(reps) < MAX_REPS:
                        reps.append(i)

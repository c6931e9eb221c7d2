"""Intervals and tests for rates of small counts.

Many forces publish only a handful of responses a month, so a normal-approximation interval
would run below 0 or above 1; Wilson's score interval stays inside [0, 1] and behaves at
k=0 and k=n. Written here (closed forms) rather than pulling in scipy for three formulas.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy only for wilson over arrays: the z and Fisher tests are plain Python
    import numpy as np

Z95 = 1.959963984540054  # two-sided 95% normal quantile


def wilson(k: np.ndarray | float, n: np.ndarray | float, z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson 95% score interval for k successes out of n (NaN where n is 0)."""
    import numpy as np

    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denom = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
        # exact ends at k=0 and k=n (the closed form leaves rounding dust like 3e-17)
        low = np.where(n > 0, np.where(k == 0, 0.0, np.clip(centre - half, 0.0, 1.0)), np.nan)
        high = np.where(n > 0, np.where(k == n, 1.0, np.clip(centre + half, 0.0, 1.0)), np.nan)
    return low, high


def two_proportion_z(k1: int, n1: int, k2: int, n2: int) -> tuple[float, float]:
    """Pooled two-proportion z statistic and its two-sided p-value ((nan, nan) if undefined)."""
    if n1 == 0 or n2 == 0:
        return math.nan, math.nan
    pooled = (k1 + k2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 0.0, 1.0
    z = (k1 / n1 - k2 / n2) / se
    return z, math.erfc(abs(z) / math.sqrt(2))


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher exact p-value for the 2x2 table [[a, b], [c, d]]: the sum of the
    probabilities of every table with the same margins no more likely than the one seen.
    Used beside the z test because small forces give cells below 5."""
    row1, col1, total = a + b, a + c, a + b + c + d
    if total == 0:
        return math.nan
    lo, hi = max(0, col1 - (total - row1)), min(row1, col1)
    denom = _log_comb(total, col1)

    def logp(x: int) -> float:
        return _log_comb(row1, x) + _log_comb(total - row1, col1 - x) - denom

    observed = logp(a)
    # Only the tables whose probability is not 0.0 in a float can change the sum, and they
    # lie in one run around the most likely table (the hypergeometric is unimodal): find its
    # ends by bisection instead of visiting every table (a force of 20,000 responses against
    # a million is 20,000 tables, most of them exp(-1e5) = 0.0). Same terms, same order, so
    # the same sum. (bench/scale.py: `foi stats compare` spent a second of CPU here at a million responses.)
    mode = min(max((col1 + 1) * (row1 + 1) // (total + 2), lo), hi)
    first = _edge(logp, lo, mode, rising=True)
    last = _edge(logp, mode, hi, rising=False)
    # relative tolerance as in R's fisher.test, so ties are not lost to rounding
    p = sum(math.exp(lp) for x in range(first, last + 1) if (lp := logp(x)) <= observed + 1e-7)
    return float(min(1.0, p))


_ZERO = -760.0  # math.exp of anything below about -745.2 is 0.0


def _edge(logp, lo: int, hi: int, rising: bool) -> int:  # type: ignore[no-untyped-def]
    """On a side of the mode where logp rises (lo..hi, rising) or falls, the outermost x whose
    probability may still be a non-zero float."""
    if rising:  # the first x in [lo, hi] with logp(x) > _ZERO (hi, the mode, always is)
        while lo < hi:
            mid = (lo + hi) // 2
            if logp(mid) > _ZERO:
                hi = mid
            else:
                lo = mid + 1
        return lo
    while lo < hi:  # the last x in [lo, hi] with logp(x) > _ZERO (lo, the mode, always is)
        mid = (lo + hi + 1) // 2
        if logp(mid) > _ZERO:
            lo = mid
        else:
            hi = mid - 1
    return lo

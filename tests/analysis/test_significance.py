"""Intervals and tests against values worked out independently (textbook / R)."""
from __future__ import annotations

import math

import pytest

from analysis.significance import fisher_exact, two_proportion_z, wilson


@pytest.mark.parametrize("k,n,low,high", [
    # Wilson 95%: R binom::binom.wilson / prop.test(correct=FALSE)
    (5, 10, 0.2365931, 0.7634069),
    (0, 10, 0.0, 0.2775328),
    (10, 10, 0.7224672, 1.0),
    (1, 22, 0.008069, 0.217980),
])
def test_wilson_matches_reference_values(k: int, n: int, low: float, high: float) -> None:
    lo, hi = wilson(k, n)
    assert float(lo) == pytest.approx(low, abs=1e-6)
    assert float(hi) == pytest.approx(high, abs=1e-6)


def test_wilson_is_nan_for_empty_groups() -> None:
    lo, hi = wilson(0, 0)
    assert math.isnan(float(lo)) and math.isnan(float(hi))


def test_two_proportion_z_by_hand() -> None:
    # 30/100 vs 20/100: pooled 0.25, se = sqrt(.25*.75*.02) = 0.0612372, z = 1.6329932
    z, p = two_proportion_z(30, 100, 20, 100)
    assert z == pytest.approx(1.6329932, abs=1e-6)
    assert p == pytest.approx(0.1024704, abs=1e-6)


@pytest.mark.parametrize("table,p", [
    ((1, 9, 11, 3), 0.0027594),   # R: fisher.test(matrix(c(1,11,9,3),2))
    ((3, 1, 1, 3), 0.4857143),    # Fisher's tea-tasting table
    ((0, 5, 5, 0), 2 / 252),      # only the two extreme tables: 2 / C(10, 5)
])
def test_fisher_exact_matches_r(table: tuple[int, int, int, int], p: float) -> None:
    assert fisher_exact(*table) == pytest.approx(p, abs=1e-6)

"""A statistic's small answer as plain rows: what `foi stats` draws in the terminal without
importing pandas.

Every `foi stats` command is a fresh process, and importing pandas (with numpy and pyarrow)
costs about 0.4 s of CPU, close to half of the 1 s a statistic may take on PostgreSQL at a
million responses (bench/scale.py). The answers are a few hundred rows computed in SQL, so
each statistic builds its rows here once, in plain Python; the public functions that return
a DataFrame (notebooks, --csv, --json) make their frame from the same rows, so the terminal
and the frame can never disagree.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

if TYPE_CHECKING:
    import pandas as pd

Z95 = 1.959963984540054  # two-sided 95% normal quantile (as analysis.significance)


class Rows:
    """Column names and row tuples, in order. `ints` and `floats` name the columns a frame
    made from them must hold as int64 and float64 (an empty answer has no values to say so)."""

    def __init__(self, columns: Sequence[str], data: Iterable[Sequence[Any]],
                 ints: Iterable[str] = (), floats: Iterable[str] = ()) -> None:
        self.columns = list(columns)
        self.data = [tuple(row) for row in data]
        self.ints = [c for c in ints if c in self.columns]
        self.floats = [c for c in floats if c in self.columns]

    def __len__(self) -> int:
        return len(self.data)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.data)

    def records(self) -> Iterator[dict[str, Any]]:
        for row in self.data:
            yield dict(zip(self.columns, row))

    def column(self, name: str) -> list[Any]:
        i = self.columns.index(name)
        return [row[i] for row in self.data]

    def select(self, columns: Sequence[str]) -> "Rows":
        idx = [self.columns.index(c) for c in columns]
        return Rows(columns, ([row[i] for i in idx] for row in self.data), self.ints, self.floats)

    def drop(self, columns: Iterable[str]) -> "Rows":
        gone = set(columns)
        return self.select([c for c in self.columns if c not in gone])

    def mapped(self, column: str, fn: Callable[[Any], Any]) -> "Rows":
        """The same rows with `fn` applied to every value of `column` (now text)."""
        i = self.columns.index(column)
        return Rows(self.columns, (row[:i] + (fn(row[i]),) + row[i + 1:] for row in self.data),
                    [c for c in self.ints if c != column], [c for c in self.floats if c != column])

    def numeric(self, column: str) -> bool:
        """Would pandas hold this column as numbers (right-aligned in the terminal)?"""
        if column in self.ints or column in self.floats:
            return True
        values = [v for v in self.column(column) if v is not None]
        return bool(values) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values) \
            and (len(values) == len(self.data) or any(isinstance(v, float) for v in values))

    def frame(self) -> "pd.DataFrame":
        """The rows as a DataFrame, the declared columns as int64 / float64."""
        import pandas as pd

        frame = pd.DataFrame(self.data, columns=self.columns)
        for col in self.ints:
            frame[col] = frame[col].astype("int64")
        for col in self.floats:
            frame[col] = frame[col].astype("float64")
        return frame


def wilson(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """analysis.significance.wilson for one pair, without numpy: the same operations in the
    same order, so the same floats."""
    k, n = float(k), float(n)
    if not n > 0:
        return math.nan, math.nan
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    low = 0.0 if k == 0 else min(max(centre - half, 0.0), 1.0)
    high = 1.0 if k == n else min(max(centre + half, 0.0), 1.0)
    return low, high


def ratio(k: float, n: float) -> float:
    """k / n as pandas divides counts: NaN for 0/0, inf for k/0."""
    if n:
        return k / n
    return math.nan if not k else math.copysign(math.inf, k)


def none_first(value: Any) -> tuple[int, Any]:
    """A sort key putting None (SQL NULL) first, as pandas' na_position="first"."""
    return (0, "") if value is None else (1, value)


def none_last(value: Any) -> tuple[int, Any]:
    """A sort key putting None and NaN last, as pandas' na_position="last"."""
    missing = value is None or (isinstance(value, float) and math.isnan(value))
    return (1, 0) if missing else (0, value)

"""The parse budget: the one place its defaults live, overridable by environment or CLI.

30 s and 1 GB hold every response in the bundled sample and the dev set with a wide margin
(the slowest real PDF parses in about 2 s and 250 MB); the hostile inputs in issue 16 ran
for minutes and took several GB before the budget existed.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_SECONDS = 30.0
DEFAULT_MEMORY_MB = 1024
SECONDS_ENV = "FOI_PARSE_SECONDS"
MEMORY_ENV = "FOI_PARSE_MEMORY_MB"


@dataclass(frozen=True)
class Budget:
    """Wall-clock seconds and peak resident memory (MB) one input may take to parse."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB

    def __post_init__(self) -> None:
        if not self.seconds > 0:
            raise ValueError(f"parse time budget must be positive, not {self.seconds!r}")
        if self.memory_mb < 64:
            raise ValueError(f"parse memory budget must be at least 64 MB, not {self.memory_mb!r}")

    @classmethod
    def from_env(cls, seconds: float | None = None, memory_mb: int | None = None) -> "Budget":
        """Explicit values (CLI options) first, then FOI_PARSE_SECONDS / FOI_PARSE_MEMORY_MB,
        then the defaults."""
        try:
            if seconds is None:
                seconds = float(os.environ.get(SECONDS_ENV) or DEFAULT_SECONDS)
            if memory_mb is None:
                memory_mb = int(os.environ.get(MEMORY_ENV) or DEFAULT_MEMORY_MB)
        except ValueError as exc:
            raise ValueError(f"{SECONDS_ENV}/{MEMORY_ENV}: not a number: {exc}") from None
        return cls(seconds=seconds, memory_mb=memory_mb)

    @property
    def memory_bytes(self) -> int:
        return self.memory_mb * 1024 * 1024

    def time_error(self) -> str:
        return f"parse budget exceeded: {self.seconds:g} s"

    def memory_error(self) -> str:
        return f"parse budget exceeded: {self.memory_mb} MB memory"

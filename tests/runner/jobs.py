"""Jobs for the worker tests: module-level so worker processes can unpickle them."""
from __future__ import annotations

import os
import time


def spin(seconds: float) -> str:
    """Busy for `seconds` of wall time (a parser stuck in a C loop looks like this)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def grab(megabytes: int) -> int:
    """Touch `megabytes` MB, 16 MB at a time (a decompression bomb inflating)."""
    held = []
    for _ in range(megabytes // 16):
        held.append(bytearray(16 * 2**20))
    return len(held)


def crash(code: int) -> None:
    os._exit(code)


def fail(message: str) -> None:
    raise ValueError(message)


def echo(value: object) -> object:
    return value

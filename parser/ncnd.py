"""Whether the authority neither confirms nor denies holding (some of) the information."""
from __future__ import annotations

from parser.record import Exemption


def detect(text: str, exemptions: list[Exemption]) -> bool:
    return any(e.ncnd for e in exemptions)

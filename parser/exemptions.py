"""Citations of FOIA/FOISA/EIR provisions and whether each is relied on."""
from __future__ import annotations

from parser.record import Exemption


def find_exemptions(text: str, *, regime: str | None = None) -> list[Exemption]:
    return []

"""Which statute the response is made under: FOIA, FOISA (Scotland) or EIR."""
from __future__ import annotations


def find_regime(text: str, *, authority_id: str | None = None) -> str | None:
    return None

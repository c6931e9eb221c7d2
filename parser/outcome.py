"""disclosed / partial / refused / not_held from the response's signals."""
from __future__ import annotations

from parser.record import Exemption, Table


def decide(text: str, *, exemptions: list[Exemption], ncnd: bool, tables: list[Table],
           response_text: str) -> tuple[str | None, list[str]]:
    return None, []

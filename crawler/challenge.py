"""Recognise a CDN bot-challenge page, so it is reported and never stored as a response.

Several real police sites sit behind a CDN that answers plain HTTP clients with a 403
JavaScript interstitial. The markers are data (crawler/data/challenge.yml).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Mapping

import yaml

RULES = Path(__file__).resolve().parent / "data" / "challenge.yml"


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[int], dict[str, str], tuple[bytes, ...], int]:
    spec = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    headers = {k.lower(): str(v).lower() for k, v in (spec.get("headers") or {}).items()}
    markers = tuple(m.lower().encode() for m in spec.get("body_markers") or ())
    return frozenset(spec["statuses"]), headers, markers, int(spec.get("scan_bytes", 20000))


def is_challenge(status: int, headers: Mapping[str, str], body: bytes) -> bool:
    """True when (status, headers, body) is a bot-challenge interstitial, not the page."""
    statuses, header_rules, markers, scan = _rules()
    if status not in statuses:
        return False
    lowered = {k.lower(): v.lower() for k, v in headers.items()}
    if any(lowered.get(k) == v for k, v in header_rules.items()):
        return True
    head = body[:scan].lower()
    return any(m in head for m in markers)

"""SQL store: raw documents kept, disclosures versioned; SQLite by default, PostgreSQL by URL.

Public face: open_store(url) -> Store (see store.api); search hits are store.search.SearchHit.
Names are imported on first use, so `store.sqlite_file` (stdlib only) loads without the
parser and SQLAlchemy behind store.api.
"""
from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {"FetchResult": "store.api", "Store": "store.api", "StoredDoc": "store.api",
            "open_store": "store.api", "default_url": "store.engine", "SearchHit": "store.search"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

"""SQL store: raw documents kept, disclosures versioned; SQLite by default, PostgreSQL by URL.

Public face: open_store(url) -> Store (see store.api); search hits are store.search.SearchHit.
"""
from store.api import FetchResult, Store, StoredDoc, open_store
from store.engine import default_url
from store.search import SearchHit

__all__ = ["FetchResult", "SearchHit", "Store", "StoredDoc", "default_url", "open_store"]

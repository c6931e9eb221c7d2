"""SQL store: raw documents kept, disclosures versioned; SQLite by default, PostgreSQL by URL."""

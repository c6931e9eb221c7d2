"""Discovery routes beyond the listing walk: sitemaps, SOH's published-items search, the log
root above a year section, and the Internet Archive (CDX index and `id_` captures)."""

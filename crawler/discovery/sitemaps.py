"""robots.txt `Sitemap:` lines and sitemap files, read with Scrapy's own sitemap utilities."""
from __future__ import annotations

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots


def sitemaps_in_robots(robots_text: str | bytes, base_url: str) -> list[str]:
    """Absolute sitemap URLs a robots.txt names."""
    body = robots_text.encode("utf-8") if isinstance(robots_text, str) else robots_text
    return list(dict.fromkeys(sitemap_urls_from_robots(body, base_url=base_url)))


def read_sitemap(body: bytes) -> tuple[str, list[str]]:
    """("urlset" | "sitemapindex", locations). Gzipped sitemaps are unpacked; a body that is
    not a sitemap raises ValueError naming why."""
    if body[:2] == b"\x1f\x8b":
        body = gunzip(body)
    try:
        sitemap = Sitemap(body)
    except Exception as exc:  # noqa: BLE001 - lxml's errors vary; say it plainly
        raise ValueError(f"not a sitemap: {exc}") from exc
    kind = sitemap.type or ""
    if kind not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap: root element is {kind or 'missing'}")
    return kind, [entry["loc"] for entry in sitemap if entry.get("loc")]

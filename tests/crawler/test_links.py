"""How the spider reads links off a page (no network: a page built in the test)."""
from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse, Request

from crawler.profile import load_profile
from crawler.failures import looks_truncated
from crawler.spiders.disclosures import DisclosuresSpider

FIXTURE_SITE = Path(__file__).resolve().parent / "fixtures" / "site"
BASE = "http://127.0.0.1:9"  # nothing listens: sites.json comes from the fixture
REAL = "https://www.tiny.police.uk"


def _page(url: str, body: str, content_type: str = "text/html; charset=utf-8") -> HtmlResponse:
    return HtmlResponse(url=url, body=body.encode(), headers={"Content-Type": content_type},
                        request=Request(url))


def test_links_come_from_the_profile_area_only_and_lose_fragments():
    spider = DisclosuresSpider(sample=BASE, sample_root=str(FIXTURE_SITE))
    page = _page(f"{BASE}/www.tiny.police.uk/x/", """<html><body>
        <nav><a href="/www.tiny.police.uk/nav/">nav</a></nav>
        <main><a href="a/#top">a</a> <a href="mailto:foi@example.org">mail</a> <a href="#x">x</a></main>
        <article><a href="/www.tiny.police.uk/b/">b</a></article></body></html>""")
    assert list(spider._links(page, load_profile("generic"))) == [
        f"{BASE}/www.tiny.police.uk/x/a/", f"{BASE}/www.tiny.police.uk/b/"]
    assert len(list(spider._links(page, load_profile("soh")))) == 3  # SOH reads the whole body


def test_truncated_html_is_told_from_a_complete_page():
    whole = _page(f"{BASE}/p", "<!DOCTYPE html><html><body><p>All here.</p></body></html>\n")
    cut = _page(f"{BASE}/p", "<!DOCTYPE html><html><body><p>All he")
    not_html = _page(f"{BASE}/p.csv", "a,b\n1,2\n", content_type="text/csv")
    assert (looks_truncated(whole), looks_truncated(cut), looks_truncated(not_html)) == (False, True, False)


def test_a_file_listed_directly_is_a_response_where_the_profile_says_so():
    import scrapy

    spider = DisclosuresSpider(sample=BASE, sample_root=str(FIXTURE_SITE))
    # The spider sees the real site's URLs (the host map sends them to the replica).
    url = f"{REAL}/foi-ai/tiny-police/disclosure-log/"
    body = """<html><body><main>
        <a href="/foi-ai/tiny-police/disclosure-log/foi-123-19.pdf">FOI 123/19</a>
        <a href="/foi-ai/tiny-police/disclosure-log/?page=2">Next</a></main></body></html>"""

    def asked(profile: str) -> list[tuple[str, str]]:
        spider.profiles["tiny"] = load_profile(profile)
        spider.requested.clear()
        page = HtmlResponse(url=url, body=body.encode(), headers={"Content-Type": "text/html"},
                            request=Request(url, meta={"force": "tiny"}))
        return [(r.meta["role"], r.url.removeprefix(REAL)) for r in spider.parse_listing(page)
                if isinstance(r, scrapy.Request)]

    assert asked("generic") == [
        ("response", "/foi-ai/tiny-police/disclosure-log/foi-123-19.pdf"),
        ("listing", "/foi-ai/tiny-police/disclosure-log/?page=2")]
    assert asked("soh") == [("listing", "/foi-ai/tiny-police/disclosure-log/?page=2")]


def test_a_file_has_no_links():
    from scrapy.http import Response

    spider = DisclosuresSpider(sample=BASE, sample_root=str(FIXTURE_SITE))
    pdf = Response(url=f"{BASE}/www.tiny.police.uk/x.pdf", body=b"%PDF-1.4 ...", request=Request(f"{BASE}/x.pdf"))
    assert list(spider._links(pdf, load_profile("generic"))) == []

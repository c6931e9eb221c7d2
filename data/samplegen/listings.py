"""Listings and site files: year/month pages, ?page=N lists, robots.txt, sitemap.xml."""
from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

from samplegen import html
from samplegen.pages import Item, prefixed
from samplegen.sites import SCOT_LOG, Force, listing_paths

LISTING_DATE = "Wed, 01 Jan 2025 00:00:00 GMT"


class SiteWriter:
    """Writes files under the output root and remembers what the server needs to know."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.manifest: dict[str, str] = {}

    def write(self, force: Force | None, path: str, body: bytes, last_modified: str = LISTING_DATE) -> None:
        rel = (f"{force.host}{path}" if force else path.lstrip("/"))
        if rel.endswith("/"):
            rel += "index.html"
        elif "." not in rel.rsplit("/", 1)[-1]:
            rel += "/index.html"  # extensionless CMS pages live in their own directory
        if rel in self.manifest:  # two things at one URL: one would silently vanish
            raise ValueError(f"{rel} written twice")
        if force and rel.endswith(".html"):
            body = html.localise(body.decode("utf-8", "surrogateescape"), force.host).encode("utf-8", "surrogateescape")
        target = self.out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        self.manifest[rel] = last_modified


def paged_path(path: str, page: int) -> str:
    """Where `path?page=N` is stored (see crawler/sample_server.resolve)."""
    base = path if path.endswith("/") else path + "/"
    return base if page == 0 else f"{base}index.page-{page}.html"


def write_listings(w: SiteWriter, force: Force, items: list[Item], rng: random.Random,
                   extra_links: dict[str, list[tuple[str, str, None]]]) -> list[str]:
    """Year and month listings (SOH, Scotland) or ?page=N lists (own CMS). Returns start paths."""
    gen = f"foi-corpus sample: {force.profile}/{force.style} listing"
    if force.profile in ("psni", "west-yorkshire"):
        root = "/foi-disclosure-log" if force.profile == "psni" else "/freedom-of-information"
        ordered = sorted(items, key=lambda it: (it.resp.published_date, it.path), reverse=True)
        per = 20
        pages = max(1, -(-len(ordered) // per))
        for p in range(pages):
            chunk = ordered[p * per:(p + 1) * per]
            links = [(prefixed(force, it.path), it.resp.title, it.resp.published_date.strftime("%B %d, %Y"))
                     for it in chunk]
            pager = []
            if p + 1 < pages:
                pager.append(f'<li><a href="{prefixed(force, root)}?page={p + 1}" rel="next">next ›</a></li>')
                pager.append(f'<li><a href="{prefixed(force, root)}?page={pages - 1}">last »</a></li>')
            if p > 0:
                pager.insert(0, f'<li><a href="{prefixed(force, root)}?page={p - 1}" rel="prev">‹ previous</a></li>')
            body = html.listing_body(links) + f'<nav class="pager"><ul>{"".join(pager)}</ul></nav>'
            title = "FOI Disclosure Log" if force.profile == "psni" else "Freedom of Information"
            page = html.cms_page(rng, site_name=force.name, title=title, body=body, generator=gen)
            w.write(force, paged_path(root, p), page.encode())
        return [prefixed(force, root)]
    by_month: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for it in items:
        by_month[listing_paths(force, it.resp.published_date)].append(it)
    years: dict[str, list[str]] = defaultdict(list)
    for (year_path, month_path), month_items in sorted(by_month.items()):
        years[year_path].append(month_path)
        links = [(it.legacy and prefixed(force, it.legacy) or prefixed(force, it.path), it.resp.title, None)
                 for it in sorted(month_items, key=lambda it: (it.resp.published_date, it.path))]
        links += extra_links.get(month_path, [])
        body = html.listing_body(links)
        title = month_path.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").title()
        w.write(force, month_path, _listing_page(rng, force, title, body, gen))
    starts = []
    for year_path, months in sorted(years.items()):
        links = [(prefixed(force, m), m.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").title(), None) for m in months]
        title = year_path.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").title()
        w.write(force, year_path, _listing_page(rng, force, title, html.listing_body(links), gen))
        starts.append(prefixed(force, year_path))
    if force.style == "scotland":
        root = f"{SCOT_LOG}/"
        links = [(s, s.rstrip("/").rsplit("/", 1)[-1].replace("-", " ").title(), None) for s in starts]
        w.write(force, root, _listing_page(rng, force, "Disclosure log", html.listing_body(links), gen))
        starts = [prefixed(force, root), *_publication_library(w, force, items, rng, gen)]
    return starts


def _listing_page(rng: random.Random, force: Force, title: str, body: str, gen: str) -> bytes:
    if force.profile == "soh":
        return html.soh_page(rng, title=title, body=body, breadcrumb=[(prefixed(force, "/"), "Home")],
                             welsh=force.style == "dyfed-powys", generator=gen).encode()
    return html.cms_page(rng, site_name=force.name, title=title, body=body, generator=gen).encode()


def _publication_library(w: SiteWriter, force: Force, items: list[Item], rng: random.Random, gen: str) -> list[str]:
    """SPA-style paginated library, 1-based, 12 per page, 'Showing x to y of z results'."""
    root = f"{SCOT_LOG}/publication-library/"
    ordered = sorted(items, key=lambda it: (it.resp.published_date, it.path), reverse=True)
    per, total = 12, len(ordered)
    pages = max(1, -(-total // per))
    for p in range(1, pages + 1):
        chunk = ordered[(p - 1) * per:p * per]
        cards = "".join(
            f'<article class="card"><h2><a href="{prefixed(force, it.legacy or it.path)}">'
            f"FOI {html.e(it.resp.reference)} - {html.e(it.resp.title)}</a></h2>"
            f"<p>Published: {it.resp.published_date.day:02d} {it.resp.published_date.strftime('%B %Y')}</p>"
            "<p>Publication</p></article>\n" for it in chunk)
        showing = f"<p>Showing {(p - 1) * per + 1} to {(p - 1) * per + len(chunk)} of {total} results</p>"
        nxt = (f'<a href="{prefixed(force, root)}?SearchTerm=&amp;category=FOI&amp;page={p + 1}" rel="next">Next</a>'
               if p < pages else "")
        page = html.cms_page(rng, site_name=force.name, title="Publication library", body=showing + cards + nxt,
                             generator=gen).encode()
        w.write(force, paged_path(root, p), page)
        if p == 1:
            w.write(force, root, page)
    return [prefixed(force, root)]


def write_site_files(w: SiteWriter, force: Force, items: list[Item], starts: list[str]) -> None:
    robots = (f"User-agent: *\nDisallow: /search/\nDisallow: /rqo/\n"
              f"Sitemap: https://{force.host}/sitemap.xml\n")
    w.write(force, "/robots.txt", robots.encode())
    urls = sorted({it.path for it in items} | {s.removeprefix(f"/{force.host}") for s in starts})
    sm = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    sm += [f"<url><loc>https://{force.host}{u}</loc></url>" for u in urls]
    sm.append("</urlset>\n")
    w.write(force, "/sitemap.xml", "\n".join(sm).encode())
    trap = html.cms_page(random.Random(0), site_name=force.name, title="Search",
                         body="<p>Search results are not for robots.</p>", generator="search")
    w.write(force, "/search/", trap.encode())
    links = [(s, s.removeprefix(f"/{force.host}").strip("/").rsplit("/", 1)[-1].replace("-", " ").title() or "Home", None)
             for s in starts]
    home = html.listing_body([(prefixed(force, "/search/"), "Search", None), *links],
                             intro="Freedom of information: our disclosure log")
    w.write(force, "/", _listing_page(random.Random(1), force, force.name, home, "home"))


"""Generate the bundled sample disclosure sites (data/sample/) and their true records.

    python data/generate.py                       # rewrite data/sample/ (deterministic)
    python data/generate.py --out /tmp/s          # the same sample elsewhere
    python data/generate.py --scale 100000 --out /tmp/big [--heavy]   # benchmark corpus

The sample is a pure function of the seed: no clock, no unordered iteration, fixed
Last-Modified dates in _manifest.json, so a test can regenerate it and compare bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from samplegen import docs, html  # noqa: E402
from samplegen.content import MONTHS, Response, choose_parts, ordinal, phrases  # noqa: E402
from samplegen.sites import (FORCES, SCOT_LOG, Force, header_lines, item_path, legacy_scot_path,  # noqa: E402
                             listing_paths, reference, slugify)
from samplegen.writer import write_body  # noqa: E402

SEED = 20240307
DEFAULT_OUT = HERE / "sample"
LISTING_DATE = "Wed, 01 Jan 2025 00:00:00 GMT"
TABLE_SOURCES = {  # where each platform puts its tables: (source, weight)
    "soh": [("html", 0.55), ("text", 0.25), ("pdf", 0.2)],
    "psni": [("html", 0.5), ("text", 0.3), ("pdf", 0.2)],
    "west-yorkshire": [("html", 0.7), ("text", 0.3)],
    "pdf-letter": [("pdf", 0.7), ("xlsx", 0.3)],
}
WRITER_STYLE = {"met": "met", "south-wales": "headings", "dyfed-powys": "headings", "psni": "psni",
                "west-yorkshire": "wy"}
PSNI_CATEGORIES = ["Legacy and Legal", "Incidents and Reports", "Finance", "Human Resources",
                   "Operational Policing", "Crime Statistics", "Corporate Information"]


@dataclass
class Item:
    """One generated response: its page, attachments and label, before writing."""

    force: Force
    resp: Response
    path: str
    page: bytes
    files: dict[str, bytes] = field(default_factory=dict)  # path -> bytes (attachments)
    label: dict[str, Any] = field(default_factory=dict)
    legacy: str | None = None


def prefixed(force: Force, path: str) -> str:
    """Root-relative URL on the one local server: host first."""
    return f"/{force.host}{path}"


def http_date(d: date) -> str:
    return format_datetime(datetime(d.year, d.month, d.day, 9, 0, 0, tzinfo=timezone.utc), usegmt=True)


# ----------------------------------------------------------------------- responses
def plan(rng: random.Random) -> Iterator[tuple[Force, dict[str, Any], int, str | None]]:
    """(force, topic, year, family) for every response of the committed sample."""
    topics = phrases()["topics"]
    families = phrases()["families"]
    family_years = {f["id"]: 2019 + i for i, f in enumerate(families)}
    for force in FORCES:
        for year in range(force.years[0], force.years[1] + 1):
            for _ in range(force.per_year):
                yield force, rng.choice(topics), year, None
            for fam in families:
                if family_years[fam["id"]] == year:
                    yield force, fam, year, fam["id"]


def build_response(rng: random.Random, force: Force, topic: dict[str, Any], year: int,
                   family: str | None, number: int) -> Response:
    published = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    response_date = published - timedelta(days=rng.choice([0, 0, 1, 3, 7, 14, 21, 35]))
    request_date = response_date - timedelta(days=rng.randint(5, 45))
    regime = force.regime
    if regime == "FOIA" and topic.get("environmental") and rng.random() < 0.8:
        regime = "EIR"
    sources, weights = zip(*TABLE_SOURCES[force.profile])
    table_source = rng.choices(sources, weights=weights)[0]
    parts, refusal, refusal_cite = choose_parts(rng, {}, topic, regime, response_date.year, table_source)
    ref = reference(force, number, request_date, rng)
    title = topic["title"]
    slug = topic["slug"]
    if force.style == "met" and rng.random() < 0.3:
        slug = f"{slug}-{request_date.strftime('%B').lower()}{request_date.year}"
        title = f"{title} {request_date.strftime('%B')} {request_date.year}"
    if force.style == "cleveland" and rng.random() < 0.5:
        title = f"FOI {ref.removeprefix('FOI ')} {title}"
    if force.style == "warwickshire":
        title = f"FOI {ref} - {response_date.strftime('%b %Y')} - FOI Request"
    return Response(force={"id": force.id}, number=number, reference=ref, title=title, slug=slug,
                    regime=regime, request_date=request_date, response_date=response_date,
                    published_date=published, parts=parts, refusal=refusal, refusal_cite=refusal_cite,
                    family=family, table_source=table_source)


def unique_slug(resp: Response, force: Force, used: set[str]) -> None:
    """Topic slugs repeat (PSNI and Met paths carry no number): CMSs add -1, -2 as these do."""
    base, k = resp.slug, 0
    while prefixed(force, item_path(force, resp)) in used:
        k += 1
        resp.slug = f"{base}-{k}"
    used.add(prefixed(force, item_path(force, resp)))


def label_of(force: Force, resp: Response, path: str, attachments: list[str], shows: dict[str, bool],
             broken: str | None, text_layer: bool = True) -> dict[str, Any]:
    """The true record, in the parse contract's fields (DESIGN.md)."""
    return {
        "url_path": prefixed(force, path),
        "attachments": attachments,
        "force_id": force.id,
        "template": force.style,
        "family": resp.family,
        "broken": broken,
        "authority": force.name,
        "authority_id": force.id,
        "regime": resp.regime,
        "reference": resp.reference,
        "title": resp.title,
        "published_date": resp.published_date.isoformat() if shows.get("published_date") else None,
        "request_date": resp.request_date.isoformat() if shows.get("request_date") else None,
        "response_date": resp.response_date.isoformat() if shows.get("response_date") else None,
        "outcome": resp.outcome,
        "ncnd": resp.ncnd,
        "exemptions": resp.exemptions,
        "tables": [t.label() for t in resp.tables],
        "mentioned_not_relied": resp.mentioned,
        "reference_shown": bool(shows.get("reference")),
        "text_layer": text_layer,
    }


def render_item(rng: random.Random, force: Force, resp: Response, heavy: int = 0) -> Item:
    """Lay a response out the way its force publishes it."""
    path = item_path(force, resp)
    style = WRITER_STYLE.get(force.style, "numbered")
    force_name = rng.choice([force.name, force.name, *force.aliases])
    show_req = force.style != "warwickshire" and rng.random() < 0.3
    blocks = write_body(rng, resp, force_name=force_name, style=style, show_request_date=show_req,
                        letter=force.profile == "pdf-letter", acknowledge=force.style != "warwickshire")
    shows: dict[str, bool] = {"request_date": show_req, "reference": True}
    files: dict[str, bytes] = {}
    attachments: list[tuple[str, str]] = []
    text_layer = True
    generator = f"foi-corpus sample: {force.profile}/{force.style}"
    d = resp.published_date
    pdf_tables = [t for t in resp.tables if t.source in ("pdf", "xlsx")]

    if force.profile == "soh":
        lines, header_shows = header_lines(force, resp, rng)
        shows.update({k: v or shows.get(k, False) for k, v in header_shows.items()})
        shows["reference"] = header_shows["reference"]
        body = "".join(f"<p>{html.e(x)}</p>\n" for x in lines) + html.render_blocks(rng, blocks)
        for t in pdf_tables:
            asset_dir = f"/SysSiteAssets/foi-media/{force.asset}/disclosure_{d.year}/{MONTHS[d.month - 1]}_{d.year}"
            ext = "xlsx" if force.style == "met" and rng.random() < 0.4 else "pdf"
            t.source = ext
            fpath = f"{asset_dir}/{resp.slug}.{ext}"
            files[fpath] = docs.xlsx(t) if ext == "xlsx" else docs.table_pdf(t, resp.title)
            attachments.append((prefixed(force, fpath), f"{resp.title} ({ext.upper()})"))
        year_listing, month_listing = listing_paths(force, d)
        crumbs = [(prefixed(force, "/"), "Home"), (prefixed(force, year_listing), str(d.year)),
                  (prefixed(force, month_listing), MONTHS[d.month - 1].title())]
        page = html.soh_page(rng, title=resp.title, body=body, breadcrumb=crumbs,
                             welsh=force.style == "dyfed-powys", generator=generator, heavy=heavy,
                             attachments=attachments)
    elif force.profile == "psni":
        cats = rng.sample(PSNI_CATEGORIES, rng.choice([1, 2]))
        shows["published_date"] = True
        label = rng.choice(["Request Number:", "Request Number:", "Request:"])
        head = [f"{d.strftime('%B %d, %Y')} | {' , '.join(cats)}", f"{label} {resp.reference}",
                f"Category: {cats[0]} - {rng.choice(['General', 'Statistics', 'Policy', 'Procurement'])}",
                f"Subject: {resp.title}", "Request and Answer"]
        body = "".join(f"<p>{html.e(x)}</p>\n" for x in head) + html.render_blocks(rng, blocks)
        for t in pdf_tables:
            fpath = f"/sites/default/files/{d.year}-{d.month:02d}/{resp.slug}.pdf"
            t.source = "pdf"
            files[fpath] = docs.table_pdf(t, resp.title)
            attachments.append((prefixed(force, fpath), f"{resp.title}.pdf"))
        page = html.cms_page(rng, site_name="PSNI", title=resp.title, body=body, generator=generator,
                             heavy=heavy, attachments=attachments)
    elif force.profile == "west-yorkshire":
        foi_date = "" if rng.random() < 0.15 else resp.response_date.strftime("%m/%Y")
        dl = (f'<dl class="foi-meta"><dt>FOI date</dt><dd>{foi_date}</dd>'
              f"<dt>FOI reference</dt><dd>{html.e(resp.reference)}</dd></dl>\n")
        body = dl + html.render_blocks(rng, blocks)
        page = html.cms_page(rng, site_name="West Yorkshire Police", title=resp.title, body=body,
                             generator=generator, heavy=heavy)
    else:  # Police Scotland: a boilerplate stub page linking the PDF letter and data files
        shows["published_date"] = True
        shows["response_date"] = True
        header = ["OFFICIAL", f"Our Ref: {resp.reference}",
                  f"Date: {ordinal(resp.response_date.day)} {resp.response_date.strftime('%B %Y')}", "",
                  "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"]
        media_id = hashlib.sha256(f"{resp.reference}".encode()).hexdigest()[:8]
        short = f"{resp.request_date.strftime('%y')}-{resp.number:04d}"
        letter_blocks = [b for b in blocks if not (b[0] == "table" and b[1].source == "xlsx")]
        text_layer = rng.random() >= 0.1
        pdf_path = f"/spa-media/{media_id}/{short}-{resp.slug}.pdf"
        if text_layer:
            files[pdf_path] = docs.letter_pdf(letter_blocks, header=header, title=resp.title)
        else:
            files[pdf_path] = docs.image_only_pdf(docs.blocks_to_lines(header, letter_blocks), resp.title)
        attachments.append((prefixed(force, pdf_path), f"{short} - {resp.title} (PDF)"))
        for i, t in enumerate(t for t in resp.tables if t.source == "xlsx"):
            xpath = f"/spa-media/{media_id}/{short}-data{i + 1:02d}.xlsx"
            files[xpath] = docs.xlsx(t)
            attachments.append((prefixed(force, xpath), f"{short} - data file {i + 1} (XLSX)"))
        body = (f"<p>Published: {d.day:02d} {d.strftime('%B %Y')}</p>\n"
                "<p>Important information about freedom of information disclosures: the responses in this log "
                "have been released to the person who asked and are published for everyone. Requests for your "
                "own personal data are handled under data protection law, not freedom of information.</p>\n"
                f"<p>Please see the attached letter for our response to request {html.e(short)}.</p>")
        page = html.cms_page(rng, site_name="Police Scotland", title=resp.title, body=body,
                             generator=generator, heavy=heavy, attachments=attachments)
    item = Item(force=force, resp=resp, path=path, page=page.encode("utf-8"), files=files)
    item.label = label_of(force, resp, path, [a[0] for a in attachments], shows, None, text_layer)
    return item


# ------------------------------------------------------------------------ the sites
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


def generate(out: Path = DEFAULT_OUT, seed: int = SEED) -> dict[str, int]:
    """Write the committed sample under `out` (replacing it). Returns counts."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(seed)
    w = SiteWriter(out)
    numbers: dict[tuple[str, int], int] = {}
    used: set[str] = set()
    by_force: dict[str, list[Item]] = defaultdict(list)
    labels: list[dict[str, Any]] = []
    for force, topic, year, family in plan(rng):
        key = (force.id, year)
        numbers[key] = numbers.get(key, rng.randint(20, 900)) + rng.randint(3, 60)
        resp = build_response(rng, force, topic, year, family, numbers[key])
        unique_slug(resp, force, used)
        item = render_item(rng, force, resp)
        if force.style == "scotland" and resp.published_date.year <= 2019 and rng.random() < 0.5:
            item.legacy = legacy_scot_path(resp)
        by_force[force.id].append(item)

    redirects: dict[str, list] = {}
    extra_links: dict[str, dict[str, list[tuple[str, str, None]]]] = defaultdict(dict)
    _break_some(by_force, redirects, extra_links, labels)
    sites = []
    for force in FORCES:
        items = by_force[force.id]
        for it in items:
            w.write(force, it.path, it.page, http_date(it.resp.published_date))
            for fpath, body in it.files.items():
                if it.label.get("broken") == "attachment 404" and fpath.endswith(".pdf"):
                    continue
                w.write(force, fpath, body, http_date(it.resp.published_date))
            if it.legacy:
                redirects[prefixed(force, it.legacy)] = [301, prefixed(force, it.path)]
            labels.append(it.label)
        starts = write_listings(w, force, items, rng, extra_links.get(force.id, {}))
        write_site_files(w, force, items, starts)
        sites.append({"force_id": force.id, "name": force.name, "host": force.host, "profile": force.profile,
                      "template": force.style, "start_paths": starts, "robots": True})
    labels.sort(key=lambda lab: lab["url_path"])
    with (out / "labels.jsonl").open("w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False, sort_keys=False) + "\n")
    disallow = "".join(f"Disallow: /{f.host}/search/\nDisallow: /{f.host}/rqo/\n" for f in FORCES)
    (out / "robots.txt").write_text("User-agent: *\n" + disallow, encoding="utf-8")
    (out / "sites.json").write_text(json.dumps(sites, indent=1) + "\n", encoding="utf-8")
    (out / "_redirects.json").write_text(json.dumps(dict(sorted(redirects.items())), indent=1) + "\n", encoding="utf-8")
    (out / "_manifest.json").write_text(json.dumps(dict(sorted(w.manifest.items())), indent=0) + "\n", encoding="utf-8")
    return {"responses": len(labels), "files": len(w.manifest)}


def _break_some(by_force: dict[str, list[Item]], redirects: dict[str, list],
                extra_links: dict[str, dict[str, list[tuple[str, str, None]]]], labels: list[dict[str, Any]]) -> None:
    """The faults real sites have: each one named in its label's `broken`."""
    for fid, idx in (("cleveland", 5), ("psni", 7)):
        it = by_force[fid][idx]
        it.page = it.page[: int(len(it.page) * 0.55)]
        it.label["broken"] = "truncated html"
    scot = by_force["police-scotland"]
    it = scot[3]
    pdf = next(p for p in it.files if p.endswith(".pdf"))
    it.files[pdf] = b""
    it.label["broken"] = "zero-byte pdf"
    met = by_force["met"]
    it = next(i for i in met if any(p.endswith(".pdf") for p in i.files))
    it.label["broken"] = "attachment 404"
    # A listing link to a page that was never published (404).
    sw = by_force["south-wales"][10]
    d = sw.resp.published_date
    ghost = f"/foi-ai/south-wales-police/disclosure-log/{d.year}/{MONTHS[d.month - 1]}/foi-9{sw.resp.number}{d.strftime('%y')}/"
    force = sw.force
    extra_links["south-wales"][listing_paths(force, d)[1]] = [(prefixed(force, ghost), "FOI request", None)]
    labels.append(_phantom(force, ghost, "404 not found"))
    # A legacy link that redirects in a loop.
    it = scot[0]
    loop_a = f"{SCOT_LOG}/0/{it.resp.published_date.year}/loop/{it.resp.number}-moved"
    loop_b = f"{SCOT_LOG}/archive/{it.resp.number}-moved/"
    redirects[prefixed(it.force, loop_a)] = [301, prefixed(it.force, loop_b)]
    redirects[prefixed(it.force, loop_b)] = [302, prefixed(it.force, loop_a)]
    d = it.resp.published_date
    extra_links["police-scotland"][listing_paths(it.force, d)[1]] = [(prefixed(it.force, loop_a), "Moved response", None)]
    labels.append(_phantom(it.force, loop_a, "redirect loop"))


def _phantom(force: Force, path: str, broken: str) -> dict[str, Any]:
    """A label for a listed response nobody can fetch: all fields unknown."""
    return {"url_path": prefixed(force, path), "attachments": [], "force_id": force.id, "template": force.style,
            "family": None, "broken": broken, "authority": force.name, "authority_id": force.id,
            "regime": None, "reference": None, "title": None, "published_date": None, "request_date": None,
            "response_date": None, "outcome": None, "ncnd": False, "exemptions": [], "tables": [],
            "mentioned_not_relied": [], "reference_shown": False, "text_layer": True}


# ------------------------------------------------------------------------- at scale
def generate_scale(n: int, out: Path, *, heavy: bool = False, seed: int = SEED) -> dict[str, int]:
    """Stream `n` responses (pages, attachments, labels.jsonl) without holding them in
    memory. No listings: benchmarks read the files directly."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    topics = phrases()["topics"]
    numbers: dict[tuple[str, int], int] = {}
    w = SiteWriter(out)
    count = 0
    with (out / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for i in range(n):
            force = FORCES[i % len(FORCES)]
            year = force.years[0] + (i // len(FORCES)) % (force.years[1] - force.years[0] + 1)
            key = (force.id, year)
            numbers[key] = numbers.get(key, 20) + rng.randint(1, 9)
            resp = build_response(rng, force, rng.choice(topics), year, None, numbers[key])
            resp.slug = f"{resp.slug}-{i}"
            item = render_item(rng, force, resp, heavy=rng.randint(30_000, 140_000) if heavy else 0)
            w.write(force, item.path, item.page)
            for fpath, body in item.files.items():
                w.write(force, fpath, body)
            labels.write(json.dumps(item.label, ensure_ascii=False) + "\n")
            w.manifest.clear()  # constant memory
            count += 1
    return {"responses": count}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--scale", type=int, default=None, help="stream N responses for benchmarks")
    ap.add_argument("--heavy", action="store_true", help="pad pages to 30-150 KB of real-looking chrome")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    if args.scale:
        counts = generate_scale(args.scale, args.out, heavy=args.heavy, seed=args.seed)
    else:
        counts = generate(args.out, args.seed)
    print(f"wrote {counts} to {args.out} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""One response laid out as its force publishes it: page, attachments and true record."""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

from samplegen import docs, html
from samplegen.content import MONTHS, Response, choose_parts, ordinal
from samplegen.sites import Force, header_lines, item_path, listing_paths, reference
from samplegen.writer import pick, write_body

TABLE_SOURCES = {  # where each platform puts its tables: (source, weight)
    "soh": [("html", 0.55), ("text", 0.25), ("pdf", 0.2)],
    "psni": [("html", 0.4), ("text", 0.25), ("pdf", 0.15), ("docx", 0.2)],
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
    parts, refusal, refusal_cite = choose_parts(rng, topic, regime, response_date.year, table_source)
    ref = reference(force, number, request_date, rng)
    other = None
    if rng.random() < 0.07 and number > 40:
        other = reference(force, number - rng.randint(5, 40), request_date - timedelta(days=90), rng)
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
                    family=family, table_source=table_source, other_reference=other)


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
    # the only date many SOH pages give is the received date in the acknowledgement
    undated = force.style in ("met", "south-wales", "dyfed-powys")
    show_req = force.style != "warwickshire" and rng.random() < (0.55 if undated else 0.3)
    # Some SOH forces attach the whole response as a PDF letter and say so on the page.
    letter_attached = force.profile == "soh" and rng.random() < 0.08
    blocks = write_body(rng, resp, force_name=force_name, style=style, show_request_date=show_req,
                        letter=force.profile == "pdf-letter" or letter_attached,
                        acknowledge=force.style != "warwickshire")
    shows: dict[str, bool] = {"request_date": show_req, "reference": True}
    files: dict[str, bytes] = {}
    attachments: list[tuple[str, str]] = []
    text_layer = True
    generator = f"foi-corpus sample: {force.profile}/{force.style}"
    d = resp.published_date
    pdf_tables = [t for t in resp.tables if t.source in ("pdf", "xlsx", "docx")]

    if force.profile == "soh":
        lines, header_shows = header_lines(force, resp, rng)
        shows.update({k: v or shows.get(k, False) for k, v in header_shows.items()})
        shows["reference"] = header_shows["reference"]
        asset_dir = f"/SysSiteAssets/foi-media/{force.asset}/disclosure_{d.year}/{MONTHS[d.month - 1]}_{d.year}"
        stem = path.rstrip("/").rsplit("/", 1)[-1]  # unique within the month
        if letter_attached:
            for t in resp.tables:
                t.source = "pdf"
            fpath = f"{asset_dir}/{stem}-response.pdf"
            files[fpath] = docs.letter_pdf(blocks, header=lines, title=resp.title)
            attachments.append((prefixed(force, fpath), f"{resp.title} - response letter (PDF)"))
            blocks = [("p", pick(rng, "response_attached"))]
            pdf_tables = []
        body = "".join(f"<p>{html.e(x)}</p>\n" for x in lines) + html.render_blocks(rng, blocks)
        for t in pdf_tables:
            ext = "xlsx" if force.style == "met" and rng.random() < 0.4 else "pdf"
            t.source = ext
            fpath = f"{asset_dir}/{stem}.{ext}"
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
            ext = "docx" if t.source == "docx" else "pdf"
            t.source = ext
            fpath = f"/sites/default/files/{d.year}-{d.month:02d}/{resp.slug}.{ext}"
            files[fpath] = docs.docx(resp.title, t) if ext == "docx" else docs.table_pdf(t, resp.title)
            attachments.append((prefixed(force, fpath), f"{resp.title}.{ext}"))
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


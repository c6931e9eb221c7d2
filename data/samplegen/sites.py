"""The replica forces: hosts, URL schemes, reference formats and page header lines.

Each force follows what REAL-SITES.md records of the real site; anything it marks as an
assumption is listed in data/README.md.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from samplegen.content import MONTHS, Response, ordinal

WELSH_MONTHS = ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
                "medi", "hydref", "tachwedd", "rhagfyr"]


@dataclass(frozen=True)
class Force:
    id: str
    name: str
    aliases: tuple[str, ...]
    host: str
    profile: str  # soh | psni | west-yorkshire | pdf-letter
    style: str  # met | cleveland | south-wales | dyfed-powys | warwickshire | psni | west-yorkshire | scotland
    slug: str = ""
    asset: str = ""
    regime: str = "FOIA"
    years: tuple[int, int] = (2017, 2024)
    per_year: int = 10


FORCES: list[Force] = [
    Force("met", "Metropolitan Police Service", ("the MPS", "the Metropolitan Police", "the Met"),
          "www.met.police.uk", "soh", "met", "metropolitan-police", "metropolitan-police"),
    Force("cleveland", "Cleveland Police", ("Cleveland Police", "the force"),
          "www.cleveland.police.uk", "soh", "cleveland", "cleveland-police", "cleveland"),
    Force("south-wales", "South Wales Police", ("South Wales Police", "SWP"),
          "www.south-wales.police.uk", "soh", "south-wales", "south-wales-police", "south-wales"),
    Force("dyfed-powys", "Dyfed-Powys Police", ("Dyfed-Powys Police", "Heddlu Dyfed-Powys"),
          "www.dyfed-powys.police.uk", "soh", "dyfed-powys", "heddlu-dyfed-powys", "dyfed-powys",
          years=(2019, 2024), per_year=12),
    Force("warwickshire", "Warwickshire Police", ("Warwickshire Police", "the force"),
          "www.warwickshire.police.uk", "soh", "warwickshire", "warwickshire-police", "warwickshire"),
    Force("psni", "Police Service of Northern Ireland", ("PSNI", "the Police Service of Northern Ireland"),
          "www.psni.police.uk", "psni", "psni"),
    Force("west-yorkshire", "West Yorkshire Police", ("West Yorkshire Police", "WYP"),
          "www.westyorkshire.police.uk", "west-yorkshire", "west-yorkshire"),
    Force("police-scotland", "Police Scotland", ("Police Scotland", "the Police Service of Scotland"),
          "www.scotland.police.uk", "pdf-letter", "scotland", regime="FOISA", years=(2018, 2024), per_year=11),
]

SCOT_LOG = "/access-to-information/freedom-of-information/disclosure-log"


def reference(force: Force, number: int, d: date, rng: random.Random) -> str:
    """The reference as the force writes it in its header (or would, for URL-only forces)."""
    yy, yyyy = d.strftime("%y"), d.year
    if force.style == "met":
        if yyyy <= 2018:
            return f"{yyyy}{d.month:02d}{number:07d}"  # legacy 13-digit
        return f"01.FOI.{yy}.{number:06d}"
    if force.style == "cleveland":
        if yyyy <= 2018:
            return f"{number}-{yy}"
        return rng.choice([f"{number}-{yy}", f"{number}-{yy}", f"{number} - {yy}", f"{number}- {yy}",
                           f"{number} -{yy}", f"FOI {number}-{yy}"])
    if force.style == "south-wales":
        return f"{number}/{yy}"
    if force.style == "dyfed-powys":
        return f"{number}/{yyyy}"
    if force.style == "warwickshire":
        return f"{number}-{yyyy}"
    if force.style == "psni":
        return rng.choice([f"FOI/{number}", f"FOI/{number:08d}", f"F-{number:06d}"])
    if force.style == "west-yorkshire":
        return f"FOI {number:07d}/{yy}"
    return f"IM-FOI-{yyyy}-{number:04d}"


def slugify(text: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text.replace("&", "-"))
    while "---" in out:
        out = out.replace("---", "--")
    return out.strip("-")


def item_path(force: Force, resp: Response) -> str:
    """The response page's URL path on the real host (no host prefix)."""
    d = resp.published_date
    month, yyyy = MONTHS[d.month - 1], d.year
    # the reference's own year (when the request was logged) goes into slugs
    yy, ref_yyyy = resp.request_date.strftime("%y"), resp.request_date.year
    n = resp.number
    if force.style == "met":
        if yyyy >= 2023:
            return f"/foi-ai/metropolitan-police/disclosure-{yyyy}/{month}-{yyyy}/{resp.slug}/"
        return f"/foi-ai/metropolitan-police/d/{month}-{yyyy}/{resp.slug}/"
    if force.style == "cleveland":
        if yyyy <= 2020:
            return f"/foi-ai/cleveland-police/disclosure/{yyyy}/{month}/{n}{yy}-{resp.slug}/"
        return f"/foi-ai/cleveland-police/disclosure/{yyyy}/{month}/foi-{n}{yy}-{resp.slug}/"
    if force.style == "south-wales":
        return f"/foi-ai/south-wales-police/disclosure-log/{yyyy}/{month}/foi-{n}{yy}/"
    if force.style == "dyfed-powys":
        return f"/cy-GB/foi-ai/heddlu-dyfed-powys/datgeliadau-{yyyy}/{WELSH_MONTHS[d.month - 1]}/{resp.slug}-{n}{ref_yyyy}/"
    if force.style == "warwickshire":
        mon = d.strftime("%b").lower()
        return f"/foi-ai/warwickshire-police/foi-disclosure-{yyyy}/{month}-{yyyy}/foi-{n}-{ref_yyyy}--{mon}-{yyyy}--foi-request/"
    if force.style == "psni":
        return f"/foi-disclosure-log/{resp.slug}"
    if force.style == "west-yorkshire":
        return f"/freedom-of-information/{month}-{yyyy}-foi-{n:07d}-{yy}-{resp.slug}"
    return f"{SCOT_LOG}/disclosure-log-{yyyy}/{month}/{yy}-{n:04d}-{resp.slug}/"


def legacy_scot_path(resp: Response) -> str:
    d = resp.published_date
    return f"{SCOT_LOG}/0/{d.year}/{MONTHS[d.month - 1]}/{resp.request_date.strftime('%y')}-{resp.number:04d}-{resp.slug}"


def listing_paths(force: Force, d: date) -> tuple[str, str]:
    """(year listing, month listing) paths that list an item published on `d`."""
    month, yyyy = MONTHS[d.month - 1], d.year
    if force.style == "met":
        year = f"/foi-ai/metropolitan-police/disclosure-{yyyy}/"
        return year, (f"{year}{month}-{yyyy}/" if yyyy >= 2023 else f"/foi-ai/metropolitan-police/d/{month}-{yyyy}/")
    if force.style == "cleveland":
        return f"/foi-ai/cleveland-police/disclosure/{yyyy}/", f"/foi-ai/cleveland-police/disclosure/{yyyy}/{month}/"
    if force.style == "south-wales":
        base = f"/foi-ai/south-wales-police/disclosure-log/{yyyy}/"
        return base, f"{base}{month}/"
    if force.style == "dyfed-powys":
        base = f"/cy-GB/foi-ai/heddlu-dyfed-powys/datgeliadau-{yyyy}/"
        return base, f"{base}{WELSH_MONTHS[d.month - 1]}/"
    if force.style == "warwickshire":
        base = f"/foi-ai/warwickshire-police/foi-disclosure-{yyyy}/"
        return base, f"{base}{month}-{yyyy}/"
    if force.style == "scotland":
        base = f"{SCOT_LOG}/disclosure-log-{yyyy}/"
        return base, f"{base}{month}/"
    raise ValueError(force.style)


def header_lines(force: Force, resp: Response, rng: random.Random) -> tuple[list[str], dict[str, bool]]:
    """The per-force lines above the body, and which facts they show (for the labels)."""
    shows = {"response_date": False, "request_date": False, "reference": True}
    d = resp.response_date
    if force.style == "met":
        if rng.random() < 0.15:  # body text uses slashes where the header uses dots
            return [f"Freedom of information request reference no: {resp.reference}",
                    f"Please quote {resp.reference.replace('.', '/')} in any correspondence."], shows
        return [f"Freedom of information request reference no: {resp.reference}"], shows
    if force.style == "cleveland":
        lines = []
        if rng.random() < 0.85:
            lines.append(f"Date: {d.strftime('%d/%m/%y')}")
            shows["response_date"] = True
        if rng.random() < 0.85:
            lines.append(f"Enquiry Reference: {resp.reference}")
        else:
            shows["reference"] = False  # only in the title and the URL slug
        return lines, shows
    if force.style == "south-wales":
        shows["reference"] = False
        if rng.random() < 0.15:
            return [f"Original FOI request ({resp.reference})"], shows
        return [], shows
    if force.style == "dyfed-powys":
        return [f"FOI Reference: {resp.reference}"], shows
    if force.style == "warwickshire":
        shows["request_date"] = True
        return [f"FREEDOM OF INFORMATION REQUEST REFERENCE NO: {resp.reference}",
                f"I write in connection with your request for information received on "
                f"{ordinal(resp.request_date.day)} {resp.request_date.strftime('%B %Y')}."], shows
    return [], shows

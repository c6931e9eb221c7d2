"""The faults real sites have, planted in the sample and named in each label's `broken`."""
from __future__ import annotations

from typing import Any

from samplegen.content import MONTHS
from samplegen.pages import Item, prefixed
from samplegen.sites import SCOT_LOG, Force, listing_paths


def break_some(by_force: dict[str, list[Item]], redirects: dict[str, list],
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
    labels.append(phantom(force, ghost, "404 not found"))
    # A legacy link that redirects in a loop.
    it = scot[0]
    loop_a = f"{SCOT_LOG}/0/{it.resp.published_date.year}/loop/{it.resp.number}-moved"
    loop_b = f"{SCOT_LOG}/archive/{it.resp.number}-moved/"
    redirects[prefixed(it.force, loop_a)] = [301, prefixed(it.force, loop_b)]
    redirects[prefixed(it.force, loop_b)] = [302, prefixed(it.force, loop_a)]
    d = it.resp.published_date
    extra_links["police-scotland"][listing_paths(it.force, d)[1]] = [(prefixed(it.force, loop_a), "Moved response", None)]
    labels.append(phantom(it.force, loop_a, "redirect loop"))


def phantom(force: Force, path: str, broken: str) -> dict[str, Any]:
    """A label for a listed response nobody can fetch: all fields unknown."""
    return {"url_path": prefixed(force, path), "attachments": [], "force_id": force.id, "template": force.style,
            "family": None, "broken": broken, "authority": force.name, "authority_id": force.id,
            "regime": None, "reference": None, "title": None, "published_date": None, "request_date": None,
            "response_date": None, "outcome": None, "ncnd": False, "exemptions": [], "tables": [],
            "mentioned_not_relied": [], "reference_shown": False, "text_layer": True}

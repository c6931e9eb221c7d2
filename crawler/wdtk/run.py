"""Set up and run a WhatDoTheyKnow crawl: which bodies, which host (the real site or the
sample's replica under its real host), the store, and the bounded parse worker."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from crawler.wdtk.crawl import FEEDS, HOST, PoliteFetcher, Summary, crawl


def bodies_for(ids: Sequence[str] | None) -> list[tuple[str, str]]:
    """(id, url_name) of the named forces/PCCs (all registry bodies with a slug when none)."""
    from crawler.registry import wdtk_bodies

    known = {b.authority_id: b for b in wdtk_bodies()}
    if not ids:
        return [(b.authority_id, b.slug) for b in known.values()]
    missing = [i for i in ids if i not in known]
    if missing:
        raise ValueError(f"--authority {', '.join(missing)}: no WhatDoTheyKnow body for this id "
                         "(wdtk_slug in crawler/data/forces.csv or pcc.csv)")
    return [(i, known[i].slug) for i in ids]


def run(ids: Sequence[str] | None, *, db_url: str | None, sample_url: str | None = None, sample_root: Path | None = None,
        since: date | None = None, delay: float | None = None, full: bool = False, feed: str = "auto",
        log: Callable[[str], None] = lambda s: None) -> Summary:
    from crawler import settings
    from crawler.check import Fetcher
    from crawler.hostmap import HostMap
    from runner import BoundedPool, Budget
    from runner.jobs import parse_documents
    from store import open_store

    bodies = bodies_for(ids)
    if sample_url and not ids:  # the replica's bodies only: the others have no feed there
        from crawler.registry import SAMPLE_ROOT

        feeds = (sample_root or SAMPLE_ROOT) / HOST / "feed" / "body"
        bodies = [(i, slug) for i, slug in bodies if (feeds / f"{slug}.json").exists()]
    if feed not in FEEDS:
        raise ValueError(f"--feed {feed}: expected one of {', '.join(FEEDS)}")
    host_map = HostMap({HOST: f"{sample_url.rstrip('/')}/{HOST}"}) if sample_url else None
    wait = settings.DOWNLOAD_DELAY if delay is None else delay
    fetcher = PoliteFetcher(Fetcher(settings.USER_AGENT, wait, host_map=host_map), settings.USER_AGENT)
    store = open_store(db_url)
    pool = BoundedPool(parse_documents, budget=Budget.from_env())
    try:
        return crawl(store, bodies, fetcher, since=since, parse=pool.run, full=full, feed=feed, log=log)
    finally:
        pool.close()
        store.close()

"""Every profile entry is read (an unknown one is refused), the profiles' `fields` fill what
the parser left empty (PSNI's three reference labels), and a log that files items under a
month gives that month, with precision "month", when the page gives no date."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from crawler.fields import complete, field_values
from crawler.profile import PROFILE_KEYS, PROFILES, load_profile, profile_names
from parser.record import Disclosure
from tests.crawler.conftest import rows

PSNI_PAGE = ("<html><body><main><h1>Police kit</h1><p>February 04, 2026 | Legacy and Legal</p><p>{label}</p>"
             "<p>Request 1</p><p>Request: how much was spent?</p></main></body></html>")
WY_PAGE = ('<html><body><main><h1>Specific Leeds incident</h1><dl class="foi-meta"><dt>FOI date</dt><dd>{date}</dd>'
           "<dt>FOI reference</dt><dd>FOI 1759225/23</dd></dl><p>Our Response:</p><p>Not held.</p></main></body></html>")
WY_URL = "https://www.westyorkshire.police.uk/freedom-of-information/september-2023-foi-1759225-23-specific-leeds-incident"


def test_every_profile_entry_is_one_the_loader_reads():
    for name in profile_names():
        spec = yaml.safe_load((PROFILES / f"{name}.yml").read_text(encoding="utf-8"))
        assert set(spec) <= PROFILE_KEYS, name
        assert load_profile(name).name == name


def test_an_unknown_profile_entry_is_refused(tmp_path, monkeypatch):
    import crawler.profile as profile

    (tmp_path / "odd.yml").write_text("name: odd\nlisting: ['/x/']\nfeilds:\n  title: //h1\n")
    monkeypatch.setattr(profile, "PROFILES", tmp_path)
    profile.load_profile.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"odd.yml: unknown entry feilds"):
            profile.load_profile("odd")
    finally:
        profile.load_profile.cache_clear()


@pytest.mark.parametrize("label, reference", [
    ("Request Number: FOI/15929", "FOI/15929"),
    ("Request: FOI/00013725", "FOI/00013725"),
    ("Request: F-013412", "F-013412"),
])
def test_psni_reference_labels(label, reference):
    page = PSNI_PAGE.format(label=label).encode()
    assert field_values(load_profile("psni"), page, "text/html") == {"title": "Police kit", "reference": reference}
    record = complete(Disclosure(), page, "text/html", "https://www.psni.police.uk/foi-disclosure-log/police-kit",
                      load_profile("psni"))
    assert (record.reference, record.title) == (reference, "Police kit")


def test_a_parsed_value_is_never_overwritten():
    record = Disclosure(reference="FOI/1", title="Parsed", response_date="2026-02-04")
    record = complete(record, PSNI_PAGE.format(label="Request: F-013412").encode(), "text/html", "https://x/",
             load_profile("psni"))
    assert (record.reference, record.title, record.published_date, record.date_precision) == (
        "FOI/1", "Parsed", None, None)


@pytest.mark.parametrize("printed, expected, warning", [
    ("09/2023", "2023-09-01", "published_date: the page gives the month only (09/2023)"),
    ("", "2023-09-01", "published_date: the page gives none; the month from the URL (2023-09)"),
])
def test_west_yorkshire_month_dates(printed, expected, warning):
    record = complete(Disclosure(), WY_PAGE.format(date=printed).encode(), "text/html", WY_URL,
                      load_profile("west-yorkshire"))
    assert (record.published_date, record.date_precision, record.warnings) == (expected, "month", [warning])
    assert record.reference == "FOI 1759225/23"


def test_the_crawl_stores_the_urls_month_with_its_precision(tmp_path, start_server, run, db):
    """End to end: a West Yorkshire-like log whose item has an empty FOI date."""
    root = tmp_path / "wy"
    host = root / "www.westyorkshire.police.uk"
    item = "september-2023-foi-1759225-23-specific-leeds-incident"
    (host / "freedom-of-information" / item).mkdir(parents=True)
    (host / "freedom-of-information" / "index.html").write_text(
        f'<html><body><main><h1>FOI</h1><a href="/freedom-of-information/{item}">Leeds</a></main></body></html>')
    (host / "freedom-of-information" / item / "index.html").write_text(WY_PAGE.format(date=""))
    (host / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    (root / "sites.json").write_text(json.dumps([{
        "force_id": "west-yorkshire", "name": "West Yorkshire Police", "host": "www.westyorkshire.police.uk",
        "profile": "west-yorkshire", "start_paths": ["/www.westyorkshire.police.uk/freedom-of-information"]}]))
    server = start_server(root)
    summary = run(server, root, db)
    assert summary.ok and summary.forces["west-yorkshire"].stored == 1
    assert rows(db, "SELECT response_url, reference, published_date, date_precision FROM disclosures") == [
        (WY_URL, "FOI 1759225/23", "2023-09-01", "month")]

"""The force registry: every UK force, with a start URL only where one is known."""
from __future__ import annotations

from pathlib import Path

from crawler.profile import profile_names
from crawler.registry import Site, force_rows, real_registry, sample_registry

FIXTURE_SITE = Path(__file__).resolve().parent / "fixtures" / "site"


def test_registry_lists_every_force_and_says_when_the_url_is_unknown():
    rows = force_rows()
    assert len(rows) == 49 and len({r["id"] for r in rows}) == 49
    for r in rows:
        assert r["platform"] in {"soh", "own", "unknown"}, r["id"]
        assert r["profile"] in profile_names(), r["id"]
        if r["start_url_status"] in {"unknown", "none"}:
            assert r["start_url"] == r["start_url_status"], r["id"]
        else:
            assert r["start_url_status"] in {"seen", "derived", "legacy"}, r["id"]
            assert r["start_url"].startswith(("https://", "http://")), r["id"]
    by_id = {r["id"]: r for r in rows}
    assert by_id["cleveland"]["start_url"] == "https://www.cleveland.police.uk/foi-ai/af/accessing-information/published-items/"
    assert (by_id["psni"]["profile"], by_id["police-scotland"]["profile"], by_id["west-yorkshire"]["profile"]) == \
        ("psni", "pdf-letter", "west-yorkshire")
    assert (by_id["sussex"]["platform"], by_id["sussex"]["start_url"]) == ("soh", "unknown")
    assert by_id["nca"]["start_url"] == "none"  # FOIA does not apply to the NCA


def test_select_explains_forces_that_cannot_be_crawled():
    reg = real_registry()
    sites, problems = reg.select(["cleveland", "sussex", "atlantis"])
    assert [s.force_id for s in sites] == ["cleveland"]
    assert problems == ["sussex: disclosure-log URL is unknown in crawler/data/forces.csv",
                        "atlantis: not a known force id"]
    everything, none = reg.select(None, all_forces=True)
    assert none == [] and all(s.start_urls for s in everything)
    assert {"met", "cleveland", "psni", "police-scotland"} <= {s.force_id for s in everything}


def test_real_site_owns_only_its_hosts():
    met = real_registry().sites["met"]
    assert met.owns("https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/")
    assert met.owns("https://met.police.uk/SysSiteAssets/foi-media/x.pdf")
    assert not met.owns("https://www.example.com/foi/")
    assert not met.owns("https://www.met.police.uk.evil.example/")
    assert not met.owns("ftp://www.met.police.uk/x")
    assert met.slot == "www.met.police.uk"


def test_sample_sites_are_known_by_the_real_urls_they_imitate():
    reg = sample_registry("http://127.0.0.1:9", FIXTURE_SITE)  # nothing listens: read from disk
    tiny = reg.sites["tiny"]
    # The crawl sees real URLs; the host map (crawler/hostmap.py) sends them to the server.
    assert tiny == Site(force_id="tiny", name="Tiny Police", profile="soh",
                        start_urls=("https://www.tiny.police.uk/foi-ai/tiny-police/disclosure/",),
                        hosts=("www.tiny.police.uk",), path_prefix="", robots=True)
    assert tiny.owns("https://www.tiny.police.uk/foi-ai/x/")
    assert not tiny.owns("https://www.other.police.uk/foi-ai/x/")
    assert not tiny.owns("http://127.0.0.1:9/www.tiny.police.uk/foi-ai/x/")
    assert tiny.local_path("https://www.tiny.police.uk/foi-ai/x/") == "/foi-ai/x/"
    assert tiny.slot == "www.tiny.police.uk"


def test_all_leaves_out_legacy_urls_but_a_named_force_may_use_one():
    reg = real_registry()
    everything, _ = reg.select(None, all_forces=True)
    assert "cheshire" not in {s.force_id for s in everything}  # LEGACY .aspx log
    named, problems = reg.select(["cheshire"])
    assert [s.force_id for s in named] == ["cheshire"] and problems == []

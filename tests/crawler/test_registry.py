"""The force registry: every UK force, with its start URLs and their evidence, or why none is known;
and the bodies overseeing the forces (PCCs and the like) with their WhatDoTheyKnow slugs."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.profile import load_profile, profile_names
from crawler.registry import (
    FORCE_COLUMNS, PCC_COLUMNS, RegistryError, Site, force_rows, load_forces, load_pccs, pcc_rows,
    WdtkBody, real_registry, sample_hosts, sample_registry, start_urls, summary, wdtk_bodies,
)

FIXTURE_SITE = Path(__file__).resolve().parent / "fixtures" / "site"
EVIDENCE = re.compile(r"^(?:https?://[^\s/]+\S*|repo:[A-Za-z0-9][\w.-]*/[\w.-]+/\S+)$")
TERRITORIAL_E_W = 43


def _write(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> Path:
    lines = [",".join(columns)] + [",".join(r.get(c, "") for c in columns) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _force(**over: str) -> dict[str, str]:
    row = {"id": "tiny", "name": "Tiny Police", "country": "England", "platform": "soh", "profile": "soh",
           "start_urls": "https://www.tiny.police.uk/foi-ai/tiny/disclosure/", "start_url_status": "derived",
           "legacy_urls": "",
           "hosts": "www.tiny.police.uk", "example_url": "", "wdtk_slug": "tiny_police",
           "evidence": "https://www.tiny.police.uk/foi-ai/tiny/disclosure/2024/may/x/", "reason_unknown": "",
           "confidence": "low", "notes": ""}
    row.update(over)
    return row


def test_registry_has_every_uk_force_once():
    rows = force_rows()
    assert len(rows) == 49 and len({r["id"] for r in rows}) == 49
    by_country: dict[str, int] = {}
    for r in rows:
        by_country[r["country"]] = by_country.get(r["country"], 0) + 1
    assert by_country["England"] + by_country["Wales"] == TERRITORIAL_E_W
    assert (by_country["Wales"], by_country["Scotland"], by_country["Northern Ireland"], by_country["UK"]) == (4, 1, 1, 4)
    assert {r["id"] for r in rows if r["country"] == "UK"} == {"btp", "cnc", "mdp", "nca"}


def test_each_force_has_start_urls_with_evidence_or_says_why_not():
    for r in force_rows():
        assert r["platform"] in {"soh", "own", "unknown"}, r["id"]
        assert r["profile"] in profile_names(), r["id"]
        tokens = r["evidence"].split()
        assert tokens, r["id"]
        assert all(EVIDENCE.match(t) for t in tokens), (r["id"], [t for t in tokens if not EVIDENCE.match(t)])
        urls = r["start_urls"].split()
        if r["start_url_status"] in {"seen", "derived", "legacy"}:
            assert urls and r["reason_unknown"] == "", r["id"]
            hosts = r["hosts"].split()
            for url in urls:
                assert url.startswith(("https://", "http://")), (r["id"], url)
                assert urlsplit(url).hostname in hosts, (r["id"], url)
        else:
            assert r["start_url_status"] in {"unknown", "none"}, r["id"]
            assert urls == [] and len(r["reason_unknown"]) > 20, r["id"]
        if r["example_url"]:
            assert urlsplit(r["example_url"]).hostname in r["hosts"].split(), r["id"]


def test_registry_counts_by_status_and_known_rows():
    rows = {r["id"]: r for r in force_rows()}
    counts: dict[str, int] = {}
    for r in rows.values():
        counts[r["start_url_status"]] = counts.get(r["start_url_status"], 0) + 1
    assert counts == {"seen": 6, "derived": 30, "legacy": 4, "unknown": 8, "none": 1}
    assert start_urls(rows["cleveland"])[0] == "https://www.cleveland.police.uk/foi-ai/af/accessing-information/published-items/"
    assert (rows["psni"]["profile"], rows["police-scotland"]["profile"], rows["west-yorkshire"]["profile"]) == \
        ("psni", "pdf-letter", "west-yorkshire")
    assert (rows["staffordshire"]["platform"], rows["staffordshire"]["start_url_status"], start_urls(rows["staffordshire"])) == \
        ("soh", "unknown", ())
    assert rows["nca"]["start_url_status"] == "none" and "outside FOIA" in rows["nca"]["reason_unknown"]
    # an SOH host seen serving SOH pages, with no log seen, starts at the host's published-items search
    assert start_urls(rows["kent"]) == ("https://www.kent.police.uk/foi-ai/af/accessing-information/published-items/",)


YEAR_SECTION = re.compile(r"/(?:disclosure|foi-disclosure|datgeliadau)-?(\d{4})/$")  # Welsh 2022: disclosure2022


@pytest.mark.parametrize("force, years", [
    ("met", {"2023", "2024", "2025"}),
    ("warwickshire", {"2023", "2024", "2025"}),
    ("dyfed-powys", {"2022", "2023", "2024", "2025", "2026"}),
])
def test_split_logs_reach_every_known_year_section(force, years):
    urls = real_registry().sites[force].start_urls
    found = {m.group(1) for u in urls if (m := YEAR_SECTION.search(u))}
    assert found == years and len(found) > 1


def test_every_soh_start_url_is_a_listing_to_its_profile():
    soh = load_profile("soh")
    for site in real_registry().sites.values():
        if site.profile == "soh":
            for url in site.start_urls:
                parts = urlsplit(url)
                assert soh.classify(parts.path) == "listing", (site.force_id, url)
    item = "/cy-GB/foi-ai/heddlu-dyfed-powys/disclosure2022/november/auditors-visits-at-police-stations-7832022/"
    assert (soh.classify(item), soh.filed_under(item)) == ("response", (2022, 11))


def test_met_and_dyfed_powys_start_at_older_and_mirror_trees_too():
    met = real_registry().sites["met"].start_urls
    assert "https://www.met.police.uk/foi-ai/metropolitan-police/d/" in met  # 2022 and older items
    dp = real_registry().sites["dyfed-powys"].start_urls
    assert "https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/disclosure-2024/" in dp  # English slug
    assert sum("/cy-GB/" in u for u in dp) == 4  # Welsh mirror, one URL per year seen


def test_north_wales_is_reached_on_its_soh_host():
    nw = real_registry().sites["north-wales"]
    assert nw.start_urls == ("https://www.northwales.police.uk/foi-ai/af/accessing-information/published-items/",)
    assert nw.owns("https://northwales.police.uk/x") and nw.owns("https://www.north-wales.police.uk/x")


def test_wdtk_slugs_are_well_formed_and_unique():
    rows = force_rows()
    slugs = [r["wdtk_slug"] for r in rows]
    assert all(re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", s) for s in slugs)
    assert len(set(slugs)) == 49
    by_id = {r["id"]: r["wdtk_slug"] for r in rows}
    assert (by_id["cleveland"], by_id["met"], by_id["north-yorkshire"], by_id["west-midlands"]) == \
        ("cleveland_police", "the_met", "nyp", "wmp")
    assert real_registry().sites["gmp"].wdtk_slug == "gmp"


def test_pcc_rows_map_oversight_bodies_to_forces_and_wdtk():
    rows = pcc_rows()
    forces = {r["id"]: r for r in force_rows()}
    assert len(rows) == 47 and len({r["id"] for r in rows}) == 47
    covered = {f for r in rows for f in r["force_ids"].split()}
    territorial = {f for f, r in forces.items() if r["country"] in ("England", "Wales")}
    assert territorial <= covered  # every territorial force has a local policing body
    slugs = [r["wdtk_slug"] for r in rows if r["wdtk_slug"]]
    assert len(slugs) == len(set(slugs)) == 46
    assert not set(slugs) & {r["wdtk_slug"] for r in forces.values()}
    by_id = {r["id"]: r for r in rows}
    assert (by_id["mopac"]["kind"], by_id["mopac"]["force_ids"], by_id["mopac"]["wdtk_slug"]) == ("mayor", "met", "mopac")
    assert (by_id["essex-pfcc"]["kind"], by_id["essex-pfcc"]["wdtk_slug"]) == ("pfcc", "essex_pfcc")
    assert by_id["greater-manchester-pcc"]["defunct"] == "yes"
    assert by_id["humberside-pcc"]["wdtk_slug"] == "" and by_id["humberside-pcc"]["reason_unknown"]
    assert by_id["hampshire-pcc"]["disclosure_log_url"] == "https://www.hampshire-pcc.gov.uk/transparency/foi-disclosure-log"
    assert all(r["evidence"] for r in rows)


def test_wdtk_bodies_list_forces_then_oversight_bodies():
    bodies = wdtk_bodies()
    assert len(bodies) == 49 + 46 and len({b.slug for b in bodies}) == 95
    assert bodies[0] == WdtkBody("avon-somerset", "avon_and_somerset_police", "Avon and Somerset Police", "force",
                                 ("avon-somerset",))
    assert WdtkBody("mopac", "mopac", "Mayor's Office for Policing and Crime", "mayor", ("met",)) in bodies
    live = wdtk_bodies(include_defunct=False)
    assert {b.authority_id for b in bodies} - {b.authority_id for b in live} == {"greater-manchester-pcc", "west-yorkshire-pcc"}


def test_bad_force_rows_are_refused_naming_line_id_and_reason(tmp_path):
    good = _force()
    assert load_forces(_write(tmp_path / "ok.csv", FORCE_COLUMNS, [good])) == (good,)
    cases = [
        (_force(start_urls="https://evil.example/foi/"), "tiny: start URL 'https://evil.example/foi/' is not on the row's hosts"),
        (_force(start_urls="", start_url_status="unknown"), "tiny: start URL is unknown: reason_unknown must say why"),
        (_force(start_url_status="maybe"), "tiny: start_url_status 'maybe' is not one of"),
        (_force(evidence="shared/REAL-SITES.md"), "tiny: evidence 'shared/REAL-SITES.md' is neither a URL nor repo:owner/name/path"),
        (_force(wdtk_slug="Tiny-Police"), "tiny: wdtk_slug 'Tiny-Police' is not a WhatDoTheyKnow url_name"),
        (_force(reason_unknown="not seen"), "tiny: reason_unknown is given although start URLs are known"),
        (_force(profile="nope"), "tiny: profile 'nope' has no crawler/profiles/nope.yml"),
        (_force(legacy_urls="http://old.example/log/"), "tiny: legacy URL 'http://old.example/log/' is not on the row's hosts"),
    ]
    for row, message in cases:
        path = _write(tmp_path / "bad.csv", FORCE_COLUMNS, [row])
        with pytest.raises(RegistryError) as err:
            load_forces(path, set(profile_names()))
        assert f"bad.csv:2: {message}" in str(err.value), str(err.value)
    dup = _write(tmp_path / "dup.csv", FORCE_COLUMNS, [good, _force(wdtk_slug="other")])
    with pytest.raises(RegistryError, match=r"dup.csv:3: tiny: id already used on line 2"):
        load_forces(dup)
    same_slug = _write(tmp_path / "slug.csv", FORCE_COLUMNS, [good, _force(id="tinier")])
    with pytest.raises(RegistryError, match=r"slug.csv:3: tinier: wdtk_slug tiny_police already used by tiny"):
        load_forces(same_slug)
    old = _write(tmp_path / "old.csv", ("id", "name", "start_url"), [{"id": "x", "name": "X", "start_url": "unknown"}])
    with pytest.raises(RegistryError, match=r"old.csv: header must be id,name,country,.*; missing country, .*start_urls, .*; unexpected start_url$"):
        load_forces(old)


def test_bad_pcc_rows_are_refused(tmp_path):
    row = {"id": "tiny-pcc", "name": "Tiny PCC", "kind": "pcc", "force_ids": "tiny", "website": "https://tiny-pcc.gov.uk",
           "disclosure_log_url": "", "wdtk_slug": "tiny_pcc", "defunct": "no",
           "evidence": "repo:m-d-johnson/wdtk-linkgenerator/data/generated-dataset.json", "reason_unknown": "", "notes": ""}
    assert load_pccs(_write(tmp_path / "p.csv", PCC_COLUMNS, [row]), {"tiny"}) == (row,)
    with pytest.raises(RegistryError, match=r"p.csv:2: tiny-pcc: force id 'atlantis' is not in forces.csv"):
        load_pccs(_write(tmp_path / "p.csv", PCC_COLUMNS, [{**row, "force_ids": "atlantis"}]), {"tiny"})
    with pytest.raises(RegistryError, match=r"p.csv:2: tiny-pcc: wdtk_slug is empty: reason_unknown must say why"):
        load_pccs(_write(tmp_path / "p.csv", PCC_COLUMNS, [{**row, "wdtk_slug": ""}]), {"tiny"})
    with pytest.raises(RegistryError, match=r"p.csv:2: tiny-pcc: kind 'sheriff' is not one of"):
        load_pccs(_write(tmp_path / "p.csv", PCC_COLUMNS, [{**row, "kind": "sheriff"}]), {"tiny"})


def test_select_explains_forces_that_cannot_be_crawled():
    reg = real_registry()
    sites, problems = reg.select(["cleveland", "leicestershire", "atlantis"])
    assert [s.force_id for s in sites] == ["cleveland"]
    assert problems == [
        "leicestershire: no disclosure-log URL in crawler/data/forces.csv (unknown: "
        "no public copy of the log seen: an older FOI page points to pages of previous releases without their URLs)",
        "atlantis: not a known force id"]
    everything, none = reg.select(None, all_forces=True)
    assert none == [] and all(s.start_urls for s in everything)
    assert {"met", "cleveland", "psni", "police-scotland", "warwickshire"} <= {s.force_id for s in everything}
    assert len(everything) == 36


def test_all_skips_forces_without_a_usable_url_and_says_why():
    reg = real_registry()
    everything, _ = reg.select(None, all_forces=True)
    skipped = dict(reg.skipped())
    assert len(skipped) == 13 and len(everything) + len(skipped) == 49
    assert not skipped.keys() & {s.force_id for s in everything}
    assert skipped["nca"].startswith("no public log: the NCA is outside FOIA")
    assert skipped["durham"] == "legacy URL, probably dead: crawled only when named (--force ID)"
    assert all(reason for reason in skipped.values())


def test_retired_log_roots_are_kept_for_the_archive():
    rows = {r["id"]: r for r in force_rows()}
    legacy = {f: r["legacy_urls"].split() for f, r in rows.items() if r["legacy_urls"]}
    assert sorted(legacy) == ["cheshire", "cleveland", "dyfed-powys", "northumbria", "south-wales", "south-yorkshire", "surrey"]
    assert legacy["cheshire"] == ["http://www.cheshire.police.uk/advice--information/freedom-of-information/disclosure-log/"]
    sy = real_registry().sites["south-yorkshire"]
    assert sy.legacy_urls == ("http://www.southyorks.police.uk/foi/disclosurelog/", "http://www.southyorks.police.uk/node/6642")
    assert all(sy.owns(u) for u in sy.legacy_urls)


def test_expected_routes_follow_each_row():
    sites = real_registry().sites
    assert sites["met"].routes == ("log", "soh-search", "archive", "wdtk")
    assert sites["kent"].routes == ("soh-search", "archive", "wdtk")  # SOH host, no log tree seen
    assert sites["psni"].routes == ("log", "archive", "wdtk")
    assert sites["durham"].routes == ("archive", "wdtk")  # legacy log: its captures may outlive it
    assert sites["lancashire"].routes == ("wdtk",)
    counts: dict[tuple[str, ...], int] = {}
    for site in sites.values():
        counts[site.routes] = counts.get(site.routes, 0) + 1
    assert counts == {("log", "archive", "wdtk"): 6, ("log", "soh-search", "archive", "wdtk"): 14,
                      ("soh-search", "archive", "wdtk"): 16, ("archive", "wdtk"): 4, ("wdtk",): 9}


def test_real_site_owns_only_its_hosts():
    met = real_registry().sites["met"]
    assert met.owns("https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/")
    assert met.owns("https://met.police.uk/SysSiteAssets/foi-media/x.pdf")
    assert not met.owns("https://www.example.com/foi/")
    assert not met.owns("https://www.met.police.uk.evil.example/")
    assert not met.owns("ftp://www.met.police.uk/x")
    assert met.slot == "www.met.police.uk"


def test_sample_sites_are_known_by_the_real_urls_they_imitate():
    # The crawl reaches the sample server through the host map (crawler/hostmap.py), so a
    # sample site's URLs and hosts are the real ones and nothing names 127.0.0.1.
    reg = sample_registry("http://127.0.0.1:9", FIXTURE_SITE)  # nothing listens: read from disk
    tiny = reg.sites["tiny"]
    assert tiny == Site(force_id="tiny", name="Tiny Police", profile="soh",
                        start_urls=("https://www.tiny.police.uk/foi-ai/tiny-police/disclosure/",),
                        hosts=("www.tiny.police.uk",), robots=True)
    assert tiny.owns("https://www.tiny.police.uk/foi-ai/x/")
    assert not tiny.owns("https://www.other.police.uk/foi-ai/x/")
    assert not tiny.owns("http://127.0.0.1:9/www.tiny.police.uk/foi-ai/x/")
    assert tiny.local_path("https://www.tiny.police.uk/foi-ai/x/") == "/foi-ai/x/"
    assert tiny.slot == "www.tiny.police.uk"
    assert sample_hosts("http://127.0.0.1:9", FIXTURE_SITE) == ["www.tiny.police.uk"]


def test_all_leaves_out_legacy_urls_but_a_named_force_may_use_one():
    reg = real_registry()
    everything, _ = reg.select(None, all_forces=True)
    assert "durham" not in {s.force_id for s in everything}  # LEGACY SharePoint log
    named, problems = reg.select(["durham"])
    assert [s.force_id for s in named] == ["durham"] and problems == []
    assert named[0].start_urls == ("https://www.durham.police.uk/About-Us/Freedom-of-information/General/Pages/Disclosure-Log.aspx",)


def test_summary_states_counts_and_the_skip_list():
    lines = summary().splitlines()
    assert lines[0] == "49 forces, 47 oversight bodies (crawler/data/pcc.csv)"
    assert "  legacy    4  durham northumbria nottinghamshire suffolk" in lines
    assert "  wdtk                            9  cumbria dorset hertfordshire lancashire leicestershire " \
           "staffordshire cnc mdp nca" in lines
    at = lines.index("--all skips 13:")
    assert len(lines) == at + 14 and lines[-1].startswith("  nca: no public log")

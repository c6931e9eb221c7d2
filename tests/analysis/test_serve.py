"""`foi serve`: Datasette over the labelled store answers the canned queries, searches, facets,
and its pages render in headless Chromium."""
from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from analysis.serve import command, metadata, sqlite_path
from tests.analysis.browser import dump_dom, screenshot

PNG = b"\x89PNG\r\n\x1a\n"
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> bytes:
    with _NO_PROXY.open(url, timeout=20) as resp:
        return resp.read()


@pytest.fixture(scope="module")
def datasette(db, tmp_path_factory: pytest.TempPathFactory):
    url = db.url.render_as_string(hide_password=False)
    port = _free_port()
    work = tmp_path_factory.mktemp("datasette")
    proc = subprocess.Popen(command(url, work, port=port), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            _get(base + "/-/versions.json")
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"datasette exited: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.3)
    yield base, sqlite_path(url).stem, work
    proc.terminate()
    proc.wait(timeout=20)


def _rows(url: str) -> list[dict]:
    return json.loads(_get(url))


def test_metadata_names_the_store_database() -> None:
    meta = metadata("foi")
    assert set(meta["databases"]) == {"foi", "analysis"}
    assert set(meta["databases"]["foi"]["queries"]) == {
        "refusal_rate_by_force_by_year", "exemptions_by_force", "exemptions_by_category",
        "responses_citing_section", "needs_review", "corrections", "wdtk_agreement"}
    assert meta["databases"]["foi"]["tables"]["disclosures"]["fts_table"] == "disclosures_fts"
    with pytest.raises(ValueError, match="needs a SQLite store file"):
        sqlite_path("postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def test_canned_queries_match_hand_counts(datasette, labels) -> None:
    base, name, _ = datasette
    rows = _rows(f"{base}/{name}/refusal_rate_by_force_by_year.json?_shape=array")
    got = {(r["authority"], r["year"]): (r["responses"], r["refused"], r["ncnd"]) for r in rows}
    hand: dict = {}
    for lab in labels:
        d = lab["published_date"]
        key = (lab["authority"], d[:4] if d else "undated")  # said, not left blank
        n, k, c = hand.get(key, (0, 0, 0))
        hand[key] = (n + 1, k + (lab["outcome"] == "refused"), c + lab["ncnd"])
    assert got == hand
    cited = _rows(f"{base}/{name}/responses_citing_section.json?provision=s12&_shape=array")
    assert sorted(r["reference"] for r in cited) == ["DC-0999", "FOI 2207/23"]
    by_force = _rows(f"{base}/{name}/exemptions_by_force.json?_shape=array")
    # the provision's title from the gazetteer (parser/data/provisions.csv), the same for every force
    assert {"authority": "Police Service of Northern Ireland", "provision": "s23",
            "name": "Information supplied by, or concerning, certain security bodies",
            "categories": "national security", "responses_citing": 2} in by_force
    # one name per provision whichever force cited which leaf (r12(4)(b), r12(5)(a) ...)
    names: dict[str, set[str]] = {}
    for row in by_force:
        names.setdefault(row["provision"], set()).add(row["name"])
    assert {p: n for p, n in names.items() if len(n) != 1} == {}
    assert names["r12"] == {"Exceptions to the duty to disclose environmental information"}
    by_category = _rows(f"{base}/{name}/exemptions_by_category.json?_shape=array")
    kent = {r["category"]: (set(r["provisions"].split(",")), r["responses_citing"])
            for r in by_category if r["authority"] == "Kent Police"}
    assert kent["national security"] == ({"r12", "s24"}, 2)  # EIR r12(5)(a) beside FOIA s24
    fams = _rows(f"{base}/analysis/request_families.json?_shape=array")
    assert [(f["topic"], f["authorities"], f["refused"]) for f in fams] == [("Hostage negotiators", 4, 2), ("Taser use", 3, 1)]


def test_sample_police_scotland_lines_up_with_the_other_forces_by_category(sample_db) -> None:
    """exemptions_by_force names each provision once; exemptions_by_category puts Police
    Scotland's FOISA s35 and s38 beside FOIA s31 and s40 (the queries run on the sample's store)."""
    import sqlite3

    from analysis.categories import write_provisions

    url = sample_db.url.render_as_string(hide_password=False)
    write_provisions(url)
    queries = metadata("sample")["databases"]["sample"]["queries"]
    conn = sqlite3.connect(sqlite_path(url))
    conn.row_factory = sqlite3.Row
    by_force = [dict(r) for r in conn.execute(queries["exemptions_by_force"]["sql"])]
    names: dict[str, set[str]] = {}
    for row in by_force:
        names.setdefault(row["provision"], set()).add(row["name"])
    assert {p: n for p, n in names.items() if len(n) != 1} == {}
    assert (names["FOISA s35"], names["s31"]) == ({"Law enforcement"}, {"Law enforcement"})
    by_category = [dict(r) for r in conn.execute(queries["exemptions_by_category"]["sql"])]
    scotland = {r["category"]: r["provisions"] for r in by_category if r["authority"] == "Police Scotland"}
    assert ("FOISA s35" in scotland["law enforcement"].split(",")
            and "FOISA s38" in scotland["personal data"].split(","))
    cleveland = {r["category"]: r["provisions"] for r in by_category if r["authority"] == "Cleveland Police"}
    assert "s31" in cleveland["law enforcement"].split(",")


def test_responses_are_listed_newest_first_by_their_best_date(datasette, db, labels) -> None:
    """The default sort is the best date (filled for every dated response), not published_date."""
    import sqlite3

    base, name, _ = datasette
    rows = _rows(f"{base}/{name}/disclosures.json?_col=best_date&_col=date_source&_size=100&_shape=array")
    with sqlite3.connect(sqlite_path(db.url.render_as_string(hide_password=False))) as conn:
        expected = [r[0] for r in conn.execute("SELECT best_date FROM disclosures ORDER BY best_date DESC, id DESC")]
    got = [r["best_date"] for r in rows]
    assert got == expected and len(got) == len(labels) == 22
    assert sum(1 for d in got if d) == 21  # one undated response (DC-1300), last


def test_full_text_search_and_facets(datasette, labels) -> None:
    base, name, _ = datasette
    hits = _rows(f"{base}/{name}/disclosures.json?_search=negotiators&_shape=array&_col=reference")
    assert sorted(h["reference"] for h in hits) == ["207-24", "DC-1101", "FOI 4410/24", "FOI-2024-0311"]
    page = json.loads(_get(f"{base}/{name}/disclosures.json?_size=0"))
    facets = {f: {r["value"]: r["count"] for r in v["results"]} for f, v in (page["facet_results"].get("results") or page["facet_results"]).items()}
    hand: dict = {}
    for lab in labels:
        if lab["outcome"]:
            hand[lab["outcome"]] = hand.get(lab["outcome"], 0) + 1
    assert facets["outcome"] == hand == {"disclosed": 7, "refused": 9, "partial": 4, "not_held": 1}
    assert page["filtered_table_rows_count"] == 22


def test_datasette_pages_render_in_chromium(datasette) -> None:
    base, name, work = datasette
    dom = dump_dom(f"{base}/{name}/disclosures", work)
    assert "Responses" in dom and "FOI-2024-0311" in dom
    data = screenshot(f"{base}/{name}/disclosures?_facet=outcome", work / "datasette.png").read_bytes()
    assert data[:8] == PNG and len(data) > 20_000

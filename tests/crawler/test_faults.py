"""A crawl against every fault the sample server can stage, each on its own generated
response page of a copy of the tiny fixture site: the crawl completes, each failure is
stored with its cause, and everything else is stored (exact counts)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.crawler.conftest import TINY, TORN, copy_site, crawler_for, local, rows

MARCH = f"{TINY}/2024/march/"
ASSETS = "/www.tiny.police.uk/SysSiteAssets/foi-media/tiny/disclosure_2024/march_2024"
MB = 1 << 20


def page(name: str) -> str:
    return f"{MARCH}fault-{name}/"


def real(path: str) -> str:
    """A served path as the site itself links it (the server serves each host under /<host>/)."""
    return path.removeprefix("/www.tiny.police.uk")


# name -> (fault mode, its setting for this page's path); pages are generated below.
FAULT_PAGES: dict[str, tuple[str, Any]] = {
    "burst-503": ("burst", [503, 2]),  # two 503s, then the page: retried and stored
    "burst-503-long": ("burst", [503, 10]),  # more 503s than retries: recorded
    "too-many-429": ("burst", [429, 1]),  # one 429 (Retry-After: 1), then the page
    "timeout": ("timeout", 3),  # stalls 3 s; DOWNLOAD_TIMEOUT is 1 s here
    "truncated": ("truncate", True),  # Content-Length honest, connection closed half-way
    "short-length": ("content_length", 300),  # Content-Length smaller than the page
    "huge-length": ("content_length", 10**12),  # 10^12 declared
    "gzip-bomb": ("gzip_bomb", 1024 * MB),  # 1 GiB of zeros in ~1 MB of gzip
    "chunked-64mb": ("chunked", 64 * MB),  # no length, 64 MB body
    "to-loopback": ("redirect", [302, "http://127.0.0.2:{port}" + page("burst-503")]),
    "to-localhost": ("redirect", [302, "http://localhost:{port}" + page("burst-503")]),
    "to-private": ("redirect", [302, "http://10.20.30.40/foi/"]),
    "to-metadata": ("redirect", [301, "http://169.254.169.254/latest/meta-data/"]),
    "to-file": ("redirect", [302, "file:///etc/passwd"]),
    "bad-encoding": ("bad_encoding", "cp1252"),
    "with-bomb": (None, None),  # a good page whose attachment is a gzip bomb
}
BOMB_PDF = f"{ASSETS}/bomb.pdf"


def build_site(tmp: Path) -> tuple[Path, dict[str, Any]]:
    """The tiny site plus one response page per fault, linked from the March listing, and
    the server's fault settings for them."""
    root = copy_site(tmp)
    march = root / MARCH.strip("/") / "index.html"
    links = []
    faults: dict[str, Any] = {"truncate": [TORN], "retry_after": 1}
    for n, (name, (mode, value)) in enumerate(FAULT_PAGES.items(), start=10):
        folder = root / page(name).strip("/")
        folder.mkdir(parents=True)
        attachment = f'<p><a href="{real(BOMB_PDF)}">bomb.pdf</a></p>' if name == "with-bomb" else ""
        (folder / "index.html").write_text(
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fault {name}</title></head>'
            f'<body><main id="main"><h1>Fault {name}</h1><p>Date: 05/03/24</p>'
            f"<p>Enquiry Reference: {n}-24</p><h2>Request</h2><p>Please tell me about {name}.</p>"
            f"<h2>Response</h2><p>The information is disclosed in full.</p>{attachment}</main>"
            "</body></html>\n", encoding="utf-8")
        links.append(f'<li><a href="{real(page(name))}">Fault {name}</a></li>')
        if mode == "truncate":
            faults["truncate"].append(page(name))
        elif mode is not None:
            faults.setdefault(mode, {})[page(name)] = value
    faults.setdefault("gzip_bomb", {})[BOMB_PDF] = 1024 * MB
    faults["pager_loop"] = {MARCH: 3}
    march.write_text(march.read_text().replace("</ul>", "\n".join(links) + "\n</ul>"))
    return root, faults


def cut(text: str | None, base: str) -> str | None:
    """The error with this server's base URL (and its port elsewhere) taken out."""
    port = base.rsplit(":", 1)[1]
    return text and text.replace(base, "").replace("https://www.tiny.police.uk", "/www.tiny.police.uk") \
        .replace(f":{port}", ":PORT")


# What each failed page (or attachment) is stored with: (HTTP status, error), the server's
# base URL taken out of the error.
EXPECTED_FAILURES = {
    page("burst-503-long"): (503, "HTTP 503"),
    page("timeout"): (None, f"timed out: Getting {page('timeout')} took longer than 1.0 seconds."),
    page("truncated"): (None, "truncated body: the connection closed before the whole response arrived"),
    page("short-length"): (200, "truncated HTML: the document stops before </body></html>"),
    page("huge-length"): (None, "download cancelled (over DOWNLOAD_MAXSIZE): Expected to receive "
                                "1000000000000 bytes which is larger than download max size (52428800) "
                                f"in request <GET {page('huge-length')}>."),
    page("gzip-bomb"): (None, f"download cancelled (over DOWNLOAD_MAXSIZE): Ignored response <200 "
                              f"{page('gzip-bomb')}> because its body (1061908 B compressed, 52494336 B "
                              "decompressed so far) exceeded DOWNLOAD_MAXSIZE (52428800 B) during decompression."),
    page("chunked-64mb"): (None, "download cancelled (over DOWNLOAD_MAXSIZE): the body grew past the limit"),
    page("to-loopback"): (None, f"refused: 127.0.0.2 is a loopback address: http://127.0.0.2:PORT{page('burst-503')}"),
    page("to-localhost"): (None, f"off-site redirect to http://localhost:PORT{page('burst-503')} refused "
                                 "(not a tiny host)"),
    page("to-private"): (None, "refused: 10.20.30.40 is a private address: http://10.20.30.40/foi/"),
    page("to-metadata"): (None, "refused: 169.254.169.254 is a link-local address: "
                                "http://169.254.169.254/latest/meta-data/"),
    page("to-file"): (None, "redirect to file:///etc/passwd refused: only http and https are followed"),
    BOMB_PDF: (None, f"download cancelled (over DOWNLOAD_MAXSIZE): Ignored response <200 {BOMB_PDF}> because "
                     "its body (1061908 B compressed, 52494336 B decompressed so far) exceeded "
                     "DOWNLOAD_MAXSIZE (52428800 B) during decompression."),
    # The tiny site's own faults.
    f"{MARCH}foi-4-24-missing/": (404, "HTTP 404"),
    f"{MARCH}foi-5-24-loop/": (None, f"redirect loop: gave up after 8 redirects between 2 URLs ({MARCH}"
                                     f"foi-5-24-loop-b/, {MARCH}foi-5-24-loop/)"),
    f"{MARCH}foi-6-24-moved/": (None, "off-site redirect to https://www.example.com/foi/6-24/ refused (not a tiny host)"),
    TORN: (None, "truncated body: the connection closed before the whole response arrived"),
}
STORED = {f"{MARCH}foi-1-24-dogs/": "1-24", f"{MARCH}foi-2-24-cats/": "2-24",
          f"{TINY}/2023/may/foi-9-23-old/": "9-23", page("burst-503"): "10-24",
          page("too-many-429"): "12-24", page("bad-encoding"): "24-24", page("with-bomb"): "25-24"}
LISTINGS = {f"{TINY}/", f"{TINY}/2024/", f"{TINY}/2023/", MARCH, f"{TINY}/2023/may/",
            f"{MARCH}?page=1", f"{MARCH}?page=2"}


@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory):
    """One crawl of the fault site; backoff capped at 1 s and a 1 s timeout keep it short."""
    from crawler.sample_server import serve

    tmp = tmp_path_factory.mktemp("faults")
    root, faults = build_site(tmp)
    db = f"sqlite:///{tmp / 'foi.db'}"
    server = serve(root, faults=faults)
    try:
        summary = crawler_for(tmp)(server, root, db, settings={
            "DOWNLOAD_TIMEOUT": 1, "FOI_BACKOFF_MAX_DELAY": 1.0})
    finally:
        server.stop()
    return server, db, summary


def test_every_fault_is_recorded_with_its_cause_and_the_rest_is_stored(fault_crawl):
    server, db, summary = fault_crawl
    assert summary.ok
    tally = summary.forces["tiny"]
    assert (tally.stored, tally.failed, tally.listings, tally.robots_blocked, tally.parse_errors) == \
        (len(STORED), len(EXPECTED_FAILURES), len(LISTINGS), 1, 0) == (7, 17, 7, 1, 0)
    failed = {local(u): (status, cut(error, server.url)) for u, status, error in
              rows(db, "SELECT url, status, error FROM documents WHERE sha256 IS NULL")}
    assert failed == EXPECTED_FAILURES
    stored = rows(db, "SELECT response_url, reference FROM disclosures")
    assert {local(u): ref for u, ref in stored} == STORED
    kept = rows(db, "SELECT url, role FROM documents WHERE sha256 IS NOT NULL")
    assert sorted((local(u), role) for u, role in kept) == sorted(
        [(u, "response") for u in STORED] + [(u, "listing") for u in LISTINGS]
        + [(f"{ASSETS}/cats.csv", "attachment")])


def test_a_decompression_bomb_attachment_leaves_its_response_stored(fault_crawl):
    server, db, _ = fault_crawl
    (linked,) = rows(db, "SELECT COUNT(*) FROM disclosure_documents l JOIN disclosures d ON d.id = l.disclosure_id "
                         "WHERE d.response_url LIKE :u", u=f"%{page('with-bomb')}")[0:1]
    assert linked == (1,)  # the page itself; the bomb is a failure row of that response
    assert [(local(r),) for (r,) in rows(db, "SELECT response_url FROM documents WHERE url LIKE :u",
                                         u=f"%{BOMB_PDF}")] == [(page("with-bomb"),)]


def test_bursts_are_retried_and_429_waits_for_retry_after(fault_crawl):
    server, _, _ = fault_crawl
    asked = [(r["time"], r["status"]) for r in server.requests if r["path"] == page("too-many-429")]
    assert [s for _, s in asked] == [429, 200]
    # Retry-After: 1 is waited out before asking again (the backoff alone would wait 0.5 s).
    # The server stamps a request when its thread starts, a little after the crawler does.
    assert asked[1][0] - asked[0][0] >= 0.9
    assert [r["status"] for r in server.requests if r["path"] == page("burst-503")] == [503, 503, 200]
    assert [r["status"] for r in server.requests if r["path"] == page("burst-503-long")] == [503] * 4


def test_nothing_is_fetched_from_a_refused_address_and_the_pager_loop_ends(fault_crawl):
    server, _, _ = fault_crawl
    paths = [r["path"] for r in server.requests]
    assert paths.count(page("burst-503")) == 3  # never again through a refused redirect
    assert not any(p.startswith(("/latest", "/foi/", "/etc")) for p in paths)
    assert [r["path"] for r in server.requests if r["path"].startswith(MARCH + "?")] == \
        [f"{MARCH}?page=1", f"{MARCH}?page=2"]  # page 2 points back at page 1: not asked twice


def test_a_page_in_the_wrong_encoding_is_stored_and_read(fault_crawl):
    _, db, _ = fault_crawl
    (text,) = rows(db, "SELECT body_text FROM disclosures WHERE response_url LIKE :u",
                   u=f"%{page('bad-encoding')}")[0]
    assert "disclosed in full." in text


@pytest.mark.parametrize("url, message", [
    ("http://127.0.0.1@localhost:8765", "the host of http://127.0.0.1@localhost:8765 is localhost, not a loopback address"),
    ("http://127.0.0.1.example.invalid", "the host of http://127.0.0.1.example.invalid is 127.0.0.1.example.invalid, "
                                         "not a loopback address"),
    ("http://localhost:8765", "the host of http://localhost:8765 is localhost, not a loopback address"),
    ("http://10.0.0.1:8765", "the host of http://10.0.0.1:8765 is 10.0.0.1, not a loopback address"),
    (None, "give --sample http://127.0.0.1:PORT"),
])
def test_no_polite_needs_a_url_whose_parsed_host_is_loopback(url, message, tmp_path):
    from crawler.run import crawl

    with pytest.raises(ValueError) as refused:
        crawl(sample_url=url, forces=None if url else ["cleveland"], polite=False, progress=False,
              db_url=f"sqlite:///{tmp_path}/x.db", jobs_dir=tmp_path)
    assert str(refused.value) == ("--no-polite is only for the local sample server on 127.0.0.1 "
                                  f"(or another loopback address): {message}")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "http://127.5.6.7:80/x", "http://[::1]:8765/"])
def test_no_polite_accepts_loopback_addresses(url):
    from crawler.run import check_no_polite

    check_no_polite(url)  # raises for anything else (above)


@pytest.mark.parametrize("host, port, sample, expected", [
    ("127.0.0.1", 8765, "127.0.0.1:8765", None),  # the sample server itself
    ("127.0.0.1", 8766, "127.0.0.1:8765", "refused: 127.0.0.1 is a loopback address"),
    ("127.0.0.2", 8765, "127.0.0.1:8765", "refused: 127.0.0.2 is a loopback address"),
    ("127.0.0.1", 80, None, "refused: 127.0.0.1 is a loopback address"),
    ("::1", 80, None, "refused: ::1 is a loopback address"),
    ("::ffff:10.0.0.1", 80, None, "refused: ::ffff:10.0.0.1 is a private address"),
    ("192.168.1.1", 80, None, "refused: 192.168.1.1 is a private address"),
    ("172.16.5.4", 80, None, "refused: 172.16.5.4 is a private address"),
    ("169.254.169.254", 80, None, "refused: 169.254.169.254 is a link-local address"),
    ("fe80::1", 80, None, "refused: fe80::1 is a link-local address"),
    ("0.0.0.0", 80, None, "refused: 0.0.0.0 is a unspecified address"),
    ("100.64.0.1", 80, None, "refused: 100.64.0.1 is a non-public address"),  # carrier-grade NAT
    ("8.8.8.8", 80, None, None),
    ("www.cleveland.police.uk", 443, None, None),  # names: checked when resolved
])
def test_ip_literal_refusals(host, port, sample, expected):
    from crawler.addresses import refusal

    assert refusal(host, port, sample) == expected


def test_a_name_resolving_to_loopback_is_refused_at_connect_time(site, start_server, tmp_path):
    """The sample's sites, but reached by the name `localhost`: a name is checked where it
    is resolved, and 127.0.0.1 is not the sample address this crawl was started for (that
    would be an IP literal), so nothing is fetched and the refusal is recorded."""
    from crawler.run import crawl

    server = start_server(site)
    url = server.url.replace("127.0.0.1", "localhost")
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    summary = crawl(sample_url=url, db_url=db, sample_root=site, progress=False, delay=0.0,
                    jobs_dir=tmp_path / "jobs", log_file=tmp_path / "crawl.log")
    assert summary.ok and summary.forces["tiny"].failed == 1 and summary.fetched == 0
    assert rows(db, "SELECT url, status, error, sha256 FROM documents") == [
        ("https://www.tiny.police.uk/foi-ai/tiny-police/disclosure/", None,
         "refused: localhost resolves to 127.0.0.1, a loopback address", None)]
    assert [r["path"] for r in server.requests if r["path"] != "/sites.json"] == []


def test_robots_txt_changed_between_crawls_is_obeyed_by_the_next(site, start_server, run, db):
    """robots.txt is read once per crawl: a change made while a crawl runs holds from the
    next crawl, which then never asks for the newly disallowed page and keeps its record."""
    before = (site / "www.tiny.police.uk" / "robots.txt").read_text()
    after = before + "Disallow: /foi-ai/tiny-police/disclosure/2024/march/foi-1-24-dogs/\n"
    server = start_server(site, faults={"robots": [before, after]})
    first = run(server, site, db)
    dogs = f"{MARCH}foi-1-24-dogs/"
    assert first.forces["tiny"].robots_blocked == 1 and dogs in [r["path"] for r in server.requests]
    seen = len(server.requests)
    second = run(server, site, db)
    assert second.ok and second.forces["tiny"].robots_blocked == 2
    later = [r["path"] for r in server.requests[seen:]]
    assert later.count("/www.tiny.police.uk/robots.txt") == 1 and dogs not in later
    assert [local(u) for (u,) in rows(db, "SELECT response_url FROM disclosures WHERE reference = '1-24'")] == [dogs]


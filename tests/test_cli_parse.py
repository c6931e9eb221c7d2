"""`foi parse` end to end: JSON Lines of the parse contract, stdin, URLs, and exit codes."""
from __future__ import annotations

import http.server
import json
import resource
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

import foi

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "pages"
CONTRACT_FIELDS = [
    "path", "authority", "authority_id", "regime", "reference", "title", "published_date",
    "request_date", "response_date", "outcome", "ncnd", "exemptions", "tables", "request_text",
    "response_text", "body_text", "warnings",
]

runner = CliRunner()


def _records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_seed_prints_one_contract_record(seed_bytes: bytes, tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_bytes(seed_bytes)
    result = runner.invoke(foi.app, ["parse", str(seed)])
    assert result.exit_code == 0, result.output
    [record] = _records(result.stdout)
    assert [k for k in record if k in CONTRACT_FIELDS] == CONTRACT_FIELDS
    assert record["path"] == str(seed)
    assert (record["reference"], record["authority"], record["authority_id"], record["regime"]) == (
        "207-24", "Cleveland Police", "cleveland", "FOIA",
    )
    assert "The National Crisis Negotiator Course is two weeks long." in record["body_text"]
    assert "Leave this site" not in record["body_text"]
    assert result.stderr == ""


def test_pretty_is_the_same_record_indented(seed_bytes: bytes, tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_bytes(seed_bytes)
    plain = runner.invoke(foi.app, ["parse", str(seed)]).stdout
    pretty = runner.invoke(foi.app, ["parse", str(seed), "--pretty"]).stdout
    assert pretty.startswith('{\n  "path": ')
    assert json.loads(pretty) == json.loads(plain)


def test_stdin_dash() -> None:
    html = (PAGES / "drupal_psni.html").read_bytes()
    result = runner.invoke(foi.app, ["parse", "-"], input=html)
    assert result.exit_code == 0
    [record] = _records(result.stdout)
    assert record["path"] == "-"
    assert record["body_text"] == (PAGES / "drupal_psni.txt").read_text(encoding="utf-8").rstrip("\n")


def test_html_fixture_end_to_end(tmp_path: Path) -> None:
    result = runner.invoke(foi.app, ["parse", str(PAGES / "soh_disclosure.html")])
    assert result.exit_code == 0
    [record] = _records(result.stdout)
    assert record["title"] == "FOI 312-24 Police dogs bite incidents"
    assert record["body_text"] == (PAGES / "soh_disclosure.txt").read_text(encoding="utf-8").rstrip("\n")


def test_unreadable_inputs_exit_1_and_are_named_but_the_rest_is_parsed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "image.html"
    binary.write_bytes(bytes(range(256)) * 10)
    cp1252 = tmp_path / "letter.txt"
    cp1252.write_bytes("We hold the information \u2013 it cost \u00a35.".encode("cp1252"))
    missing = tmp_path / "missing.html"
    result = runner.invoke(foi.app, ["parse", str(empty), str(cp1252), str(missing), str(binary)])
    assert result.exit_code == 1
    records = _records(result.stdout)
    assert [r["path"] for r in records] == [str(empty), str(cp1252), str(missing), str(binary)]
    assert records[0]["warnings"] == ["empty input: no bytes to parse"]
    assert records[1]["body_text"] == "We hold the information \u2013 it cost \u00a35."
    assert records[1]["warnings"][0] == "input is not valid UTF-8; decoded as Windows-1252"
    assert records[2]["warnings"] == ["cannot read: No such file or directory"]
    assert result.stderr.splitlines() == [
        f"foi: {empty}: empty input: no bytes to parse",
        f"foi: {missing}: cannot read: No such file or directory",
        f"foi: {binary}: binary input that is not PDF, .docx or .xlsx: cannot be read as text",
    ]


def test_a_directory_is_the_files_under_it(seed_bytes: bytes, tmp_path: Path) -> None:
    letters = tmp_path / "letters"
    (letters / "2024").mkdir(parents=True)
    (letters / "b.txt").write_bytes(seed_bytes)
    (letters / "2024" / "a.txt").write_bytes(seed_bytes)
    (letters / ".DS_Store").write_bytes(b"\x00\x01")
    (letters / ".cache").mkdir()
    (letters / ".cache" / "c.txt").write_bytes(seed_bytes)
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(foi.app, ["parse", str(letters), str(empty)])
    records = _records(result.stdout)
    assert [r["path"] for r in records] == [str(letters / "2024" / "a.txt"), str(letters / "b.txt"), str(empty)]
    assert [r["reference"] for r in records[:2]] == ["207-24", "207-24"]
    assert records[2]["warnings"] == ["cannot read: Is a directory"]
    assert result.exit_code == 1  # the empty directory is named as unreadable


def test_readable_input_with_warnings_exits_0(tmp_path: Path) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 10_000 + "The answer is 42." + "</div>" * 10_000 + "</body></html>")
    result = runner.invoke(foi.app, ["parse", str(deep)])
    assert result.exit_code == 0
    [record] = _records(result.stdout)
    assert record["body_text"] == "The answer is 42."
    assert record["warnings"][0].startswith("HTML is nested deeper than the parser's limit")


@pytest.mark.parametrize(
    ("path", "url"),
    [
        (
            "data/sample/www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-20724-hostage/index.html",
            "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-20724-hostage/",
        ),
        ("data/sample/www.psni.police.uk/foi-disclosure-log/police-kit", "https://www.psni.police.uk/foi-disclosure-log/police-kit"),
        ("/tmp/x/www.gov.scot/foi/letter.pdf", "https://www.gov.scot/foi/letter.pdf"),
        ("../shared/dev-set/h003.txt", None),
    ],
)
def test_sample_site_files_map_to_the_url_they_imitate(path: str, url: str | None) -> None:
    assert foi._sample_url(Path(path)) == url


@pytest.fixture()
def page_server() -> Iterator[str]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(PAGES), **kwargs)  # type: ignore[misc]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_url_input_is_fetched_and_parsed(page_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)  # the test server is local: no proxy in between
    url = f"{page_server}/pdf_stub.html"
    missing = f"{page_server}/nope.html"
    result = runner.invoke(foi.app, ["parse", url, missing])
    assert result.exit_code == 1
    ok, bad = _records(result.stdout)
    assert ok["path"] == url
    assert ok["body_text"] == (PAGES / "pdf_stub.txt").read_text(encoding="utf-8").rstrip("\n")
    assert bad["warnings"] == ["cannot read: HTTP 404 File not found"]
    assert result.stderr == f"foi: {missing}: cannot read: HTTP 404 File not found\n"


def test_help_is_fast() -> None:
    """`foi --help` under 0.5 s: CPU time of the child, so a busy machine cannot fail it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-c", "import foi; foi.app(['--help'])"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert "parse" in done.stdout
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert cpu < 0.5, f"foi --help took {cpu:.2f} s of CPU"

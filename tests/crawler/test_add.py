"""`foi add`: files a user already holds become documents (source "file") and disclosures;
adding them again changes nothing; a bad file is named with its reason and the rest go on."""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foi import app
from tests.crawler.conftest import rows

runner = CliRunner()
PAGE = (b"<!DOCTYPE html>\n<!-- saved from url=(0085)https://www.psni.police.uk/foi-disclosure-log/"
        b"stop-and-search-figures -->\n<html><head><title>Stop and search</title></head><body><main>"
        b"<h1>Stop and search figures</h1><p>February 04, 2026 | Crime</p><p>Request Number: FOI/15751</p>"
        b"<h2>Request</h2><p>How many stop and searches were made in 2025?</p><h2>Answer</h2>"
        b"<p>There were 1,204 stop and searches in 2025. The information is disclosed in full.</p>"
        b"</main></body></html>")


@pytest.fixture
def letter(tmp_path: Path, seed_bytes: bytes) -> Path:
    """The seed: a real Cleveland response (207-24) as a page's text."""
    path = tmp_path / "seed.txt"
    path.write_bytes(seed_bytes)
    return path


def make_files(tmp: Path, letter: Path) -> Path:
    folder = tmp / "held"
    folder.mkdir()
    shutil.copy(letter, folder / "letter.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    with zipfile.ZipFile(folder / "bundle.zip", "w") as z:
        z.write(folder / "letter.txt", "inner/letter-copy.txt")  # the same bytes as letter.txt
        z.writestr("inner/saved.html", PAGE)
    return folder


def test_add_files_once_then_again(tmp_path: Path, letter: Path):
    folder = make_files(tmp_path, letter)
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    names = ["letter.txt", "empty.txt", "noise.bin", "broken.zip", "bundle.zip", "missing.pdf"]
    first = runner.invoke(app, ["add", *[str(folder / n) for n in names], "--authority", "cleveland", "--db", db])
    assert first.exit_code == 1
    letter_url = (folder / "letter.txt").resolve().as_uri()
    page_url = "https://www.psni.police.uk/foi-disclosure-log/stop-and-search-figures"
    assert first.output.splitlines() == [
        f"added: {folder}/letter.txt -> {letter_url} (207-24 | partial | s31(1)(a), s31(1)(b))",
        f"foi: {folder}/empty.txt: empty input: no bytes to parse",
        f"foi: {folder}/noise.bin: binary input that is not PDF, .docx or .xlsx: cannot be read as text",
        f"foi: {folder}/broken.zip: not a readable .zip archive: File is not a zip file",
        f"already stored: {folder}/bundle.zip:inner/letter-copy.txt -> {letter_url} (same bytes as {letter_url})",
        f"added: {folder}/bundle.zip:inner/saved.html -> {page_url} (FOI/15751 | disclosed)",
        f"foi: {folder}/missing.pdf: no such file or directory",
        "2 added, 1 already stored, 4 failed",
    ]
    docs = rows(db, "SELECT url, source, role, authority_id, status FROM documents ORDER BY id")
    assert docs == [(letter_url, "file", "response", "cleveland", None),
                    (page_url, "file", "response", "cleveland", None)]
    # The saved PSNI page was added as Cleveland's: the publisher is who the user named,
    # the body its text names is kept beside it.
    assert rows(db, "SELECT response_url, authority_id, reference, named_authority FROM disclosures ORDER BY id") == [
        (letter_url, "cleveland", "207-24", None), (page_url, "cleveland", "FOI/15751", "psni")]

    again = runner.invoke(app, ["add", str(folder / "letter.txt"), str(folder / "bundle.zip"),
                                "--authority", "cleveland", "--db", db])
    assert again.exit_code == 0
    assert again.output.splitlines()[-1] == "0 added, 3 already stored, 0 failed"
    assert rows(db, "SELECT COUNT(*) FROM documents") == [(2,)]
    assert rows(db, "SELECT COUNT(*) FROM disclosures") == [(2,)]


def test_add_with_url_then_a_newer_copy_adds_a_version_not_a_response(tmp_path: Path, letter: Path):
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    url = "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/foi-20724-hostage/"
    old = tmp_path / "old.txt"
    old.write_bytes(letter.read_bytes())
    new = tmp_path / "new.txt"
    new.write_bytes(letter.read_bytes() + b"\nUpdated.\n")
    for path in (old, new):
        result = runner.invoke(app, ["add", str(path), "--authority", "cleveland", "--url", url, "--db", db])
        assert result.exit_code == 0, result.output
    assert rows(db, "SELECT url, version, is_latest, source FROM documents ORDER BY id") == [
        (url, 1, False, "file"), (url, 2, True, "file")]
    assert rows(db, "SELECT response_url, reference FROM disclosures") == [(url, "207-24")]


def test_add_refusals(tmp_path: Path, letter: Path):
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    two = runner.invoke(app, ["add", str(letter), str(letter), "--authority", "cleveland",
                              "--url", "https://example.org/x", "--db", db])
    assert two.exit_code == 2 and "--url names where ONE file came from" in two.output
    nobody = runner.invoke(app, ["add", str(letter), "--authority", "no-such-force", "--db", db])
    assert nobody.exit_code == 2
    assert "--authority no-such-force: not a known force or authority id" in nobody.output
    assert rows(db, "SELECT COUNT(*) FROM documents") == [(0,)]


def test_add_parses_in_the_budgeted_worker(tmp_path: Path, letter: Path, monkeypatch: pytest.MonkeyPatch):
    """`foi add` parses through the same bounded worker as the crawl: a file over the time
    budget is stored with the worker's verdict as its error, and the command goes on."""
    monkeypatch.setenv("FOI_PARSE_SECONDS", "0.001")  # no parse (nor spaCy's start) fits in 1 ms
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    done = runner.invoke(app, ["add", str(letter), "--authority", "cleveland", "--db", db])
    url = letter.resolve().as_uri()
    assert done.output.splitlines() == [
        f"added: {letter} -> {url} (stored; parse failed: parse budget exceeded: 0.001 s)",
        "1 added, 0 already stored, 0 failed"]
    assert rows(db, "SELECT url, source FROM documents") == [(url, "file")]
    assert rows(db, "SELECT response_url, error FROM disclosures") == [(url, "parse budget exceeded: 0.001 s")]

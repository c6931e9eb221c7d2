"""A crawl whose attachment is a decompression bomb stores everything else: the bomb's bytes
are kept, its response gets a record that says the PDF was refused, the other responses are
parsed as ever (the tiny fixture site, with a Flate-bomb PDF linked from one response)."""
from __future__ import annotations

import pytest

from tests.crawler.conftest import TINY, TORN, copy_site, crawler_for, local, rows
from tests.hostile.inputs import pdf_flate_bomb

DOGS = f"{TINY}/2024/march/foi-1-24-dogs/"
CATS = f"{TINY}/2024/march/foi-2-24-cats/"
OLD = f"{TINY}/2023/may/foi-9-23-old/"
BOMB = "/www.tiny.police.uk/SysSiteAssets/foi-media/tiny/disclosure_2024/march_2024/dogs-letter.pdf"

pytestmark = pytest.mark.slow


def test_a_bomb_attachment_is_refused_and_the_crawl_stores_everything_else(tmp_path, monkeypatch):
    from crawler.sample_server import serve

    monkeypatch.setenv("FOI_CONTACT", "foi-team@example.org")
    root = copy_site(tmp_path)
    bomb, _ = pdf_flate_bomb()
    target = root / BOMB.lstrip("/")
    target.write_bytes(bomb)
    page = root / DOGS.lstrip("/") / "index.html"
    page.write_text(page.read_text().replace(
        "The information is disclosed in full.</p>",
        f'The information is disclosed in full.</p><p><a href="{BOMB.removeprefix("/www.tiny.police.uk")}">'
        "Response letter</a></p>"))  # links are site-relative, as on the real site
    db = f"sqlite:///{tmp_path / 'foi.db'}"
    server = serve(root)
    try:
        summary = crawler_for(tmp_path)(server, root, db)
    finally:
        server.stop()
    # Served whole here (no truncation fault), the "torn" page is a fourth response.
    assert (summary.forces["tiny"].stored, summary.forces["tiny"].parse_errors) == (4, 0)
    assert sorted(local(u) for (u,) in rows(db, "SELECT response_url FROM disclosures WHERE error IS NULL")) == \
        sorted([DOGS, CATS, OLD, TORN])
    assert [(local(u), size) for u, size in rows(
        db, "SELECT url, size FROM documents WHERE role = 'attachment' AND url LIKE '%dogs-letter.pdf'")] == \
        [(BOMB, len(bomb))]
    (warnings,) = rows(db, "SELECT warnings FROM disclosures WHERE response_url LIKE :u", u=f"%{DOGS}")[0]
    assert any(w.endswith(f"{BOMB}: PDF refused: a compressed stream inflates past 33,554,432 bytes "
                          "(a decompression bomb?)") for w in __import__("json").loads(warnings))
    (reference, outcome) = rows(db, "SELECT reference, outcome FROM disclosures WHERE response_url LIKE :u",
                                u=f"%{DOGS}")[0]
    assert (reference, outcome) == ("1-24", "disclosed")

"""URL identity: a crawl of the replica stores the real URLs it imitates, so two demo runs
(two servers on two ports) leave the same store, and nothing written names 127.0.0.1."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crawler.hostmap import HostMap, parse_map
from crawler.run import ROOT
from foi import app
from tests.crawler.conftest import rows

SAMPLE = ROOT / "data" / "sample"
FORCE, HOST = "west-yorkshire", "www.westyorkshire.police.uk"


def test_host_map_round_trip_and_setting_forms():
    hm = HostMap(parse_map("www.met.police.uk=http://127.0.0.1:8765/www.met.police.uk"))
    real = "https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/?page=2"
    local = "http://127.0.0.1:8765/www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/?page=2"
    assert hm.to_local(real) == local
    assert hm.to_real(local) == real
    assert hm.to_local("https://www.example.com/x") == "https://www.example.com/x"  # unmapped: untouched
    assert parse_map({"WWW.A.UK": "http://127.0.0.1:1/a/"}) == {"www.a.uk": "http://127.0.0.1:1/a"}
    with pytest.raises(ValueError, match="FOI_HOST_MAP entry 'nonsense'"):
        parse_map("nonsense")


@pytest.fixture(scope="module")
def one_force(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sample")
    shutil.copytree(SAMPLE / HOST, root / HOST)
    sites = [s for s in json.loads((SAMPLE / "sites.json").read_text()) if s["force_id"] == FORCE]
    (root / "sites.json").write_text(json.dumps(sites))
    labels = [line for line in (SAMPLE / "labels.jsonl").read_text().splitlines()
              if json.loads(line)["force_id"] == FORCE]
    (root / "labels.jsonl").write_text("\n".join(labels) + "\n")
    for name in ("_manifest.json", "_redirects.json"):
        shutil.copy(SAMPLE / name, root / name)
    return root


@pytest.mark.slow
def test_demo_twice_leaves_the_same_counts_and_no_local_urls(one_force: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import analysis.demo

    monkeypatch.setattr(analysis.demo, "SAMPLE", one_force)
    out = tmp_path / "out"
    db = f"sqlite:///{out / 'demo.db'}"
    counts = []
    for _ in range(2):  # each run serves the sample on a new random port
        result = CliRunner().invoke(app, ["demo", "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert "crawled from the local sample server" in " ".join(result.stdout.split())
        counts.append((rows(db, "SELECT COUNT(*) FROM documents")[0][0],
                       rows(db, "SELECT COUNT(*) FROM disclosures")[0][0],
                       rows(db, "SELECT COUNT(DISTINCT url) FROM documents")[0][0]))
    assert counts[0] == counts[1] and counts[0][1] > 0
    written = sorted((out / "exports").glob("*.csv")) + [out / "report.html"]
    assert len(written) >= 3
    assert {p.name: p.read_text(encoding="utf-8").count("127.0.0.1") for p in written} == \
        {p.name: 0 for p in written}
    urls = [u for (u,) in rows(db, "SELECT url FROM documents")]
    assert urls and all(u.startswith(f"https://{HOST}/") for u in urls)
    assert "https://www.westyorkshire.police.uk/freedom-of-information" in (out / "report.html").read_text()

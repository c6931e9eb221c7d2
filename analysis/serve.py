"""`foi serve`: Datasette over the SQLite store, with titles, descriptions, facets, full-text
search and canned queries for the questions users ask most.

Request families come from text similarity, which SQL cannot do, so they are computed when
the server starts and served from a small side database ("analysis") next to the store.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

from analysis.db import engine_of
from analysis.export import export_frame

_METADATA = Path(__file__).with_name("data") / "datasette_metadata.yml"
STATIC = "foi-static"  # where `foi serve` serves its stylesheet (long text clipped in tables)


def sqlite_path(url: str) -> Path:
    """The file behind a sqlite:/// URL; Datasette serves SQLite files only."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise ValueError(f"foi serve needs a SQLite store file, not {parsed.render_as_string(hide_password=True)}"
                         " (export from PostgreSQL with `foi export`, or point --db at a sqlite:/// file)")
    return Path(parsed.database)


def metadata(store_name: str, allow_sql: bool = False) -> dict[str, Any]:
    """The Datasette metadata with the store's database name filled in. Arbitrary SQL
    (Datasette's execute-sql) is denied unless `allow_sql`: the canned queries, tables,
    facets and search still work."""
    meta = yaml.safe_load(_METADATA.read_text(encoding="utf-8"))
    meta["databases"][store_name] = meta["databases"].pop("STORE")
    # long text clipped in table views, whole on row pages (datasette_plugins/long_text.py)
    from urllib.parse import quote

    meta["extra_css_urls"] = [f"/{STATIC}/long_text.css"]
    # the canned queries, listed on the home page where a visitor starts
    links = []
    for db_name, spec in meta["databases"].items():
        for name, query in (spec.get("queries") or {}).items():
            links.append(f'<li><a href="/{quote(db_name)}/{quote(name)}">{query.get("title", name)}</a></li>')
    meta["description_html"] = (meta.get("description_html", "") + "<p>Ready-made questions:</p><ul>"
                                + "".join(links) + "</ul>")
    if not allow_sql:
        meta["allow_sql"] = False
    return meta


def write_families_db(db_url: str, path: Path) -> Path:
    """The side database: request_families (the families export) as one table."""
    frame = export_frame(db_url, "families")
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as conn:
        frame.astype(object).where(frame.notna(), None).to_sql("request_families", conn, index=False)
    return path


def prepare(db_url: str, workdir: Path, allow_sql: bool = False) -> list[str]:
    """Write metadata.json and analysis.db into workdir; return the datasette arguments."""
    store_file = sqlite_path(db_url)
    engine_of(db_url)  # migrated to head (so the FTS table exists) before Datasette opens it
    from analysis.categories import write_provisions

    write_provisions(db_url)  # names and categories the canned queries join (one name per provision)
    workdir.mkdir(parents=True, exist_ok=True)
    families = write_families_db(db_url, workdir / "analysis.db")
    from analysis.datasette_plugins.long_text import LONG_TEXT_CSS

    static = workdir / "static"
    static.mkdir(exist_ok=True)
    (static / "long_text.css").write_text(LONG_TEXT_CSS, encoding="utf-8")
    meta_path = workdir / "metadata.json"
    meta_path.write_text(json.dumps(metadata(store_file.stem, allow_sql), indent=1), encoding="utf-8")
    return [str(store_file), str(families), "--metadata", str(meta_path),
            "--setting", "default_page_size", "50", "--setting", "sql_time_limit_ms", "3000",
            "--plugins-dir", str(Path(__file__).with_name("datasette_plugins")),
            "--static", f"{STATIC}:{static}"]


def command(db_url: str, workdir: Path, host: str = "127.0.0.1", port: int = 8001,
            allow_sql: bool = False) -> list[str]:
    """The full command line that runs Datasette for this store. Datasette has no write
    API in this version and no canned query here writes, so the store is read only."""
    return [sys.executable, "-m", "datasette", "serve", *prepare(db_url, workdir, allow_sql),
            "--host", host, "--port", str(port)]


def _die_with_parent() -> None:
    """In Datasette's process: SIGTERM when `foi serve` dies, however it dies (Linux)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def run(args: list[str]) -> int:
    """Run Datasette until it exits or `foi serve` is stopped; stopping `foi serve` (Ctrl+C,
    SIGTERM, or its own death) stops Datasette too. Returns Datasette's exit status."""
    import signal
    import subprocess

    proc = subprocess.Popen(args, preexec_fn=_die_with_parent)

    def stop(signum: int, _frame: Any) -> None:
        proc.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        proc.wait(timeout=20)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if proc.poll() is None:
            proc.kill()
            proc.wait()

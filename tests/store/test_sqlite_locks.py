"""Checking a SQLite store must not drop this process's locks on it.

POSIX advisory locks belong to the process: closing ANY descriptor of the database file drops
every lock the process's SQLite connections hold on it (https://www.sqlite.org/howtocorrupt.html,
section 2.2). store.sqlite_file.damage() read the file's header with a plain open()/close(), and
the read commands call it (through check_readable) in a process that may already hold the store
open, as a notebook or the test suite does. Another process closing its last connection then
believed it was the last one, checkpointed and deleted the -wal file under the open connection,
and what that connection wrote next went into an unlinked file: `foi serve` started from such a
process showed an empty analysis_provisions table (tests/analysis/test_serve.py in a long run).
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from store.sqlite_file import check_readable, damage


def _count_elsewhere(path: Path) -> int:
    code = f"import sqlite3; c = sqlite3.connect({str(path)!r}); print(c.execute('SELECT count(*) FROM t').fetchone()[0]); c.close()"
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def test_checking_an_open_store_keeps_its_locks(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE disclosures (id INTEGER)")
    conn.execute("CREATE TABLE t (n INTEGER)")
    conn.execute("INSERT INTO t VALUES (1)")
    assert damage(path) is None
    assert check_readable(f"sqlite:///{path}").endswith("store.db")
    assert _count_elsewhere(path) == 1  # another process opens and closes the store
    conn.execute("INSERT INTO t VALUES (2)")  # written after: must reach the store, not a deleted -wal
    assert _count_elsewhere(path) == 2
    assert (tmp_path / "store.db-wal").exists()
    conn.close()

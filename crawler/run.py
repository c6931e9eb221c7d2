"""Run a crawl: `crawl(...)` for Python callers and `foi crawl`, `python -m crawler.run` for
the crawl process itself.

Scrapy's reactor cannot be restarted inside one process, so `crawl()` always runs the
spider in a child process (`python -m crawler.run ...`) and reads its JSON progress lines;
tests, `foi demo` and benchmarks can call it as often as they like.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
JOBS_DIR = ROOT / "data" / ".crawl-jobs"  # FOI_CRAWL_JOBS overrides

# Lifted politeness, for our own 127.0.0.1 sample server only.
IMPOLITE = {"DOWNLOAD_DELAY": 0.0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
            "CONCURRENT_REQUESTS": 16}


@dataclass
class ForceTally:
    fetched: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    listings: int = 0
    robots_blocked: int = 0
    parse_errors: int = 0
    challenged: bool = False
    cause: str | None = None  # the first thing that went wrong (see DisclosuresSpider.note_cause)

    @property
    def collected(self) -> bool:
        """True when the force gave us anything: a listing, or a response kept or unchanged."""
        return bool(self.listings or self.stored or self.unchanged or self.parse_errors)

    @property
    def failure(self) -> str | None:
        """Why the force collected nothing (None when it collected something)."""
        if self.collected:
            return None
        return self.cause or ("robots-disallowed: robots.txt forbids every page tried" if self.robots_blocked
                              else "no page fetched (see Scrapy's log)")


@dataclass
class CrawlSummary:
    """What a crawl did, per force, as reported by the crawl process."""

    forces: dict[str, ForceTally] = field(default_factory=dict)
    challenged_hosts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    reason: str | None = None  # Scrapy's close reason ("finished", "shutdown", ...)
    log_file: Path | None = None  # Scrapy's log of this crawl
    elapsed: float = 0.0
    returncode: int | None = None

    @property
    def fetched(self) -> int:
        return sum(t.fetched for t in self.forces.values())

    @property
    def stored(self) -> int:
        return sum(t.stored for t in self.forces.values())

    @property
    def failed(self) -> int:
        return sum(t.failed for t in self.forces.values())

    @property
    def pages_per_second(self) -> float:
        return self.fetched / self.elapsed if self.elapsed else 0.0

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.reason == "finished"

    @property
    def failures(self) -> dict[str, str]:
        """{force: why it collected nothing}, for the forces that collected nothing."""
        return {f: t.failure for f, t in sorted(self.forces.items()) if t.failure}

    @property
    def all_failed(self) -> bool:
        """Every force crawled collected nothing (or none could be crawled at all)."""
        return not self.forces or len(self.failures) == len(self.forces)


def job_dir(forces: list[str] | None, all_forces: bool, sample_url: str | None, jobs_dir: Path) -> Path:
    """data/.crawl-jobs/<force> (or a name for the set of forces) for Scrapy's JOBDIR."""
    name = "+".join(sorted(forces)) if forces else "all"
    return jobs_dir / (f"sample-{name}" if sample_url else name)


def check_no_polite(sample_url: str | None) -> None:
    """--no-polite lifts every politeness limit, so it is only for a sample server on a
    loopback address: the URL's parsed host must be one (a name that merely starts with
    127.0.0.1, or userinfo before the real host, is refused)."""
    from urllib.parse import urlsplit

    from crawler.addresses import is_loopback_url

    lead = "--no-polite is only for the local sample server on 127.0.0.1 (or another loopback address)"
    if not sample_url:
        raise ValueError(f"{lead}: give --sample http://127.0.0.1:PORT")
    if not is_loopback_url(sample_url):
        try:
            host = urlsplit(sample_url).hostname
        except ValueError:
            host = None
        raise ValueError(f"{lead}: the host of {sample_url} is {host or 'missing'}, not a loopback address")


def _die_with_parent() -> None:
    """In the crawl process: if the parent (`foi crawl`, a test) dies, die too, so a killed
    `foi crawl` never leaves an orphan crawl holding the job directory and the store."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the job-directory lock still protects
        pass


def _tally(row: dict[str, Any]) -> ForceTally:
    known = ForceTally.__dataclass_fields__
    return ForceTally(**{k: v for k, v in row.items() if k in known})


def crawl(*, forces: list[str] | None = None, all_forces: bool = False, db_url: str | None = None,
          sample_url: str | None = None, since: date | None = None, resume: bool = False,
          polite: bool = True, browser: bool = False, progress: bool = True,
          delay: float | None = None, jobs_dir: Path | None = None, log_file: Path | None = None,
          on_line: Callable[[dict[str, Any]], None] | None = None, timeout: float | None = None,
          sample_root: Path | None = None, browser_profile: Path | None = None,
          settings: dict[str, Any] | None = None, queue: str | None = None,
          queue_prefix: str | None = None) -> CrawlSummary:
    """Crawl the given forces (or the sample server's sites) into the store at `db_url`.

    polite=False lifts delays and concurrency limits and is refused for anything but a
    127.0.0.1 sample server. `delay` overrides DOWNLOAD_DELAY (tests use 0.2 s); `settings`
    are further Scrapy settings (tests lower DOWNLOAD_TIMEOUT, DOWNLOAD_MAXSIZE). `queue`, a
    Redis URL, puts this crawl on a queue shared with other crawl processes (crawler.queue)
    under `queue_prefix` (default foi-crawl:<the job's name>).
    """
    if not polite:
        check_no_polite(sample_url)
    job = job_dir(forces, all_forces, sample_url, jobs_dir or Path(os.environ.get("FOI_CRAWL_JOBS", JOBS_DIR)))
    if log_file is None:  # Scrapy's own log: kept beside the job, out of the progress display
        log_file = job.with_suffix(".log")
        log_file.parent.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-m", "crawler.run"]
    if forces:
        argv += ["--force", ",".join(forces)]
    if all_forces:
        argv.append("--all")
    for flag, value in (("--db", db_url), ("--sample", sample_url),
                        ("--since", since.isoformat() if since else None),
                        ("--delay", None if delay is None else str(delay)),
                        ("--log-file", str(log_file) if log_file else None),
                        ("--sample-root", str(sample_root) if sample_root else None),
                        ("--browser-profile", str(browser_profile) if browser_profile else None),
                        ("--queue", queue), ("--queue-prefix", queue_prefix)):
        if value is not None:
            argv += [flag, value]
    for name, value in (settings or {}).items():
        argv += ["--set", f"{name}={json.dumps(value)}"]
    argv += ["--jobdir", str(job)]
    if resume:
        argv.append("--resume")
    if not polite:
        argv.append("--no-polite")
    if browser:
        argv.append("--browser")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    summary = CrawlSummary(log_file=log_file)
    display = _Display() if progress else None
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, preexec_fn=_die_with_parent)
    started = time.monotonic()
    try:
        assert proc.stdout is not None
        for raw in proc.stdout:
            try:
                line = json.loads(raw)
            except ValueError:
                continue
            if on_line is not None:
                on_line(line)
            event = line.get("event")
            if event == "progress":
                summary.forces[line["force"]] = _tally(line)
            elif event == "problem":
                summary.problems.append(line["message"])
            elif event == "done":
                summary.reason = line.get("reason")
                summary.elapsed = float(line.get("elapsed") or 0.0)
                summary.challenged_hosts = list(line.get("challenged_hosts") or [])
                summary.forces = {f: _tally(r) for f, r in (line.get("forces") or {}).items()}
            if display is not None:
                display.update(summary)
            if timeout is not None and time.monotonic() - started > timeout:
                proc.kill()
                break
        summary.returncode = proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if display is not None:
            display.stop()
    return summary


class _Display:
    """A rich live table: pages fetched, stored, unchanged and failed per force."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.live import Live

        self.console = Console(stderr=True)
        self.live = Live(console=self.console, refresh_per_second=4, transient=False)
        self.live.start()

    def update(self, summary: CrawlSummary) -> None:
        from rich.table import Table

        table = Table(title="crawl", show_lines=False)
        for col in ("force", "fetched", "stored", "unchanged", "failed", "listings", "challenged"):
            table.add_column(col, justify="left" if col == "force" else "right")
        for force, t in sorted(summary.forces.items()):
            table.add_row(force, str(t.fetched), str(t.stored), str(t.unchanged), str(t.failed),
                          str(t.listings), "yes" if t.challenged else "")
        self.live.update(table)

    def stop(self) -> None:
        self.live.stop()
        if not self.console.is_terminal:
            self.console.line()  # Live leaves its last frame without a line end off a terminal


# ---------------------------------------------------------------- the crawl process
class JobDirBusy(Exception):
    """Another live crawl holds this job directory."""


_LOCK_FD: int | None = None  # held for the life of the crawl process; the kernel frees it


def lock_jobdir(path: Path) -> int | None:
    """Take the job directory's lock (<jobdir>.lock, beside it, holding the owner's pid).

    An flock, so a crawl killed by any means (SIGKILL included) frees it at once and the
    next crawl takes it over. Returns the previous owner's pid when it was such a stale
    lock, else None; raises JobDirBusy when a live crawl holds it."""
    import fcntl

    global _LOCK_FD
    lock = path.with_name(path.name + ".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    previous = _read_pid(fd)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise JobDirBusy(f"crawler: the job directory {path} is in use by another crawl (pid {previous}); "
                         "wait for it to finish, or give this crawl its own with FOI_CRAWL_JOBS=DIR") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    _LOCK_FD = fd
    return previous if previous and previous != os.getpid() else None


def _read_pid(fd: int) -> int | None:
    try:
        return int(os.pread(fd, 32, 0).decode().strip() or 0) or None
    except (OSError, ValueError):
        return None


def _prepare_jobdir(path: Path, resume: bool) -> None:
    """JOBDIR for --resume (called with the job directory's lock held). A fresh crawl
    starts from an empty one. A run that died without closing (SIGKILL, power cut) leaves
    its marker and Scrapy's on-disk queue half-written, so that queue is dropped: the
    resumed crawl re-walks the listings, and the store (which has whole responses only, see
    pipelines) makes it skip what is already kept."""
    marker = path / "running.pid"
    if not resume or marker.exists():
        shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True, exist_ok=True)
    marker.write_text(str(os.getpid()))


def settings_for(args: argparse.Namespace) -> dict[str, Any]:
    """Overrides on top of crawler.settings for this run."""
    out: dict[str, Any] = {} if args.queue else {"JOBDIR": args.jobdir}
    if args.queue:  # the shared queue in Redis is the crawl's state: no job directory
        from crawler.queue import check_queue_url, queue_settings

        try:
            check_queue_url(args.queue)
        except ValueError as exc:
            raise SystemExit(f"crawler: {exc}") from None
        out.update(queue_settings(args.queue, args.queue_prefix or f"foi-crawl:{Path(args.jobdir).name}"))
    if args.no_polite:
        try:
            check_no_polite(args.sample)
        except ValueError as exc:
            raise SystemExit(f"crawler: {exc}") from None
        out.update(IMPOLITE)
    if args.sample:
        from urllib.parse import urlsplit

        from crawler.addresses import kind_of

        parts = urlsplit(args.sample)
        if parts.hostname and kind_of(parts.hostname):  # the sample's own address, and only it
            out["FOI_SAMPLE_NETLOC"] = f"{parts.hostname}:{parts.port or 80}"
    for pair in args.set or []:
        name, _, value = pair.partition("=")
        out[name] = json.loads(value)
    if args.delay is not None:
        out["DOWNLOAD_DELAY"] = args.delay
        out["AUTOTHROTTLE_START_DELAY"] = max(args.delay, 0.01)
    if args.log_file:
        out["LOG_FILE"] = args.log_file
    if args.browser:
        from crawler.browser import playwright_settings
        from crawler.settings import FOI_BROWSER_PROFILE

        out.update(playwright_settings(Path(args.browser_profile or FOI_BROWSER_PROFILE)))
    return out


def _display(browser: bool) -> Any:
    """The headed browser's display: Xvfb when there is none (see crawler.browser)."""
    from contextlib import nullcontext

    from crawler.browser import virtual_display

    return virtual_display() if browser else nullcontext()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m crawler.run", description="Run the disclosures spider.")
    ap.add_argument("--force", default=None, help="comma-separated force ids")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--db", default=None)
    ap.add_argument("--sample", default=None, help="sample server base URL")
    ap.add_argument("--since", default=None)
    ap.add_argument("--jobdir", default=str(JOBS_DIR / "all"))
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--no-polite", action="store_true")
    ap.add_argument("--browser", action="store_true")
    ap.add_argument("--browser-profile", default=None, help="the headed browser's profile directory")
    ap.add_argument("--delay", type=float, default=None)
    ap.add_argument("--log-file", default=None)
    ap.add_argument("--sample-root", default=None, help="directory holding the sample's sites.json")
    ap.add_argument("--set", action="append", metavar="NAME=JSON", help="a further Scrapy setting")
    ap.add_argument("--queue", default=None, help="redis://HOST:PORT/N: share one queue with other crawls")
    ap.add_argument("--queue-prefix", default=None, help="the Redis key prefix of the shared crawl")
    args = ap.parse_args(argv)

    from crawler.browser import CHROMIUM

    if args.browser and not Path(CHROMIUM).exists():
        print(json.dumps({"event": "problem", "message": f"--browser needs {CHROMIUM}: run `make browser`"}),
              flush=True)
        return 2
    jobdir = Path(args.jobdir)
    if not args.queue:  # on a shared queue, Redis holds the crawl's state, not a job directory
        try:
            stale = lock_jobdir(jobdir)
        except JobDirBusy as exc:
            print(json.dumps({"event": "problem", "message": str(exc)}), flush=True)
            print(exc, file=sys.stderr, flush=True)
            return 1
        if stale is not None:
            logging.getLogger(__name__).info("job directory %s: taking over from pid %s, no longer running",
                                             jobdir, stale)
        _prepare_jobdir(jobdir, args.resume)

    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from store import open_store

    # The store's start-up (migrations, and the gazetteer seed, which imports the parser) done
    # here rather than in the reactor as the spider opens: run there, it stalled the reactor
    # just after robots.txt was dequeued, so the first page followed robots.txt closer than the
    # download delay as the site saw it (0.06 s of 0.2 s). A store that cannot be opened (a
    # damaged file, an unreachable server) is said once, before any request is made.
    try:
        with open_store(args.db):
            pass
    except Exception as exc:  # noqa: BLE001 - any reason the store will not open ends the crawl here
        message = f"the store {args.db or 'data/foi.db'} cannot be opened: {exc}"
        print(json.dumps({"event": "problem", "message": message}), flush=True)
        print(message, file=sys.stderr, flush=True)
        return 2
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.setdict(settings_for(args), priority="cmdline")
    spider_args = {"force": args.force, "all": "1" if args.all else None, "sample": args.sample,
                   "since": args.since, "db": args.db, "browser": "1" if args.browser else None,
                   "sample_root": args.sample_root}
    with _display(args.browser):
        process = CrawlerProcess(settings)
        process.crawl("disclosures", **{k: v for k, v in spider_args.items() if v is not None})
        process.start()
    if args.queue:
        pass
    elif (jobdir / "finished").exists():
        shutil.rmtree(jobdir, ignore_errors=True)
    else:
        (jobdir / "running.pid").unlink(missing_ok=True)
    # Everything is stored and closed by now; skip the interpreter's slow teardown of the
    # parser's models (seconds per crawl, which tests and `foi demo` pay every time).
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())

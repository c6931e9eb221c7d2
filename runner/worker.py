"""BoundedPool: worker processes that each run one job at a time under a Budget.

The owner waits on each busy worker with the budget's deadline and polls its resident memory;
a worker past either is killed (SIGKILL: a C library stuck in a loop cannot be interrupted
any other way) and replaced, and its job ends with `parse budget exceeded: 30 s` or
`... MB memory`. Inside, the worker caps its own address space at the budget (so a bomb
fails an allocation, MemoryError, before the machine swaps) and its CPU time (so an orphan
cannot spin forever). Workers come from a fork server that has already imported and warmed
the parser: a replacement costs a fork, not a spaCy load.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

import psutil

from runner.budget import Budget

J = TypeVar("J")
POLL_SECONDS = 0.05
# A worker is replaced after this many jobs: parser caches and heap fragmentation only grow,
# and a fresh fork starts from the warm fork server's memory.
RECYCLE_AFTER = 500
DIED = "worker process died while parsing"
# A fresh worker (a fork of the warm server, its initializer run) is ready in well under a
# second; this only bounds a machine so loaded, or a store so unreachable, that it is not.
STARTUP_SECONDS = 120.0
_END = object()
_context: Any = None


class WorkerUnavailable(RuntimeError):
    """No worker process could be started: the job's error, not a crash of the caller."""


@dataclass(frozen=True)
class Result:
    """One job's outcome: what the function returned, or why there is nothing."""

    value: Any
    error: str | None
    seconds: float
    peak_rss: int  # bytes: the worker's peak resident memory while it ran this job


def _ctx(spacy: bool = True) -> Any:
    """The fork-server context (forking the owner itself is unsafe: Scrapy and SQLAlchemy
    run threads there), its server preloading the warmed parser once; with spaCy too for
    long jobs (crawl, reparse), without for a few inputs (`foi parse`), where most never
    need it. The first pool of a process decides."""
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(["runner.warm" if spacy else "runner.warm_parser"])
    return _context


def warm_up(spacy: bool = True) -> None:
    """Start the fork server now, so it loads the parser (and spaCy) while the caller does
    its own start-up (imports, opening the store) instead of after it: a `foi reparse`
    process paid both one after the other, about 6 s of a 1,500-response run (bench.scale).
    Returns at once; the first worker waits for the preload if it is not done."""
    from multiprocessing import forkserver

    _ctx(spacy)
    forkserver.ensure_running()


# ------------------------------------------------------------------------------ worker side
def _die_with_parent() -> None:
    """SIGKILL this worker when the fork server goes (it goes when the owner does)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    """Start VmHWM afresh so the peak reported is this job's, not an earlier one's."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        pass  # then the peak is since the fork: an over-estimate, never an under-estimate


def _cap_address_space(limit: int) -> None:
    """Let this process map at most what would take its resident memory to `limit`."""
    info = psutil.Process().memory_info()
    headroom = max(limit - info.rss, 16 * 1024 * 1024)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = info.vms + headroom
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _cap_cpu(seconds: float) -> None:
    """A backstop for an orphaned worker: the kernel stops it well after its budget."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + 2 * seconds + 5)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard == resource.RLIM_INFINITY or soft <= hard:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _serve(conn: Connection, fn: Callable[[Any], Any], initializer: Callable[..., None] | None,
           initargs: tuple[Any, ...], budget: Budget) -> None:
    """The worker's loop: a job in, (value, error, seconds, peak bytes, leaving) out; None
    stops it. `leaving`: this worker ends after the job (its heap is suspect)."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the owner's to handle
    if initializer is not None:
        initializer(*initargs)
    _cap_address_space(budget.memory_bytes)
    conn.send("ready")  # the budget clock starts at the job, never at the worker's start
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        _reset_peak()
        _cap_cpu(budget.seconds)
        started = time.perf_counter()
        fatal = False
        try:
            value, error = fn(job), None
        except MemoryError:
            value, error, fatal = None, budget.memory_error(), True
        except Exception as exc:  # noqa: BLE001 - reported as the job's error, worker goes on
            value, error = None, f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
        peak = _status_kb("VmHWM:") * 1024
        try:
            conn.send((value, error, seconds, peak, fatal))
        except MemoryError:
            fatal = True
            conn.send((None, budget.memory_error(), seconds, peak, fatal))
        except Exception as exc:  # noqa: BLE001 - an unpicklable result
            conn.send((None, f"result could not be returned: {type(exc).__name__}: {exc}", seconds, peak, fatal))
        if fatal:  # after a failed allocation the heap is suspect: start a fresh worker
            return


# ------------------------------------------------------------------------------- owner side
@dataclass
class _Worker:
    process: Any
    conn: Connection
    jobs: int = 0
    job: Any = None
    started: float = 0.0
    peak: int = 0


class BoundedPool(Generic[J]):
    """Run `fn(job)` for each job in worker processes, each job under `budget`.

    `fn`, `initializer` and the jobs must pickle (module-level functions, plain data).
    Results come back in completion order with their job; no exception from a job escapes.
    """

    def __init__(self, fn: Callable[[J], Any], *, workers: int = 1, budget: Budget | None = None,
                 initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
                 preload_spacy: bool = True) -> None:
        self.fn = fn
        self.preload_spacy = preload_spacy
        self.workers = max(1, workers)
        self.budget = budget or Budget.from_env()
        self.initializer, self.initargs = initializer, initargs
        self._idle: list[_Worker] = []

    def __enter__(self) -> "BoundedPool[J]":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        ctx = _ctx(self.preload_spacy)
        mine, theirs = ctx.Pipe(duplex=True)
        process = ctx.Process(target=_serve, daemon=True,
                              args=(theirs, self.fn, self.initializer, self.initargs, self.budget))
        process.start()
        theirs.close()
        worker = _Worker(process, mine)
        try:
            ready = mine.poll(STARTUP_SECONDS) and mine.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._stop(worker)
            raise WorkerUnavailable(f"a parse worker did not start within {STARTUP_SECONDS} s "
                                    f"(exit code {process.exitcode})")
        return worker

    @staticmethod
    def _stop(worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()

    def run(self, job: J) -> Result:
        """One job, waited for."""
        for _, result in self.map([job]):
            return result
        raise AssertionError("unreachable: map yields one result per job")

    def map(self, jobs: Iterable[J]) -> Iterator[tuple[J, Result]]:
        """(job, Result) for every job; jobs are drawn lazily, one per free worker."""
        queue = iter(jobs)
        busy: list[_Worker] = []
        exhausted = False
        try:
            while True:
                while not exhausted and len(busy) < self.workers:
                    job = next(queue, _END)
                    if job is _END:
                        exhausted = True
                        break
                    try:
                        worker = self._idle.pop() if self._idle else self._start()
                    except WorkerUnavailable as exc:
                        yield job, Result(None, str(exc), 0.0, 0)
                        continue
                    worker.job, worker.started, worker.peak = job, time.monotonic(), 0
                    try:
                        worker.conn.send(job)
                    except (OSError, ValueError) as exc:  # worker gone, or a job too big to pickle
                        self._stop(worker)
                        yield job, Result(None, f"job could not be sent to a worker: {exc}", 0.0, 0)
                        continue
                    busy.append(worker)
                if not busy:
                    return
                for worker, result in self._collect(busy):
                    busy.remove(worker)
                    yield worker.job, result
        finally:
            for worker in busy:  # the caller stopped early: nothing is left running
                self._stop(worker)

    def _collect(self, busy: list[_Worker]) -> list[tuple[_Worker, Result]]:
        """Wait up to one poll for results; enforce the deadline and the memory budget."""
        now = time.monotonic()
        timeout = min([POLL_SECONDS] + [max(0.0, w.started + self.budget.seconds - now) for w in busy])
        by_handle: dict[Any, _Worker] = {}
        for w in busy:
            by_handle[w.conn] = w
            by_handle[w.process.sentinel] = w
        ready = {id(by_handle[h]) for h in wait(list(by_handle), timeout)}
        done: list[tuple[_Worker, Result]] = []
        for worker in busy:
            elapsed = time.monotonic() - worker.started
            if id(worker) in ready:
                done.append((worker, self._receive(worker, elapsed)))
                continue
            try:
                rss = psutil.Process(worker.process.pid).memory_info().rss
            except psutil.Error:
                rss = 0
            worker.peak = max(worker.peak, rss)
            if rss > self.budget.memory_bytes:
                self._stop(worker)
                done.append((worker, Result(None, self.budget.memory_error(), elapsed, worker.peak)))
            elif elapsed >= self.budget.seconds:
                self._stop(worker)
                done.append((worker, Result(None, self.budget.time_error(), elapsed, worker.peak)))
        return done

    def _receive(self, worker: _Worker, elapsed: float) -> Result:
        """The worker's answer, or why there is none; the worker goes back idle if it lives."""
        try:
            if worker.conn.poll():
                value, error, seconds, peak, leaving = worker.conn.recv()
                worker.jobs += 1
                if not leaving and worker.process.is_alive() and worker.jobs < RECYCLE_AFTER:
                    self._idle.append(worker)
                else:
                    self._stop(worker)
                return Result(value, error, seconds, max(peak, worker.peak))
        except (EOFError, OSError):
            pass
        self._stop(worker)
        code = worker.process.exitcode
        if code == -signal.SIGXCPU:
            return Result(None, self.budget.time_error(), elapsed, worker.peak)
        if worker.peak > 0.9 * self.budget.memory_bytes:  # an allocation failed in C code
            return Result(None, self.budget.memory_error(), elapsed, worker.peak)
        return Result(None, DIED, elapsed, worker.peak)

    def close(self) -> None:
        """Stop the idle workers (politely, then for sure)."""
        for worker in self._idle:
            try:
                worker.conn.send(None)
            except (OSError, ValueError):
                pass
        for worker in self._idle:
            worker.process.join(2)
            self._stop(worker)
        self._idle.clear()

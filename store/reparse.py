"""Re-run a parser over stored raw documents, in parallel processes, without re-crawling.

The store never imports the parser (DESIGN: store may import only the record type): the
caller injects `parse_fn(page, attachments) -> Disclosure`, a module-level function so
worker processes can unpickle it. Workers only parse; the parent does every write, in
batches of one transaction each with one bulk statement per table (Store.save_disclosures).
A response whose parse raises gets its error recorded in `disclosures.error` (an earlier
good record is kept) and the run carries on.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from store.api import Store, StoredDoc

if TYPE_CHECKING:
    from parser.record import Disclosure

ParseFn = Callable[[StoredDoc, list[StoredDoc]], "Disclosure"]
Job = tuple[str, StoredDoc, list[StoredDoc]]
Outcome = tuple[str, list[int], "Disclosure | None", str | None]


@dataclass
class ReparseSummary:
    """What a reparse did; `errors` names each response that failed and why."""

    total: int = 0
    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def version_key(version: str) -> tuple[int, ...]:
    """"0.10.1" > "0.9": compare parser versions by their numbers."""
    return tuple(int(n) for n in re.findall(r"\d+", version))


def is_stale(recorded: str | None, since: str | None) -> bool:
    """Does a record made by parser `recorded` need redoing for `--since VERSION`?

    With no `since`, everything is redone. Otherwise records made by a parser older than
    `since` are redone, as are responses never parsed or whose last parse failed.
    """
    if since is None or recorded is None:
        return True
    return version_key(recorded) < version_key(since)


def parse_job(parse_fn: ParseFn, job: Job) -> Outcome:
    """Parse one response (runs in a worker); exceptions become an error string."""
    response_url, page, attachments = job
    ids = [page.document_id, *(a.document_id for a in attachments)]
    try:
        return response_url, ids, parse_fn(page, attachments), None
    except Exception as exc:  # a parser bug must not stop the run: record it and go on
        return response_url, ids, None, f"{type(exc).__name__}: {exc}"


def _parallel(parse_fn: ParseFn, jobs: Iterable[Job], workers: int) -> Iterator[Outcome]:
    """Parse jobs in a process pool, at most 4 per worker in flight (bounded memory)."""
    queue = iter(jobs)
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: dict[Future[Outcome], Job] = {}
    try:
        while True:
            while len(pending) < workers * 4:
                job = next(queue, None)
                if job is None:
                    break
                pending[pool.submit(parse_job, parse_fn, job)] = job
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    # A worker died (e.g. out of memory on one PDF): the pool is gone, so
                    # every job in flight is reported and a fresh pool takes the rest.
                    ids = [job[1].document_id, *(a.document_id for a in job[2])]
                    yield job[0], ids, None, "worker process died while parsing"
                    for other, other_job in list(pending.items()):
                        pending.pop(other)
                        if other.done() and other.exception() is None:
                            yield other.result()
                            continue
                        other_ids = [other_job[1].document_id,
                                     *(a.document_id for a in other_job[2])]
                        yield other_job[0], other_ids, None, "worker process died while parsing"
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=workers)
                    break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run(store: Store, parse_fn: ParseFn, *, parser_version: str, workers: int = 1,
        since: str | None = None, progress: bool = True, batch_size: int = 200) -> ReparseSummary:
    """Reparse stored responses (those stale for `since`) and write the new records."""
    versions = store.response_versions()
    urls = store.response_urls()
    todo = [u for u in urls if is_stale(versions.get(u), since)]
    summary = ReparseSummary(total=len(urls), skipped=len(urls) - len(todo))
    jobs = store.iter_responses(only=todo)
    outcomes: Iterable[Outcome] = (
        _parallel(parse_fn, jobs, workers) if workers > 1 else (parse_job(parse_fn, j) for j in jobs)
    )
    bar_context = _progress_bar() if progress else nullcontext(None)
    with bar_context as bar:
        task = bar.add_task("reparse", total=len(todo)) if bar is not None else None
        buffer: list[Outcome] = []
        for outcome in outcomes:
            buffer.append(outcome)
            if len(buffer) >= batch_size:
                _write(store, buffer, parser_version, summary)
                buffer.clear()
            if bar is not None:
                bar.advance(task)
        _write(store, buffer, parser_version, summary)
    return summary


def _write(store: Store, outcomes: list[Outcome], parser_version: str,
           summary: ReparseSummary) -> None:
    """One transaction per batch of parsed responses; the good records in bulk statements."""
    if not outcomes:
        return
    with store.batch():
        good = [(record, response_url, ids) for response_url, ids, record, _ in outcomes
                if record is not None]
        store.save_disclosures(good, parser_version=parser_version)
        summary.parsed += len(good)
        for response_url, ids, record, error in outcomes:
            if record is None:
                store.record_parse_error(response_url=response_url, error=error or "unknown error",
                                         document_ids=ids)
                summary.failed += 1
                summary.errors.append((response_url, error or "unknown error"))


def _progress_bar():  # type: ignore[no-untyped-def]
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeRemainingColumn)

    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn())

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
Ref = tuple[str, int, list[int]]  # response_url, page id, attachment ids: a worker loads them
Outcome = tuple[str, list[int], "Disclosure | None", str | None]

_WORKER_STORE: Store | None = None  # each worker process's own read connection


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


def _open_worker_store(url: str) -> None:
    """Pool initializer: a worker reads the documents it parses through its own engine
    (SQLite WAL and PostgreSQL both allow readers beside the parent's writes)."""
    global _WORKER_STORE
    from store.engine import make_engine

    _WORKER_STORE = Store(make_engine(url))


def parse_ref(parse_fn: ParseFn, ref: Ref) -> Outcome:
    """Load one response's stored bytes in this worker, then parse it like parse_job."""
    response_url, page_id, attachment_ids = ref
    try:
        assert _WORKER_STORE is not None, "worker store not opened"
        page, *attachments = _WORKER_STORE.load_documents([page_id, *attachment_ids])
    except Exception as exc:  # a row gone or unreadable: that response fails, the run goes on
        return response_url, [page_id, *attachment_ids], None, f"cannot read stored documents: {type(exc).__name__}: {exc}"
    return parse_job(parse_fn, (response_url, page, attachments))


def _ids(job: Job | Ref) -> list[int]:
    """The document ids of a job, whether it carries the documents or only their ids."""
    _, page, attachments = job
    return [page if isinstance(page, int) else page.document_id,
            *(a if isinstance(a, int) else a.document_id for a in attachments)]


def _parallel(parse_fn: ParseFn, jobs: Iterable[Job] | Iterable[Ref], workers: int,
              store_url: str | None = None) -> Iterator[Outcome]:
    """Parse jobs in a process pool, at most 4 per worker in flight (bounded memory).

    With `store_url` the jobs are Refs and each worker reads and decompresses its own
    documents, so the parent's CPU goes to writing only.
    """
    queue = iter(jobs)
    task: Callable[..., Outcome] = parse_ref if store_url else parse_job  # type: ignore[assignment]
    init = dict(initializer=_open_worker_store, initargs=(store_url,)) if store_url else {}
    pool = ProcessPoolExecutor(max_workers=workers, **init)  # type: ignore[arg-type]
    pending: dict[Future[Outcome], Job | Ref] = {}
    try:
        while True:
            while len(pending) < workers * 4:
                job = next(queue, None)
                if job is None:
                    break
                pending[pool.submit(task, parse_fn, job)] = job
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
                    yield job[0], _ids(job), None, "worker process died while parsing"
                    for other, other_job in list(pending.items()):
                        pending.pop(other)
                        if other.done() and other.exception() is None:
                            yield other.result()
                            continue
                        yield other_job[0], _ids(other_job), None, "worker process died while parsing"
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=workers, **init)  # type: ignore[arg-type]
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
    outcomes: Iterable[Outcome]
    if workers <= 1:
        outcomes = (parse_job(parse_fn, j) for j in store.iter_responses(only=todo))
    elif (url := _shareable_url(store)) is not None:
        outcomes = _parallel(parse_fn, store.response_refs(only=todo), workers, url)
    else:  # an in-memory database: only this process can read it
        outcomes = _parallel(parse_fn, store.iter_responses(only=todo), workers)
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


def _shareable_url(store: Store) -> str | None:
    """The store's URL, with its password, when another process can open it (not :memory:)."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and (url.database or ":memory:") == ":memory:":
        return None
    return url.render_as_string(hide_password=False)


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

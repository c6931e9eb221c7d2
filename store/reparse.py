"""Re-run a parser over stored raw documents, in parallel processes, without re-crawling.

The store never imports the parser (DESIGN: store may import only the record type): the
caller injects `parse_fn(page, attachments) -> Disclosure`, a module-level function so
worker processes can unpickle it. Workers (runner.BoundedPool, under the parse budget) only
parse; the parent does every write, in
batches of one transaction each with one bulk statement per table (Store.save_disclosures).
A response whose parse raises gets its error recorded in `disclosures.error` (an earlier
good record is kept) and the run carries on.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import text

from runner import BoundedPool, Budget
from store.api import Store, StoredDoc

if TYPE_CHECKING:
    from datetime import datetime

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
    # wall seconds per phase of a run (PostgreSQL's shared runs): where a slow run went
    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[phase] = self.seconds.get(phase, 0.0) + time.perf_counter() - started


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
    except MemoryError:
        raise  # over the memory budget: the worker reports it as such
    except Exception as exc:  # a parser bug must not stop the run: record it and go on
        return response_url, ids, None, f"{type(exc).__name__}: {exc}"


def _open_worker_store(url: str) -> None:
    """Worker initializer: a worker reads the documents it parses through its own engine
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


def _bounded(parse_fn: ParseFn, jobs: Iterable[Job] | Iterable[Ref], workers: int,
             budget: Budget | None, store_url: str | None = None) -> Iterator[Outcome]:
    """Parse jobs in bounded worker processes (runner.BoundedPool: the crawl, `foi parse`
    and reparse share it), each response under the parse budget.

    With `store_url` the jobs are Refs and each worker reads and decompresses its own
    documents, so the parent's CPU goes to writing only. A response over budget, or whose
    worker died, comes back as its error; a fresh worker takes the next one.
    """
    task = partial(parse_ref if store_url else parse_job, parse_fn)
    init = dict(initializer=_open_worker_store, initargs=(store_url,)) if store_url else {}
    with BoundedPool(task, workers=workers, budget=budget, **init) as pool:  # type: ignore[arg-type]
        for job, result in pool.map(jobs):
            if result.error is None:
                yield result.value
            else:
                yield job[0], _ids(job), None, result.error


def run(store: Store, parse_fn: ParseFn, *, parser_version: str, workers: int = 1,
        since: str | None = None, progress: bool = True, batch_size: int = 200,
        budget: Budget | None = None) -> ReparseSummary:
    """Reparse stored responses (those stale for `since`) and write the new records.

    Every response is parsed in a worker process under `budget` (default Budget.from_env()).
    """
    prepared = time.perf_counter()
    store.drop_alias_records()
    started = _now(store)
    versions = store.response_versions()
    urls = store.response_urls()
    todo = [u for u in urls if is_stale(versions.get(u), since)]
    summary = ReparseSummary(total=len(urls), skipped=len(urls) - len(todo))
    summary.seconds["prepare"] = time.perf_counter() - prepared
    if store.engine.dialect.name == "postgresql":
        return _run_claiming(store, parse_fn, todo, summary, started=started, parser_version=parser_version,
                             workers=workers, progress=progress, batch_size=batch_size, budget=budget)
    outcomes: Iterable[Outcome]
    if (url := _shareable_url(store)) is not None:
        outcomes = _bounded(parse_fn, store.response_refs(only=todo), workers, budget, url)
    else:  # an in-memory database: only this process can read it
        outcomes = _bounded(parse_fn, store.iter_responses(only=todo), workers, budget)
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


def _now(store: Store) -> "datetime":
    """The database's clock (several machines share one store, not one clock)."""
    from datetime import datetime, timezone

    if store.engine.dialect.name != "postgresql":
        return datetime.now(timezone.utc)
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT now()")).scalar_one()


# Claim a batch: the response pages' rows, locked for this run's transaction; rows another
# reparse holds are skipped. NO KEY UPDATE, not UPDATE: writing the records inserts links
# that reference these rows (a KEY SHARE lock), which must not wait on our own claim.
_CLAIM = text("SELECT id FROM documents WHERE id = ANY(:ids) ORDER BY id "
              "FOR NO KEY UPDATE SKIP LOCKED LIMIT :n")
# Of the claimed responses, those another reparse already wrote since this one started.
_DONE = text("SELECT response_url FROM disclosures WHERE response_url = ANY(:urls) AND parsed_at >= :started")


def _run_claiming(store: Store, parse_fn: ParseFn, todo: list[str], summary: ReparseSummary, *,
                  started: "datetime", parser_version: str, workers: int, progress: bool,
                  batch_size: int, budget: Budget | None) -> ReparseSummary:
    """PostgreSQL: any number of reparse processes (on any machines) share the work.

    Each takes its own batch by locking the batch's response rows (SKIP LOCKED: what
    another holds is left to it), parses it, writes it in one transaction, then lets the
    claim go. A reparse killed mid-batch never wrote that batch and its lock dies with its
    connection, so another takes the batch. A claimed response already written by another
    reparse since this one started (parsed_at, stamped on every save and every recorded
    failure) is left as it is. Rows held by others are looked at again until they are done
    or free, so a batch of a reparse that died is never left behind.
    """
    url = _shareable_url(store)
    assert url is not None
    with summary.timed("prepare"):
        refs = {ref[1]: ref for ref in store.response_refs(only=todo)}  # page id -> job
    pending = sorted(refs)
    bar_context = _progress_bar() if progress else nullcontext(None)
    with bar_context as bar, BoundedPool(partial(parse_ref, parse_fn), workers=workers, budget=budget,
                                         initializer=_open_worker_store, initargs=(url,)) as pool:
        task = bar.add_task("reparse", total=len(pending)) if bar is not None else None
        while pending:
            held_by_others: list[int] = []
            window = max(batch_size * 4, 1000)
            for start in range(0, len(pending), window):
                ids = pending[start:start + window]
                while ids:
                    with store.engine.connect() as claim, claim.begin():
                        with summary.timed("claim"):
                            got = list(claim.execute(_CLAIM, {"ids": ids, "n": batch_size}).scalars())
                            if got:
                                jobs = [refs[i] for i in got]
                                done = set(claim.execute(_DONE, {"urls": [j[0] for j in jobs],
                                                                 "started": started}).scalars())
                                jobs = [j for j in jobs if j[0] not in done]
                        if not got:
                            break
                        # the first batch also starts the parse worker (its fork server loads the
                        # parser and spaCy once per process): timed apart from the steady state
                        first = "parse" not in summary.seconds and "start_and_parse_first" not in summary.seconds
                        with summary.timed("start_and_parse_first" if first else "parse"):
                            outcomes = []
                            for job, result in pool.map(jobs):
                                outcomes.append(result.value if result.error is None
                                                else (job[0], _ids(job), None, result.error))
                                # of which inside the worker (reading its documents, parsing)
                                summary.seconds["in_worker"] = summary.seconds.get("in_worker", 0.0) + result.seconds
                        with summary.timed("write"):
                            _write(store, outcomes, parser_version, summary)
                        summary.skipped += len(done)
                        # the claim's transaction ends here, after the batch's own commit
                    taken = set(got)
                    ids = [i for i in ids if i not in taken]
                    if bar is not None:
                        bar.advance(task, len(got))
                    if len(got) < batch_size:  # the rest of the window is held by others
                        break
                held_by_others += ids
            pending = held_by_others
            if pending:
                with summary.timed("wait"):
                    time.sleep(0.5)  # wait for their holders to finish (or die)
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

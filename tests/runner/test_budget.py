"""The parse budget itself: a job over time or memory ends with `parse budget exceeded`,
its worker is replaced and the next job runs; settings come from CLI, env, then defaults."""
from __future__ import annotations

import pytest

from runner import BoundedPool, Budget
from runner.budget import DEFAULT_MEMORY_MB, DEFAULT_SECONDS
from tests.runner import jobs


def test_a_job_over_its_time_is_stopped_and_the_next_one_runs() -> None:
    with BoundedPool(jobs.spin, budget=Budget(seconds=2, memory_mb=512)) as pool:
        results = [(job, r.value, r.error) for job, r in pool.map([0.0, 600.0, 0.0])]
    assert results == [(0.0, "done", None), (600.0, None, "parse budget exceeded: 2 s"), (0.0, "done", None)]


def test_a_job_over_its_memory_is_stopped_under_the_budget_and_the_next_one_runs() -> None:
    budget = Budget(seconds=60, memory_mb=300)
    with BoundedPool(jobs.grab, budget=budget) as pool:
        over = pool.run(4096)  # 4 GB asked for
        fine = pool.run(32)
    assert (over.value, over.error) == (None, "parse budget exceeded: 300 MB memory")
    assert over.peak_rss < budget.memory_bytes
    assert (fine.value, fine.error) == (2, None)


def test_exceptions_and_dead_workers_are_the_jobs_errors_only() -> None:
    with BoundedPool(jobs.fail, budget=Budget(seconds=10)) as pool:
        assert pool.run("bad page").error == "ValueError: bad page"
    with BoundedPool(jobs.crash, budget=Budget(seconds=10)) as pool:
        assert pool.run(3).error == "worker process died while parsing"


def test_two_workers_return_every_job_once() -> None:
    with BoundedPool(jobs.echo, workers=2, budget=Budget(seconds=10)) as pool:
        assert sorted(r.value for _, r in pool.map(range(40))) == list(range(40))


def test_settings_cli_over_env_over_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOI_PARSE_SECONDS", raising=False)
    monkeypatch.delenv("FOI_PARSE_MEMORY_MB", raising=False)
    assert Budget.from_env() == Budget(DEFAULT_SECONDS, DEFAULT_MEMORY_MB) == Budget(30.0, 1024)
    monkeypatch.setenv("FOI_PARSE_SECONDS", "5")
    monkeypatch.setenv("FOI_PARSE_MEMORY_MB", "512")
    assert Budget.from_env() == Budget(5.0, 512)
    assert Budget.from_env(seconds=7) == Budget(7.0, 512)
    monkeypatch.setenv("FOI_PARSE_SECONDS", "soon")
    with pytest.raises(ValueError, match="FOI_PARSE_SECONDS/FOI_PARSE_MEMORY_MB: not a number"):
        Budget.from_env()
    with pytest.raises(ValueError, match="at least 64 MB"):
        Budget(30, 10)

"""The benchmark harness's pure helpers: flattening, look-ups, target checks, the README table.
No timing here: figures are made up so every expected value is exact."""
from __future__ import annotations

from typing import Any

from bench.__main__ import _flatten, check_targets, lookup, summary_markdown
from bench.reparse import extrapolate, idle_wall_estimate, minutes_at_100k


def _results(**over: Any) -> dict[str, Any]:
    results: dict[str, Any] = {
        "parsing_html": {"speedup_vs_trafilatura": 2.5, "ratio_parser_over_floor": 9.0,
                         "parser": {"ms_per_page": 4.0}},
        "memory": {"peak_rss_mb": 210.0},
        "startup": {"foi_help_s": 0.61, "foi_help_cpu_s": 0.15},
        "analysis": {"disclosures": 10_000, "cli_s": {"usage": 1.2, "families": 3.4},
                     "cli_cpu_s": {"usage": 0.9, "families": 1.5}},
        "reparse": {"sqlite": {"workers_2": {"wall_s": 30.0, "minutes_at_100k_extrapolated": 5.0}}},
        "store": {"sqlite": {"2000": {"insert_per_s": 10.0}, "10000": {"insert_per_s": 900.0}}},
    }
    results.update(over)
    return results


def test_flatten_joins_keys_with_dots_and_keeps_lists_as_json() -> None:
    rows: list[tuple[str, str]] = []
    _flatten("parsing", {"pages": 300, "kb": [33, 89], "lxml": {"ms": 0.5}}, rows)
    assert rows == [("parsing.pages", "300"), ("parsing.kb", "[33, 89]"), ("parsing.lxml.ms", "0.5")]


def test_targets_met_missed_and_not_measured() -> None:
    met = {c["target"]: c["met"] for c in check_targets(_results())}
    assert met == {
        "parse >= 2x faster than trafilatura": True,
        "parse within 8x of the lxml floor": False,
        "peak RSS < 400 MB over 10,000 pages": True,
        "foi --help < 0.5 s (CPU)": True,
        "each foi stats < 2 s at 100,000 on SQLite (CPU)": None,  # only 10,000 measured
        "foi reparse of 100,000 < 10 min with 2 workers (SQLite)": True,
    }


def test_stats_target_is_checked_at_100k_and_a_failed_section_is_not_measured() -> None:
    results = _results(analysis={"disclosures": 100_000, "cli_cpu_s": {"usage": 0.9, "families": 2.1}},
                       memory={"error": "RuntimeError: boom"})
    met = {c["target"]: c["met"] for c in check_targets(results)}
    assert met["each foi stats < 2 s at 100,000 on SQLite (CPU)"] is False
    assert met["peak RSS < 400 MB over 10,000 pages"] is None


def test_lookup_star_takes_the_largest_size_and_max_the_largest_value() -> None:
    results = _results()
    assert lookup(results, "store.sqlite.*.insert_per_s") == 900.0
    assert lookup(results, "analysis.cli_s.@max") == 3.4
    assert lookup(results, "parsing_html.parser.ms_per_page") == 4.0
    assert lookup(results, "crawl.first.pages_per_s") is None
    assert lookup(results, "parsing_html.parser.ms_per_page.deeper") is None


def test_reparse_extrapolation_and_the_measured_figure_first() -> None:
    assert extrapolate(60.0, 10_000) == 10.0  # 60 s for 10k -> 600 s for 100k
    assert extrapolate(45.0, 10_000, 20_000) == 1.5
    section = {"sqlite": {"workers_2": {"minutes_at_100k": 8.2, "minutes_at_100k_extrapolated": 99.0}}}
    assert minutes_at_100k(section) == 8.2
    assert minutes_at_100k(_results()["reparse"]) == 5.0


def test_summary_table_rows() -> None:
    lines = summary_markdown(_results()).splitlines()
    assert "| parser.parse() | 4.0 ms/page |" in lines
    assert "| foi --help (wall / CPU) | 0.61 / 0.15 s |" in lines
    assert "| reparse of 100k, 2 workers, SQLite (extrapolated) | 5.0 min |" in lines
    assert "| slowest foi stats at 10,000 (wall / CPU) | 3.4 / 1.5 s |" in lines
    assert "| crawl of the sample site (first run) | not measured |" in lines
    assert "| parse within 8x of the lxml floor | NO |" in lines
    assert "| each foi stats < 2 s at 100,000 on SQLite (CPU) | not measured |" in lines


def test_idle_wall_estimate_bounds() -> None:
    assert idle_wall_estimate(20.0, 50.0, 1) == 70.0  # one process does everything in turn
    assert idle_wall_estimate(20.0, 50.0, 2) == 35.0  # 70 CPU-seconds over 2 cores
    assert idle_wall_estimate(40.0, 20.0, 2) == 40.0  # the parent is the bottleneck
    assert idle_wall_estimate(5.0, 60.0, 2, cores=4) == 30.0  # the workers' share


def test_a_section_that_hangs_is_stopped_with_its_children_and_recorded() -> None:
    import os
    import subprocess
    import tempfile
    import time

    from bench.__main__ import run_section

    def hang() -> dict[str, Any]:
        child = subprocess.Popen(["sleep", "60"])  # a server or command the section started
        with open(os.environ["BENCH_TEST_PIDFILE"], "w") as f:
            f.write(str(child.pid))
        time.sleep(60)
        return {"never": True}

    with tempfile.NamedTemporaryFile("r", suffix=".pid") as pidfile:
        os.environ["BENCH_TEST_PIDFILE"] = pidfile.name
        try:
            t0 = time.monotonic()
            result = run_section("hang", hang, 2.0)
            elapsed = time.monotonic() - t0
            sleeper = int(open(pidfile.name).read())
        finally:
            del os.environ["BENCH_TEST_PIDFILE"]
    assert result == {"error": "section hang stopped after 2 s without a result (BENCH_SECTION_TIMEOUT)"}
    assert elapsed < 30
    time.sleep(0.2)
    state = subprocess.run(["ps", "-o", "stat=", "-p", str(sleeper)], capture_output=True, text=True).stdout.strip()
    assert state == "" or state.startswith("Z"), f"the section's child {sleeper} outlived it ({state})"


def test_a_section_result_error_and_crash_come_back_from_its_process() -> None:
    import os

    from bench.__main__ import run_section

    assert run_section("ok", lambda: {"pages": 3}, 30) == {"pages": 3}

    def boom() -> dict[str, Any]:
        raise RuntimeError("boom")

    assert run_section("boom", boom, 30) == {"error": "RuntimeError: boom"}

    def dies() -> dict[str, Any]:
        os._exit(3)

    assert run_section("dies", dies, 30) == {"error": "section dies ended without a result (exit code 3)"}

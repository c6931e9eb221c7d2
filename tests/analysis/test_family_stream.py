"""The streamed family grouping (analysis.family_groups, word ids in flat arrays, band keys a
slice at a time) gives exactly the families of the in-memory method it replaced
(tests/analysis/families_reference.py): the same roots, similarities and grouped flags on the
labelled stores and on random stores built to reach every branch (identical requests, near
copies, unrelated ones, requests too short to group, enough distinct ones to drop common words)."""
from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from analysis import family_groups
from analysis.families import _compute
from tests.analysis import families_reference
from tests.test_readme_drift import demo_store  # noqa: F401 - the crawled sample, a fixture


def _same(db, threshold: float = 0.6) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    streamed = _compute(db, threshold)
    pd.testing.assert_frame_equal(streamed, families_reference.compute(db, threshold))
    return streamed


def test_streamed_equals_in_memory_on_the_fixture(db) -> None:
    assert _same(db)["grouped"].sum() == 7  # the fixture's two families


def test_streamed_equals_in_memory_on_the_crawled_sample(demo_store: str) -> None:
    """The sample crawled as `foi demo` does (the README's store): its five labelled round
    robins come out as families holding 36 of their 40 responses."""
    assert _same(demo_store)["grouped"].sum() >= 36


def _random_store(path: Path, n: int, seed: int) -> str:
    """A store of `n` requests: round robins sent word for word, near copies of them (a word
    or two changed, some under the threshold), random requests over a Zipf vocabulary whose
    commonest words pass 5% of requests, short and empty ones."""
    from store import open_store

    url = f"sqlite:///{path}"
    open_store(url, seed=False).close()
    rng = random.Random(seed)
    vocab = sorted({"".join(rng.choices("bcdfgklmnprtvz", k=rng.randint(4, 8))) + "o" for _ in range(3000)})
    weights = [1 / (r + 1) for r in range(len(vocab))]
    bases = [rng.choices(vocab, weights, k=rng.randint(4, 12)) for _ in range(60)]
    requests = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.25:
            words = list(rng.choice(bases))
        elif kind < 0.5:
            words = list(rng.choice(bases))
            for _ in range(rng.randint(1, 3)):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            words += rng.choices(vocab, weights, k=rng.randint(0, 2))
        elif kind < 0.95:
            words = rng.choices(vocab, weights, k=rng.randint(3, 20))
        else:
            words = rng.choices(vocab, k=rng.randint(0, 2))
        requests.append(" ".join(words))
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO disclosures (id, response_url, authority_id, request_text, response_text, body_text,"
            " warnings, ncnd, parser_version) VALUES (?, ?, ?, ?, '', '', '[]', 0, 'test')",
            # ids with gaps and out of insertion order: roots are by id, not by row order
            [(3 * i + rng.randint(0, 2), f"https://example.org/{i}/", f"force{i % 23}", text)
             for i, text in enumerate(requests)])
    conn.close()
    return url


@pytest.mark.parametrize(("n", "seed", "threshold"), [(600, 1, 0.6), (600, 2, 0.4), (4500, 3, 0.6)])
def test_streamed_equals_in_memory_on_random_stores(tmp_path: Path, n: int, seed: int, threshold: float) -> None:
    url = _random_store(tmp_path / "random.db", n, seed)
    streamed = _same(url, threshold)
    assert streamed["grouped"].sum() > n // 10
    assert (streamed["root_id"] != streamed["disclosure_id"]).any()
    assert (streamed.loc[streamed["grouped"], "similarity"] < 1).any()  # near copies joined too


def test_the_large_random_store_reaches_the_common_word_branch(tmp_path: Path) -> None:
    """At 2,000 distinct requests words in over 5% of them leave the hashing: the 4,500 store
    above must be past that, and have such words, or it would not test that branch."""
    from collections import Counter

    from analysis.db import iter_rows
    from analysis.families import request_words

    url = _random_store(tmp_path / "common.db", 4500, 3)
    sets = {s for rows in iter_rows(url, "SELECT request_text FROM disclosures") for (t,) in rows
            if len(s := request_words(t)) >= family_groups.MIN_WORDS}
    assert len(sets) >= family_groups.COMMON_MIN_DOCS
    df = Counter(w for s in sets for w in s)
    assert max(df.values()) > family_groups.COMMON_SHARE * len(sets)


def test_slicing_the_hashing_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = _random_store(tmp_path / "slices.db", 4500, 4)
    whole = _compute(url, 0.6)
    monkeypatch.setattr(family_groups, "_SLICE", 7)
    pd.testing.assert_frame_equal(_compute(url, 0.6), whole)


def _summaries_agree(db, **dates) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    """family_table (counted in SQL) is family_summary over the members, line for line."""
    from analysis.families import family_summary, family_table, request_families

    table = family_table(db, **dates)
    pd.testing.assert_frame_equal(table, family_summary(request_families(db, **dates)), check_dtype=False)
    return table


@pytest.mark.parametrize("dates", [{}, {"since": "2024-01-01"}, {"until": "2023-06-30"},
                                   {"since": "2023-01-01", "until": "2024-12-31"}])
def test_the_summary_counted_in_sql_is_the_members_summary(db, dates) -> None:  # type: ignore[no-untyped-def]
    table = _summaries_agree(db, **dates)
    if not dates:
        assert len(table) == 2 and table["top_ground"].notna().any()


def test_the_summary_counted_in_sql_on_the_crawled_sample(demo_store: str) -> None:
    assert len(_summaries_agree(demo_store)) >= 5  # the five labelled round robins at least
    _summaries_agree(demo_store, since="2024-01-01")


def test_the_summary_counted_in_sql_on_a_random_store(tmp_path: Path) -> None:
    url = _random_store(tmp_path / "summary.db", 1500, 5)
    conn = sqlite3.connect(tmp_path / "summary.db")
    with conn:  # outcomes, grounds (a Scottish one among them), dates and NCND to count
        rng = random.Random(5)
        ids = [i for (i,) in conn.execute("SELECT id FROM disclosures")]
        for i in ids:
            outcome = rng.choice(["disclosed", "partial", "refused", "not_held", None])
            conn.execute("UPDATE disclosures SET outcome = ?, ncnd = ?, best_date = ?, title = ? WHERE id = ?",
                         (outcome, int(rng.random() < 0.1), rng.choice([None, "2023-05-01", "2024-02-03"]),
                          rng.choice([None, "", " Drones ", "Tasers"]), i))
            for code, statute in rng.sample([("s31(1)(a)", "FOIA"), ("s31(3)", "FOIA"), ("s40(2)", "FOIA"),
                                             ("s35(1)(a)", "FOISA"), ("r12(5)(a)", "EIR")], rng.randint(0, 2)):
                conn.execute("INSERT INTO exemptions (disclosure_id, code, section, statute, ncnd, evidence)"
                             " VALUES (?, ?, ?, ?, 0, '')", (i, code, code[1:3], statute))
    conn.close()
    table = _summaries_agree(url)
    assert len(table) > 5 and table["summary"].str.contains("FOISA s35").any()
    _summaries_agree(url, since="2024-01-01")


def test_the_kept_summary_is_read_until_the_families_or_a_correction_change(labels, tmp_path: Path) -> None:
    from sqlalchemy import text

    from analysis.families import family_summary, family_table, request_families
    from store import open_store
    from store.review import set_correction
    from tests.analysis.store_fixture import build_store, to_record

    family_labels = [lab for lab in labels if lab["family"]]
    url = f"sqlite:///{tmp_path / 'kept.db'}"
    engine = build_store(url, family_labels[:-1])
    first = family_table(url)
    with engine.begin() as conn:  # a second call reads the kept lines: change them and it shows
        kept = conn.execute(text("SELECT families FROM analysis_family_summary WHERE threshold = '0.6'")).scalar()
        conn.execute(text("UPDATE analysis_family_summary SET families = :j"),
                     {"j": kept.replace(first["summary"].iloc[0], "kept line")})
    assert family_table(url)["summary"].iloc[0] == "kept line"
    # a review correction changes an outcome: counted again
    member = request_families(url)["response_url"].iloc[0]
    store = open_store(url)
    set_correction(store, member, outcome="not_held", grounds=[])
    corrected = family_table(url)
    assert "kept line" not in set(corrected["summary"])
    pd.testing.assert_frame_equal(corrected, family_summary(request_families(url)), check_dtype=False)
    assert not corrected.equals(first)
    # a new response: the families and their summary again
    last = family_labels[-1]
    store.save_disclosure(to_record(last), response_url=f"http://127.0.0.1{last['url_path']}",
                          document_ids=[], parser_version="labels")
    store.close()
    again = family_table(url)
    pd.testing.assert_frame_equal(again, family_summary(request_families(url)), check_dtype=False)
    assert again["responses"].sum() == corrected["responses"].sum() + 1


def test_a_new_twin_joins_its_family_without_grouping_again(labels, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A new response whose request has the very words of a grouped one (the next force's
    answer to a round robin) is added to the cache as grouping everything would add it;
    anything else (here: a request of its own) groups everything again. Both stores end
    equal to one grouped from scratch."""
    import analysis.families as families
    from store import open_store
    from tests.analysis.store_fixture import build_store, to_record

    family_labels = [lab for lab in labels if lab["family"]]
    twin = dict(family_labels[0], url_path="/twin-of-the-first/", reference="TWIN/1")
    other = next(lab for lab in labels if not lab["family"] and len(families.request_words(lab["request_text"])) >= 3)
    url = f"sqlite:///{tmp_path / 'grown.db'}"
    build_store(url, family_labels)
    before = families.family_assignments(url)
    store = open_store(url)
    store.save_disclosure(to_record(twin), response_url=f"http://127.0.0.1{twin['url_path']}", document_ids=[],
                          parser_version="labels")
    grouping = families._compute
    monkeypatch.setattr(families, "_compute", lambda *a: pytest.fail("grouped everything again"))
    grown = families.family_assignments(url)
    assert len(grown) == len(before) + 1
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    build_store(fresh, family_labels + [twin])
    monkeypatch.setattr(families, "_compute", grouping)
    pd.testing.assert_frame_equal(grown.sort_values("disclosure_id").reset_index(drop=True),
                                  families.family_assignments(fresh).sort_values("disclosure_id").reset_index(drop=True))
    called = []
    monkeypatch.setattr(families, "_compute", lambda *a: called.append(1) or grouping(*a))
    store.save_disclosure(to_record(other), response_url="http://127.0.0.1/a-request-of-its-own/", document_ids=[],
                          parser_version="labels")
    store.close()
    regrouped = families.family_assignments(url)
    assert called  # not a twin: everything grouped again
    build_store(fresh2 := f"sqlite:///{tmp_path / 'fresh2.db'}", family_labels + [twin, other])
    pd.testing.assert_frame_equal(regrouped.sort_values("disclosure_id").reset_index(drop=True),
                                  families.family_assignments(fresh2).sort_values("disclosure_id").reset_index(drop=True))

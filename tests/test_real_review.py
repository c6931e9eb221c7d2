"""needs_review on the real-derived corpus (tests/real/): floors at the measured figures.

First measured 2026-12-07 with parser/data/review.yml's threshold 0.7 (tests/real/score_review.py):
250 records, 41.2% flagged, outcome accuracy 0.738 flagged vs 0.884 unflagged, 61.4% of the
wrong outcomes flagged (main at 2b4c29d0).

Re-measured in session 3 (main 8830ff1e: part-by-part outcome, evidence-based confidence):
- the 250 records of web01-web09 and let01-let06: 30.0% flagged, accuracy 0.933 flagged vs 0.994
  unflagged, 83.3% of the (now 6) wrong outcomes flagged;
- the whole corpus with web10 and let07 (296, their first sight): 30.1% flagged, 0.899 vs 0.966,
  56.2% of the 16 wrong outcomes flagged. New text defeats the flag more often than it defeats
  nothing: the whole-corpus figure is the honest one and is pinned as well;
- with web11 at its first sight (315): 31.1% flagged, 0.867 vs 0.959, 59.1% of the 22 wrong
  outcomes flagged (the whole-corpus floors pinned at these);
- session 4, after chrome3/outcome3/fields3 merged and with web12, web13 and let08 at their first
  sight (388): 24.0% flagged, 0.839 vs 0.939, 45.5% of the 33 wrong outcomes flagged (the
  whole-corpus floors re-pinned at these: the flag misses more than half of the new batches'
  errors, which is what a user of `foi review` should know). The first 250: unchanged floors.
- branch outcome4 (refusal kinds read as partial; a partial resting only on a not-held sentence
  beside prose answers is doubted): the whole corpus (388) 23.2% flagged, 0.867 vs 0.977, 63.2%
  of the 19 wrong outcomes flagged; the first 250: 21.6% flagged, 0.944 vs 1.000, all 3 wrong
  outcomes flagged. Floors raised to these (wrong caught 0.45 -> 0.63 and 0.83 -> 1.0; unflagged
  accuracy 0.93 -> 0.97 and 0.99 -> 1.0); the flagged-share ceilings are left as they were;
- then web14 and let09 added at their first sight (434): 24.0% flagged, 0.837 vs 0.958, 54.8% of
  the 31 wrong outcomes flagged - the whole-corpus floors re-pinned at these (wrong caught
  0.63 -> 0.54, unflagged accuracy 0.97 -> 0.95); the first 250's are unchanged.
- branch fields5 (grounds, NCND, reference rules): a flagged wrong outcome became right (a cost
  refusal in words now read, tests/real web14_11), so 16 of the 30 wrong outcomes are flagged
  (0.533; was 17 of 31): accuracy 0.929 -> 0.931, flagged share 0.240 -> 0.235, and the
  wrong-caught floor re-pinned 0.54 -> 0.53 - a ratio that falls when a caught error is fixed.
- session 5, after rounds 3 and 4 merged and with web15, let10, web16 and let11 added at their
  first sight (519): 26.4% flagged, 0.891 vs 0.976, 62.5% of the 24 wrong outcomes flagged -
  floors raised to these (wrong caught 0.53 -> 0.62, unflagged accuracy 0.95 -> 0.97). At their
  first sight the four new batches' flag caught 10 of 18 wrong outcomes while flagging 37.6%
  (tests/real/first_sight/*.pred.jsonl keep those answers).
- round 5 (outcome7, fields7) merged, then web17 and let12 added at their first sight (551): 25.8%
  flagged, 0.908 vs 0.973, 54.2% of the 24 wrong outcomes flagged - the wrong-caught floor re-pinned
  0.62 -> 0.54 at the measured value, as the corpus changed (the new batches' errors are mostly
  unflagged: the flag, too, is weaker on text it has never seen); unflagged accuracy stays 0.97.
- session 6: round 6 (fields8, outcome8, speed8) merged and web18 added at its first sight (568):
  26.4% flagged, 0.98 unflagged accuracy, 63.2% of the 19 wrong outcomes flagged - the wrong-caught
  floor raised 0.54 -> 0.63; the other floors stay.
- session 7: outcome9 fixed 7 wrong outcomes the flag had caught (whole corpus 19 -> 12 wrong; outcome
  0.967 -> 0.979), so the 6 it still catches are half of the 12: 25.2% flagged, 0.958 vs 0.986 - the
  wrong-caught floor re-pinned 0.63 -> 0.50, a ratio that falls when caught errors are fixed (as
  for fields5). Four of the six it misses are in web13, the batch kept back for validation, which
  nobody tunes on; the other two (let12_09, web12_05) show no signal the confidence reads.
  The accuracy margin below was also restated. It asked for flagged accuracy 0.05 under unflagged
  accuracy. That fails once the parser errs on well under 5% of records: 0.958 vs 0.986 here,
  0.981 vs 1.000 on the first 250. Reaching it would need every error flagged, or more correct
  records dropped from the flagged set, not a better flag. What the flag promises a user is that a
  flagged record is the likelier to be wrong. The test now asks for a flagged error rate at least
  twice the unflagged one. It is 3.0x on the whole corpus (4.2% vs 1.4%), and on the first 250
  every error is flagged.
- grounds9: a retold s14 refusal that the next sentence supersedes is no longer a ground, so a
  flagged wrong outcome became right (web10_11, not held): 11 wrong, 5 of them flagged (0.455; was 6
  of 12), 24.8% flagged, 0.965 vs 0.986 - the wrong-caught floor re-pinned 0.50 -> 0.45, the same
  fall of a ratio when a caught error is fixed; no error left the flag and none was added.
- web19 added at its first sight, then round 8 (outcome10 fixed web19's six wrong outcomes, four of
  them flagged, and one of web13's): 10 wrong of 591, 4 flagged (0.40), flagged errors 1.9x the
  unflagged. Rather than re-pin, the flag learned one more doubt: a one-sentence refusal beside a
  list of the reply's own items (cases, notices, sites; not the law, not restated questions) keeps
  its "rests on one sentence" doubt (let12_09). 5 of the 10 flagged (0.50), 25.5% flagged, 0.967
  vs 0.989 (3.0x) - the wrong-caught floor raised back 0.45 -> 0.50. Four of the five it misses
  are web13's, kept back.
- session 8: the flag at first sight, from the answers recorded when each batch was first run
  (`score_review.py --first-sight`; the batches from web10 and let07 on, whose records carry the
  flag): 392 records, 33.7% flagged, outcome right 0.682 flagged vs 0.827 unflagged (errors 1.8x),
  48.3% of the 87 wrong outcomes flagged. Those answers are history (a new batch adds to them, no
  rule changes them), so the test below holds the property a user relies on in a new corpus -
  flagged records wrong clearly more often - at 1.5x, under the 1.8x measured.
- session 8, outcome13: five flagged wrong outcomes fixed (web22_02, web22_05, web22_13, let07_16,
  let12_09) and one unflagged (web22_06), leaving 4 of 9 wrong caught (0.444). Rather than re-pin, the
  flag learned a doubt: a partial whose giving stands in for what is not held ("Arrests are not
  recorded as such. To help, I have instead set out ...", cue given_instead) - web12_05. 5 of the 9
  flagged (0.556), 26.5% flagged, 0.971 vs 0.992 (3.6x); the floors are unchanged.
- end of session 8 (rounds 11-16 merged, web23-web30 at their first sights, 736 records): 26.5%
  flagged, 0.969 vs 0.994, 6 of the 9 wrong outcomes flagged (0.667) - the wrong-caught floor
  raised 0.50 -> 0.66 and unflagged accuracy 0.97 -> 0.99. At first sight, the eight new batches
  added to the record: 486 records, 32.5% flagged, 0.703 vs 0.823 (errors 1.7x), 44.8% of the 105
  wrong outcomes flagged - the first-sight wrong-caught floor re-pinned 0.45 -> 0.44 at the measured
  value, as the history it is measured on grew (no rule changes a recorded answer); the 1.5x
  separation holds.
The first version pinned the flagged records' accuracy under a ceiling (<= 0.74). That was the
wrong expectation: a better parser makes flagged records more accurate too. What the flag
promises is that flagged records are the less accurate ones, by a margin, and that it catches
most wrong outcomes while flagging a minority.
"""
from __future__ import annotations

import pytest

from tests.real import score_corpus as corpus
from tests.real.score_review import first_sight_preds, review_figures

# The batches the first floors were measured on: their figures only move up.
FIRST_BATCHES = {f"web0{n}" for n in range(1, 10)} | {f"let0{n}" for n in range(1, 7)}


@pytest.fixture(scope="module")
def both() -> dict[str, dict[str, float]]:
    labels = corpus.load_labels()
    predictions = corpus.predict(labels)
    first = [(lab, p) for lab, p in zip(labels, predictions) if lab["batch"] in FIRST_BATCHES]
    return {"all": review_figures(labels, predictions),
            "first": review_figures([lab for lab, _ in first], [p for _, p in first])}


def test_flagged_records_are_a_minority(both: dict[str, dict[str, float]]) -> None:
    assert both["all"]["flagged_share"] <= 0.32
    assert both["first"]["flagged_share"] <= 0.31


def test_flagging_catches_most_wrong_outcomes(both: dict[str, dict[str, float]]) -> None:
    assert both["first"]["wrong_caught"] >= 1.0
    assert both["all"]["wrong_caught"] >= 0.66


def test_flagged_records_are_the_less_accurate(both: dict[str, dict[str, float]]) -> None:
    for name, figures in both.items():
        flagged_errors = 1 - figures["accuracy_flagged"]
        unflagged_errors = 1 - figures["accuracy_unflagged"]
        assert flagged_errors > 0 or unflagged_errors == 0, f"{name}: errors only among unflagged records"
        assert flagged_errors >= 2 * unflagged_errors, (
            f"{name}: flagged records wrong {flagged_errors:.3f}, unflagged {unflagged_errors:.3f}"
        )
    assert both["first"]["accuracy_unflagged"] >= 1.0
    assert both["all"]["accuracy_unflagged"] >= 0.99


def test_flag_separates_at_first_sight() -> None:
    """On text no rule had been fitted to, a flagged record is still the likelier to be wrong."""
    labels, preds = first_sight_preds(corpus.load_labels())
    assert {lab["batch"] for lab in labels} >= {"web10", "let07", "web22"}
    assert not {lab["batch"] for lab in labels} & {"web01", "let01"}, "records without the flag were scored"
    figures = review_figures(labels, preds)
    flagged_errors = 1 - figures["accuracy_flagged"]
    unflagged_errors = 1 - figures["accuracy_unflagged"]
    assert flagged_errors >= 1.5 * unflagged_errors, (
        f"first sight: flagged records wrong {flagged_errors:.3f}, unflagged {unflagged_errors:.3f}")
    assert figures["flagged_share"] <= 0.40
    assert figures["wrong_caught"] >= 0.44

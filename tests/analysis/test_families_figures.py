"""Request families against the labelled families; figures against Table.long()."""
from __future__ import annotations

from collections import defaultdict

from analysis.families import family_summary, jaccard, request_families, request_words
from analysis.figures import figures
from parser.record import Table


def test_request_words_drop_formula_and_fold_plurals() -> None:
    words = request_words("Please provide the number of hostage negotiators employed by Kent Police in 2023.")
    assert words == frozenset({"number", "hostage", "negotiator", "employed", "kent"})
    assert jaccard(frozenset("ab"), frozenset("bc")) == 1 / 3


def test_families_match_labelled_families(db, labels) -> None:
    members = request_families(db)
    found = defaultdict(set)
    for r in members.itertuples():
        found[r.family_id].add(r.reference)
    expected = defaultdict(set)
    for lab in labels:
        if lab["family"]:
            expected[lab["family"]].add(lab["reference"])
    assert sorted(map(sorted, found.values())) == sorted(map(sorted, expected.values()))


def test_family_summary_line(db) -> None:
    summary = family_summary(request_families(db))
    neg = summary[summary.topic == "Hostage negotiators"].iloc[0]
    assert (neg.authorities, neg.disclosed, neg.partial, neg.refused, neg.ncnd) == (4, 1, 1, 2, 1)
    assert (neg.top_ground, neg.top_ground_responses) == ("s31", 3)
    assert neg.summary == ("Hostage negotiators: 4 authorities answered, 1 disclosed in full, "
                           "3 withheld (2 refused, 1 partly) citing s31 (3), s23 (1), s24 (1), "
                           "1 neither confirmed nor denied")


def test_figures_are_every_cell_in_long_form(db, labels) -> None:
    frame = figures(db)
    expected = [(lab["reference"], c.row, c.column, c.text, c.value)
                for lab in sorted(labels, key=lambda l: l["authority_id"])
                for t in lab["tables"] for c in Table(t["header"], t["rows"], t.get("caption")).long()]
    got = list(zip(frame.reference, frame.row_label, frame.column_label, frame.text, frame.value))
    norm = lambda rows: sorted((tuple("" if v is None or v != v else v for v in r) for r in rows), key=str)
    assert norm(got) == norm(expected)
    kent = figures(db, authority="kent", search="overtime", numeric_only=True)
    assert list(zip(kent.row_label, kent.value, kent.unit)) == [("Constable", 1200000.0, "£"), ("Sergeant", 340500.0, "£")]


def test_a_clarification_or_an_answer_run_on_is_not_part_of_the_request() -> None:
    """The sample's Cleveland FOI 497-21 (data/sample/www.cleveland.police.uk/.../foi-49721-
    hostage--crisis-negotiator/): the parser's request text runs on through "Clarification
    received" into the answer, and its words kept it out of the round robin's family."""
    from analysis.families import request_proper

    stored = ("How many trained crisis negotiators does the force have? How many times were negotiators "
              "deployed each year? Which forces deliver negotiator training?\n"
              "Clarification received\n"
              'You clarified that by "deployed" you mean drawn, aimed or fired.\n'
              "Enquiries have now been completed and our response is below.\n"
              "a)\nI am pleased to confirm that Cleveland Police holds this information.")
    sent = ("How many trained crisis negotiators does the force have?\nHow many times were negotiators "
            "deployed each year?\nWhich forces deliver negotiator training?")
    assert request_proper(stored) == stored.splitlines()[0]
    assert request_words(stored) == request_words(sent)
    assert request_proper("Please send the rota.\nyou clarified the dates") == "Please send the rota."
    assert request_proper("No clarification here.") == "No clarification here."

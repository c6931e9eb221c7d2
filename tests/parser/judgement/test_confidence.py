"""Evidence sentences, confidences and needs_review (parser/judgement/confidence.py)."""
from __future__ import annotations

from parser import parse
from parser.judgement import confidence
from parser.record import Exemption

PARTIAL = """Freedom of Information Request 123/24

You asked: How many drones does the force own?

Response: The force owns 12 drones. Please find attached a table of their purchase dates.

Details of the suppliers are exempt under section 43(2) of the Act as disclosure would prejudice commercial interests. This letter serves as a refusal notice under section 17 for that part.
"""
NCND = """Freedom of Information Request 124/24

You asked: Please provide the tactics used at the football match.

I can neither confirm nor deny that we hold the information you requested by virtue of section 24(2) and section 31(3) of the Act.
"""
GUESSED = """Request 9/24. Please provide the cost of the new van.

We have looked into this.
"""


def test_partial_carries_the_given_and_the_withheld_sentences() -> None:
    r = parse(PARTIAL.encode(), path="a.txt")
    assert r.outcome == "partial"
    assert r.outcome_evidence == [
        "Please find attached a table of their purchase dates.",
        "Details of the suppliers are exempt under section 43(2) of the Act as disclosure would prejudice commercial interests.",
        "This letter serves as a refusal notice under section 17 for that part.",
    ]
    assert r.outcome_confidence == 0.75
    assert (r.needs_review, r.review_reasons) == (False, [])
    assert [(e.code, e.confidence) for e in r.exemptions] == [("s43(2)", 0.95)]
    assert r.exemptions[0].evidence == r.outcome_evidence[1]


def test_ncnd_refusal_on_one_sentence_is_corroborated_by_ncnd() -> None:
    r = parse(NCND.encode(), path="b.txt")
    sentence = ("I can neither confirm nor deny that we hold the information you requested by virtue of "
                "section 24(2) and section 31(3) of the Act.")
    assert (r.outcome, r.ncnd, r.outcome_evidence, r.outcome_confidence, r.needs_review) == (
        "refused", True, [sentence], 0.75, False)
    assert [(e.code, e.confidence, e.evidence) for e in r.exemptions] == [
        ("s24(2)", 0.95, sentence), ("s31(3)", 0.95, sentence)]


def test_an_assumed_outcome_is_marked_for_review_with_its_reasons() -> None:
    r = parse(GUESSED.encode(), path="c.txt")
    assert (r.outcome, r.outcome_evidence, r.outcome_confidence, r.needs_review) == ("disclosed", [], 0.35, True)
    assert r.review_reasons == [
        "disclosed, but no sentence says so",
        "outcome: no statement of information given, withheld or not held; assumed disclosed",
    ]


def test_unreadable_input_is_not_judged_so_claims_no_confidence() -> None:
    r = parse(b"", path="empty.txt")
    assert (r.outcome, r.outcome_confidence, r.needs_review, r.review_reasons) == (None, None, False, [])
    assert r.warnings == ["empty input: no bytes to parse"]


def test_ground_confidence_names_what_lowered_it() -> None:
    malformed = Exemption(code="r12(5)", section="12", statute="EIR", name=None,
                          evidence="We considered whether Regulation 12(5(b) applies.")
    score, why = confidence.ground_confidence(malformed)
    assert score == 0.15  # 0.95 - 0.35 - 0.2 - 0.25
    assert why == [
        "r12(5): the citation's brackets do not balance",
        "r12(5): not a provision the parser knows",
        "r12(5): its sentence only says it was considered",
    ]
    assert confidence.ground_confidence(Exemption(code="s40(2)", section="40", statute="FOIA", name="Personal information"))[0] == 0.45


def test_threshold_lives_in_one_settings_file() -> None:
    s = confidence.settings()
    assert s["outcome_threshold"] == 0.7 and s["ground_threshold"] == 0.5

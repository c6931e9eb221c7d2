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


SUSPENDED = "Response\nYou asked how many officers are suspended and why.\n- officers suspended - 9\n- staff suspended - 3\n"


def test_disclosed_ending_on_confirmed_holding_is_marked_for_review() -> None:
    # the reply confirms it holds the reasons and shows none: the answer or its exemption is missing
    r = parse((SUSPENDED + "The force can confirm that it holds the information requested on the reasons.\n").encode(),
              path="a.txt")
    assert (r.outcome, r.outcome_confidence, r.needs_review) == ("disclosed", 0.3, True)
    assert r.review_reasons == ["disclosed, but no sentence says so",
                                "disclosed, but the reply ends on confirming it holds information it does not show"]


def test_confirmed_holding_followed_by_figures_is_not_doubted_for_it() -> None:
    r = parse(b"Response\nThe force can confirm that it holds the information requested.\n"
              b"- officers suspended - 9\n- staff suspended - 3\n", path="a.txt")
    assert (r.outcome, r.outcome_confidence) == ("disclosed", 0.55)
    assert r.review_reasons == ["disclosed, but no sentence says so"]


COST_WHOLE = "Response\nSection 12(1) applies to your request because locating the information would exceed the appropriate limit.\n"


def test_one_sentence_refusing_the_whole_with_nothing_like_an_answer_is_enough() -> None:
    r = parse(COST_WHOLE.encode(), path="a.txt")
    assert (r.outcome, r.outcome_confidence, r.needs_review, r.review_reasons) == ("refused", 0.75, False, [])


def test_one_sentence_refusal_beside_a_stated_figure_stays_in_doubt() -> None:
    # goodwill figures beside a cost refusal are the commonest partial read as refused
    r = parse((COST_WHOLE + "There were 4,500 incidents tagged as domestic abuse in the period.\n").encode(), path="a.txt")
    assert (r.outcome, r.outcome_confidence, r.needs_review) == ("refused", 0.4, True)
    assert r.review_reasons == [
        "refused rests on one sentence alone",
        "refused, but a sentence reads as given: 'There were 4,500 incidents tagged as domestic abuse in the period.'",
    ]


def test_one_sentence_refusal_beside_a_list_of_its_own_stays_in_doubt() -> None:
    # a list of served notices set out before a refusal: a part answer the one refusing
    # sentence hides (real: a council's EIR reply, tests/real let12_09)
    listed = ("Response\nThe notices served are listed below.\n- 21 High Street - EN/25/00010\n"
              "- 22 High Street - EN/25/00011\n- The Old Depot, Mill Lane - EN/25/00008\n")
    r = parse((listed + COST_WHOLE.split("\n", 1)[1]).encode(), path="a.txt")
    assert (r.outcome, r.needs_review, r.review_reasons) == ("refused", True, ["refused rests on one sentence alone"])


def test_a_list_of_the_law_beside_a_one_sentence_refusal_is_no_answer() -> None:
    laws = "Response\nThe following apply:\n- Section 12(1) of the Act\n- The Fees Regulations 2004\n- Section 16, the duty to advise\n"
    r = parse((laws + COST_WHOLE.split("\n", 1)[1]).encode(), path="a.txt")
    assert (r.outcome, r.needs_review, r.review_reasons) == ("refused", False, [])


# A partial resting only on a not-held sentence beside answers in prose: on new text (web12's
# news report, whose "no figures for 2021" spoke of another body's list) the not-held sentence
# is often a caveat or a neighbouring question, so the record is marked for review.
NOT_HELD_IN_PROSE = ("Response\nThe force recorded 12 misconduct hearings in the period.\n"
                     "The force does not hold figures for the outcomes of those hearings.\n")


def test_partial_from_a_not_held_sentence_beside_prose_is_marked_for_review() -> None:
    r = parse(NOT_HELD_IN_PROSE.encode(), path="a.txt")
    assert (r.outcome, r.needs_review) == ("partial", True)
    assert any(x.startswith("partial, but the only part kept back is said not to be held") for x in r.review_reasons)


def test_partial_from_a_not_held_sentence_beside_figure_lines_is_not_doubted_for_it() -> None:
    r = parse(b"Response\nPlease find the figures below.\n2022 - 5\n2023 - 7\n"
              b"The force does not hold figures for 2021.\n", path="a.txt")
    assert (r.outcome, r.needs_review, r.review_reasons) == ("partial", False, [])

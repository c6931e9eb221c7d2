"""Relied on or only mentioned, on shapes met on real replies the parser had not seen (issue
14): advice to look elsewhere, a reporter's account of a refusal, the requester's own question
or hypothetical, a provision considered and set aside in its sentence, an internal review that
disregarded the first decision's exemption. Each kind with its opposite, where the same words
come in the authority's own decision. Texts written for these tests, after real replies and
articles read with the search tool (a Durham internal review, a North Yorkshire Fire and Rescue
refusal, ICO decision notices, press reports of refusals)."""
from __future__ import annotations

import pytest

from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[tuple[str, str]]:
    return [(e.code, e.statute) for e in find_exemptions(text, regime=regime)]


CASES = [
    # advice to look elsewhere names a provision; opposite: the same opening over our own decision
    ("advice_may_wish", "We do not hold the information. You may wish to note that section 21 covers information "
     "accessible by other means; the report is on the Home Office website.", []),
    ("advice_over_own_redaction", "You may wish to note that we have redacted staff names under section 40(2).",
     [("s40(2)", "FOIA")]),
    ("not_applying_it_here", "Information reasonably accessible to you is covered by section 21, and we are not "
     "applying it here.", []),
    # a reporter's account of a reply; opposite: the force writing of itself in the third person
    ("reported_refusal_citing", "Essex Police refused to give the figures, citing section 40(2) and section 31 of the "
     "Freedom of Information Act, the paper said.", []),
    ("reported_spokesman", "The Met refused to release the data, saying section 24(1) applied, a spokesman said.", []),
    ("force_third_person_own_decision", "Kent Police is withholding the names under section 40(2).",
     [("s40(2)", "FOIA")]),
    ("own_passive_citing", "The names of junior staff have been withheld citing section 40(2).", [("s40(2)", "FOIA")]),
    # the requester's question or hypothetical; opposite: an answer clause after "which"
    ("requester_question_reported", "You asked whether the force had ever refused a request under section 14 for "
     "being vexatious. The answer is yes: four times in 2022.", []),
    ("requester_if_you_refuse", 'You asked: "If you intend to refuse under section 12, please tell me what you can '
     'provide." The information is attached in full.', []),
    ("requester_asked_then_exempt", "You asked for the names of the officers, which are exempt under section 40(2).",
     [("s40(2)", "FOIA")]),
    # considered and set aside in its sentence; opposite: considered and applied
    ("considered_then_released", "Consideration was given to section 31(1)(a), however the harm in release is minimal "
     "and the figures are provided below.", []),
    ("considered_not_engaged", "We considered section 40(2) for the names of senior officers, but as they are public "
     "figures the exemption is not engaged.", []),
    ("considered_and_applied", "We considered section 40(2) and the names are withheld under it.",
     [("s40(2)", "FOIA")]),
    ("considered_part_given_rest_exempt", "We have considered section 31(1)(a) and, although some figures have been "
     "provided, the remainder is exempt.", [("s31(1)(a)", "FOIA")]),
    # an internal review that disregarded the first decision's exemption
    ("review_disregarded", "The harm and public interest arguments applied under Section 31 of the Freedom of "
     "Information Act 2000 in the original decision have been disregarded at the review stage.", []),
    # the ICO's guidance on a section is about the section, not a use of it
    ("ico_guidance_on_section", "The ICO's guidance on section 40 explains how personal data is treated. The figures "
     "are below.", []),
    # a refusal listing exemptions with their titles, one with spaced brackets, one bare section
    ("listed_with_titles", "We have decided to withhold it under the Freedom of Information Act 2000 exemptions, "
     "Section 24(1) National Security, Section 31 (1) (a) the Prevention and Detection of Crime, Section 38 Health "
     "and Safety.", [("s24(1)", "FOIA"), ("s31(1)(a)", "FOIA"), ("s38", "FOIA")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_grounds_unseen(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert grounds(text) == expected


def test_mention_keeps_no_evidence_and_ground_keeps_its_sentence() -> None:
    text = ("You may wish to note that section 21 covers published material. "
            "The names are withheld under section 40(2) of the Act.")
    found = find_exemptions(text, regime="FOIA")
    assert [(e.code, e.section, e.statute, e.ncnd, e.evidence) for e in found] == [
        ("s40(2)", "40", "FOIA", False, "The names are withheld under section 40(2) of the Act."),
    ]


# A last sub-level letter typed without brackets ("Section 31(1)a"): the letter is a level,
# never the start of a word after the bracket ("31(1)and").
BARE_LETTER = [
    ("The figures are withheld under Section 31(1)a of the Act.", [("s31(1)(a)", "FOIA")]),
    ("The names are withheld under section 40(2)a.", [("s40(2)(a)", "FOIA")]),
    ("The data is withheld under Section 31(1)and 40(2).", [("s31(1)", "FOIA"), ("s40(2)", "FOIA")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_LETTER, ids=["s31_1_a", "s40_2_a", "and_is_a_word"])
def test_bare_sub_level_letter(text: str, expected: list[tuple[str, str]]) -> None:
    assert grounds(text) == expected


ACT_TEXT = (
    "(1) Information which is not exempt information by virtue of section 30 is exempt information if its "
    "disclosure under this Act would, or would be likely to, prejudice\n(a) the prevention or detection of crime,\n"
)


def test_a_heading_over_the_acts_own_words_is_a_quotation() -> None:
    text = ("The force holds 6 drones; all you asked for is given above.\n"
            "For your information, the relevant part of the Act reads as follows.\n"
            "Section 31 - Law enforcement\n" + ACT_TEXT)
    assert grounds(text) == []


def test_the_same_heading_under_a_relied_on_intro_stays_a_ground() -> None:
    text = ("The locations are withheld by virtue of the following exemption:\n"
            "Section 31 - Law enforcement\n" + ACT_TEXT)
    assert grounds(text) == [("s31", "FOIA")]


def test_an_act_explained_in_a_reply_that_withholds_nothing_is_no_ground() -> None:
    text = ("The force holds 6 drones. Section 40(2) of the Act states that personal information about third "
            "parties is exempt where disclosure would breach the data protection principles. The pilots' names "
            "were not asked for.")
    assert grounds(text) == []


def test_an_explained_cost_limit_in_a_cost_refusal_stays_the_ground() -> None:
    text = ("Section 12(1) of the Act provides that a public authority need not comply with a request where the "
            "cost of compliance would exceed the appropriate limit. Searching every file would exceed the "
            "appropriate limit of 18 hours.")
    assert grounds(text) == [("s12(1)", "FOIA")]


def test_exempt_under_a_provision_whose_title_reads_like_the_act_explained_is_relied_on() -> None:
    # the title's "Public Authorities" is no general statement about authorities (data/sample Cleveland)
    text = ("Q3 How many people were injured?\nThe information is exempt under Sec. 30(1)(a) - Investigations "
            "And Proceedings Conducted By Public Authorities.\n")
    assert grounds(text) == [("s30(1)(a)", "FOIA")]


# A list of exemptions considered, each with its verdict; and a reply saying none was applied.
VERDICTS = [
    ("not_engaged_in_list", "Exemptions considered:\nSection 31(1)(a) - not engaged\nSection 40(2) - applied\n"
     "The names are withheld.", [("s40(2)", "FOIA")]),
    ("n_a_after_title", "Section 38 - Health and Safety: N/A\nSection 40(2) - Personal Information: applied",
     [("s40(2)", "FOIA")]),
    ("none_applied_then_named", "No exemptions have been applied to this response.\nFor information, section "
     "40(2) protects personal data.", []),
    # opposite: a provision relied on in words still counts beside "no exemptions ... to the figures"
    ("none_applied_to_part_but_relied", "No exemptions have been applied to the figures.\nThe names are withheld "
     "under section 40(2).", [("s40(2)", "FOIA")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_verdicts(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert grounds(text) == expected

"""Relied on versus mentioned: the judgement over citations, with exact expected grounds."""
from __future__ import annotations

import pytest

from parser import parse
from parser.judgement.exemptions import find_exemptions
from parser.record import Exemption


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    return [e.code for e in find_exemptions(text, regime=regime)]


def test_seed_grounds_are_exactly_s31_1_a_and_b(seed_bytes: bytes) -> None:
    record = parse(seed_bytes, path="seed.txt")
    assert [(e.code, e.section, e.statute, e.name, e.ncnd) for e in record.exemptions] == [
        ("s31(1)(a)", "31", "FOIA", "Law enforcement", False),
        ("s31(1)(b)", "31", "FOIA", "Law enforcement", False),
    ]
    codes = {e.code for e in record.exemptions}
    assert not codes & {"s1(1)(a)", "s1(1)(b)", "s17"}
    assert record.outcome == "partial"
    assert record.ncnd is False


def test_evidence_is_the_sentence_the_ground_came_from() -> None:
    text = (
        "You asked for the rota.\n"
        "The rota is exempt under Section 31(1)(a) of the Act. Releasing it would show when stations are unstaffed.\n"
    )
    assert find_exemptions(text, regime="FOIA") == [
        Exemption(code="s31(1)(a)", section="31", statute="FOIA", name="Law enforcement", ncnd=False,
                  evidence="The rota is exempt under Section 31(1)(a) of the Act."),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # procedural provisions are never grounds
        ("Please treat this as a refusal notice under Section 17 of the Act.", []),
        ("Under Section 16 we have a duty to advise and assist you.", []),
        ("You may apply to the Information Commissioner under Section 50 of the Act.", []),
        ("In respect of Section 1(1)(a) of the Act we can confirm that the force holds the information.", []),
        ("The request was answered within the 20 working days required by section 10.", []),
        # relied on
        ("The information is exempt under section 38(1)(a) and (b) of the Act.", ["s38(1)(a)", "s38(1)(b)"]),
        ("We are relying on s.43(2) to withhold the unit prices.", ["s43(2)"]),
        ("This engages section 30(1)(a), as the file relates to a live investigation.", ["s30(1)(a)"]),
        ("The names have been redacted under s40(2) FOIA.", ["s40(2)"]),
        # considered and rejected
        ("We have considered section 38 but it does not apply to these figures.", []),
        ("We do not consider that section 31 is engaged by the request.", []),
        ("Collating the records would not exceed Section 12.", []),
        ("We are no longer relying on section 12 for this part.", []),
        ("Section 31(1)(a) is not engaged because the figures are county-wide.", []),
        ("We have not applied section 12 on this occasion.", []),
        # one rejected, one relied in the same sentence
        ("We are not relying on section 12 but section 14(1) applies as the request is vexatious.", ["s14(1)"]),
        # another law
        ("You may make a subject access request under section 45 of the Data Protection Act 2018.", []),
        ("Possession of such material is an offence under section 58 of the Terrorism Act 2000.", []),
        ("Regulation 4(3) of the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 sets the rate.", []),
        # an explanation of a provision is a neutral mention: authorities explain what they apply
        ("Section 12(1) provides that a public authority is not obliged to comply with a request "
         "if the cost of complying would exceed the appropriate limit.", ["s12(1)"]),
        ("Section 31 is a qualified, prejudice-based exemption.", ["s31"]),
        # rights paragraphs are not
        ("You have the right under section 50 to complain to the Information Commissioner.", []),
        ("Your right under Section 1 of the Act is to be told whether the information is held.", []),
        # requester's own words
        ("Please provide any document you withheld under section 31 last year.", []),
        # provisions named as examples of what the Act offers, even in the authority's voice
        ("When we withhold information we will usually rely on one of the exemptions, such as "
         "section 31(1)(a) or section 40(2), and explain why.", []),
        ("The ICO's website explains when exemptions such as sections 30, 31 and 40 can be relied on.", []),
        # set aside by the next sentence, unless that sentence names its own provision
        ("Some requests for guidance engage section 31 where release would reveal tactics. "
         "In this case the exemption is not engaged.", []),
        ("We are withholding the names under section 40(2). The exemption in section 38 is not engaged.", ["s40(2)"]),
        ("The locations are withheld under section 31(1)(a). Section 31 is a qualified exemption.", ["s31(1)(a)"]),
    ],
)
def test_relied_on_versus_mentioned(text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


def test_a_heading_and_its_application_count_once() -> None:
    text = (
        "Section 31 - Law Enforcement\n"
        "The locations are exempt under Section 31(1)(a) and (b), because they would help offenders.\n"
        "Section 31 is a qualified exemption and the public interest has been considered.\n"
    )
    assert grounds(text) == ["s31(1)(a)", "s31(1)(b)"]


def test_a_list_under_a_relied_on_introduction_is_relied_on() -> None:
    text = (
        "The information is withheld by virtue of the following exemptions:\n"
        "Section 24(1) National Security\n"
        "Section 31(1)(a)(b) Law Enforcement\n"
        "Section 38(1)(a) Health and Safety\n"
    )
    assert grounds(text) == ["s24(1)", "s31(1)(a)", "s31(1)(b)", "s38(1)(a)"]


def test_a_legal_annex_quoting_the_act_is_not_a_ground() -> None:
    text = (
        "You asked for the staffing figures, which are attached. No information has been withheld.\n"
        "If you are unhappy you may ask for a review.\n"
        "More text about your rights and how to complain to the Information Commissioner.\n"
        "Legal Annex\n"
        "Section 31(1) Law enforcement\n"
        "Information which is not exempt information by virtue of section 30 is exempt information if its disclosure would prejudice the prevention of crime.\n"
        "Section 40(2) Personal information\n"
        "Any information to which a request for information relates is also exempt information if it constitutes personal data.\n"
    )
    assert grounds(text) == []


@pytest.mark.parametrize(
    "text,regime,expected",
    [
        # FOISA numbering: s35 law enforcement, s38 personal information, s39(2) the technical switch
        ("The information is exempt under section 35(1)(a) of FOISA.", "FOISA",
         [("s35(1)(a)", "FOISA", "Law enforcement")]),
        ("The names are withheld under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002.", None,
         [("s38(1)(b)", "FOISA", "Personal information")]),
        ("We are applying the exemption at section 39(2) of FOISA so the request is dealt with under the EIRs.", "EIR", []),
        ("We withhold the report under section 39(1) of FOISA because disclosure would endanger health.", "FOISA",
         [("s39(1)", "FOISA", "Health, safety and the environment")]),
        # FOIA
        ("The names are withheld under section 38(1)(a) of the Act.", "FOIA", [("s38(1)(a)", "FOIA", "Health and safety")]),
        # EIR, English and Scottish numbering
        ("We are refusing the request under Regulation 12(5)(b) of the EIR.", "EIR",
         [("r12(5)(b)", "EIR", "Course of justice")]),
        # the public interest test and the presumption are how exceptions work, not grounds
        ("We have applied regulation 12(4)(b) and weighed the public interest as regulation 12(1)(b) requires, "
         "bearing in mind the presumption in favour of disclosure in regulation 12(2).", "EIR",
         [("r12(4)(b)", "EIR", "Manifestly unreasonable request")]),
        ("We are refusing the request under regulation 10(5)(b) of the Environmental Information (Scotland) Regulations 2004.", "EIR",
         [("r10(5)(b)", "EIR", "Course of justice")]),
        # the law enforcement exemption by name
        ("We are relying on the law enforcement exemption to withhold the tactics.", "FOISA", [("s35", "FOISA", "Law enforcement")]),
        ("We are relying on the law enforcement exemption to withhold the tactics.", "FOIA", [("s31", "FOIA", "Law enforcement")]),
    ],
)
def test_statute_decides_the_name(text: str, regime: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert [(e.code, e.statute, e.name) for e in find_exemptions(text, regime=regime)] == expected


def test_ncnd_provisions_are_flagged_on_the_exemption() -> None:
    text = "The force neither confirms nor denies holding the information by virtue of Sections 23(5), 24(2) and 40(5B)(a)(i)."
    assert [(e.code, e.ncnd) for e in find_exemptions(text, regime="FOIA")] == [
        ("s23(5)", True), ("s24(2)", True), ("s40(5B)(a)(i)", True),
    ]
    plain = "The names are exempt under section 40(2) and section 24(1)."
    assert [(e.code, e.ncnd) for e in find_exemptions(plain, regime="FOIA")] == [("s40(2)", False), ("s24(1)", False)]


def test_bad_input_gives_no_grounds_and_no_error() -> None:
    assert find_exemptions("", regime=None) == []
    assert find_exemptions("Section (((( 31 ))) ) and and & ,", regime="FOIA") == []
    assert find_exemptions("\x00\ufffd section 9999(1)", regime="FOIA") == []

"""The citation grammar: every style of citing a provision, each with its exact leaf codes."""
from __future__ import annotations

import pytest

from parser.judgement.citations import find_citations, find_named


def codes(text: str) -> list[str]:
    return [code for c in find_citations(text) for code in c.codes]


# Styles the issue lists.
ISSUE_STYLES = [
    ("Section 31(1)(a) & (b) Law Enforcement", ["s31(1)(a)", "s31(1)(b)"]),
    ("s31(1)(a)(b)", ["s31(1)(a)", "s31(1)(b)"]),
    ("S.38(1)(a)&(b)", ["s38(1)(a)", "s38(1)(b)"]),
    ("Sections 23(5), 24(2), 27(4), 30(3), 31(3) and 40(5)",
     ["s23(5)", "s24(2)", "s27(4)", "s30(3)", "s31(3)", "s40(5)"]),
    ("section 40(2) and (3)(a)", ["s40(2)", "s40(3)(a)"]),
    ("Section 40(5)(b)(i)", ["s40(5)(b)(i)"]),
    ("section 40 (2)", ["s40(2)"]),
    ("Section 12 (cost of compliance)", ["s12"]),
    ("s.14(1)", ["s14(1)"]),
    ("Regulation 12(5)(a)", ["r12(5)(a)"]),
    ("regulations 12(4)(b) and 13", ["r12(4)(b)", "r13"]),
    ("section 35(1)(a) and (b)", ["s35(1)(a)", "s35(1)(b)"]),
    ("Section 31 - Law Enforcement", ["s31"]),
    ("Section 31 – Law Enforcement", ["s31"]),
    ("Sections 23(5) and 24(2)", ["s23(5)", "s24(2)"]),
    ("Section 40(2) & 3A(a) – Personal Information", ["s40(2)", "s40(3A)(a)"]),
    ("Section 31(1)(a)(b) – Law Enforcement", ["s31(1)(a)", "s31(1)(b)"]),
    ("Section 30(3) – Investigations and Proceedings", ["s30(3)"]),
    ("Section 40(5B)(a)(i) – Personal Information", ["s40(5B)(a)(i)"]),
    ("Section 12 – Excess Cost", ["s12"]),
    ("section 34(1)(a) and (b)", ["s34(1)(a)", "s34(1)(b)"]),
    ("Section 1(1) (a) of the Act", ["s1(1)(a)"]),
    ("Section 14(1) – Vexatious", ["s14(1)"]),
    ("Regulation 12(4)(b) – Manifestly Unreasonable", ["r12(4)(b)"]),
    ("regulation 10(4)(a) of the EIRs", ["r10(4)(a)"]),
]

# Styles seen in real responses beyond the issue's list.
OTHER_STYLES = [
    ("s.40(2) FOIA", ["s40(2)"]),
    ("FOIA s.40(2)", ["s40(2)"]),
    ("Sec 31", ["s31"]),
    ("Sec. 43(2)", ["s43(2)"]),
    ("Sect 31(1)(a)", ["s31(1)(a)"]),
    ("section 31(1)(a),(b) and (c)", ["s31(1)(a)", "s31(1)(b)", "s31(1)(c)"]),
    ("exempt under 31(1)(a)(b)(c)", ["s31(1)(a)", "s31(1)(b)", "s31(1)(c)"]),
    ("Section 38(1)(a)(b) - Health & Safety", ["s38(1)(a)", "s38(1)(b)"]),
    ("exemptions at sections 23 and 24", ["s23", "s24"]),
    ("Section 40 sub-section (2)", ["s40(2)"]),
    ("section 40, subsection (2)", ["s40(2)"]),
    ("s40(2)&(3A)(a)", ["s40(2)", "s40(3A)(a)"]),
    ("Section 36(2)(b)(i) and (ii)", ["s36(2)(b)(i)", "s36(2)(b)(ii)"]),
    ("Section 36(2)(b)(i)(ii)", ["s36(2)(b)(i)", "s36(2)(b)(ii)"]),
    ("Section 43(2) – Commercial Interests", ["s43(2)"]),
    ("ss.23 and 24", ["s23", "s24"]),
    ("§40(2)", ["s40(2)"]),
    ("Section 31(1)(a)-(c)", ["s31(1)(a)", "s31(1)(b)", "s31(1)(c)"]),
    ("Section 31(1)(a) to (c)", ["s31(1)(a)", "s31(1)(b)", "s31(1)(c)"]),
    ("r.12(4)(e)", ["r12(4)(e)"]),
    ("Reg 12(5)(b)", ["r12(5)(b)"]),
    ("Reg. 13(1)", ["r13(1)"]),
    ("Section 40(2) by virtue of section 40(3A)(a)", ["s40(2)", "s40(3A)(a)"]),
    ("S31(3)", ["s31(3)"]),
    ("S 40(2)", ["s40(2)"]),
    ("Sections 30(1)(a)(i) and 31(1)(a)", ["s30(1)(a)(i)", "s31(1)(a)"]),
    ("Section 24(2) & 31(3)", ["s24(2)", "s31(3)"]),
    ("Section 27(1)(a), (b), (c) and (d)", ["s27(1)(a)", "s27(1)(b)", "s27(1)(c)", "s27(1)(d)"]),
    ("Section 40 (2) (a) and (b)", ["s40(2)(a)", "s40(2)(b)"]),
    ("section 38 (1) (a) & (b)", ["s38(1)(a)", "s38(1)(b)"]),
    ("sections 40(5A) and 40(5B)(a)(i)", ["s40(5A)", "s40(5B)(a)(i)"]),
    ("Section 22A(1)(a)", ["s22A(1)(a)"]),
    ("Sections 22 and 22A", ["s22", "s22A"]),
    ("section 41(1)(a) and (b)", ["s41(1)(a)", "s41(1)(b)"]),
    ("Sections 31(1)(a) and (b) and 40(2)", ["s31(1)(a)", "s31(1)(b)", "s40(2)"]),
    ("section 12(1) and section 17(5)", ["s12(1)", "s17(5)"]),
    ("Section 40(2) and 40(3A)(a)", ["s40(2)", "s40(3A)(a)"]),
    ("S. 31 (1) (a)", ["s31(1)(a)"]),
    ("Section 31(1)(h) and (i)", ["s31(1)(h)", "s31(1)(i)"]),
    ("Section 31(1)(a) and/or (b)", ["s31(1)(a)", "s31(1)(b)"]),
    ("Section(s) 30 and 40", ["s30", "s40"]),
    ("s.38(1)(b) (personal data of third parties) of FOISA", ["s38(1)(b)"]),
    ("EIR Regulation 12(5)(a)", ["r12(5)(a)"]),
    ("Regulations 12(4)(b) and 12(5)(b)", ["r12(4)(b)", "r12(5)(b)"]),
    ("Section 38(1)(a) & Section 38(1)(b)", ["s38(1)(a)", "s38(1)(b)"]),
    ("Section 40(2)(a)(b) & (3A)(a)", ["s40(2)(a)", "s40(2)(b)", "s40(3A)(a)"]),
    ("sections 24(1), 31(1)(a) & (b) and 38(1)(a)", ["s24(1)", "s31(1)(a)", "s31(1)(b)", "s38(1)(a)"]),
    ("Section 23(5) Information supplied by, or concerning, certain Security Bodies", ["s23(5)"]),
    ("Section 31(3) Law Enforcement - NCND", ["s31(3)"]),
    ("s. 12", ["s12"]),
    ("s.12(2)", ["s12(2)"]),
    ("Section 44(1)(a)", ["s44(1)(a)"]),
    ("section 30(1)(a)(i) & (ii)", ["s30(1)(a)(i)", "s30(1)(a)(ii)"]),
    ("Sections 26(1)(b), 27(1)(a) and 31(1)(a)", ["s26(1)(b)", "s27(1)(a)", "s31(1)(a)"]),
    ("section 42(1)", ["s42(1)"]),
    ("section 21(1)", ["s21(1)"]),
    ("Section 43 (2)", ["s43(2)"]),
    ("regulation 12(4)(a)", ["r12(4)(a)"]),
    ("exempt under sections 38 (health and safety) and 40 (personal information)", ["s38", "s40"]),
    ("the exception under EIR 12(5)(a) applies", ["r12(5)(a)"]),
    ("Adran 40(2) – Gwybodaeth Bersonol", ["s40(2)"]),
    ("exempt under Section\n40(2) of the Act", ["s40(2)"]),
    ("SECTION 31(1)(A) AND (B)", ["s31(1)(a)", "s31(1)(b)"]),
    ("Sections 27(1)(a), (b), (c), (d) and 27(2)", ["s27(1)(a)", "s27(1)(b)", "s27(1)(c)", "s27(1)(d)", "s27(2)"]),
    ("Section 40(2) by virtue of section 40(3A)(a) and (b)", ["s40(2)", "s40(3A)(a)", "s40(3A)(b)"]),
    # FOISA s30 has paragraphs straight after the section number
    ("sections 30(b)(i) and 30(b)(ii) of FOISA", ["s30(b)(i)", "s30(b)(ii)"]),
    ("section 30(c) of FOISA", ["s30(c)"]),
]

# Text that is not a citation, or whose numbers must not be read as sections.
NOT_CITATIONS = [
    ("The force's 31 officers attended.", []),
    ("the appropriate limit of 18 hours under section 12 and 450 pounds", ["s12"]),
    ("Section 12 and 18 hours of work", ["s12"]),
    ("Sections 30 and 2 officers", ["s30"]),
    ("Reference 2022/25114 was answered on 3 March", []),
    ("Tel: 01622 654413 (office)", []),
    ("Question 2(1) asked for a list", []),
    ("It was 12(5) years ago", []),
    ("This is Ms Smith's 3rd request", []),
]


@pytest.mark.parametrize("text,expected", ISSUE_STYLES + OTHER_STYLES + NOT_CITATIONS)
def test_codes(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_enough_cases() -> None:
    assert len(ISSUE_STYLES) + len(OTHER_STYLES) >= 80
    assert len(OTHER_STYLES) >= 10


@pytest.mark.parametrize(
    "text,statute",
    [
        ("section 58 of the Terrorism Act 2000", "OTHER"),
        ("section 45 of the Data Protection Act 2018", "OTHER"),
        ("the Data Protection Act 2018, section 45", "OTHER"),
        ("Regulation 4(3) of the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004", "OTHER"),
        ("section 39(2) of the Freedom of Information (Scotland) Act 2002 (FOISA)", "FOISA"),
        ("an exemption under section 34(1)(a) and (b) - Investigations by Scottish public authorities of FOISA applies", "FOISA"),
        ("Section 17 of the Freedom of Information Act 2000", "FOIA"),
        ("s.40(2) FOIA", "FOIA"),
        ("regulation 12(5)(b) of the Environmental Information Regulations 2004", "EIR"),
        ("regulation 10(4)(a) of the Environmental Information (Scotland) Regulations 2004", "EISR"),
        ("Section 31 of the Act", None),
        ("Section 40(2) as disclosure would breach the principles under the Data Protection Act", None),
        ("Section 1 of PACE", "OTHER"),
        # police powers cited by number: stop and search, dispersal, protest conditions
        ("How many Section 60 searches were carried out?", "OTHER"),
        ("The number of Section 43 stops was 12.", "OTHER"),
        ("Section 14 conditions were imposed on the march.", "OTHER"),
        ("Section 35 dispersal orders", "OTHER"),
        ("Section 44 has been used 3 times.", "OTHER"),
        ("Exemptions: 31(1)(a), 40(2)", None),
    ],
)
def test_statute_named_beside_the_citation(text: str, statute: str | None) -> None:
    assert [c.statute for c in find_citations(text)] == [statute]


@pytest.mark.parametrize(
    "text,statute,expected",
    [
        ("We are relying on the law enforcement exemption.", "FOIA", ["s31"]),
        ("We are relying on the law enforcement exemption.", "FOISA", ["s35"]),
        ("the personal information exemption applies", "FOIA", ["s40"]),
        ("the personal information exemption applies", "FOISA", ["s38"]),
        ("This engages the exemption for national security.", "FOIA", ["s24"]),
        ("the cost exemption has been applied", "FOIA", ["s12"]),
        ("the manifestly unreasonable exception", "EIR", ["r12(4)(b)"]),
        ("the exemption is qualified", "FOIA", []),
    ],
)
def test_exemption_named_without_a_number(text: str, statute: str, expected: list[str]) -> None:
    assert [code for c in find_named(text, statute) for code in c.codes] == expected

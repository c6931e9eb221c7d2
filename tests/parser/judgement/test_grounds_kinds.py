"""Kinds of ground found on the real-derived corpus (tests/real, issue 14), each with its exact
expected grounds: cost refusals in words, chained and broken citations, a two-column row,
and provisions named but not relied on. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser import parse
from parser.judgement.citations import find_citations
from parser.judgement.exemptions import find_exemptions
from parser.record import Exemption


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    return [e.code for e in find_exemptions(text, regime=regime)]


def test_a_cost_refusal_in_words_is_s12_with_its_sentence() -> None:
    text = (
        "You asked for every custody image the force holds.\n"
        "Counting them would mean opening each custody record, so answering would exceed the "
        "appropriate limit set by the fees regulations.\n"
        "As a gesture of goodwill the number of records for 2023 is 4,100.\n"
    )
    assert find_exemptions(text, regime="FOIA") == [
        Exemption(code="s12", section="12", statute="FOIA",
                  name="Exemption where cost of compliance exceeds appropriate limit", ncnd=False,
                  evidence="Counting them would mean opening each custody record, so answering would "
                           "exceed the appropriate limit set by the fees regulations."),
    ]


def test_a_cost_refusal_in_words_under_foisa_is_foisa_s12() -> None:
    text = ("The records are on paper in six offices, and retrieving them would cost more than we are "
            "legally required to spend.\n")
    assert [(e.code, e.statute, e.name) for e in find_exemptions(text, regime="FOISA")] == [
        ("s12", "FOISA", "Excessive cost of compliance"),
    ]


def test_a_cost_refusal_in_words_takes_the_s12_code_the_letter_writes_elsewhere() -> None:
    text = (
        "Dear Ms Reed\n"
        "Finding the letters would mean reading every file by hand, and the fees limit would be exceeded.\n"
        "Yours sincerely\n"
        + "Freedom of Information Unit\n" * 20
        + "APPENDIX A\n"
        "Section 12(1) of the Act says an authority need not comply with a request where the cost "
        "of compliance would exceed the appropriate limit.\n"
    )
    assert grounds(text) == ["s12(1)"]


@pytest.mark.parametrize(
    "text,regime,expected",
    [
        ("The cost of complying with the whole request would go far beyond the amount we are legally "
         "required to spend.", "FOIA", ["s12"]),
        ("Locating it would exceed the 18 hour and £450 limit.", "FOIA", ["s12"]),
        # not a cost refusal
        ("We were able to answer without exceeding the appropriate limit, so the figures are below.", "FOIA", []),
        ("Collating this would not exceed the appropriate limit, so the list is attached.", "FOIA", []),
        ("If this would exceed the appropriate limit, please give advice on narrowing the request.", "FOIA", []),
        ("If this would exceed the cost limits in Section 12, please give advice and assistance under "
         "Section 16 of the Act on how I could narrow the request.", "FOIA", []),
        # the EIR have no cost exemption of that number
        ("Searching the archive would exceed the appropriate limit.", "EIR", []),
    ],
)
def test_cost_in_words(text: str, regime: str, expected: list[str]) -> None:
    assert grounds(text, regime) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # chained sub-levels: (2) after (g) climbs back to subsection 2 (the codes: test_chained_citation_codes);
        # the s31(2) purposes are mentioned, not relied on (session-5 label convention; fields8)
        ("The information is exempt by virtue of Section 31 (1)(g)(2)(a)(b) Law Enforcement.",
         ["s31(1)(g)"]),
        # a PDF line break between the section and its sub-levels
        ("It has been withheld under these exemptions: Section 24(1) National Security, Section 31\n"
         "(1) (a) the Prevention and Detection of Crime.", ["s24(1)", "s31(1)(a)"]),
        # a two-column row "request | response": the response's own cell decides
        ("Could you please provide the number of hate crimes by day? | This request is refused under "
         "Section 12(1) of the FOIA, and this letter is a Refusal Notice.", ["s12(1)"]),
        # "not possible ... within the cost limit, by virtue of section 12(1)": relied on
        ("However, it will not be possible to answer your request within the cost limit, by virtue of "
         "section 12(1) of the FOIA.", ["s12(1)"]),
    ],
)
def test_citation_shapes_relied_on(text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the Act's own words naming options
        ("Section 12(1) applies to the request. A public authority relying on a claim that section 12 or "
         "section 14 applies to a request must give the applicant a notice saying so.", ["s12(1)"]),
        # ... but alternatives the reply itself relies on stay grounds
        ("This information is exempt under section 40(2) or 40(5) of the Act.", ["s40(2)", "s40(5)"]),
        # the requester's condition
        ("- If this can be done within the limits in Section 12 of the FOIA, the reason each notice was "
         "issued.", []),
        # the provision is what the request counts
        ("Answering would mean reviewing every response to find how many times an exemption under "
         "Section 14 of the Freedom of Information Act was applied.", []),
        ("Records show how many times Section 14 was applied last year, but each would need reading.", []),
        # ... but a ground given after a clause about counting stays a ground
        ("We cannot say how often officers used the powers, as section 31(1)(a) applies to that detail.",
         ["s31(1)(a)"]),
        # excluded in the Act's description of another section
        ("This is exempt under section 24(1). Section 24(1) makes information exempt where that is needed "
         "to safeguard national security and the information is not covered by section 23(1).", ["s24(1)"]),
        # a first decision withdrawn at review
        ("The arguments that the first decision made under Section 31 of the Act relied on have been set "
         "aside at the review, and the report is now disclosed in full.", []),
    ],
)
def test_named_but_not_relied_on(text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


def test_chained_citation_codes() -> None:
    assert [c.codes for c in find_citations("Section 31(1)(g) subsection 2(b) – Law Enforcement")] == [
        ["s31(1)(g)", "s31(2)(b)"],
    ]
    # unchanged: letters then romans, and a lettered subsection after a number
    assert [c.codes for c in find_citations("s43(2)(a)(i)(ii) and s40(2)(3A)(a)")] == [
        ["s43(2)(a)(i)", "s43(2)(a)(ii)", "s40(2)", "s40(3A)(a)"],
    ]


def test_a_parsed_reply_refusing_on_cost_in_words_carries_s12_and_its_evidence() -> None:
    text = (
        "Freedom of Information Request Reference No: 2231/24\n"
        "You asked how many drones the force bought each year since 2015 and what each one cost.\n"
        "Our records are not organised in a way that lets us provide all of this within the "
        "appropriate (cost) limit, as the fees limit would be exceeded.\n"
        "As a gesture of goodwill, the number bought each year is given below.\n"
        "2015: 2. 2016: 3. 2017: 1.\n"
    )
    record = parse(text.encode(), path="reply.txt")
    assert [(e.code, e.statute, e.evidence) for e in record.exemptions] == [
        ("s12", "FOIA", "Our records are not organised in a way that lets us provide all of this within the "
                        "appropriate (cost) limit, as the fees limit would be exceeded."),
    ]


def test_sub_levels_listed_on_the_lines_under_a_relied_on_citation() -> None:
    text = (
        "The exemptions applied to refuse your request are:\n"
        "Section 31(1) of the Freedom of Information Act 2000 gives a qualified exemption for information "
        "whose disclosure would, or would be likely to, prejudice:\n"
        "(g) the exercise by any public authority of its functions for any of the purposes in subsection (2)\n"
        "The purposes from subsection 2 that apply here are:\n"
        "(i) securing the health, safety and welfare of persons at work,\n"
        "(j) protecting persons other than persons at work against risk to health or safety.\n"
        "Releasing the addresses would make the stores a target for arson.\n"
    )
    # the listed purposes are read as s31(2)(i), s31(2)(j) but are mentioned, not relied on (session-5
    # label convention; fields8): s31(1)(g) is the ground
    from parser.judgement.citations import with_listed_levels
    first = find_citations(text)[0]
    assert with_listed_levels(text, first) == ["s31(1)(g)", "s31(2)(i)", "s31(2)(j)"]
    assert grounds(text) == ["s31(1)(g)"]


def test_a_colon_with_no_list_under_it_keeps_the_citation_as_written() -> None:
    text = "The report is withheld under Section 31(1)(a) for this reason:\nIt would show where patrols are thin.\n"
    assert grounds(text) == ["s31(1)(a)"]


@pytest.mark.parametrize(
    "text,regime,expected",
    [
        # a ")" missing where the next "(" opens
        ("The information is excepted from disclosure under Regulation 12(5(b) of the EIR.", "EIR", ["r12(5)(b)"]),
        ("The names are exempt under Section 40(2(a) of the Act.", "FOIA", ["s40(2)(a)"]),
    ],
)
def test_malformed_citations_keep_their_levels(text: str, regime: str, expected: list[str]) -> None:
    assert grounds(text, regime) == expected

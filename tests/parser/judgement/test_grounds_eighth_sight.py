"""Grounds kinds that recurred at first sight across the batches up to web17 and let12 (issue 14,
fields8), each with its exact expected grounds and its opposite. Every text is written for these
tests: the s31(2) purposes printed after an s31(1)(g) claim (the session-5 label convention,
tests/real/README.md), an EIR exception numbered with no "Regulation", a bulleted list of
exceptions with a gloss on each, and the pre-2018 "40(5)" said beside the amended 40(5B)."""
from __future__ import annotations

import pytest

from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    return [e.code for e in find_exemptions(text, regime=regime)]


CASES = [
    # s31(2) purposes chained onto the s31(1)(g) claim: the claim is the ground, the purposes are mentioned
    ("chained_purposes",
     "The duty rosters are withheld as they are exempt under Section 31(1)(g)(2)(b)(c) - Law Enforcement.\n",
     "FOIA", ["s31(1)(g)"]),
    ("purposes_written_apart",
     "We rely on section 31(1)(g), read with section 31(2)(a) and (b), to withhold the audit notes.\n",
     "FOIA", ["s31(1)(g)"]),
    # opposite: FOISA's s35(2) purposes are not this rule's (labels code them as grounds)
    ("foisa_purposes_stay",
     "The notebook is exempt under sections 35(1)(g) and 35(2)(b) of the Freedom of Information (Scotland) Act 2002.\n",
     "FOISA", ["s35(1)(g)", "s35(2)(b)"]),
    # opposite: another s31 limb withheld under stays a ground
    ("other_limb_stays",
     "The camera sites are exempt under Section 31(1)(a) and (b) of the Act.\n", "FOIA", ["s31(1)(a)", "s31(1)(b)"]),

    # "Exception 12(5)(d)" with no "Regulation": the EIR call their grounds exceptions
    ("exception_number_is_regulation",
     "The minutes you asked for under the Environmental Information Regulations are withheld under "
     "Exception 12(5)(d) 'Confidentiality of proceedings'.\n", "EIR", ["r12(5)(d)"]),
    ("exception_plural",
     "Under the EIR these drawings are withheld, as exceptions 12(5)(a) and 13(1) apply.\n", "EIR",
     ["r12(5)(a)", "r13(1)"]),
    # opposite: a number the Regulations lack stays a section ("exception" used loosely)
    ("exception_section_number",
     "The officers' names are withheld under exception 40(2) as personal data.\n", "FOIA", ["s40(2)"]),
    # opposite: "exempt under 12(5)(b)" in an FOI reply is still section-shaped
    ("exempt_bare_number",
     "The file is exempt under 43(2) of the Act.\n", "FOIA", ["s43(2)"]),

    # a bulleted list under a relied-on intro, each item opening with its provision and glossed at length
    ("bullets_with_gloss",
     "We cannot release all of the papers, because the following exceptions apply:\n"
     "- Regulation 12(5)(b) - Course of justice - which protects the ability of a person to receive a fair trial "
     "and of a public authority to conduct an inquiry of a criminal or disciplinary nature.\n"
     "- Regulation 12(4)(e) (internal communications)\n", "EIR", ["r12(5)(b)", "r12(4)(e)"]),
    ("numbered_items_with_gloss",
     "The information is withheld because these exemptions apply:\n"
     "1. Section 38(1)(a) - Health and safety - which covers information whose release would endanger "
     "the physical or mental health of any individual.\n"
     "2. Section 40(2) (personal information)\n", "FOIA", ["s38(1)(a)", "s40(2)"]),
    # opposite: a glossed item that sets its provision aside under a list of those considered
    ("bullets_considered_and_set_aside",
     "We considered the following exemptions:\n"
     "- Section 38(1)(a) - Health and safety - this exemption is not engaged, as releasing the rota endangers "
     "no one's health or safety.\n", "FOIA", []),
    # the old "40(5)" said of an NCND under the amended 40(5B)(a)(i): one code
    ("legacy_subsection_beside_amended",
     "The force neither confirms nor denies that it holds the judgment, relying on section 40(5B)(a)(i). "
     "Section 40(5) is an absolute exemption and no public interest test applies.\n", "FOIA", ["s40(5B)(a)(i)"]),
    # opposite: a different subsection beside the amended one is its own ground
    ("other_subsection_stays",
     "The names are exempt under section 40(2), and we neither confirm nor deny any further records under "
     "section 40(5B)(a)(i).\n", "FOIA", ["s40(2)", "s40(5B)(a)(i)"]),
    # opposite: 40(5) relied on alone stays
    ("legacy_subsection_alone",
     "We neither confirm nor deny whether we hold it, by virtue of section 40(5) of the Act.\n", "FOIA", ["s40(5)"]),

    # a ground told of the first refusal and then withdrawn in a later sentence
    ("first_refusal_then_withdrawn",
     "We first refused the request under section 12(1) because of the cost. Having looked again, we no longer "
     "rely on section 12(1), and this letter replaces that response. The plans are withheld under section 31(1)(a).\n",
     "FOIA", ["s31(1)(a)"]),
    ("withdrawn_reliance",
     "The force first refused your request under section 14(1). It has withdrawn its reliance on section 14(1), "
     "and the figures are given below.\n", "FOIA", []),
    # a withdrawn section drops its paragraphs relied on elsewhere
    ("withdrawn_section_drops_its_paragraphs",
     "The report was withheld under section 43(2). On review we are no longer relying on section 43; the "
     "names, however, remain exempt under section 40(2).\n", "FOIA", ["s40(2)"]),
    # opposite: the first refusal kept
    ("first_refusal_kept",
     "We first refused the request under section 12(1), and the internal review has upheld that decision.\n",
     "FOIA", ["s12(1)"]),
    # opposite: "no longer" about the information, not the ground
    ("no_longer_held_not_withdrawal",
     "The force no longer holds the older reports; the newer ones are exempt under section 21 as they are "
     "published.\n", "FOIA", ["s21"]),

    # the inserted subsection written with its letter in brackets: "40(3)(A)(a)" is 40(3A)(a)
    ("inserted_subsection_bracketed",
     "The officers' details are withheld under Section 40(2)(a)(b) by virtue of 40(3)(A)(a) of the Act.\n",
     "FOIA", ["s40(2)(a)", "s40(2)(b)", "s40(3A)(a)"]),
    ("inserted_ncnd_subsection_bracketed",
     "We neither confirm nor deny that we hold it, by virtue of section 40(5)(B)(a)(i).\n", "FOIA", ["s40(5B)(a)(i)"]),
    # opposite: a capital where the Act has no inserted subsection is the paragraph in capitals
    ("capital_paragraph_stays_paragraph",
     "The plans are exempt under Section 31(1)(A) of the Act.\n", "FOIA", ["s31(1)(a)"]),

    # the requester's question reported after a lead-in saying where it was asked
    ("asked_after_lead_in",
     "In it you asked, under the Act, for a list of the requests the council received in 2014, and whether "
     "each was refused under section 43(2).\n", "FOIA", []),
    ("asked_in_dated_email",
     "In your email of 3 April 2015 you asked whether the council had ever relied on section 36.\n", "FOIA", []),
    # opposite: the authority's own clause after the question withholds
    ("asked_then_withheld",
     "In your letter you asked for the tender prices, which we withhold under section 43(2).\n", "FOIA", ["s43(2)"]),
    ("asked_then_exempt_next_sentence",
     "In it you asked for the tender prices. These are exempt under section 43(2).\n", "FOIA", ["s43(2)"]),
]


@pytest.mark.parametrize(("name", "text", "regime", "expected"), CASES, ids=[c[0] for c in CASES])
def test_grounds_eighth_sight(name: str, text: str, regime: str, expected: list[str]) -> None:
    assert grounds(text, regime) == expected

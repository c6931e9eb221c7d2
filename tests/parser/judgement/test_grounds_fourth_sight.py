"""Grounds kinds from the let08 and web12 batches (issue 14), each with its exact expected grounds
and its opposite. Texts written for these tests after the shapes of real replies: a gov.scot appeal
reply releasing what an exemption had covered (https://www.gov.scot/publications/foi-18-00319-appeal/),
Avon and Somerset's not-held answer naming the fees limit hypothetically, Gwent's s31 letters
paraphrasing the Act's opening ("information not exempt by virtue of section 30 is exempt if ...")."""
from __future__ import annotations

import pytest

from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    return [e.code for e in find_exemptions(text, regime=regime)]


CASES = [
    # a counterfactual cost: no ground
    ("counterfactual_cost",
     "The force does not record this information. Even if the legislation required such an exercise, its cost "
     "would be prohibitive and would engage the Fees Limit under Section 12 of the Act.\n", "FOIA", []),
    # opposite: the cost limit relied on in the authority's own words
    ("cost_relied",
     "The force holds the information. Retrieving it would engage the Fees Limit under Section 12 of the Act, "
     "so we are refusing your request.\n", "FOIA", ["s12"]),
    # opposite: a counterfactual that still withholds
    ("counterfactual_still_exempt",
     "Even if the information were held, it would be exempt under section 31(1)(a) of the Act.\n", "FOIA", ["s31(1)(a)"]),
    # withheld at first, released on review: no ground
    ("released_on_review",
     "Following your appeal we have looked again at the information we withheld under section 29(1)(a) of "
     "FOI(S)A, and we are now able to release the additional information in the first PDF attached.\n"
     "Some third-party names are withheld under section 38(1)(b) of FOISA.\n", "FOISA", ["s38(1)(b)"]),
    # opposite: reconsidered and still withheld
    ("reconsidered_still_withheld",
     "We have looked again at the information we withheld under section 29(1)(a) of FOI(S)A, and we "
     "consider that it remains exempt.\n", "FOISA", ["s29(1)(a)"]),
    # s31(1)'s opening paraphrased: section 30 named as not applying
    ("not_exempt_by_virtue_of_s30",
     "Section 31(1)(g) 'Law Enforcement'\nInformation not exempt by virtue of section 30 is exempt if its "
     "disclosure would, or would be likely to, prejudice the functions of the force.\n", "FOIA", ["s31(1)(g)"]),
    # opposite: "exempt by virtue of section 30" relies on it
    ("exempt_by_virtue_of_s30",
     "The file is exempt by virtue of section 30(1)(a) of the Act, as it concerns an investigation.\n", "FOIA", ["s30(1)(a)"]),
]


# A list of exemptions written without "Section", each number vouched for by its own title
# (Avon and Somerset's NCND letters, tests/real let08_07).
BARE_LIST = (
    "I can neither confirm nor deny that any further information is held, by virtue of the following exemptions:\n"
    "\u2022 24(2) \u2013 National Security\n"
    "\u2022 31(3) \u2013 Law Enforcement\n"
)
CASES += [
    ("bare_numbers_with_their_titles", BARE_LIST, "FOIA", ["s24(2)", "s31(3)"]),
    # opposite: a bare number whose words after the dash are not its section's title
    ("bare_number_other_words", "Figures by quarter:\n\u2022 24(2) \u2013 the second quarter of 2024: 6\n", "FOIA", []),
    ("bare_number_wrong_title", "Summary\n\u2022 24(2) \u2013 Law Enforcement\n", "FOIA", []),
]


# s31(1)(g) with the s31(2) purposes named inline after it (Gwent, tests/real let08_04). Since the
# session-5 label convention (tests/real/README.md) the purposes name what the s31(1)(g) claim
# protects and are mentioned, not relied on: s31(1)(g) alone (fields8; was s31(1)(g) + the purposes).
G_HEAD = ("The following exemption applies:\nSection 31(1)(g) 'Law Enforcement'\nDisclosure would prejudice the "
          "exercise by any public authority of its functions for any of the purposes in subsection (2). ")
ALL_PURPOSES = "".join(f"({x}) purpose {x}; " for x in "abcdefghij")
CASES += [
    ("inline_purposes", G_HEAD + "Those purposes include: (a) ascertaining whether any person has failed to comply "
     "with the law; (b) ascertaining whether any person is responsible for improper conduct.\n", "FOIA",
     ["s31(1)(g)"]),
    # opposite: the Act's whole list of ten quoted is no choice of purposes
    ("all_purposes_quoted", G_HEAD + "Those purposes are: " + ALL_PURPOSES.replace("purpose", "the purpose of") + "\n",
     "FOIA", ["s31(1)(g)"]),
    # opposite: purposes after a limb that has none (s31(1)(a)) add nothing
    ("purposes_after_other_limb", "The report is exempt under section 31(1)(a). The purposes include: (a) "
     "ascertaining whether any person has failed to comply with the law.\n", "FOIA", ["s31(1)(a)"]),
]


# The Act's subsections quoted under a "the legislation:" heading are no choice of them; guidance
# on "a claim under section 12" describes any claim (an NPCC s14 refusal, tests/real web12_01).
S14_QUOTED = ("Section 14 \u2013 Over burdensome - the legislation:\n"
              "(1) Section 1(1) places no duty on a public authority to comply with a vexatious request.\n"
              "(2) A public authority need not comply with a repeated request.\n"
              "The guidance of the ICO says:\n"
              "69. The cost of redacting exempt information cannot be counted towards a claim under section 12.\n"
              "70. Even so, we rely on section 14(1) as the burden would be grossly oppressive.\n")
CASES += [
    ("act_quoted_under_heading", S14_QUOTED, "FOIA", ["s14(1)"]),
    # opposite: sub-levels listed under a heading that chooses them are kept
    ("levels_chosen_under_heading", "We rely on the following parts of section 14:\n(1) the request is vexatious.\n"
     "(2) the request repeats an earlier one.\n", "FOIA", ["s14(1)", "s14(2)"]),
    # opposite: the cost limit claimed by the authority itself
    ("claim_made_by_authority", "We are refusing your request under section 12 as the cost limit would be exceeded.\n",
     "FOIA", ["s12"]),
]


@pytest.mark.parametrize(("name", "text", "regime", "expected"), CASES, ids=[c[0] for c in CASES])
def test_grounds_fourth_sight(name: str, text: str, regime: str, expected: list[str]) -> None:
    assert grounds(text, regime) == expected

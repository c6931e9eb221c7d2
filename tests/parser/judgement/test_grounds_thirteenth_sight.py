"""Grounds family behind web25_08's miss (session 8, fields14): a provision's title written beside
its citation ("Section 30(3) Investigations and Proceedings Conducted by Public Authorities") holds
words the Act's explanations use ("public authorities"); the title names the ground and explains
nothing, so an NCND list of titled citations keeps every leaf beside another subsection of the same
section cited elsewhere. Near misses: a sentence that does explain the Act ("allows a public
authority to ...") stays an explanation. Every text is written for these tests."""
from __future__ import annotations

from parser.fields.sections import split_request_response
from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    request, _ = split_request_response(text)
    return [e.code for e in find_exemptions(text, regime=regime, request_text=request)]


HEAD = (
    "You asked for the sums paid to informants and the number paid.\n"
    "The total for 2022/23 was \u00a3100,000.\n"
    "We cannot give the number paid, because that figure is exempt by virtue of Section 30(2) \u2013 "
    "Investigations and Proceedings Conducted by Public Authorities.\n"
)


def test_titled_ncnd_list_beside_another_subsection() -> None:
    text = HEAD + (
        "Beyond this, the force can neither confirm nor deny that it holds any further information, as the "
        "duty in s1(1)(a) does not apply by virtue of Section 23(5) Information Supplied by or Concerning "
        "Certain Security Bodies, Section 24(2) National Security and Section 30(3) Investigations and "
        "Proceedings Conducted by Public Authorities.\n"
    )
    assert grounds(text) == ["s30(2)", "s23(5)", "s24(2)", "s30(3)"]


def test_title_written_with_an_ampersand() -> None:
    text = HEAD + (
        "Beyond this, the force can neither confirm nor deny that it holds any further information, as the "
        "duty in s1(1)(a) does not apply by virtue of Section 24(2) National Security and Section 30(3) "
        "Investigations & Proceedings Conducted by Public Authorities.\n"
    )
    assert grounds(text) == ["s30(2)", "s24(2)", "s30(3)"]


def test_title_in_capitals_alone() -> None:
    # words of the title not in the table's form, all capitalised: a title's still
    text = HEAD + (
        "Beyond this, the duty in s1(1)(a) does not apply by virtue of Section 30(3) Proceedings By Public "
        "Authorities.\n"
    )
    assert grounds(text) == ["s30(2)", "s30(3)"]


def test_the_act_explained_stays_an_explanation() -> None:
    # near miss: "allows a public authority to" explains s30(3); beside s30(2) relied on, it is no ground
    text = HEAD + (
        "Section 30(3) allows a public authority to neither confirm nor deny whether it holds such "
        "information in some cases.\n"
    )
    assert grounds(text) == ["s30(2)"]


# web20_18's family: the pre-2018 chain "Section 40(2)(3)" relied on, and the amended Act's
# "40(2)&(3A)(a)" in another heading. The chain's s40(3) is a leaf as written (CONVENTIONS: s40(3)
# printed with s40(2) is relied on), not the subsection 40(3A) was split from told again.
CHAIN = (
    "You asked for the minutes of the working group and the names of those who attended.\n"
    "The minutes are attached. The names of the members have been withheld.\n"
    "Section 40(2)(3) \u2013 Personal Information\n"
    "The names are exempt because they are the personal data of people other than you.\n"
)


def test_chain_leaf_beside_the_amended_subsection() -> None:
    text = CHAIN + "Reasons for decision\nSection 40(2)&(3A)(a) - Personal Information\n"
    assert grounds(text) == ["s40(2)", "s40(3)", "s40(3A)(a)"]


def test_a_lone_parent_subsection_beside_the_amended_one_still_goes() -> None:
    # near miss: "Section 40(5)" on its own beside "40(5B)(a)(i)" is the subsection it was split from
    text = (
        "You asked whether the officer named in your email had been disciplined.\n"
        "The force's first reply cited Section 40(5) of the Act and did not confirm or deny it.\n"
        "On review the force maintains that it can neither confirm nor deny whether it holds the information, "
        "by virtue of Section 40(5B)(a)(i) of the Act.\n"
    )
    assert grounds(text) == ["s40(5B)(a)(i)"]

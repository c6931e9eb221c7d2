"""Grounds families behind web19's misses (session 7, fields10), each written for these tests in
several wordings with its opposite and the exact expected codes:

- a refusal as vexatious or repeated put only in words (no section printed) is s14, as a cost
  refusal in words is s12 (tests/real/README.md); under the EIR "manifestly unreasonable" in words
  is regulation 12(4)(b), in Scotland 10(4)(b). Not the requester's words, the Act's test, a
  warning, or a finding withdrawn (web19_02);
- a cost refusal saying the records are not held in a form that "allows" them to be extracted
  within the 18-hour threshold (web19_23);
- a FOISA section lettered directly ("30(b)(i)") continuing a list after a bracketed title
  (web19_14);
- a subsection whose limbs follow inline after its harm ("section 35(1), information whose
  release would prejudice substantially (a) ... and (b) ...", web19_01).
"""
from __future__ import annotations

import pytest

from parser.fields.sections import split_request_response
from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    """The codes relied on, with the request told apart as the pipeline tells it."""
    request, _ = split_request_response(text)
    return [e.code for e in find_exemptions(text, regime=regime, request_text=request)]


VEXATIOUS = [
    ("treating_as_vexatious",
     "Response\nThe force is treating this request as vexatious because supplying the documents would "
     "place a disproportionate burden on it: hundreds of pages would have to be read and redacted.\n",
     ["s14"]),
    ("reported_saying_vexatious",
     "The force refused to hand over anything, saying the request was \"vexatious\" and that checking "
     "the papers would take up too much staff time.\n",
     ["s14"]),
    ("consider_to_be_vexatious",
     "Response\nHaving looked at the history of your correspondence with us, we consider your latest "
     "request to be vexatious and will not be answering it.\n",
     ["s14"]),
    ("deemed_vexatious_passive",
     "Decision\nYour request has been deemed vexatious, given the burden it would place on the "
     "disclosure team and the number of similar requests already answered.\n",
     ["s14"]),
    ("refused_as_repeated",
     "Response\nWe have refused your request as a repeated request: it is identical to the one you "
     "made on 4 March, which we answered on 28 March.\n",
     ["s14"]),
    ("is_a_vexatious_request_scottish",
     "Response\nThe Authority has concluded that this request is a vexatious request, as it forms part "
     "of a campaign intended to disrupt its work.\n",
     ["s14"]),
    # the reply cites s14(1) only in its annex of legislation: the finding takes that subsection
    ("annex_subsection",
     "Response\nWe are treating your request as vexatious, for the reasons set out below. The volume "
     "and tone of your recent correspondence are such that answering would divert staff from other "
     "work for several weeks, and the disclosure team has already answered eleven requests from you "
     "on the same subject this year.\nAppendix A\nSection 14(1) of the Act provides that a public "
     "authority is not obliged to comply with a request for information if the request is vexatious.\n",
     ["s14(1)"]),
    # opposites: the requester's words, the Act's test, a warning, a finding withdrawn or negated
    ("requester_hopes_not",
     "Request\nI hope you will not treat this request as vexatious; it is my first to the force.\n"
     "Response\nThe force holds 12 records of the kind you describe, and they are listed below.\n",
     []),
    ("act_test_explained",
     "Response\nThe Act means an authority need not comply with a request if the request is vexatious. "
     "We have answered your request in full: the figures are below.\n",
     []),
    ("warning_future",
     "Response\nThe figures are attached. Should you continue to ask for the same material, we may "
     "treat your requests as vexatious in future.\n",
     []),
    ("negated_finding",
     "Response\nWe do not consider your request to be vexatious, although it is a long one; the "
     "information is attached.\n",
     []),
    ("finding_withdrawn_on_review",
     "Internal review\nThe decision to treat your request as vexatious has been overturned, and the "
     "information is now provided.\n",
     []),
    ("count_of_requests",
     "Response\nIn 2022 the number of requests refused as vexatious was 7, and in 2023 it was 4.\n",
     []),
    ("request_text_asks",
     "Request\nPlease tell me how often the force has found a request to be vexatious in the last year.\n"
     "Response\nThe force found 3 requests vexatious in that period.\n",
     []),
]


@pytest.mark.parametrize(("name", "text", "expected"), VEXATIOUS, ids=[v[0] for v in VEXATIOUS])
def test_vexatious_or_repeated_in_words(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


UNREASONABLE = [
    ("eir_manifestly_unreasonable",
     "Response\nWe consider your request to be manifestly unreasonable because of the time needed to "
     "review 392 records for personal data.\n", "EIR", ["r12(4)(b)"]),
    ("scottish_eir_manifestly_unreasonable",
     "Response\nThis request is considered manifestly unreasonable under the Environmental Information "
     "(Scotland) Regulations, given the work it would take.\n", "EIR", ["r10(4)(b)"]),
    # opposites: the EIR's term in a reply under the Act, and the words negated
    ("foia_reply_uses_eir_term",
     "Response\nWe do not agree that your request is manifestly unreasonable; the figures are attached.\n",
     "EIR", []),
    ("foia_regime_no_eir_ground",
     "Response\nThe requester said the force had treated the request as manifestly unreasonable before. "
     "The figures are attached.\n", "FOIA", []),
]


@pytest.mark.parametrize(("name", "text", "regime", "expected"), UNREASONABLE, ids=[u[0] for u in UNREASONABLE])
def test_manifestly_unreasonable_in_words(name: str, text: str, regime: str, expected: list[str]) -> None:
    assert grounds(text, regime) == expected


COST_IN_FORM = [
    ("allows_it_to_be_extracted",
     "Response\nThe information you asked for is not held in a form that allows it to be extracted "
     "within the permitted 18 hour threshold.\n", ["s12"]),
    ("would_enable_us_to_retrieve",
     "Response\nThe data is not recorded in a way which would enable us to retrieve it within the "
     "cost limit, as each file would need to be opened.\n", ["s12"]),
    ("permits_them_to_be_collated",
     "Response\nThese details are not kept in a format that permits them to be collated within the "
     "appropriate limit.\n", ["s12"]),
    # opposites: held in such a form (and given), a form unrelated to the limit, the requester's condition
    ("held_in_such_a_form",
     "Response\nThe information is held in a form that allows it to be extracted within the 18 hour "
     "threshold, and it is given below: 14 incidents in 2021.\n", []),
    ("not_in_a_form_for_publication",
     "Response\nThe report is not held in a form that allows it to be published, so a summary of its "
     "findings is given instead.\n", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), COST_IN_FORM, ids=[c[0] for c in COST_IN_FORM])
def test_not_held_in_a_form_the_limit_allows(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text) == expected


LETTERED_AFTER_TITLE = [
    ("foisa_30_b_i_after_title",
     "We cannot give you part of what you asked for, because the exemptions under section 29(1)(a) "
     "(formulation of government policy) and 30(b)(i) (free and frank provision of advice) of FOISA "
     "apply to it.\n", ["s29(1)(a)", "s30(b)(i)"]),
    ("foisa_30_c_then_act",
     "Some papers are withheld under section 33(1)(b) (commercial interests) and 30(c) of FOISA.\n",
     ["s33(1)(b)", "s30(c)"]),
    ("foisa_30_b_ii_titled",
     "The exemptions in sections 38(1)(b) (personal information) and 30(b)(ii) (free and frank "
     "exchange of views) apply.\n", ["s38(1)(b)", "s30(b)(ii)"]),
    # opposites: a lone lettered number after a title that points elsewhere
    ("paragraph_reference_after_title",
     "Names are withheld under section 38(1)(b) (personal information) and 2(a) below explains the "
     "redactions.\n", ["s38(1)(b)"]),
]


@pytest.mark.parametrize(("name", "text", "expected"), LETTERED_AFTER_TITLE, ids=[c[0] for c in LETTERED_AFTER_TITLE])
def test_lettered_section_continues_after_title(name: str, text: str, expected: list[str]) -> None:
    assert grounds(text, "FOISA") == expected


INLINE_LIMBS = [
    ("foisa_35_prejudice_substantially",
     "The information is exempt under section 35(1), information whose release would be likely to "
     "prejudice substantially (a) the prevention and detection of crime and (b) the apprehension or "
     "prosecution of offenders; and section 39(1).\n", "FOISA", ["s35(1)(a)", "s35(1)(b)", "s39(1)"]),
    ("foia_31_dash_would_prejudice",
     "We rely on Section 31(1) - disclosure would prejudice (a) the prevention or detection of crime, "
     "(b) the apprehension of offenders and (c) the administration of justice.\n", "FOIA",
     ["s31(1)(a)", "s31(1)(b)", "s31(1)(c)"]),
    ("foia_38_endanger_one_limb",
     "The names are withheld under section 38(1), as their release would be likely to endanger (a) the "
     "physical or mental health of any individual.\n", "FOIA", ["s38(1)(a)"]),
    ("foia_30_purposes",
     "The file is exempt under section 30(1), information held for the purposes of (a) any "
     "investigation which the force has a duty to conduct.\n", "FOIA", ["s30(1)(a)"]),
    # opposites: parts of the information lettered (no harm verb), the Act's whole list quoted, the
    # Act's own words, and limbs out of order
    ("information_parts_lettered",
     "Section 40(2), personal data, covers (a) names and (b) home addresses, which are removed.\n",
     "FOIA", ["s40(2)"]),
    ("whole_list_quoted",
     "Section 31(1), information whose disclosure would prejudice (a) crime, (b) offenders, (c) justice, "
     "(d) tax, (e) immigration, (f) prisons.\n", "FOIA", ["s31(1)"]),
    ("act_words_quoted",
     "Section 31(1), information is exempt information if its disclosure would prejudice (a) the "
     "prevention or detection of crime.\n", "FOIA", []),
    ("limb_after_clause_end",
     "The sites are exempt under section 31(1), law enforcement; disclosure would prejudice the work "
     "described at (a) in the annex.\n", "FOIA", ["s31(1)"]),
    ("out_of_order",
     "Section 31(1), disclosure would prejudice (b) the apprehension of offenders and (a) the "
     "prevention of crime.\n", "FOIA", ["s31(1)"]),
]


@pytest.mark.parametrize(("name", "text", "regime", "expected"), INLINE_LIMBS, ids=[c[0] for c in INLINE_LIMBS])
def test_limbs_named_inline_after_the_harm(name: str, text: str, regime: str, expected: list[str]) -> None:
    assert grounds(text, regime) == expected


SCOTTISH = [
    ("foisa_vexatious_in_words",
     "Response\nThe Authority has concluded that this request is a vexatious request, as it forms part "
     "of a campaign intended to disrupt its work.\n", ["s14"]),
    ("foisa_repeated_in_words",
     "Response\nYour request is a repeat of a request you made in January, which we answered in full, "
     "so we are not obliged to comply with it.\n", ["s14"]),
    # opposite: the requester's own words in a Scottish review request
    ("foisa_requester_denies",
     "Request for review\nI do not accept that my request is vexatious and ask you to review the decision.\n"
     "Response\nThe review upholds the answer given: the figures were sent on 3 May.\n", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), SCOTTISH, ids=[s[0] for s in SCOTTISH])
def test_vexatious_or_repeated_in_words_foisa(name: str, text: str, expected: list[str]) -> None:
    found = find_exemptions(text, regime="FOISA", request_text=split_request_response(text)[0])
    assert [(e.code, e.statute) for e in found] == [(code, "FOISA") for code in expected]

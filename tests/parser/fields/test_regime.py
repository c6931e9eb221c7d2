"""regime.find_regime: FOIA, FOISA (Scotland) or EIR."""
from __future__ import annotations

import pytest

from parser.fields.regime import find_regime, statute_mentions


@pytest.mark.parametrize(
    ("text", "authority_id", "expected"),
    [
        ("Your request under the Freedom of Information Act 2000 has been considered.", None, "FOIA"),
        ("I am writing in response to your request under the FOIA, received on 9 June 2016.", "kent", "FOIA"),
        ("Information request and response under the Freedom of Information (Scotland) Act 2002.", None, "FOISA"),
        ("This is a notice under Section 17 of FOISA - information not held.", "spa", "FOISA"),
        # A Scottish authority answering without naming the Act is still under FOISA.
        ("We have considered your request and the information is attached.", "police-scotland", "FOISA"),
        # Scottish EIRs: s39(2) FOISA only moves the request to the EIRs.
        ("Section 39(2) of FOISA applies, so we must deal with your request under the Environmental "
         "Information (Scotland) Regulations 2004 (EIRs). We do not hold it: regulation 10(4)(a) applies.",
         "scottish-government", "EIR"),
        ("Your request has been handled under the Environmental Information Regulations 2004. "
         "Regulation 12(5)(a) applies.", None, "EIR"),
        ("We rely on the exception in Regulation 12(4)(b) of the EIR.", None, "EIR"),
        ("As your request concerns environmental information, it has been handled under the Regulations rather "
         "than the Freedom of Information Act. You may ask for a reconsideration under regulation 11 of the EIR.",
         "dyfed-powys", "EIR"),
        # EIR named only in passing is not the regime.
        ("Under the Freedom of Information Act 2000 we hold this. The EIR were not engaged.", None, "FOIA"),
        # No Act named, but the Act's language: sections, the Commissioner, exemptions.
        ("In relation to your request, the following exemption applies: Section 14(1) - Vexatious.", "south-wales", "FOIA"),
        ("The Council is applying Section 14 to this request.", None, "FOIA"),
        ("Thank you for your email about parking.", None, None),
        # A police force's disclosure is under the FOI Act unless it says otherwise.
        ("Please find the figures attached.", "cambridgeshire", "FOIA"),
        ("Please find the figures attached.", "spa", "FOISA"),
        ("", None, None),
    ],
)
def test_find_regime(text: str, authority_id: str | None, expected: str | None) -> None:
    assert find_regime(text, authority_id=authority_id) == expected


def test_statute_mentions_counts_each_act() -> None:
    text = ("Freedom of Information Act 2000 (FOIA). Data Protection Act 2018. "
            "Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
    assert statute_mentions(text) == {"FOIA": 2, "DPA": 1, "FOIFEES": 1}


def test_seed_is_foia(seed_bytes: bytes) -> None:
    assert find_regime(seed_bytes.decode("utf-8"), authority_id="cleveland") == "FOIA"


# A body outside Scotland naming the Scottish Act beside its own (a referral to Police Scotland),
# and its opposites: a Scottish body, and a body naming the Scottish Act more often than the UK one.
BOTH_ACTS = ("Kent Police has considered your request under the Freedom of Information Act 2000. "
             "Police Scotland answers under the Freedom of Information (Scotland) Act 2002.")


@pytest.mark.parametrize(("text", "authority_id", "expected"), [
    (BOTH_ACTS, "kent", "FOIA"),
    (BOTH_ACTS, "btp", "FOIA"),
    (BOTH_ACTS, "police-scotland", "FOISA"),
    ("We answer under the Freedom of Information (Scotland) Act 2002 (FOISA), not the Freedom of "
     "Information Act 2000.", "kent", "FOISA"),
])
def test_scottish_act_named_by_a_body_outside_scotland(text: str, authority_id: str, expected: str) -> None:
    assert find_regime(text, authority_id=authority_id) == expected


@pytest.mark.parametrize(("text", "authority_id", "expected"), [
    # fields9: a council's archive of "information requests" names no Act: the FOI Act
    ("Search the archive of information requests\nDevon County Council does not hold this information.",
     "devon-county-council", "FOIA"),
    # a Scottish body's: the Scottish Act
    ("Search the archive of information requests\nThe council does not hold this information.",
     "moray-council", "FOISA"),
    # opposite: the EIR named as the handling regime win; and no such words, no regime
    ("Your information request was handled under the Environmental Information Regulations 2004.",
     "devon-county-council", "EIR"),
    ("Devon County Council does not hold this information.", "devon-county-council", None),
])
def test_information_request_language(text: str, authority_id: str, expected: str | None) -> None:
    assert find_regime(text, authority_id=authority_id) == expected

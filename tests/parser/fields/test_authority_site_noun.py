"""A body outside the gazetteer that its reply calls only by its head noun ("The Trust holds this
information", "the Council has decided"), named in full by the site it stands on: the page title's
site part or the name opening the site's header band (web20_11, an NHS trust's Prevent reply,
session 7 fields11). The noun decides: a site whose name ends in a noun the reply never uses of
itself is not taken. Every text is written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.authority import find_authority

TRUST_REPLY = (
    "Freedom of Information Request: 0311 2020/21\n"
    "Please give the number of safeguarding referrals made by your Trust in 2019.\n"
    "The Trust holds this information, but it is withheld under section 24(1) of the Act.\n"
)


@pytest.mark.parametrize(
    ("text", "meta", "chrome", "expected"),
    [
        # the title's site part names the trust; the reply says "The Trust"
        (TRUST_REPLY, {"title": "FOI 0311 Safeguarding referrals - Riverside Hospitals NHS Foundation Trust"}, "",
         ("Riverside Hospitals NHS Foundation Trust", "riverside-hospitals-nhs-foundation-trust")),
        # ... or the header band opens with it
        (TRUST_REPLY, {}, "Riverside Hospitals NHS Foundation Trust Riverside and Moorfield hospitals Patients | Contact",
         ("Riverside Hospitals NHS Foundation Trust", "riverside-hospitals-nhs-foundation-trust")),
        # a board and a partnership, by "our" and "this"
        ("Our Board considered your request and the minutes are attached.\n",
         {"title": "Minutes request | Northshire Health Board"}, "",
         ("Northshire Health Board", "northshire-health-board")),
        ("This Partnership does not hold a list of the meetings you asked about.\n",
         {"og:site_name": "Eastvale Community Safety Partnership"}, "",
         ("Eastvale Community Safety Partnership", "eastvale-community-safety-partnership")),
        # ... not when the reply never calls itself by the site name's noun
        ("The information you asked for is not held.\n",
         {"title": "FOI 0311 Safeguarding referrals - Riverside Hospitals NHS Foundation Trust"}, "", (None, None)),
        ("The Council holds no such list.\n",
         {"title": "FOI 0311 Safeguarding referrals - Riverside Hospitals NHS Foundation Trust"}, "", (None, None)),
        # ... nor from the title's first part, which is the topic, not the site
        (TRUST_REPLY, {"title": "Riverside Hospitals NHS Foundation Trust referrals - Request archive"}, "", (None, None)),
    ],
    ids=["title", "header", "board-our", "partnership-this", "noun-unused", "other-noun", "topic-part"],
)
def test_site_named_by_its_noun(text: str, meta: dict[str, str], chrome: str, expected: tuple) -> None:
    assert find_authority(text, meta=meta, chrome=chrome) == expected


def test_a_reply_naming_its_force_keeps_it_over_the_site() -> None:
    text = "Kent Police holds this information and the Trust's figures are below.\n"
    meta = {"title": "Referrals - Riverside Hospitals NHS Foundation Trust"}
    assert find_authority(text, meta=meta)[1] == "kent"

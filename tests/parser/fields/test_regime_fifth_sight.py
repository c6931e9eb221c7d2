"""Regime kinds from session 5 (issue 14): the Scottish Act written with "(Scotland)" after "Act" or
without brackets, and a reply that names the Scottish Information Commissioner as its appeal route
while calling the Act loosely "the Freedom of Information Act". Each with its opposite. Texts
written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.regime import find_regime

CASES = [
    ("scotland_after_act", "This response is made under the Freedom of Information Act (Scotland) 2002.", "FOISA"),
    ("scotland_unbracketed", "We have dealt with your request under the Freedom of Information Scotland Act.", "FOISA"),
    ("scottish_commissioner_appeal", "Your request under the Freedom of Information Act has been considered. If you "
     "remain unhappy you may appeal to the Scottish Information Commissioner.", "FOISA"),
    ("commissioner_site", "Your FOI request has been answered. Appeals: www.itspublicknowledge.info/appeal", "FOISA"),
    # opposites: the UK Commissioner as the route, both named, the UK Act with its year
    ("uk_commissioner_appeal", "Your request under the Freedom of Information Act has been considered. You may "
     "complain to the Information Commissioner, Wycliffe House, Wilmslow.", "FOIA"),
    ("both_commissioners", "A request to Police Scotland goes to the Scottish Information Commissioner; you may "
     "complain to the ICO at Wycliffe House. The Freedom of Information Act 2000 applies.", "FOIA"),
    ("uk_act", "Under the Freedom of Information Act 2000 we hold 4 records.", "FOIA"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_scottish_act_and_appeal_route(name: str, text: str, expected: str) -> None:
    assert find_regime(text) == expected

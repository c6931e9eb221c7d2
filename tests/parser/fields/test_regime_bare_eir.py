"""EIR exceptions cited with no Act named (session 7, web19_09): a regulator's log page lists
"Regulation 13 - Personal Information" and "Regulation 12(5)(a)" under "Exemptions applied" and
never spells out "EIR"; only the exceptions say which regime it is. Opposites: the same number
as a regulation of another instrument, an Act named beside the citation, and a bare "regulation
13" that is not the personal-data exception. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser.fields.regime import find_regime

CASES = [
    ("reg_12_5_a_listed",
     "FOI disclosures\nExemptions applied\nRegulation 12(5)(a) - disclosure would adversely affect "
     "national security or public safety.", "EIR"),
    ("reg_13_personal_information",
     "Information released\nExemptions applied\nRegulation 13 - Personal Information. This is "
     "absolute.", "EIR"),
    ("reg_abbreviated_12_4_b",
     "Your FOI request\nWe have applied Reg. 12(4)(b): the request is manifestly unreasonable.", "EIR"),
    ("scottish_10_4_a",
     "Freedom of information request\nWe do not hold this; regulation 10(4)(a) applies.", "EIR"),
    ("reg_13_personal_data_colon",
     "Request about site inspections\nNames withheld under Regulation 13: personal data.", "EIR"),
    # opposites: another instrument's regulation, the Act named, a regulation 13 that is not the exception
    ("police_regulations_13",
     "Your FOI request\nThe officer was dismissed under Regulation 13 of the Police Regulations 2003; "
     "personal information about him is withheld.", "FOIA"),
    ("conduct_regulations_12",
     "FOI response\nRegulation 12(4) of the Police (Conduct) Regulations 2020 sets the time limits.", "FOIA"),
    ("act_named_beside",
     "Under the Freedom of Information Act 2000 we withhold names. Regulation 12(5)(a) was considered "
     "but this is not environmental information.", "FOIA"),
    ("reg_13_not_personal",
     "Your FOI request\nRegulation 13 sets out how the fee is calculated.", "FOIA"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_eir_exception_without_act(name: str, text: str, expected: str) -> None:
    assert find_regime(text) == expected

"""A log whose field labels were lost prints received and responded dates as two bare lines:
the later one is the reply's; a lone date line, or a second line that is earlier, keeps the first."""
from __future__ import annotations

import pytest

from parser.fields.dates import find_dates

_HEAD = "PUB 1200\n15000\nVehicle Fleet\nFull Disclosure\n"
_TAIL = "\nEnquiries are complete and the force holds the information.\n"


@pytest.mark.parametrize(
    ("dates", "response"),
    [
        # received then responded: the later is the reply
        ("24 August 2021\n07 September 2021", "2021-09-07"),
        ("3 March 2019\n1 April 2019", "2019-04-01"),
        # opposites: a single date line stays; a second line that is earlier is some other event
        ("24 August 2021", "2021-08-24"),
        ("07 September 2021\n24 August 2021", "2021-09-07"),
        # a second line with prose after its date is a sentence, not the pair's twin
        ("24 August 2021\n07 September 2021 the data was extracted", "2021-08-24"),
    ],
)
def test_a_bare_date_pair_gives_the_later_as_the_reply(dates: str, response: str) -> None:
    assert find_dates(_HEAD + dates + _TAIL).response == response

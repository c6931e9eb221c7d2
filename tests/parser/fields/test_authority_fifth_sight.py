"""Authority kinds from session 5 (issue 14): a page whose response never names its writer, while the
site's own header or footer band does - a fire and rescue service's or a council's name opening the
band or on its copyright line. Opposite: a body a band only mentions. Pages written for these tests."""
from __future__ import annotations

import pytest

from parser import parse

PAGE = """<html><head><title>Hose reels (812/2019)</title></head><body>
<header>{header}</header>
<main><h1>Hose reels (812/2019)</h1>
<p>Reference No: 812/2019</p>
<p>Request: how many hose reels were replaced in 2018?</p>
<p>Response: 14 hose reels were replaced in 2018, at a cost of 2,310 pounds.</p></main>
<footer>{footer}</footer>
</body></html>"""

CASES = [
    ("fire_service_opens_header", "Humberside Fire and Rescue Service | Prevention · Protection · Response",
     "Accessibility · Site map", ("Humberside Fire and Rescue Service", "humberside-frs")),
    ("council_on_copyright_line", "Home · Services · Contact", "© 2019 Leeds City Council · Privacy",
     ("Leeds City Council", "leeds-city-council")),
    # opposite: a band that only mentions a body
    ("band_only_mentions_a_body", "Home · Services · Contact", "Working in partnership with Leeds City Council",
     (None, None)),
]


@pytest.mark.parametrize(("name", "header", "footer", "expected"), CASES, ids=[c[0] for c in CASES])
def test_site_band_names_the_writer(name: str, header: str, footer: str, expected: tuple) -> None:
    record = parse(PAGE.format(header=header, footer=footer).encode(), content_type="text/html", path="p.html")
    assert (record.authority, record.authority_id) == expected

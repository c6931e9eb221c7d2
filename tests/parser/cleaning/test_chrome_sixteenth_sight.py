"""Chrome family behind web29's leak (session 8, round15): a log template's label in a box of its own
(a div, "Disclosure Details") right over the entry's heading goes from an HTML page, as it goes
from page text. Near misses keep it: the same label as a paragraph beside the title (GOV.UK's caption,
test_chrome_thirteenth_sight), as the page's own heading, with no heading right after it, and a box
whose words are the response's own. Pages written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html

_ENTRY = "<h1>Cycle thefts - 108/21</h1><p>Dated: 07 Jun 2021</p><p>There were 41 such thefts in 2021.</p>"


def _page(inner: str) -> str:
    return f"<html><body>{inner}</body></html>"


@pytest.mark.parametrize("html", [
    _page(f'<div class="panel-title">Disclosure Details</div><div class="entry">{_ENTRY}</div>'),
    _page(f'<main><div>FOI release</div>{_ENTRY}</main>'),
])
def test_box_label_over_the_heading_goes(html: str) -> None:
    lines = clean_html(html).body_text.splitlines()
    assert lines[0] == "Cycle thefts - 108/21"
    assert "There were 41 such thefts in 2021." in lines


@pytest.mark.parametrize(("html", "kept"), [
    # a paragraph beside the title: the page's own caption
    (_page(f"<main><p>Disclosure Details</p>{_ENTRY}</main>"), "Disclosure Details"),
    # the page's own heading
    (_page(f"<main><h2>Release details</h2><p>There were 41 such thefts in 2021.</p></main>"), "Release details"),
    # no heading right after the box
    (_page('<main><div>Disclosure Details</div><p>There were 41 such thefts in 2021.</p></main>'),
     "Disclosure Details"),
    # a box whose words are the response's
    (_page(f'<div class="panel-title">Request details</div><div class="entry">{_ENTRY}</div>'), "Request details"),
])
def test_near_misses_keep_the_label(html: str, kept: str) -> None:
    assert kept in clean_html(html).body_text.splitlines()

"""A log entry's keyword list: its closing full stop does not make it a sentence, and an element
classed "keywords" is page chrome. Each beside the content that looks like it and must stay."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html
from parser.cleaning.lines import chrome_family

REPLY = "Thank you for your request of 2 March 2024 for the number of speed cameras on the A303."
ANSWER = "We hold the information and can tell you that there are 14 fixed cameras on that road."


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Vehicle, Fleet, Cars, Vans, Lease, Contract, Supplier, Cost, Value, Term, Home, Office.", "keywords"),
        ("Vehicle, Fleet, Cars, Vans, Lease, Contract, Supplier, Cost, Value, Term, Home, Office", "keywords"),
        # opposites: a short list of places with a full stop, and a sentence naming many places
        ("Wessex, Dorset, Devon, Cornwall, Wiltshire.", None),
        ("Officers were sent to Wessex, Dorset, Devon, Cornwall, Wiltshire, Hampshire, Kent, Essex, Surrey and Sussex.", None),
    ],
)
def test_a_keyword_list_closing_with_a_full_stop(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


def test_an_element_classed_keywords_is_chrome_and_the_answer_stays() -> None:
    html = (
        "<html><body><main>"
        '<p class="keywords">Speed, Cameras, Roads, A303.</p>'
        f"<p>{REPLY}</p><p>{ANSWER}</p>"
        "</main></body></html>"
    )
    assert clean_html(html).body_text == f"{REPLY}\n{ANSWER}"


def test_a_paragraph_not_classed_keywords_stays() -> None:
    # opposite: the same short list in an unclassed paragraph is content
    html = (
        "<html><body><main>"
        "<p>Speed, Cameras, Roads, A303.</p>"
        f"<p>{REPLY}</p><p>{ANSWER}</p>"
        "</main></body></html>"
    )
    assert clean_html(html).body_text == f"Speed, Cameras, Roads, A303.\n{REPLY}\n{ANSWER}"

"""Chrome kinds left in web26 at its first sight and in older batches (session 8, fields14): a
quick-exit bar that says what its button does ("Escape takes you off this site at once | Exit site")
and the button's words as a cell of the bar; a log page's template labels alone in a page's text
("FOI release", "Disclosure Details", a "Documents" box); a force's strapline alone on a line, with
or without its name before a dash. Several wordings, beside sentences of a response with the same
words that stay. Every line is written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html, clean_text
from parser.cleaning.lines import chrome_family

CASES = [
    ("Escape takes you off this site at once | Exit site", "exit"),
    ("This button will take you away from this website straight away", "exit"),
    ("Pressing it gets you out of this site quickly", "exit"),
    ("Home | Leave site", "exit"),
    ("Exit site | Contact us", "exit"),
    # near misses: a response's own sentences with the same words stay
    ("The portal takes you off the list after a year.", None),
    ("Officers were told to leave the site at 4pm.", None),
    ("Officers left the site | 14 | 12", None),
    ("The new booking system takes you out of the queue once an appointment is made, which is why the "
     "figures for 2023 fall.", None),
    # a log page's template labels alone (page text only)
    ("FOI release", "page_about"),
    ("EIR release", "page_about"),
    ("Disclosure details", "page_about"),
    ("Documents", "navigation"),
    ("Request details", None),
    ("FOI release dates are listed in the table.", None),
    ("Documents held by the unit", None),
    # a force's strapline alone, with or without its name before a dash
    ("Working together for a safer Exampleshire", "strapline"),
    ("Wessex Police - proud to protect", "strapline"),
    ("Creating a Safer Fenland", "strapline"),
    ("Taking pride in keeping Midshire safe", "strapline"),
    ("Safer, stronger Borderland", "strapline"),
    ("Putting people first", "strapline"),
    ("Protecting and serving the people of Wessex", "strapline"),
    ("The scheme is making the roads safer for cyclists.", None),
    ("Keeping children safe online", None),
    ("We are working together for a safer Exampleshire, and the figures are below.", None),
    ("Putting the figures first", None),
]


@pytest.mark.parametrize(("line", "family"), CASES, ids=[c[0][:40] for c in CASES])
def test_chrome_thirteenth_sight(line: str, family: str | None) -> None:
    assert chrome_family(line) == family


def test_template_labels_go_from_a_page_text_only() -> None:
    text = ("Exampleshire Fire disclosure log\n"
            "FOI release\n"
            "Case reference FOI2026/00123\n"
            "You asked how many fires involved e-bikes in 2024. There were 41 such fires in 2024.\n"
            "Documents\n"
            "Hosted disclosure log \u00b7 Accessibility \u00b7 Privacy\n")
    body = clean_text(text).body_text.splitlines()
    assert "FOI release" not in body and "Documents" not in body
    assert "Case reference FOI2026/00123" in body
    # in HTML the page's structure decides: a type label beside the title stays
    html = "<html><body><main><p>FOI release</p><h1>E-bike fires</h1><p>There were 41 such fires in 2024.</p></main></body></html>"
    assert "FOI release" in clean_html(html).body_text


def test_strapline_goes_from_under_a_letter_sign_off() -> None:
    text = ("Dear Requester,\n"
            "You asked how many e-bikes were stolen in 2024. The force recorded 312 thefts of e-bikes in 2024.\n"
            "Yours sincerely,\n"
            "Information Rights Unit\n"
            "Exampleshire Police\n"
            "Working together for a safer Exampleshire\n")
    body = clean_text(text).body_text.splitlines()
    assert "Working together for a safer Exampleshire" not in body
    assert "Exampleshire Police" in body and "Information Rights Unit" in body


def test_exit_bar_goes_from_the_top_of_a_page_text() -> None:
    text = ("Escape takes you off this site at once | Exit site\n"
            "Home > FOI and access to information > Disclosure log > March 2023\n"
            "Information on patrol cars\n"
            "You asked how many patrol cars the force had in each year from 2019 to 2022.\n"
            "The force had 212 patrol cars in 2022; the yearly figures are set out below.\n")
    body = clean_text(text).body_text
    assert "Escape takes you" not in body and "Exit site" not in body
    assert "The force had 212 patrol cars in 2022" in body


def test_choices_under_a_listing_instruction_go() -> None:
    text = ("Exampleshire Council\n"
            "Home > Freedom of information > Departments > Fire and Rescue\n"
            "All FOI requests for this department are listed below; choose a sub-department to see fewer.\n"
            "Animal Rescues | Staff Numbers | Fire Vehicles | Incidents and Call Outs\n"
            "Reference Number: 5123\n"
            "Q.1 How many thermal cameras does the service hold? A.1 The service holds 14 thermal cameras.\n")
    body = clean_text(text).body_text.splitlines()
    assert not any("Animal Rescues" in line for line in body)
    assert "Reference Number: 5123" in body


def test_a_row_of_labels_elsewhere_stays() -> None:
    # near miss: the same row under any other line is a table's header or the answer's own
    text = ("Exampleshire Council\n"
            "Home > Freedom of information > Departments > Fire and Rescue\n"
            "The incidents attended in 2024 were of these kinds, as the attached sheet sets out in full:\n"
            "Animal Rescues | Staff Numbers | Fire Vehicles | Incidents and Call Outs\n"
            "Q.1 How many thermal cameras does the service hold? A.1 The service holds 14 thermal cameras.\n")
    body = clean_text(text).body_text.splitlines()
    assert "Animal Rescues | Staff Numbers | Fire Vehicles | Incidents and Call Outs" in body

"""Chrome families behind web30's leaks (session 8, round16): a request site's toggle for the quoted
earlier mail in another wording ("show the quoted parts"); the mail footer asking the reader to spare
paper, which a thread prints between its messages, where no zone reaches; and a hosting page's
masthead above a copied email's opening ("----- Original Message -----" over "Sent: ..."). Near misses
keep their lines: sentences about quoted parts or printing, a divider with no header field under it,
a body's name above the divider, and a sentence above it. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser.cleaning.clean import clean_html, clean_text
from parser.cleaning.lines import chrome_family

_REPLY = (
    "<p>Dear Ms Hale,</p>"
    "<p>The force holds 14 speed cameras on the bypass, and a list of their sites is attached.</p>"
)


def _thread(between: str) -> str:
    return (
        "<html><body><div class='correspondence'>"
        "<div class='message'><p>Dear Wessex Transport,</p><p>Please list your speed cameras.</p></div>"
        f"<div class='message'><p>Thank you, we will reply within 20 working days.</p>{between}</div>"
        f"<div class='message'>{_REPLY}</div>"
        "</div></body></html>"
    )


@pytest.mark.parametrize("line", [
    "show the quoted parts",
    "Hide the quoted parts",
    "Show all quoted text",
    "show quoted sections",
])
def test_quoted_text_toggles_are_widgets(line: str) -> None:
    assert chrome_family(line, weak=False) == "widget"


@pytest.mark.parametrize("line", [
    "Think of the environment before you print this e-mail.",
    "Please consider the environment before printing this email",
    "Think about the environment before printing.",
    "Only print this email if necessary.",
])
def test_green_footer_lines(line: str) -> None:
    assert chrome_family(line, weak=False) == "email_footer"


def test_green_footer_and_toggle_go_between_a_threads_messages() -> None:
    between = "<p>Think of the environment before you print this e-mail.</p><p class='quoted'>show the quoted parts</p>"
    lines = clean_html(_thread(between)).body_text.splitlines()
    assert "Think of the environment before you print this e-mail." not in lines
    assert "show the quoted parts" not in lines
    assert "Thank you, we will reply within 20 working days." in lines
    assert "The force holds 14 speed cameras on the bypass, and a list of their sites is attached." in lines


@pytest.mark.parametrize("line", [
    # sentences of a response about quoted parts or printing
    "Show the quoted parts of the letter to the panel.",
    "We think of the environment before we print anything.",
    "Please print this email and return it signed.",
    "The officers print this email for the file only if necessary, as the policy says.",
    # asked as a question: protected as a request's own
    "Do you really need to print this e-mail?",
])
def test_near_misses_are_no_chrome(line: str) -> None:
    assert chrome_family(line, weak=False) is None
    assert chrome_family(line) is None


_MESSAGE = (
    "----- Original Message -----\n"
    "Sent: Tuesday, March 4, 2014 10:12 AM\n"
    "Subject: Freedom of Information Response\n"
    "Dear Sir\n"
    "You asked for the number of dog bites reported in the district, and the Council does not hold that information.\n"
    "Yours faithfully\n"
)


def test_a_hosts_masthead_above_a_copied_email_goes() -> None:
    text = "Open Records Campaign\nIndex of free information\n" + _MESSAGE
    lines = clean_text(text).body_text.splitlines()
    assert lines[0] == "Sent: Tuesday, March 4, 2014 10:12 AM"
    assert "----- Original Message -----" not in lines


@pytest.mark.parametrize(("text", "kept"), [
    # a body's name above the opening: the authority step reads it
    ("Ferris District Council\nIndex of free information\n" + _MESSAGE, "Ferris District Council"),
    # no header field under the divider: no copied email's opening
    ("Open Records Campaign\n----- Original Message -----\nDear Sir\n" + _MESSAGE.split("Dear Sir\n", 1)[1],
     "Open Records Campaign"),
    # a sentence above the divider: the zone ran through a letter, nothing above it is a masthead
    ("Short heading line\nPlease find below the reply the council sent me about dog bites last month.\n" + _MESSAGE,
     "Short heading line"),
    # a title carrying a figure stays
    ("Dog bites 2013\n" + _MESSAGE, "Dog bites 2013"),
])
def test_near_misses_keep_the_lines_above(text: str, kept: str) -> None:
    assert kept in clean_text(text).body_text.splitlines()

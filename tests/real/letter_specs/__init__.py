"""Specs of the letters half of the real-derived corpus, one module per batch.

Each module holds LETTERS: a list of dicts, one per response, rendered by
tests/real/render_letters.py. Every spec names the real page it was taken from
(`source_url`); facts (references, dates, figures, citations as written, table cells) are
kept exactly, the prose is reworded, and any part the stored copy of the page did not
hold is said in the label's notes as a completion.
"""
from __future__ import annotations

# Reworded closing paragraphs shared by many letters (each body's real letters carry one).
FOIA_RIGHTS = (
    "If you are not satisfied with the way your request has been handled, you can ask for an "
    "internal review within 40 working days of the date of this letter. Should you remain "
    "dissatisfied after the review, you may complain to the Information Commissioner, Wycliffe "
    "House, Water Lane, Wilmslow, Cheshire SK9 5AF."
)
FOISA_RIGHTS = (
    "Should you be unhappy with this response, you may ask us to review it by writing within 40 "
    "working days of receiving this letter. If you are still unhappy after the review, you may "
    "apply to the Scottish Information Commissioner within six months for a decision; an appeal "
    "on a point of law lies to the Court of Session."
)
EIR_RIGHTS = (
    "You may ask for our decision to be reconsidered by writing to us within 40 working days. "
    "If you remain unhappy once the reconsideration is complete, the Information Commissioner "
    "can be asked to look at the way your request was dealt with."
)

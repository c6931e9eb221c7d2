"""A partial needs a real giving beside a real withholding or not-held part: a giving that is only
weak evidence (an answer pointing to another answer, the request's own items under their numbers,
a list of the years asked about, a sentence saying the request is set out below) yields to the
single kind on the other side. Each case has its opposite, where the giving is real."""
from __future__ import annotations

import pytest

from parser import parse

CASES = [
    # an answer that only points to another answer gives nothing of its own
    ("pointer_to_not_held_answer",
     "Question 1: How many tasers did the force buy in 2021?\nThe force does not hold this information.\n"
     "Question 2: How many tasers did the force buy in 2022?\nPlease see the answer to Question 1.\n"
     "Question 3: How much did they cost?\nAs above.\n",
     "not_held"),
    ("pointer_beside_a_real_answer",
     "Question 1: How many tasers did the force buy in 2021?\nThe force does not hold this information.\n"
     "Question 2: Which firm supplied the tasers in use?\nThe tasers in use were supplied by Axon Public Safety.\n",
     "partial"),
    ("refer_to_response_numbered",
     "1. Does the council run a dog warden service?\nThe council has no dog warden service, so no records of one are held.\n"
     "2. How many warden patrols took place last year?\nRefer to our response to question 1.\n",
     "not_held"),
    # the years asked about, one to a line, are no figures given
    ("years_listed_then_nothing_held",
     "You asked for the yearly cost of repairs to the force boat for these years:\n2019\n2020\n2021\n"
     "Having made enquiries, we can tell you that no information is held.\n",
     "not_held"),
    ("figures_by_year_then_a_year_not_held",
     "You asked for the yearly cost of repairs to the force boat.\nThe costs were as follows:\n2019 - 4,120\n2020 - 3,870\n"
     "Figures for 2021 are not held.\n",
     "partial"),
    # "the request is set out below with our answer" names where the answer is, it gives nothing
    ("request_set_out_then_not_held",
     "Your request has been handled, and the request is set out below with our reply.\n"
     "You asked how many horses the mounted section keeps.\nThe force has no mounted section, so no information is held.\n",
     "not_held"),
    ("information_set_out_below",
     "The information you requested is set out below.\n"
     "You asked how many horses the mounted section keeps.\nThe mounted section keeps 11 horses.\n",
     "disclosed"),
    # the request's own items under their numbers, beside a refusal of the whole request on cost
    ("request_items_beside_whole_cost_refusal",
     "Request Number: FOI/2210\nWe can confirm the force holds information relevant to your request. However, to locate, "
     "retrieve and extract it would exceed the appropriate limit, so Section 12(1) applies to your request as a whole.\n"
     "Request 1\nCopies of the force's guidance on dealing with noise nuisance reports.\n"
     "Request 2\nYearly figures for noise nuisance reports received (2019-2024), broken down by district.\n",
     "refused"),
    ("answers_beside_a_cost_refusal_of_one_part",
     "Response\nSearching every call record would exceed the appropriate limit under section 12.\n"
     "Question 1\nThe control room was moved to Bridge Street in 2019.\n"
     "Question 2\nThe duty inspector approves each noise warrant.\n",
     "partial"),
    # two verbs of keeping joined: "not logged or recorded"
    ("count_given_calls_not_logged",
     "You asked how many complaints the office received by post, email and telephone last year.\n"
     "Nine complaints were received by post or email. Telephone calls are not logged or recorded, so no figure can be given for them.\n",
     "partial"),
    ("count_given_calls_logged",
     "You asked how many complaints the office received by post, email and telephone last year.\n"
     "Nine complaints were received by post or email. Telephone calls are logged separately, and four came in that way.\n",
     "disclosed"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_weak_giving_yields(name: str, text: str, expected: str) -> None:
    record = parse(text.encode(), path=f"{name}.txt")
    assert record.outcome == expected

"""Grounds and outcome family behind web28_07's miss (session 8, round14): a cost refusal put only in
words, the records said to be kept, arranged or organised in no way that lets the writer give the
information within the appropriate (cost) limit ("our data are not arranged in a way that lets us give
you all of this information within the appropriate (cost) limit"): s12 relied on, and beside a
goodwill sentence the outcome is partial. Near misses: the same records said to allow it, a hoped-for
limit, and a request's condition keep no ground. Texts written for these tests."""
from __future__ import annotations

import pytest

from parser import parse
from parser.fields.sections import split_request_response
from parser.judgement.exemptions import find_exemptions


def grounds(text: str, regime: str | None = "FOIA") -> list[str]:
    request, _ = split_request_response(text)
    return [e.code for e in find_exemptions(text, regime=regime, request_text=request)]


REQUEST = "Request\nPlease give me the number of missing persons reports for each month of 2019.\nResponse\n"


@pytest.mark.parametrize("sentence", [
    "Sadly our data are not arranged in a way that lets us give you all of this information within the "
    "appropriate (cost) limit of the Freedom of Information (FOI) Act.",
    "Our records are not organised in a way that would let us provide all of it within the appropriate limit.",
    "The logs are not indexed in a form which allows us to search every entry within the cost limit.",
    "Our data are not organised in such a way as to allow us to provide this information within the "
    "appropriate (cost) limit within the Freedom of Information (FOI) Act.",
    "These files are not structured in any way that lets us extract the figures within the 18 hour limit.",
])
def test_records_arranged_in_no_way_that_fits_the_limit(sentence: str) -> None:
    assert grounds(REQUEST + sentence + "\n") == ["s12"]


@pytest.mark.parametrize("sentence", [
    # the records allow it: no refusal
    "Our data are arranged in a way that lets us give you all of this information within the cost limit.",
    # the requester's condition, in their words
    "If your data are not arranged in a way that lets you answer within the cost limit, please give me 2019 only.",
    # nothing about a limit
    "Our data are not arranged in a way that lets us give you the names of the officers.",
])
def test_near_misses_keep_no_ground(sentence: str) -> None:
    assert grounds(REQUEST + sentence + "\n") == []


def test_cost_in_words_then_goodwill_is_partial() -> None:
    text = (REQUEST + "Sadly our data are not arranged in a way that lets us give you all of this information "
            "within the appropriate (cost) limit of the Freedom of Information (FOI) Act.\n"
            "Even though the excess cost takes away the force's obligations under the Act, as a gesture of "
            "goodwill I have supplied the monthly totals below.\nJanuary 2019: 410\n")
    record = parse(text.encode(), path="t.txt")
    assert (record.outcome, [e.code for e in record.exemptions]) == ("partial", ["s12"])

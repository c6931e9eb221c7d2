"""nlp: the shared spaCy pipeline (sentences, citation tokens, gazetteer/legislation entities)."""
from __future__ import annotations

import pytest

from parser.judgement import nlp


def test_pipeline_is_built_once_with_rule_components() -> None:
    assert nlp.get_nlp() is nlp.get_nlp()
    assert nlp.get_nlp().pipe_names == ["sentencizer", "foi_entities"]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("under Section 31(1)(a), and", ["under", "Section", "31(1)(a)", ",", "and"]),
        ("s40(5B)(a)(i) applies.", ["s40(5B)(a)(i)", "applies", "."]),
        ("Regulation 12(5)(b)", ["Regulation", "12(5)(b)"]),
        ("(see 38(1)(a))", ["(", "see", "38(1)(a)", ")"]),
    ],
)
def test_citations_stay_one_token(text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.get_nlp().make_doc(text)] == tokens


def test_sentences() -> None:
    text = "Cleveland Police can confirm it holds the information. Section 31(1)(a) applies. Please see below."
    assert nlp.sentences(text) == [
        "Cleveland Police can confirm it holds the information.",
        "Section 31(1)(a) applies.",
        "Please see below.",
    ]
    assert nlp.sentence_spans(text) == [(0, 54), (55, 80), (81, 98)]


def test_pipe_sentences_batches() -> None:
    assert nlp.pipe_sentences(["One. Two.", "Three."]) == [["One.", "Two."], ["Three."]]


def test_entities_from_the_data_files() -> None:
    text = ("Cleveland Police can confirm under the Freedom of Information Act 2000 that GMP and the "
            "Cleveland Police and Crime Commissioner hold it; FOISA does not apply.")
    assert nlp.entities(text) == [
        ("AUTHORITY", "Cleveland Police", "cleveland", 0, 16),
        ("LAW", "Freedom of Information Act 2000", "FOIA", 39, 70),
        ("AUTHORITY", "GMP", "gmp", 76, 79),
        ("AUTHORITY", "Cleveland Police and Crime Commissioner", "pcc-cleveland", 88, 127),
        ("LAW", "FOISA", "FOISA", 137, 142),
    ]


def test_abbreviations_are_case_sensitive() -> None:
    assert nlp.entities("the officers met police colleagues at the spa") == []

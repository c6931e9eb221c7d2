"""The spaCy pipeline, built once per process on spacy.blank("en") (no model download).

Later steps ask it for sentences; run it only over the text that needs it (it is the
costliest step per character).
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentences(text: str) -> list[str]:
    return [s.text for s in get_nlp()(text).sents]

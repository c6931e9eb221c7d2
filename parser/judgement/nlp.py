"""The spaCy pipeline, built once per process on spacy.blank("en") (no model download).

Pipeline: tokenizer (with a rule keeping statute citations such as "31(1)(a)" or
"s40(5B)(a)(i)" one token, where the stock English tokenizer splits off the last ")"),
"sentencizer", then "foi_entities": a PhraseMatcher fed from parser/data/authorities.csv
(label AUTHORITY, kb_id = authority id) and parser/data/legislation.csv (label LAW, kb_id =
statute code). Later steps ask for sentences with `sentences()`, which skips the entity
component; run the pipeline only over the text that needs it (it is the costliest step per
character), and batch with `pipe_sentences()` (nlp.pipe).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

# spaCy is imported on first use, not with the parser: its import costs ~1.5 s of CPU per
# process (every `foi parse`, every reparse worker) and most pages never need it.
if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# "31(1)(a)", "s31(1)(a)", "S.38(1)(a)", "40(5B)(a)(i)", "12(5)(b)": one token each.
_CITATION_TOKEN = re.compile(r"^(?:[sSrR]\.?)?\d{1,3}[A-Za-z]{0,2}(?:&?\([0-9A-Za-z]{1,5}\))+$")
_ENTITY_PIPE = "foi_entities"


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("parser").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


class FoiEntities:
    """Marks authority and legislation names as entities, patterns from the data files."""

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")  # abbreviations: "GMP", "Met", "SPA"
        self.kb: dict[str, tuple[str, str]] = {}
        tokenizer = nlp.tokenizer
        for row in _read_csv("authorities.csv"):
            for i, phrase in enumerate([row["name"], *row["aliases"].split(";")]):
                if not phrase:
                    continue
                key = f"AUTHORITY|{row['id']}"
                self.kb[key] = ("AUTHORITY", row["id"])
                short = len(phrase) <= 5 or phrase.isupper() or phrase.split()[0] in {"Met", "MoD"}
                (self.exact if short else self.matcher).add(key, [tokenizer(phrase)])
        for row in _read_csv("legislation.csv"):
            key = f"LAW|{row['statute']}"
            self.kb[key] = ("LAW", row["statute"])
            for phrase in [row["name"], *row["aliases"].split(";")]:
                if phrase:
                    matcher = self.exact if phrase.isupper() else self.matcher
                    matcher.add(key, [tokenizer(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = []
        for matcher in (self.matcher, self.exact):
            for match_id, start, end in matcher(doc):
                label, kb_id = self.kb[doc.vocab.strings[match_id]]
                spans.append(Span(doc, start, end, label=label, kb_id=kb_id))
        doc.ents = filter_spans(spans)  # longest wins: "Cleveland Police and Crime Commissioner"
        return doc


def make_foi_entities(nlp: Language, name: str) -> FoiEntities:
    return FoiEntities(nlp)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline (built on first use, then cached for the process)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(_ENTITY_PIPE):
        Language.factory(_ENTITY_PIPE, func=make_foi_entities)
    nlp = spacy.blank("en")
    stock = nlp.tokenizer.token_match

    def token_match(text: str) -> bool:
        return bool(_CITATION_TOKEN.match(text)) or bool(stock and stock(text))

    nlp.tokenizer.token_match = token_match
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(_ENTITY_PIPE)
    return nlp


# spaCy's tokenizer strips prefixes and suffixes one character at a time, rescanning the
# rest of the token each time: a run of 20,000 "(" took 126 s. Such runs are broken up with
# spaces before tokenizing (same length, so every character offset stays true).
_PUNCT_RUN = re.compile(r"[^\w\s]{16,}")
_LONG_TOKEN = re.compile(r"\S{1000,}")


def _spaced(run: str) -> str:
    return "".join(c if i % 2 == 0 else " " for i, c in enumerate(run))


def _chopped(run: str) -> str:
    return " ".join(run[i:i + 255] for i in range(0, len(run), 256))[:len(run)]


def defuse(text: str) -> str:
    """`text` with runs that make tokenizing quadratic broken up, same length and offsets."""
    text = _PUNCT_RUN.sub(lambda m: _spaced(m.group()), text)
    return _LONG_TOKEN.sub(lambda m: _chopped(m.group()), text)


def nlp_doc(text: str, *, entities: bool = False) -> "Doc":
    """The pipeline run over `text` made safe to tokenize (offsets are those of `text`;
    take sentence text from `text` by offset, not from the Doc, which may hold spaces)."""
    nlp = get_nlp()
    safe = defuse(text)
    if len(safe) >= nlp.max_length:
        nlp.max_length = len(safe) + 1  # callers bound their text (parser/formats/limits.py)
    return nlp(safe) if entities else nlp(safe, disable=[_ENTITY_PIPE])


def sentences(text: str) -> list[str]:
    """Sentence texts of `text` (tokenizer + sentencizer only: the fast path)."""
    return [text[s.start_char:s.end_char] for s in nlp_doc(text).sents]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, for mapping regex hits onto sentences."""
    return [(s.start_char, s.end_char) for s in nlp_doc(text).sents]


def pipe_sentences(texts: Iterable[str], *, batch_size: int = 64) -> list[list[str]]:
    """Sentences of many texts, batched through nlp.pipe."""
    nlp = get_nlp()
    texts = list(texts)
    docs = nlp.pipe((defuse(t) for t in texts), batch_size=batch_size, disable=[_ENTITY_PIPE])
    return [[t[s.start_char:s.end_char] for s in doc.sents] for t, doc in zip(texts, docs)]


def entities(text: str) -> list[tuple[str, str, str, int, int]]:
    """(label, text, kb_id, start_char, end_char) of authority and legislation names."""
    doc = nlp_doc(text, entities=True)
    return [(e.label_, text[e.start_char:e.end_char], e.kb_id_, e.start_char, e.end_char) for e in doc.ents]

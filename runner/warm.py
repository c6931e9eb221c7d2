"""Imported once by the worker fork server for long jobs (crawl, reparse): the parser and
spaCy loaded and run once, so every worker forked from it starts warm."""

import runner.warm_parser  # noqa: F401

try:  # spaCy is loaded on first need; workers should not each pay its ~1.5 s import
    from parser.judgement.nlp import get_nlp

    get_nlp()
except Exception:  # noqa: BLE001
    pass

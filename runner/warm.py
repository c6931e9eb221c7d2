"""Imported once by the worker fork server: load the parser and run it on a small response,
so every worker forked from it starts with spaCy and the gazetteers already in memory."""

try:
    from parser import parse

    parse(b"Freedom of Information request 207-24. Section 31(1)(a) applies.\n2017 | 4\n",
          content_type="text/plain")
except Exception:  # noqa: BLE001 - a broken parser is reported per job, not here
    pass

try:  # spaCy is loaded on first need; workers should not each pay its ~1.5 s import
    from parser.judgement.nlp import get_nlp

    get_nlp()
except Exception:  # noqa: BLE001
    pass

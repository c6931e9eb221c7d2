"""Imported once by the worker fork server: the parser, run on a small response, so workers
forked from it start with its modules and data loaded (spaCy is left to first need)."""

try:
    from parser import parse

    parse(b"Freedom of Information request 207-24. Section 31(1)(a) applies.\n2017 | 4\n",
          content_type="text/plain")
except Exception:  # noqa: BLE001 - a broken parser is reported per job, not here
    pass

"""Stage 3, fields: the labelled facts of a response (reference, authority, regime, dates, request/response split)."""

"""Tell the request apart from the response in a response's text."""
from __future__ import annotations


def split_request_response(text: str) -> tuple[str, str]:
    return "", text

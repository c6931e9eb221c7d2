"""Tell the request apart from the response in a response's text.

Three shapes occur on real disclosure logs, tried in this order:
1. numbered pairs ("Request 1" ... "Answer 1", "Question 2" ... "Response 2"; PSNI and many
   letters): every request block goes to the request, every answer block to the response;
2. headings or lead-in phrases ("REQUEST" / "RESPONSE", "You asked:" / "In Response:",
   "I note you seek access to the following information:", "Below is your request and our
   response"): the request runs from the lead-in to the first response heading or to the
   first line that opens an answer ("Having made enquiries", "Cleveland Police can confirm");
3. nothing recognisable: everything is response.
Cue phrases live in parser/data/sections.yml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_SCAN_CHARS = 200_000
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class _Patterns:
    request_heading: re.Pattern[str]
    response_heading: re.Pattern[str]
    request_lead: re.Pattern[str]
    openers: tuple[re.Pattern[str], ...]
    numbered_request: re.Pattern[str]
    numbered_answer: re.Pattern[str]


def _alt(items: list[str]) -> str:
    return "|".join(item.replace(" ", r"\s+") for item in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    cfg = yaml.safe_load(resources.files("parser").joinpath("data/sections.yml").read_text(encoding="utf-8"))
    line_end = r"[ \t]*[:.]?[ \t]*$"
    numbered_tail = r"\b[ \t]*(?:[:.)\-\u2013][ \t]*)?(?P<rest>.*)$"
    # Openers naming a body ("Cleveland Police can confirm") need their capitals; the rest fold case.
    named = [o for o in cfg["response_openers"] if "[A-Z]" in o]
    folded = [o for o in cfg["response_openers"] if "[A-Z]" not in o]
    return _Patterns(
        request_heading=re.compile(r"^[ \t]*(?:" + _alt(cfg["request_headings"]) + ")" + line_end, re.I | re.M),
        response_heading=re.compile(
            r"^[ \t]*(?:" + _alt(cfg["response_headings"]) + "|" + cfg["answer_numbered"] + ")" + line_end, re.I | re.M
        ),
        # Every lead-in opens with one of these letters: checking it first skips most positions.
        request_lead=re.compile(r"(?<!\w)(?=[yibrw])(?:" + _alt(cfg["request_leads"]) + ")", re.I | re.M),
        openers=(
            re.compile(r"^[ \t]*(?:" + _alt(folded) + ")", re.I | re.M),
            re.compile(r"^[ \t]*(?:" + _alt(named) + ")", re.M),
        ),
        numbered_request=re.compile(r"^[ \t]*(?:" + cfg["request_numbered"] + ")" + numbered_tail, re.I | re.M),
        numbered_answer=re.compile(r"^[ \t]*(?:" + cfg["answer_numbered"] + ")" + numbered_tail, re.I | re.M),
    )


def _next_line(text: str, pos: int) -> int:
    """Position after the end of the line holding `pos` (or len(text))."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end + 1


def request_start(text: str) -> int | None:
    """Where the request's own words begin, or None when nothing introduces a request."""
    p = _patterns()
    starts = []
    m = p.request_heading.search(text)
    if m:
        starts.append(_next_line(text, m.end()))
    m = p.request_lead.search(text)
    if m:
        rest = text[m.end(): _next_line(text, m.end())].strip()
        starts.append(m.end() if len(rest) > 15 else _next_line(text, m.end()))
    return min(starts) if starts else None


def _response_start(text: str, after: int) -> int | None:
    """First response heading or answer-opening line at or after `after`."""
    p = _patterns()
    found = []
    m = p.response_heading.search(text, after)
    if m:
        found.append(m.start())
    # The request's first line is never the response, whatever it opens with.
    first_body_line = _next_line(text, after) if text[after:_next_line(text, after)].strip() else after
    for opener in p.openers:
        m = opener.search(text, first_body_line)
        if m:
            found.append(m.start())
    return min(found) if found else None


@lru_cache(maxsize=8)  # asked for by dates, authority and the split of the same text
def request_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the request in `text` for the heading/lead-in shape, else None."""
    start = request_start(text)
    if start is None:
        return None
    end = _response_start(text, start)
    if end is None:
        # No answer marker: the request is the paragraph after its lead-in.
        body = start + len(text[start:]) - len(text[start:].lstrip())
        blank = _BLANK_LINE.search(text, body)
        end = blank.start() if blank else len(text)
    return start, end


def _numbered(text: str) -> tuple[str, str] | None:
    p = _patterns()
    heads = [(m.start(), m.end(), "request", m.group("rest")) for m in p.numbered_request.finditer(text)]
    if not heads:
        return None
    answers = [(m.start(), m.end(), "answer", m.group("rest")) for m in p.numbered_answer.finditer(text)]
    if not any(a[0] > heads[0][0] for a in answers):
        return None
    marks = sorted(heads + answers)
    requests: list[str] = []
    responses: list[str] = []
    preamble = text[: marks[0][0]]
    pre_span = request_span(preamble)
    if pre_span:
        responses.append(preamble[: pre_span[0]])
        requests.append(preamble[pre_span[0]:])
    else:
        responses.append(preamble)
    for i, (start, end, kind, rest) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        block = (rest + "\n" if rest.strip() else "") + text[_next_line(text, start): stop]
        (requests if kind == "request" else responses).append(block)
    return _join(requests), _join(responses)


def _join(parts: list[str]) -> str:
    return "\n".join(part.strip() for part in parts if part.strip())


def split_request_response(text: str) -> tuple[str, str]:
    """(request_text, response_text); ("", text) when the request cannot be told apart."""
    if not text or not text.strip():
        return "", ""
    # Past the first 200 000 characters (appendices, attached data) everything is response.
    text, overflow = text[:_SCAN_CHARS], text[_SCAN_CHARS:]
    numbered = _numbered(text)
    if numbered:
        request, response = numbered[0], numbered[1] + "\n"
    else:
        span = request_span(text)
        if span is None:
            request, response = "", text
        else:
            request, response = text[span[0]:span[1]].strip(), text[span[1]:]
    return request, (response + overflow).strip()

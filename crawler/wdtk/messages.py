"""Pure reading of Alaveteli's request JSON and request page: the messages of one request,
what kind each is, and an internal review's outcome. No I/O."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from lxml import html as lhtml

PATTERNS = Path(__file__).with_name("patterns.yml")


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    return yaml.safe_load(PATTERNS.read_text(encoding="utf-8"))


@dataclass
class Message:
    """One message of a request as its page shows it."""

    id: int
    direction: str  # incoming (from the authority) | outgoing (from the requester)
    text: str
    at: str | None
    attachments: list[str] = field(default_factory=list)  # absolute paths on the site
    kind: str = ""  # incoming: response | clarification_request | internal_review


def page_messages(page: bytes) -> dict[int, Message]:
    """Every `#incoming-<id>` / `#outgoing-<id>` block of a request page."""
    doc = lhtml.fromstring(page)
    out: dict[int, Message] = {}
    for div in doc.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' correspondence ')][@id]"):
        m = re.fullmatch(r"(incoming|outgoing)-(\d+)", div.get("id", ""))
        if not m:
            continue
        text_div = div.xpath(".//div[contains(@class, 'correspondence_text')]")
        paras = [p.text_content().strip() for p in (text_div[0].xpath(".//p") if text_div else [])]
        text = "\n\n".join(p for p in paras if p) or (text_div[0].text_content().strip() if text_div else "")
        times = div.xpath(".//time/@datetime")
        links = div.xpath(".//a[contains(@href, '/attach/')]/@href")
        out[int(m.group(2))] = Message(int(m.group(2)), m.group(1), text, times[0] if times else None, list(links))
    return out


def classify(events: list[dict[str, Any]], messages: dict[int, Message]) -> list[Message]:
    """The authority's messages in event order, each with its kind: a reply after the
    requester asked for an internal review (an outgoing event the requester marked
    `internal_review`) is the review's answer; a reply the requester marked
    `waiting_clarification` asks for clarification; any other is a response."""
    out: list[Message] = []
    in_review = False
    for ev in events:
        if ev.get("outgoing_message_id") is not None:
            if ev.get("described_state") == "internal_review":
                in_review = True
            continue
        mid = ev.get("incoming_message_id")
        if ev.get("event_type") != "response" or mid is None or mid not in messages:
            continue
        msg = messages[mid]
        if in_review:
            msg.kind = "internal_review"
        elif ev.get("described_state") == "waiting_clarification":
            msg.kind = "clarification_request"
        else:
            msg.kind = "response"
        out.append(msg)
    return out


def review_outcome(text: str) -> str | None:
    """upheld | overturned | partly_upheld from an internal review's answer (patterns.yml)."""
    low = " ".join(text.lower().split())
    for outcome, phrases in patterns()["review_outcome"].items():
        if any(re.search(p, low) for p in phrases):
            return outcome
    return None


def request_text(events: list[dict[str, Any]], messages: dict[int, Message]) -> str:
    """The requester's first message: the request itself."""
    for ev in events:
        mid = ev.get("outgoing_message_id")
        if ev.get("event_type") == "sent" and mid in messages:
            return messages[mid].text
    return ""

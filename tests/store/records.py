"""Small hand-made records and parse functions shared by the store tests."""
from __future__ import annotations

import os

from parser.record import Disclosure, Exemption, Table
from store import StoredDoc


def hostage_record(**changes: object) -> Disclosure:
    """A Cleveland response shaped like the seed (207-24): two grounds and one table."""
    record = Disclosure(
        authority="Cleveland Police", authority_id="cleveland", regime="FOIA",
        reference="207-24", title="Hostage negotiators",
        published_date="2024-03-12", request_date="2024-02-01", response_date="2024-03-10",
        outcome="partial", ncnd=False,
        exemptions=[
            Exemption(code="s31(1)(a)", section="31", statute="FOIA", name="Law enforcement",
                      evidence="Section 31(1)(a) and (b) applies."),
            Exemption(code="s31(1)(b)", section="31", statute="FOIA", name="Law enforcement",
                      evidence="Section 31(1)(a) and (b) applies."),
        ],
        tables=[Table(header=["Year", "Deployments"], rows=[["2017", "4"], ["2018", "2"],
                                                           ["2019", "<5"]],
                      caption="Negotiator deployments", source="text")],
        request_text="Please tell me how many trained hostage negotiators you have.",
        response_text="The number of hostage negotiator deployments is given below.",
        body_text="Request: how many trained hostage negotiators. Response: deployments below.",
        warnings=[],
    )
    for key, value in changes.items():
        setattr(record, key, value)
    return record


def parse_v1(page: StoredDoc, attachments: list[StoredDoc]) -> Disclosure:
    """A stand-in parser: the title is the first line of the page."""
    text = page.content.decode()
    if "EXPLODE" in text:
        raise ValueError(f"cannot read {page.url}")
    return Disclosure(title=text.splitlines()[0], body_text=text,
                      warnings=[f"attachments: {len(attachments)}"])


def parse_or_die(page: StoredDoc, attachments: list[StoredDoc]) -> Disclosure:
    """A parser that kills its worker process on one page, as a segfault in a C library would."""
    if b"CRASH" in page.content:
        os._exit(3)
    return parse_v1(page, attachments)


def parse_v2(page: StoredDoc, attachments: list[StoredDoc]) -> Disclosure:
    """The 'improved' stand-in parser: upper-case titles and attachment text appended."""
    text = page.content.decode()
    extra = " ".join(a.content.decode() for a in attachments)
    return Disclosure(title=text.splitlines()[0].upper(), body_text=f"{text} {extra}".strip(),
                      warnings=[f"attachments: {len(attachments)}"])

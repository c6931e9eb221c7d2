"""parser/sametext.py: one letter published twice is the same response; two letters of one
force in one template are not. The letters are the sample's Cleveland log responses
(data/sample, written by data/generate.py), each against a copy rewritten as WhatDoTheyKnow
carries it (a covering note, its reference written another way, lines reflowed, thousands
separators dropped) and against every other Cleveland letter."""
from __future__ import annotations

import itertools
import json
import re
import textwrap
from functools import lru_cache
from pathlib import Path

import pytest

from parser import RawDoc, parse_response
from parser.sametext import containment, fingerprint, same_response

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


@lru_cache(maxsize=1)
def letters() -> list[tuple[str, str]]:
    """(reference, text) of every readable Cleveland log response with its reference shown."""
    out = []
    for line in (SAMPLE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        page = SAMPLE / row["url_path"].lstrip("/") / "index.html"
        if row["force_id"] != "cleveland" or row.get("broken") or row.get("attachments") or not page.exists() \
                or not row.get("reference_shown"):
            continue
        host, _, rest = row["url_path"].lstrip("/").partition("/")
        record = parse_response(RawDoc(page.read_bytes(), f"https://{host}/{rest}", "text/html"), [])
        out.append((record.reference, f"{record.body_text}\n{record.response_text}"))
    return out


def as_wdtk(reference: str, text: str) -> tuple[str, str]:
    """The letter as a WhatDoTheyKnow reply: another reference spelling, a covering note,
    reflowed lines, no thousands separators."""
    digits = re.findall(r"\d+", reference)
    other = f"CLE/{digits[0]}/20{digits[-1]}" if len(digits) >= 2 else f"CLE/{reference}"
    body = text.replace(reference, other)
    body = re.sub(r"(?<=\d),(?=\d{3}\b)", "", body)
    note = (f"Dear A. Requester,\n\nPlease find below our response to your request.\n\nOur ref: {other}\n\n")
    return other, note + "\n".join(textwrap.wrap(" ".join(body.split()), 70))


def test_there_are_enough_letters() -> None:
    assert len(letters()) >= 50


def test_a_letter_and_its_wdtk_copy_are_the_same_response() -> None:
    for reference, text in letters():
        other, copy = as_wdtk(reference, text)
        a, b = fingerprint(text, reference), fingerprint(copy, other)
        assert containment(a, b) >= 0.9, reference
        assert same_response(a, b, (reference, other)), reference


def test_two_letters_of_one_force_are_not_the_same_response() -> None:
    prints = [(ref, fingerprint(text, ref)) for ref, text in letters()]
    worst = 0.0
    for (ra, a), (rb, b) in itertools.combinations(prints, 2):
        worst = max(worst, containment(a, b))
        assert not same_response(a, b, (ra, rb)), (ra, rb)
    assert worst < 0.6  # the same template, other questions: about half the shingles at most


def test_a_changed_figure_is_another_response() -> None:
    """Last year's answer repeated with new numbers: the same words, another disclosure."""
    reference, text = next((r, t) for r, t in letters() if len(fingerprint(t, r).figures) >= 3)
    figure = sorted(fingerprint(text, reference).figures)[0]
    changed = re.sub(rf"\b{figure}\b", str(figure + 1), text.replace(f"{figure:,}", str(figure)))
    a, b = fingerprint(text, reference), fingerprint(changed, reference)
    assert containment(a, b) >= 0.9
    assert not same_response(a, b, (reference, reference))


@pytest.mark.parametrize("a, b, same", [
    # too short to tell a letter from its template
    ("The information is not held.", "The information is not held.", False),
    # the same letter, reference spelled two ways, thousands separator or not
    ("Ref 528-17. We hold 2,243 records of arrests in 2016 and 4575 charges; the rest is exempt under "
     "section 40(2) because it is personal data of third parties and disclosure would breach the principles.",
     "Our ref: CLE/528/2017\nWe hold 2243 records of arrests in 2016 and 4575 charges; the rest is exempt under "
     "section 40(2) because it is personal data of third parties and disclosure would breach the principles.", True),
    # a covering note with numbers of its own on one side only
    ("We hold 2,243 records of arrests in 2016 and 4575 charges; the rest is exempt under section 40(2) "
     "because it is personal data of third parties and disclosure would breach the data protection principles.",
     "Please see our reply to request 700104 (message 3100011) below.\nWe hold 2,243 records of arrests in 2016 "
     "and 4575 charges; the rest is exempt under section 40(2) "
     "because it is personal data of third parties and disclosure would breach the data protection principles.",
     True),
    # same words, another figure
    ("We hold 2,243 records of arrests in 2016 and 4575 charges; the rest is exempt under section 40(2) "
     "because it is personal data of third parties and disclosure would breach the data protection principles.",
     "We hold 2,244 records of arrests in 2016 and 4575 charges; the rest is exempt under section 40(2) "
     "because it is personal data of third parties and disclosure would breach the data protection principles.",
     False),
])
def test_pairs(a: str, b: str, same: bool) -> None:
    refs = ("528-17", "CLE/528/2017")
    assert same_response(fingerprint(a, refs[0]), fingerprint(b, refs[1]), refs) is same

"""Grounds a person writes (`foi review set --grounds s31(1)(a),s40(2)`) as contract Exemptions.

Why in the parser: the codes must mean what the parser's codes mean (the provisions table
gives each its statute, section and title), so a corrected ground counts with the parser's.
"""
from __future__ import annotations

import re

from parser.judgement import provisions
from parser.record import Exemption

_CODE = re.compile(r"^(?P<kind>[sr])(?P<num>\d{1,2}[a-z]?)(?P<groups>(?:\([0-9a-z]{1,4}\))*)$")


class BadCode(ValueError):
    """A code that is not in the contract's notation or not a ground; the message names it."""


def parse_grounds(written: list[str], *, regime: str | None = None) -> list[Exemption]:
    """Each comma- or space-separated code as an Exemption, in the order given, once each.

    "s" codes are read under FOISA for a Scottish response (regime FOISA), else FOIA; "r"
    codes under the EIR. Raises BadCode naming the first code that is malformed, unknown or
    procedural (s1, s16, s17 ... are never grounds).
    """
    out: list[Exemption] = []
    for chunk in written:
        for raw in re.split(r"[,\s]+", chunk.strip()):
            if not raw:
                continue
            code = raw.lower().replace(" ", "")
            m = _CODE.match(code)
            if not m:
                raise BadCode(f"{raw!r} is not a code like s31(1)(a) or r12(5)(a)")
            statute = "EIR" if m.group("kind") == "r" else ("FOISA" if regime == "FOISA" else "FOIA")
            row = provisions.lookup("EISR" if statute == "EIR" and regime == "FOISA" else statute, code) \
                or provisions.lookup(statute, code)
            if row is None:
                raise BadCode(f"{raw!r} is not a provision of {statute} the parser knows")
            if row.role == "procedural":
                raise BadCode(f"{raw!r} is procedural under {statute} ({row.title}): never a ground")
            if code in {e.code for e in out}:
                continue
            out.append(Exemption(code=code, section=m.group("num"), statute=statute, name=row.title,
                                 ncnd=provisions.is_ncnd_code(statute, code)))
    return out

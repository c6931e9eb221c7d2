"""A grammar over characters for citations of FOI provisions, in every style responses use.

spaCy's tokenizer cuts "31(1)(a)" apart, so citations are found here with regular
expressions and the judgement step maps them onto sentences by character offsets.

One citation is a head ("Section 31(1)(a)", "s.40(2)", "Regulation 12(5)(a)", or a bare
"31(1)(a)(b)" after "exempt under") followed by continuations joined by "&", "and", ","
("& (b)", "and (3)(a)", ", 24(2)", "& 3A(a)"), then optionally a title ("- Law
Enforcement", "(cost of compliance)") and a statute ("of FOISA", "of the Data Protection
Act"). Each becomes normalised leaf codes: "s" + section + every sub-level in parentheses,
lower case; "r" for regulations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from parser.judgement import cues, provisions

_ROMAN = r"(?:viii|vii|iii|ii|iv|vi|ix|v|x|i)"
_GROUP_TOKEN = rf"(?:\d{{1,2}}[A-Za-z]?|{_ROMAN}|[A-Za-z])"
# A group's ")" may be missing where the next "(" opens ("Regulation 12(5(b)", a typing slip
# real replies make): the structure is still plain.
# A last ")" may be missing too where the clause ends ("exempt under Section 40(2.", "section 38
# (1)(a, of the Act"): the clause's punctuation closes it.
_CLOSE = r"(?:\)|(?=\()|(?=[.,;:](?:\s|$)))"
_GROUP = rf"\(\s*{_GROUP_TOKEN}\s*{_CLOSE}"
# A last sub-level letter written without its brackets right after one ("Section 31(1)a",
# another slip real replies make); only a lone letter, never the start of a word ("31(1)and").
_BARE_LETTER = r"(?<=\))[a-z](?![A-Za-z0-9(])"
_GROUPS = rf"(?:\s?{_GROUP})*(?:{_BARE_LETTER})?"
_ROMAN_ONLY = re.compile(rf"^{_ROMAN}$", re.I)

# "Section", "Sections", "Section(s)", "Sect.", "Sec", "ss.", "s.", "s", "§", "Regulation(s)", "Reg.", "r."
_HEAD = re.compile(
    rf"""(?<![A-Za-z'’])
    (?:
      (?P<sec>sections?(?:\(s\))?|sect\.?|secs?\.?|ss\.?|s\.\s?|s(?=\d)|s\s(?=\d{{1,2}}\s?\()|§§?\s?|adran(?:nau)?)
      |(?P<reg>regulations?(?:\(s\))?|regs?\.?|r\.\s?|r(?=\d))
    )\s*
    (?P<num>\d{{1,2}}(?!\d)(?:[A-Z](?![a-z]))?)
    (?P<groups>{_GROUPS})""",
    re.X | re.I,
)
# A bare "31(1)(a)(b)" is a citation only where the words before say an exemption follows.
_BARE = re.compile(rf"(?<![\w(./£$-])(?P<num>\d{{1,2}})(?P<groups>\s?\(\s*\d{{1,2}}[A-Za-z]?\s*\){_GROUPS})")
_BARE_CONTEXT = re.compile(
    r"(?:exempt\w*|exceptions?|under|virtue\s+of|rel(?:y|ying|ied)\s+(?:up)?on|engag\w+|apply(?:ing)?|FOIA|FOISA|EIRs?)"
    r"(?:\s+(?:at|in|of|under|from))?\s*[:\-–]?\s*$",
    re.I,
)
_SUBSECTION = re.compile(r",?\s*sub-?\s?(?:section|paragraph)s?\s*\(?\s*(\d{1,2}[A-Za-z]?)\s*\)?" + f"(?P<groups>{_GROUPS})", re.I)
_SEP = re.compile(r"\s*(?:,\s*(?:and/or|and|or|&)?|&|\+|/|\band/or\b|\band\b|\bor\b|\bto\b|[-–])\s*", re.I)
_CONT_PREFIXED = re.compile(
    rf"(?:sections?|sect\.?|secs?\.?|ss\.?|s\.\s?|s(?=\d)|regulations?|regs?\.?|r\.\s?|r(?=\d))\s*(?P<num>\d{{1,2}}(?!\d)(?:[A-Z](?![a-z]))?)(?P<groups>{_GROUPS})",
    re.I,
)
_CONT_GROUPS = re.compile(rf"(?P<groups>{_GROUP}{_GROUPS})")
_CONT_NUMBER = re.compile(rf"(?P<num>\d{{1,2}}(?!\d)(?:[A-Za-z](?![a-z]))?)(?P<groups>{_GROUPS})(?![\d/.:,]\d)")
_TITLE_THEN_NUMBER = re.compile(
    rf"\s*(?:[-–—:]?\s*(?P<title>(?:[A-Z][a-z]+|&)(?:\s+(?:[A-Z][a-z]+|&|and|of|the|or)){{0,6}}?)"
    rf"|(?P<title2>\([A-Za-z][^()]{{1,60}}\)))"
    rf"\s*(?:,\s*|\s+and\s+|\s*&\s*)\d{{1,2}}[A-Z]?\s?\(\s*(?:\d|[a-z][a-z ]{{3,}}|[A-Z][a-z]+\s+[A-Za-z]"
    # a section lettered directly, as FOISA letters s30 ("29(1)(a) (policy) and 30(b)(i) (free and
    # frank advice) of FOISA", gov.scot, tests/real web19_14): a letter with a sub-level or a title
    # after it, or the Act named right after it; a lone "and 2(a) below" is no citation
    rf"|[a-z]\s*\)\s?\((?=\s*(?:[ivx]{{1,4}}|\d{{1,2}}|[a-z])\s*\)|[A-Za-z][a-z ]{{3,}})"
    rf"|[a-z]\s*\)(?=\s+(?:of|under)\s+(?:the\s+)?(?:FOISA|FOIA|FOI\(S\)A|Act\b|Freedom\s+of)))"
)
# After a titled item of a plural head ("sections 21 (Information accessible ...) and 22."), a
# last number with no sub-levels or title of its own still continues the list; a singular head
# ("section 22 (...) and 14 days later") does not.
_TITLE_THEN_LAST = re.compile(
    rf"\s*(?:[-–—:]?\s*(?P<title>(?:[A-Z][a-z]+|&)(?:\s+(?:[A-Z][a-z]+|&|and|of|the|or)){{0,6}}?)"
    rf"|(?P<title2>\([A-Za-z][^()]{{1,60}}\)))"
    rf"\s*(?:,\s*|\s+and\s+|\s*&\s*)\d{{1,2}}[A-Z]?(?=[ \t]*(?:[.;,)\n]|$)|\s+(?:of|under|in)\s|\s+(?:FOIA|FOISA)\b)"
)
_PLURAL_HEAD = re.compile(r"(?:sections|ss|secs)\b", re.I)
# Two sub-levels that are both numbers, one right after the other ("(1) (2)", "(2)(3A)").
_JUXTAPOSED_NUMBERS = re.compile(r"\(\s*(\d{1,2}[A-Za-z]?)\s*\)\s?\(\s*(\d{1,2}[A-Za-z]?)\s*\)")
# (Over a matched group string alone, whose unclosed last group ends the string.)
_TOKENS = re.compile(rf"\(\s*({_GROUP_TOKEN})\s*(?:{_CLOSE}|$)|({_BARE_LETTER})")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_CONNECTOR = re.compile(r"\s*\)?\s*,?\s*(?:\((?=[A-Za-z]))?(?:(?:of|under|in|within)\s+)?(?:the\s+)?", re.I)
_LEADING_STATUTE = re.compile(r"(?:\b(?P<foisa>FOISA|FOI\(S\)A)|\b(?P<foia>FOIA)|\b(?P<eir>EIRs?))\s*,?\s*$")
_LEADING_OTHER = re.compile(r"\b(?:Act|Regulations|GDPR)(?:\s+\d{4})?\s*,?\s*$")


# Fragments one of which every citation head contains (lower case): lines without any are
# never searched with the full grammar.
# One pass of a pattern that starts with a character class is the cheapest way to find
# them (measured: a third of the time of 40 str.find passes on a 32 KB body).
# Only the pairs a head can start with ("sec", "reg", "s.4", "r12", "(1"): "rec" in "record"
# or "seg" in "segment" no longer send their lines to the full grammar (a quarter fewer).
_HEAD_CANDIDATE = re.compile(r"(?:s(?:ec|s\.? ?\d|\.? ?\d)|r(?:eg|\.? ?\d)|§|adran|\(\.? ?\d)")
# A line that opens with a sub-level, continuing a citation the line before broke off.
_GROUP_NEXT_LINE = re.compile(rf"\n\s?{_GROUP}")


@dataclass(slots=True)
class Citation:
    """One citation as written, with its leaf codes and the statute it names (if any)."""

    start: int
    end: int
    kind: str  # "s" (section) or "r" (regulation)
    codes: list[str]
    statute: str | None = None  # "FOIA", "FOISA", "EIR", "EISR", "OTHER" when named next to it
    by_name: bool = False  # "the law enforcement exemption": no number written
    sections_written: list[str] = field(default_factory=list)
    # codes reached only through a sub-level written right after a sibling number with no joiner
    # ("Section 30 (1) (2)", "40(2)(3A)(a)"): a slip as often as a list
    juxtaposed: list[str] = field(default_factory=list)


def _kind_of(token: str, prev: tuple[str, str] | None) -> str:
    """'n' number, 'l' letter, 'r' roman. "i", "v", "x" are letters only when they follow
    the letter before them ("(h)(i)"), as FOIA s31(1)(i) does."""
    if token[0].isdigit():
        return "n"
    if len(token) > 1:
        return "r"
    if token in "ivx" and _ROMAN_ONLY.match(token):
        if prev is not None and prev[0] == "l" and ord(token) == ord(prev[1]) + 1:
            return "l"
        if prev is not None and prev[0] in ("l", "r"):
            return "r"
    return "l"


def _walk(path: list[tuple[str, str]], tokens: list[str], leaves: list[list[tuple[str, str]]],
          *, continuation: bool) -> list[tuple[str, str]]:
    """Apply sub-level tokens to a path; same-kind neighbours are siblings ("(a)(b)")."""
    path = list(path)
    for i, tok in enumerate(tokens):
        kind = _kind_of(tok, path[-1] if path else None)
        if continuation and i == 0:
            # "& (b)", "and (3)(a)": replace the level of the same kind in the previous code.
            same = [j for j, (k, _) in enumerate(path) if k == kind]
            path = path[: same[-1]] if same else path
        elif path and path[-1][0] == kind:
            leaves.append(list(path))
            path = path[:-1]
        elif any(k == kind for k, _ in path[:-1]):
            # "31(1)(g)(2)(a)": a number after a letter climbs back to the subsection level,
            # so (2) is subsection 2 beside (1), as the Act numbers s31 ("s31(1)(g) read
            # with s31(2)(a)"), never a sub-level of (g).
            leaves.append(list(path))
            path = path[: max(j for j, (k, _) in enumerate(path) if k == kind)]
        path.append((kind, tok))
    return path


def _letter_alternative(path: list[tuple[str, str]], groups: str) -> bool:
    """"31(1)(a)/(b)": a slash between two lettered paragraphs joins them as "and/or" does; any
    other slash ("40(2)/(3)", a reference's "2023/(1)") ends the citation."""
    toks = [a or b for a, b in _TOKENS.findall(groups)]
    return bool(path) and path[-1][0] == "l" and len(toks) == 1 and len(toks[0]) == 1 \
        and _kind_of(toks[0], path[-1]) == "l"


def _letters_between(a: str, b: str) -> list[str]:
    if len(a) == 1 and len(b) == 1 and a.isalpha() and b.isalpha() and a < b and ord(b) - ord(a) < 8:
        return [chr(c) for c in range(ord(a) + 1, ord(b))]
    return []


def _official_case(token: str) -> str:
    """Sub-levels in lower case, but a lettered subsection or section keeps the statute's
    capital ("40(5B)", "40(3A)", "22A"), as the labels and the Act write it."""
    if token[0].isdigit():
        return token[:-1] + token[-1].upper() if token[-1].isalpha() else token
    return token.lower()


def _tokens(groups: str, section: str | None = None) -> list[str]:
    raw = [a or b for a, b in _TOKENS.findall(groups or "")]
    out: list[str] = []
    for i, tok in enumerate(raw):
        if section and i and len(tok) == 1 and tok.isupper() and raw[i - 1].isdigit() \
                and _lettered_subsection(section, raw[i - 1] + tok):
            # "40(3)(A)(a)": a capital after a subsection number is the inserted subsection 40(3A)
            # where the Act has one (never "31(1)(A)", which is paragraph (a) in capitals)
            out[-1] = raw[i - 1] + tok
            continue
        out.append(_official_case(tok))
    return out


def _lettered_subsection(section: str, sub: str) -> bool:
    key = f"{section}({sub})".lower()
    return any((statute, key) in provisions.table() for statute in ("FOIA", "FOISA", "EIR", "EISR"))


def _code(kind: str, section: str, path: list[tuple[str, str]]) -> str:
    return kind + section + "".join(f"({t})" for _, t in path)


_LAW_WORDS = (" act", " regulations", " order", " rules")


def _statute_after(text: str, pos: int) -> tuple[str | None, int]:
    """A statute named right after a citation: "of FOISA", "(FOIA)", "of the Data Protection Act"."""
    m = _CONNECTOR.match(text, pos)
    at = m.end() if m else pos
    if at >= len(text) or not text[at].isalpha():
        return None, pos
    had_connector = bool(m and m.group(0).strip())
    ahead = text[at - 1:at + 110].lower()
    for name, pat in cues.statutes():
        if name == "OTHER_LAW" and not any(w in ahead for w in _LAW_WORDS):
            continue
        sm = pat.match(text, at)
        if sm and (name not in ("OTHER", "OTHER_LAW") or had_connector or sm.group(0).isupper()):
            name = "OTHER" if name == "OTHER_LAW" else name
            # "of the Act" is the response's own statute.
            if name == "FOIA" and re.fullmatch(r"(?:this\s+)?act", sm.group(0), re.I):
                return None, sm.end()
            return name, sm.end()
    return None, pos


_FAR_STATUTE = re.compile(r"\b(?:of|under|in)\s+(?:the\s+)?(?=[A-Z(])")


def _statute_beyond_title(text: str, pos: int) -> str | None:
    """"section 34(1)(a) and (b) - Investigations by ... of FOISA": a FOI statute named
    after the title, within the same clause (never a non-FOI law this far away)."""
    window = re.split(r"[.;\n]|\b(?:[Ss]ections?|[Rr]egulations?)\s*\d", text[pos:pos + 140], maxsplit=1)[0]
    for m in _FAR_STATUTE.finditer(window):
        for name, pat in cues.statutes():
            if name not in ("OTHER", "OTHER_LAW") and pat.match(window, m.end()):
                if name == "FOIA" and re.match(r"(?:this\s+)?act\b", window[m.end():], re.I):
                    return None
                return name
    return None


def _statute_before(text: str, start: int) -> str | None:
    before = text[max(0, start - 60):start]
    m = _LEADING_STATUTE.search(before)
    if m:
        return "FOISA" if m.group("foisa") else "FOIA" if m.group("foia") else "EIR"
    if _LEADING_OTHER.search(before) and not re.search(r"(?:Information|Scotland\))\s+(?:Act|Regulations)", before[-45:]):
        return "OTHER"
    return None


def _is_count(text: str, pos: int) -> bool:
    """Whether the word after a bare number shows it counts something ("18 hours")."""
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and m.group(1).lower() in cues.words("number_units")


def _parse_at(text: str, m: re.Match[str], kind: str, known: frozenset[str]) -> Citation:
    section = section_written_first = _official_case(m.group("num"))
    leaves: list[list[tuple[str, str]]] = []
    chain: list[tuple[str, list[list[tuple[str, str]]]]] = []
    path = _walk([], _tokens(m.group("groups"), section), leaves, continuation=False)
    pos = m.end()
    sub = _SUBSECTION.match(text, pos)
    if sub:
        path = _walk(path, [_official_case(sub.group(1)), *_tokens(sub.group("groups"))], leaves, continuation=False)
        pos = sub.end()
    sections_written = [section]
    while True:
        sep = _SEP.match(text, pos)
        if not sep:
            # "Sections 24(2) National Security and 31(3) Law Enforcement": a title between
            # list items; only a following sub-levelled number continues the list.
            tm = _TITLE_THEN_NUMBER.match(text, pos)
            if tm is None and _PLURAL_HEAD.match(m.group(0)):
                tm = _TITLE_THEN_LAST.match(text, pos)
            if tm is None:
                break
            sep = _SEP.match(text, tm.end("title") if tm.group("title") else tm.end("title2"))
            if sep is None:
                break
        at = sep.end()
        joiner = sep.group(0).strip().lower()
        cg = _CONT_GROUPS.match(text, at)
        if cg and (joiner != "/" or _letter_alternative(path, cg.group("groups"))):
            toks = _tokens(cg.group("groups"))
            if joiner in ("-", "–", "to") and path and _letters_between(path[-1][1], toks[0]):
                for letter in _letters_between(path[-1][1], toks[0]):
                    leaves.append(path)
                    path = path[:-1] + [("l", letter)]
            elif joiner in ("-", "–", "to") and not (path and toks and len(toks[0]) == 1):
                break
            leaves.append(path)
            path = _walk(path, toks, leaves, continuation=True)
            pos = cg.end()
            continue
        if joiner in ("-", "–", "/", "to"):
            break
        cp = _CONT_PREFIXED.match(text, at)
        if cp and (cp.group(0)[0].lower() == "r") == (kind == "r"):
            chain.append((section, leaves + [path]))
            section, leaves = _official_case(cp.group("num")), []
            path = _walk([], _tokens(cp.group("groups"), section), leaves, continuation=False)
            sections_written.append(section)
            pos = cp.end()
            continue
        cn = _CONT_NUMBER.match(text, at)
        if cn:
            num = _official_case(cn.group("num"))
            toks = _tokens(cn.group("groups"), num)
            if num[-1].isalpha() and num.lower() not in known and path:
                # "Section 40(2) & 3A(a)": a sibling subsection written without brackets.
                leaves.append(path)
                path = _walk(path, [num, *toks], leaves, continuation=True)
                pos = cn.end()
                continue
            if num.lower() in known and (toks or not _is_count(text, cn.end())):
                chain.append((section, leaves + [path]))
                section, leaves = num, []
                path = _walk([], toks, leaves, continuation=False)
                sections_written.append(section)
                pos = cn.end()
                continue
        break
    chain.append((section, leaves + [path]))
    codes: list[str] = []
    for sec, paths in chain:
        for p in paths:
            if not p and any(q for q in paths):
                continue
            code = _code(kind, sec, p)
            if code not in codes:
                codes.append(code)
    # A title in brackets or after a dash does not stop a statute that follows it.
    statute, end = _statute_after(text, pos)
    if statute is None and cues.pattern("police_powers").match(text, pos):
        statute = "OTHER"  # "Section 60 searches": a police power, not the FOI Act
    if statute is None:
        statute = _statute_beyond_title(text, pos)
    statute = statute or _statute_before(text, m.start())
    juxtaposed = []
    for jm in _JUXTAPOSED_NUMBERS.finditer(m.group("groups") or ""):
        sibling = f"{kind}{section_written_first}({_official_case(jm.group(2))})"
        if jm.group(1) != jm.group(2):
            juxtaposed += [c for c in codes if c == sibling or c.startswith(sibling + "(")]
    return Citation(m.start(), max(pos, end if statute else pos), kind, codes, statute,
                    sections_written=sections_written, juxtaposed=juxtaposed)


def find_citations(text: str, scan: cues.Scanner | None = None) -> list[Citation]:
    """Every numbered citation in the text, in order, as written (no judgement yet)."""
    known = provisions.sections("FOIA") | provisions.sections("FOISA")
    known_r = provisions.sections("EIR") | provisions.sections("EISR")
    out: list[Citation] = []
    taken_until = -1
    spans: list[tuple[int, re.Match[str], str]] = []
    scan = scan if scan is not None and scan.text is text else cues.Scanner(text)
    lower = scan.lower if scan.lower is not None else text.lower()
    for a, b in scan.lines_at([m.start() for m in _HEAD_CANDIDATE.finditer(lower)]):
        if text.rstrip(" \t").endswith(("section", "Section", "s.", "S.", "Sec.", "sec.", "Sect.", "sect.",
                                          "Regulation", "regulation", "Reg.", "reg."), a, b):
            nxt = text.find("\n", b + 1)  # "exempt under Section\n40(2)": a PDF line break
            b = len(text) if nxt < 0 else nxt
        elif b < len(text) and text[b - 1:b].isdigit() and _GROUP_NEXT_LINE.match(text, b):
            nxt = text.find("\n", b + 1)  # "Section 31\n(1) (a) the Prevention ...": the same
            b = len(text) if nxt < 0 else nxt
        for m in _HEAD.finditer(text, a, b):
            spans.append((m.start(), m, "r" if m.group("reg") else "s"))
        if "(" in text[a:b]:
            for m in _BARE.finditer(text, a, b):
                context = _BARE_CONTEXT.search(text[max(0, m.start() - 40):m.start()])
                if context:
                    spans.append((m.start(), m, _bare_kind(context.group(0), m.group("num"), known_r)))
                elif _titled_after(text, m):
                    spans.append((m.start(), m, "s"))
    for _, m, kind in sorted(spans, key=lambda s: s[0]):
        if m.start() < taken_until:
            continue
        c = _parse_at(text, m, kind, known if kind == "s" else known_r)
        out.append(c)
        taken_until = c.end
    return out


def _bare_kind(context: str, num: str, known_r: frozenset[str]) -> str:
    """A bare number's kind from the words before it: "EIR 12(5)(b)" is a regulation, and so is
    "Exception 12(5)(b)" when the number is one the Regulations have (the EIR call their grounds
    exceptions, the Acts exemptions); "exempt under 40(2)" stays a section."""
    word = context.lstrip().lower()
    if word.startswith("eir") or (word.startswith("exception") and num.lower() in known_r):
        return "r"
    return "s"


# After a bare number, a dash and the start of a title: "24(2) – National Security".
_TITLE_AFTER = re.compile(r"[ \t]*[-\u2013\u2014:][ \t]*(?P<title>[A-Za-z][A-Za-z ,]{3,40})")


def _titled_after(text: str, m: re.Match[str]) -> bool:
    """A bare number followed by its own section's title ("24(2) – National Security",
    "31(3) – Law Enforcement", a list of exemptions written without "Section", as Avon and
    Somerset's NCND letters do): the title vouches for the number, where "3 – 5. None" or
    "2(1) - the figures" name nothing."""
    t = _TITLE_AFTER.match(text, m.end())
    if not t:
        return False
    words = t.group("title").lower().split()[:2]
    for statute in ("FOIA", "FOISA"):
        row = provisions.table().get((statute, m.group("num").lower()))
        if row is not None and row.role == "ground" and len(words) == 2 \
                and row.title.lower().replace(",", "").split()[:2] == [w.strip(",") for w in words]:
            return True
    return False


_NAMED_CACHE: dict[str, re.Pattern[str]] = {}


def _named_pattern(statute: str) -> re.Pattern[str]:
    pat = _NAMED_CACHE.get(statute)
    if pat is None:
        names = sorted(provisions.aliases(statute), key=len, reverse=True)
        alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        pat = re.compile(
            rf"\b(?:(?P<a>{alt})\s+(?:exemption|exception)s?\b"
            rf"|(?:exemption|exception)s?\s+(?:for|relating\s+to|on|regarding|concerning|covering)\s+(?:the\s+)?(?P<b>{alt})\b)",
        )
        _NAMED_CACHE[statute] = pat
    return pat


def find_named(text: str, statute: str, scan: cues.Scanner | None = None) -> list[Citation]:
    """Exemptions named without a number ("the law enforcement exemption"), resolved
    through the statute's own titles: the same words mean s31 in FOIA and s35 in FOISA."""
    if statute not in ("FOIA", "FOISA", "EIR", "EISR"):
        return []
    table = provisions.aliases(statute)
    kind = "r" if statute in ("EIR", "EISR") else "s"
    out: list[Citation] = []
    scan = scan if scan is not None and scan.text is text else cues.Scanner(text)
    pat = _named_pattern(statute)
    lower = scan.lower if scan.lower is not None else text
    for a, b in scan.windows_with(("exemption", "exception"), 0, len(text), before=70, after=90):
        for m in pat.finditer(lower, a, b):
            name = re.sub(r"\s+", " ", (m.group("a") or m.group("b")).lower())
            prov = table.get(name)
            if prov is None:
                continue
            sec = provisions.split_code(kind + prov)[0]
            out.append(Citation(m.start(), m.end(), kind, [kind + prov], statute, by_name=True,
                                sections_written=[sec]))
    return out


# "Section 14 – Over burdensome - the legislation:" then "(1) ...", "(2) ...": the Act's own
# subsections quoted under a heading (an NPCC s14 refusal, tests/real web12_01), not a choice of them.
# "Section 31(1) states:" is left alone: a force often quotes only the limbs it relies on.
_ACT_QUOTED = re.compile(r"\b(?:the\s+legislation|the\s+act\s+(?:says|states|reads))\s*:\s*$", re.I)
_LIST_ITEM = re.compile(rf"[ \t]*\(\s*({_GROUP_TOKEN})\s*\)[ \t]+\S")
_LIST_SUBSECTION = re.compile(r"\bsub-?section\s*\(?\s*(\d{1,2}[A-Za-z]?)\s*\)?[^\n]*:[ \t]*$", re.I)
# Lines of one listed provision read after its introduction; more is a schedule, not a list.
LIST_MAX_LINES = 12


def with_listed_levels(text: str, c: Citation, *, letters_under_section: bool = False) -> list[str]:
    """The codes of a citation that introduces its sub-levels as a list on the lines below:
    "Section 31(1) ... would prejudice:" then "(g) the exercise ... of subsection (2)", "The
    purposes from subsection 2 that apply are:" then "(i) ...", "(j) ..." -> s31(1)(g),
    s31(2)(i), s31(2)(j). Unchanged when the line does not end in ":" or no item follows.
    A bare section over lettered items ("Under Section 31 ..., information is exempt if ...
    would prejudice:" then "(a) ...", "(b) ...") is the Act paraphrased: FOIA sections and
    regulations letter their paragraphs only inside a numbered subsection, so the items are
    no leaves of the bare section (FOISA letters some sections directly: s30(c))."""
    if len(c.codes) != 1 or c.by_name:
        return c.codes
    eol = text.find("\n", c.end)
    if eol < 0 or not text[c.end:eol].rstrip().endswith(":") or _ACT_QUOTED.search(text, c.end, eol):
        return _inline_levels(text, c)
    head = c.codes[0]
    section = re.match(r"^[sr]\d+[A-Za-z]?", head).group(0)
    base = head
    codes: list[str] = []
    pos = eol + 1
    for _ in range(LIST_MAX_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        item = _LIST_ITEM.match(line)
        if item:
            groups = [a or b for a, b in _TOKENS.findall(base)]
            prev = ("n", groups[-1]) if groups and groups[-1][0].isdigit() else ("l", groups[-1]) if groups else None
            token = _official_case(item.group(1))
            if _kind_of(token, prev) == (prev[0] if prev else None):
                break  # a sibling of the base's own level: not its list
            if prev is None and not letters_under_section and _kind_of(token, None) != "n":
                break  # "Section 31 ... prejudice:" then "(a) ...": not s31(a)
            codes.append(f"{base}({token})")
        else:
            sub = _LIST_SUBSECTION.search(line)
            if not sub or not codes:
                break
            base = f"{section}({_official_case(sub.group(1))})"
        if end >= len(text):
            break
        pos = end + 1
    return codes or c.codes



# "section 35(1), information whose release would be likely to prejudice substantially (a) the
# prevention and detection of crime and (b) the apprehension or prosecution of offenders; and
# section 39(1), ..." (a Lothian and Borders FOISA reply, tests/real web19_01): a subsection cited
# with a comma or dash, then the harm or purpose it protects told in the writer's words with the
# limbs relied on lettered inline. Each letter is a leaf, as the lines under "would prejudice:"
# are (with_listed_levels). Only within the clause (to ";", a full stop, a line end or the next
# citation), only after the exemption's own verb of harm or purpose, and never the Act quoted or
# a run of more than INLINE_MAX_ITEMS letters (the whole list of the Act's paragraphs).
_INLINE_LEAD = re.compile(r"[ \t]*(?:,|[-\u2013\u2014:])[ \t]*(?=[a-z])")
_INLINE_ITEM = re.compile(r"(?<=\s)\(\s*([a-z])\s*\)[ \t]+(?=[a-z])")
_INLINE_END = re.compile(r"[;\n]|\.(?:\s|$)|\b(?:[Ss]ections?|[Rr]egulations?|[Ss]\.)\s*\d")
_INLINE_VERB = re.compile(
    r"\b(?:prejudic\w*|endanger\w*|inhibit\w*|harm\w*|(?:held|obtained|recorded)\s+(?:by\s+\w+\s+)?for\s+the\s+purposes?\s+of)"
    r"(?:\s+\w+){0,2}\s*$", re.I)
_NUMBERED_LAST = re.compile(r"\(\d{1,2}[A-Z]?\)$")
INLINE_REACH = 300
INLINE_MAX_ITEMS = 4


def _inline_levels(text: str, c: Citation) -> list[str]:
    """The codes of a subsection citation whose limbs follow inline in its clause ("section
    35(1), information whose release would prejudice (a) ... and (b) ..." -> s35(1)(a),
    s35(1)(b)); its own codes when nothing of the kind follows."""
    head = c.codes[0]
    if not _NUMBERED_LAST.search(head):
        return c.codes
    lead = _INLINE_LEAD.match(text, c.end)
    if lead is None:
        return c.codes
    lo = lead.end()
    window = text[lo:lo + INLINE_REACH]
    stop = _INLINE_END.search(window)
    if stop is not None:
        window = window[:stop.start()]
    items = list(_INLINE_ITEM.finditer(window))
    if not items or len(items) > INLINE_MAX_ITEMS or cues.search("statute_quote", window):
        return c.codes
    letters = [m.group(1) for m in items]
    if any(b <= a for a, b in zip(letters, letters[1:])):
        return c.codes  # not a run of the Act's paragraphs in order
    if not _INLINE_VERB.search(window, 0, items[0].start()):
        return c.codes
    return [f"{head}({letter})" for letter in letters]

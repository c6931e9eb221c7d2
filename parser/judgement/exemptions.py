"""Which cited provisions the authority RELIED ON: the judgement over citations.

citations.py finds every citation; this module decides, from the sentence each one sits
in, whether it is a ground: procedural provisions never are (the table says which), nor
is a provision considered and rejected, quoted in a legal annex, explained in general
terms, named in the requester's own words, or belonging to another law (the Data
Protection Act). An exemption cited in a heading and then applied counts once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from parser.judgement import cues, provisions
from parser.judgement.ncnd import says_ncnd
from parser.judgement.citations import Citation, find_citations, find_named, with_listed_levels
from parser.record import Exemption
from parser.judgement.spans import cell_bounds, inside, line_bounds, request_spans, sentence_bounds

_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d")
_SCOTTISH_WORDS = ("(scotland)", "foisa", "scottish information commissioner")
_EIR_WORDS = ("environmental information", "eir")

# Strength of one occurrence; a code takes its strongest. RELIED beats REJECTED beats a
# bare mention in a heading or list (LISTED), which beats an explanation of what the
# provision says (EXPLAINED: a ground only when nothing else of its section is), which
# beats a mention in a rights paragraph, annex or the statute's own words (MENTIONED).
RELIED, REJECTED, LISTED, EXPLAINED, MENTIONED = 4, 3, 2, 1, 0
# Characters of response an annex heading needs above it (West Yorkshire's "APPENDIX A" of
# legal text is twice as long as the short answer before it).
ANNEX_MIN_OFFSET = 400


@dataclass(slots=True)
class Occurrence:
    code: str
    statute: str
    section: str
    start: int
    role: int
    sentence: str
    # listed only by a sentence describing its kind ("Section 40 (5A) is an absolute, class-based
    # exemption"): what a claim made elsewhere is, not a claim of its own
    described: bool = False
    # written in one citation beside another subsection of its section ("Section 40(2)(3)",
    # "40(2)&(3)"): a leaf of that chain, not a retelling of a subsection cited elsewhere
    chained: bool = False


def statutes_for(text: str, regime: str | None, lower: str | None = None) -> tuple[str, str]:
    """(statute of "section" citations, statute of "regulation" citations) for this text."""
    lower = text.lower() if lower is None else lower
    scottish = regime == "FOISA" or any(w in lower for w in _SCOTTISH_WORDS)
    return ("FOISA" if scottish else "FOIA"), ("EISR" if scottish else "EIR")


def _resolve(c: Citation, sec_statute: str, reg_statute: str) -> str:
    if c.statute is None:
        return reg_statute if c.kind == "r" else sec_statute
    if c.statute in ("EIR", "EISR"):
        return reg_statute if c.kind == "r" else sec_statute
    if c.statute == "FOIA" and sec_statute == "FOISA" and c.kind == "s":
        # "the Act" in a Scottish response, or an explicit FOIA in one: trust the words.
        return "FOIA"
    return c.statute


def _annex_start(text: str) -> int:
    m = cues.search("annex_heading", text)
    # An annex is never the opening of a response (but may be longer than the answer).
    return m.start() if m and m.start() > min(len(text) // 3, ANNEX_MIN_OFFSET) else len(text) + 1


# Words one of which considered_after, released_in_public_interest_after or route_not_taken_after
# needs (a cheap test before the patterns, run for every citation).
_SET_ASIDE_WORDS = ("considered", "public interest", "have been")

# "Section 31 (1) (3) also applies": a juxtaposed sibling said to be added, not a restatement.
_ADDED_AFTER = re.compile(r"[^.;\n]{0,40}\b(?:also|additionally|in\s+addition|further)\b", re.I)

# The citation right after "is exempt under", "withheld by virtue of": the authority applying it.
_EXEMPT_UNDER = re.compile(
    r"\b(?:is|are|been|being|remains?)\s+(?:exempt(?:\s+from\s+disclosure)?|withheld|refused|redacted)\s+"
    r"(?:under|by\s+virtue\s+of|in\s+accordance\s+with|pursuant\s+to)\s+(?:the\s+provisions\s+of\s+)?$", re.I)

# A clause the new judgements read around a citation: the requester's opening before it, a
# set-aside after it. Bounded so a page-long unpunctuated run stays linear.
_CLAUSE_CHARS = 400

# Characters after a heading line in which the Act's own wording ("(1) Information which is not
# exempt information by virtue of section 30 is exempt information if ...") shows the heading
# introduces a quotation of the Act rather than the authority's reasons.
_QUOTE_LOOKAHEAD = 300

# A sentence naming a provision of its own ("section 38 is not engaged").
_CITES = re.compile(r"\b(?:sections?|s\.?|regulations?|reg\.?)\s*\d", re.I)


# What may stand before a list item's provision on its line: spaces and a bullet or its number
# ("-", "•", "1.", "(a)", a PDF's unmapped bullet glyph "(cid:127)").
_ITEM_HEAD = re.compile(r"[ \t]*(?:(?:[-–•*●▪·o]|\(cid:\d+\)|\d{1,2}[.)]|\([a-z0-9]{1,3}\))[ \t]*)?")


def _negated(sentence: str, m: re.Match[str]) -> bool:
    return bool(cues.pattern("negators").search(sentence[max(0, m.start() - 30):m.start()]))


def _relied_cue(sentence: str) -> bool:
    return any(not _negated(sentence, m) for m in cues.pattern("relied").finditer(sentence))


# A line opening with a citation and the provision's capitalised title, whatever gloss follows:
# "Section 31(1)(a)(b) Law Enforcement – Information which is not exempt ...", a list item of
# grounds that quotes the Act's words after each title (PSNI's log pages).
_TITLED_ITEM = re.compile(
    r"[ \t]*(?:[-–•*●▪·]\s*)?(?:sections?|s\.|regulations?)\s*\d+[A-Z]?(?:\s*\(\s*\w{1,4}\s*\))*"
    r"\s*(?:[-–:]\s*)?(?-i:[A-Z])[\w'’]+(?:\s+(?:and|of|&|[A-Z][\w'’]+)){0,5}\s*[-–:]", re.I)


def _listed_after_intro(text: str, start: int, end: int, *, glossed: bool = False) -> bool:
    """A line that is only citations and titles, under "by virtue of the following:". With
    `glossed` (an item quoting the Act after its title), not under an introduction of the Act's
    own text ("The full wording of the exemptions is set out below:")."""
    lo, hi = line_bounds(text, start, end)
    prev_end = lo - 1
    while prev_end > 0:
        p_lo = text.rfind("\n", 0, prev_end) + 1
        prev = text[p_lo:prev_end].strip()
        if prev:
            if re.fullmatch(r"(?:section|s\.?|regulation)\s*\d.{0,80}", prev, re.I) and len(prev) < 90 \
                    or _TITLED_ITEM.match(prev):
                prev_end = p_lo - 1  # another listed citation above: keep climbing
                continue
            return prev.endswith(":") and (_relied_cue(prev) or "following" in prev.lower()) \
                and not (glossed and _grounds_data()["act_text_intro"].search(prev))
        prev_end = p_lo - 1
    return False


def _titled_item_listed(text: str, c: Citation) -> bool:
    """The citation opens a titled list item under an introduction of the grounds ("The
    exemptions ... are set out below:"): the Act's words glossed after its title on the same line
    quote the ground being applied, not the Act in general."""
    lo = text.rfind("\n", 0, c.start) + 1
    return c.start - lo < 8 and bool(_TITLED_ITEM.match(text, lo)) \
        and _listed_after_intro(text, c.start, c.end, glossed=True)


def _classify(text: str, c: Citation, prev_end: int, next_start: int, annex: int) -> tuple[int, str]:
    s_lo, s_hi = cell_bounds(text, *sentence_bounds(text, c.start, c.end), c.start, c.end)
    sentence = text[s_lo:s_hi].strip()
    if c.start >= annex or _RANGE_AFTER.match(text, c.end):
        return MENTIONED, sentence  # an annex, or "sections 28 to 35": never a ground list
    own_decision = bool(cues.search("first_person", sentence)) and _relied_cue(sentence)
    if cues.search("statute_quote", sentence) and not own_decision \
            and not _titled_item_listed(text, c):
        return MENTIONED, sentence
    if cues.search("example_list", sentence):
        return MENTIONED, sentence  # "exemptions such as section 31": the Act described
    before = text[max(s_lo, prev_end, c.start - 160):c.start]
    after = text[c.end:min(s_hi, next_start)]
    extra = _grounds_data()
    if extra["mentioned_before"].search(text[max(s_lo, c.start - 160):c.start]):
        return MENTIONED, sentence
    if not own_decision and extra["mentioned_sentence"].search(
            text, max(s_lo, c.start - _CLAUSE_CHARS), min(s_hi, c.end + _CLAUSE_CHARS)):
        return MENTIONED, sentence  # advice, a reporter's account, the requester's "if you refuse"
    if c.start - s_lo < _CLAUSE_CHARS and extra["asked_before"].search(text[s_lo:c.start]):
        return MENTIONED, sentence  # "You asked whether ... under section 14": the requester's words
    if extra["considered_plain_before"].search(before) and extra["set_aside_after"].search(text[c.end:min(s_hi, c.end + _CLAUSE_CHARS)]) \
            and not extra["set_aside_unless"].search(text[c.end:min(s_hi, c.end + _CLAUSE_CHARS)]):
        return REJECTED, sentence  # "We considered section 40(2), but the exemption is not engaged"
    if extra["not_applying_after"].search(text[c.end:min(s_hi, c.end + _CLAUSE_CHARS)]):
        return REJECTED, sentence
    rest = text[c.end:min(s_hi, c.end + _CLAUSE_CHARS)]
    low = rest.lower()
    if any(w in low for w in _SET_ASIDE_WORDS) and (
            extra["considered_after"].match(rest) and extra["set_aside_after"].search(rest)
            or extra["released_in_public_interest_after"].search(rest) or extra["route_not_taken_after"].search(rest)) \
            and not extra["set_aside_unless"].search(rest):
        return REJECTED, sentence  # "Section 40(2) was considered, but ... disclosed in full"
    if extra["condition_opening"].search(text[s_lo:c.start]) and not extra["authority_voice"].search(sentence):
        return MENTIONED, sentence  # the requester's condition, not the authority's decision
    if extra["counterfactual_opening"].search(text[s_lo:c.start]) and not extra["counterfactual_withholds"].search(sentence):
        return MENTIONED, sentence  # "Even if ..., its cost would engage section 12": a hypothetical
    if extra["reconsidered_before"].search(before) \
            and extra["released_now_after"].search(text[c.end:min(s_hi, c.end + _CLAUSE_CHARS)]):
        return REJECTED, sentence  # withheld at first, released now on review
    if not own_decision and len(c.codes) > 1 and _OPTIONS.search(text, c.start, c.end) \
            and (extra["statute_voice"].search(sentence) or not _relied_cue(sentence)):
        return MENTIONED, sentence  # "section 12 or section 14 applies": options the Act names
    if any(w in after for w in _WITHDRAWN_WORDS) and extra["withdrawn_after"].search(after):
        return REJECTED, sentence
    construction = cues.search("ncnd_construction", text[max(s_lo, c.start - 300):c.start])
    if (not construction and cues.search("rejected_before", before)
            and not _grounds_data()["cost_within_negated"].search(before)) or cues.search("rejected_after", after):
        return REJECTED, sentence
    if cues.search("considered_before", before) and (
            cues.search("negation", text[c.end:s_hi])
            or cues.search("rejection_next", text[s_hi:sentence_bounds(text, min(s_hi + 1, len(text)), min(s_hi + 1, len(text)))[1]])):
        return REJECTED, sentence
    if s_hi < len(text):
        nxt = text[s_hi:sentence_bounds(text, s_hi + 1, s_hi + 1)[1]]
        if cues.search("rejected_next_sentence", nxt) and not _CITES.search(nxt):
            return REJECTED, sentence
    line_lo, line_hi = line_bounds(text, c.start, c.end)
    # Only a short line can be a heading: a long one is never copied (a 1 MB line holds
    # thousands of citations, and copying it for each was quadratic).
    line = text[line_lo:line_hi].strip() if line_hi - line_lo < 4096 else None
    if line is not None and len(line) < 100 and extra["line_set_aside"].search(text[c.end:line_hi]):
        return REJECTED, sentence  # a list of exemptions considered: "Section 31(1)(a) - not engaged", "...: N/A"
    if line is not None and len(line) < 100 and not line.endswith(".") and len(line.split()) <= 14 \
            and not re.search(r"[.;:]\s+\S", text[c.end:line_hi]):
        # A heading or list line: "Section 31 - Law Enforcement".
        if _relied_cue(line) or _listed_after_intro(text, c.start, c.end):
            return RELIED, sentence
        if cues.search("statute_quote", text[line_hi:line_hi + _QUOTE_LOOKAHEAD]):
            return MENTIONED, sentence  # a heading over the Act's own words: the Act quoted
        return LISTED, sentence
    if line is not None and _ITEM_HEAD.fullmatch(text, line_lo, c.start) and _listed_after_intro(text, c.start, c.end):
        # a list item that opens with its provision under "exceptions apply under:", however long
        # its gloss ("- Regulation 10(5)(d) - Confidentiality of proceedings - which covers ...")
        return RELIED, sentence
    if _EXEMPT_UNDER.search(text[max(s_lo, c.start - 60):c.start]):
        # "The information is exempt under Sec. 30(1)(a) - Investigations And Proceedings Conducted
        # By Public Authorities.": the provision's title may read like the Act explained
        return RELIED, sentence
    if cues.search("describes_kind", sentence):
        return (RELIED if own_decision else LISTED), sentence
    if _explains(sentence):
        return (RELIED if own_decision else EXPLAINED), sentence
    if cues.search("generic", sentence) and not own_decision:
        return MENTIONED, sentence
    if _relied_cue(sentence):
        return RELIED, sentence
    return LISTED, sentence


@lru_cache(maxsize=1)
def _ground_titles() -> re.Pattern[str]:
    """Every ground's title in provisions.csv, its spaces any run of space and its "and" an "&"
    too ("Investigations & Proceedings Conducted by Public Authorities")."""
    titles = sorted({row.title for row in provisions.table().values() if row.role == "ground"}, key=len, reverse=True)
    alt = "|".join(re.escape(t).replace(r"\ and\ ", r"\s+(?:and|&)\s+").replace(r"\ ", r"\s+") for t in titles)
    return re.compile(rf"\b(?:{alt})\b", re.I)


def _explains(sentence: str) -> bool:
    """The sentence explains what a provision says ("allows a public authority to ..."), beyond
    words of a provision's title written beside its citation ("Section 30(3) Investigations and
    Proceedings Conducted by Public Authorities"): the title names the ground, it explains nothing.
    A match whose words are all capitalised is a title's too."""
    matches = list(cues.pattern("explains").finditer(sentence))
    if not matches:
        return False
    titles = [(t.start(), t.end()) for t in _ground_titles().finditer(sentence)]
    for m in matches:
        if any(a <= m.start() and m.end() <= b for a, b in titles):
            continue
        if all(w[:1].isupper() for w in m.group(0).split()):
            continue
        return True
    return False


def find_exemptions(text: str, *, regime: str | None = None, request_text: str = "") -> list[Exemption]:
    """The provisions relied on, one Exemption per leaf code, in order of first use."""
    if not text:
        return []
    lower = text.lower()
    sec_statute, reg_statute = statutes_for(text, regime, lower)
    scan = cues.Scanner(text)
    cits = find_citations(text, scan)
    for c in cits:
        c.codes = with_listed_levels(
            text, c, letters_under_section=c.kind == "s" and _resolve(c, sec_statute, reg_statute) == "FOISA")
    numbered_sections = {(c.kind, s) for c in cits for s in c.sections_written}
    by_name = find_named(text, sec_statute, scan)
    if regime == "EIR" or any(w in lower for w in _EIR_WORDS):
        by_name += find_named(text, reg_statute, scan)
    for c in by_name:
        if (c.kind, c.sections_written[0]) not in numbered_sections:
            cits.append(c)
    cits.sort(key=lambda c: c.start)
    skip = request_spans(text, request_text) + _requester_lines(text, request_text)
    annex = _annex_start(text)
    occurrences: list[Occurrence] = []
    # A code already relied on keeps its first evidence whatever later mentions say
    # (_aggregate keeps the best role, first seen): later mentions need no judging, which
    # keeps a text of thousands of repeated citations linear.
    relied: set[tuple[str, str]] = set()
    withdrawn: set[tuple[str, str]] = set()  # grounds the reply says it no longer relies on
    may_supersede = any(w in lower for w in _SUPERSEDE_WORDS)
    for i, c in enumerate(cits):
        if inside(skip, c.start):
            continue
        statute = _resolve(c, sec_statute, reg_statute)
        if statute == "OTHER":
            continue
        if _withdrawn_before(text, c) or (may_supersede and _superseded_after(text, c, cits, i)):
            withdrawn.update((statute, code) for code in c.codes)
        prev_end = cits[i - 1].end if i else 0
        next_start = cits[i + 1].start if i + 1 < len(cits) else len(text)
        role: int | None = None
        sentence = ""
        before_this = len(occurrences)
        for code in c.codes:
            if (statute, code) in relied:
                continue
            if code in c.juxtaposed and any(o.statute == statute and o.section == _section_of(code)
                                            and o.role in (RELIED, LISTED) for o in occurrences[:before_this]) \
                    and not _ADDED_AFTER.match(text, c.end):
                continue  # "Section 30 (1) (2)" restating a section cited before: not a new leaf
            row = provisions.lookup(statute, code)
            if row is None or row.role == "procedural":
                continue
            if role is None:
                role, sentence = _classify(text, c, prev_end, next_start, annex)
                line_lo, _ = cell_bounds(text, *line_bounds(text, c.start, c.end), c.start, c.end)
                if cues.search("request_voice", sentence) or cues.pattern("request_voice").match(text, line_lo):
                    break
            occurrences.append(Occurrence(code, statute, _section_of(code), c.start, role, sentence,
                                          described=role == LISTED and bool(cues.search("describes_kind", sentence)),
                                          chained=_chained(c, code)))
            if role == RELIED:
                relied.add((statute, code))
    if withdrawn:
        # "We first refused under section 12(1) ... we no longer rely on section 12(1)": the earlier
        # ground, relied on in the first sentence, is dropped by the later one
        occurrences = [o for o in occurrences if not any(
            o.statute == st and (o.code == w or o.code.startswith(w + "(")) for st, w in withdrawn)]
    nothing_withheld = bool(_grounds_data()["nothing_withheld"].search(text))
    # Whether the reply withholds anything matters only to an explained provision: the search
    # over the whole text is skipped when there is none (most replies).
    explained = any(o.role == EXPLAINED for o in occurrences)
    found = _aggregate(occurrences,
                       explained_counts=explained and not nothing_withheld and _withholds_somewhere(text, occurrences),
                       listed_counts=not nothing_withheld)
    if any(e.ncnd for e in found) and _holding_confirmed(text, skip):
        for e in found:
            if e.ncnd and not _ncnd_sentence(e.evidence):
                e.ncnd = False  # "We can confirm we hold it ... Section 31(3)": withheld, not NCND
    elif any(e.ncnd for e in found) and _withheld_without_ncnd(text, skip):
        for e in found:
            if e.ncnd and not provisions.is_whole_ncnd(e.statute, e.code):
                e.ncnd = False  # "held back ... Section 42(2)", never a word of confirming or denying
    # A mention elsewhere (an annex quoting s12) does not stop it; a ground or a rejection does.
    if regime != "EIR" and not any(e.section == "12" and e.statute == sec_statute for e in found) \
            and not any(o.section == "12" and o.role == REJECTED for o in occurrences) \
            and not any(_section_of(w) == "12" and st == sec_statute for st, w in withdrawn):
        cost = _cost_in_words(text, lower, skip, annex, sec_statute, cits)
        if cost is not None:
            found.append(cost)
    if any(w in lower for w in _FINDING_TRIGGERS):
        # the reply's own citations (not the request's) that a finding in words may code
        written = {o.code for o in occurrences if o.statute == sec_statute and o.section == "14"}
        finding = _finding_in_words(text, lower, skip, annex, regime, sec_statute, reg_statute, written)
        if finding is not None and not any(e.statute == finding.statute and e.code == finding.code for e in found) \
                and not any(e.statute == finding.statute and e.section == finding.section and finding.statute
                            in ("FOIA", "FOISA") for e in found) \
                and not any(o.statute == finding.statute and o.section == finding.section and o.role == REJECTED
                            for o in occurrences) \
                and not any(st == finding.statute and _section_of(w) == finding.section for st, w in withdrawn):
            found.append(finding)
    return found


# Words one of which every finding_in_words phrase holds: texts without any skip the patterns, and
# the patterns run only on the sentences holding one.
_FINDING_TRIGGERS = ("vexatious", "repeat", "manifestly")
# The EIR exception a "manifestly unreasonable" finding is, by the regulations' statute.
_UNREASONABLE = {"EIR": "r12(4)(b)", "EISR": "r10(4)(b)"}


def _finding_in_words(text: str, lower: str, skip: list[tuple[int, int]], annex: int, regime: str | None,
                      sec_statute: str, reg_statute: str, written: set[str]) -> Exemption | None:
    """The ground when a reply finds this request vexatious or repeated (s14 of FOIA and FOISA) or,
    under the EIR, manifestly unreasonable (regulation 12(4)(b), Scotland 10(4)(b)) in words alone,
    as a cost refusal in words is s12. Its code is the subsection the reply cites somewhere
    without relying on it there (an annex's s14(1) for vexatious, s14(2) for repeated), else bare
    "s14". None when the words are a
    condition, a warning, the Act's test, the requester's, or a finding withdrawn."""
    data = _grounds_data()
    done = -1
    for w in _FINDING_TRIGGERS:
        i = lower.find(w)
        while i >= 0:
            if i >= annex:
                break
            s_lo, s_hi = sentence_bounds(text, i, i + len(w))
            if s_lo > done:
                found = _finding_in_sentence(text, s_lo, s_hi, skip, regime, sec_statute, reg_statute, written, data)
                if found is not None:
                    return found
            done = max(done, s_lo)
            i = lower.find(w, max(s_hi, i + len(w)))
    return None


def _finding_in_sentence(text: str, s_lo: int, s_hi: int, skip: list[tuple[int, int]], regime: str | None,
                         sec_statute: str, reg_statute: str, written: set[str],
                         data: dict[str, re.Pattern[str]]) -> Exemption | None:
    """The finding of _finding_in_words in one sentence, or None."""
    sentence = text[s_lo:s_hi]
    if cues.search("statute_quote", sentence) or cues.search("request_voice", sentence) \
            or data["finding_withdrawn"].search(sentence):
        return None
    for m in data["finding_in_words"].finditer(text, s_lo, s_hi):
        if inside(skip, m.start()):
            continue
        before = text[s_lo:m.start()]
        if data["finding_not_made_before"].search(before) or data["asked_before"].search(before) \
                or data["condition_opening"].search(before):
            continue
        said = m.group(0).lower()
        if "manifestly" in said:
            if regime != "EIR":
                continue  # the EIR's term: under the Acts it is no finding of theirs
            statute, code = reg_statute, _UNREASONABLE[reg_statute]
        else:
            if regime == "EIR":
                continue
            statute = sec_statute
            sub = "s14(2)" if "repeat" in said else "s14(1)"
            code = sub if sub in written else "s14"
        row = provisions.lookup(statute, code)
        return Exemption(code=code, section=_section_of(code), statute=statute, name=row.title if row else None,
                         evidence=" ".join(sentence.split()))
    return None


@lru_cache(maxsize=1)
def _grounds_data() -> dict[str, re.Pattern[str]]:
    """parser/data/grounds.yml, each list compiled into one pattern, read once."""
    data = yaml.safe_load(resources.files("parser").joinpath("data/grounds.yml").read_text(encoding="utf-8"))
    return {k: re.compile("|".join(f"(?:{p})" for p in v), re.I) for k, v in data.items()}


_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
# Words one of which every cost phrase holds: texts without any skip the patterns.
# Every cost_in_words phrase holds one of these; the patterns run only on the lines that do
# (and the line before, for a phrase a PDF wrapped), not over the whole text.
_COST_TRIGGERS = ("limit", "£", "required", "obliged", "threshold", "ceiling", "hours", "if held",
                  "appropriate level", "d level", "d amount", "too much", "too costly", "too expensive",
                  "prohibitively", "within the time", "within the hours", "within the cost",
                  "within the permitted", "within the statutory", "within the prescribed")


def _cost_matches(text: str, lower: str, pattern: re.Pattern[str]):
    """pattern's matches in the lines holding a cost trigger word, in order, each once."""
    if len(lower) != len(text):  # a case change that moved offsets: scan it all
        yield from pattern.finditer(text)
        return
    starts: list[int] = []
    for w in _COST_TRIGGERS:
        i = lower.find(w)
        while i >= 0:
            starts.append(i)
            eol = lower.find("\n", i)
            i = lower.find(w, eol + 1) if eol >= 0 else -1
    done = -1
    for at in sorted(starts):
        if at < done:
            continue
        lo = text.rfind("\n", 0, at)
        lo = max(text.rfind("\n", 0, lo) + 1 if lo > 0 else 0, done)
        hi = text.find("\n", at)
        hi = len(text) if hi < 0 else hi
        yield from pattern.finditer(text, lo, hi)
        done = hi


def _cost_in_words(text: str, lower: str, skip: list[tuple[int, int]], annex: int, statute: str,
                   cits: list[Citation]) -> Exemption | None:
    """The cost-of-compliance ground when a reply refuses on cost in words alone ("would
    exceed the appropriate limit"): FOIA and FOISA both number it s12. Its code is the s12
    provision the text writes somewhere (an annex's "Section 12(1)"), else "s12"."""
    data = _grounds_data()
    for m in _cost_matches(text, lower, data["cost_in_words"]):
        if m.start() >= annex or inside(skip, m.start()):
            continue
        s_lo, s_hi = sentence_bounds(text, m.start(), m.end())
        sentence = text[s_lo:s_hi]
        # "cannot answer without exceeding the limit": a double negative, the refusal itself
        refused = bool(data["cost_without_negated"].search(text[max(s_lo, m.start() - 120):m.end()]))
        if not refused and data["cost_not_refusal"].search(text[max(s_lo, m.start() - 40):m.end()]):
            continue  # negated: "would not exceed the appropriate limit"
        if ((not refused and data["cost_not_refusal"].search(sentence))
                or data["condition_opening"].search(text[s_lo:m.start()])) and not _WE.search(sentence):
            continue  # the requester's words: "If this would exceed the cost limit, please ..."

        if cues.search("statute_quote", sentence) or cues.search("request_voice", sentence):
            continue
        if data["asked_before"].search(text[s_lo:m.start()]):
            continue  # "The requester added that if ... would exceed the cost limit": their words
        if data["cost_in_condition"].search(text, max(s_lo, m.start() - 80), m.start()):
            continue  # "if that went over the cost limit, just the outcomes": a condition
        written = [code for c in cits if c.kind == "s" and not c.by_name
                   for code in c.codes if code == "s12" or code.startswith("s12(")]
        code = max(written, key=len) if written else "s12"
        row = provisions.lookup(statute, code)
        return Exemption(code=code, section="12", statute=statute, name=row.title if row else None,
                         evidence=" ".join(sentence.split()))
    return None


_OPTIONS = re.compile(r"\d\s*(?:\([^)]*\)\s*)*\s+or\s+(?:sections?\s*)?\d", re.I)
# Words one of which grounds.yml withdrawn_after needs (a cheap test before the pattern).
_WITHDRAWN_WORDS = ("aside", "withdrawn", "overturned", "disregarded", "dropped", "reversed", "no longer")


# Words one of which grounds.yml withdrawn_before needs (a cheap test before the pattern).
_WITHDRAWAL_WORDS = ("longer", "withdr")
WITHDRAWN_WINDOW = 100  # characters before a citation read for its withdrawal


def _withdrawn_before(text: str, c: Citation) -> bool:
    """The words right before the citation withdraw it as a ground ("we no longer rely on section
    12(1)", "we have withdrawn our reliance on section 14")."""
    lo = max(0, c.start - WITHDRAWN_WINDOW)
    window = text[lo:c.start].lower()
    if not any(w in window for w in _WITHDRAWAL_WORDS):
        return False
    return _grounds_data()["withdrawn_before"].search(text, lo, c.start) is not None


# A request longer than this share of the text is a split gone wrong: none of it is trusted (as in
# parser/judgement/spans.py).
_REQUEST_SHARE = 0.5


def _requester_lines(text: str, request_text: str) -> list[tuple[int, int]]:
    """Lines of the request that open in the requester's first person asking ("I ask for ...",
    "I'd like ...") and hold nothing in the authority's voice: where they sit in the text. Only the
    request's own lines are read (a few), never the whole text."""
    if not request_text or len(request_text) > _REQUEST_SHARE * len(text):
        return []
    data = _grounds_data()
    out: list[tuple[int, int]] = []
    for line in request_text.split("\n"):
        line = line.strip()
        if len(line) < 20 or not data["requester_line"].match(line) or data["requester_line_authority"].search(line):
            continue
        i = text.find(line)
        if i >= 0:
            out.append((i, i + len(line)))
    return out


# Words one of which grounds.yml superseded_after needs (a cheap test before the patterns).
_SUPERSEDE_WORDS = ("chang", "revis", "replac", "withdr", "overturn", "revers", "set aside", "dropped", "abandon",
                    "amend", "alter", "substitut", "rescind")
SUPERSEDE_REACH = 400  # characters after the citation's sentence read for the superseding words
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]?(?=\s|$)")


def _superseded_after(text: str, c: Citation, cits: list[Citation], i: int) -> bool:
    """A refusal told in the past ("It was refused under section 14 ...") that the rest of its
    sentence or the next one supersedes ("Months later the answer was changed to 'not held'"), with
    no citation of the same section in the superseding words."""
    if not any(w in text[c.end:c.end + 2 * SUPERSEDE_REACH].lower() for w in _SUPERSEDE_WORDS):
        return False  # the cheap test first: most citations have none of the words near them
    s_lo, s_hi = sentence_bounds(text, c.start, c.end)
    nxt = _SENTENCE_END.search(text, min(s_hi + 1, len(text)), min(len(text), s_hi + SUPERSEDE_REACH))
    hi = nxt.end() if nxt else min(len(text), s_hi + SUPERSEDE_REACH)
    window = text[c.end:hi].lower()
    if not any(w in window for w in _SUPERSEDE_WORDS):
        return False
    data = _grounds_data()
    if not data["retold_refusal_before"].search(text, max(s_lo, c.start - _CLAUSE_CHARS), c.start):
        return False
    m = data["superseded_after"].search(text, c.end, hi)
    if m is None:
        return False
    sections = set(c.sections_written)
    for d in cits[i + 1:]:
        if d.start >= hi:
            break
        if d.kind == c.kind and sections & set(d.sections_written):
            return False  # "... revised, but the names remain exempt under section 40(2)": still relied on
    return True


def _section_of(code: str) -> str:
    """"s40(5B)(a)(i)" -> "40"; "s22A" -> "22A"."""
    m = re.match(r"^[sr](\d+[A-Za-z]?)", code)
    return m.group(1) if m else code


# Statements that something is withheld or refused, with or without a provision: an explanation
# of a provision counts as its use only in a reply that says so somewhere.
_WITHHOLDS = ("whole_refusal", "refusal_statement", "cost_refusal", "withholding", "ncnd", "ncnd_harm")


def _withholds_somewhere(text: str, occurrences: list[Occurrence]) -> bool:
    """Whether the reply withholds anything: a provision relied on or listed, or a refusal,
    withholding, cost or NCND statement. "Section 40(2) of the Act states that ..." in a reply
    that gives everything explains the Act; in a Met cost refusal it is the ground."""
    if any(o.role in (RELIED, LISTED) for o in occurrences):
        return True
    if any(cues.search(name, text) for name in _WITHHOLDS):
        return True
    negators = cues.pattern("negators")
    return any(not negators.search(text[max(0, m.start() - 30):m.start()])
               for m in _grounds_data()["own_finding"].finditer(text))


def _aggregate(occurrences: list[Occurrence], *, explained_counts: bool = True,
               listed_counts: bool = True) -> list[Exemption]:
    best: dict[tuple[str, str], Occurrence] = {}
    for o in occurrences:
        key = (o.statute, o.code)
        if key not in best or o.role > best[key].role:
            best[key] = o
    firm = {(o.statute, o.section) for o in best.values() if o.role in (RELIED, LISTED)}
    # An explanation ("Section 38(2A) provides that ...") is a ground only where it is all
    # the response says of that section (a Met cost refusal cites s12(1) only so).
    grounds = [o for o in best.values()
               if o.role == RELIED or (o.role == LISTED and listed_counts)
               or (o.role == EXPLAINED and explained_counts and (o.statute, o.section) not in firm)]
    rejected_sections = {(o.statute, o.section) for o in best.values() if o.role == REJECTED}
    specific = {(o.statute, o.section) for o in grounds if "(" in o.code}
    codes = {(o.statute, o.code) for o in grounds}
    roles = {(o.statute, o.code): o.role for o in grounds}
    described = {(o.statute, o.code): o.described for o in grounds}
    kept: list[Occurrence] = []
    for o in grounds:
        if "(" not in o.code and ((o.statute, o.section) in specific or
                                  (o.role == LISTED and (o.statute, o.section) in rejected_sections)):
            continue  # "Section 31 - Law Enforcement" heading over "s31(1)(a)": counted once
        if "(" in o.code and any(st == o.statute and c.startswith(o.code + "(") for st, c in codes):
            continue  # "Section 40(2) is absolute" beside "40(2)(a)(b)": one code per leaf
        if "(" in o.code and not o.chained and any(
                st == o.statute and _split_from(o.code, c) and not (described[(st, c)] and o.role == RELIED)
                for st, c in codes):
            # "Section 40(5) is absolute" beside "40(5B)(a)(i)": the subsection it was split from; but
            # "Section 40(2)(3)" is the pre-2018 chain, its s40(3) a leaf as written
            continue
        if o.described and _AMENDED_SUBSECTION.search(o.code) and any(
                st == o.statute and _split_from(c, o.code) and roles[(st, c)] == RELIED for st, c in codes):
            # "by virtue of the following exemptions: ... S40(5)" then "Section 40 (5A) is an absolute,
            # class-based exemption": the claim listed is 40(5); the inserted subsection only describes it
            continue
        kept.append(o)
    first_seen = {}
    for o in occurrences:
        first_seen.setdefault((o.statute, o.code), o.start)
    kept.sort(key=lambda o: first_seen[(o.statute, o.code)])
    out: list[Exemption] = []
    for o in kept:
        row = provisions.lookup(o.statute, o.code)
        ncnd = provisions.is_ncnd_code(o.statute, o.code) or _ncnd_sentence(o.sentence)
        out.append(Exemption(
            code=o.code,
            section=o.section,
            statute="EIR" if o.statute == "EISR" else o.statute,
            name=row.title if row else None,
            ncnd=ncnd,
            evidence=" ".join(o.sentence.split()),
        ))
    return out


def _chained(c: Citation, code: str) -> bool:
    """`code` came from citation `c` beside a code of another subsection of the same section."""
    sub = _SUBSECTION_OF.match(code)
    return sub is not None and any(
        (m := _SUBSECTION_OF.match(other)) is not None and m.group(1) == sub.group(1) and m.group(2) != sub.group(2)
        for other in c.codes)


_SUBSECTION_OF = re.compile(r"^([sr]\d+[A-Za-z]?)\((\w+)\)")


# A subsection an amendment inserted after another, lettered after its number ("40(5A)", "40(5B)"
# split from 40(5); "40(3A)" beside 40(3)).
_AMENDED_SUBSECTION = re.compile(r"\((\d{1,2})[A-Z]\)")


def _split_from(code: str, other: str) -> bool:
    """Whether `code` is the unlettered subsection `other` was split from, or an ancestor of it:
    "s40(5)" of "s40(5B)(a)(i)"; never of itself, nor "s40(2)" of "s40(5B)"."""
    if other == code or not _AMENDED_SUBSECTION.search(other):
        return False
    plain = _AMENDED_SUBSECTION.sub(r"(\1)", other)
    return plain == code or plain.startswith(code + "(")


def _holding_confirmed(text: str, skip: list[tuple[int, int]]) -> bool:
    """Whether the authority says, outside the request and any NCND sentence, that it holds it."""
    for m in _grounds_data()["holding_confirmed"].finditer(text):
        if inside(skip, m.start()):
            continue
        lo, hi = sentence_bounds(text, m.start(), m.end())
        if not says_ncnd(text[lo:hi]):
            return True
    return False


def _withheld_without_ncnd(text: str, skip: list[tuple[int, int]]) -> bool:
    """Whether the reply says it withholds part of what it holds and nowhere speaks of confirming
    or denying: an NCND subsection it cites is then a withholding ground (grounds.yml)."""
    data = _grounds_data()
    if data["ncnd_any_word"].search(text):
        return False
    return any(not inside(skip, m.start()) for m in data["withheld_from_held"].finditer(text))


def _ncnd_sentence(sentence: str) -> bool:
    return says_ncnd(sentence) and not cues.search("confirms_holding", sentence)

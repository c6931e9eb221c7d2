"""Lines of page text -> the response's lines: drop the chrome in the top and bottom zones.

A page's text (the seed, the dev-set .txt files, or what HTML cleaning rendered) carries its
site chrome as whole lines before the response starts and after it ends: cookie banners,
exit buttons, beta notices, "technical problem" messages, skip links, share links, related
links. Cue families in parser/data/chrome.yml classify a line; a cue only drops a line in a
zone (before the first or after the last substantive line), so a response that talks about
cookies or a beta trial keeps every sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

import yaml
from ahocorasick_rs import AhoCorasick

# What may follow a tail marker ("Related Content", "How to search") for it to be treated
# as closing chrome: a short list of links, never a second half of the response. Tuned
# with the dev-set (h036 "About FOI": 150 chars; h045 "How to search": 160 chars).
TAIL_MAX_CHARS = 1000
# A zone line this long that sits next to an identical copy of itself is rendered chrome
# (hidden notices duplicated by the page); a short one ("Yes") may be a real answer.
REPEAT_MIN_CHARS = 40
# How many lines past a substantive-looking line are checked for more chrome before the
# zone is closed (the SOH banner block is 7 lines; one unknown wording must not end it).
ZONE_LOOKAHEAD = 2
# Dropped chrome lines kept in the page metadata (the banners at the top name the site).
CHROME_META_LINES = 12
TAIL_META_LINES = 4  # last lines of the closing chrome kept with the banners (fields5)
CHROME_KEY = "chrome_text"  # cleaning moves it from the metadata to Page.chrome_text
_DATE_VALUE = re.compile(r"^\W*\d{1,2}(?:st|nd|rd|th)?\b.{0,30}\d{4}\W*$|^\W*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\W*$|^\W*\w+\s+\d{1,2},?\s+\d{4}\W*$")


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_IN_LINE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)


@dataclass(frozen=True)
class Family:
    """One family of chrome phrasing (all cookie banners, all exit buttons...)."""

    name: str
    max_len: int
    weak: bool
    regex: re.Pattern[str]
    triggers: tuple[str, ...] = ()  # cheap substring prefilter; empty = always run the regex
    # The triggers as one pattern over the lower-cased line: one C-level scan instead of a
    # Python loop of substring tests per family (most lines are tested against every family).
    trigger: re.Pattern[str] | None = None
    # Every pattern anchored at the line's start: the family is tried there alone (re.match).
    anchored: bool = False
    test: Any = None  # regex.match when anchored, else regex.search (one bound method per family)


@dataclass(frozen=True)
class Rules:
    families: tuple[Family, ...]
    tail_marker: re.Pattern[str]
    protect: re.Pattern[str]
    min_chars: int
    min_words: int
    anywhere: tuple[Family, ...] = ()  # dropped wherever they sit, not only in the zones
    inline: re.Pattern[str] | None = None  # furniture cut out of a long line (case-sensitive)
    inline_trigger: re.Pattern[str] | None = None  # one of its substrings, case-sensitive


@lru_cache(maxsize=1)
def chrome_data() -> dict[str, Any]:
    """parser/data/chrome.yml, read once per process."""
    text = resources.files("parser").joinpath("data/chrome.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _any(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def row_pattern(row: dict[str, Any]) -> str:
    """A family's `row` spec as one anchored pattern: `min` or more `items` joined by `seps`,
    with `require` somewhere in the line. Written once here so the gazetteer of items stays
    data ("12 comments · 345 views", "Download | Print | Share")."""
    item = "|".join(f"(?:{i})" for i in row["items"])
    sep = row.get("seps", r"[|·•]")
    more = max(int(row.get("min", 1)) - 1, 0)
    need = f"(?=.*(?:{row['require']}))" if row.get("require") else ""
    # items meet at a separator or a space, never inside a word
    return rf"^{need}\s*(?:{item})(?:(?:\s*(?:{sep})\s*|\s+)(?:{item})){{{more},}}\s*$"


def _family_patterns(spec: dict[str, Any]) -> list[str]:
    return list(spec.get("patterns") or ()) + ([row_pattern(spec["row"])] if spec.get("row") else [])


def _family(name: str, spec: dict[str, Any]) -> Family:
    patterns = _family_patterns(spec)
    anchored = all(p.startswith("^") for p in patterns)
    triggers = tuple(t.lower() for t in spec.get("triggers") or ())
    # `prefilter: false`: the family's anchored patterns start with literal words, so trying
    # them at the line's start costs less than scanning the whole line for its many triggers
    keep = spec.get("prefilter", True) or not anchored
    trigger = re.compile("|".join(re.escape(t) for t in triggers)) if triggers and keep else None
    regex = _any(patterns)
    return Family(
        name.split("/")[0],  # "cookie/buttons" is a second group of "cookie"
        int(spec["max_len"]),
        bool(spec.get("weak", False)),
        regex,
        triggers,
        trigger,
        anchored,
        (regex.match if anchored else regex.search),
    )


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = chrome_data()["text"]
    keys = tuple(data["families"])
    families = tuple(_family(name, spec) for name, spec in data["families"].items())
    anywhere = set(data.get("anywhere") or ())
    return Rules(
        families=families,
        tail_marker=_any(data["tail_markers"]),
        protect=_any(data["protect"]),
        min_chars=int(data["substantive_min_chars"]),
        min_words=int(data["substantive_min_words"]),
        anywhere=tuple(f for key, f in zip(keys, families) if f.name in anywhere or key in anywhere),
        inline=re.compile("|".join(f"(?:{p})" for p in data["inline"])) if data.get("inline") else None,
        inline_trigger=re.compile("|".join(re.escape(t) for t in data["inline_triggers"])) if data.get("inline_triggers") else None,
    )


# Invisible characters Word and CMS editors scatter through text: zero-width spaces and
# joiners, BOMs mid-text, soft hyphens. str.split() does not treat them as space.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def normalise(line: str) -> str:
    """One line with runs of whitespace (non-breaking spaces included) as one space."""
    if not line.isascii():
        line = line.translate(_INVISIBLE)
    return " ".join(line.split())  # str.split() knows every Unicode space; faster than a regex


def has_inline_furniture(text: str) -> bool:
    """Whether any line of the text may hold furniture run into it (one C-level scan)."""
    r = rules()
    return r.inline is not None and (r.inline_trigger is None or r.inline_trigger.search(text) is not None)


def strip_inline_furniture(line: str) -> str:
    """The line without security markings and footer handles run into it (a letter whose
    pages were flattened into one paragraph each); most lines have no trigger and return
    unchanged after a few substring tests."""
    r = rules()
    if r.inline is None or (r.inline_trigger is not None and r.inline_trigger.search(line) is None):
        return line
    if not r.inline.search(line):
        return line
    if shaped_family(line) is not None:
        return line  # furniture from end to end ("FOI 2019/114 | Page 1 of 3"): dropped whole
    return " ".join(r.inline.sub(" ", line).split())


@lru_cache(maxsize=2)
def _applied(weak: bool) -> tuple[Family, ...]:
    """The families chrome_family tries, in order: the weak ones only when asked."""
    return tuple(f for f in rules().families if weak or not f.weak)


@lru_cache(maxsize=2)
def _checks(weak: bool) -> tuple[tuple[int, Any, Any, str], ...]:
    """(max_len, trigger search, pattern search, name) of the families applied, as bound
    methods: this loop runs for every zone line against every family."""
    return tuple(
        (f.max_len, f.trigger.search if f.trigger is not None else None, f.test, f.name)
        for f in _applied(weak)
    )


class _Triggers:
    """Which families' trigger words occur in a line, from one Aho-Corasick pass over it
    instead of one trigger search per family (a content line is tried against every
    family). Equal to each family's `trigger.search(low) is not None`: its triggers are
    plain substrings."""

    def __init__(self, families: Sequence[Family]) -> None:
        owners: dict[str, list[int]] = {}
        always: set[int] = set()
        for k, fam in enumerate(families):
            if fam.trigger is None:
                continue  # no prefilter: the caller runs the family's own test
            if "" in fam.triggers:
                always.add(k)  # an empty trigger is in every line
            for word in fam.triggers:
                if word:
                    owners.setdefault(word, []).append(k)
        self.families = tuple(families)
        self.always = frozenset(always)
        self.owners = tuple(tuple(ks) for ks in owners.values())
        self.automaton = AhoCorasick(list(owners)) if owners else None

    def hits(self, low: str) -> frozenset[int] | set[int]:
        if self.automaton is None:
            return self.always
        try:
            found = {k for k, _, _ in self.automaton.find_matches_as_indexes(low, overlapping=True)}
        except UnicodeEncodeError:  # a lone surrogate: each family's own trigger search
            return {k for k, f in enumerate(self.families)
                    if f.trigger is not None and f.trigger.search(low) is not None}
        if not found:
            return self.always
        out = set(self.always)
        for k in found:
            out.update(self.owners[k])
        return out


@lru_cache(maxsize=2)
def _check_triggers(weak: bool) -> _Triggers:
    """The trigger words of _checks(weak)'s families, in the same order."""
    return _Triggers(_applied(weak))


@lru_cache(maxsize=1)
def _anywhere_triggers() -> _Triggers:
    return _Triggers(rules().anywhere)


# A site's chrome lines recur on every page of a crawl ("Skip to main content", its cookie
# banner, its footer links): remembered, each costs one look-up after its first page.
CHROME_CACHE = 8192


@lru_cache(maxsize=CHROME_CACHE)
def chrome_family(line: str, *, weak: bool = True) -> str | None:
    """The chrome family a line belongs to ("cookie", "exit", ...), or None for content."""
    n = len(line)
    hits = None
    for k, (max_len, trigger, search, name) in enumerate(_checks(weak)):
        if n > max_len:
            continue
        if trigger is not None:
            if hits is None:
                hits = _check_triggers(weak).hits(line.lower())
            if k not in hits:
                continue
        if search(line):
            return None if rules().protect.search(line) else name
    return None


def shaped_family(line: str, previous: str = "") -> str | None:
    """The "anywhere" family of a line ("OFFICIAL", "Page 2 of 3", "@PoliceScotland", a bare
    web address, "No attachments"), or None. A bare address after a line ending in ":" is
    what that line points to, so it is content."""
    if len(line) > _anywhere_max_len():  # a paragraph: longer than any furniture line
        return None
    name = _shaped(line)
    if name == "bare_host" and previous.rstrip().endswith(":"):
        return None
    return name


@lru_cache(maxsize=1)
def _anywhere_max_len() -> int:
    return max((fam.max_len for fam in rules().anywhere), default=0)


# Every line of every page is tested against some thirty families; a site's furniture lines
# recur on each of its pages, so a line's answer is remembered (as chrome_family's is).
@lru_cache(maxsize=CHROME_CACHE)
def _shaped(line: str) -> str | None:
    r = rules()
    hits = None
    for k, fam in enumerate(r.anywhere):
        if len(line) > fam.max_len:
            continue
        if fam.trigger is not None:
            if hits is None:
                hits = _anywhere_triggers().hits(line.lower())
            if k not in hits:
                continue
        if fam.test(line) and not r.protect.search(line):
            return fam.name
    return None


def _substantive(line: str, family: str | None, r: Rules) -> bool:
    return family is None and len(line) >= r.min_chars and len(line.split()) >= r.min_words


def _tail_cut(lines: list[str], r: Rules) -> int:
    """Index of the first line of the closing chrome (len(lines) when there is none)."""
    total = sum(len(x) for x in lines)
    after = 0
    cut = len(lines)
    # Only the last TAIL_MAX_CHARS of text can hold a marker: walk back from the end.
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if after > TAIL_MAX_CHARS or after > total / 2:
            break
        if len(line) <= 60 and r.tail_marker.search(line.rstrip(":")):
            if not any(r.protect.search(x) for x in lines[i + 1 :]):
                cut = i
        after += len(line)
    return cut


def drop_chrome_lines(
    lines: Sequence[str], *, weak: bool = True, normalised: bool = False, source: Sequence[str] | None = None
) -> tuple[list[str], dict[str, str]]:
    """The lines that are not chrome, and page metadata found among the chrome.

    `weak=False` applies only the strong families (cookie, exit, beta...): HTML cleaning
    uses it, because the page structure already separated navigation from content;
    `normalised=True` says the lines are already whitespace-normalised (HTML rendering).
    Only the zones are classified (from each end up to the first substantive line), so the
    cost does not grow with the length of the response. `source`: the lines as they were
    before furniture was cut out of them (page counters still in place), when the caller
    has already cut it.
    """
    r = rules()
    text = [x for x in lines if x] if normalised else [x for x in (normalise(x) for x in lines) if x]
    if has_inline_furniture("\n".join(text)):  # most pages have none
        text = [x for x in map(strip_inline_furniture, text) if x]
    families: dict[int, str | None] = {}

    def classify(i: int) -> str | None:
        family = chrome_family(text[i], weak=weak)
        if family is None and i and "|" in text[i] and _choices_under_listing(text[i - 1], text[i]):
            family = "page_about"  # "choose a sub-department to see fewer" then "A | B | C"
        if family is None and len(text[i]) >= REPEAT_MIN_CHARS and (
            (i > 0 and text[i - 1] == text[i]) or (i + 1 < len(text) and text[i + 1] == text[i])
        ) and not r.protect.search(text[i]):
            family = "repeated"  # SOH renders each "preferences saved" notice twice
        families[i] = family
        return family

    def boundary(order: Sequence[int], lookahead: int) -> int | None:
        """The first substantive line in `order` with no chrome line just beyond it.

        An unrecognised banner wording is long enough to look substantive; the recognised
        chrome right after it shows the zone goes on (the unrecognised line itself is kept).
        """
        pos = 0
        while pos < len(order):
            if _substantive(text[order[pos]], classify(order[pos]), r):
                ahead = [k for k, j in enumerate(order[pos + 1 : pos + 1 + lookahead]) if classify(j)]
                if not ahead:
                    return order[pos]
                pos += ahead[-1] + 2
                continue
            pos += 1
        return None

    # Banners cluster at the top; at the bottom the tail markers do that work, and a
    # lookahead there would eat into the letter's closing lines.
    found = boundary(range(len(text)), ZONE_LOOKAHEAD)
    first = len(text) if found is None else found
    last = -1
    if found is not None:
        found_last = boundary(range(len(text) - 1, first, -1), 0)
        last = first if found_last is None else found_last
    cut = min(_tail_cut(text, r), _divider_cut(text, last, families, r, weak))
    if weak:  # a page's text; a letter's letterhead and address footer name its writer
        for i in _site_names(text, first, last, families, r):
            families[i] = "site_name"
        for i in _footer_run(text, last, families, r):
            families[i] = "footer_run"
        for i in _masthead(text, first, families, r):
            families[i] = "masthead"
    running = _running_lines(text, lines if source is None else source, r)
    letter_last, letter_end = _closing_sign_off(text, last, families, r, weak)
    if cut <= letter_end:
        # a "Contact us" or "Useful links" heading above the letter's "Yours sincerely" is the
        # letter's own: the closing chrome can only start below the close
        cut = letter_end + 1 + _tail_cut(text[letter_end + 1 :], r)
    kept: list[str] = []
    dropped: list[str] = []
    meta: dict[str, str] = {}
    skip_next = False
    for i, line in enumerate(text[:cut]):
        if skip_next:
            skip_next = False
            continue
        family = families.get(i) if (i < first or i > last) else None
        if family is not None and letter_last < i < letter_end:
            family = None  # above the letter's "Yours sincerely" the letter goes on: its own lines
        if family is not None and _continues_list(text, i):
            family = None  # "(c) 2016 - One." under "(a) 2014 ..." and "(b) 2015 ...": the answer's list
        if family is None and i in running:
            family = "running"
        if family == "postal" and kept and _points_to_address(kept[-1]):
            family = None  # where the letter tells the requester to write: content
        if family is None or family == "bare_host":
            family = shaped_family(line, kept[-1] if kept else "")
        if family is None and i == cut - 1 and kept and _signature_address(line, kept[-1]):
            family = "signature_address"
        if family is None:
            kept.append(line)
            continue
        if len(dropped) < CHROME_META_LINES:
            dropped.append(line)
        if family == "updated":
            value = line.split(":", 1)[1].strip() if ":" in line else ""
            if not value and i + 1 < len(text) and _DATE_VALUE.match(text[i + 1]):
                value, skip_next = text[i + 1], True
            if value:
                meta.setdefault("last_updated", value)
        elif family == "byline":
            # the post's date goes on as page metadata (the dates step reads "pubdate" when
            # the text states no publication date), as a <meta name="pubdate"> would give it
            dated = _DATE_IN_LINE.search(line)
            if dated:
                meta.setdefault("pubdate", dated.group(0))
    # The closing chrome below the tail marker ("Related requests" ... "West Midlands Police ·
    # Privacy · Accessibility") names the site as its banners do: its last lines go along too.
    dropped += [x for x in text[cut:] if x.strip()][-TAIL_META_LINES:]
    if dropped:
        # The site's own banners name it ("Cookies on Norfolk Constabulary"): kept for the
        # authority step, which has nothing else when the response never names its writer.
        meta[CHROME_KEY] = "\n".join(dropped)
    return kept, meta


CHOICE_ROW_MAX_CHARS = 240


@lru_cache(maxsize=1)
def _listing_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a listing page's instruction, the row of choices under it), from chrome.yml."""
    data = chrome_data()["text"]
    return _any(data["families"]["page_about/listing"]["patterns"]), re.compile(data["choice_row"])


def _choices_under_listing(previous: str, line: str) -> bool:
    """`line` is the row of choices ("Animal Rescues | Staff Numbers | Vehicles") right under a
    listing page's instruction to pick one ("choose a sub-department to see fewer")."""
    if len(line) > CHOICE_ROW_MAX_CHARS:
        return False
    instruction, row = _listing_patterns()
    return bool(row.match(line)) and instruction.search(previous) is not None


# A web address with a short path ("tfl.gov.uk/foi", "www.example.gov.uk/contact-us"): what a
# sentence points to in the body, but the last line of a response right under the body's name
# is its signature's address.
_SHORT_PATH_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[a-z0-9_-]+){1,2}/?$", re.I)
SIGNATURE_NAME_MAX_CHARS = 60


def _signature_address(line: str, previous: str) -> bool:
    """`line`, the response's last, is a web address under a line naming a body (a signature)."""
    return (
        _SHORT_PATH_ADDRESS.match(line) is not None
        and len(previous) <= SIGNATURE_NAME_MAX_CHARS
        and previous[-1] not in ".!?:"
        and _BODY_NAME.search(previous) is not None
    )


# The formal close of a letter; "Thank you", "Regards" also close a site's feedback or a comment.
_FORMAL_CLOSE = re.compile(r"^yours\s+(?:sincerely|faithfully|truly)\b[,.]?$", re.I)


def _closing_sign_off(text: Sequence[str], last: int, families: dict[int, str | None], r: Rules, weak: bool) -> tuple[int, int]:
    """(the response's last long sentence, the letter's formal close "Yours sincerely" below it),
    or (-1, -1). Place decides: between the two the letter is still speaking ("(c) 2016 - One.",
    "Contact us if you have questions"), so no zone cue drops those lines; page furniture of
    fixed shape ("Page 2 of 2") still goes. When the zones ran together (a short letter ending in
    chrome-like lines) the last long sentence above the close stands for the response's end."""
    for i in range(max(last + 1, 0), len(text)):
        if _FORMAL_CLOSE.match(text[i]):
            if last >= 0:
                return last, i
            for j in range(i - 1, -1, -1):
                family = families[j] if j in families else chrome_family(text[j], weak=weak)
                if _substantive(text[j], family, r):
                    return j, i
            return -1, -1
    return -1, -1


# A list item's marker: "(c)", "c)", "3.", "(ii)", "Q.4", "A4:", "Question 2". Its kind and place
# in the sequence say whether a line carries on the list the lines around it began.
_ITEM = re.compile(
    r"^(\()?((?:q(?:uestion)?|a(?:nswer)?|part)\s*\.?\s*(?=\d))?(\d{1,2}|[a-z]|[ivx]{2,4})([.):])?(?=\s+\S)", re.I
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12}
# How many lines above and below a list item its neighbours are looked for.
LIST_REACH = 8


def _item_readings(line: str) -> set[tuple[str, int]]:
    """(style, position) readings of a line's list marker ("(c)" is the third letter; "(i)" the
    ninth letter or the first roman numeral); empty when the line opens with no marker."""
    m = _ITEM.match(line)
    if m is None:
        return set()
    opened, prefix, value, closed = m.groups()
    if not (opened or prefix or closed) or (opened and closed != ")"):
        return set()  # "c 2016", "(c." are no list markers
    style = f"{opened or ''}{(prefix or '').strip(' .').lower()[:1]}{closed or ''}"
    low = value.lower()
    out: set[tuple[str, int]] = set()
    if low.isdigit():
        out.add((style + "#", int(low)))
    else:
        if len(low) == 1:
            out.add((style + "a", ord(low) - 96))
        if low in _ROMAN:
            out.add((style + "i", _ROMAN[low]))
    return out


def _continues_list(text: Sequence[str], i: int) -> bool:
    """Whether line i is an item of a list that nearby lines carry: the nearest item above in the
    same marker style is numbered one before it, or the nearest below one after it ("(c) 2016 -
    One." under "(b) 2015 - None."). A response's list keeps its items however furniture-like one
    reads ("(c) 2016" opens a copyright line too); a site's copyright line has no "(b)" just above
    it, and one under a list that already had its "(c)" carries nothing on."""
    mine = _item_readings(text[i])
    if not mine:
        return False
    for step, span in ((1, range(i - 1, max(-1, i - LIST_REACH - 1), -1)), (-1, range(i + 1, min(len(text), i + LIST_REACH + 1)))):
        open_styles = {style for style, _ in mine}
        for j in span:
            if not open_styles:
                break
            for style, pos in _item_readings(text[j]):
                if style in open_styles:
                    if (style, pos + step) in mine:
                        return True
                    open_styles.discard(style)  # the nearest item of this style decides
    return False


# A letter's sign-off: the signature block under it names the writer and stays.
_SIGN_OFF = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm|many)\s+(?:regards|thanks)|regards|best\s+wishes|thank\s+you)\b",
    re.I,
)
# A line of a site's footer block: short, no figure (an annex table's row), no "|" (a table row).
FOOTER_RUN_MAX_CHARS = 80


def _footer_run(text: Sequence[str], last: int, families: dict[int, str | None], r: Rules) -> list[int]:
    """Lines of a page's footer block whose wording no family knows. Place decides: below the
    response's last sentence and its sign-off block, a recognised chrome line opens the site's
    footer, and the footer runs to the end of the page (the response does not resume, or a
    substantive line would have ended the zone). Short lines after that opening are the footer's
    too ("Mainly a blog about policing", "Terms", a strapline); lines with a figure or a "|"
    (an annex table) and protected lines stay, and so does the signature block above it."""
    if last < 0 or last + 1 >= len(text):
        return []
    start = last + 1
    for i in range(last + 1, len(text)):
        if _SIGN_OFF.match(text[i]):
            start = i + 1
    opening = next((i for i in range(start, len(text)) if families.get(i)), None)
    if opening is None:
        return []
    return [
        i for i in range(opening + 1, len(text))
        if not families.get(i)
        and len(text[i]) <= FOOTER_RUN_MAX_CHARS
        and "|" not in text[i]
        and not any(c.isdigit() for c in text[i])
        and not r.protect.search(text[i])
    ]


# A line that introduces an address: "... complain to the Information Commissioner at:", "write to:"
_ADDRESS_CUE = re.compile(r"(?::|\bat|\bto)\s*$|\bcommissioner\b|\bwrite\b|\baddress\b|\bcontact\b", re.I)


def _points_to_address(previous: str) -> bool:
    return _ADDRESS_CUE.search(previous) is not None


# Families of a site's menus and trails: the masthead (name, strapline, contact line) sits above them.
# Rows only, and navigation links: a lone "Email:" or "Download" may be a letter's own field or link.
_MENU_FAMILIES = frozenset(("breadcrumb", "link_list", "item_row", "navigation", "ui_row", "social_row", "dot_row",
                            "a11y_row"))
# A masthead line: short, no figure, no sentence end.
MASTHEAD_MAX_CHARS = 60


@lru_cache(maxsize=1)
def _message_opening() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a copied email's divider, one of its header fields), from chrome.yml."""
    data = chrome_data()["text"]
    return re.compile(data["message_divider"], re.I), re.compile(data["message_field"], re.I)


def _masthead(text: Sequence[str], first: int, families: dict[int, str | None], r: Rules) -> list[int]:
    """Lines of a page's masthead that no family knows: above the site's menu or trail at the top
    of a page's text, before the response's first sentence, the site prints its name, then its
    strapline ("Proud to protect", "The independent voice of ..."), a section name or a contact
    line. Place decides: an unknown line counts only when a menu line comes after it and before
    the first substantive line, and only short lines with no figure, no sentence end and nothing
    protected go (a title carrying a reference or a date stays; a question stays unless it is an
    account link's, "Lost your password?", which nothing protects; so does anything below the first
    menu line, where a page's own title sits). Unless a line above the menu already names the
    site or a body, the first unknown line is the site's name and stays for the authority step;
    a line naming a body always stays. A copied email's opening (its divider over a header field) at
    the top is such an anchor too, and there the first line goes as well: the message names its sender,
    the host above it is no writer."""
    top = min(first, len(text))
    menus = [i for i in range(top) if families.get(i) in _MENU_FAMILIES]
    # a copied email's opening ("----- Original Message -----" over "Sent: ..."): the host's lines above it
    # are no writer's name, the message names its sender (a body's name still stays, below)
    divider, field = _message_opening()
    opening = next((i for i in range(min(top, len(text) - 1)) if divider.match(text[i]) and field.match(text[i + 1])), None)
    if opening is not None and (not menus or opening < menus[0]):
        anchor, named = opening, True
    elif menus:
        anchor = menus[0]
        named = any(families.get(i) == "site_name" or _BODY_NAME.search(text[i]) for i in range(anchor))
    else:
        return []
    unknown = [i for i in range(anchor) if not families.get(i)]
    if any(_substantive(text[i], None, r) or _SIGN_OFF.match(text[i]) for i in unknown):
        return []  # a sentence above the menu: the zone ran on through a letter, no masthead here
    return [
        i for i in (unknown if named else unknown[1:])
        if len(text[i]) <= MASTHEAD_MAX_CHARS
        and not any(c.isdigit() for c in text[i])
        # a question ends a masthead line only when nothing protects it: every question but an
        # account link's ("Lost your password?") or a consent prompt is protected as a request's
        and text[i][-1] not in ".!:"
        and not r.protect.search(text[i])
        and not _BODY_NAME.search(text[i])
    ]


# A body's name in a masthead ("South Wales Police | Heddlu De Cymru"): kept, the authority step reads it.
_BODY_NAME = re.compile(
    r"\b(?:police|constabulary|heddlu|council|fire|rescue|commissioner|pcc|government|authority|ministry|department|"
    r"office|service|agency|executive|board|borough|county|city|transport|unit)\b",
    re.I,
)


# A divider drawn with one repeated character: "▬▬▬▬▬▬", "------", "* * * * *", "________".
_DIVIDER = re.compile(r"^(?:([^\w\s]|_)\s?)\1(?:\s?\1){2,}$")
# What may follow a divider for it to open the page's closing chrome.
DIVIDER_TAIL_MAX_CHARS = 400


def _divider_cut(text: Sequence[str], last: int, families: dict[int, str | None], r: Rules, weak: bool) -> int:
    """Index of a divider that opens the page's closing chrome (len(text) when there is none).

    The last divider line of the page, near its end: what follows it is short, holds a line a
    site family knows (a menu, a "Back to the list" link: furniture of a letter's own pages, a
    page counter or marking, does not count) and nothing protected. A letter's rule above its
    footnotes or its complaints paragraph has no such line after it and stays.
    """
    n = len(text)
    after = 0
    for i in range(n - 1, max(last - 4, -1), -1):
        if after > DIVIDER_TAIL_MAX_CHARS:
            break
        if len(text[i]) >= 3 and _DIVIDER.match(text[i]):
            tail = range(i + 1, n)
            if not tail:
                return i
            known = [j for j in tail if (families.get(j) if j in families else chrome_family(text[j], weak=weak))]
            site = [j for j in known if _shaped(text[j]) is None]
            if site and not any(r.protect.search(text[j]) for j in tail):
                return i
            return n
        after += len(text[i])
    return n


# A site's name as a line's lead: before "©", a year, a strapline dash, a menu separator.
# ("1Library © 2026 · Terms": the name may also come before its "©")
_NAME_LEAD = re.compile(r"^(?:©|\(c\)|copyright)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(.+?)(?:\s+(?:©|\(c\)))?(?:\s+\d{4})?\s*(?:$|\s[-–—·•|]\s|>>|\s›\s|\s\|)", re.I)
# A figure standing alone in a lead ("Table 3", "2019 figures") is no site's name; a digit
# joined to a brand's letters ("1Library") is.
_LONE_NUMBER = re.compile(r"(?<![^\W\d])\d+(?![^\W\d])")
_MARKED = re.compile(r"^(?:©|\(c\)|copyright)|\s(?:©|\(c\))\s|\s[-–—]\s|>>", re.I)
_DOMAIN_TAIL = re.compile(r"\.(?:com|co\.uk|org(?:\.uk)?|net|uk|gov\.uk|info|io)$", re.I)
# A site name is short: the page's title or a letter's first sentence is not.
SITE_NAME_MAX_CHARS = 40


def _name_lead(line: str) -> str:
    m = _NAME_LEAD.match(line)
    lead = m.group(1) if m else line
    return _DOMAIN_TAIL.sub("", lead.strip()).casefold()


def _site_names(
    text: Sequence[str], first: int, last: int, families: dict[int, str | None], r: Rules
) -> list[int]:
    """Zone lines that carry the site's name at both ends of the page: "Neil Wilby Media" over
    the article and "© Neil Wilby Media" under it, "RSSing>> Latest" at the top and
    "RSSing.com — feeds from around the web" at the bottom. A name shows itself by coming
    back in the other zone beside a chrome mark (©, a strapline dash, a menu separator);
    a letterhead over a letter and the same body's name in its sign-off carry no such mark
    and are kept. Only the zone lines are looked at, so the cost stays linear."""
    if last < first:
        # The zones ran together (a short article followed by chrome): the ends are what lies
        # outside the first and last substantive lines; with none there are no two ends.
        subs = [i for i in range(len(text)) if _substantive(text[i], families.get(i) or chrome_family(text[i]), r)]
        if not subs:
            return []
        first, last = subs[0], subs[-1]
    top = [i for i in range(min(first, len(text))) if not families.get(i)]
    bottom = [i for i in range(max(last + 1, 0), len(text)) if not families.get(i)]
    top_all = range(min(first, len(text)))
    bottom_all = range(max(last + 1, 0), len(text))
    if not top_all or not bottom_all:
        return []

    def marked(line: str) -> bool:
        # "|" and "·" are left out: a letter's footer "Body | street | town" uses them too
        return bool(_MARKED.search(line))

    def leads(indices: Sequence[int]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i in indices:
            line = text[i]
            if len(line) > 90 or r.protect.search(line):
                continue
            lead = _name_lead(line)
            if 3 <= len(lead) <= SITE_NAME_MAX_CHARS and not _LONE_NUMBER.search(lead):
                out.setdefault(lead, []).append(i)
        return out

    top_leads, bottom_leads = leads(top_all), leads(bottom_all)
    found: list[int] = []
    for lead, tops in top_leads.items():
        bottoms = bottom_leads.get(lead)
        if not bottoms:
            continue
        if not any(marked(text[i]) for i in tops + bottoms):
            continue  # letterhead and sign-off: the body's name, not a site's furniture
        found.extend(i for i in tops + bottoms if i in top or i in bottom)
    return found


# A page counter alone on a line: "Page 2 of 3", "Page 2", "2 of 3", "- 2 -" (a bare "2" may be a
# table cell in flattened text).
_PAGE_COUNTER = re.compile(r"^page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$|^\d{1,3}\s*(?:of|/)\s*\d{1,3}$|^[-–]\s*\d{1,3}\s*[-–]$", re.I)
_COUNTER_LINES = re.compile(
    r"^[ \t]*(?:page[ \t]+\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?|\d{1,3}[ \t]*(?:of|/)[ \t]*\d{1,3}|[-–][ \t]*\d{1,3}[ \t]*[-–])[ \t]*$",
    re.I | re.M,
)
# How far from a page counter a running header or footer line may sit.
RUNNING_REACH = 2


def _near_counters(source: Sequence[str]) -> dict[str, int]:
    """How often each line sits within RUNNING_REACH non-empty lines of a page counter."""
    out: dict[str, int] = {}
    recent: list[str] = []  # the last RUNNING_REACH non-empty lines before this one
    pending: list[int] = []  # lines still to take after a counter: one count per counter
    for raw in source:
        line = normalise(raw)
        if not line:
            continue
        if len(line) <= 14 and _PAGE_COUNTER.match(line):
            for prev in set(recent):
                out[prev] = out.get(prev, 0) + 1
            recent.clear()
            pending = [RUNNING_REACH]
            continue
        if pending and pending[0] > 0:
            out[line] = out.get(line, 0) + 1
            pending[0] -= 1
            recent.clear()  # already counted for this counter
            continue
        recent.append(line)
        if len(recent) > RUNNING_REACH:
            recent.pop(0)
    return out


def _running_lines(text: Sequence[str], source: Sequence[str], r: Rules) -> set[int]:
    """Lines printed on every page of a flattened letter: a line that comes back word for
    word, each time within RUNNING_REACH lines of a page counter ("Freedom of Information
    Section, ... · Tel 101" over "Page 1 of 2" and again over "Page 2 of 2"). Place and
    repetition decide, so an address or phone number in it does not save it; a sentence
    that merely recurs in the letter, away from the page breaks, is kept."""
    if len(_COUNTER_LINES.findall("\n".join(source))) < 2:
        return set()  # one C-level scan: most texts have no two page counters
    near = {line: n for line, n in _near_counters(source).items() if n >= 2}
    if not near:
        return set()
    counts: dict[str, int] = {}
    for line in text:
        if line in near:
            counts[line] = counts.get(line, 0) + 1
    # every copy sits at a page break, and the line is no cited provision or request
    running = {
        line for line, n in counts.items()
        if n >= 2 and near[line] >= n and len(line) >= 10 and not r.protect.search(line)
    }
    return {i for i, line in enumerate(text) if line in running} if running else set()

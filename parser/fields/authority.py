"""Which authority wrote the response: gazetteer lookup over URL host, page metadata and text.

Order of trust: the URL (a force's own host, including a host given as the first path
segment as the bundled sample site serves it, or an SOH `/foi-ai/<slug>/` path), then the
page's metadata (og:site_name ..., and the site part of the page title), then the text.

In the text, where a name stands comes first (`_positional`): a letterhead or "From:" line
the name fills, the sign-off after a closing, the body's own domain on a contact line, the
"Dear <body>" or "made this request to <body>" of a request site. Only when no such line
names a body are the mentions weighed (`_score_mentions`): the WRITER is preferred over forces
merely mentioned, a name followed by a verb of holding/confirming ("Cleveland Police can
confirm") outweighing a passing mention ("reports are passed to the City of London Police as
the lead force"). Collaborations, the commissioner's office named without its area and the
cue words are data (parser/data/authority_cues.yml).
"""
from __future__ import annotations

import bisect
import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator
from functools import lru_cache
from importlib import resources
from urllib.parse import unquote, urlsplit

import yaml

from parser.fields import sections

_SMALL_WORDS = {"of", "and", "the", "for", "a"}


@lru_cache(maxsize=1)
def _cues() -> dict:
    return yaml.safe_load(resources.files("parser").joinpath("data/authority_cues.yml").read_text(encoding="utf-8"))


def _alt(items: list[str]) -> str:
    return "|".join(i.replace(" ", r"\s+") for i in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _CuePatterns:
    writer_after: re.Pattern[str]  # matched right after a gazetteer name
    writer_before: re.Pattern[str]  # searched just before a gazetteer name
    other_mention: re.Pattern[str]  # a body outside the gazetteer
    other_writer: re.Pattern[str]  # ... named as the writer
    other_writer_before: re.Pattern[str]  # ... addressed as the one answering
    not_a_name: frozenset[str]
    bystander_writer_after: re.Pattern[str]  # right after a bystander's name: it answers itself
    not_in_a_name: frozenset[str]  # a headline's capitalised words ("Reports To UK Police")


@lru_cache(maxsize=1)
def _patterns() -> _CuePatterns:
    cues = _cues()
    # Capitalised words ending in an institution noun ("Wokingham Council", "Scottish
    # Government"), or "Department for / Ministry of ..." names.
    name = (
        r"(?P<name>(?:[A-Z][\w'\u2019&-]*\s+(?:(?:of|and|for|the|&)\s+)?){1,5}(?:" + "|".join(cues["institution_nouns"]) + r")\b"
        r"|(?:Department|Ministry|Office)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,4})"
    )
    start = r"(?:^|(?<=[\s(\"']))(?:[Tt]he\s+)?"
    return _CuePatterns(
        writer_after=re.compile(
            r"(?:'s\s+(?:response|reply|decision|information|disclosure|freedom\s+of\s+information)\b"
            r"|\s*\([A-Za-z]{2,6}\)\s*|\s+)(?:" + _alt(cues["writer_after"]) + r")\b",
            re.I,
        ),
        writer_before=re.compile(r"(?:" + _alt(cues["writer_before"]) + r")\s+(?:the\s+)?$", re.I),
        other_mention=re.compile(start + name),
        other_writer=re.compile(start + name + r"\s+(?i:" + _alt(cues["other_writer_after"]) + r")\b"),
        other_writer_before=re.compile(r"\b(?i:" + _alt(cues["other_writer_before"]) + r")\s+(?:the\s+)?" + name),
        not_a_name=frozenset(cues["not_a_name"]),
        bystander_writer_after=re.compile(r"(?:" + "|".join(cues["bystander_writer_after"]) + r")", re.I),
        not_in_a_name=frozenset(cues["not_in_a_name"]),
    )


_SCAN_CHARS = 60_000


def _read_rows(file: str) -> list[dict]:
    """Rows of a CSV under parser/, skipping '#' comment lines (a list's sources sit in its head)."""
    text = resources.files("parser").joinpath(file).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


_BOROUGH_STYLE = re.compile(r"^(?:Royal|London) Borough of (?P<place>[A-Z][\w' -]+)$")


_COUNTY_BOROUGH = re.compile(r"^(?P<place>[A-Z][\w' -]+) County Borough Council$")


def _borough_styles(name: str) -> list[str]:
    """A London borough's informal styles ("Greenwich Borough Council", "Greenwich Council") for
    its formal name ("Royal Borough of Greenwich"), and a Welsh county borough's ("Wrexham Borough
    Council" for Wrexham County Borough Council): requesters and the press write either."""
    m = _COUNTY_BOROUGH.match(name)
    if m:
        return [f"{m.group('place')} Borough Council"]
    m = _BOROUGH_STYLE.match(name)
    if not m:
        return []
    place = m.group("place")
    return [f"{place} Borough Council", f"{place} Council", f"{place} London Borough Council"]


_COMMISSIONER_AREA = (
    re.compile(r"^(?:Office of the )?Police,? (?:Fire,? )?(?:and )?Crime(?: and Victims'?)? Commissioner for (?P<area>.+)$"),
    re.compile(r"^(?P<area>.+?) Police,? (?:Fire,? )?(?:and )?Crime(?: and Victims'?)? Commissioner$"),
)
_COMMISSIONER_STYLES = (
    "Police and Crime Commissioner for {a}", "Office of the Police and Crime Commissioner for {a}",
    "{a} Police and Crime Commissioner", "{a} Office of the Police and Crime Commissioner",
    "Police, Fire and Crime Commissioner for {a}", "Office of the Police, Fire and Crime Commissioner for {a}",
    "{a} Police, Fire and Crime Commissioner", "Police, Fire and Crime Commissioner {a}",
    "Police, Crime and Victims' Commissioner for {a}", "Office of the Police, Crime and Victims' Commissioner for {a}",
    "{a} Police, Crime and Victims' Commissioner", "OPCC for {a}", "{a} OPCC", "{a} PCC", "{a} PFCC", "{a} OPFCC",
    # short and letterhead forms: "OPCC Thames Valley", "Office of the PCC for Dorset", "PFCC for Cumbria",
    # "Office of the Police and Crime Commissioner North Wales"
    "OPCC {a}", "OPFCC {a}", "OPFCC for {a}", "PCC for {a}", "PFCC for {a}", "Office of the PCC for {a}",
    "Office of the PFCC for {a}", "Office of the Police and Crime Commissioner {a}", "Police and Crime Commissioner {a}",
    "Office of the Police, Fire and Crime Commissioner {a}",
)


def _area_variants(area: str) -> list[str]:
    """An area as letters write it with and without "the" after "and": "Hampshire and the Isle
    of Wight" is also "Hampshire and Isle of Wight"."""
    variants = [area]
    if " and the " in area:
        variants.append(area.replace(" and the ", " and "))
    elif " and " in area and not re.search(r" and (?:[A-Z][a-z]+ ){0,1}[A-Z][a-z]+shire\b", area):
        variants.append(area.replace(" and ", " and the ", 1))
    return variants


_FIRE_SERVICE = re.compile(r"^(?P<area>.+?) Fire (?:and|&) Rescue(?: Service)?$")


_CONSTABULARY = re.compile(r"^(?P<area>[A-Z][\w' -]+) Constabulary$")


def _police_styles(name: str) -> list[str]:
    """A constabulary's informal style: the press and requesters write "Hertfordshire Police"
    (or "Hertfordshire Police Force") for Hertfordshire Constabulary."""
    m = _CONSTABULARY.match(name)
    # "Northern Constabulary" (Highlands, before 2013): "Northern Police" would be any northern force
    if not m or re.fullmatch(r"Northern|Southern|Eastern|Western|Central", m.group("area")):
        return []
    return [f"{m.group('area')} Police"]


def _fire_authority_styles(name: str) -> list[str]:
    """The fire and rescue authority's styles for a service ("Devon and Somerset Fire and Rescue
    Service" -> "Devon and Somerset Fire and Rescue Authority", "... Fire Authority"): the
    authority is the body FOI binds and signs some replies, the service the name labels use."""
    m = _FIRE_SERVICE.match(name)
    if not m:
        return []
    area = m.group("area")
    return [f"{area} Fire and Rescue Authority", f"{area} Fire Authority", f"{area} Combined Fire Authority"]


def _commissioner_styles(row: dict) -> list[str]:
    """Every style a commissioner's office of an area goes by: offices were renamed as they took
    on fire (PFCC) or victims (PCVC) duties, and letters use the long and short forms alike. The
    areas are read from the row's own name and aliases ("Leicestershire" and "Leicester,
    Leicestershire and Rutland" both)."""
    areas: list[str] = []
    for name in (row["name"], *row["aliases"]):
        for pattern in _COMMISSIONER_AREA:
            m = pattern.match(name)
            if m:
                areas += [a for a in _area_variants(m.group("area")) if a not in areas]
                break
    return [style.format(a=a) for a in areas for style in _COMMISSIONER_STYLES]


@lru_cache(maxsize=1)
def load_gazetteer() -> list[dict]:
    """Every row of parser/data/authorities.csv (police bodies), then of public_bodies.csv (UK
    councils and other bodies answering FOI about policing, kind "other", with a `type`): id,
    name, kind, country, website, aliases (list), hosts (list of host suffixes, optionally with a
    path prefix), soh_slug, area (force id)."""
    rows = []
    # Police bodies first: on a shared name (the City of London Corporation) they win.
    for file in ("data/authorities.csv", "data/public_bodies.csv"):
        for row in _read_rows(file):
            row["aliases"] = [a.strip() for a in row["aliases"].split(";") if a.strip()]
            row["aliases"] += _borough_styles(row["name"])
            if row["kind"] == "pcc":
                row["aliases"] += [a for a in _commissioner_styles(row) if a not in row["aliases"]]
            if row["kind"] == "police":
                row["aliases"] += [a for a in _police_styles(row["name"]) if a not in row["aliases"]]
            if row.get("type") == "fire":
                row["aliases"] += [a for a in _fire_authority_styles(row["name"]) if a not in row["aliases"]]
            row["hosts"] = [h.strip().lower() for h in row["hosts"].split(";") if h.strip()]
            row.setdefault("soh_slug", "")
            row.setdefault("area", "")
            rows.append(row)
    return rows


@lru_cache(maxsize=1)
def _public_ids() -> frozenset[str]:
    """Ids of councils and other public bodies (parser/data/public_bodies.csv): evidence below
    any police body, since police responses name councils as partners and places."""
    return frozenset(row["id"] for row in _read_rows("data/public_bodies.csv"))


@lru_cache(maxsize=1)
def _by_id() -> dict[str, dict]:
    return {row["id"]: row for row in load_gazetteer()}


@lru_cache(maxsize=1)
def _oversight_of() -> dict[str, str]:
    """force id -> id of the body that oversees it (PCC, mayor's office, SPA ...): the first such
    row of the gazetteer (a commissioner's office before the combined authority that took it over)."""
    out: dict[str, str] = {}
    for row in load_gazetteer():
        if row["kind"] == "pcc" and row["area"]:
            out.setdefault(row["area"], row["id"])
    return out


def _norm(name: str) -> str:
    name = name.replace("&", " and ").replace("\u2019", "'").lower()
    name = re.sub(r"[^\w\s'-]", " ", name)
    return re.sub(r"\s+", " ", name).strip().removeprefix("the ")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """normalised name or alias -> id (names win over aliases on a clash)."""
    out: dict[str, str] = {}
    for row in load_gazetteer():
        for alias in row["aliases"]:
            out.setdefault(_norm(alias), row["id"])
    for row in load_gazetteer():
        out[_norm(row["name"])] = row["id"]
    return out


def _is_abbreviation(alias: str) -> bool:
    """Abbreviations ("GMP", "Met Police", "MoD Police") are matched case-sensitively so that
    "met police officers" or "spa" in prose do not count."""
    return any(len(w) <= 4 and w.lower() not in _SMALL_WORDS for w in alias.split()[:2]) or alias.isupper()


# Latin letters with accents too: Welsh and Gaelic names ("Cyngor Sir Ynys Môn") are single words.
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _bare(word: str) -> str:
    """A word without its possessive ending: "Police's" -> "Police", "Mayor's" -> "Mayor"."""
    return _POSSESSIVE.sub("", word)


# Between a name's words: spaces, "&"/"and", the comma of "Police, Fire and Crime
# Commissioner" (names are matched word by word, so a comma alone never joins two names), and
# the underscore of a social-media handle ("the @Glos_Police press office" names Glos Police).
_GAP = re.compile(r"(?:\s|&|,|_|and\b)*", re.I)


_Entry = tuple[tuple[str, ...], bool, str]
# first word -> (second word -> longer names, longest first; one-word names)
_Index = dict[str, tuple[dict[str, list[_Entry]], list[_Entry]]]


def _build_index(names: list[tuple[str, str, bool]]) -> _Index:
    """First word (lower case) -> (second word (lower case) -> [(name words, case_sensitive,
    id)] longest first, [one-word names]), from (name, id, case_sensitive) triples.

    Matching walks the text's words once and only tries the names that start with the two words
    at hand: a 500-way regex alternation costs ~10x more per page, and "police" alone starts a
    hundred commissioners' styles.
    """
    longer: dict[str, dict[str, list[_Entry]]] = defaultdict(lambda: defaultdict(list))
    single: dict[str, list[_Entry]] = defaultdict(list)
    for name, aid, exact in names:
        if any(c.isdigit() for c in name):
            continue  # words are letters: "NHS 24" would be indexed as "NHS" alone
        words = tuple(_bare(w) for w in _WORD.findall(name) if w.lower() != "and")
        if len(words) > 2 and words[0].lower() == "the":
            words = words[1:]  # "The Highland Council": keying on "the" would try it at every "the"
        if not words:
            continue
        key = words if exact else tuple(w.lower() for w in words)
        if len(words) == 1:
            single[words[0].lower()].append((key, exact, aid))
        else:
            longer[words[0].lower()][words[1].lower()].append((key, exact, aid))
    index: _Index = {}
    for first in set(longer) | set(single):
        by_second = {second: sorted(entries, key=lambda e: len(e[0]), reverse=True)
                     for second, entries in longer.get(first, {}).items()}
        index[first] = (by_second, single.get(first, []))
    return index


@lru_cache(maxsize=1)
def _first_word_index() -> _Index:
    return _build_index([
        (alias, row["id"], _is_abbreviation(alias)) for row in load_gazetteer() for alias in [row["name"], *row["aliases"]]
    ])


@lru_cache(maxsize=1)
def _place_index() -> _Index:
    """Towns, cities and council areas -> the force policing them (parser/data/places.csv).
    Case-sensitive: "Reading"-like words were left out of the file, the rest are proper nouns."""
    text = resources.files("parser").joinpath("data/places.csv").read_text(encoding="utf-8")
    return _build_index([(row["place"], row["force_id"], True) for row in csv.DictReader(text.splitlines())])


def _mentions(text: str, index: _Index | None = None) -> list[tuple[int, int, str]]:
    """(start, end, id) of every gazetteer name or alias in `text` (or of every name in
    `index`), longest match first."""
    index = _first_word_index() if index is None else index
    lower = text.lower()
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for m in _WORD.finditer(lower):
        w = m.group(0)
        if w == "and":
            continue
        if "'" in w or "\u2019" in w:
            w = _bare(w)
        spans.append(m.span())
        words.append(w)
    found: list[tuple[int, int, str]] = []
    i, count = 0, len(words)
    while i < count:
        keyed = index.get(words[i])
        matched = 0
        if keyed is not None:
            by_second, singles = keyed
            for group in (by_second.get(words[i + 1]) if i + 1 < count else None, singles):
                if not group:
                    continue
                for key, exact, aid in group:
                    n = len(key)
                    if i + n > count:
                        continue
                    if exact:
                        ok = all(_bare(text[a:b]) == k for (a, b), k in zip(spans[i:i + n], key))
                    else:
                        ok = n == 1 or tuple(words[i:i + n]) == key
                    # Words must be adjacent ("and"/"&" aside): "Kent. Police" is not a name.
                    if ok and (n == 1 or all(_GAP.fullmatch(text, spans[j][1], spans[j + 1][0])
                                             for j in range(i, i + n - 1))):
                        found.append((spans[i][0], spans[i + n - 1][1], aid))
                        matched = n
                        break
                if matched:
                    break
        i += matched or 1
    return found


_HOSTLIKE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:/[^\s?#]*)?", re.I)
_TEXT_HOST = re.compile(
    r"(?:@|https?://|www\.)((?:[a-z0-9-]+\.)+[a-z]{2,})"
    # a bare force or government domain in a footer ("scotland.police.uk", "gov.scot")
    r"|(?<![\w@./-])((?:[a-z0-9-]+\.)+(?:police\.uk|gov\.scot|gov\.wales))\b",
    re.I,
)
_SOH_SLUG = re.compile(r"/foi-ai/([a-z0-9-]+)/", re.I)
_OVERSIGHT_LABEL = re.compile(r"p?f?cc|opf?cc|commissioner", re.I)


@lru_cache(maxsize=1)
def _host_keys() -> dict[str, str]:
    """Squashed force-area keys ("cleveland", "avonandsomerset") -> force id, for PCC hosts
    such as cleveland.pcc.police.uk or northumbria-pcc.gov.uk that name the area."""
    keys: dict[str, str] = {}
    for row in load_gazetteer():
        if row["kind"] != "police":
            continue
        for host in row["hosts"]:
            keys.setdefault(re.sub(r"[^a-z]", "", host.split(".")[0]), row["id"])
        keys.setdefault(re.sub(r"[^a-z]", "", row["id"]), row["id"])
    return keys


@lru_cache(maxsize=1)
def _host_index() -> dict[str, list[tuple[int, int, str, str]]]:
    """Gazetteer host -> [(-len(entry), gazetteer order, path prefix, id)], so a URL's host
    is looked up by its suffixes instead of scanning every row (it was ~1 ms a URL)."""
    index: dict[str, list[tuple[int, int, str, str]]] = {}
    order = 0
    for row in load_gazetteer():
        for entry in row["hosts"]:
            ehost, _, epath = entry.partition("/")
            index.setdefault(ehost, []).append((-len(entry), order, epath, row["id"]))
            order += 1
    return index


def _match_host(hostpath: str) -> str | None:
    """Gazetteer id for one 'host/path' string, or None."""
    host, _, path = hostpath.lower().partition("/")
    # Forces' mail domains sit on the Police National Network: durham.pnn.police.uk.
    host = host.removeprefix("www.").replace(".pnn.police.uk", ".police.uk")
    index = _host_index()
    labels = host.split(".")
    # The longest matching entry wins; between equal lengths, the first in the gazetteer.
    fits = [cand for k in range(len(labels)) for cand in index.get(".".join(labels[k:]), ())
            if not cand[2] or path.startswith(cand[2])]
    best: tuple[int, str] | None = None
    if fits:
        neg_len, _, _, aid = min(fits)
        best = (-neg_len, aid)
    if best:
        # A commissioner's site on the force's domain (cleveland.pcc.police.uk) is the PCC.
        if any(_OVERSIGHT_LABEL.fullmatch(label) for label in host.split(".")):
            return _oversight_of().get(best[1], best[1])
        return best[1]
    labels = re.split(r"[.-]", host)
    if any(_OVERSIGHT_LABEL.fullmatch(l) or l.endswith(("pcc", "pfcc")) for l in labels):
        squashed = re.sub(r"[^a-z]", "", host.split(".")[0].replace("pfcc", "").replace("pcc", ""))
        force = _host_keys().get(squashed)
        if force in _oversight_of():
            return _oversight_of()[force]
    return None


@lru_cache(maxsize=1024)  # the pipeline asks about the same URL several times per page
def authority_from_url(url: str | None) -> str | None:
    """Gazetteer id named by a URL: its host, any host inside it (the sample site's
    `http://127.0.0.1:8765/www.cleveland.police.uk/...`, web archives), or an SOH slug."""
    if not url:
        return None
    url = unquote(url)
    parts = urlsplit(url if "//" in url else "//" + url)
    candidates = [(parts.hostname or "") + parts.path]
    candidates += [m.group(0) for m in _HOSTLIKE.finditer(parts.path + "?" + parts.query)]
    for cand in candidates:
        found = _match_host(cand)
        if found:
            return found
    slug = _SOH_SLUG.search(parts.path)
    if slug:
        wanted = slug.group(1).lower()
        for row in load_gazetteer():
            if row["soh_slug"] and row["soh_slug"].lower() == wanted:
                return row["id"]
        found = _names().get(_norm(wanted.replace("--", " and ").replace("-", " ")))
        if found:
            return found
    return None


_BARE_HOST = re.compile(r"\s*(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\s*", re.I)


def _chrome_masthead_host(chrome: str) -> str | None:
    """Gazetteer id of the site whose masthead is its own domain ("gov.scot" alone on the first
    line of a page copy's chrome, as the site's logo reads): as good as the page's URL. Only the
    first two lines, and only a line that is nothing but the host; a mirror's host is in no row."""
    for line in chrome.splitlines()[:2]:
        m = _BARE_HOST.fullmatch(line)
        if m:
            return _match_host(m.group(1))
    return None


def authority_from_meta(meta: dict[str, str] | None) -> str | None:
    """Gazetteer id named by page metadata (og:site_name, author, publisher ...)."""
    if not meta:
        return None
    # A saved page's canonical link or og:url names the site it came from.
    for key in ("canonical", "og:url"):
        found = authority_from_url(meta.get(key))
        if found:
            return found
    for key in ("og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher",
                "author", "dc.creator", "twitter:site", "og:title", "title"):
        value = meta.get(key)
        if not value:
            continue
        found = _names().get(_norm(value.lstrip("@")))
        if found:
            return found
        for candidate in re.split(r"\s[|\u2013\u2014-]\s", value):
            found = _names().get(_norm(candidate))
            if found:
                return found
    for key in ("og:site_name", "og:title", "title"):
        found = _site_segment_body(meta.get(key) or "")
        if found:
            return found
    return None


_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+|\s+[|]\s*")


def _site_segment_body(title: str) -> str | None:
    """The one body named in a page title's site part, after its first separator ("Drones
    (810A/22) – West Midlands Police FOI", "Outdoor Fires | Shropshire Fire and Rescue Service",
    "... FOI release - gov.scot"). The first part is the topic and may name any force."""
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title)]
    for part in reversed(parts[1:]):
        if not part:
            continue
        if " " not in part:
            # a one-word site name: a domain ("gov.scot") or a mirror's brand ("Docslib"), after
            # which the part before it is the site part ("... - request to Kent Police - WhatDoTheyKnow")
            found = _match_host(part) if "." in part else _names().get(_norm(part))
            if found:
                return found
            continue
        ids = {aid for _, _, aid in _mentions(part) if aid not in _bystander_ids()}
        return ids.pop() if len(ids) == 1 else None
    return None


# A copy cut off inside a sentence (a page's text truncated mid-word) has lost its signature:
# its last characters are prose, and a name there earns no sign-off weight.
_CUT_LINE_MIN = 100


def _cut_short(text: str) -> bool:
    tail = text.rstrip()
    last = tail[tail.rfind("\n") + 1:]
    return len(last) >= _CUT_LINE_MIN and last[-1].isalpha()


def _score_mentions(text: str, found: list[tuple[int, int, str]] | None = None) -> dict[str, float]:
    """Evidence per gazetteer id that it wrote `text`: mentions, writer verbs, letterhead and
    signature position."""
    by_id = _by_id()
    scores: dict[str, float] = defaultdict(float)
    n = len(text)
    head_end, tail_start = min(300, n), (n if _cut_short(text) else max(n - 400, 0))
    # The request names its subject, not its answerer ("how many officers has Kent Police
    # lent to the Met?"): mentions inside it count a quarter and earn no writer bonus.
    request = sections.request_span(text)
    cues = _patterns()
    for start, end, aid in (_mentions(text) if found is None else found):
        other = by_id[aid]["kind"] == "other"
        if request and request[0] <= start < request[1]:
            scores[aid] += 0.25 * (0.3 if other else 1.0)
            continue
        if aid in _bystander_ids():
            # The NPCC, the ICO ... are named as referral routes even in writer-like phrasing
            # ("send this part of your request to the NPCC"); only their own URL names them, or
            # a sentence only the answering body says right after its name ("ACPO does not hold
            # information", "NPCC Response:", "The NPCC's reply ... said").
            if cues.bystander_writer_after.match(text, end, min(n, end + 40)):
                scores[aid] += 4.0
            continue
        weight = 0.3 if other else 1.0
        if cues.writer_after.match(text, end, min(n, end + 60)) or cues.writer_before.search(text, max(0, start - 45), start):
            weight += 4.0
        if start < head_end or start >= tail_start:
            weight += 0.5 if other else 1.0
        scores[aid] += weight
    # Contact addresses and links of a force's own domain ("foi@cleveland.police.uk"): weaker
    # than a writer sentence, since responses also point requesters at other bodies.
    # A council's address is as likely a referral ("ask foi@leeds.gov.uk") as the writer's own.
    for m in _TEXT_HOST.finditer(text):
        aid = _match_host(m.group(1) or m.group(2))
        if aid and aid not in _bystander_ids():
            scores[aid] += 0.5 if aid in _public_ids() else 1.5
    for pattern, aid in _reference_owners():
        if pattern.search(text, 0, 3000):
            scores[aid] += 1.5
    return scores


@lru_cache(maxsize=1)
def _reference_owners() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r["pattern"]), r["id"]) for r in _cues().get("reference_owners", [])]


@lru_cache(maxsize=1)
def _bystanders() -> frozenset[str]:
    """Bodies responses name in boilerplate but never write as (parser/data/bystanders.csv)."""
    text = resources.files("parser").joinpath("data/bystanders.csv").read_text(encoding="utf-8")
    return frozenset(_norm(row["name"]) for row in csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _bystander_ids() -> frozenset[str]:
    """Gazetteer ids of the bystander bodies (the Home Office, NPCC, IOPC, ICO ...)."""
    return frozenset(row["id"] for row in load_gazetteer()
                     if any(_norm(n) in _bystanders() for n in (row["name"], *row["aliases"])))


_CONNECTORS = frozenset({"of", "for", "and", "&", "to", "at", "in", "on"})


def _clean_name(raw: str) -> str | None:
    # A heading line above is not part of the name ("Response\nThe Council holds").
    words = raw.strip().rsplit("\n", 1)[-1].split()
    while words and words[0].lower() in _patterns().not_a_name:
        words = words[1:]
    # Bystanders never write; police names are weighed by _score_mentions instead, while a
    # council's informal name ("Wokingham Council") goes on to _canonical.
    key = _norm(" ".join(words))
    if any(w in _patterns().not_in_a_name for w in words[1:]):
        return None  # a title-case headline ("UFO Reports To UK Police"), not a body's name
    if any(w == "the" and words[i][:1].isupper() and words[i].lower() not in _CONNECTORS
           for i, w in enumerate(words[1:-1], start=0)):
        # "the" straight after a capitalised word, as a sentence has it ("Yesterday the Cost of
        # Calling the Fire Brigade"): a headline; a name has it after "of", "for" or "and" only
        return None
    if len(words) < 2 or key in _bystanders() or _names().get(key, "") not in ("", *_public_ids()):
        return None
    return " ".join(words)


def _canonical(name: str) -> tuple[str, str]:
    """(canonical name, id) of a body the response names: the public-bodies gazetteer's own
    style when it knows the name ("Wokingham Council" -> Wokingham Borough Council), else the
    name as written and its slug."""
    aid = _names().get(_norm(name))
    if aid in _public_ids():
        return _by_id()[aid]["name"], aid
    return name, _slug(name)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _other_writer(text: str) -> tuple[str, str] | None:
    """A body outside the gazetteer named as the writer: (name as written, slug id)."""
    hits = []
    for pattern in (_patterns().other_writer, _patterns().other_writer_before):
        for m in pattern.finditer(text):
            name = _clean_name(m.group("name"))
            if name:
                hits.append((m.start(), name))
                break
    if not hits:
        return None
    return _canonical(min(hits)[1])


def _other_named(text: str, *, times: int) -> tuple[str, str] | None:
    """A body outside the gazetteer that the response names `times` times or more, or names
    in its letterhead: (name as first written, slug id)."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, tuple[int, str]] = {}
    for m in _patterns().other_mention.finditer(text):
        name = _clean_name(m.group("name"))
        if not name:
            continue
        key = name.lower()
        counts[key] += 1
        first.setdefault(key, (m.start(), name))
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k][0]))
    for key in ranked:
        if counts[key] >= times or first[key][0] < 300:
            return _canonical(first[key][1])
    return None


def _force_from_places(text: str) -> str | None:
    """The force whose area the response's places lie in, when one force clearly leads.

    A last resort for responses that never name their author (the Cleveland legacy log's
    "Hartlepool United" billing, Gwent's "Monmouth, Blaenau Gwent and Caerphilly")."""
    counts: dict[str, int] = defaultdict(int)
    for _, _, force in _mentions(text, _place_index()):
        counts[force] += 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


def _chrome_authority(chrome: str) -> str | None:
    """The one police body or commissioner the dropped site chrome names, if exactly one; else
    the one other public body (a fire and rescue service, a council) the chrome names as the
    site itself: a line that opens with its name ("X Fire and Rescue Service | Prevention") or
    its copyright line ("(c) X Council"), never a body a banner only mentions."""
    found = _mentions(chrome)
    ids = {aid for _, _, aid in found if _by_id()[aid]["kind"] != "other"}
    if ids:
        return ids.pop() if len(ids) == 1 else None
    own = set()
    for start, _, aid in found:
        lo = chrome.rfind("\n", 0, start) + 1
        lead = chrome[lo:start]
        if not lead.strip() or _COPYRIGHT_LEAD.fullmatch(lead):
            own.add(aid)
    return own.pop() if len(own) == 1 else None


def _chrome_other(chrome: str) -> tuple[str, str] | None:
    """A body outside the gazetteer that the dropped chrome names as the site itself: its
    copyright line ("(c) Eden District Council") or a line that is nothing but the name (the
    site's masthead), when exactly one such name stands there; a banner's passing mention of a
    body is not it."""
    own: dict[str, str] = {}
    for line in chrome.splitlines():
        lead = _COPYRIGHT_LEAD.match(line)
        rest = line[lead.end():] if lead and lead.end() else line
        m = _patterns().other_mention.match(rest.strip())
        if m is None or m.end() != len(rest.strip()):
            continue
        name = _clean_name(m.group("name"))
        if name:
            own.setdefault(name.lower(), name)
    return _canonical(next(iter(own.values()))) if len(own) == 1 else None


def _site_named_by_noun(text: str, meta: dict[str, str] | None, chrome: str) -> tuple[str, str] | None:
    """A body outside the gazetteer that a reply calls only by its head noun ("The Trust holds
    this information", "the Council has decided"), named in full by the site it stands on: the
    site part of the page title ("FOI 0125 Prevent referrals - University Hospitals Birmingham
    NHS Foundation Trust") or the name opening the site's header band. The noun is the check:
    a site whose name ends in another noun (a mirror, a blog) is not the writer."""
    names: list[str] = []
    for key in ("og:site_name", "title"):
        value = (meta or {}).get(key) or ""
        parts = [p.strip() for p in _TITLE_SEPARATOR.split(value)]
        names += parts[1:] if key == "title" else parts[:1]
    names += [line.strip() for line in chrome.splitlines()[:2]]
    other = _patterns().other_mention
    for candidate in names:
        m = other.match(candidate)
        if m is None:
            continue
        name = _clean_name(m.group("name"))
        if not name:
            continue
        noun = name.split()[-1]
        if re.search(r"(?<![\w-])(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]his)\s+" + re.escape(noun) + r"(?![\w-])", text):
            return _canonical(name)
    return None


# What may stand before a site's own name on its copyright line: "©", "(c)", "Copyright", a year.
_COPYRIGHT_LEAD = re.compile(r"\s*(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*)?", re.I)


def find_authority(
    text: str, *, url: str | None = None, meta: dict[str, str] | None = None, chrome: str = ""
) -> tuple[str | None, str | None]:
    """(canonical name, id) of the authority that wrote the response; (None, None) if unknown.

    For a body outside the gazetteer (a council, a government department) the name is as the
    response writes it and the id is its slug.
    """
    found = authority_from_url(url)
    if found is not None and _by_id()[found]["kind"] == "police":
        # a force's own site: a commissioner it names is a referral, but a joint unit it
        # belongs to may have written the reply the site publishes
        return _named(_joint_writer(found, text) or found)
    if found is None:
        found = authority_from_meta(meta) or _chrome_masthead_host(chrome)
        if found is not None:
            found = _joint_writer(found, text) or found
    if len(text) > _SCAN_CHARS:  # letterhead, body and signature of any real response fit
        text = text[: _SCAN_CHARS - 5000] + "\n" + text[-5000:]
    text = _above_related(text)
    if found is None and text:
        # Where a name stands outranks how often it is named: the letterhead, "From:" line and
        # sign-off name the writer; forces discussed in the text are only mentioned.
        mentions = _Mentions(text)
        places = _positional(mentions)
        for n, candidates in enumerate(places):
            if not candidates:
                continue
            if n == 0 and len(candidates) > 1:
                # A letterhead naming several bodies (a council over the fire service it runs):
                # the one the sign-off names too is the writer.
                signed = [c for c in candidates if c in next(places, [])]
                if len(signed) == 1:
                    candidates = signed
            pick = _pick(candidates, mentions)
            if pick in _by_id():
                styled = _letterhead_style(pick, text) if pick in _public_ids() else None
                if styled:
                    return styled, pick
                return _styled(_commissioner_office(pick, text), text)
            return _canonical(pick)
        unit = _signoff_unit_body(text)
        if unit is not None:
            return _named(unit)
        scores = _score_mentions(text, mentions.found)
        best_id, best = max(scores.items(), key=lambda kv: kv[1]) if scores else (None, 0.0)
        # A lone passing mention of a non-police body is not evidence of who wrote this.
        if best >= 1.0:
            found = best_id
        if found is None:
            other = _other_writer(text[:20000]) or _other_named(text[:20000], times=3)
            if other:
                return other
            # A council named in the letterhead or signature, or named three times, by a
            # name the institution-noun grammar misses ("Cyngor Sir Ynys Môn", "London
            # Borough of Camden", "Comhairle nan Eilean Siar").
            if best_id in _public_ids() and best >= 0.8:
                return _by_id()[best_id]["name"], best_id
            # Named only inside the request: a request naming a force is usually sent to it,
            # unless the site's own copyright line or masthead names its owner (a staff
            # association's log answering questions about the forces its request lists).
            owner = _chrome_owner(chrome) if chrome else None
            if owner is not None:
                return _named(owner)
            if best_id and _by_id()[best_id]["kind"] != "other":
                found = best_id
        if found is None and chrome:
            # The response never names its writer; the site's banners ("Cookies on Norfolk
            # Constabulary") do. Gazetteer names only: a banner's other words are no body.
            found = _chrome_authority(chrome)
            if found is None:
                other = _chrome_other(chrome)
                if other:
                    return other
        if found is None:
            other = _site_named_by_noun(text, meta, chrome)
            if other:
                return other
        if found is None:
            # Places only after a body the text names as writer or keeps naming: a council's
            # reply mentions its own towns too.
            found = _force_from_places(text)
            if found is None:
                other = _other_named(text[:20000], times=2)
                if other:
                    return other
    if found is None:
        return None, None
    if chrome:
        found = _site_commissioner(found, chrome)
    return _styled(_commissioner_office(found, text), text)


# A writer cue beside a name earns it 4 (_score_mentions): a joint unit needs one such sentence.
_JOINT_WRITER_MIN = 4.0


def _joint_writer(member: str, text: str) -> str | None:
    """The joint unit a force's site published a reply from: Norfolk's and Suffolk's logs carry
    replies written by "Norfolk and Suffolk Constabularies" jointly. Only when the text names
    the joint unit as the one answering ("... Constabularies have considered your request")."""
    joints = [aid for aid in _collaboration_of().get(member, ()) if _by_id()[aid]["kind"] == "joint"]
    if not joints or not text:
        return None
    scores = _score_mentions(text[:_SCAN_CHARS])
    best = max(joints, key=lambda aid: scores.get(aid, 0.0))
    return best if scores.get(best, 0.0) >= _JOINT_WRITER_MIN else None


@lru_cache(maxsize=1)
def _signoff_units() -> list[tuple[re.Pattern[str], re.Pattern[str], str]]:
    return [(re.compile(u["unit"]), re.compile(u["context"], re.I), u["id"]) for u in _cues().get("signoff_units", [])]


def _signoff_unit_body(text: str) -> str | None:
    """The body a sign-off unit belongs to (a Scottish Government directorate), when the letter
    is signed by it after a closing and never names its body in a name line."""
    tail = [m.span() for m in _LINE.finditer(text, max(0, len(text) - 4000)) if m.group(0).strip()]
    if not _closing_found([text[a:b].strip() for a, b in tail]):
        return None
    lines = [text[a:b].strip() for a, b in _sign_off_spans(text, tail)]
    for unit, context, aid in _signoff_units():
        if any(unit.match(line) for line in lines) and context.search(text) \
                and not any(owner != aid and pattern.search(text, 0, 3000) for pattern, owner in _reference_owners()):
            return aid  # (a Police Scotland IM-FOI number says the directorate is the force's)
    return None


@lru_cache(maxsize=1)
def _related_heading() -> re.Pattern[str]:
    return re.compile(r"(?im)^[ \t]*(?:" + "|".join(_cues().get("related_headings", [])) + r")[ \t]*:?[ \t]*$")


def _above_related(text: str) -> str:
    """The text above a mirror's or blog's "Similar documents" list in the page's lower part
    (a heading in the first third is the page's own navigation, not a list after the letter)."""
    m = _related_heading().search(text, len(text) // 3)
    return text[:m.start()] if m else text


# Words of a council's name that say what kind of body it is, not which one.
_KIND_WORDS = frozenset({"council", "borough", "county", "district", "city", "metropolitan", "of", "and", "the"})


def _letterhead_style(aid: str, text: str) -> str | None:
    """A public body's formal style when its letterhead's first line is that style and is fuller
    than the gazetteer's short name ("City and County of Swansea" heading a letter of Swansea
    Council): the body's full style, as labels write bodies (a letterhead's short "Knowsley
    Council" leaves the gazetteer's fuller Knowsley Metropolitan Borough Council). Only an English style of the same place (every word of the short name but its kind
    words in it); a translation ("Cyngor Abertawe") is another language's name, not a style."""
    first = next((line.strip() for line in text[:300].splitlines() if line.strip()), "")
    row = _by_id()[aid]
    key = _norm(first)
    if not key or key == _norm(row["name"]) or key not in {_norm(a) for a in row["aliases"]}:
        return None
    name_words = _norm(row["name"]).split()
    if len(key.split()) <= len(name_words):
        return None  # "Knowsley Council" over Knowsley Metropolitan Borough Council: the fuller style wins
    core = set(name_words) - _KIND_WORDS
    return first if core and core <= set(key.split()) else None


def _named(aid: str) -> tuple[str, str]:
    return _by_id()[aid]["name"], aid


_PFCC_STYLE = re.compile(r"\bPolice,?\s+Fire,?\s+(?:and|&)\s+Crime\s+Commissioner\b")
_PCC_STYLE = re.compile(r"\bPolice\s+(?:and|&)\s+Crime\s+Commissioner\b")
_PFCC_SHORT = re.compile(r"\bO?PFCC\b")
_PCC_SHORT = re.compile(r"\bO?PCC\b")


def _styled(aid: str, text: str) -> tuple[str, str]:
    """(name, id), a commissioner's office named in the style the letter itself uses: offices
    were renamed when they took on fire governance (North Yorkshire's in 2018, Cumbria's in
    2023), and a reply is labelled by the name its writer bore, "Office of the Police, Fire and
    Crime Commissioner for X" or "Office of the Police and Crime Commissioner for X". The
    gazetteer's name stands when the letter's style agrees with it or names neither."""
    name, aid = _named(aid)
    row = _by_id()[aid]
    if row["kind"] != "pcc" or not aid.startswith("pcc-"):
        return name, aid
    area = next((m.group("area") for pattern in _COMMISSIONER_AREA for m in [pattern.match(name)] if m), None)
    if area is None:
        return name, aid
    head = text[:20000]
    # Full styles first: a PFCC's letters still shorten it to "the PCC".
    fire, plain = len(_PFCC_STYLE.findall(head)), len(_PCC_STYLE.findall(head))
    if not fire and not plain:
        fire, plain = len(_PFCC_SHORT.findall(head)), len(_PCC_SHORT.findall(head))
    if "Fire" in name and plain > fire:
        return f"Office of the Police and Crime Commissioner for {area}", aid
    if "Fire" not in name and fire > plain:
        return f"Office of the Police, Fire and Crime Commissioner for {area}", aid
    return name, aid


# A copyright sign (and year) right before a name, wherever it stands on its line ("Back to the
# log © Police Federation of England and Wales · Privacy").
_COPYRIGHT_TAIL = re.compile(r"(?:©|\(c\)|\bcopyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*)?(?:the\s+)?$", re.I)


def _chrome_owner_ids(chrome: str) -> list[str]:
    """Gazetteer ids a site's chrome names as the site itself: on its copyright line ("©
    Police Federation of England and Wales") or at the start of a line (its masthead), in order."""
    out: list[str] = []
    for start, _, aid in _mentions(chrome):
        lo = chrome.rfind("\n", 0, start) + 1
        lead = chrome[lo:start]
        if (not lead.strip() or _COPYRIGHT_TAIL.search(lead) or _TITLE_LEAD.fullmatch(lead)) \
                and aid not in _bystander_ids():
            out.append(aid)
    return list(dict.fromkeys(out))


# A mirror's title or breadcrumb before the document's owner ("docslib · Civil Nuclear Police
# Authority", "Home › Documents › ..."): short words, each part ended by a separator.
_TITLE_LEAD = re.compile(r"\s*(?:[\w.'-]+(?:\s+[\w.'-]+){0,3}\s*[·|›»]\s*){1,3}")


@lru_cache(maxsize=4)
def _chrome_owner(chrome: str) -> str | None:
    """The one body the chrome names as the site's owner, or None (none, or several). Cached:
    find_authority may ask twice of one page (the request's forces, then the commissioner's site)."""
    owners = _chrome_owner_ids(chrome)
    return owners[0] if len(owners) == 1 else None


def _site_commissioner(found: str, chrome: str) -> str:
    """A force read from the text of a page on its commissioner's own site (the masthead or
    copyright line names the area's commissioner): the commissioner's office published, and
    wrote, the reply; the force is what it is about. Any other owner leaves `found` as it is."""
    row = _by_id().get(found)
    if not row or row["kind"] != "police":
        return found
    owner = _chrome_owner(chrome)
    if owner is not None and owner == _oversight_of().get(found):
        return owner
    return found


# --- where a name stands: letterhead, "From:", sign-off, "Dear ..." -------------------------

_PAREN = re.compile(r"\([^()]{0,40}\)")
_FILLER = {"the", "and", "of", "for", "&"}


@lru_cache(maxsize=1)
def _position_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    cues = _cues()
    closing = re.compile(r"^\s*(?:" + _alt(cues["closings"]) + r")\b[\s,.!]*$", re.I)
    not_head = re.compile(r"^\s*(?:" + _alt(cues["not_head"]) + r")\b", re.I)
    from_label = re.compile(r"^\s*(?:" + _alt(cues["from_labels"]) + r")\s*:?\s*", re.I)
    return (closing, not_head, from_label, frozenset(cues["letterhead_nouns"]),
            frozenset(w.lower() for w in cues["unit_words"]))


@lru_cache(maxsize=1)
def _upper_words() -> frozenset[str]:
    """Words written in capitals inside gazetteer names ("PCC", "OPCC", "PSNI"): kept as they are
    when an all-capitals letterhead line is brought to title case."""
    return frozenset(w for row in load_gazetteer() for a in (row["name"], *row["aliases"])
                     for w in _WORD.findall(a) if w.isupper() and len(w) > 1)


def _decap(line: str) -> str:
    """'WEST MERCIA PCC: DISCLOSURE LOG' -> 'West Mercia PCC: Disclosure Log'."""
    keep = _upper_words()
    return _WORD.sub(lambda m: m.group(0) if m.group(0) in keep else m.group(0).capitalize(), line)


@lru_cache(maxsize=1)
def _name_line_words() -> frozenset[str]:
    return frozenset(_cues()["name_line_words"])


def _other_line_name(line: str) -> str | None:
    """A body outside the gazetteer that fills the line ("Dorset Safety Camera Partnership",
    "Department for Infrastructure"), by the institution grammar and the letterhead nouns."""
    _, _, _, nouns, unit_words = _position_cues()
    line = line.strip().rstrip(",.:;")
    last = line.rsplit(None, 1)[-1] if line else ""
    if last not in nouns and not line.startswith(("Department", "Ministry")):
        return None  # cheap test before the grammar
    m = _patterns().other_mention.fullmatch(line)
    if not m:
        return None
    name = _clean_name(m.group("name"))
    if not name:
        return None
    words = name.split()
    if words[0].lower() in unit_words:
        return None
    if words[-1] not in nouns and not re.match(r"(?:Department|Ministry)\s+(?:of|for)\s", name):
        return None
    return name


class _Mentions:
    """Every gazetteer mention of one text, found once and looked up by span: the letterhead,
    sign-off and "Dear" lines and the mention scoring all read the same list."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found = sorted(_mentions(text))
        self.starts = [f[0] for f in self.found]

    def within(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Mentions inside text[a:b], with offsets relative to a."""
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.found) and self.found[i][0] < b:
            s, e, aid = self.found[i]
            if e <= b:
                out.append((s - a, e - a, aid))
            i += 1
        return out


def _line_bodies(mentions: _Mentions, a: int, b: int, *, allow_bystanders: bool) -> list[str]:
    """Ids (gazetteer) or names (others) of the bodies the name line text[a:b] holds, in order;
    [] when the line is not a name line (a sentence, an address, a person)."""
    _, not_head, from_label, _, _ = _position_cues()
    text = mentions.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    line = text[a:b]
    if not line or not_head.match(line) or len(line) > 140:
        return []
    label = from_label.match(line)
    if label:
        a += label.end()
        line = text[a:b]
        if not line:
            return []
    if line.isupper():  # capitals: matched again once brought to title case
        line = _decap(line)
        found = _mentions(line)
    else:
        found = mentions.within(a, b)
    found = [(s, e, aid) for s, e, aid in found if allow_bystanders or aid not in _bystander_ids()]
    if found:
        rest = line
        for s, e, _ in sorted(found, reverse=True):
            rest = rest[:s] + " " + rest[e:]
        rest = _PAREN.sub(" ", rest)
        spare = [w for w in _WORD.findall(rest) if w.lower() not in _FILLER]
        if len(spare) <= _cues()["name_line_spare"] and not re.search(r"\d", rest) \
                and all(w.lower() in _name_line_words() for w in spare):
            return list(dict.fromkeys(aid for _, _, aid in found))
        return []
    other = _other_line_name(_PAREN.sub(" ", line))
    return [other] if other else []


def _closing_found(lines: list[str]) -> bool:
    closing = _position_cues()[0]
    return any(closing.match(line) for line in lines[-25:])


def _sign_off_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines after the last closing ("Yours sincerely") among the last ones; without a
    closing, the last three lines. Lines as (start, end) spans of `text`."""
    closing = _position_cues()[0]
    tail = spans[-25:]
    for i in range(len(tail) - 1, -1, -1):
        a, b = tail[i]
        if closing.match(text[a:b].strip()):
            return tail[i + 1:i + 8]
    return tail[-3:]


_DEAR = re.compile(r"^\s*Dear\s+(?P<name>[^,\n]{4,100}?)\s*,?\s*$")


_LINE = re.compile(r"[^\n]+")


def _positional(mentions: _Mentions) -> Iterator[list[str]]:
    """Bodies by where they stand, strongest place first: letterhead and "From:" lines, then the
    sign-off, then a body's own domain on a contact line, then "Dear <body>" or a request site's
    "made this request to <body>"; each a list of ids or names in order of appearance. Lazy: a
    letterhead's answer spares the rest."""
    text = mentions.text
    head_lines = _cues()["head_lines"]
    head_spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if m.group(0).strip():
            head_spans.append(m.span())
            if len(head_spans) == head_lines:
                break
    head: list[str] = []
    for a, b in head_spans:
        head += _line_bodies(mentions, a, b, allow_bystanders=True)
    yield list(dict.fromkeys(head))
    tail_from = max(0, len(text) - 4000)
    tail = [m.span() for m in _LINE.finditer(text, tail_from) if m.group(0).strip()]
    sign_spans = _sign_off_spans(text, tail)
    sign: list[str] = []
    for a, b in sign_spans:
        sign += _line_bodies(mentions, a, b, allow_bystanders=False)
    yield list(dict.fromkeys(sign))
    # A body's own mail or web domain on a contact line of the letterhead or of a signed-off
    # block ("enquiries@nifrs.org", "Email: foi@kent.police.uk"); in a sentence an address is as
    # often a referral ("requests can be sent to foi@scotland.police.uk").
    if not _closing_found([text[a:b].strip() for a, b in tail]):
        sign_spans = []
    hosts: list[str] = []
    for a, b in [*head_spans, *sign_spans]:
        line = text[a:b]
        if len(line) > 60 or len(line.split()) > 5:
            continue
        for m in _TEXT_HOST.finditer(line):
            aid = _match_host(m.group(1) or m.group(2))
            if aid and aid not in _bystander_ids():
                hosts.append(aid)
    yield list(dict.fromkeys(hosts))
    dear: list[str] = []
    for n, m in enumerate(_LINE.finditer(text, 0, min(len(text), 6000))):
        if n >= 40:
            break
        line = m.group(0)
        found = _DEAR.match(line) or next((p.search(line) for p in _addressed_to() if p.search(line)), None)
        if found:
            dear += _line_bodies(mentions, m.start() + found.start("name"), m.start() + found.end("name"),
                                 allow_bystanders=False)
    yield list(dict.fromkeys(dear))


@lru_cache(maxsize=1)
def _addressed_to() -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in _cues().get("addressed_to", [])]


@lru_cache(maxsize=1)
def _collaboration_of() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for group in _cues().get("collaborations", []):
        for aid in group:
            out[aid] = frozenset(group)
    return out


def _pick(candidates: list[str], mentions: _Mentions) -> str:
    """One body among a name line's candidates. Members of one collaboration (a joint unit's
    letterhead) give way to the member the text names as writer; a tie goes to the force whose
    area holds the letterhead's address, then to the first named."""
    pool = list(candidates)
    groups = {_collaboration_of().get(c) for c in candidates}
    if len(groups) == 1 and None not in groups:
        pool = sorted(next(iter(groups)), key=lambda c: (c not in candidates, candidates.index(c) if c in candidates else 0))
    if len(pool) == 1:
        return pool[0]
    text = mentions.text
    scores = _score_mentions(text, mentions.found)
    best = max(scores.get(c, 0.0) for c in pool)
    top = [c for c in pool if scores.get(c, 0.0) == best]
    if len(top) > 1:
        head = "\n".join(text.splitlines()[:12])
        places = {force for _, _, force in _mentions(head, _place_index())}
        in_area = [c for c in top if c in places]
        if in_area:
            return in_area[0]
    return top[0]


# Cheap test before the writer patterns: every response names the Information Commissioner.
_COMMISSIONER_WORDS = re.compile(r"Crime\s+Commissioner|OPF?CC\b")


@lru_cache(maxsize=1)
def _generic_commissioner() -> list[re.Pattern[str]]:
    return [re.compile(p, re.I | re.M) for p in _cues().get("generic_commissioner_writer", [])]


def _commissioner_office(found: str, text: str) -> str:
    """A force or combined authority found as writer of a text that names "the Office of the
    Police and Crime Commissioner" (no area) as the one searching or answering: that area's
    commissioner's office."""
    row = _by_id().get(found)
    if not row or row["kind"] not in ("police", "pcc") or found.startswith("pcc-"):
        return found
    if not _COMMISSIONER_WORDS.search(text, 0, 20000) or not any(p.search(text, 0, 20000) for p in _generic_commissioner()):
        return found
    return _oversight_of().get(row["area"], found)

"""Site chrome in an HTML tree: find the main content and cut away what is not the response.

Structural, in the order a reader's eye works: what the browser never shows (scripts,
hidden elements), what HTML says is chrome (nav, header, footer, aside and their ARIA
roles), what class/id names say is chrome (cookie, breadcrumb, share, beta...), and finally
blocks that are mostly links to other pages of the same site. Names and tokens are data in
parser/data/chrome.yml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from parser.cleaning.lines import chrome_data

_TOKEN_SPLIT = re.compile(r"[\s_\-:.]+|(?<=[a-z])(?=[A-Z])")
_DOC_EXT = (".pdf", ".docx", ".doc", ".xlsx", ".xls", ".csv", ".odt", ".ods", ".rtf", ".pptx", ".zip")

# Link-density thresholds (trafilatura uses similar figures). Outside a named main element
# navigation is everywhere, so the bar is lower; inside it only long same-site link lists go.
_FALLBACK_MIN_LINKS, _FALLBACK_DENSITY = 3, 0.6
_MAIN_MIN_LINKS, _MAIN_DENSITY = 5, 0.8
# A chrome-named element holding this much non-link text is content mis-named by a theme
# (e.g. a "content-with-sidebar-nav" wrapper), not chrome.
_PROTECT_TEXT = 1500


@dataclass(frozen=True)
class HtmlRules:
    drop_tags: tuple[str, ...]
    chrome_tags: frozenset[str]
    chrome_roles: frozenset[str]
    hidden_classes: frozenset[str]
    chrome_tokens: frozenset[str]
    main_ids: tuple[str, ...]
    main_classes: tuple[str, ...]
    chrome_compounds: frozenset[str] = frozenset()
    caption_tokens: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def html_rules() -> HtmlRules:
    d = chrome_data()["html"]
    return HtmlRules(
        drop_tags=tuple(d["drop_tags"]),
        chrome_tags=frozenset(d["chrome_tags"]),
        chrome_roles=frozenset(d["chrome_roles"]),
        hidden_classes=frozenset(c.lower() for c in d["hidden_classes"]),
        chrome_tokens=frozenset(t.lower() for t in d["chrome_tokens"]),
        main_ids=tuple(d["main_ids"]),
        main_classes=tuple(d["main_classes"]),
        chrome_compounds=frozenset(c.lower() for c in d.get("chrome_compounds") or ()),
        caption_tokens=frozenset(c.lower() for c in d.get("caption_tokens") or ()),
    )


_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def tokens(value: str) -> set[str]:
    """class/id value -> lower-case word tokens ("ds_site-navigation" -> ds, site, navigation)."""
    return {t.lower() for t in _TOKEN_SPLIT.split(value) if t}


def is_document_link(href: str) -> bool:
    """Whether a link points at an attachment (PDF, Office, CSV...), whatever its query string."""
    return urlsplit(href.strip()).path.lower().endswith(_DOC_EXT)


def _drop(el: HtmlElement) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    if el.getparent() is not None:
        el.drop_tree()


def strip_never_shown(root: HtmlElement) -> None:
    """Drop what is never text on any page: scripts, styles, form controls, comments."""
    etree.strip_elements(
        root, *html_rules().drop_tags, etree.Comment, etree.ProcessingInstruction, with_tail=False
    )


def remove_invisible(scope: HtmlElement) -> None:
    """Drop hidden elements under `scope` (pre-rendered messages, screen-reader extras)."""
    r = html_rules()
    doomed = []
    # One Python pass over the (small) main content beats XPath predicates on lxml.
    for el in scope.iter():
        a = el.attrib
        if not a:
            continue
        if (
            "hidden" in a
            or a.get("aria-hidden", "").strip().lower() == "true"
            or a.get("type", "").lower() == "hidden"
            or ("style" in a and _STYLE_HIDDEN.search(a["style"]))
        ):
            if not _folded_content(el):
                doomed.append(el)
        elif "class" in a:
            classes = a["class"].lower().split()
            # Bootstrap shows "d-none d-md-block" from tablets up: visible content.
            if r.hidden_classes.intersection(classes) and not any(
                c.startswith(("d-sm-", "d-md-", "d-lg-", "d-xl-", "visible-")) for c in classes
            ):
                doomed.append(el)
    for el in doomed:
        if el is not scope:
            _drop(el)


# Tabs and accordions hide their closed panels, which hold the response ("Request" /
# "Response" tabs): hidden there means folded, not chrome.
_FOLD_TOKENS = frozenset(("tab", "tabs", "tabpanel", "panel", "accordion", "collapse", "expander", "disclosure"))


def _folded_content(el: HtmlElement) -> bool:
    if (el.get("role") or "").lower() == "tabpanel" or (el.get("hidden") or "").lower() == "until-found":
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(names.strip()) and not _FOLD_TOKENS.isdisjoint(tokens(names))


def find_main(root: HtmlElement, source: str = "") -> HtmlElement | None:
    """The element the page names as its main content, or None (then the body is used).

    `source` is the page's HTML: a regex over it decides whether an attribute search over
    the whole tree is worth running (most pages have <main> and never need one).
    """
    r = html_rules()
    found = list(root.iter("main"))
    if not found and (not source or _ROLE_MAIN.search(source)):
        found = root.xpath("//*[@role='main']")
    if found:
        return max(found, key=_text_len) if len(found) > 1 else found[0]
    articles = list(root.iter("article"))
    if len(articles) == 1:
        return articles[0]
    for ident in r.main_ids:
        if source and f"{ident}" not in source:
            continue
        found = root.xpath("//*[@id=$v]", v=ident)
        if found:
            return found[0]
    for cls in r.main_classes:
        if source and cls not in source:
            continue
        found = root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), $v)]", v=f" {cls} ")
        if found:
            return max(found, key=_text_len)
    if articles:
        return max(articles, key=_text_len)
    return None


_ROLE_MAIN = re.compile(r"""role\s*=\s*["']?main\b""", re.I)


def _text_len(el: HtmlElement) -> int:
    return len("".join(el.itertext()))


def _link_text_len(el: HtmlElement) -> int:
    return sum(_text_len(a) for a in el.iter("a"))


# Parts of a table and headings are judged with their container, never by their own class:
# SharePoint names a table's first row "ms-rteTableHeaderRow", which is no site header.
_NEVER_BY_NAME = frozenset("tr td th thead tbody tfoot caption col colgroup h1 h2 h3 h4 h5 h6".split())
# Chrome tokens this long also match as prefixes ("ribbonrow", "footerlinks", "cookiebar").
_PREFIX_MIN = 5


def chrome_names(names: str, r: HtmlRules) -> set[str]:
    """The chrome tokens class/id names carry, matched whole or as a long token's prefix."""
    found = set()
    for t in tokens(names):
        if t in r.chrome_tokens:
            found.add(t)
        else:
            found.update(t[:k] for k in range(_PREFIX_MIN, len(t)) if t[:k] in r.chrome_tokens)
    return found


def names_say_chrome(names: str, r: HtmlRules) -> bool:
    """Whether class/id names mark chrome."""
    return bool(chrome_names(names, r))


_COMPOUND_STRIP = str.maketrans("", "", "-_")


def compound_says_chrome(names: str, r: HtmlRules) -> bool:
    """Whether a whole class/id value, "-" and "_" removed, is a chrome compound ("entry-meta")."""
    return bool(r.chrome_compounds) and any(
        v.lower().translate(_COMPOUND_STRIP) in r.chrome_compounds for v in names.split()
    )


# Names of rows that may carry the post's date, which the dates step reads from the text.
_DATED_NAMES = frozenset(("byline", "bylines"))
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_IN = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)


def _holds_date(el: HtmlElement) -> bool:
    """A post's date row names when the response was published: the dates step reads it
    from the text, so a theme's meta row that holds a date is kept."""
    return _DATE_IN.search(_text_of(el)) is not None


def _text_of(el: HtmlElement) -> str:
    return "".join(el.itertext())


def _holds_document_link(el: HtmlElement) -> bool:
    return any(is_document_link(a.get("href") or "") for a in el.iter("a"))


def is_picture_caption(el: HtmlElement, r: HtmlRules) -> bool:
    """A caption or credit under a picture: a <figcaption>, or an element named caption or
    credit, whose figure (its parent) shows an image and no table. A table's caption names
    its figures and stays."""
    if el.tag != "figcaption":
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if ("capt" not in names and "credit" not in names) or r.caption_tokens.isdisjoint(tokens(names)):
            return False
    parent = el.getparent()
    if parent is None:
        return False
    box = parent if parent.tag in ("figure", "div", "span", "p") else el
    return any(True for _ in box.iter("img", "picture")) and not any(True for _ in box.iter("table"))


def _is_chrome(el: HtmlElement, r: HtmlRules) -> bool:
    if el.tag in r.chrome_tags:
        return True
    if (el.get("role") or "").lower() in r.chrome_roles:
        return True
    if el.tag in _NEVER_BY_NAME:
        return False
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if names.strip():
        found = chrome_names(names, r)
        if found and not (found <= _DATED_NAMES and _holds_date(el)):
            return True
        if compound_says_chrome(names, r) and not _holds_document_link(el) and not _holds_date(el):
            return True
    # an ARIA label names a region for screen readers ("Share this page", "Breadcrumb")
    label = el.get("aria-label")
    return bool(label) and el.tag != "a" and bool(chrome_names(label, r)) and not _holds_document_link(el)


def is_chrome_element(el: HtmlElement, *, by_name: bool = True) -> bool:
    """Whether HTML semantics (or, with `by_name`, class/id names) mark `el` as site chrome."""
    r = html_rules()
    if by_name:
        return _is_chrome(el, r)
    return el.tag in r.chrome_tags or (el.get("role") or "").lower() in r.chrome_roles


def remove_chrome(
    scope: HtmlElement, protected: Iterable[HtmlElement], *, in_main: bool, host: str = ""
) -> None:
    """Drop chrome elements under `scope`, except those wrapping a protected element."""
    r = html_rules()
    keep = set()
    for el in protected:
        keep.update(el.iterancestors())
        keep.add(el)
    doomed: list[HtmlElement] = []
    scope_len = -1
    for el in scope.iterdescendants():
        if not (el.tag in r.chrome_tags or el.attrib or el.tag == "figcaption") or el in keep:
            continue
        if not _is_chrome(el, r):
            if is_picture_caption(el, r):
                doomed.append(el)
            continue
        if el.tag in ("header", "footer") and in_main and not _tokens_say_chrome(el, r):
            continue  # an article's own header/footer (title, dates) is content
        if in_main and _section_heading(el, r):
            continue
        if _text_len(el) - _link_text_len(el) > _PROTECT_TEXT:
            continue
        if el.tag == "form":
            scope_len = _text_len(scope) if scope_len < 0 else scope_len
            if _text_len(el) * 2 > scope_len:
                continue  # ASP.NET pages wrap everything in one <form>
        doomed.append(el)
    doomed_set = set(doomed)
    for el in doomed:
        if not any(anc in doomed_set for anc in el.iterancestors()):
            _drop(el)
    _drop_link_lists(scope, keep, in_main=in_main, host=host)


_LINK_BLOCKS = frozenset("ul ol div section p dl table td".split())


# Inside the main content, "card-header" or "accordion-header" wraps a section's heading
# ("Request 1", "Response"), not the site's masthead.
_HEADER_NAMES = frozenset(("header", "masthead", "topbar", "banner"))
_HEADING_XPATH = etree.XPath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")


def _section_heading(el: HtmlElement, r: HtmlRules) -> bool:
    if el.tag in r.chrome_tags or (el.get("role") or "").lower() in r.chrome_roles:
        return False
    found = chrome_names(f"{el.get('class') or ''} {el.get('id') or ''}", r)
    return bool(found) and found <= _HEADER_NAMES and bool(_HEADING_XPATH(el))


def _tokens_say_chrome(el: HtmlElement, r: HtmlRules) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return names_say_chrome(names, r) or (el.get("role") or "") in r.chrome_roles


def _same_site(href: str, host: str) -> bool:
    netloc = urlsplit(href.strip()).netloc.lower()
    return not netloc or netloc == host


def _drop_link_lists(scope: HtmlElement, keep: set[HtmlElement], *, in_main: bool, host: str) -> None:
    """Drop blocks that are mostly links to other pages of the site (menus, related lists)."""
    min_links, density = (_MAIN_MIN_LINKS, _MAIN_DENSITY) if in_main else (_FALLBACK_MIN_LINKS, _FALLBACK_DENSITY)
    # Count links per enclosing block by walking up from each link: linear in the links,
    # where an XPath count(.//a) per block is quadratic in the depth.
    counts: dict[HtmlElement, int] = {}
    for a in scope.iter("a"):
        for anc in a.iterancestors():
            if anc is scope:
                break
            if anc.tag in _LINK_BLOCKS:
                counts[anc] = counts.get(anc, 0) + 1
    candidates = [el for el, n in counts.items() if n >= min_links]
    # outermost first, so a dropped menu takes its sub-menus with it
    candidates.sort(key=lambda el: sum(1 for _ in el.iterancestors()))
    gone: set[HtmlElement] = set()
    for el in candidates:
        if el in keep or any(a in gone for a in el.iterancestors()):
            continue
        links = [a for a in el.iter("a")]
        hrefs = [a.get("href") or "" for a in links]
        if any(is_document_link(h) for h in hrefs):
            continue  # attachments are the response
        if in_main and not all(_same_site(h, host) for h in hrefs):
            continue  # citations of outside sources (ICO guidance) are content
        total = _text_len(el)
        if total and _link_text_len(el) / total >= density:
            gone.add(el)
            _drop(el)

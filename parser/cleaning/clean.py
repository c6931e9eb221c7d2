"""Page -> main text: drop site chrome (navigation, banners, footers), keep the response.

`clean_html` locates the main content with lxml (no whole-page BeautifulSoup: speed budget),
cuts structural chrome (parser/cleaning/chrome.py), renders one line per block and one line per table
row ("cell | cell"), then drops chrome lines the structure missed (parser/cleaning/lines.py).
`clean_text` does the line part alone for a page's already extracted text.
"""
from __future__ import annotations

import html as html_entities
import re
import threading
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlComment, HTMLParser, HtmlElement, document_fromstring

from parser.cleaning import chrome
from parser.cleaning.lines import (
    CHROME_KEY, chrome_family, drop_chrome_lines, has_inline_furniture, normalise, strip_inline_furniture,
)
from parser.formats.page import Page

_BLOCK = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul center".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters one by one: 30 substring tests (memchr) are ~3x cheaper than one
# character-class regex scan of a 100 KB page, and almost every page has none.
_CONTROL_CHARS = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|»)\s+")
# Words that mark a <title> segment as the site's name rather than the page's.
_SITE_WORDS = re.compile(
    r"\b(?:police|constabulary|gov|council|commissioner|service|authority|website|home|site|uk|pcc|nca)\b|\.\w{2,3}\b",
    re.I,
)
# For the no-structure fallback (HTML too deep for lxml): block tags become line breaks.
# "|\Z": an unclosed <script> runs to the end in one match instead of failing (and being
# retried) at every later "<script" - linear on hostile input.
_RAW_DROP = re.compile(r"<(script|style|noscript|template|svg)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)
_RAW_BLOCK = re.compile(r"</?(?:%s|br)\b[^>]*>" % "|".join(sorted(_BLOCK)), re.I)
_RAW_CELL = re.compile(r"</t[dh]\s*>\s*(?=<t[dh]\b)", re.I)
_RAW_TAG = re.compile(r"<[^>]*>")


def clean_html(text: str, url: str | None = None) -> Page:
    """The main content of an HTML page as lines, with its title, metadata, tables and links.

    Never raises: HTML that defeats the structural reading is read as plain text, with a
    warning saying why.
    """
    try:
        return _clean_html(text, url)
    except Exception as exc:  # noqa: BLE001 - bad input must become a warning, not a traceback
        page = Page(kind="html", warnings=[f"HTML cleaning failed ({type(exc).__name__}: {exc}); read as plain text"])
        return _fallback_text(text, page)


def _clean_html(text: str, url: str | None) -> Page:
    page = Page(kind="html")
    if any(c in text for c in _CONTROL_CHARS):
        # C0 controls are not HTML text; lxml keeps them, then refuses them on any edit.
        text = _CONTROL.sub(" ", text)
    parser = _parser()
    try:
        # lxml refuses str input that declares an encoding; only the head can hold one
        source = _XML_DECL.sub("", text, count=1) if text[:200].lstrip().startswith("<?") else text
        root = document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        page.warnings.append(f"HTML could not be parsed ({exc}); read as plain text")
        return _fallback_text(text, page)
    if any("depth" in e.message.lower() for e in parser.error_log):
        page.warnings.append(
            "HTML is nested deeper than the parser's limit (256 levels): structure ignored, read as plain text"
        )
        return _fallback_text(text, page)

    page.meta = _metadata(root)
    if "ld+json" in text:
        _linked_data(root, page.meta)
    if url and "canonical" in page.meta:
        page.meta["canonical"] = urljoin(url, page.meta["canonical"])
    # PDF viewers (<iframe src=...pdf>, <embed>, <object data=...>) are the response itself,
    # wherever the theme put them; read their sources before such elements are stripped.
    embedded = [
        src for el in root.iter("iframe", "embed", "object")
        if (src := (el.get("src") or el.get("data") or "").strip()) and chrome.is_document_link(src)
    ]
    chrome.strip_never_shown(root)
    # The page's own header and footer bands name the site ("Anyshire Fire and Rescue Service |
    # Prevention", "© Anyshire Fire and Rescue Service"): kept as chrome text for the authority
    # step, which has nothing else when the response never names its writer (fields5).
    header = next(root.iter("header"), None)
    footers = root.findall(".//footer")
    site_bands = "\n".join(_band_text(el) for el in (header, footers[-1] if footers else None) if el is not None)
    body = root.find("body")
    body = body if body is not None else root
    main = chrome.find_main(root, text)
    if main is not None and not any(t.strip() for t in main.itertext()):
        main = None  # an empty <main> placeholder filled by script: read the body instead
    chrome.remove_invisible(main if main is not None else body)
    h1 = _title_heading(main, body)
    scope = main if main is not None else body
    host = urlsplit(url).netloc.lower() if url else ""
    chrome.remove_chrome(scope, [h1] if h1 is not None else [], in_main=main is not None, host=host)
    _drop_lone_navigation_links(scope)

    _mark_line_breaks(scope)
    data_tables: list[HtmlElement] = []
    lines = _render(scope, data_tables)
    h1_text = normalise(h1.text_content()) if h1 is not None else ""
    if h1 is not None and scope not in set(h1.iterancestors()) and h1 is not scope:
        lines.insert(0, (h1_text, "h1"))
    kept, found = drop_chrome_lines(
        [t for t, _ in _drop_leading_filing(_drop_empty_sections(lines))], weak=False, normalised=True
    )
    page.chrome_text = "\n".join(x for x in (found.pop(CHROME_KEY, ""), site_bands) if x)
    page.meta.update({k: v for k, v in found.items() if k not in page.meta})
    page.body_text = "\n".join(kept)
    page.title = h1_text or _strip_site_name(page.meta.get("title", ""), url) or None
    page.html_tables = data_tables
    page.attachments = _attachments(scope, url, embedded)
    return page


SITE_BAND_CHARS = 160  # of each <header>/<footer> band's text kept as chrome text


def _band_text(el: HtmlElement) -> str:
    """The opening SITE_BAND_CHARS of a band's text, read no further (a mega-menu header is long)."""
    parts: list[str] = []
    n = 0
    for t in el.itertext():
        t = t.strip()
        if t:
            parts.append(t)
            n += len(t) + 1
            if n >= SITE_BAND_CHARS:
                break
    return " ".join(" ".join(parts).split())[:SITE_BAND_CHARS]

_local = threading.local()


def _parser() -> HTMLParser:
    """This thread's HTML parser (lxml parsers must not be shared between threads).

    Elements are plain HtmlElement through a C-level class lookup: lxml.html's default
    per-tag lookup runs Python for every element touched and made cleaning 3x slower.
    """
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(element=HtmlElement, comment=HtmlComment)
        )
        _local.parser = parser
    return parser


def clean_text(text: str) -> Page:
    """A page's extracted text without the chrome lines at its top and bottom."""
    # Furniture cut out of the raw lines first, so the layout kept below still lines up.
    source = raw = text.splitlines()
    if has_inline_furniture(text):
        raw = [strip_inline_furniture(line) for line in raw]
    kept, meta = drop_chrome_lines(raw, source=source)
    chrome = meta.pop(CHROME_KEY, "")
    return Page(kind="text", body_text="\n".join(kept), meta=meta, layout_text=_layout(raw, kept), chrome_text=chrome)


def clean_document(page: Page) -> Page:
    """A PDF or Office document's text without its letter furniture: security markings,
    "Page N of M", footer web addresses and handles wherever they sit (a page break puts them
    mid-letter), and strong chrome (banners of a mirror site) in the zones. Its own structure
    is trusted otherwise: weak navigation cues are not applied."""
    if not page.body_text:
        return page
    kept, meta = drop_chrome_lines(page.body_text.splitlines(), weak=False)
    page.chrome_text = "\n".join(x for x in (page.chrome_text, meta.pop(CHROME_KEY, "")) if x)
    page.meta.update({k: v for k, v in meta.items() if k not in page.meta})
    page.body_text = "\n".join(kept)
    return page


def _layout(raw: list[str], kept: list[str]) -> str:
    """The raw lines behind `kept` (an ordered subsequence of the normalised raw lines),
    or "" when no kept line has a run of spaces or a tab to lose."""
    if not any("  " in line.strip() or "\t" in line for line in raw):
        return ""
    out: list[str] = []
    k = 0
    for line in raw:
        if k < len(kept) and normalise(line) == kept[k]:
            out.append(line.rstrip())
            k += 1
    return "\n".join(out) if k == len(kept) else ""


def _fallback_text(text: str, page: Page) -> Page:
    """Text of HTML that lxml cannot build a tree for: tags stripped, blocks kept as lines."""
    raw = _RAW_DROP.sub(" ", text)
    raw = _RAW_CELL.sub(" | ", raw)
    raw = _RAW_TAG.sub("", _RAW_BLOCK.sub("\n", raw))
    kept, meta = drop_chrome_lines(html_entities.unescape(raw).splitlines())
    meta.pop(CHROME_KEY, None)
    page.body_text = "\n".join(kept)
    page.meta.update(meta)
    return page


def _metadata(root: HtmlElement) -> dict[str, str]:
    meta: dict[str, str] = {}
    for m in root.iter("meta"):
        key = m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv")
        content = m.get("content")
        if key and content is not None and key.lower() not in meta:
            meta[key.strip().lower()] = normalise(content)
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        meta["html_lang"] = lang.strip()
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            meta["canonical"] = link.get("href", "").strip()
            break
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        meta.setdefault("title", normalise(title.text_content()))
    return meta


_LD_KEYS = ("datePublished", "dateModified", "dateCreated", "headline")


def _linked_data(root: HtmlElement, meta: dict[str, str]) -> None:
    """Dates and headline from schema.org JSON-LD blocks as meta["ld:datepublished"] etc.

    CMSs (WordPress, Drupal, SOH) state the publication date there even when the page
    text does not; the script itself is stripped with the others.
    """
    import json

    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        items = [g for d in items if isinstance(d, dict) for g in (d.get("@graph") or [d]) if isinstance(g, dict)]
        for item in items:
            for key in _LD_KEYS:
                value = item.get(key)
                if isinstance(value, str) and value.strip():
                    meta.setdefault(f"ld:{key.lower()}", value.strip())


def _drop_lone_navigation_links(scope: HtmlElement) -> None:
    """A block that is nothing but a "Back to the disclosure log" style link is navigation.

    Only the navigation cue family decides, so "Download the response (PDF)" or a lone link
    to the ICO's guidance stay.
    """
    for a in list(scope.iter("a")):
        href = a.get("href") or ""
        if not href or chrome.is_document_link(href):
            continue
        parent = a.getparent()
        if parent is None or parent is scope or parent.tag not in _BLOCK:
            continue
        text = normalise(a.text_content())
        if text and normalise(parent.text_content()) == text and chrome_family(text) == "navigation":
            parent.drop_tree()


def _title_heading(main: HtmlElement | None, body: HtmlElement) -> HtmlElement | None:
    """The page's own h1: the first in the main content, else the first outside site chrome
    (a theme's logo is often an h1 inside the site header)."""
    if main is not None:
        for h in main.iter("h1"):
            if h.text_content().strip():
                return h
    headings = [h for h in body.iter("h1") if h.text_content().strip()]
    for h in headings:
        if not any(chrome.is_chrome_element(a) for a in h.iterancestors()):
            return h
    # A "page-header" div names itself like chrome but holds the title: only HTML
    # semantics (header/nav/footer elements, ARIA roles) rule a heading out here.
    for h in headings:
        if not any(chrome.is_chrome_element(a, by_name=False) for a in h.iterancestors()):
            return h
    return None


def _strip_site_name(title: str, url: str | None) -> str:
    """"FOI 123: Stop and search | Cleveland Police" -> "FOI 123: Stop and search"."""
    host_words = set(re.findall(r"[a-z]{3,}", urlsplit(url).netloc.lower())) if url else set()
    end = len(title)
    for sep in reversed(list(_TITLE_SEP.finditer(title))):
        last = title[sep.end() : end]
        if _SITE_WORDS.search(last) or host_words.intersection(re.findall(r"[a-z]{3,}", last.lower())):
            end = sep.start()
        else:
            break
    return title[:end].strip()


def _is_data_table(table: HtmlElement) -> bool:
    """Layout tables (old SharePoint/ASP.NET pages) hold the page, not figures."""
    return (table.get("role") or "").lower() != "presentation" and table.find(".//table") is None


def _cell_text(cell: HtmlElement) -> str:
    # Most cells are bare text: .text is 8x cheaper than itertext(); tostring() is the
    # cheapest whole-subtree text when there is markup inside.
    raw = (cell.text or "") if len(cell) == 0 else etree.tostring(cell, method="text", encoding=str, with_tail=False)
    return normalise(raw)


def _cells(row: HtmlElement) -> list[str]:
    return [_cell_text(c) for c in row if c.tag in _CELL_TAGS]


def _table_lines(table: HtmlElement) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    caption = table.find("caption")
    if caption is not None and caption.text_content().strip():
        out.append((normalise(caption.text_content()), "caption"))
    for row in table.iter("tr"):
        cells = _cells(row)
        if any(cells):
            out.append((" | ".join(cells), "tr"))
    return out


def _mark_line_breaks(scope: HtmlElement) -> None:
    """Make <br> and blocks inside table cells visible to itertext() as whitespace.

    Without it "2019<br>2020" in a cell reads "20192020" (for the tables step too), while
    joining every text node with spaces would split Word's mid-word <span> runs.
    """
    for br in scope.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for cell in scope.iter("td", "th"):
        if len(cell):  # most cells are bare text
            for block in cell.iter("p", "div", "li"):
                block.tail = "\n" + (block.tail or "")


def _render(scope: HtmlElement, data_tables: list[HtmlElement]) -> list[tuple[str, str]]:
    """One (text, kind) per block; iterative walk, so deep trees cannot exhaust the stack.

    Appends the data tables it rendered as rows to `data_tables`.
    """
    lines: list[tuple[str, str]] = []
    buf: list[str] = []
    kinds: list[str] = ["p"]

    def flush() -> None:
        text = normalise("".join(buf))
        buf.clear()
        if not text:
            return
        if lines and (
            (kinds[-1] == "dd" and lines[-1][1] == "dt")
            or (lines[-1][1] == "label" and kinds[-1] not in _HEADINGS and len(lines[-1][0]) <= 60)
        ):
            # "Date" / "18/04/2024" -> "Date: 18/04/2024": label and value stay on one line
            label = lines[-1][0]
            lines[-1] = (f"{label} {text}" if label.endswith(":") else f"{label}: {text}", "dd")
        else:
            lines.append((text, kinds[-1]))

    walker = etree.iterwalk(scope, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if tag == "table" and _is_data_table(el):
                flush()
                lines.extend(_table_lines(el))
                data_tables.append(el)
                walker.skip_subtree()
                continue
            if tag == "br":
                flush()
            elif tag in _BLOCK:
                flush()
                # Drupal/WordPress fields: "<div class=field__label>Request Number:</div>"
                # then the value: one line, as a reader sees it.
                cls = el.get("class")
                kinds.append("label" if cls and "label" in cls and "label" in chrome.tokens(cls) else tag)
            if el.text:
                buf.append(el.text)
        else:
            if tag in _BLOCK and not (tag == "table" and data_tables and data_tables[-1] is el):
                flush()
                kinds.pop()
            if el.tail and el is not scope:
                buf.append(el.tail)
    flush()
    return lines


def _drop_empty_sections(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop headings whose section lost all its content to chrome removal ("Related topics")."""
    out: list[tuple[str, str]] = []
    for i, (text, kind) in enumerate(lines):
        level = _HEADINGS.get(kind)
        if level is not None and level > 1:
            nxt = lines[i + 1][1] if i + 1 < len(lines) else None
            if nxt is None or (nxt in _HEADINGS and _HEADINGS[nxt] <= level):
                continue
        out.append((text, kind))
    return out


_BOX_TAGS = frozenset({"div"})


def _drop_leading_filing(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop a log engine's filing ("Category: Incidents") that opens the main content, above
    the entry's heading: there it files the page. Among the entry's fields (PSNI's "Request:
    FOI/13384", "Category: ...", "Subject: ...") it is one of them and stays."""
    k = 0
    while k < len(lines) and lines[k][1] not in _HEADINGS and chrome_family(lines[k][0]) == "taxonomy":
        k += 1
    # ... and a log template's label over that heading in a box of its own (Northumbria's old log:
    # a "Disclosure Details" panel title in a div, then the entry's h1): a heading must follow at once.
    # A paragraph there is the page's own caption beside its title (GOV.UK's "FOI release"), and
    # elsewhere HTML's structure keeps such a label as the page's heading or text.
    j = k
    while j < len(lines) and lines[j][1] in _BOX_TAGS and chrome_family(lines[j][0]) == "page_about":
        j += 1
    if j > k and j < len(lines) and lines[j][1] in _HEADINGS:
        k = j
    return lines[k:] if k < len(lines) else lines


def _attachments(scope: HtmlElement, url: str | None, embedded: list[str]) -> list[str]:
    """Absolute URLs of the documents the main content links to or embeds, in page order."""
    seen: dict[str, None] = {}
    hrefs = [(a.get("href") or "").strip() for a in scope.iter("a")]
    for href in [h for h in hrefs if h and chrome.is_document_link(h)] + embedded:
        absolute = urljoin(url, href) if url else href
        seen.setdefault(urldefrag(absolute)[0], None)  # "#page=2" is the same document
    return list(seen)

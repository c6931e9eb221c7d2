"""Hypothesis strategies for what a hostile or broken site could hand the parser: page text,
citation-grammar strings, HTML trees, and PDF/DOCX/XLSX files with bytes mutated.

Each strategy draws a Case: the bytes, the content type and URL they arrive with, and a kind
name for the summary. The text-like strategies are cheap (a few ms to parse) and make the
bulk; mutated documents cost tens of ms each and are drawn less often.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from hypothesis import strategies as st


@dataclass(frozen=True)
class Case:
    kind: str
    content: bytes
    content_type: str | None
    url: str | None


# Words and marks the parser's grammars key on: drawn often so cases reach deep code.
FOI_TOKENS = [
    "Section", "section", "s.", "S", "Sections", "Regulation", "reg.", "31", "40", "12", "14",
    "23", "24", "30", "38", "43", "17", "1", "35", "(1)", "(2)", "(5)", "(a)", "(b)", "(i)",
    "(5B)", "(", ")", "((", "))", "and", "&", "or", ",", ";", ".", "to", "of the", "Act",
    "Freedom of Information Act 2000", "FOISA", "Environmental Information Regulations",
    "exempt", "applies", "is engaged", "neither confirm nor deny", "does not hold",
    "not held", "we have decided", "Request", "Response", "Reference", "FOI", "207-24",
    "Dear", "Yours sincerely", "Police", "Cleveland Police", "Police Scotland", "|", " | ",
    "\n", "\n\n", "\t", " ", "2017", "2024", "12 March 2024", "01/02/2024", "<5", "£", "%",
    "\u00a0", "\u200b", "\ufeff", "é", "Ł", "🙂", "\r\n", "\x0c",
]
_token = st.sampled_from(FOI_TOKENS)
_free = st.text(max_size=12)
_JOINER = st.sampled_from([" ", "", "\n", " | "])
# Strategies are built once, here, not inside a draw: hypothesis validates every new strategy,
# and building them per draw cost more than parsing the case (a 100,000-case run went from
# hours of strategy validation to the parse time itself).
_PART = st.one_of(_token, _token, _token, _free)


@lru_cache(maxsize=None)
def _parts(max_tokens: int) -> st.SearchStrategy[list[str]]:
    return st.lists(_PART, max_size=max_tokens)


@st.composite
def _tokens(draw: st.DrawFn, max_tokens: int = 60) -> str:
    return draw(_JOINER).join(draw(_parts(max_tokens)))


# ------------------------------------------------------------------------------- text
@st.composite
def texts(draw: st.DrawFn) -> Case:
    """Page text: FOI words and marks mixed with arbitrary characters, sometimes repeated
    into long runs (the shapes that were quadratic: citations, "(", "cell |" lines)."""
    body = draw(_TEXT_BODY)
    if draw(_ONE_IN_TEN) == 0:
        body += draw(_RUN_UNIT) * draw(_RUN_LENGTH)
    encoding = draw(_ENCODING)
    content = body.encode(encoding, errors="replace")
    return Case("text", content, draw(st.sampled_from(["text/plain", None, "text/plain; charset=" + encoding])), None)


_TEXT_BODY = _tokens()
_ONE_IN_TEN = st.integers(0, 9)
_RUN_UNIT = st.one_of(_token, st.sampled_from(["(", "cell |\n", "Section 31(1)(a) applies. ", ")("]))
_RUN_LENGTH = st.integers(50, 1000)
_ENCODING = st.sampled_from(["utf-8", "utf-8", "cp1252", "utf-16"])


# -------------------------------------------------------------------------- citations
_NUMBERS = st.integers(1, 80).map(str)
_LEVEL = st.one_of(st.integers(1, 9).map(lambda n: f"({n})"), st.sampled_from("abcdefi").map(lambda c: f"({c})"),
                   st.sampled_from(["(5A)", "(5B)", "(3A)", "(ii)", "(iv)"]))


_WORD = st.sampled_from(["Section", "section", "s.", "s", "Sections", "Regulation", "regulation", "Reg"])
_SEP = st.sampled_from([" ", "", "  "])
_LEVELS = st.lists(_LEVEL, max_size=4)
_MORE = st.lists(st.tuples(st.sampled_from([" and ", " & ", ", ", " or ", " to "]), st.one_of(_LEVEL, _NUMBERS)),
                 max_size=3)
_LEAD = st.sampled_from(["", "We consider that ", "The information is exempt under ",
                         "We neither confirm nor deny under ", "We considered ", "By virtue of "])
_TAIL = st.sampled_from([" applies.", " is engaged.", " does not apply.", " of the Act.",
                         " of the Freedom of Information (Scotland) Act 2002.", ".", ""])
_SENTENCES = st.integers(1, 6)
_ONE_IN_TWENTY = st.integers(0, 19)
_REPEATS = st.integers(10, 100)


@st.composite
def _citation(draw: st.DrawFn) -> str:
    word, sep = draw(_WORD), draw(_SEP)
    levels = "".join(draw(_LEVELS))
    more = draw(_MORE)
    return f"{word}{sep}{draw(_NUMBERS)}{levels}" + "".join(a + b for a, b in more)


_CITATION = _citation()


@st.composite
def citations(draw: st.DrawFn) -> Case:
    """Sentences built from the citation grammar (DESIGN.md's examples and their neighbours)."""
    sentences = [draw(_LEAD) + draw(_CITATION) + draw(_TAIL) for _ in range(draw(_SENTENCES))]
    text = " ".join(sentences)
    if draw(_ONE_IN_TWENTY) == 0:
        text = text * draw(_REPEATS)
    return Case("citation", text.encode(), "text/plain", None)


# ------------------------------------------------------------------------------- HTML
_TAGS = ["div", "p", "span", "table", "tr", "td", "th", "thead", "tbody", "ul", "li", "h1", "h2",
         "nav", "header", "footer", "main", "article", "script", "style", "a", "br", "strong",
         "caption", "iframe", "noscript", "form", "button", "section", "aside", "pre"]
_ATTRS = st.sampled_from(["", ' class="cookie-banner"', ' id="content"', ' class="exit-button"',
                          ' href="/foi/1.pdf"', ' colspan="3"', ' rowspan="99999"', ' role="navigation"',
                          ' href="javascript:alert(1)"', ' class="breadcrumb"', ' lang="cy"', " hidden"])


def _leaf() -> st.SearchStrategy[str]:
    return st.one_of(_tokens(12), st.sampled_from(["&amp;", "&nbsp;", "&#0;", "&#x110000;", "<!-- c -->",
                                                   "<![CDATA[x]]>", "</td>", "<td>", "&lt;script&gt;"]))


def _element(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(_TAGS), _ATTRS, children, st.booleans()).map(
        lambda t: f"<{t[0]}{t[1]}>{''.join(t[2])}" + (f"</{t[0]}>" if t[3] else ""))


@st.composite
def html_pages(draw: st.DrawFn) -> Case:
    """Random element trees (unclosed tags, broken entities, tables with absurd spans) in a
    page shell, sometimes with a real title and meta tags."""
    tree, head, url = draw(_TREE), draw(_HEAD), draw(_PAGE_URL)
    page = f"<!DOCTYPE html><html><head>{head}</head><body>{tree}</body></html>"
    return Case("html", page.encode("utf-8", errors="replace"), "text/html", url)


_TREE = st.recursive(_leaf(), lambda inner: _element(st.lists(inner, max_size=5)), max_leaves=40)
_HEAD = st.sampled_from(["", "<title>FOI 207-24 Hostage negotiators</title>",
                         '<meta name="DC.date" content="2024-03-12">', '<meta charset="windows-1252">'])
_PAGE_URL = st.sampled_from([None, "https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/march/207-24/",
                             "https://www.scotland.police.uk/access-to-information/freedom-of-information/disclosure-log/"])


# -------------------------------------------------------------------- mutated documents
@lru_cache(maxsize=None)
def seed_documents() -> dict[str, bytes]:
    """A small, valid PDF, .docx and .xlsx response to mutate (made once per process)."""
    import docx
    import openpyxl
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = io.BytesIO()
    c = canvas.Canvas(pdf, pagesize=A4)
    for n, line in enumerate(["Freedom of Information Request 207-24", "Section 31(1)(a) and (b) applies.",
                              "Year | Deployments", "2017 | 4", "2018 | 2"]):
        c.drawString(72, 800 - 20 * n, line)
    c.showPage()
    c.save()
    document = docx.Document()
    document.add_paragraph("Freedom of Information Request 207-24")
    document.add_paragraph("Section 40(2) applies to the names.")
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([("Year", "Count"), ("2017", "4"), ("2018", "2")]):
        for k, text in enumerate(row):
            table.cell(r, k).text = text
    word = io.BytesIO()
    document.save(word)
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [("Year", "Stops"), (2017, 4), (2018, 2), ("Total", "=SUM(B2:B3)")]:
        sheet.append(row)
    sheet.merge_cells("A6:B6")
    sheet["A6"] = "Source: FOI 207-24"
    cells = io.BytesIO()
    book.save(cells)
    return {"pdf": pdf.getvalue(), "docx": word.getvalue(), "xlsx": cells.getvalue()}


_TYPES = {"pdf": "application/pdf",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@st.composite
def mutated_documents(draw: st.DrawFn) -> Case:
    """A seed file with a few bytes flipped, a range cut, duplicated or overwritten, or the
    tail truncated: damaged the way downloads and generators damage files."""
    kind = draw(st.sampled_from(sorted(_TYPES)))
    data = bytearray(seed_documents()[kind])
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "cut", "dup", "write", "truncate"]))
        i = draw(st.integers(0, len(data) - 1))
        j = min(len(data), i + draw(st.integers(1, 64)))
        if op == "flip":
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[i:j]
        elif op == "dup":
            data[i:i] = data[i:j] * draw(st.integers(1, 8))
        elif op == "write":
            data[i:j] = draw(st.binary(min_size=j - i, max_size=j - i))
        else:
            del data[i:]
    url = f"https://www.example.police.uk/foi/207-24.{kind}" if draw(st.booleans()) else None
    content_type = _TYPES[kind] if draw(st.booleans()) else None
    return Case(kind, bytes(data), content_type, url)


def cases(documents_weight: int = 1) -> st.SearchStrategy[Case]:
    """Every strategy, the cheap ones several times over so they make the bulk."""
    cheap = [texts(), texts(), citations(), citations(), html_pages(), html_pages()]
    return st.one_of(*cheap, *[mutated_documents()] * documents_weight)

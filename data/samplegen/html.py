"""HTML for the replica sites: page chrome per platform, body blocks, and heavy padding.

Real class names are unknown (REAL-SITES.md), so the markup is neutral and semantic
(main, h1, table, a[href$=.pdf]); the chrome text follows what real pages show.
"""
from __future__ import annotations

import random
import re
from html import escape
from typing import Any

from samplegen.content import Table

SOH_CHROME_EN = {
    "exit_label": "Quickly exit this site by pressing the Escape key",
    "exit_button": "Leave this site",
    "cookie": ("We use some essential cookies to make our website work. We’d like to set additional cookies "
               "so we can remember your preferences and understand how you use our site."),
    "cookie2": ("You can manage your preferences and cookie settings at any time by clicking on “Customise "
                "Cookies” below. For more information on how we use cookies, please see our Cookies notice."),
    "saved": "Your cookie preferences have been saved. You can update your cookie settings at any time on the cookies page.",
    "error": "Sorry, there was a technical problem. Please try again.",
    "beta": ("This site is a beta, which means it's a work in progress and we'll be adding more to it over the "
             "next few weeks. Your feedback helps us make things better, so please let us know what you think."),
    "accept": "Accept additional cookies", "reject": "Reject additional cookies", "customise": "Customise Cookies",
    "home": "Home", "skip": "Skip to main content",
}
SOH_CHROME_CY = {
    **SOH_CHROME_EN,
    "exit_label": "Allanfa Gyflym - pwyswch y fysell Escape i adael y wefan hon yn gyflym",
    "exit_button": "Gadael y wefan hon",
    "cookie": "Rydym yn defnyddio rhai cwcis hanfodol i wneud i'n gwefan weithio.",
    "cookie2": "Gallwch reoli eich dewisiadau cwcis ar unrhyw adeg drwy glicio ar “Addasu Cwcis” isod.",
    "saved": "Mae eich dewisiadau cwcis wedi cael eu cadw.",
    "error": "Mae'n ddrwg gennym, roedd problem dechnegol. Rhowch gynnig arall arni.",
    "beta": "Mae'r wefan hon yn fersiwn beta, sy'n golygu ei bod yn waith sydd ar y gweill.",
    "accept": "Derbyn cwcis ychwanegol", "reject": "Gwrthod cwcis ychwanegol", "customise": "Addasu Cwcis",
    "home": "Hafan", "skip": "Neidio i'r prif gynnwys",
}
NAV_WORDS = ["Report", "Contact us", "Advice", "Services", "Careers", "News", "Your area", "About us",
             "Apply", "Tell us about", "Road safety", "Crime prevention", "Lost and found", "Firearms",
             "Fraud", "Anti-social behaviour", "Domestic abuse", "Information rights", "Publication scheme"]


def localise(page: str, host: str) -> str:
    """Write links as the real site has them: root-relative on its own host. The generator
    builds them as served paths (/www.x.uk/...); the crawler reaches the replica through a
    host map (crawler/hostmap.py), so the pages must not name the local server's layout."""
    return re.sub(r'(href|src)="/%s/' % re.escape(host), r'\1="/', page)


def e(text: str) -> str:
    return escape(text, quote=True)


def render_table(rng: random.Random, table: Table) -> str:
    """A table as HTML, or flattened into lines the way page-text copies show it."""
    if table.source == "html":
        cap = f"<caption>{e(table.caption)}</caption>" if table.caption else ""
        head = "".join(f"<th>{e(h)}</th>" for h in table.header)
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in table.rows)
        if rng.random() < 0.3:  # some CMS tables have no thead, the header is a first row of td
            head_row = "<tr>" + "".join(f"<td><strong>{e(h)}</strong></td>" for h in table.header) + "</tr>"
            return f'<table class="table">{cap}<tbody>{head_row}{body}</tbody></table>'
        return f'<table class="table">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    cap = f"<p>{e(table.caption)}</p>" if table.caption else ""
    if rng.random() < 0.5:  # one cell per line: "2017 |"
        cells = [*table.header] + [c for row in table.rows for c in row]
        return cap + "".join(f"<p>{e(c)} |</p>" for c in cells)
    lines = [" | ".join(table.header)] + [" | ".join(r) for r in table.rows]
    return cap + "<p>" + "<br>\n".join(e(x) for x in lines) + "</p>"


def render_blocks(rng: random.Random, blocks: list[tuple[str, Any]]) -> str:
    out: list[str] = []
    for kind, value in blocks:
        if kind == "h":
            tag = rng.choice(["h2", "h3", "strong"])
            out.append(f"<p><strong>{e(value)}</strong></p>" if tag == "strong" else f"<{tag}>{e(value)}</{tag}>")
        elif kind == "p":
            out.append(f"<p>{e(value)}</p>")
        elif kind == "lines":
            out.append("<p>" + "<br>".join(e(x) for x in value.split("\n")) + "</p>")
        elif kind == "ol":
            if rng.random() < 0.6:
                out.append("<ol>" + "".join(f"<li>{e(q)}</li>" for q in value) + "</ol>")
            else:
                out.append("".join(f"<p>{i}. {e(q)}</p>" for i, q in enumerate(value, 1)))
        elif kind == "table":
            out.append(render_table(rng, value))
    return "\n".join(out)


def heavy_padding(rng: random.Random, target: int) -> tuple[str, str, str]:
    """(head styles/scripts, mega-menu, trailing scripts) totalling about `target` bytes,
    for benchmark pages that weigh what real SOH pages weigh (mostly chrome)."""
    css_rules = []
    while sum(map(len, css_rules)) < target * 0.25:
        n = rng.randrange(10**6)
        css_rules.append(f".c{n:x}{{margin:{n % 17}px;padding:{n % 7}px {n % 11}px;color:#{n % 4096:03x};"
                         f"font-size:{12 + n % 9}px;display:{'flex' if n % 2 else 'block'}}}\n")
    links = []
    while sum(map(len, links)) < target * 0.45:
        a, b = rng.choice(NAV_WORDS), rng.choice(NAV_WORDS)
        slug = f"{a}-{b}".lower().replace(" ", "-")
        links.append(f'<li class="nav-item"><a class="nav-link" href="/{slug}/{rng.randrange(999)}/">{e(a)}: {e(b)}</a></li>\n')
    js = []
    while sum(map(len, js)) < target * 0.25:
        n = rng.randrange(10**6)
        js.append(f"window.dataLayer=window.dataLayer||[];dataLayer.push({{'event':'v{n}','cat':'{rng.choice(NAV_WORDS)}','n':{n}}});\n")
    head = "<style>\n" + "".join(css_rules) + "</style>\n"
    menu = '<nav class="mega-menu" aria-label="Main"><ul>\n' + "".join(links) + "</ul></nav>\n"
    tail = "<script>\n" + "".join(js) + "</script>\n"
    return head, menu, tail


def soh_page(rng: random.Random, *, title: str, body: str, breadcrumb: list[tuple[str, str]],
             welsh: bool, generator: str, heavy: int = 0, attachments: list[tuple[str, str]] = ()) -> str:
    """A Single Online Home page: the chrome every SOH force shares, in its text order."""
    c = SOH_CHROME_CY if welsh else SOH_CHROME_EN
    crumbs = "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for h, t in breadcrumb)
    files = "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for h, t in attachments)
    head_extra, menu, tail = heavy_padding(rng, heavy) if heavy else ("", "", "")
    lang = "cy" if welsh else "en-GB"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{generator}">
<title>{e(title)} | {e(c['home'])}</title>
<link rel="stylesheet" href="/static/css/site.css">
{head_extra}</head>
<body>
<a class="skip-link" href="#main">{e(c['skip'])}</a>
<div class="quick-exit"><p class="visually-hidden">{e(c['exit_label'])}</p><a class="quick-exit__button" href="https://www.bbc.co.uk/weather">{e(c['exit_button'])}</a></div>
<div class="cookie-banner" role="region" aria-label="Cookies">
<p>{e(c['cookie'])}</p>
<p>{e(c['cookie2'])}</p>
<button type="button">{e(c['accept'])}</button> <button type="button">{e(c['reject'])}</button> <a href="/hyg/cookies/">{e(c['customise'])}</a>
<p class="cookie-banner__saved" hidden>{e(c['saved'])}</p>
<p class="cookie-banner__saved" hidden>{e(c['saved'])}</p>
</div>
<div class="error-summary" hidden><p>{e(c['error'])}</p></div>
<div class="beta-banner"><p>{e(c['beta'])}</p></div>
<header class="site-header"><a href="/" class="logo">{e(c['home'])}</a>{menu}</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{crumbs}</ol></nav>
<main id="main">
<h1>{e(title)}</h1>
<div class="rich-text">
{body}
</div>
{'<div class="attachments"><ul>' + files + '</ul></div>' if files else ''}
</main>
<footer class="site-footer"><ul><li><a href="/hyg/privacy/">Privacy</a></li><li><a href="/hyg/terms-conditions/">Terms and conditions</a></li><li><a href="/hyg/accessibility/">Accessibility</a></li></ul>
<p>Single Online Home - national police digital platform</p></footer>
{tail}</body>
</html>
"""


def cms_page(rng: random.Random, *, site_name: str, title: str, body: str, generator: str,
             heavy: int = 0, attachments: list[tuple[str, str]] = (), lang: str = "en-GB") -> str:
    """An own-CMS page (PSNI, West Yorkshire, Police Scotland): simpler chrome, no beta or exit."""
    files = "".join(f'<li><a href="{e(h)}">{e(t)}</a></li>' for h, t in attachments)
    head_extra, menu, tail = heavy_padding(rng, heavy) if heavy else ("", "", "")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="generator" content="{generator}">
<title>{e(title)} | {e(site_name)}</title>
{head_extra}</head>
<body>
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div id="cookie-notice"><p>We use cookies to ensure that we give you the best experience on our website.</p><button>OK</button> <a href="/cookies">Find out more</a></div>
<header><a href="/" rel="home">{e(site_name)}</a>{menu}<nav><ul><li><a href="/">Home</a></li><li><a href="/contact-us">Contact us</a></li><li><a href="/report">Report</a></li></ul></nav></header>
<main id="main-content" role="main">
<h1>{e(title)}</h1>
{body}
{'<section class="attachments"><h2>Attachments</h2><ul>' + files + '</ul></section>' if files else ''}
</main>
<footer><p>&copy; {e(site_name)}</p><ul><li><a href="/privacy">Privacy notice</a></li><li><a href="/accessibility">Accessibility</a></li></ul></footer>
{tail}</body>
</html>
"""


def listing_body(items: list[tuple[str, str, str | None]], intro: str | None = None) -> str:
    """A list of links: (href, text, note)."""
    lis = "".join(f'<li><a href="{e(h)}">{e(t)}</a>' + (f" <span>{e(n)}</span>" if n else "") + "</li>\n"
                  for h, t, n in items)
    return (f"<p>{e(intro)}</p>\n" if intro else "") + f'<ul class="listing">\n{lis}</ul>'

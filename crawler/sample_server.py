"""A local web server for the bundled sample disclosure sites (data/sample/).

One server on 127.0.0.1 serves every replica site, with the imitated host as the first path
segment: ``http://127.0.0.1:PORT/www.cleveland.police.uk/foi-ai/...``. The pages link as the
real sites do (``/foi-ai/...`` on their own host): the crawler reaches them through its host
map (crawler/hostmap.py), and a browser or curl can use the server as an HTTP proxy
(``curl -x http://127.0.0.1:PORT http://www.cleveland.police.uk/foi-ai/...``) or send a
``Host:`` header naming the site. It behaves like the
real sites where a crawler cares: content types, ETag/Last-Modified with 304s, redirects
(including a loop), ``?page=N`` listings, and, for tests, delays, faults and a Cloudflare-style
JavaScript bot challenge.

How a request path maps onto a file (documented in data/README.md):
  /a/b/            -> a/b/index.html
  /a/b             -> a/b if it is a file, else a/b/index.html (extensionless CMS pages)
  ...?page=N       -> index.page-N.html beside the index (N=0 or absent: index.html)
Other query parameters are ignored.
"""
from __future__ import annotations

import argparse
import email.utils
import hashlib
import hmac
import json
import mimetypes
import random
import secrets
import struct
import threading
import zlib
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
import re
from datetime import datetime, timezone
from string import Template
from urllib.parse import parse_qs, quote, unquote, urlsplit

CHALLENGE_COOKIE = "foi_clearance"
CHALLENGE_PREFIX = "/cdn-cgi/challenge-platform/"  # where the real one posts its answer, too
DEFAULT_LAST_MODIFIED = "Mon, 01 Jan 2024 00:00:00 GMT"
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".json": "application/json",
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".csv": "text/csv; charset=utf-8",
}
# Served as files but not part of any site: the generator's bookkeeping.
_PRIVATE = {"labels.jsonl", "_manifest.json", "_redirects.json", "_routes.json"}

# The replica's bot challenge (see `Challenge`): a Cloudflare-style interstitial whose script
# refuses headless browsers and lets a headed one through.
CHALLENGE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Just a moment...</title>
<meta name="robots" content="noindex,nofollow"></head>
<body><h1>Checking your browser before accessing the site.</h1>
<p id="challenge-status">This process is automatic. Your browser will redirect to your requested content shortly.</p>
<noscript>Please enable JavaScript and cookies to continue.</noscript>
<script>
// Judged once the page has loaded: a headed window may not have its size before then.
window.addEventListener("load", function () { setTimeout(function () {
  var tells = [];
  if (navigator.webdriver) tells.push("webdriver");
  if (/Headless/i.test(navigator.userAgent)) tells.push("headless-user-agent");
  if (!window.outerWidth || !window.outerHeight) tells.push("no-window");
  if (!window.chrome && /Chrome/.test(navigator.userAgent)) tells.push("no-window-chrome");
  if (tells.length) {
    document.getElementById("challenge-status").textContent = "Sorry, this browser could not be verified.";
    fetch("${prefix}refused?tells=" + tells.join(","));
    return;
  }
  var answer = $a * $b;
  location.replace("${prefix}verify?answer=" + answer + "&return=" +
                   encodeURIComponent(location.pathname + location.search));
}, 300); });
</script>
</body></html>
"""


def content_type_for(path: Path) -> str:
    """The Content-Type a real site would send for this file."""
    if path.name.startswith("index") and path.suffix == ".html":
        return _TYPES[".html"]
    return _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def resolve(root: Path, path: str, query: str = "") -> Path | None:
    """The file under `root` that serves `path?query`, or None (404). Never leaves root."""
    parts = [unquote(p) for p in path.split("/") if p]
    if any(p in ("..", ".") or "\\" in p or p.startswith("_") for p in parts) or (len(parts) == 1 and parts[0] in _PRIVATE):
        return None  # "_" files are the generator's indexes (search, archive), never pages
    page = parse_qs(query).get("page", ["0"])[0]
    index = "index.html" if page in ("", "0") else f"index.page-{page}.html"
    target = root.joinpath(*parts) if parts else root
    if path.endswith("/") or not parts:
        candidate = target / index
    elif target.is_file():
        candidate = target
    else:
        candidate = target / index
    try:
        candidate.resolve().relative_to(root.resolve())
    except ValueError:
        return None
    return candidate if candidate.is_file() else None


class Challenge:
    """The replica's bot challenge, modelled on what public evidence says of the real one
    (REAL-SITES.md 1.6; JuanBlanco9/German-Budget-Galaxy scripts/download_playwright.js:
    the clearance cookie is bound to the browser that earned it, and a headless browser
    does not earn one).

    A request without a valid clearance gets a 403 interstitial whose script looks for
    headless tells (navigator.webdriver, "HeadlessChrome" in the User-Agent, no window).
    A browser without them computes a small answer and navigates to CHALLENGE_PREFIX +
    "verify", which sets the clearance cookie: an HMAC of the User-Agent, so the cookie
    only works with the exact User-Agent that earned it. A plain client never runs the
    script; a headless browser reports its tells to CHALLENGE_PREFIX + "refused" (logged).
    """

    def __init__(self, secret: bytes | None = None, *, browser_bound: bool = False) -> None:
        self.secret = secret or secrets.token_bytes(16)
        # browser_bound: the clearance also needs what only the browser sends (its client
        # hints), as a CDN that binds it to the TLS fingerprint would: a plain client given
        # the cookie and the User-Agent is still challenged.
        self.browser_bound = browser_bound

    def _mac(self, label: str, user_agent: str) -> str:
        return hmac.new(self.secret, f"{label}\0{user_agent}".encode(), hashlib.sha256).hexdigest()

    def clearance(self, user_agent: str) -> str:
        """The cookie value that clears `user_agent` (and no other)."""
        return self._mac("clear", user_agent)[:40]

    def question(self, user_agent: str) -> tuple[int, int]:
        digest = self._mac("ask", user_agent)
        return 100 + int(digest[:4], 16) % 900, 100 + int(digest[4:8], 16) % 900

    def page(self, user_agent: str) -> bytes:
        a, b = self.question(user_agent)
        return Template(CHALLENGE_PAGE).substitute(prefix=CHALLENGE_PREFIX, a=a, b=b).encode()

    def cleared(self, cookie_header: str, user_agent: str, client_hints: str | None = None) -> bool:
        if self.browser_bound and not client_hints:
            return False
        want = f"{CHALLENGE_COOKIE}={self.clearance(user_agent)}"
        return any(hmac.compare_digest(c.strip(), want) for c in cookie_header.split(";"))

    def verify(self, query: str, user_agent: str) -> tuple[bool, str]:
        """(answer right and no headless tell in the User-Agent, the path to return to)."""
        params = parse_qs(query)
        back = (params.get("return") or ["/"])[0]
        if not back.startswith("/") or back.startswith("//"):
            back = "/"
        a, b = self.question(user_agent)
        answer = (params.get("answer") or [""])[0]
        return answer == str(a * b) and "headless" not in user_agent.lower(), back


@dataclass
class SampleServer:
    """A running server: its base URL, its request log, and how to stop it."""

    url: str
    httpd: ThreadingHTTPServer
    thread: threading.Thread
    requests: list[dict[str, Any]] = field(default_factory=list)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def __enter__(self) -> "SampleServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    server_version = "SampleDisclosureSite/1.0"
    protocol_version = "HTTP/1.1"

    # set per server by serve()
    root: Path
    manifest: dict[str, str]
    redirects: dict[str, list]
    delay: float
    faults: dict[str, Any]
    challenge: Challenge | None
    log: list[dict[str, Any]]
    log_path: Path | None
    lock: threading.Lock
    rng: random.Random
    counts: dict[str, int]

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Silence stderr; the request log is kept in memory (and optionally a file)."""

    def do_HEAD(self) -> None:
        self._serve_quietly(head=True)

    def do_GET(self) -> None:
        self._serve_quietly(head=False)

    def _serve_quietly(self, head: bool) -> None:
        """A client that hangs up (a crawler's timeout, a cancelled download) is normal here."""
        try:
            self._serve(head=head)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    # ------------------------------------------------------------------ internals
    def _record(self, status: int, started: float) -> None:
        entry = {"time": round(started, 6), "method": self.command, "path": self.path,
                 "status": status, "headers": dict(self.headers.items())}
        with self.lock:
            self.log.append(entry)
            if self.log_path is not None:
                with self.log_path.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(entry) + "\n")

    def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool,
              started: float, truncate: bool = False) -> None:
        self._record(status, started)  # before replying, so a client that got a reply sees it logged
        self.send_response(status)
        headers.setdefault("Content-Length", str(len(body)))
        if headers["Content-Length"] != str(len(body)):
            truncate = truncate or int(headers["Content-Length"]) > len(body)
            self.close_connection = True  # what follows a wrong length is not a next response
        for k, v in headers.items():
            self.send_header(k, v)
        if truncate:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head:
            self.wfile.write(body[: len(body) // 2] if truncate else body)

    def _fault(self, path: str) -> int | None:
        for prefix, status in (self.faults.get("status") or {}).items():
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                return int(status)
        rate = float(self.faults.get("error_rate") or 0.0)
        if rate:
            with self.lock:
                roll = self.rng.random()
            if roll < rate:
                return 503
        return None

    # ------------------------------------------------------------------ fault modes
    def _count(self, path: str) -> int:
        """How many times `path` has been asked for before this request."""
        with self.lock:
            seen = self.counts.get(path, 0)
            self.counts[path] = seen + 1
        return seen

    def _robots(self, path: str) -> bytes | None:
        """faults["robots"]: robots.txt bodies served in turn (the last one from then on),
        as a site that changes its rules between (or during) crawls."""
        bodies = self.faults.get("robots")
        if not path.endswith("/robots.txt") or not bodies:
            return None
        return bodies[min(self._count(path), len(bodies) - 1)].encode()

    def _burst(self, path: str) -> int | None:
        """faults["burst"]: {path: [status, n]}: the first n requests for path get `status`
        (with Retry-After), later ones the page: a 5xx burst or a 429 that clears."""
        spec = (self.faults.get("burst") or {}).get(path)
        if not spec:
            return None
        status, times = int(spec[0]), int(spec[1])
        return status if self._count(path) < times else None

    def _redirect(self, path: str) -> tuple[int, str] | None:
        """faults["redirect"]: {path: [code, location]}; "{port}" in location becomes this
        server's port (a redirect to another loopback address, a private one, file://...)."""
        spec = (self.faults.get("redirect") or {}).get(path) or self.redirects.get(path)
        if not spec:
            return None
        return int(spec[0]), str(spec[1]).replace("{port}", str(self.server.server_address[1]))

    def _chunked(self, path: str, head: bool, started: float) -> bool:
        """faults["chunked"]: {path: size}: an HTML page of `size` bytes sent chunked, with no
        Content-Length to refuse it by (the crawler must count as it reads)."""
        size = (self.faults.get("chunked") or {}).get(path)
        if not size:
            return False
        self._record(200, started)
        self.send_response(200)
        self.send_header("Content-Type", _TYPES[".html"])
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if head:
            return True
        chunk = (b"<p>" + b"x" * 1020 + b"</p>\n") * 1024  # ~1 MB
        sent = 0
        while sent < int(size):
            part = chunk[: int(size) - sent]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            sent += len(part)
        self.wfile.write(b"0\r\n\r\n")
        return True

    def _bomb(self, path: str) -> bytes | None:
        """faults["gzip_bomb"]: {path: n_bytes}: a valid gzip body (Content-Encoding: gzip)
        that inflates to n_bytes of zeros, about 1/1000 of that on the wire."""
        size = (self.faults.get("gzip_bomb") or {}).get(path)
        return gzip_bomb(int(size)) if size else None

    def _pager_loop(self, path: str, query: str, body: bytes) -> bytes:
        """faults["pager_loop"]: {listing path: n}: `?page=N` of that listing is served (from its
        index) with a "next" link to page N+1, and the last page's "next" goes back to page 1."""
        pages = (self.faults.get("pager_loop") or {}).get(path)
        if not pages:
            return body
        page = int(parse_qs(query).get("page", ["0"])[0] or 0)
        following = page + 1 if page + 1 < int(pages) else 1
        link = f'<a rel="next" href="?page={following}">Next</a>'.encode()  # relative: any host
        return body.replace(b"</body>", link + b"</body>", 1)

    def _encoding(self, path: str, body: bytes) -> bytes:
        """faults["bad_encoding"]: {path: charset}: the page's text re-encoded as `charset`
        (e.g. cp1252) while the header and <meta> still say UTF-8, plus a few bytes that are
        valid in no encoding a page declares (0xff 0xfe 0x81)."""
        charset = (self.faults.get("bad_encoding") or {}).get(path)
        if not charset:
            return body
        text = body.decode("utf-8").replace("</p>", " £100 café </p>", 1)
        return text.encode(charset, errors="replace").replace(b"</p>", b"\xff\xfe\x81</p>", 1)

    def _declared_length(self, path: str) -> str | None:
        """faults["content_length"]: {path: n}: Content-Length says n whatever the body is
        (10**12: more than any limit; fewer than the body: the page ends early)."""
        value = (self.faults.get("content_length") or {}).get(path)
        return None if value is None else str(int(value))

    def _site_host(self, split: Any) -> str | None:
        """The imitated host when the request names it (proxy-style absolute URL, or a Host
        header naming a site directory), else None (the path carries it: /<host>/...)."""
        if split.scheme in ("http", "https") and split.hostname:
            host = split.hostname
        else:
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip().lower()
        if host and host not in ("127.0.0.1", "localhost") and (self.root / host).is_dir():
            return host
        return None

    def _serve(self, head: bool) -> None:
        started = time.time()
        split = urlsplit(self.path)
        path = split.path or "/"
        site_host = self._site_host(split)
        if site_host is not None:  # as a proxy / virtual host: the real site's own paths
            path = f"/{site_host}{path}"
        if self.delay:
            time.sleep(self.delay)
        timeout = (self.faults.get("timeout") or {}).get(path)
        if timeout:
            time.sleep(float(timeout))
        if self.challenge is not None and self._challenged(path, split, head, started):
            return
        robots = self._robots(path)
        if robots is not None:
            self._send(200, robots, {"Content-Type": _TYPES[".txt"]}, head, started)
            return
        status = self._burst(path) or self._fault(path)
        if status:
            body = f"<html><body><h1>{status} Service Unavailable</h1></body></html>".encode()
            retry_after = str(self.faults.get("retry_after", 1))
            self._send(status, body, {"Content-Type": _TYPES[".html"], "Retry-After": retry_after},
                       head, started)
            return
        redirect = self._redirect(path)
        if redirect:
            code, target = redirect
            if site_host is not None and target.startswith(f"/{site_host}/"):
                target = target[len(site_host) + 1:]
            self._send(code, b"", {"Location": target}, head, started)
            return
        if self._chunked(path, head, started):
            return
        bomb = self._bomb(path)
        if bomb is not None:
            self._send(200, bomb, {"Content-Type": _TYPES[".html"], "Content-Encoding": "gzip"}, head, started)
            return
        if path in (self.faults.get("pager_loop") or {}):
            split = split._replace(query="")
        dynamic = wdtk_answer(self.root, path, split.query) or discovery_answer(self.root, path, split.query)
        if dynamic is not None and site_host is not None and "Location" in dynamic[2]:
            location = dynamic[2]["Location"]
            if location.startswith(f"/{site_host}/"):
                dynamic[2]["Location"] = location[len(site_host) + 1:]
        if dynamic is not None:
            status, body, headers = dynamic
            self._send(status, body, headers, head, started)
            return
        file = resolve(self.root, path, split.query)
        if file is None:
            body = b"<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>"
            self._send(404, body, {"Content-Type": _TYPES[".html"]}, head, started)
            return
        body = self._encoding(path, self._pager_loop(path, urlsplit(self.path).query, file.read_bytes()))
        rel = file.relative_to(self.root).as_posix()
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:32]
        last_modified = self.manifest.get(rel, DEFAULT_LAST_MODIFIED)
        headers = {"Content-Type": content_type_for(file), "ETag": etag, "Last-Modified": last_modified,
                   "Cache-Control": "max-age=0, must-revalidate"}
        if self._not_modified(etag, last_modified):
            self._send(304, b"", {"ETag": etag, "Last-Modified": last_modified, "Content-Length": "0"},
                       head, started)
            return
        declared = self._declared_length(path)
        if declared is not None:
            headers["Content-Length"] = declared
        truncate = path in set(self.faults.get("truncate") or ())
        self._send(200, body, headers, head, started, truncate=truncate)

    def _challenged(self, path: str, split: Any, head: bool, started: float) -> bool:
        """Answer the request with the challenge (or its endpoints) unless it is cleared.
        The endpoints sit at the site's root: /cdn-cgi/... on the real host (through the
        host map or as a proxy) is /<host>/cdn-cgi/... here."""
        challenge = self.challenge
        assert challenge is not None
        user_agent = self.headers.get("User-Agent", "")
        first, _, rest = path.lstrip("/").partition("/")
        on_site = "." in first and (self.root / first).is_dir()
        endpoint = "/" + rest if on_site else path
        if endpoint == CHALLENGE_PREFIX + "refused":
            self._send(204, b"", {}, head, started)
            return True
        if endpoint == CHALLENGE_PREFIX + "verify":
            passed, back = challenge.verify(split.query, user_agent)
            if on_site and split.path.startswith(f"/{first}/"):  # addressed here, not as the real host
                back = f"/{first}{back}"
            if passed:
                # Lasting, as the real clearance does (about 30 days, capture_cf_clearance.js).
                cookie = (f"{CHALLENGE_COOKIE}={challenge.clearance(user_agent)}; Path=/; Max-Age=2592000; "
                          "HttpOnly; SameSite=Lax")
                self._send(302, b"", {"Location": back, "Set-Cookie": cookie, "Cache-Control": "no-store"},
                           head, started)
                return True
        elif challenge.cleared(self.headers.get("Cookie", ""), user_agent, self.headers.get("sec-ch-ua")):
            return False
        self._send(403, challenge.page(user_agent), {"Content-Type": _TYPES[".html"], "cf-mitigated": "challenge",
                                                     "Cache-Control": "no-store"}, head, started)
        return True

    def _not_modified(self, etag: str, last_modified: str) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = email.utils.parsedate_to_datetime(ims)
                modified = email.utils.parsedate_to_datetime(last_modified)
            except (TypeError, ValueError):
                return False
            return modified <= since
        return False


_BOMBS: dict[int, bytes] = {}


def gzip_bomb(size: int) -> bytes:
    """A valid gzip stream of `size` zero bytes (rounded up to whole MiB), made from one
    compressed MiB repeated: 1 GiB costs a second to build and 1 MB to send. Cached."""
    if size not in _BOMBS:
        mib = -(-size // (1 << 20))
        zeros = b"\0" * (1 << 20)
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)  # the same bytes each MiB
        crc = 0
        for _ in range(mib):
            crc = zlib.crc32(zeros, crc)
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
        _BOMBS[size] = header + block * mib + deflate.flush() + struct.pack("<II", crc, (mib << 20) & 0xFFFFFFFF)
    return _BOMBS[size]


# ---------------------------------------------------------------- discovery replicas
# SOH's published-items search and an Internet Archive replica (CDX index, `id_` captures),
# answered from the generator's indexes (data/samplegen/discovery.py). Kept apart from the
# file serving and the challenge above. Evidence for both shapes: data/README.md.
SEARCH_SUFFIX = "/foi-ai/af/accessing-information/published-items"
SEARCH_PER_PAGE = 10
ARCHIVE = "/web.archive.org"
CDX_FIELDS = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
_WAYBACK = re.compile(r"^/web/(\d{1,14})(id_)?/(.+)$")


def discovery_answer(root: Path, path: str, query: str) -> tuple[int, bytes, dict[str, str]] | None:
    """(status, body, headers) when `path` is the search or the archive, else None."""
    if path.rstrip("/").endswith(SEARCH_SUFFIX):
        host = path.strip("/").split("/", 1)[0]
        index = root / host / "_published_items.json"
        return published_items(_load_json_list(index), path, query) if index.is_file() else None
    if path.startswith(ARCHIVE + "/") and (root / ARCHIVE.strip("/") / "_captures.json").is_file():
        captures = _load_json_list(root / ARCHIVE.strip("/") / "_captures.json")
        rest = path[len(ARCHIVE):]
        if rest == "/cdx/search/cdx":
            return cdx(captures, query)
        m = _WAYBACK.match(rest)
        if m:
            original = m.group(3) + (f"?{query}" if query else "")
            return wayback(root / ARCHIVE.strip("/"), captures, m.group(1), bool(m.group(2)), original)
    return None


WDTK_HOST = "www.whatdotheyknow.com"
_WDTK_FEED = re.compile(rf"^/{re.escape(WDTK_HOST)}/feed/body/([A-Za-z0-9_-]+)(\.json|\.atom)?$")
_WDTK_EVENT = re.compile(rf"^/{re.escape(WDTK_HOST)}/request_event/(\d+)$")


def wdtk_answer(root: Path, path: str, query: str) -> tuple[int, bytes, dict[str, str]] | None:
    """The WhatDoTheyKnow replica's two dynamic routes (data/samplegen/wdtk.py writes the
    pages): a body's feed by ``?page=N`` (Atom without a format, JSON with .json), and
    ``/request_event/<id>``'s 301 to the request page."""
    site = root / WDTK_HOST
    m = _WDTK_FEED.match(path)
    if m and site.is_dir():
        try:
            page = max(1, int(parse_qs(query).get("page", ["1"])[0] or 1))
        except ValueError:
            page = 1
        ext = m.group(2) or ".atom"
        stem = m.group(1) if page == 1 else f"{m.group(1)}.page-{page}"
        file = site / "feed" / "body" / f"{stem}{ext}"
        if not file.is_file():
            return None
        kind = "application/json; charset=utf-8" if ext == ".json" else "application/atom+xml; charset=utf-8"
        return 200, file.read_bytes(), {"Content-Type": kind}
    m = _WDTK_EVENT.match(path)
    if m and (site / "_request_events.json").is_file():
        target = _load_json(site / "_request_events.json").get(m.group(1))
        if target:
            return 301, b"", {"Location": f"/{WDTK_HOST}{target}"}
    return None


def _load_json_list(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def published_items(entries: list[dict], path: str, query: str) -> tuple[int, bytes, dict[str, str]]:
    """The search page: q (words in title or summary), dt (document type) and ic (category
    id) filter; empty means any. 10 a page, ?page=N from 1, "Showing x to y of z results"."""
    from html import escape

    params = parse_qs(query, keep_blank_values=True)
    q = (params.get("q") or [""])[0].strip().lower()
    dt = (params.get("dt") or [""])[0].strip()
    ic = (params.get("ic") or [""])[0].strip()
    try:
        page = max(1, int((params.get("page") or ["1"])[0] or 1))
    except ValueError:
        page = 1
    hits = [e for e in entries
            if (not dt or e.get("dt") == dt) and (not ic or e.get("ic") == ic)
            and all(w in f"{e.get('title', '')} {e.get('summary', '')}".lower() for w in q.split())]
    first = (page - 1) * SEARCH_PER_PAGE
    chunk = hits[first:first + SEARCH_PER_PAGE]
    if page > 1 and not chunk:
        return 404, b"<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>", {"Content-Type": _TYPES[".html"]}
    base = "/" + path.strip("/").split("/", 1)[1] + "/"
    keep = f"q={quote(q)}&amp;dt={quote(dt)}&amp;ic={quote(ic)}"
    items = "".join(
        f'<li class="result"><a href="{escape(e["path"])}">{escape(e["title"])}</a> '
        f'<span class="date">{escape(e.get("date", ""))}</span> <span class="type">{escape(e.get("dt", ""))}</span>'
        f'<p>{escape(e.get("summary", ""))}</p></li>\n' for e in chunk)
    showing = (f"<p>Showing {first + 1} to {first + len(chunk)} of {len(hits)} results</p>" if hits
               else "<p>No results found</p>")
    nxt = (f'<a href="{base}?{keep}&amp;page={page + 1}" rel="next">Next</a>'
           if first + len(chunk) < len(hits) else "")
    body = ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Published items</title>"
            "<meta name=\"generator\" content=\"foi-corpus sample: soh published items\"></head>\n<body><main>"
            f"<h1>Published items</h1>\n{showing}\n<ul class=\"results\">\n{items}</ul>\n"
            f"<nav class=\"pager\">{nxt}</nav></main></body></html>\n")
    return 200, body.encode(), {"Content-Type": _TYPES[".html"], "Cache-Control": "no-store"}


def cdx(captures: list[dict], query: str) -> tuple[int, bytes, dict[str, str]]:
    """/cdx/search/cdx: url (+ matchType=exact|prefix, or a trailing *), filter=[!]field:regex
    (repeatable), collapse=urlkey, output=json (rows of CDX_FIELDS after a header row) or
    space-separated lines."""
    from crawler.discovery.archive import surt

    params = parse_qs(query, keep_blank_values=True)
    url = (params.get("url") or [""])[0]
    if not url:
        return 400, b"url parameter is required\n", {"Content-Type": _TYPES[".txt"]}
    match = (params.get("matchType") or ["exact"])[0]
    if url.endswith("*"):
        url, match = url[:-1], "prefix"
    key = surt(url)
    rows = [c for c in captures if (c["urlkey"].startswith(key) if match == "prefix" else c["urlkey"] == key)]
    for spec in params.get("filter") or []:
        negate = spec.startswith("!")
        name, _, pattern = spec.lstrip("!").partition(":")
        rows = [c for c in rows if bool(re.fullmatch(pattern, str(c.get(name, "")))) != negate]
    if "urlkey" in (params.get("collapse") or []):
        seen: set[str] = set()
        rows = [c for c in rows if not (c["urlkey"] in seen or seen.add(c["urlkey"]))]
    table = [[c[f] for f in CDX_FIELDS] for c in rows]
    if (params.get("output") or [""])[0] == "json":
        body = json.dumps([CDX_FIELDS] + table if table else []).encode()
        return 200, body, {"Content-Type": _TYPES[".json"]}
    return 200, "".join(" ".join(r) + "\n" for r in table).encode(), {"Content-Type": _TYPES[".txt"]}


def wayback(root: Path, captures: list[dict], stamp: str, raw: bool,
            original: str) -> tuple[int, bytes, dict[str, str]]:
    """/web/<timestamp>[id_]/<url>: the exact capture's bytes (`id_`: unaltered, as the site
    served them), else a 302 to the capture nearest in time, else 404."""
    mine = [c for c in captures if c["original"] == original]
    if not mine:
        return 404, b"<!DOCTYPE html><html><body><h1>Not in archive</h1></body></html>", {"Content-Type": _TYPES[".html"]}
    exact = next((c for c in mine if c["timestamp"] == stamp), None)
    if exact is None:
        wanted = int(stamp.ljust(14, "0"))
        near = min(mine, key=lambda c: (abs(int(c["timestamp"]) - wanted), c["timestamp"]))
        return 302, b"", {"Location": f"{ARCHIVE}/web/{near['timestamp']}{'id_' if raw else ''}/{original}"}
    try:
        body = (root / "_bodies" / f"{exact['body']}.bin").read_bytes()
    except OSError:
        return 404, b"", {"Content-Type": _TYPES[".html"]}
    moment = email.utils.format_datetime(
        datetime.strptime(exact["timestamp"], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc), usegmt=True)
    ctype = exact["mimetype"] + ("; charset=utf-8" if exact["mimetype"].startswith("text/") else "")
    return 200, body, {"Content-Type": ctype, "Memento-Datetime": moment}


def _load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def serve(root: Path, port: int = 0, *, log_path: Path | None = None, delay: float = 0.0,
          faults: dict | None = None, challenge: bool | str = False) -> SampleServer:
    """Start serving `root` on 127.0.0.1:`port` (0 = any free port) in a background thread.

    faults: {"status": {path_or_prefix: code}, "error_rate": 0.1 (random 503s, seeded by
    "seed"), "timeout": {path: seconds to stall}, "truncate": [paths sent half-length]}, and
    the modes of the _Handler methods of the same names: "burst" (with "retry_after"),
    "redirect", "chunked", "gzip_bomb", "pager_loop", "bad_encoding", "content_length",
    "robots".
    challenge: True for the bot challenge (see Challenge), "browser-bound" for one whose
    clearance a plain client cannot reuse.
    """
    root = Path(root)
    faults = dict(faults or {})
    log: list[dict[str, Any]] = []
    attrs = {
        "root": root, "manifest": _load_json(root / "_manifest.json"),
        "redirects": _load_json(root / "_redirects.json"), "delay": delay, "faults": faults,
        "challenge": Challenge(browser_bound=challenge == "browser-bound") if challenge else None, "log": log,
        "log_path": Path(log_path) if log_path else None,
        "lock": threading.Lock(), "rng": random.Random(faults.get("seed", 0)), "counts": {},
    }
    handler = type("SampleHandler", (_Handler,), attrs)
    httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              name="sample-server", daemon=True)
    thread.start()
    return SampleServer(url=f"http://127.0.0.1:{httpd.server_address[1]}", httpd=httpd,
                        thread=thread, requests=log)


def main(argv: list[str] | None = None) -> None:
    """`python -m crawler.sample_server --root data/sample --port 8765` runs in the foreground."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "sample")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--log", type=Path, default=None)
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument("--challenge", action="store_true")
    args = ap.parse_args(argv)
    run_forever(args.root, args.port, log_path=args.log, delay=args.delay, challenge=args.challenge)


def run_forever(root: Path, port: int, *, log_path: Path | None = None, delay: float = 0.0,
                challenge: bool = False) -> None:
    """Serve until Ctrl-C, printing where each site lives."""
    server = serve(root, port, log_path=log_path, delay=delay, challenge=challenge)
    sites = _load_json(root / "sites.json") or []
    print(f"Serving {root} on {server.url} (Ctrl-C to stop)", flush=True)
    for site in sites if isinstance(sites, list) else []:
        for start in site.get("start_paths", []):
            print(f"  {site.get('name')}: {server.url}{start}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()

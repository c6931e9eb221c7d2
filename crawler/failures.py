"""Why a fetch failed, in words a person reading the store understands, and the one failure
that arrives looking like a success: an HTML page cut off before its end."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from twisted.python.failure import Failure as TwistedFailure

from crawler.middlewares import OffSite

_HTML_OPEN = re.compile(rb"<html[\s>]", re.IGNORECASE)
_HTML_CLOSE = re.compile(rb"</(?:body|html)\s*>", re.IGNORECASE)


def looks_truncated(response: Response) -> bool:
    """An HTML page that opens <html> but never closes </body> or </html>: the server sent
    all it said it would, yet the document was cut off (a sample fault, and what a CMS
    that dies mid-render serves). Checked in the last 2 KB only; HTML5 lets authors omit
    both closing tags, which real CMS pages never do."""
    ctype = response.headers.get(b"Content-Type", b"").lower()
    if b"html" not in ctype:
        return False
    body = response.body
    return bool(_HTML_OPEN.search(body[:4096])) and not _HTML_CLOSE.search(body[-2048:])


def describe_failure(failure: TwistedFailure) -> str:
    """A one-line reason a fetch failed, in words a person reading the store understands."""
    exc = failure.value
    name = type(exc).__name__
    text = str(exc)
    if isinstance(exc, OffSite):
        return text
    from crawler.addresses import REFUSED  # a name refused at connect time, for its address

    host = urlparse_cached(failure.request).hostname  # type: ignore[attr-defined]
    if host in REFUSED:
        return REFUSED[host]
    for name, reason in REFUSED.items():  # a replica crawl resolves the mapped host instead
        if text.endswith(f"lookup: {name}."):
            return reason
    from crawler.browser import REFUSED  # --browser: the browser itself followed the redirect

    refused = REFUSED.get(failure.request.url)  # type: ignore[attr-defined]
    if refused:
        return f"off-site redirect to {refused} refused"
    if "max redirections reached" in text:
        chain = failure.request.meta.get("redirect_urls") or []  # type: ignore[attr-defined]
        between = sorted(set(chain))
        kind = "redirect loop" if len(between) < len(chain) else "too many redirects"
        return f"{kind}: gave up after {len(chain)} redirects between {len(between)} URLs ({', '.join(between[:3])})"
    if "DataLoss" in name or name == "ResponseFailed" or "DataLoss" in text:
        return "truncated body: the connection closed before the whole response arrived"
    response = getattr(exc, "response", None)  # HttpError: a 3xx the redirect middleware left
    location = response.headers.get(b"Location") if response is not None else None
    if location and 300 <= response.status < 400:
        target = location.decode("latin-1")
        return f"redirect to {target} refused: only http and https are followed"
    if "Timeout" in name or "TimedOut" in name:
        return f"timed out: {text}"
    if "Cancelled" in name or "maxsize" in text.lower():
        # Scrapy gives no words when a body without a length is cut at the limit.
        return f"download cancelled (over DOWNLOAD_MAXSIZE): {text or 'the body grew past the limit'}"
    return f"{name}: {text}"[:500]


def cause_of(failure: TwistedFailure) -> str:
    """A short cause for the terminal ("DNS failure: www.x.police.uk does not resolve"),
    the words a person uses for it; describe_failure() keeps the details in the store.
    Matched by class name: Scrapy 2.13+ wraps Twisted's errors in its own classes."""
    exc = failure.value
    name = type(exc).__name__
    host = urlsplit(failure.request.url).hostname or "?"  # type: ignore[attr-defined]
    if name in ("CannotResolveHostError", "DNSLookupError", "DNSLookupFailed") or "gaierror" in name:
        return f"DNS failure: {host} does not resolve"
    if name in ("DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return f"connection refused by {host}"
    if name in ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError", "UserTimeoutError"):
        return f"timed out waiting for {host}"
    if "SSL" in name or "TLS" in name or "certificate" in str(exc).lower():
        return f"TLS failure with {host}: {exc}"[:300]
    if name in ("ResponseNeverReceived", "ConnectionLost", "ConnectionDone", "DownloadFailedError"):
        return f"connection to {host} failed: {describe_failure(failure)}"[:300]
    return describe_failure(failure)

"""Which network addresses a crawl may connect to.

A crawl connects only to public addresses. Loopback, private, link-local and other
non-global addresses (a force's host name pointed at 10.x, a redirect to 169.254.169.254)
are refused, the one exception being the local sample server the crawl was started for.
The check is made twice: on the request's host when it is an IP literal (Twisted connects
to those without resolving), and on the address a name resolves to at connect time (the
crawl's DNS resolver), so a name that changes its answer between check and connect
(DNS rebinding) gains nothing.
"""
from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver


class RefusedAddress(Exception):
    """A host that is, or resolves to, an address the crawl must not connect to (not an
    OSError, so Scrapy does not retry it)."""


def kind_of(address: str) -> str | None:
    """'loopback', 'private', 'link-local', ... for a non-public IP address; None for a
    public one or for something that is not an IP address at all."""
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for name, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("unspecified", ip.is_unspecified), ("multicast", ip.is_multicast),
                       ("private", ip.is_private), ("reserved", ip.is_reserved)):
        if flag:
            return name
    return None if ip.is_global else "non-public"


def is_loopback_url(url: str) -> bool:
    """True when the URL's parsed host is a loopback IP address (127.0.0.0/8 or ::1). A
    name is never enough: `127.0.0.1.example.invalid` and `127.0.0.1@localhost` are names."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return bool(host) and kind_of(host) == "loopback"


def refusal(host: str, port: int | None, sample_netloc: str | None) -> str | None:
    """Why a request to an IP-literal `host` must not be made (None: it may)."""
    kind = kind_of(host)
    if kind is None:
        return None
    if sample_netloc and f"{host}:{port}" == sample_netloc:
        return None
    return f"refused: {host} is a {kind} address"


# host name -> why the resolver refused it: Twisted reports a failed resolution only as
# "no results", so crawler.failures looks the reason up here to record it.
REFUSED: dict[str, str] = {}


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing a name whose address is not public. Scrapy 2.19
    passes IP literals through it too; the sample server's own address is let through (the
    middleware has already checked its port)."""

    sample_host: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> "GuardedResolver":
        resolver = super().from_crawler(crawler, reactor)
        netloc = crawler.settings.get("FOI_SAMPLE_NETLOC") or ""
        resolver.sample_host = netloc.rpartition(":")[0] or None
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:
        d = super().getHostByName(name, timeout)

        def check(address: str) -> str:
            kind = kind_of(address)
            if kind is not None and not (self.sample_host and name == self.sample_host == address):
                reason = (f"refused: {name} is a {kind} address" if name == address
                          else f"refused: {name} resolves to {address}, a {kind} address")
                REFUSED[name] = reason
                raise RefusedAddress(reason)
            return address

        return d.addCallback(check)

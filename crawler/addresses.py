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


def refusal(host: str, port: int | None, sample_netloc: str | set[str] | None) -> str | None:
    """Why a request to an IP-literal `host` must not be made (None: it may).
    `sample_netloc`: the "host:port" (or set of them) of the local replica this crawl serves
    from, the only non-public addresses allowed."""
    kind = kind_of(host)
    if kind is None:
        return None
    allowed = {sample_netloc} if isinstance(sample_netloc, str) else (sample_netloc or set())
    if f"{host}:{port}" in allowed:
        return None
    return f"refused: {host} is a {kind} address"


def replica_netlocs(crawler: Any) -> set[str]:
    """"host:port" of every local replica this crawl was started for: FOI_SAMPLE_NETLOC (set
    by crawler.run for --sample), and the replicas of the host map (FOI_HOST_MAP, or the
    spider's own map from `-a sample=URL`, as `scrapy crawl` is run directly)."""
    from crawler.hostmap import parse_map

    found = {crawler.settings.get("FOI_SAMPLE_NETLOC") or ""}
    bases = list(parse_map(crawler.settings.get("FOI_HOST_MAP")).values())
    bases += list((getattr(getattr(crawler, "spider", None), "host_map", None) or {}).values())
    for base in bases:
        parts = urlsplit(base)
        if parts.hostname:
            found.add(f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}")
    found.discard("")
    REPLICAS.update(found)  # for the resolver, which may have been made with another crawler
    return found


# "host:port" of the local replicas allowed in this process (filled by replica_netlocs).
REPLICAS: set[str] = set()

# host name -> why the resolver refused it: Twisted reports a failed resolution only as
# "no results", so crawler.failures looks the reason up here to record it.
REFUSED: dict[str, str] = {}


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing a name whose address is not public. Scrapy 2.19
    passes IP literals through it too; the sample server's own address is let through (the
    middleware has already checked its port)."""

    crawler: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> "GuardedResolver":
        resolver = super().from_crawler(crawler, reactor)
        resolver.crawler = crawler
        return resolver

    def _sample_hosts(self) -> set[str]:
        """Scrapy may build the resolver with the process's crawler (`scrapy crawl`), which has
        no spider: the middleware's findings (REPLICAS) count too."""
        netlocs = set(REPLICAS)
        if self.crawler is not None:
            netlocs |= replica_netlocs(self.crawler)
        return {netloc.rpartition(":")[0] for netloc in netlocs}

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:
        d = super().getHostByName(name, timeout)

        def check(address: str) -> str:
            kind = kind_of(address)
            if kind is not None and not (name == address and address in self._sample_hosts()):
                reason = (f"refused: {name} is a {kind} address" if name == address
                          else f"refused: {name} resolves to {address}, a {kind} address")
                REFUSED[name] = reason
                raise RefusedAddress(reason)
            return address

        return d.addCallback(check)

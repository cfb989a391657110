"""Which origins a crawl may contact: the crawled base, the portal's own host aliases and the
hosts of its pictures.

An origin is (scheme, host, port), as browsers define it: a replica on 127.0.0.1:8000 is not
127.0.0.1:8001. The portal's aliases (`www.`, `wwww.` ...) count only when the crawl is of the
portal itself: a crawl of a mirror or a replica stays on that mirror. Pure: no I/O.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}

# Why a URL is refused (stats `newscrawl/offsite/refused/{reason}`).
OTHER_SCHEME = "other_scheme"
OTHER_HOST = "other_host"
OTHER_PORT = "other_port"
PRIVATE_ADDRESS = "private_address"  # a literal private, loopback, link-local or reserved IP
MALFORMED = "malformed"


@dataclass(frozen=True, slots=True)
class Origin:
    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: str) -> Origin | None:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:  # a port that is not a number, an unbalanced "[" ...
            return None
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").rstrip(".")
        if scheme not in DEFAULT_PORTS or not host:
            return None
        return cls(scheme, host, port if port is not None else DEFAULT_PORTS[scheme])

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


@dataclass(frozen=True, slots=True)
class OriginPolicy:
    base: Origin
    # Hosts also allowed, over http or https on the default ports.
    aliases: frozenset[str] = frozenset()

    def refusal(self, url: str) -> str | None:
        """None when `url` may be fetched, else the reason it may not."""
        origin = Origin.of(url)
        if origin is None:
            return MALFORMED if _scheme(url) in DEFAULT_PORTS else OTHER_SCHEME
        if origin == self.base:
            return None
        if origin.host in self.aliases and origin.port == DEFAULT_PORTS[origin.scheme]:
            return None
        if _special_address(origin.host):
            return PRIVATE_ADDRESS
        if origin.host != self.base.host and origin.host not in self.aliases:
            return OTHER_HOST
        return OTHER_PORT if origin.scheme == self.base.scheme else OTHER_SCHEME


def policy_for(
    base_url: str, portal_hosts: Iterable[str], media_hosts: Iterable[str] = ()
) -> OriginPolicy:
    """The policy of a crawl of `base_url`, for a portal known under `portal_hosts` that serves
    its pictures from `media_hosts` (reached only by a crawl of the portal itself: a mirror
    serves the pictures it holds)."""
    base = Origin.of(base_url)
    if base is None:
        raise ValueError(f"not an http(s) URL: {base_url!r}")
    hosts = frozenset(h.lower().rstrip(".") for h in portal_hosts)
    if base.host not in hosts:
        return OriginPolicy(base)
    return OriginPolicy(base, hosts | {h.lower().rstrip(".") for h in media_hosts})


def _scheme(url: str) -> str:
    return url.split(":", 1)[0].strip().lower()


def _special_address(host: str) -> bool:
    """A literal IP that is not a public unicast address (SSRF targets: 10/8, 127/8,
    169.254/16 where clouds keep instance metadata, ::1, fc00::/7 ...)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast

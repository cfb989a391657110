"""Politeness protects the live portal and the web archives; a replica or a mirror on loopback
is ours to hammer, so a crawl of one lifts the limits (each spider's `politeness()`)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

LOOPBACK_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
}


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

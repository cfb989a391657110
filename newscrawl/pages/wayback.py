"""Pages read from a web archive's replay: the Wayback Machine, pywb, OpenWayback.

A retired portal survives in captures. A capture's address wraps the page's own
(`https://web.archive.org/web/20241122083000/https://baothaibinh.com.vn/...`), and the
replay rewrites every link and picture of the page the same way. The article is the
original page's: its identity (canonical URL, site, id, profile) is the original address,
its links lead to original addresses, and its view count was seen when it was captured.
Pictures keep the replay's address: the archived copy is the one that can still be fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

from lxml import etree

from newscrawl.pages.dom import Element

# `/{timestamp}{modifier}/{original}`: 4 to 14 digits (a replay redirects a short one to the
# nearest capture), a modifier such as `im_` (a picture) or `id_` (the bytes as archived), then
# the original address, whose `//` a server may have folded into one.
_REPLAY = re.compile(r"/(?P<stamp>\d{4,14})(?:[a-z]{2}_)?/(?P<original>https?:/{1,2}[^/].*)$")
_FOLDED_SCHEME = re.compile(r"^(https?:)/(?=[^/])")
_STAMP_DIGITS = 14
# What a replay inserts into the page it shows: the Wayback Machine's toolbar (its capture
# dates, `08:30:00 Dec 01, 2025`, are no part of the page) and its print notice.
_REPLAY_CHROME = etree.XPath("//*[@id='wm-ipp-base' or @id='wm-ipp' or @id='wm-ipp-print']")


@dataclass(frozen=True, slots=True)
class Capture:
    original: str  # the address the page was archived from
    captured_at: datetime | None  # when, to the second (None for a short timestamp)


def capture_of(url: str) -> Capture | None:
    """The capture a replay address shows, or None for any other address."""
    found = _REPLAY.search(url)
    if found is None:
        return None
    return Capture(_original_of(found), _moment(found.group("stamp")))


def _original_of(found: re.Match[str]) -> str:
    return _FOLDED_SCHEME.sub(r"\1//", found.group("original"))


def join(base: str, href: str) -> str | None:
    """A relative address on a replayed page, resolved against the original address inside
    the replay's, as the replay serves it (`urljoin` would fold the original's `//`); None
    where the base is no replay, or the address is one the replay rewrote (`/web/…/https://…`)."""
    found = _REPLAY.search(base)
    if found is None or _REPLAY.search(href) is not None:
        return None
    return base[: found.start("original")] + urljoin(_original_of(found), href)


def original(url: str) -> str:
    """The original address behind a replay address; any other address as it is."""
    capture = capture_of(url)
    return capture.original if capture is not None else url


def _moment(stamp: str) -> datetime | None:
    if len(stamp) != _STAMP_DIGITS:
        return None
    try:
        return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:  # `20241322…`: no such moment
        return None


def drop_replay_chrome(root: Element) -> None:
    """Take the replay's own toolbar out of the page it shows (the text after it stays)."""
    found = _REPLAY_CHROME(root)
    for el in found if isinstance(found, list) else []:
        parent = el.getparent() if isinstance(el, etree._Element) else None
        if parent is None or not isinstance(el, etree._Element):
            continue
        tail, previous = el.tail, el.getprevious()
        if tail and previous is not None:
            previous.tail = (previous.tail or "") + tail
        elif tail:
            parent.text = (parent.text or "") + tail
        parent.remove(el)

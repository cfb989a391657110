"""Pages read from a web archive: a replay (the Wayback Machine, pywb, OpenWayback) or an
archive.today snapshot.

Google Translate's proxy serves a live page the same way (`https://thaibinh-gov-vn.translate.goog/
…?_x_tr_sl=vi&…`): read as the original page, seen when fetched.

A retired portal survives in captures. A replay's address wraps the page's own
(`https://web.archive.org/web/20241122083000/https://baothaibinh.com.vn/...`) and rewrites
every link and picture of the page the same way; archive.today serves a flattened copy at a
short address (`https://archive.ph/Xk7pQ`), names the original in its header's "Saved from"
field and sends its links out through `https://archive.ph/o/Xk7pQ/{original}`. Either way the
article is the original page's: its identity (canonical URL, site, id, profile) is the original
address, its links lead to original addresses, and its view count was seen when it was
captured. Pictures keep the archive's address: the archived copy is the one that still loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

from lxml import etree

from newscrawl.pages.dom import Element, settable

# `/{timestamp}{modifier}/{original}`: 4 to 14 digits (a replay redirects a short one to the
# nearest capture), a modifier such as `im_` (a picture) or `id_` (the bytes as archived), then
# the original address, whose `//` a server may have folded into one.
_REPLAY = re.compile(r"/(?P<stamp>\d{4,14})(?:[a-z]{2}_)?/(?P<original>https?:/{1,2}[^/].*)$")
_FOLDED_SCHEME = re.compile(r"^(https?:)/(?=[^/])")
# The translation proxy: the site's host with its dots as hyphens (a hyphen doubled), its own
# parameters added to the page's query.
_PROXY = re.compile(
    r"^(?P<scheme>https?://)(?P<host>[a-z0-9-]+)\.translate\.goog(?P<rest>[/?#].*)?$"
)
_PROXY_PARAMETER = re.compile(r"(?:^|&)_x_tr_[a-z]+=[^&#]*")
_STAMP_DIGITS = 14
# archive.today's mirrors, its short address and its way out to the original.
_ARCHIVE_TODAY = r"^https?://(?:www\.)?archive\.(?:ph|is|li|today|vn|md|fo)/"
_SNAPSHOT = re.compile(_ARCHIVE_TODAY + r"\w+/?$", re.I)
_SNAPSHOT_LINK = re.compile(_ARCHIVE_TODAY + r"o/\w+/(?P<original>https?://.+)$", re.I)
# (The field is `name="q"` as archive.today serves it; a copy saved otherwise may drop the
# name, or the `itemprop` of the time: the header's first address, its first such time.)
_SAVED_FROM = etree.XPath("//*[@id='HEADER']//input[not(@type) or @type='text']/@value")
_ARCHIVED_AT = etree.XPath("string(//*[@id='HEADER']//*[@itemprop='pubdate'])")
_HEADER_TEXTS = etree.XPath("//*[@id='HEADER']//text()")
# (At a snapshot's address, a copy whose ids were renamed: the page's first such field and time.)
_ANY_SAVED_FROM = etree.XPath("//input[not(@type) or @type='text']/@value")
_ANY_TEXTS = etree.XPath("//text()")
_ARCHIVED_AT_FORMAT = "%d %b %Y %H:%M:%S UTC"  # `22 Nov 2024 08:30:41 UTC`
_ARCHIVED_AT_TEXT = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d UTC")
# What an archive adds to the page it shows: the Wayback Machine's toolbar (its capture dates,
# `08:30:00 Dec 01, 2025`, are no part of the page) and print notice; archive.today's header.
_TOOLBAR_BASE = "wm-ipp-base"
_REPLAY_CHROME = etree.XPath("//*[@id='wm-ipp-base' or @id='wm-ipp' or @id='wm-ipp-print']")
_SNAPSHOT_CHROME = etree.XPath("//*[@id='HEADER']")


@dataclass(frozen=True, slots=True)
class Capture:
    original: str  # the address the page was archived from
    captured_at: datetime | None  # when, to the second (None where the archive does not say)
    snapshot: bool = False  # archive.today's flattened copy, not a replay


def capture_of(url: str, root: Element | None = None) -> Capture | None:
    """The capture an address shows (a snapshot's is read off its page, `root`), or None for
    any other address."""
    found = _REPLAY.search(url)
    if found is not None:
        return Capture(_original_of(found), _moment(found.group("stamp")))
    proxied = _proxied(url)
    if proxied is not None:
        return Capture(proxied, None)
    if root is None or not _SNAPSHOT.match(url):
        return None
    in_header = bool(_strings(_SAVED_FROM(root)))
    fields, texts = (_SAVED_FROM, _HEADER_TEXTS) if in_header else (_ANY_SAVED_FROM, _ANY_TEXTS)
    saved_from = [
        value.strip()
        for value in _strings(fields(root))
        if value.strip().startswith(("http://", "https://"))
    ]
    if not saved_from:
        return None
    return Capture(saved_from[0], _snapshot_time(root, texts), snapshot=True)


def _snapshot_time(root: Element, texts: etree.XPath) -> datetime | None:
    marked = _archived_at(_ARCHIVED_AT(root))
    if marked is not None:
        return marked
    for text in _strings(texts(root)):
        shown = _ARCHIVED_AT_TEXT.search(text)
        if shown is not None:
            return _archived_at(shown.group(0))
    return None


def stamp_of(url: str) -> str | None:
    """The timestamp in a replay's address (`/web/20250612083000id_/...`), None for any other."""
    found = _REPLAY.search(url)
    return found["stamp"] if found else None


def replay_address(replay: str, timestamp: str, address: str) -> str:
    """Where a replay serves a capture's bytes as archived (`id_`: no toolbar, no rewritten
    links): the form `capture_of` reads back."""
    return f"{replay.rstrip('/')}/{timestamp}id_/{address}"


def join(base: str, href: str) -> str | None:
    """A relative address on a replayed page, resolved against the original address inside
    the replay's, as the replay serves it (`urljoin` would fold the original's `//`); None
    where the base is no replay, or the address is one the replay rewrote (`/web/…/https://…`)."""
    found = _REPLAY.search(base)
    if found is None or _REPLAY.search(href) is not None:
        return None
    return base[: found.start("original")] + urljoin(_original_of(found), href)


def original(url: str) -> str:
    """The original address behind a replay's or a snapshot's link; any other as it is."""
    found = _REPLAY.search(url)
    if found is not None:
        return _original_of(found)
    if ".translate.goog" in url and (proxied := _proxied(url)) is not None:
        return proxied
    out = _SNAPSHOT_LINK.match(url) if "/o/" in url else None
    return out.group("original") if out is not None else url


def _proxied(url: str) -> str | None:
    """The page behind a translation proxy's address, without the proxy's parameters."""
    found = _PROXY.match(url)
    if found is None:
        return None
    host = found["host"].replace("--", "\0").replace("-", ".").replace("\0", "-")
    path, _, fragment = (found["rest"] or "/").partition("#")
    path, _, query = path.partition("?")
    query = _PROXY_PARAMETER.sub("", query).lstrip("&")
    return (
        found["scheme"]
        + host
        + path
        + (f"?{query}" if query else "")
        + (f"#{fragment}" if fragment else "")
    )


def drop_chrome(root: Element, capture: Capture) -> None:
    """Take the archive's own toolbar or header out of the page it shows (the text after it
    stays). (A live page may name a box `HEADER`: only a snapshot's is dropped.)"""
    found = (_SNAPSHOT_CHROME if capture.snapshot else _REPLAY_CHROME)(root)
    for el in found if isinstance(found, list) else []:
        parent = el.getparent() if isinstance(el, etree._Element) else None
        if parent is None or not isinstance(el, etree._Element):
            continue
        if el.get("id") == _TOOLBAR_BASE:
            # (The toolbar's outer box: its toolbar goes by its own id. Left unclosed, the parser
            # nests the whole page in it, which stays.)
            at = parent.index(el)
            for offset, child in enumerate(list(el)):
                parent.insert(at + offset, child)
        _remove_keeping_tail(el, parent)


def _remove_keeping_tail(el: Element, parent: Element) -> None:
    """Take `el` out; the text after it stays where it was."""
    tail, previous = el.tail, el.getprevious()
    if tail and previous is not None:
        previous.tail = settable((previous.tail or "") + tail)
    elif tail:
        parent.text = settable((parent.text or "") + tail)
    parent.remove(el)


def _original_of(found: re.Match[str]) -> str:
    return _FOLDED_SCHEME.sub(r"\1//", found.group("original"))


def _moment(stamp: str) -> datetime | None:
    if len(stamp) != _STAMP_DIGITS:
        return None
    try:
        return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:  # `20241322…`: no such moment
        return None


def _archived_at(shown: object) -> datetime | None:
    try:
        return datetime.strptime(str(shown).strip(), _ARCHIVED_AT_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _strings(result: object) -> list[str]:
    return [str(value) for value in result] if isinstance(result, list) else []

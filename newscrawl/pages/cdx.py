"""A web archive's capture index: which captures of a portal's article addresses it holds.

The Wayback Machine's CDX server (OpenWayback's cdx-server too) answers a query for an address
prefix with one row per capture. With `output=json` the reply is a JSON array:
a header row naming the fields, the captures, and, when asked for `showResumeKey`, an empty row
followed by the key that continues the listing on the next query. Rows come sorted by address
(its SURT key), then by time, so an article's captures arrive side by side. Pure: no I/O.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

# The fields asked for, in the order the reply is read in.
FIELDS = ("original", "timestamp", "statuscode", "mimetype")
_TIMESTAMP = re.compile(r"\d{14}")
# The literal start of a profile's article pattern (`^/tin-tuc/(?:…` -> `/tin-tuc/`).
_LITERAL_PREFIX = re.compile(r"\^(?P<prefix>/[\w./-]*)")


class NotAnIndex(ValueError):
    """A reply that is no capture index (not JSON, no header row): the archive is down, or
    answered with an error page."""


@dataclass(frozen=True, slots=True)
class IndexedCapture:
    original: str  # the address the page was archived from
    timestamp: str  # when, to the second: `20241122083000`


@dataclass(slots=True)
class IndexPage:
    captures: list[IndexedCapture] = field(default_factory=list)
    resume_key: str | None = None  # where the next query takes up the listing
    skipped: int = 0  # rows that are no usable capture: a redirect, an error, not HTML


def query_url(
    endpoint: str,
    prefix: str,
    *,
    limit: int,
    since: str | None = None,
    resume_key: str | None = None,
) -> str:
    """The query for the captures of every address starting with `prefix` (`host/path`),
    answered `limit` rows at a time; with `since` (`yyyymmdd`), those taken from that day."""
    params: list[tuple[str, str]] = [
        ("url", prefix),
        ("matchType", "prefix"),
        ("output", "json"),
        ("fl", ",".join(FIELDS)),
        ("filter", "statuscode:200"),
        ("filter", "mimetype:text/html"),
        ("limit", str(limit)),
        ("showResumeKey", "true"),
    ]
    if since:
        params.append(("from", since))
    query = urlencode(params)
    if resume_key:
        # The Wayback Machine writes its key encoded for a URL (`org%2Carchive%29%2F+1998…%21`)
        # and reads it decoded once: encoding it again would name no place in the index.
        query += "&resumeKey=" + quote(resume_key, safe="%+/")
    return f"{endpoint}?{query}"


def article_prefix(pattern: str) -> str:
    """The literal path every article address starts with, read off the profile's pattern
    (`/tin-tuc/`); `/` when the pattern starts with no literal path."""
    found = _LITERAL_PREFIX.match(pattern)
    if found is None:
        return "/"
    prefix = found["prefix"]
    return prefix[: prefix.rfind("/") + 1]


def read_index(body: bytes | str) -> IndexPage:
    """One reply of the index, or `NotAnIndex` when it is none."""
    if not body.strip():
        return IndexPage()  # no capture at all
    try:
        rows = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotAnIndex(f"not JSON: {exc}") from None
    if not isinstance(rows, list):
        raise NotAnIndex("not a JSON array")
    if not rows:
        return IndexPage()  # no capture at all: an empty array, or an empty reply
    header = rows[0]
    if not isinstance(header, list) or not {"original", "timestamp"} <= set(header):
        raise NotAnIndex(f"no header row naming `original` and `timestamp`: {header!r:.80}")
    page = IndexPage()
    body_rows = rows[1:]
    if len(body_rows) >= 2 and body_rows[-2] == [] and _is_key_row(body_rows[-1]):
        page.resume_key = body_rows[-1][0]
        body_rows = body_rows[:-2]
    for row in body_rows:
        capture = _capture(header, row)
        if capture is None:
            page.skipped += 1
        else:
            page.captures.append(capture)
    return page


def _is_key_row(row: object) -> bool:
    return isinstance(row, list) and len(row) == 1 and isinstance(row[0], str) and bool(row[0])


def _capture(header: list[object], row: object) -> IndexedCapture | None:
    """A usable capture: a page archived with status 200 as HTML. (The query filters on both;
    an archive that ignores the filter still sends no other kind through.)"""
    if not isinstance(row, list) or len(row) != len(header):
        return None
    fields = dict(zip(header, row, strict=True))
    original, timestamp = fields.get("original"), fields.get("timestamp")
    if not isinstance(original, str) or not original.startswith(("http://", "https://")):
        return None
    if not isinstance(timestamp, str) or not _TIMESTAMP.fullmatch(timestamp):
        return None
    if fields.get("statuscode", "200") != "200":
        return None
    mimetype = fields.get("mimetype", "text/html")
    if not isinstance(mimetype, str) or not mimetype.startswith("text/html"):
        return None
    return IndexedCapture(original, timestamp)


class CapturesByArticle:
    """The captures to try for each article, gathered over every reply of a listing: the index
    sorts by address, and an article archived under another address (another host name, no
    category segment) is listed far from its own, often in another reply."""

    def __init__(self, *, keep: int, latest_first: bool = False) -> None:
        self.keep = keep  # captures kept an article: the one read, and its fallbacks
        self.latest_first = latest_first
        # Plain tuples: a long listing holds tens of thousands of articles until it ends.
        self._held: dict[str, list[tuple[str, str]]] = {}

    def __len__(self) -> int:
        return len(self._held)

    def add(self, article_id: str, capture: IndexedCapture) -> None:
        held = self._held.setdefault(article_id, [])
        held.append((capture.timestamp, capture.original))
        if len(held) > 1:
            held.sort(reverse=self.latest_first)
            del held[self.keep :]

    def take(self) -> dict[str, list[list[str]]]:
        """Every article's captures, preferred first, as plain data; none is held after."""
        taken, self._held = self._held, {}
        return {article_id: [list(c) for c in held] for article_id, held in taken.items()}

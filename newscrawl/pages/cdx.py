"""A web archive's capture index: which captures of a portal's article addresses it holds.

Two dialects of the same CDX server API are read:
- the Wayback Machine's (OpenWayback's cdx-server too): `output=json` gives a JSON array, a
  header row naming the fields, the captures, and, when asked for `showResumeKey`, an empty row
  followed by the key that continues the listing on the next query;
- pywb's (self-hosted collections, Browsertrix/Webrecorder archives, the national archives that
  run it, Common Crawl's index): a JSON object a line, under pywb's own field names (`url`,
  `mime`, `status`). It gives no resume key: a listing comes whole, or, over a large (ZipNum)
  index, a page at a time, the number of pages told by a `showNumPages` query.
Rows come sorted by address (its SURT key), then by time. Pure: no I/O.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Literal
from urllib.parse import quote, urlencode

# A field as each dialect names it: (Wayback, pywb). Not asked for by name (`fl`): pywb drops
# the names it does not know, and both replies name their fields.
_NAMES = {
    "original": ("original", "url"),
    "timestamp": ("timestamp", "timestamp"),
    "statuscode": ("statuscode", "status"),
    "mimetype": ("mimetype", "mime"),
}
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
    # Where its record is, for an archive read by its WARC files (Common Crawl):
    # `{filename} {offset} {length}`; "" when the index does not say.
    record: str = ""


@dataclass(slots=True)
class IndexPage:
    captures: list[IndexedCapture] = field(default_factory=list)
    resume_key: str | None = None  # where the next query takes up the listing
    skipped: int = 0  # rows that are no usable capture: a redirect, an error, not HTML
    dialect: Literal["wayback", "pywb"] = "wayback"
    pages: int | None = None  # how many pages a paged index holds (a `showNumPages` reply)


def query_url(
    endpoint: str,
    prefix: str,
    *,
    limit: int | None = None,
    since: str | None = None,
    resume_key: str | None = None,
    page: int | None = None,
    count_pages: bool = False,
) -> str:
    """The query for the captures of every address starting with `prefix` (`host/path`): with
    `limit`, that many rows a reply, resumed by key (the Wayback Machine); without, the whole
    listing, its `page`-th page, or its number of pages (pywb). With `since` (`yyyymmdd`),
    the captures taken from that day on."""
    # Each dialect's own field names (pywb 2.10 reads the Wayback names in a filter too, but
    # an older pywb, or Common Crawl's, may not). The reply is filtered again when read.
    dialect = 0 if limit is not None else 1
    params: list[tuple[str, str]] = [
        ("url", prefix),
        ("matchType", "prefix"),
        ("output", "json"),
        ("filter", f"{_NAMES['statuscode'][dialect]}:200"),
        ("filter", f"{_NAMES['mimetype'][dialect]}:text/html"),
    ]
    if limit is not None:
        params += [("limit", str(limit)), ("showResumeKey", "true")]
    if page is not None:
        params.append(("page", str(page)))
    if count_pages:
        params.append(("showNumPages", "true"))
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
    """One reply of the index, in either dialect, or `NotAnIndex` when it is none."""
    if not body.strip():
        return IndexPage()  # no capture at all
    if body.lstrip()[:1] in (b"{", "{"):
        return _read_lines(body)
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
        fields = dict(zip(header, row, strict=True)) if _is_row_of(row, header) else {}
        _add(page, _capture(fields, 0))
    return page


def _read_lines(body: bytes | str) -> IndexPage:
    """pywb's reply: a JSON object a line, or the one object a `showNumPages` query gets."""
    page = IndexPage(dialect="pywb")
    for line in body.splitlines():
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            raise NotAnIndex(f"not JSON lines: {exc}") from None
        if not isinstance(fields, dict) or not fields.keys() & {"urlkey", "url", "pages"}:
            # An archive's error in JSON (`{"error": "…"}`) is no row of an index
            raise NotAnIndex(f"no capture and no page count: {fields!r:.80}")
        if "pages" in fields and "url" not in fields:
            pages = fields["pages"]
            if not isinstance(pages, int) or pages < 0:
                raise NotAnIndex(f"no page count: {fields!r:.80}")
            page.pages = pages
        else:
            _add(page, _capture(fields, 1))
    return page


def _is_key_row(row: object) -> bool:
    return isinstance(row, list) and len(row) == 1 and isinstance(row[0], str) and bool(row[0])


def _is_row_of(row: object, header: list[object]) -> bool:
    return isinstance(row, list) and len(row) == len(header)


def _add(page: IndexPage, capture: IndexedCapture | None) -> None:
    if capture is None:
        page.skipped += 1
    else:
        page.captures.append(capture)


def _capture(fields: dict[object, object], dialect: int) -> IndexedCapture | None:
    """A usable capture: a page archived with status 200 as HTML. (The query filters on both;
    an archive that ignores the filter still sends no other kind through.)"""

    def get(name: str, default: str | None = None) -> object:
        return fields.get(_NAMES[name][dialect], default)

    original, timestamp = get("original"), get("timestamp")
    if not isinstance(original, str) or not original.startswith(("http://", "https://")):
        return None
    if not isinstance(timestamp, str) or not _TIMESTAMP.fullmatch(timestamp):
        return None
    if get("statuscode", "200") != "200":
        return None
    mimetype = get("mimetype", "text/html")
    if not isinstance(mimetype, str) or not mimetype.startswith("text/html"):
        return None
    return IndexedCapture(original, timestamp, _record(fields))


def _record(fields: dict[object, object]) -> str:
    where = [fields.get(name) for name in ("filename", "offset", "length")]
    if not all(isinstance(part, str) and part and " " not in part for part in where):
        return ""
    return " ".join(str(part) for part in where)


class CapturesByArticle:
    """The captures to try for each article, gathered over every reply of a listing: the index
    sorts by address, and an article archived under another address (another host name, no
    category segment) is listed far from its own, often in another reply."""

    def __init__(self, *, keep: int, latest_first: bool = False) -> None:
        self.keep = keep  # captures kept an article: the one read, and its fallbacks
        self.latest_first = latest_first
        # Plain tuples (time, address, record): a long listing holds tens of thousands of
        # articles until it ends.
        self._held: dict[str, list[tuple[str, str, str]]] = {}

    def __len__(self) -> int:
        return len(self._held)

    def add(self, article_id: str, capture: IndexedCapture) -> None:
        held = self._held.setdefault(article_id, [])
        listed = (capture.timestamp, capture.original, capture.record)
        if listed in held:
            return
        held.append(listed)
        if len(held) > 1:
            held.sort(reverse=self.latest_first)
            del held[self.keep :]

    def take(self, limit: int | None = None) -> dict[str, list[list[str]]]:
        """The captures of every article held (of the first `limit`), preferred first, as plain
        data; those taken are held no longer."""
        if limit is None or limit >= len(self._held):
            taken, self._held = self._held, {}
        else:
            taken = {article_id: self._held.pop(article_id)
                     for article_id in list(islice(self._held, limit))}  # fmt: skip
        return {article_id: [list(c) for c in held] for article_id, held in taken.items()}

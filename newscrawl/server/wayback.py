"""A replica of the portal served the way a web archive serves it once the portal is gone: a
CDX index of its captures (`/cdx/search/cdx`) and their replay (`/web/{timestamp}id_/{url}`).

`scrapy crawl baothaibinh_wayback -a replica=fixtures/portal` reads the portal from it as it
would read it from the Wayback Machine. What archives hold, the replica's captures hold too:
- every HTML page of the tree is captured at its address on the portal, once;
- every article is captured again, later, under a host alias and without its category segment
  (`https://www.…/tin-tuc/{id}/{slug}`);
- one article in five was first captured while the portal answered with an error page under
  status 200 (`Service Unavailable`): a reader must fall back to the next capture;
- the robots.txt is captured as text/plain;
- every picture of the tree (`/upload/...`) is captured once, at its address on the portal's
  picture host (`media.` before the portal's host).
The index answers the CDX server's exact and prefix queries with `output=json`, `fl`, `filter`
(`field:regex`), `from`, `limit`, `showResumeKey` and `resumeKey`; at `/pywb/cdx` the same
index answers in pywb's dialect, paged as Common Crawl's is (`server/pywb.py`). A replay
of a time with no capture redirects to the nearest one, as the Wayback Machine does.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, quote_plus, urlsplit

from newscrawl.server.pywb import pywb_answer
from newscrawl.server.static import HandlerFactory, ReplicaHandler, ReplicaSite

_REPLAY = re.compile(r"^/web/(?P<stamp>\d{1,14})(?:[a-z]{2}_)?/(?P<original>https?:/{1,2}.+)$")
_ARTICLE = re.compile(r"^/(?P<kind>tin-tuc|news)/(?:\d+/)?(?P<id>\d+)/(?P<slug>[^/]+)$")
_ERROR_PAGE = (
    b"<html><head><title>Service Unavailable</title></head>"
    b"<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your "
    b"request. Please try again later.</p></body></html>"
)
_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode")


@dataclass(frozen=True, slots=True)
class ReplicaCapture:
    urlkey: str  # the address without scheme and `www.`, lower-cased: what prefixes match
    timestamp: str
    original: str
    mimetype: str
    path: Path
    error_page: bool = False

    def field(self, name: str) -> str:
        if name == "statuscode":
            return "200"
        return str(getattr(self, name, ""))

    def archived(self) -> bytes:
        """The bytes the archive holds for this capture."""
        return _ERROR_PAGE if self.error_page else self.path.read_bytes()


def captures_of(site: ReplicaSite, portal: str) -> list[ReplicaCapture]:
    """The replica's captures, sorted as a CDX index is: by address, then by time."""
    found: list[ReplicaCapture] = []
    alias = portal.replace("://", "://www.", 1)
    pictures = portal.replace("://", "://media.", 1)
    for path in sorted(site.root.rglob("*")):
        if not path.is_file() or path.suffix not in (".html", ".txt", ".jpg"):
            continue
        address = _address(path.relative_to(site.root))
        mimetype = site.content_type(path).split(";")[0]
        seconds = zlib.crc32(address.encode()) % 86400
        stamp = f"202506{1 + seconds % 28:02d}{seconds // 3600:02d}{seconds // 60 % 60:02d}00"
        if path.suffix == ".jpg":  # an article's picture, on the portal's picture host
            found.append(_capture(pictures + address, stamp, mimetype, path))
            continue
        found.append(_capture(portal + address, stamp, mimetype, path))
        article = _ARTICLE.match(address)
        if article is None:
            continue
        without_category = f"{alias}/{article['kind']}/{article['id']}/{article['slug']}"
        later = stamp.replace("202506", "202509", 1)
        found.append(_capture(without_category, later, mimetype, path))
        if int(article["id"]) % 5 == 0:
            early = stamp.replace("202506", "202501", 1)
            found.append(_capture(portal + address, early, mimetype, path, error_page=True))
    return sorted(found, key=lambda capture: (capture.urlkey, capture.timestamp))


def _address(relative: Path) -> str:
    text = relative.as_posix()
    if text == "index.html":
        return "/"
    return "/" + text.removesuffix(".html")


def _capture(
    original: str, stamp: str, mimetype: str, path: Path, *, error_page: bool = False
) -> ReplicaCapture:
    return ReplicaCapture(_urlkey(original), stamp, original, mimetype, path, error_page)


def _urlkey(url: str) -> str:
    without_scheme = re.sub(r"^https?://", "", url.strip(), flags=re.I)
    return re.sub(r"^www\.", "", without_scheme, flags=re.I).lower()


def query(captures: list[ReplicaCapture], params: dict[str, list[str]]) -> list[list[str]]:
    """The rows a CDX query selects, as `output=json` writes them (header row first)."""
    selected = select_captures(captures, params)
    fields = (params.get("fl", [",".join(_FIELDS)])[0]).split(",")
    start = _resumed_at(selected, params.get("resumeKey", [""])[0])
    limit = int(params.get("limit", [str(len(selected))])[0])
    rows = [fields, *([c.field(name) for name in fields] for c in selected[start : start + limit])]
    if params.get("showResumeKey", [""])[0] == "true" and start + limit < len(selected):
        last = selected[start + limit - 1]
        # As the Wayback Machine writes it: the last row's key and time, encoded for a URL.
        rows += [[], [quote_plus(f"{last.urlkey} {last.timestamp}!")]]
    return rows


def pywb_query(captures: list[ReplicaCapture], params: dict[str, list[str]]) -> tuple[int, str]:
    """The same query answered as pywb answers it over a paged index (`server/pywb.py`)."""
    unfiltered = {name: values for name, values in params.items() if name != "filter"}
    rows = [
        {"urlkey": c.urlkey, "timestamp": c.timestamp, "url": c.original, "mime": c.mimetype,
         "status": "200"}
        for c in select_captures(captures, unfiltered)
    ]  # fmt: skip
    return pywb_answer(rows, params)


def select_captures(
    captures: list[ReplicaCapture], params: dict[str, list[str]]
) -> list[ReplicaCapture]:
    """The captures a query's `url`, `matchType`, `from` and `filter` select, in index order."""
    prefix = _urlkey(params.get("url", [""])[0])
    exact = params.get("matchType", ["exact"])[0] == "exact"
    since = params.get("from", [""])[0]  # `yyyymmdd…`: captures taken from then
    until = params.get("to", [""])[0]  # …and up to then
    filters = [f.split(":", 1) for f in params.get("filter", []) if ":" in f]
    return [
        c
        for c in captures
        if (c.urlkey == prefix if exact else c.urlkey.startswith(prefix))
        and c.timestamp[: len(since)] >= since
        and c.timestamp[: len(until)] <= until
        and all(re.fullmatch(pattern, c.field(name)) for name, pattern in filters)
    ]


def _resumed_at(selected: list[ReplicaCapture], key: str) -> int:
    """Where a resume key (`{urlkey} {timestamp}!`, decoded) takes up the listing."""
    if not key:
        return 0
    urlkey, _, stamp = key.removesuffix("!").rpartition(" ")
    after = (i for i, c in enumerate(selected) if (c.urlkey, c.timestamp) > (urlkey, stamp))
    return next(after, len(selected))


def wayback_handler(portal: str) -> HandlerFactory:
    """A handler factory for `static.start_server`: the replica as an archive of `portal`."""

    def bind(site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
        captures = captures_of(site, portal.rstrip("/"))
        held: dict[str, list[ReplicaCapture]] = {}
        for capture in captures:
            held.setdefault(capture.urlkey, []).append(capture)
        bound = {"site": site, "captures": captures, "held": held}
        return type("BoundWaybackHandler", (WaybackHandler,), bound)

    return bind


class WaybackHandler(ReplicaHandler):
    captures: list[ReplicaCapture]
    held: dict[str, list[ReplicaCapture]]  # urlkey -> its captures (a replay looks one up)
    server_version = "newscrawl-wayback"

    def _respond(self, *, with_body: bool) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/cdx/search/cdx":
            rows = query(self.captures, parse_qs(parts.query))
            body = json.dumps(rows, ensure_ascii=False).encode()
            self.send_body(200, body, with_body, "application/json")
            return
        if parts.path == "/pywb/cdx":
            status, lines = pywb_query(self.captures, parse_qs(parts.query))
            self.send_body(status, lines.encode(), with_body, "text/x-ndjson")
            return
        replay = _REPLAY.match(self.path)
        if replay is None:
            self.send_body(404, b"<html><body><h1>Not in the archive</h1></body></html>", with_body)
            return
        self._replay(replay["stamp"], replay["original"], with_body=with_body)

    def _replay(self, stamp: str, original: str, *, with_body: bool) -> None:
        key = _urlkey(re.sub(r"^(https?:)/(?=[^/])", r"\1//", original))
        held = self.held.get(key, [])
        if not held:
            self.send_body(404, b"<html><body><h1>Not in the archive</h1></body></html>", with_body)
            return
        nearest = min(held, key=lambda c: abs(int(c.timestamp) - int(stamp.ljust(14, "0"))))
        if nearest.timestamp != stamp:
            self.send_response(302)
            self.send_header("Location", f"/web/{nearest.timestamp}id_/{nearest.original}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        kind = self.site.content_type(nearest.path)
        if nearest.error_page:
            kind = "text/html; charset=utf-8"
        self.send_body(200, nearest.archived(), with_body, kind)

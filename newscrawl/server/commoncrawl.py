"""A replica of the portal served the way Common Crawl serves what it crawled: a capture index
per crawl (`/{crawl}-index`, pywb over a paged ZipNum index, listed at `/collinfo.json`) and the
WARC files it points into (`/crawl-data/…`), read a record at a time with HTTP Range requests.

`scrapy crawl` reads the portal from it as it would read it from index.commoncrawl.org and
data.commoncrawl.org, both of which this one server stands in for. The captures are those of
`server.wayback` (HTML only: Common Crawl keeps robots.txt apart), shared out between two crawls
as Common Crawl publishes one index per crawl:
- CC-MAIN-2025-05 holds the error pages (January) and the pages at their own address (June), so
  a reader of one crawl must fall back past the error to the later capture of the same address;
- CC-MAIN-2025-38 holds the alias captures (September), under `www.` and without a category.
Each crawl's captures lie, in index order, in one WARC file of `response` records, each record
its own gzip member: an index row's `offset` and `length` are that member's, which is all a
reader fetches. An index answers `url` (a trailing `*` meaning a prefix), `matchType`, `from`,
`to`, `filter` (pywb's: `[!][=|~]field:value`), `limit`, `page` and `showNumPages`; a query
that finds nothing is a 404 "No Captures found", as Common Crawl's index answers it.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from newscrawl.server.pywb import pywb_answer
from newscrawl.server.static import HandlerFactory, ReplicaHandler, ReplicaSite
from newscrawl.server.wayback import ReplicaCapture, captures_of, select_captures

# Newest first, as collinfo.json lists them: crawl -> (name, capture months it holds).
CRAWLS: dict[str, tuple[str, tuple[str, ...]]] = {
    "CC-MAIN-2025-38": ("September 2025 Index", ("202509",)),
    "CC-MAIN-2025-05": ("January 2025 Index", ("202501", "202506")),
}
_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
_NOT_HERE = b"<html><body><h1>404 Not Found</h1></body></html>"


@dataclass(frozen=True, slots=True)
class CrawlRecord:
    capture: ReplicaCapture
    filename: str  # the WARC file's path, without the leading `/`
    offset: int  # where the record's gzip member starts in the file
    length: int  # the member's size in bytes
    digest: str  # the payload's SHA-1 in base32, as Common Crawl's index gives it


@dataclass(frozen=True, slots=True)
class Crawl:
    id: str
    name: str
    records: list[CrawlRecord]
    filename: str
    warc: bytes


def warc_path(crawl: str) -> str:
    return f"crawl-data/{crawl}/segments/1700000000000.00/warc/{crawl}-20250101000000-00000.warc.gz"


def warc_record(crawl: str, capture: ReplicaCapture, content_type: str) -> tuple[bytes, bytes]:
    """A capture as a WARC/1.0 response record (uncompressed), and the payload it carries."""
    body = capture.archived()
    block = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    stamp = capture.timestamp
    date = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}:{stamp[12:14]}Z"
    # Derived from what the record holds, so that the same replica gives the same bytes.
    record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{crawl} {capture.original} {stamp}")
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {capture.original}\r\n"
        f"Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n", body


def crawls_of(site: ReplicaSite, portal: str) -> dict[str, Crawl]:
    """The replica's HTML captures as Common Crawl's crawls, newest first."""
    html = [c for c in captures_of(site, portal) if c.mimetype == "text/html"]
    crawls: dict[str, Crawl] = {}
    for crawl, (name, months) in CRAWLS.items():
        filename = warc_path(crawl)
        warc = bytearray()
        records: list[CrawlRecord] = []
        for capture in (c for c in html if c.timestamp[:6] in months):
            kind = "text/html; charset=utf-8" if capture.error_page else None
            record, body = warc_record(crawl, capture, kind or site.content_type(capture.path))
            member = gzip.compress(record, mtime=0)
            digest = base64.b32encode(hashlib.sha1(body).digest()).decode()
            records.append(CrawlRecord(capture, filename, len(warc), len(member), digest))
            warc += member
        crawls[crawl] = Crawl(crawl, name, records, filename, bytes(warc))
    return crawls


def _row(record: CrawlRecord) -> dict[str, str]:
    c = record.capture
    return {"urlkey": c.urlkey, "timestamp": c.timestamp, "url": c.original, "mime": c.mimetype,
            "mime-detected": c.mimetype, "status": c.field("statuscode"),
            "digest": record.digest, "length": str(record.length),
            "offset": str(record.offset), "filename": record.filename,
            "languages": "vie", "encoding": "UTF-8"}  # fmt: skip


def index_query(crawl: Crawl, params: dict[str, list[str]]) -> tuple[int, str]:
    """The status and the JSON lines a crawl's index answers a query with."""
    url = params.get("url", [""])[0]
    if url.endswith("*"):  # `example.com/path/*`: the other way to ask for a prefix
        params = {**params, "url": [url.removesuffix("*")], "matchType": ["prefix"]}
    by_capture = {record.capture: record for record in crawl.records}
    # (pywb reads its filters its own way: `pywb_answer` applies them.)
    unfiltered = {name: values for name, values in params.items() if name != "filter"}
    selected = select_captures([r.capture for r in crawl.records], unfiltered)
    return pywb_answer([_row(by_capture[c]) for c in selected], params)


def commoncrawl_handler(portal: str) -> HandlerFactory:
    """A handler factory for `static.start_server`: the replica as Common Crawl's of `portal`."""

    def bind(site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
        crawls = crawls_of(site, portal.rstrip("/"))
        files = {f"/{crawl.filename}": crawl.warc for crawl in crawls.values()}
        bound = {"site": site, "crawls": crawls, "files": files}
        return type("BoundCommonCrawlHandler", (CommonCrawlHandler,), bound)

    return bind


class CommonCrawlHandler(ReplicaHandler):
    crawls: dict[str, Crawl]
    files: dict[str, bytes]  # `/crawl-data/…` -> the WARC file
    server_version = "newscrawl-commoncrawl"

    def _respond(self, *, with_body: bool) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/collinfo.json":
            self._collinfo(with_body=with_body)
        elif parts.path.endswith("-index") and parts.path[1:-6] in self.crawls:
            status, lines = index_query(self.crawls[parts.path[1:-6]], parse_qs(parts.query))
            self.send_body(status, lines.encode(), with_body, "text/x-ndjson")
        elif parts.path in self.files:
            self._serve_range(self.files[parts.path], with_body=with_body)
        else:
            self.send_body(404, _NOT_HERE, with_body)

    def _collinfo(self, *, with_body: bool) -> None:
        # Built from the Host asked for, so that a reader follows it back to this server.
        host = self.headers.get("Host") or "{}:{}".format(*self.connection.getsockname()[:2])
        listed = []
        for crawl in self.crawls.values():
            stamps = sorted(r.capture.timestamp for r in crawl.records) or ["20250101000000"]
            first, last = (f"{s[:4]}-{s[4:6]}-{s[6:8]}T{s[8:10]}:{s[10:12]}:{s[12:14]}"
                           for s in (stamps[0], stamps[-1]))  # fmt: skip
            listed.append({"id": crawl.id, "name": crawl.name,
                           "timegate": f"http://{host}/{crawl.id}/",
                           "cdx-api": f"http://{host}/{crawl.id}-index",
                           "from": first, "to": last})  # fmt: skip
        self.send_body(200, json.dumps(listed).encode(), with_body, "application/json")

    def _serve_range(self, data: bytes, *, with_body: bool) -> None:
        total = len(data)
        asked = _RANGE.fullmatch((self.headers.get("Range") or "").strip())
        first, last = asked.groups() if asked else ("", "")
        if not (first or last) or (first and last and int(last) < int(first)):
            # No range, or one that is no range (RFC 9110 14.2): the whole file.
            self._send_bytes(200, data, with_body, {})
            return
        if first:
            start, end = int(first), min(int(last) if last else total - 1, total - 1)
        else:  # `-N`: the last N bytes
            start, end = max(total - int(last), 0) if int(last) else total, total - 1
        if start > end:
            self._send_bytes(416, b"", with_body, {"Content-Range": f"bytes */{total}"})
            return
        served = {"Content-Range": f"bytes {start}-{end}/{total}"}
        self._send_bytes(206, data[start : end + 1], with_body, served)

    def _send_bytes(
        self, status: int, body: bytes, with_body: bool, headers: dict[str, str]
    ) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "application/octet-stream", "Accept-Ranges": "bytes",
                            "Content-Length": str(len(body)), **headers}.items():  # fmt: skip
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

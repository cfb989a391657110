"""WARC records of one HTTP exchange, as faithful as what Scrapy exposes.

An `Exchange` is what the crawl knows of one request and its response, free of Scrapy types;
the functions here turn it into the bytes of its records (warcformat.py frames them, the same
bytes warcio's writer would). The fidelity decisions (docs/archive.md):

- header blocks are written byte for byte: names and values keep their bytes, repeated headers
  stay repeated and in order, nothing is percent-encoded;
- the body is stored as served: still compressed, with its `Content-Encoding`;
- `Transfer-Encoding` is renamed `X-Archive-Orig-Transfer-Encoding` because the stored body is
  never chunked (Scrapy's HTTP/1.1 handler hides that header anyway; other handlers may not);
- a truncated body is marked `WARC-Truncated` rather than passed off as complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from http import HTTPStatus

from newscrawl.archive.digests import payload_digest
from newscrawl.archive.warcformat import (
    HeaderList,
    WarcFields,
    http_head,
    new_record_id,
    warc_date,
    warc_record,
)

# Framing the downloader has undone: kept under pywb's prefix for headers it cannot pass on.
_TRANSFER_CODING = b"transfer-encoding"
_RENAMED_PREFIX = b"X-Archive-Orig-"
_REQUEST_TYPE = "application/http; msgtype=request"
_RESPONSE_TYPE = "application/http; msgtype=response"
_REVISIT_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP request and the response to it, as sent and as received."""

    url: str  # without fragment, query string kept
    method: str
    request_target: str  # what the request line carried: path and query
    request_headers: HeaderList
    request_body: bytes
    requested_at: datetime
    status: int
    protocol: str
    response_headers: HeaderList
    body: bytes  # as served: transfer coding removed, content coding kept
    received_at: datetime
    ip_address: str | None = None
    truncated: str | None = None  # a WARC-Truncated reason when the body is incomplete


@dataclass(frozen=True, slots=True)
class Original:
    """The earlier capture a revisit points at."""

    uri: str
    date: str
    record_id: str


def status_line(status: int) -> str:
    """Scrapy keeps the status code but drops the reason phrase: the standard one stands in."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} "


def http_protocol(protocol: str | None) -> str:
    """The status line's version. HTTP/2 has no text status line: it is written as HTTP/1.1
    (what replay tools read) and the real protocol goes to `WARC-Protocol`."""
    if protocol and protocol.upper().startswith("HTTP/1."):
        return protocol.upper()
    return "HTTP/1.1"


def archived_response_headers(headers: HeaderList) -> list[tuple[bytes, bytes]]:
    """The response's headers made to agree with the body stored (never transfer-coded)."""
    kept: list[tuple[bytes, bytes]] = []
    for name, value in headers:
        if name.lower() == _TRANSFER_CODING:
            name = _RENAMED_PREFIX + name
        kept.append((name, value))
    return kept


def request_record(exchange: Exchange, record_id: str, concurrent_to: str) -> bytes:
    fields = [
        ("WARC-Type", "request"),
        ("WARC-Record-ID", record_id),
        ("WARC-Target-URI", exchange.url),
        ("WARC-Date", warc_date(exchange.requested_at)),
        ("WARC-Concurrent-To", concurrent_to),
        ("WARC-Payload-Digest", payload_digest(exchange.request_body)),
    ]
    line = f"{exchange.method} {exchange.request_target} HTTP/1.1"
    head = http_head(line, exchange.request_headers)
    return warc_record(fields, (head, exchange.request_body), _REQUEST_TYPE)


def _response_fields(
    kind: str, exchange: Exchange, record_id: str, concurrent_to: str
) -> WarcFields:
    # Type, id, URI and date first, the order WARC files conventionally begin a record with.
    fields = [
        ("WARC-Type", kind),
        ("WARC-Record-ID", record_id),
        ("WARC-Target-URI", exchange.url),
        ("WARC-Date", warc_date(exchange.received_at)),
        ("WARC-Concurrent-To", concurrent_to),
    ]
    if exchange.ip_address:
        fields.append(("WARC-IP-Address", exchange.ip_address))
    if http_protocol(exchange.protocol) != (exchange.protocol or "").upper():
        fields.append(("WARC-Protocol", (exchange.protocol or "unknown").lower()))
    if exchange.truncated:
        fields.append(("WARC-Truncated", exchange.truncated))
    return fields


def _response_head(exchange: Exchange) -> bytes:
    line = f"{http_protocol(exchange.protocol)} {status_line(exchange.status)}"
    return http_head(line, archived_response_headers(exchange.response_headers))


def response_record(exchange: Exchange, record_id: str, concurrent_to: str, digest: str) -> bytes:
    fields = _response_fields("response", exchange, record_id, concurrent_to)
    fields.append(("WARC-Payload-Digest", digest))  # computed once, by the caller, for revisits
    return warc_record(fields, (_response_head(exchange), exchange.body), _RESPONSE_TYPE)


def revisit_record(
    exchange: Exchange, record_id: str, concurrent_to: str, digest: str, original: Original
) -> bytes:
    """A `revisit` (profile identical-payload-digest): this exchange's headers, no payload."""
    fields = _response_fields("revisit", exchange, record_id, concurrent_to)
    fields += [
        ("WARC-Refers-To", original.record_id),
        ("WARC-Profile", _REVISIT_PROFILE),
        ("WARC-Refers-To-Target-URI", original.uri),
        ("WARC-Refers-To-Date", original.date),
        ("WARC-Payload-Digest", digest),
    ]
    return warc_record(fields, (_response_head(exchange),), _RESPONSE_TYPE)


def warcinfo_record(
    filename: str, info: dict[str, str], moment: datetime, record_id: str | None = None
) -> bytes:
    fields = [("WARC-Type", "warcinfo"), ("WARC-Record-ID", record_id or new_record_id())]
    if filename:
        fields.append(("WARC-Filename", filename))
    fields.append(("WARC-Date", warc_date(moment)))
    # `name: value` lines, empty values left out, as warcio writes them
    lines = "".join(f"{name}: {value}\r\n" for name, value in info.items() if value)
    return warc_record(fields, (lines.encode("utf-8"),), "application/warc-fields")

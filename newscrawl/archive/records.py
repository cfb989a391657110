"""WARC records of one HTTP exchange, built with warcio, as faithful as what Scrapy exposes.

An `Exchange` is what the crawl knows of one request and its response, free of Scrapy types;
the functions here turn it into warcio records. The fidelity decisions (docs/archive.md):

- header blocks are written byte for byte: names and values keep their bytes (latin-1 round
  trip), repeated headers stay repeated and in order, nothing is percent-encoded;
- the body is stored as served: still compressed, with its `Content-Encoding`;
- `Transfer-Encoding` is renamed `X-Archive-Orig-Transfer-Encoding` because the stored body is
  never chunked (Scrapy's HTTP/1.1 handler hides that header anyway; other handlers may not);
- a truncated body is marked `WARC-Truncated` rather than passed off as complete.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any

from warcio.recordbuilder import RecordBuilder
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date

WARC_VERSION = "WARC/1.1"
HeaderList = Sequence[tuple[bytes, bytes]]
# Framing the downloader has undone: kept under pywb's prefix for headers it cannot pass on.
_TRANSFER_CODING = b"transfer-encoding"
_RENAMED_PREFIX = b"X-Archive-Orig-"


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


class RawHeaders(StatusAndHeaders):  # type: ignore[misc]
    """A header block written with the bytes it was read with.

    warcio stores header text as latin-1-decoded `str` and writes it back as ASCII,
    percent-encoding anything else: that would change a raw UTF-8 `Content-Disposition` or
    `Link` value. Encoding back to latin-1 restores the exact bytes instead."""

    def to_ascii_bytes(self, filter_func: Any = None) -> bytes:
        text: str = self.to_str(filter_func)
        return text.encode("latin-1") + b"\r\n"


_BUILDER = RecordBuilder(warc_version=WARC_VERSION)


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_date(moment: datetime) -> str:
    """ISO 8601 UTC with microseconds, as WARC/1.1 allows (`2026-11-26T07:20:00.123456Z`)."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    result: str = datetime_to_iso_date(naive, use_micros=True)
    return result


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


def _latin1(headers: HeaderList) -> list[tuple[str, str]]:
    return [(n.decode("latin-1"), v.decode("latin-1")) for n, v in headers]


def request_record(exchange: Exchange, record_id: str, concurrent_to: str) -> ArcWarcRecord:
    line = f"{exchange.method} {exchange.request_target} HTTP/1.1"
    http = RawHeaders(line, _latin1(exchange.request_headers), is_http_request=True)
    fields = {
        "WARC-Type": "request",
        "WARC-Record-ID": record_id,
        "WARC-Target-URI": exchange.url,
        "WARC-Date": warc_date(exchange.requested_at),
        "WARC-Concurrent-To": concurrent_to,
    }
    body = exchange.request_body
    record: ArcWarcRecord = _BUILDER.create_warc_record(
        exchange.url,
        "request",
        payload=io.BytesIO(body),
        length=len(body),
        warc_headers_dict=fields,
        http_headers=http,
    )
    return record


def _response_fields(
    kind: str, exchange: Exchange, record_id: str, concurrent_to: str
) -> dict[str, str]:
    # Type, id, URI and date first, the order WARC files conventionally begin a record with.
    fields = {
        "WARC-Type": kind,
        "WARC-Record-ID": record_id,
        "WARC-Target-URI": exchange.url,
        "WARC-Date": warc_date(exchange.received_at),
        "WARC-Concurrent-To": concurrent_to,
    }
    if exchange.ip_address:
        fields["WARC-IP-Address"] = exchange.ip_address
    if http_protocol(exchange.protocol) != (exchange.protocol or "").upper():
        fields["WARC-Protocol"] = (exchange.protocol or "unknown").lower()
    if exchange.truncated:
        fields["WARC-Truncated"] = exchange.truncated
    return fields


def _response_http(exchange: Exchange) -> RawHeaders:
    headers = _latin1(archived_response_headers(exchange.response_headers))
    return RawHeaders(
        status_line(exchange.status), headers, protocol=http_protocol(exchange.protocol)
    )


def response_record(
    exchange: Exchange, record_id: str, concurrent_to: str, digest: str
) -> ArcWarcRecord:
    fields = _response_fields("response", exchange, record_id, concurrent_to)
    fields["WARC-Payload-Digest"] = digest  # computed once, by the caller, for the revisit check
    record: ArcWarcRecord = _BUILDER.create_warc_record(
        exchange.url,
        "response",
        payload=io.BytesIO(exchange.body),
        length=len(exchange.body),
        warc_headers_dict=fields,
        http_headers=_response_http(exchange),
    )
    return record


def revisit_record(
    exchange: Exchange, record_id: str, concurrent_to: str, digest: str, original: Original
) -> ArcWarcRecord:
    """A `revisit` (profile identical-payload-digest): this exchange's headers, no payload."""
    fields = _response_fields("revisit", exchange, record_id, concurrent_to)
    fields["WARC-Refers-To"] = original.record_id
    record: ArcWarcRecord = _BUILDER.create_revisit_record(
        exchange.url,
        digest,
        original.uri,
        original.date,
        http_headers=_response_http(exchange),
        warc_headers_dict=fields,
    )
    return record


def warcinfo_record(filename: str, info: dict[str, str], moment: datetime) -> ArcWarcRecord:
    record: ArcWarcRecord = _BUILDER.create_warcinfo_record(filename, info)
    record.rec_headers.replace_header("WARC-Date", warc_date(moment))
    return record

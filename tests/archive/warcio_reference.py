"""The records of an exchange as warcio's RecordBuilder and WARCWriter write them: the reference.

newscrawl serialises its records itself (newscrawl/archive/records.py), because warcio's path
costs several times more CPU per exchange; this is how the archive wrote them before, through
warcio, kept here so tests can hold the two to the same bytes.
"""

from __future__ import annotations

import io
from typing import Any

from warcio.recordbuilder import RecordBuilder
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.archive.records import (
    Exchange,
    Original,
    archived_response_headers,
    http_protocol,
    status_line,
)
from newscrawl.archive.warcformat import WARC_VERSION, HeaderList, warc_date


class RawHeaders(StatusAndHeaders):  # type: ignore[misc]
    """A header block written with the bytes it was read with.

    warcio stores header text as latin-1-decoded `str` and writes it back as ASCII,
    percent-encoding anything else; encoding back to latin-1 restores the exact bytes."""

    def to_ascii_bytes(self, filter_func: Any = None) -> bytes:
        text: str = self.to_str(filter_func)
        return text.encode("latin-1") + b"\r\n"


_BUILDER = RecordBuilder(warc_version=WARC_VERSION)


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
    fields["WARC-Payload-Digest"] = digest
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


def warcinfo_record(
    filename: str, info: dict[str, str], date: str, record_id: str
) -> ArcWarcRecord:
    record: ArcWarcRecord = _BUILDER.create_warcinfo_record(filename, info)
    record.rec_headers.replace_header("WARC-Date", date)
    record.rec_headers.replace_header("WARC-Record-ID", record_id)
    return record


def serialised(record: ArcWarcRecord) -> bytes:
    """The record's bytes as warcio's WARCWriter writes them, uncompressed."""
    buffer = io.BytesIO()
    WARCWriter(buffer, gzip=False, warc_version=WARC_VERSION).write_record(record)
    return buffer.getvalue()

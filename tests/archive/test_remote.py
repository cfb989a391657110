"""A capture read out of another archive's WARC file by byte range (archive/remote.py)."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from newscrawl.archive.remote import NotARecord, RecordRef, read_record

PAGE = "<html><body><h1>Thẩm tra</h1></body></html>".encode()
TARGET = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"


def _member(
    http: bytes, *, kind: str = "response", target: str = TARGET, date: str = "2025-06-12T12:19:00Z"
) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: {date}\r\n"
        f"WARC-Target-URI: {target}\r\nContent-Type: application/http; msgtype={kind}\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def _http(body: bytes, *headers: str) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def test_a_record_gives_the_response_as_captured() -> None:
    archived = read_record(_member(_http(PAGE, "X-Crawler-Content-Encoding: gzip")))
    assert (archived.target, archived.status, archived.protocol) == (TARGET, 200, "HTTP/1.1")
    assert archived.date == datetime(2025, 6, 12, 12, 19, tzinfo=UTC)
    assert archived.body == PAGE
    assert (b"Content-Type", b"text/html; charset=utf-8") in archived.headers


def test_a_compression_the_headers_still_declare_is_undone() -> None:
    http = _http(gzip.compress(PAGE), "Content-Encoding: gzip", "Content-Length: 99")
    archived = read_record(_member(http))
    assert archived.body == PAGE
    assert [name for name, _ in archived.headers] == [b"Content-Type"]


@pytest.mark.parametrize(
    ("member", "says"),
    [
        (b"<html>Access Denied</html>", "no gzip member"),
        (gzip.compress(b"<html>Access Denied</html>"), "no WARC record"),
        (_member(b"GET / HTTP/1.1\r\n\r\n", kind="request"), "'request' record"),
        (_member(_http(PAGE), target="dns:baothaibinh.com.vn"), "WARC-Target-URI"),
        (_member(_http(PAGE), date="yesterday"), "WARC-Date"),
        (_member(_http(PAGE), date=""), "WARC-Date"),
        (_member(b"<html>no status line</html>"), "no HTTP response"),
        (_member(_http(PAGE, "Content-Encoding: br")), "not undone"),
        (_member(_http(b"not gzip", "Content-Encoding: gzip")), "not gzip"),
        (_member(_http(PAGE))[:40], "no gzip member"),  # a range cut short
    ],
)
def test_bytes_that_are_no_response_record_say_why(member: bytes, says: str) -> None:
    with pytest.raises(NotARecord, match=says):
        read_record(member)


def test_a_record_is_named_by_its_file_and_byte_range() -> None:
    ref = RecordRef.parse("crawl-data/CC-MAIN-2025-05/x.warc.gz 1200 300")
    assert ref == RecordRef("crawl-data/CC-MAIN-2025-05/x.warc.gz", 1200, 300)
    assert ref.byte_range == "bytes=1200-1499"
    assert ref.address("https://data.commoncrawl.org/") == (
        "https://data.commoncrawl.org/crawl-data/CC-MAIN-2025-05/x.warc.gz#bytes=1200-1499"
    )
    assert ref.cut(bytes(range(256)) * 10)[:2] == bytes([1200 % 256, 1201 % 256])


@pytest.mark.parametrize("text", ["", "x.warc.gz", "x.warc.gz 10", "x.warc.gz a 10", "x 10 0"])
def test_a_record_reference_that_names_no_range_is_none(text: str) -> None:
    assert RecordRef.parse(text) is None


def test_a_record_that_inflates_past_the_limit_is_refused() -> None:
    # A range is small; what it inflates to need not be (a wrong range, a crafted record). The
    # crawl's own size limit (DOWNLOAD_MAXSIZE, 10 MiB) holds for what it decompresses too.
    huge = b"<p>" + b" " * (3 * 1024 * 1024)
    with pytest.raises(NotARecord, match="larger than"):
        read_record(_member(_http(huge)), max_size=1024 * 1024)
    inner = _member(_http(gzip.compress(huge), "Content-Encoding: gzip"))
    assert len(inner) < 10_000
    with pytest.raises(NotARecord, match="larger than"):
        read_record(inner, max_size=1024 * 1024)
    assert read_record(inner, max_size=4 * 1024 * 1024).body == huge

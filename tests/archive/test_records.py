"""Records of one exchange, written and read back with warcio: what is kept, byte for byte."""

from __future__ import annotations

import gzip
import io
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newscrawl.archive.config import ArchiveConfig, parse_size
from newscrawl.archive.digests import payload_digest
from newscrawl.archive.records import (
    Exchange,
    Original,
    request_record,
    response_record,
    revisit_record,
    status_line,
)
from newscrawl.archive.writer import gzip_member
from tests.archive.warcs import Record, read_warc
from tests.support import REPLICA

SENT = datetime(2026, 11, 26, 7, 20, 0, 123456, tzinfo=UTC)
PAGE = "<html><head><title>Tin</title></head><body>Thái Bình</body></html>".encode()


def exchange(**changes: object) -> Exchange:
    values: dict[str, object] = {
        "url": "http://127.0.0.1:8000/tin-tuc/3/159670/slug?b=2&a=1",
        "method": "GET",
        "request_target": "/tin-tuc/3/159670/slug?b=2&a=1",
        "request_headers": [(b"User-Agent", b"newscrawl"), (b"Host", b"127.0.0.1:8000")],
        "request_body": b"",
        "requested_at": SENT,
        "status": 200,
        "protocol": "HTTP/1.1",
        "response_headers": [
            (b"Content-Length", str(len(PAGE)).encode()),
            (b"Content-Type", b"text/html; charset=utf-8"),
        ],
        "body": PAGE,
        "received_at": SENT + timedelta(milliseconds=40),
    }
    values.update(changes)
    return Exchange(**values)  # type: ignore[arg-type]


REQUEST_ID = "<urn:uuid:00000000-0000-0000-0000-000000000001>"
RESPONSE_ID = "<urn:uuid:00000000-0000-0000-0000-000000000002>"


def written(tmp_path: Path, item: Exchange, revisit_of: Original | None = None) -> list[Record]:
    """Write the exchange's pair as the archive does and read it back."""
    digest = payload_digest(item.body)
    if revisit_of is None:
        response = response_record(item, RESPONSE_ID, REQUEST_ID, digest)
    else:
        response = revisit_record(item, RESPONSE_ID, REQUEST_ID, digest, revisit_of)
    request = request_record(item, REQUEST_ID, RESPONSE_ID)
    path = tmp_path / "pair.warc.gz"
    path.write_bytes(gzip_member(request, 6) + gzip_member(response, 6))
    return read_warc(path)


def test_request_and_response_point_at_each_other(tmp_path: Path) -> None:
    request, response = written(tmp_path, exchange())
    assert (request.type, response.type) == ("request", "response")
    assert request.fields["WARC-Concurrent-To"] == response.id
    assert response.fields["WARC-Concurrent-To"] == request.id
    assert request.fields["WARC-Date"] == "2026-11-26T07:20:00.123456Z"
    assert response.fields["WARC-Date"] == "2026-11-26T07:20:00.163456Z"
    assert response.fields["WARC-Payload-Digest"] == payload_digest(PAGE)
    assert "WARC-Block-Digest" in response.fields
    assert [request.digest_ok, response.digest_ok] == [True, True]


def test_the_query_string_is_kept_in_uri_and_request_line(tmp_path: Path) -> None:
    request, response = written(tmp_path, exchange())
    assert response.uri == "http://127.0.0.1:8000/tin-tuc/3/159670/slug?b=2&a=1"
    assert request.uri == response.uri
    assert (
        f"{request.protocol} {request.statusline}" == "GET /tin-tuc/3/159670/slug?b=2&a=1 HTTP/1.1"
    )


def test_repeated_headers_stay_repeated_in_order_and_byte_for_byte(tmp_path: Path) -> None:
    raw_name = "báo cáo.pdf".encode()  # a raw UTF-8 filename, as some CMSs send it
    headers = [
        (b"Set-Cookie", b"a=1; Path=/"),
        (b"Set-Cookie", b"b=2; Path=/"),
        (b"Link", b"</a.css>; rel=preload"),
        (b"Link", b"</b.js>; rel=preload"),
        (b"Content-Disposition", b'inline; filename="' + raw_name + b'"'),
    ]
    _, response = written(tmp_path, exchange(response_headers=headers))
    assert [(n.encode("latin-1"), v.encode("latin-1")) for n, v in response.http] == headers
    assert response.digest_ok is True


@pytest.mark.parametrize(
    ("status", "line"),
    [(200, "200 OK"), (301, "301 Moved Permanently"), (404, "404 Not Found"), (599, "599 ")],
)
def test_status_line_has_the_standard_reason_phrase(status: int, line: str) -> None:
    assert status_line(status) == line


def test_a_404_is_archived_with_its_status(tmp_path: Path) -> None:
    _, response = written(tmp_path, exchange(status=404))
    assert (response.protocol, response.statusline) == ("HTTP/1.1", "404 Not Found")


def test_a_compressed_body_is_stored_as_served(tmp_path: Path) -> None:
    served = gzip.compress(PAGE)
    headers = [(b"Content-Encoding", b"gzip"), (b"Content-Length", str(len(served)).encode())]
    _, response = written(tmp_path, exchange(response_headers=headers, body=served))
    assert response.payload == served
    assert response.header("Content-Encoding") == ["gzip"]
    assert response.fields["WARC-Payload-Digest"] == payload_digest(served)
    assert response.decoded() == PAGE


def test_transfer_encoding_is_renamed_since_the_body_is_stored_dechunked(tmp_path: Path) -> None:
    headers = [(b"Transfer-Encoding", b"chunked"), (b"Content-Type", b"text/html")]
    _, response = written(tmp_path, exchange(response_headers=headers))
    assert response.header("Transfer-Encoding") == []
    assert response.header("X-Archive-Orig-Transfer-Encoding") == ["chunked"]
    assert response.payload == PAGE


def test_a_truncated_body_is_marked(tmp_path: Path) -> None:
    _, response = written(tmp_path, exchange(truncated="disconnect"))
    assert response.fields["WARC-Truncated"] == "disconnect"


def test_http2_is_written_as_http11_with_the_protocol_named(tmp_path: Path) -> None:
    _, response = written(tmp_path, exchange(protocol="h2"))
    assert response.protocol == "HTTP/1.1"
    assert response.fields["WARC-Protocol"] == "h2"


def test_request_body_and_headers(tmp_path: Path) -> None:
    headers = [(b"Content-Length", b"3"), (b"Cookie", b"a=1"), (b"Host", b"127.0.0.1:8000")]
    item = exchange(method="POST", request_headers=headers, request_body=b"q=1")
    request, _ = written(tmp_path, item)
    assert request.payload == b"q=1"
    assert request.http == [("Content-Length", "3"), ("Cookie", "a=1"), ("Host", "127.0.0.1:8000")]


def test_revisit_names_the_original_and_holds_no_payload(tmp_path: Path) -> None:
    original = Original(
        "http://127.0.0.1:9/x", "2026-11-01T00:00:00Z", "<urn:uuid:9-9-9-9-9>"
    )  # fmt: skip
    _, revisit = written(tmp_path, exchange(), revisit_of=original)
    assert revisit.type == "revisit"
    assert revisit.fields["WARC-Profile"] == (
        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    )
    assert revisit.fields["WARC-Refers-To"] == original.record_id
    assert revisit.fields["WARC-Refers-To-Target-URI"] == original.uri
    assert revisit.fields["WARC-Refers-To-Date"] == original.date
    assert revisit.fields["WARC-Payload-Digest"] == payload_digest(PAGE)
    assert revisit.payload == b""
    assert revisit.status == 200


@pytest.mark.parametrize(
    ("text", "size"),
    [("1G", 1024**3), ("100M", 100 * 1024**2), ("500k", 500 * 1024), ("1.5GB", 3 * 1024**3 // 2),
     ("64MiB", 64 * 1024**2), ("12345", 12345), (" 2 M ", 2 * 1024**2)],
)  # fmt: skip
def test_sizes_accept_unit_suffixes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "big", "-1M", "0", "10X"])
def test_bad_sizes_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="size"):
        parse_size(text)


def test_archiving_is_off_without_a_directory() -> None:
    from scrapy.settings import Settings

    assert ArchiveConfig.from_settings(Settings()) is None
    config = ArchiveConfig.from_settings(
        Settings({"NEWSCRAWL_WARC_DIR": "/tmp/x", "NEWSCRAWL_WARC_MAX_SIZE": "100M"})
    )
    assert config is not None
    assert (config.max_size, config.prefix, config.gzip_level) == (100 * 1024**2, "newscrawl", 6)


def test_one_record_is_one_gzip_member(tmp_path: Path) -> None:
    request, response = written(tmp_path, exchange())
    data = (tmp_path / "pair.warc.gz").read_bytes()
    member = data[response.offset :]
    assert member[:2] == b"\x1f\x8b"
    assert gzip.GzipFile(fileobj=io.BytesIO(member)).read().startswith(b"WARC/1.1\r\n")
    assert request.offset == 0


@pytest.mark.parametrize("level", [1, 6, 9])
def test_records_compress_as_small_as_with_zlib_at_the_same_level(level: int) -> None:
    """libdeflate compresses them, in half zlib's time at level 6 (benchmarks/gzip_levels.py);
    zlib reads them, as warcio does."""
    pages = [path.read_bytes() for path in sorted(REPLICA.rglob("*.html"))[:40]]
    members = [gzip_member(page, level) for page in pages]
    assert [zlib.decompress(member, zlib.MAX_WBITS | 16) for member in members] == pages
    by_zlib = sum(len(zlib.compress(page, level, zlib.MAX_WBITS | 16)) for page in pages)
    assert sum(map(len, members)) <= by_zlib

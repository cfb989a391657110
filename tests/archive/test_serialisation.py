"""newscrawl writes its records itself: byte for byte what warcio's RecordBuilder + WARCWriter
wrote for the same exchange (tests/archive/warcio_reference.py), and `warcio check` passes."""

from __future__ import annotations

import base64
import gzip
import hashlib
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newscrawl.archive.digests import payload_digest
from newscrawl.archive.records import (
    Original,
    request_record,
    response_record,
    revisit_record,
    warcinfo_record,
)
from newscrawl.archive.warcformat import new_record_id
from tests.archive import warcio_reference as reference
from tests.archive.test_records import PAGE, REQUEST_ID, RESPONSE_ID, exchange
from tests.archive.warcs import read_warc, warcio_check

ORIGINAL = Original("http://127.0.0.1:9/x", "2026-11-01T00:00:00.5Z", "<urn:uuid:9-9-9-9-9>")
RAW_NAME = "báo cáo.pdf".encode()  # a raw UTF-8 filename, as some CMSs send it
CASES: dict[str, dict[str, object]] = {
    "plain": {},
    "ip address": {"ip_address": "127.0.0.1"},
    "repeated and raw headers": {
        "response_headers": [
            (b"Set-Cookie", b"a=1; Path=/"),
            (b"Set-Cookie", b"b=2; Path=/"),
            (b"Content-Disposition", b'inline; filename="' + RAW_NAME + b'"'),
            (b"X-Latin-1", b"caf\xe9"),
            (b"X-Empty", b""),
        ]
    },
    "transfer coding renamed": {"response_headers": [(b"Transfer-Encoding", b"chunked")]},
    "gzip body": {
        "response_headers": [(b"Content-Encoding", b"gzip")],
        "body": gzip.compress(PAGE, mtime=0),
    },
    "empty body, 301": {"status": 301, "body": b"", "response_headers": [(b"Location", b"/")]},
    "unknown status": {"status": 599},
    "http/2": {"protocol": "h2", "ip_address": "::1"},
    "no protocol": {"protocol": ""},
    "truncated": {"truncated": "disconnect"},
    "post with body": {
        "method": "POST",
        "request_body": b"q=th\xc3\xa1i",
        "request_headers": [(b"Content-Length", b"8"), (b"Host", b"127.0.0.1:8000")],
    },
    "query string and non-ascii URL": {
        "url": "http://127.0.0.1:8000/tìm?q=a b",
        "request_target": "/t%C3%ACm?q=a%20b",
    },
    "microsecond zero": {"received_at": datetime(2026, 11, 26, 7, 20, tzinfo=UTC)},
}


@pytest.mark.parametrize("changes", CASES.values(), ids=CASES.keys())
def test_request_records_are_warcio_s(changes: dict[str, object]) -> None:
    item = exchange(**changes)
    expected = reference.request_record(item, REQUEST_ID, RESPONSE_ID)
    assert request_record(item, REQUEST_ID, RESPONSE_ID) == reference.serialised(expected)


@pytest.mark.parametrize("changes", CASES.values(), ids=CASES.keys())
def test_response_records_are_warcio_s(changes: dict[str, object]) -> None:
    item = exchange(**changes)
    digest = payload_digest(item.body)
    expected = reference.response_record(item, RESPONSE_ID, REQUEST_ID, digest)
    assert response_record(item, RESPONSE_ID, REQUEST_ID, digest) == reference.serialised(expected)


@pytest.mark.parametrize("changes", CASES.values(), ids=CASES.keys())
def test_revisit_records_are_warcio_s(changes: dict[str, object]) -> None:
    item = exchange(**changes)
    digest = payload_digest(item.body)
    expected = reference.revisit_record(item, RESPONSE_ID, REQUEST_ID, digest, ORIGINAL)
    written = revisit_record(item, RESPONSE_ID, REQUEST_ID, digest, ORIGINAL)
    assert written == reference.serialised(expected)


def test_warcinfo_records_are_warcio_s() -> None:
    info = {"software": "newscrawl/0.1.0 (Thái Bình)", "format": "WARC File Format 1.1",
            "operator": "", "isPartOf": "newscrawl-20261126072000"}  # fmt: skip
    moment = datetime(2026, 11, 26, 7, 20, 0, 123456, tzinfo=UTC)
    name = "newscrawl-20261126072000-00000.warc.gz"
    expected = reference.warcinfo_record(name, info, "2026-11-26T07:20:00.123456Z", REQUEST_ID)
    written = warcinfo_record(name, info, moment, record_id=REQUEST_ID)
    assert written == reference.serialised(expected)


def test_every_kind_of_record_passes_warcio_check(tmp_path: Path) -> None:
    path = tmp_path / "all.warc.gz"
    records = [warcinfo_record("all.warc.gz", {"software": "test"}, datetime.now(UTC))]
    for changes in CASES.values():
        item = exchange(**changes)
        digest = payload_digest(item.body)
        records += [
            request_record(item, REQUEST_ID, RESPONSE_ID),
            response_record(item, RESPONSE_ID, REQUEST_ID, digest),
            revisit_record(item, RESPONSE_ID, REQUEST_ID, digest, ORIGINAL),
        ]
    path.write_bytes(b"".join(gzip.compress(record) for record in records))
    check = warcio_check(path)
    assert check.returncode == 0, check.stdout + check.stderr
    read = read_warc(path)
    assert len(read) == len(records)
    assert all(r.digest_ok is not False for r in read)
    assert all(r.digest_ok for r in read if r.type in ("request", "response"))


def test_record_ids_are_distinct_version_4_uuids() -> None:
    ids = {new_record_id() for _ in range(10_000)}
    assert len(ids) == 10_000
    for record_id in list(ids)[:200]:
        inside = record_id.removeprefix("<urn:uuid:").removesuffix(">")
        assert record_id == f"<urn:uuid:{inside}>"
        parsed = uuid.UUID(inside)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert str(parsed) == inside


def test_digests_are_base32_as_warcio_writes_them() -> None:
    for size in range(0, 300, 7):
        data = bytes(range(256))[:size] * 3
        expected = "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()
        assert payload_digest(data) == expected

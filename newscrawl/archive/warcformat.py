"""WARC/1.1 records as bytes: the header block, the digests and the framing, written directly.

warcio's writer takes a record apart and puts it together again: it reads the payload stream
back to digest it, formats headers through objects that search their lists on every lookup,
and copies everything through a buffer. That was most of the archive's CPU per exchange. Here
the bytes already held are digested once and joined once, in the order and form warcio writes
them (WARC fields as given, then `WARC-Block-Digest`, `Content-Type`, `Content-Length`), so the
records are the same bytes: tests/archive/test_serialisation.py holds the two side by side.
warcio still reads, checks and indexes them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from datetime import UTC, datetime

from warcio.timeutils import datetime_to_iso_date

from newscrawl.archive.digests import sha1_digest

WARC_VERSION = "WARC/1.1"
HeaderList = Sequence[tuple[bytes, bytes]]
WarcFields = list[tuple[str, str]]
_END = b"\r\n\r\n"
# A UUID's variant digit keeps its two low bits under the `10` of RFC 4122.
_VARIANT = dict(zip("0123456789abcdef", "89ab" * 4, strict=True))


def new_record_id() -> str:
    """`<urn:uuid:...>`, a version 4 UUID: `uuid.uuid4()`'s 122 random bits, laid out directly
    (building and printing a `UUID` object cost three times as much)."""
    h = os.urandom(16).hex()
    return f"<urn:uuid:{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}>"


def warc_date(moment: datetime) -> str:
    """ISO 8601 UTC with microseconds, as WARC/1.1 allows (`2026-11-26T07:20:00.123456Z`)."""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    result: str = datetime_to_iso_date(naive, use_micros=True)
    return result


def http_head(start_line: str, headers: HeaderList) -> bytes:
    """Start line and header lines, each ending CRLF, then the empty line: byte for byte, every
    repeated header kept (warcio would percent-encode non-ASCII values)."""
    parts = [start_line.encode("latin-1"), b"\r\n"]
    for name, value in headers:
        parts += (name, b": ", value, b"\r\n")
    parts.append(b"\r\n")
    return b"".join(parts)


def warc_record(fields: WarcFields, block: Sequence[bytes], content_type: str) -> bytes:
    """One record, uncompressed: `fields` in order, then the block digest, type and length of
    `block` (the parts of the record's content, e.g. HTTP head and payload)."""
    digest = hashlib.sha1()
    length = 0
    for part in block:
        digest.update(part)
        length += len(part)
    lines = [WARC_VERSION]
    lines += [f"{name}: {value}" for name, value in fields]
    lines += [
        f"WARC-Block-Digest: {sha1_digest(digest)}",
        f"Content-Type: {content_type}",
        f"Content-Length: {length}",
        "\r\n",
    ]
    return b"".join(("\r\n".join(lines).encode("utf-8"), *block, _END))

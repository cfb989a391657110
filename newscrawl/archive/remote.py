"""A capture read out of another archive's WARC file by byte range, as Common Crawl serves them.

Common Crawl publishes WARC files, not a replay: its index names, for each capture, the WARC
file that holds it and the record's offset and length in that file. Each record is a gzip
member of its own, so the member fetched alone with an HTTP Range request decompresses to the
WARC response record, whose block is the HTTP response as the crawler received it. Common Crawl
stores the payload decoded and unchunked, and renames the headers that said otherwise
(`X-Crawler-Content-Encoding`); a record that still declares a compression has it undone here.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.timeutils import iso_date_to_datetime

from newscrawl.archive.reader import http_status, is_http, parse_http_block

_GZIP = 16 + zlib.MAX_WBITS  # zlib's window bits for a gzip header and trailer


class NotARecord(ValueError):
    """Bytes that are no WARC response record: the range missed, or the server sent another
    file, or an error page."""


@dataclass(frozen=True, slots=True)
class RecordRef:
    """Where a capture's record is: a file of the archive, and a byte range of it."""

    filename: str
    offset: int
    length: int

    @classmethod
    def parse(cls, text: str) -> RecordRef | None:
        """`{filename} {offset} {length}`, as `pages.cdx` keeps it; None if it is not that."""
        filename, _, numbers = text.partition(" ")
        offset, _, length = numbers.partition(" ")
        if not filename or not offset.isdigit() or not length.isdigit() or int(length) == 0:
            return None
        return cls(filename, int(offset), int(length))

    @property
    def byte_range(self) -> str:
        """The record's bytes, as an HTTP Range header names them (the end is included)."""
        return f"bytes={self.offset}-{self.offset + self.length - 1}"

    def address(self, data: str) -> str:
        """The record's citation: its file's address, the range in the fragment."""
        return f"{data.rstrip('/')}/{self.filename}#{self.byte_range}"

    def cut(self, whole_file: bytes) -> bytes:
        """The record's bytes out of a whole file (a server that ignored the Range header)."""
        return whole_file[self.offset : self.offset + self.length]


@dataclass(frozen=True, slots=True)
class ArchivedResponse:
    target: str  # WARC-Target-URI: the address the page was fetched from
    date: datetime  # WARC-Date: when it was captured
    protocol: str
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    record_id: str = ""  # WARC-Record-ID


DEFAULT_MAX_SIZE = 10 * 1024 * 1024  # as DOWNLOAD_MAXSIZE


def read_record(member: bytes, max_size: int = DEFAULT_MAX_SIZE) -> ArchivedResponse:
    """The HTTP response a gzip member's WARC response record holds, or `NotARecord`; neither
    the record nor its payload may inflate past `max_size` bytes. The record is read as
    `newscrawl reparse` reads the crawl's own (`archive/reader.py`)."""
    try:
        inflated = _inflated(member, _GZIP, max_size)
    except (OSError, EOFError, zlib.error) as exc:
        raise NotARecord(f"no gzip member: {exc}") from None
    return response_in(io.BytesIO(inflated), max_size)


def response_at(path: Path, offset: int, max_size: int = DEFAULT_MAX_SIZE) -> ArchivedResponse:
    """The response record at `offset` of a WARC file (a crawl's own: `state/previous.py`)."""
    try:
        with path.open("rb") as stream:
            stream.seek(offset)
            return response_in(stream, max_size)
    except OSError as exc:
        raise NotARecord(f"{path.name} cannot be read: {exc}") from None


def response_in(stream: IO[bytes], max_size: int) -> ArchivedResponse:
    """The response record at the stream's position, compressed or not."""
    try:
        record = next(iter(ArchiveIterator(stream, no_record_parse=True)))
        block = record.raw_stream.read()
    except (StopIteration, ArchiveLoadFailed, ValueError, OSError, EOFError, zlib.error) as exc:
        raise NotARecord(f"no WARC record: {exc}") from None
    if record.rec_type != "response":
        raise NotARecord(f"a {record.rec_type!r} record, not a response")
    if not is_http(record, block):
        raise NotARecord("no HTTP response to a WARC-Target-URI in the record")
    http = parse_http_block(block)
    try:
        protocol, status = http_status(http.start_line)
        date = iso_date_to_datetime(record.rec_headers.get_header("WARC-Date") or "")
    except (ValueError, TypeError) as exc:  # (warcio's date parser raises both)
        raise NotARecord(f"no status or no WARC-Date: {exc}") from None
    headers, body = _decoded(http.headers, http.payload, max_size)
    target = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    moment = date.replace(tzinfo=UTC)
    return ArchivedResponse(target, moment, protocol, status, headers, body, record_id)


def _inflated(data: bytes, wbits: int, max_size: int) -> bytes:
    """`data` decompressed, but no further than `max_size` bytes (a bomb is refused, not read)."""
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(data, max_size + 1)
    if len(out) > max_size:
        raise NotARecord(f"larger than {max_size:,} bytes once decompressed")
    if not inflater.eof:
        raise EOFError("the compressed data ends early")
    return out


def _decoded(
    headers: list[tuple[bytes, bytes]], payload: bytes, max_size: int
) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """The payload with a compression its headers still declare undone, without the headers
    that no longer hold (`Content-Encoding`, `Content-Length`, `Transfer-Encoding`)."""
    coding = b""
    kept = []
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"content-encoding":
            coding = value.strip().lower()
        elif lowered not in (b"content-length", b"transfer-encoding"):
            kept.append((name, value))
    if coding in (b"", b"identity"):
        return kept, payload
    try:
        if coding in (b"gzip", b"x-gzip"):
            return kept, _inflated(payload, _GZIP, max_size)
        if coding == b"deflate":
            return kept, _inflated(payload, zlib.MAX_WBITS, max_size)
    except (OSError, EOFError, zlib.error) as exc:
        raise NotARecord(f"a payload that is not {coding.decode()}: {exc}") from None
    raise NotARecord(f"a payload in {coding.decode('latin-1')!r}, which is not undone here")

"""Reading captures back out of WARC files: each response with its payload, revisits resolved.

A `revisit` record holds no payload: its bytes are those of the record it refers to, found among
the files being read or, failing that, through the digest index of the revisit's directory.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.timeutils import iso_date_to_datetime

from newscrawl.archive.digests import find_capture
from newscrawl.archive.writer import OPEN_SUFFIX, WARC_SUFFIX
from newscrawl.items import WarcLocation

logger = logging.getLogger(__name__)


class UnresolvedRevisit(LookupError):
    """A revisit whose original record is in none of the files given nor in the index."""


@dataclass(frozen=True, slots=True)
class StoredResponse:
    url: str
    status: int
    protocol: str
    headers: list[tuple[bytes, bytes]]  # as archived, repeated ones repeated
    body: bytes  # the payload as stored: content coding (gzip...) still applied
    date: str  # WARC-Date of this capture
    location: WarcLocation  # where the payload is: this record, or a revisit's original
    info: dict[str, str]  # the warcinfo fields of the file it came from
    revisit: bool = False

    @property
    def fetched_at(self) -> datetime:
        moment: datetime = iso_date_to_datetime(self.date)
        return moment.replace(tzinfo=UTC)


def warc_files(paths: Iterable[Path]) -> list[Path]:
    """The closed WARC files named or found in directories, in name (= crawl, serial) order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for unfinished in sorted(path.glob(f"*{WARC_SUFFIX}{OPEN_SUFFIX}")):
                logger.warning("Skipping %s: being written, or left by a killed crawl", unfinished)
            found.extend(sorted(path.glob(f"*{WARC_SUFFIX}")))
        else:
            found.append(path)
    return found


def parse_warcinfo(payload: bytes) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in payload.decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields.setdefault(name.strip(), value.strip())
    return fields


@dataclass(frozen=True, slots=True)
class HttpBlock:
    """An HTTP message as stored in a record's block, bytes untouched."""

    start_line: bytes  # `HTTP/1.1 200 OK` or `GET /path?q HTTP/1.1`
    headers: list[tuple[bytes, bytes]]
    payload: bytes


def parse_http_block(block: bytes) -> HttpBlock:
    """Split a block into start line, header lines and payload, without decoding anything.

    warcio's own parser decodes each header line as UTF-8, else latin-1, which cannot be undone
    exactly; reading the bytes here keeps a raw UTF-8 or latin-1 header value as it was."""
    head, _, payload = block.partition(b"\r\n\r\n")
    start_line, *lines = head.split(b"\r\n")
    headers: list[tuple[bytes, bytes]] = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and headers:  # an obsolete folded continuation line
            name, value = headers[-1]
            headers[-1] = (name, value + line)
        else:
            name, _, value = line.partition(b":")
            headers.append((name.rstrip(b" \t"), value.lstrip(b" \t")))
    return HttpBlock(start_line, headers, payload)


def http_status(start_line: bytes) -> tuple[str, int]:
    """`HTTP/1.1 404 Not Found` -> ("HTTP/1.1", 404)."""
    protocol, _, rest = start_line.decode("latin-1").partition(" ")
    return protocol, int(rest.split(" ", 1)[0])


def is_http(record: ArcWarcRecord, block: bytes) -> bool:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    return uri.startswith(("http:", "https:")) and block.startswith(b"HTTP/")


def read_payload(path: Path, offset: int) -> bytes:
    """The payload of the response record at `offset`, as stored."""
    with path.open("rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream, no_record_parse=True)))
        return parse_http_block(record.raw_stream.read()).payload


class ArchiveReader:
    """Every response and revisit of some WARC files, in file order, with its payload."""

    def __init__(self, files: list[Path]) -> None:
        self.files = files
        self.unresolved = 0
        self._seen: dict[str, tuple[Path, int]] = {}  # record id -> (file, offset)

    def responses(self) -> Iterator[StoredResponse]:
        for path in self.files:
            yield from self._read(path)

    def _read(self, path: Path) -> Iterator[StoredResponse]:
        info: dict[str, str] = {}
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, no_record_parse=True)  # HTTP parsed as bytes here
            for record in records:
                block = record.raw_stream.read()
                offset = records.get_record_offset()
                if record.rec_type == "warcinfo" and not info:
                    info = parse_warcinfo(block)
                elif record.rec_type in ("response", "revisit") and is_http(record, block):
                    try:
                        yield self._stored(record, parse_http_block(block), path, offset, info)
                    except UnresolvedRevisit as exc:  # one missing original spoils no more
                        self.unresolved += 1
                        logger.warning("Skipped: %s", exc)

    def _stored(
        self, record: ArcWarcRecord, http: HttpBlock, path: Path, offset: int, info: dict[str, str]
    ) -> StoredResponse:
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        revisit = record.rec_type == "revisit"
        payload = http.payload
        if revisit:
            location, payload = self._original(record, path)
        else:
            self._seen[record_id] = (path, offset)
            location = WarcLocation(file=path.name, offset=offset, record_id=record_id)
        protocol, status = http_status(http.start_line)
        return StoredResponse(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            status=int(status),
            protocol=protocol,
            headers=http.headers,
            body=payload,
            date=record.rec_headers.get_header("WARC-Date"),
            location=location,
            info=info,
            revisit=revisit,
        )

    def _original(self, revisit: ArcWarcRecord, path: Path) -> tuple[WarcLocation, bytes]:
        refers_to = revisit.rec_headers.get_header("WARC-Refers-To") or ""
        where = self._seen.get(refers_to)
        if where is None:
            capture = find_capture(path.parent, refers_to)
            if capture is not None and (path.parent / capture.file).is_file():
                where = (path.parent / capture.file, capture.offset)
        if where is None:
            url = revisit.rec_headers.get_header("WARC-Target-URI")
            raise UnresolvedRevisit(f"revisit of {url} refers to {refers_to or 'nothing'}")
        original, offset = where
        location = WarcLocation(file=original.name, offset=offset, record_id=refers_to)
        return location, read_payload(original, offset)

"""Rolling WARC files: `.warc.gz.open` while written, renamed when closed.

Each record is one gzip member ("gzip per record"), so a record can be read alone from its
offset. A group of records (a request and its response) is compressed in memory first and
written with one `write`: a signal can stop the crawl between two writes, never inside one, so
a file closed on SIGTERM ends with a complete record.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import deflate

from newscrawl.archive.records import warcinfo_record

logger = logging.getLogger(__name__)

OPEN_SUFFIX = ".open"
WARC_SUFFIX = ".warc.gz"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one record landed: its file's final name, byte offset and compressed length."""

    file: str
    offset: int
    length: int


@dataclass(frozen=True, slots=True)
class ClosedFile:
    path: Path
    records: int
    size: int


def warc_name(prefix: str, started: datetime, serial: int) -> str:
    """`newscrawl-20261126072000-00000.warc.gz`: the crawl's start (UTC) and a serial."""
    return f"{prefix}-{started.astimezone(UTC):%Y%m%d%H%M%S}-{serial:05d}{WARC_SUFFIX}"


def gzip_member(record: bytes, level: int) -> bytearray:
    """A record as one whole gzip member. libdeflate, which compresses a buffer held whole in one
    call, takes half zlib's CPU at level 6 for slightly smaller output (benchmarks/gzip_levels.py):
    gzip is most of what archiving costs a crawl. zlib (warcio, pywb) reads it like any other."""
    return deflate.gzip_compress(record, level)


class _OpenFile:
    def __init__(self, final: Path) -> None:
        self.final = final
        self.path = final.with_name(final.name + OPEN_SUFFIX)
        # "x": never write over anything, even a file another crawl just created. Unbuffered:
        # each write goes to the OS at once, and a failed one can be undone (see `append`).
        self.stream: BinaryIO = self.path.open("xb", buffering=0)
        self.size = 0
        self.records = 0

    def append(self, data: bytes | bytearray, records: int) -> None:
        try:
            view = memoryview(data)
            while view:
                view = view[self.stream.write(view) :]
        except OSError:
            # e.g. disk full: cut the partial write off, so the file still ends on a whole
            # record and the offsets already handed out stay true
            self.stream.seek(self.size)
            self.stream.truncate()
            raise
        self.size += len(data)
        self.records += records

    def close(self) -> ClosedFile:
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.rename(self.path, self.final)
        return ClosedFile(self.final, self.records, self.size)


class RollingWarcWriter:
    """Writes records into `directory`, starting a new file once one reaches `max_size`."""

    def __init__(
        self,
        directory: Path,
        *,
        prefix: str,
        started: datetime,
        max_size: int,
        gzip_level: int,
        warcinfo: Callable[[str], dict[str, str]],
        on_closed: Callable[[ClosedFile], None],
    ) -> None:
        self.directory = directory
        self.prefix = prefix
        self.started = started
        self.max_size = max_size
        self.gzip_level = gzip_level
        self.warcinfo = warcinfo
        self.on_closed = on_closed
        self._serial = 0
        self._current: _OpenFile | None = None

    def write(self, records: Sequence[bytes]) -> list[Placement]:
        """Append `records` (uncompressed) to one file, in order, and say where each one is."""
        current = self._current or self._open()
        members = [gzip_member(record, self.gzip_level) for record in records]
        placements = []
        offset = current.size
        for member in members:
            placements.append(Placement(current.final.name, offset, len(member)))
            offset += len(member)
        current.append(b"".join(members), len(members))
        return placements

    def roll_if_full(self) -> None:
        """Close the file once it has reached the size limit; the next write starts another.
        Separate from `write` so the caller can note where records went before the close."""
        if self._current is not None and self._current.size >= self.max_size:
            self.close()

    def close(self) -> None:
        """Close and rename the file being written, if any. Safe to call more than once."""
        current, self._current = self._current, None
        if current is not None:
            closed = current.close()
            logger.info("Closed WARC file %s (%d records)", closed.path, closed.records)
            self.on_closed(closed)

    def _open(self) -> _OpenFile:
        self.directory.mkdir(parents=True, exist_ok=True)
        while True:
            final = self.directory / warc_name(self.prefix, self.started, self._serial)
            self._serial += 1
            if final.exists() or final.with_name(final.name + OPEN_SUFFIX).exists():
                continue
            try:
                opened = _OpenFile(final)
            except FileExistsError:
                continue
            break
        info = warcinfo_record(final.name, self.warcinfo(final.name), datetime.now(UTC))
        opened.append(gzip_member(info, self.gzip_level), 1)
        self._current = opened
        return opened

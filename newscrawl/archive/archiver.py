"""One crawl's archive: exchanges in, WARC records + CDXJ + digest index out. No Scrapy here.

For each exchange it writes a `request` record and either a `response` record or, when the
payload is already archived in this directory, a `revisit` record; it keeps the CDXJ lines of
the file being written and writes them beside it when that file is closed.
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from newscrawl.archive.cdxj import WrittenIndexes, exchange_entry
from newscrawl.archive.config import ArchiveConfig
from newscrawl.archive.digests import Capture, DigestIndex, payload_digest
from newscrawl.archive.records import (
    Exchange,
    Original,
    request_record,
    response_record,
    revisit_record,
)
from newscrawl.archive.warcformat import new_record_id, warc_date
from newscrawl.archive.writer import ClosedFile, Placement, RollingWarcWriter
from newscrawl.items import WarcLocation

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Archived:
    """What became of one exchange. `location` is where the response's payload is: this
    exchange's response record, or for a revisit the earlier record holding the same bytes."""

    location: WarcLocation
    revisit: bool
    written: int  # bytes added to the WARC files


def _dedupable(exchange: Exchange) -> bool:
    # Only complete, successful bodies are worth a revisit; an empty payload has nothing to save.
    return 200 <= exchange.status < 300 and bool(exchange.body) and not exchange.truncated


def open_directory(config: ArchiveConfig) -> DigestIndex:
    """The archive's directory, made if missing, and the index of the payloads already in it."""
    config.directory.mkdir(parents=True, exist_ok=True)
    return DigestIndex(config.directory)


class Archiver:
    def __init__(
        self,
        config: ArchiveConfig,
        *,
        started: datetime,
        warcinfo: Callable[[str], dict[str, str]],
        on_file_closed: Callable[[ClosedFile], None] = lambda closed: None,
    ) -> None:
        self.index = open_directory(config)
        self.on_file_closed = on_file_closed
        self.indexes = WrittenIndexes(spill_directory=config.directory)
        self.writer = RollingWarcWriter(
            config.directory,
            prefix=config.prefix,
            started=started,
            max_size=config.max_size,
            gzip_level=config.gzip_level,
            warcinfo=warcinfo,
            on_closed=self._file_closed,
        )
        self.closed = False
        # The last resort when the reactor is stopped without closing the spider (a second
        # SIGTERM): the interpreter still exits normally, and the file gets its final name.
        atexit.register(self.close)

    def archive(self, exchange: Exchange) -> Archived:
        if self.closed:
            raise RuntimeError("the archive is closed")
        digest = payload_digest(exchange.body)
        request_id, response_id = new_record_id(), new_record_id()
        dedupable = _dedupable(exchange)
        earlier = self.index.lookup(digest) if dedupable else None
        if earlier is not None:
            original = Original(earlier.uri, earlier.date, earlier.record_id)
            response = revisit_record(exchange, response_id, request_id, digest, original)
        else:
            response = response_record(exchange, response_id, request_id, digest)
        request = request_record(exchange, request_id, response_id)
        placed = self.writer.write([request, response])
        # The response's line only: request records are not looked up by replay tools.
        date, where = warc_date(exchange.received_at), placed[1]
        revisit = earlier is not None
        entry = exchange_entry(exchange, date=date, digest=digest, revisit=revisit, where=where)
        self.indexes.add(entry)
        if not revisit and dedupable:
            capture = Capture(digest, exchange.url, date, response_id, where.file, where.offset)
            self.index.add(capture)
        self.writer.roll_if_full()
        return Archived(
            location=_location(earlier) if earlier else _here(where, response_id),
            revisit=revisit,
            written=placed[0].length + placed[1].length,
        )

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        atexit.unregister(self.close)
        try:
            self.writer.close()
        finally:
            self.index.close()

    def _file_closed(self, closed: ClosedFile) -> None:
        self.indexes.write(closed.path)
        self.index.commit(closed.path.name)
        self.on_file_closed(closed)


def _here(where: Placement, record_id: str) -> WarcLocation:
    return WarcLocation(file=where.file, offset=where.offset, record_id=record_id)


def _location(capture: Capture) -> WarcLocation:
    return WarcLocation(file=capture.file, offset=capture.offset, record_id=capture.record_id)

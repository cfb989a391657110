"""CDXJ indexes in the pywb / OpenWayback format, one per WARC file.

A line is `SURT-key timestamp {json}`, the JSON holding url, mime, status, digest, length,
offset and filename as strings, in the order and form `cdxj-indexer` (pywb's indexer) writes,
so pywb, ReplayWeb.page and the WACZ tools read it as their own. Lines are sorted: replay tools
binary-search them. `cdxj_line` reads a record back (`newscrawl index`); while the crawl
writes, `WrittenIndexes` makes the same lines from what the archive already held of each
exchange (`exchange_entry`), rather than parse the records it has just built; both go through
`_line`, and tests hold the two to the same result.
"""

from __future__ import annotations

import heapq
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, NamedTuple

import surt  # pywb's own SURT rules: keys must match
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.timeutils import iso_date_to_timestamp

from newscrawl.archive.records import Exchange
from newscrawl.archive.writer import WARC_SUFFIX, Placement

CDXJ_SUFFIX = ".cdxj"
INDEXED_TYPES = ("response", "revisit", "resource", "metadata")
_MIME_END = re.compile(r"[;\s]")


def cdxj_path(warc: Path) -> Path:
    """`x.warc.gz` -> `x.cdxj`, beside it."""
    name = warc.name.removesuffix(WARC_SUFFIX).removesuffix(".warc")
    return warc.with_name(name + CDXJ_SUFFIX)


def url_key(url: str) -> str:
    key: str = surt.surt(url)
    return key


def _mime(content_type: str | None) -> str | None:
    return _MIME_END.split(content_type.strip(), maxsplit=1)[0] if content_type else None


def _indexed(record: ArcWarcRecord) -> bool:
    if record.rec_type not in INDEXED_TYPES:
        return False
    # warc-fields metadata describes the crawl, not a URL: pywb's indexer skips it too
    content_type = record.rec_headers.get_header("Content-Type")
    return record.rec_type in ("response", "revisit") or content_type != "application/warc-fields"


def _line(url: str, timestamp: str, fields: dict[str, str | None]) -> str:
    present = {name: value for name, value in fields.items() if value}
    return f"{url_key(url)} {timestamp} {json.dumps(present)}"


def cdxj_line(record: ArcWarcRecord, filename: str, offset: int, length: int) -> str | None:
    """The index line of a record read back, or None for records replay does not look up."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url or not _indexed(record):
        return None
    if record.rec_type == "revisit":
        mime: str | None = "warc/revisit"
    else:
        headers = record.http_headers if record.rec_type == "response" else record.rec_headers
        mime = _mime(headers.get_header("Content-Type") if headers else None)
    fields = {
        "url": url,
        "mime": mime,
        "status": record.http_headers.get_statuscode() if record.http_headers else None,
        "digest": record.rec_headers.get_header("WARC-Payload-Digest"),
        "length": str(length),
        "offset": str(offset),
        "filename": filename,
    }
    timestamp = iso_date_to_timestamp(record.rec_headers.get_header("WARC-Date"))
    return _line(url, timestamp, fields)


def _header_text(value: bytes) -> str:
    # as warcio's parser decodes a header line read back: UTF-8, else latin-1
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


class Entry(NamedTuple):
    """What the index line of a response (or revisit) record just written needs, taken from
    the exchange while the archive holds it, rather than parsed back out of the record."""

    url: str
    date: str  # the record's WARC-Date, as newscrawl writes it: 2026-11-26T07:20:00.163456Z
    status: int
    content_type: bytes | None  # the first Content-Type header; None for a revisit or none
    revisit: bool
    digest: str
    where: Placement


def exchange_entry(
    exchange: Exchange, *, date: str, digest: str, revisit: bool, where: Placement
) -> Entry:
    content_type = None
    if not revisit:
        content_type = next(
            (v for n, v in exchange.response_headers if n.lower() == b"content-type"), None
        )
    return Entry(exchange.url, date, exchange.status, content_type, revisit, digest, where)


def entry_line(entry: Entry) -> str:
    """The same line `cdxj_line` makes of the record read back."""
    if entry.revisit:
        mime: str | None = "warc/revisit"
    else:
        raw = entry.content_type
        mime = _mime(_header_text(raw)) if raw is not None else None
    fields = {
        "url": entry.url,
        "mime": mime,
        "status": str(entry.status),
        "digest": entry.digest,
        "length": str(entry.where.length),
        "offset": str(entry.where.offset),
        "filename": entry.where.file,
    }
    date = entry.date
    timestamp = date[:4] + date[5:7] + date[8:10] + date[11:13] + date[14:16] + date[17:19]
    return _line(entry.url, timestamp, fields)


class WrittenIndexes:
    """The CDXJ lines of the files being written, each file's written beside it once closed.

    Lines are made a batch at a time: the SURT and JSON code run back to back stays in the
    CPU's caches, and costs less than half what it does one line at a time between the crawl's
    other work (measured in a crawl of the synthetic replica). A batch takes a few ms.

    A file's lines are held RUN_LINES at a time, then sorted into a run on disk, and the runs
    merged when the file closes: a file of small records (404 pictures) may take a whole crawl
    to reach its size limit, and its lines, held, grew with the crawl (about 400 bytes each)."""

    BATCH = 256
    RUN_LINES = 10_000

    def __init__(self, spill_directory: Path | None = None) -> None:
        self._entries: list[Entry] = []
        self._lines: dict[str, list[str]] = {}
        self._runs: dict[str, list[IO[str]]] = {}
        self._spill_directory = spill_directory

    def add(self, entry: Entry) -> None:
        self._entries.append(entry)
        if len(self._entries) >= self.BATCH:
            self._make_lines()

    def write(self, warc: Path) -> None:
        """Write the index of `warc`, now closed and under its final name."""
        self._make_lines()
        held = sorted(self._lines.pop(warc.name, []))
        runs = self._runs.pop(warc.name, [])
        try:
            write_sorted_cdxj(cdxj_path(warc), heapq.merge(held, *map(_lines_of_run, runs)))
        finally:
            for run in runs:
                run.close()

    def _make_lines(self) -> None:
        entries, self._entries = self._entries, []
        for entry in entries:
            lines = self._lines.setdefault(entry.where.file, [])
            lines.append(entry_line(entry))
            if len(lines) >= self.RUN_LINES:
                self._spill(entry.where.file)

    def _spill(self, file: str) -> None:
        # An unnamed temporary file (beside the WARCs unless told otherwise): gone with the
        # process however it ends, never taken for an index.
        # (Closed by `write` once merged: a context manager cannot outlive this call.)
        run = tempfile.TemporaryFile(  # noqa: SIM115
            "w+", encoding="utf-8", newline="\n", dir=self._spill_directory
        )
        run.writelines(line + "\n" for line in sorted(self._lines.pop(file)))
        run.seek(0)
        self._runs.setdefault(file, []).append(run)


def _lines_of_run(run: IO[str]) -> Iterator[str]:
    return (line.removesuffix("\n") for line in run)


def index_warc(path: Path, filename: str | None = None) -> list[str]:
    """Every index line of a WARC file, sorted; `filename` is what lines call the file."""
    lines = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            # (asking for the length reads the record to its end)
            offset, length = records.get_record_offset(), records.get_record_length()
            line = cdxj_line(record, filename or path.name, offset, length)
            if line is not None:
                lines.append(line)
    return sorted(lines)


def write_cdxj(path: Path, lines: Iterable[str]) -> None:
    """Write the lines sorted, atomically: a reader never sees half an index."""
    write_sorted_cdxj(path, sorted(lines))


def write_sorted_cdxj(path: Path, lines: Iterable[str]) -> None:
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="\n") as out:
        for line in lines:
            out.write(line + "\n")
    os.replace(partial, path)


def index_warcs(paths: Iterable[Path]) -> list[str]:
    """One sorted CDXJ index of several WARC files."""
    return sorted(line for path in paths for line in index_warc(path))

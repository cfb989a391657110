"""CDXJ indexes in the pywb / OpenWayback format, one per WARC file.

A line is `SURT-key timestamp {json}`, the JSON holding url, mime, status, digest, length,
offset and filename as strings, in the order and form `cdxj-indexer` (pywb's indexer) writes,
so pywb, ReplayWeb.page and the WACZ tools read it as their own. Lines are sorted: replay tools
binary-search them. `cdxj_line` reads a record back (`newscrawl index`); `exchange_line` makes
the same line while the crawl writes, from the exchange it already holds, rather than parse the
record it has just built; both go through `_line`, and tests hold the two to the same result.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path

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


def exchange_line(
    exchange: Exchange, *, date: str, digest: str, revisit: bool, where: Placement
) -> str:
    """The index line of the response (or revisit) record just written for `exchange`, from
    what the archive holds already: the same line `cdxj_line` makes of the record read back.
    `date` is the record's WARC-Date, as newscrawl writes it (`2026-11-26T07:20:00.163456Z`)."""
    if revisit:
        mime: str | None = "warc/revisit"
    else:
        content_type = next(
            (v for n, v in exchange.response_headers if n.lower() == b"content-type"), None
        )
        mime = _mime(_header_text(content_type)) if content_type is not None else None
    fields = {
        "url": exchange.url,
        "mime": mime,
        "status": str(exchange.status),
        "digest": digest,
        "length": str(where.length),
        "offset": str(where.offset),
        "filename": where.file,
    }
    timestamp = date[:4] + date[5:7] + date[8:10] + date[11:13] + date[14:16] + date[17:19]
    return _line(exchange.url, timestamp, fields)


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
    """Write sorted lines atomically: a reader never sees half an index."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="\n") as out:
        for line in sorted(lines):
            out.write(line + "\n")
    os.replace(partial, path)


def index_warcs(paths: Iterable[Path]) -> list[str]:
    """One sorted CDXJ index of several WARC files."""
    return sorted(line for path in paths for line in index_warc(path))

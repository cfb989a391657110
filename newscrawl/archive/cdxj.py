"""CDXJ indexes in the pywb / OpenWayback format, one per WARC file.

A line is `SURT-key timestamp {json}`, the JSON holding url, mime, status, digest, length,
offset and filename as strings, in the order and form `cdxj-indexer` (pywb's indexer) writes,
so pywb, ReplayWeb.page and the WACZ tools read it as their own. Lines are sorted: replay tools
binary-search them. The same `cdxj_line` serves the index written when a file is closed (from
the records just written) and `newscrawl index` (from the records read back), so both agree.
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

from newscrawl.archive.writer import WARC_SUFFIX

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


def _mime(record: ArcWarcRecord) -> str | None:
    if record.rec_type == "revisit":
        return "warc/revisit"
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers else None
    return _MIME_END.split(value, maxsplit=1)[0].strip() if value else None


def _indexed(record: ArcWarcRecord) -> bool:
    if record.rec_type not in INDEXED_TYPES:
        return False
    # warc-fields metadata describes the crawl, not a URL: pywb's indexer skips it too
    content_type = record.rec_headers.get_header("Content-Type")
    return record.rec_type in ("response", "revisit") or content_type != "application/warc-fields"


def cdxj_line(record: ArcWarcRecord, filename: str, offset: int, length: int) -> str | None:
    """The index line of one record, or None for records replay does not look up."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url or not _indexed(record):
        return None
    fields = {
        "url": url,
        "mime": _mime(record),
        "status": record.http_headers.get_statuscode() if record.http_headers else None,
        "digest": record.rec_headers.get_header("WARC-Payload-Digest"),
        "length": str(length),
        "offset": str(offset),
        "filename": filename,
    }
    present = {name: value for name, value in fields.items() if value}
    timestamp = iso_date_to_timestamp(record.rec_headers.get_header("WARC-Date"))
    return f"{url_key(url)} {timestamp} {json.dumps(present)}"


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

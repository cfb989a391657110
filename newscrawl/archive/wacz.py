"""Packing WARC files into a WACZ 1.1.1 file that ReplayWeb.page (and pywb) open.

Layout (https://specs.webrecorder.net/wacz/1.1.1/): a ZIP, every entry stored uncompressed so a
reader can seek into it, holding `archive/*.warc.gz`, `indexes/index.cdxj` (one sorted CDXJ for
all the files), `pages/pages.jsonl` (the HTML pages, with their titles), `datapackage.json`
(every resource with its size and sha256) and `datapackage-digest.json` (the sha256 of that).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from newscrawl import vn
from newscrawl.archive.cdxj import index_warcs
from newscrawl.archive.crawlinfo import software
from newscrawl.charsets import decode_html
from newscrawl.utc import utc_now

WACZ_VERSION = "1.1.1"
PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_TITLE_SCAN = 256 * 1024  # a page's <title> is in its head
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Resource:
    name: str
    path: str
    hash: str
    bytes: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "path": self.path, "hash": self.hash, "bytes": self.bytes}


def _title(record: ArcWarcRecord) -> str | None:
    """The page's `<title>`, decoded and cleaned as the crawl reads its pages: a mislabelled
    windows-1258 page or decomposed text gives the title a reader sees."""
    head = record.content_stream().read(_TITLE_SCAN)
    content_type = record.http_headers.get_header("Content-Type")
    match = _TITLE.search(decode_html(head, content_type).text)
    if match is None:
        return None
    return vn.clean_text(html.unescape(match[1])) or None


def _is_page(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or not record.http_headers:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return record.http_headers.get_statuscode() == "200" and content_type.startswith("text/html")


def pages_of(path: Path) -> Iterator[dict[str, str]]:
    """The HTML pages (status 200) captured in a WARC file, as pages.jsonl entries."""
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if not _is_page(record):
                continue
            page = {
                "id": uuid.uuid4().hex,
                "url": record.rec_headers.get_header("WARC-Target-URI"),
                "ts": record.rec_headers.get_header("WARC-Date"),
            }
            title = _title(record)
            if title:
                page["title"] = title
            yield page


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


class _WaczWriter:
    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED, allowZip64=True)
        self.resources: list[Resource] = []

    def add_bytes(self, path: str, data: bytes, *, listed: bool = True) -> str:
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        self.zip.writestr(path, data)
        if listed:
            self.resources.append(Resource(Path(path).name, path, digest, len(data)))
        return digest

    def add_file(self, path: str, source: Path) -> None:
        hasher = hashlib.sha256()
        size = 0
        entry = zipfile.ZipInfo.from_file(source, path)  # keeps the file's own date
        entry.compress_type = zipfile.ZIP_STORED
        with source.open("rb") as stream, self.zip.open(entry, "w", force_zip64=True) as out:
            while chunk := stream.read(_CHUNK):
                hasher.update(chunk)
                out.write(chunk)
                size += len(chunk)
        self.resources.append(Resource(source.name, path, "sha256:" + hasher.hexdigest(), size))


def build_wacz(files: list[Path], output: Path, title: str | None = None) -> int:
    """Write the WACZ; returns how many pages it lists."""
    names = [path.name for path in files]
    if len(set(names)) != len(names):
        raise ValueError("two WARC files share a name; a WACZ keeps them in one folder")
    pages = [page for path in files for page in pages_of(path)]
    index = index_warcs(files)
    writer = _WaczWriter(output)
    with writer.zip:
        for path in files:
            writer.add_file(f"archive/{path.name}", path)
        writer.add_bytes("indexes/index.cdxj", "".join(f"{x}\n" for x in index).encode("utf-8"))
        writer.add_bytes("pages/pages.jsonl", _jsonl([PAGES_HEADER, *pages]))
        package = _datapackage(writer.resources, pages, title or output.stem)
        digest = writer.add_bytes("datapackage.json", package, listed=False)
        proof = {"path": "datapackage.json", "hash": digest}
        writer.add_bytes("datapackage-digest.json", json.dumps(proof).encode(), listed=False)
    return len(pages)


def _datapackage(resources: list[Resource], pages: list[dict[str, str]], title: str) -> bytes:
    now = utc_now()
    package: dict[str, Any] = {
        "profile": "data-package",
        "wacz_version": WACZ_VERSION,
        "title": title,
        "created": now,
        "modified": now,
        "software": software(),
        "resources": [resource.to_json() for resource in resources],
    }
    if pages:
        package["mainPageUrl"] = pages[0]["url"]
        package["mainPageDate"] = pages[0]["ts"]
    return json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")

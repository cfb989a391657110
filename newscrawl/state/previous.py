"""The version a revisit compares with, read by the same newscrawl as the version it finds.

A revisit that finds a field changed must tell an editor's change from newscrawl's own: an
upgrade that reads a page differently (a better byline rule, a caption no longer in the text)
would otherwise show every article it touches as edited. So the state keeps, with the digests of
the version last read, where that version's capture is in the WARC files (`capture_of`) and
which newscrawl read it (`extractor_id`). A revisit reads the capture again with the present
code (`PreviousVersions`) and compares with that. Only when there is no capture to read does it
fall back on the stored digests, and a change found then says whether they came from another
newscrawl (`extraction_changed` in the changes feed).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

import newscrawl
from newscrawl.archive.remote import NotARecord, response_at
from newscrawl.charsets import DEFAULT_FALLBACKS
from newscrawl.extract import extract_article
from newscrawl.pages.profile import Profile

logger = logging.getLogger(__name__)

_PACKAGE = Path(newscrawl.__file__).resolve().parent


@cache
def extractor_id() -> str:
    """What read the page: newscrawl's version and the digest of its files, with the versions
    of what they read through (Python's Unicode tables, lxml and libxml2). Two crawls with the
    same id read the same bytes the same way."""
    python = ".".join(map(str, sys.version_info[:3]))
    lxml = ".".join(map(str, etree.LXML_VERSION))
    libxml2 = ".".join(map(str, etree.LIBXML_VERSION))
    return (
        f"newscrawl/{newscrawl.__version__}+{files_digest(_PACKAGE)}"
        f" python/{python} lxml/{lxml} libxml2/{libxml2}"
    )


def files_digest(directory: Path) -> str:
    """A digest of the files under `directory` and their names (compiled bytecode left out:
    it follows the sources), short enough to read."""
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


_POINTER = ("file", "offset", "record_id")


def capture_of(warc: object, directory: Path | None) -> str | None:
    """Where a version's capture is, as the state keeps it (JSON): the exported `warc` pointer
    and the WARC directory it is in; None when the version was not archived."""
    if directory is None or not isinstance(warc, Mapping) or not warc.get("file"):
        return None
    where = {"dir": str(directory.resolve()), **{k: warc.get(k) for k in _POINTER}}
    return json.dumps(where, ensure_ascii=False, sort_keys=True)


def capture_file(capture: Mapping[str, Any], also_in: Path | None) -> Path:
    """The WARC file that holds a capture: where it was written or, when it is gone from
    there, the same name in `also_in` (file names are unique: prefix, time, serial, so an
    archive moved whole still holds it)."""
    written = Path(capture["dir"], capture["file"])
    if written.is_file() or also_in is None:
        return written
    moved = also_in / capture["file"]
    return moved if moved.is_file() else written


class PreviousVersions:
    """Captures of versions the state holds, read again as the crawl reads a page now."""

    def __init__(
        self,
        profile: Profile | None,
        warc_dir: Path | None,
        count: Callable[[str], None],
        fallback_charsets: Sequence[str] = DEFAULT_FALLBACKS,
    ) -> None:
        self.profile = profile  # the spider's: the replica or a mirror is not at the portal's host
        self.warc_dir = warc_dir  # this run's: where an archive moved is looked for too
        self._count = count  # a stat under newscrawl/state/previous/
        self.fallback_charsets = fallback_charsets  # the crawl's, as its pages are read

    def read_by(self, warc: object) -> tuple[str | None, str]:
        """What the state keeps of a version this run read, beside its digests: where its
        capture is (its `warc` pointer in this run's directory) and what read it."""
        return capture_of(warc, self.warc_dir), extractor_id()

    def read(self, capture: str | None) -> dict[str, Any] | None:
        """The article the capture holds, read by this newscrawl; None when there is none, or
        it cannot be read (a warning says why)."""
        if capture is None:
            return None
        where = json.loads(capture)
        path = capture_file(where, self.warc_dir)
        try:
            response = response_at(path, int(where["offset"]))
            if response.record_id != where["record_id"]:
                raise NotARecord(f"the record there is {response.record_id or 'none'}")
            content_type = _header(response.headers, b"content-type")
            article = extract_article(
                response.body,
                response.target,
                profile=self.profile,
                content_type=content_type,
                fallback_charsets=self.fallback_charsets,
            )
        except Exception as exc:  # a lost file, a moved offset, a page layer crash: the digests
            self._count("previous/unreadable")
            logger.warning(
                "The capture of %s at %s (offset %s) cannot be read again (%s): the revisit"
                " compares with the digests the state keeps",
                where.get("record_id"),
                path,
                where.get("offset"),
                exc,
            )
            return None
        self._count("previous/reread")
        return dict(article)


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None

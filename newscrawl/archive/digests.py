"""Payload digests, and the index of what is already archived in a WARC directory.

The index (`newscrawl-digests.sqlite3` beside the WARC files) maps a payload digest to the first
capture that stored those bytes, so a later crawl into the same directory writes a `revisit`
record instead of a second copy. Entries are committed only once their WARC file is closed (and
renamed): the index never points into an unfinished `.open` file, and a crawl killed hard
loses only the entries of its last file, which then get stored again in full, never lost.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

INDEX_NAME = "newscrawl-digests.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS captures (
    digest TEXT PRIMARY KEY,
    uri TEXT NOT NULL,
    date TEXT NOT NULL,
    record_id TEXT NOT NULL,
    file TEXT NOT NULL,
    offset INTEGER NOT NULL
)
"""


# Every pair of base32 digits (RFC 4648): a 160-bit SHA-1 is 16 pairs, read off one integer.
# Three times faster than base64.b32encode (pure Python in 3.11); there are three per exchange.
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_PAIRS = [a + b for a in _BASE32 for b in _BASE32]


def sha1_digest(digest: hashlib._Hash) -> str:
    """`sha1:` + base32, the form warcio writes and checks (and pywb indexes)."""
    n = int.from_bytes(digest.digest(), "big")
    return "sha1:" + "".join([_PAIRS[(n >> shift) & 1023] for shift in range(150, -1, -10)])


def payload_digest(payload: bytes) -> str:
    return sha1_digest(hashlib.sha1(payload)) if payload else _EMPTY


_EMPTY = sha1_digest(hashlib.sha1())  # most requests have no body


@dataclass(frozen=True, slots=True)
class Capture:
    """Where a payload was first stored: enough to write a revisit and to find the bytes."""

    digest: str
    uri: str
    date: str
    record_id: str
    file: str
    offset: int


class DigestIndex:
    def __init__(self, directory: Path) -> None:
        self.path = directory / INDEX_NAME
        # The crawl writes from the reactor thread only; reparse may read from another tool.
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute(_SCHEMA)
        self._pending: dict[str, Capture] = {}

    def lookup(self, digest: str) -> Capture | None:
        pending = self._pending.get(digest)
        if pending is not None:
            return pending
        row = self._db.execute(
            "SELECT digest, uri, date, record_id, file, offset FROM captures WHERE digest = ?",
            (digest,),
        ).fetchone()
        return Capture(*row) if row else None

    def add(self, capture: Capture) -> None:
        """Remember a capture of the file being written; `commit` once that file is closed."""
        self._pending.setdefault(capture.digest, capture)

    def commit(self, file: str) -> int:
        """Persist the captures stored in `file`, now closed. Returns how many."""
        done = [c for c in self._pending.values() if c.file == file]
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR IGNORE INTO captures VALUES (?, ?, ?, ?, ?, ?)",
                [(c.digest, c.uri, c.date, c.record_id, c.file, c.offset) for c in done],
            )
        for capture in done:
            del self._pending[capture.digest]
        return len(done)

    def close(self) -> None:
        self._db.close()


def find_capture(directory: Path, record_id: str) -> Capture | None:
    """The capture with this record id in the directory's index, if there is one."""
    path = directory / INDEX_NAME
    if not path.is_file():
        return None
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        row = db.execute(
            "SELECT digest, uri, date, record_id, file, offset FROM captures WHERE record_id = ?",
            (record_id,),
        ).fetchone()
    return Capture(*row) if row else None

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

_COLUMNS = """(
    digest TEXT PRIMARY KEY,
    uri TEXT NOT NULL,
    date TEXT NOT NULL,
    record_id TEXT NOT NULL,
    file TEXT NOT NULL,
    offset INTEGER NOT NULL
)"""
_SCHEMA = f"CREATE TABLE IF NOT EXISTS captures {_COLUMNS}"
# The captures of files still being written: in the connection's own temporary database, which
# no other crawl or tool sees and which is gone when the crawl ends however it ends, and whose
# pages SQLite caches within a bounded budget, spilling the rest to disk. Held in a dict, they
# grew with a file of small records until its size limit (about 400 bytes each).
_PENDING_SCHEMA = f"CREATE TEMP TABLE pending {_COLUMNS}"
# A payload is in one of the two tables at most: a capture is added only when no lookup found
# its payload, and committing moves it; so one statement asks both.
_LOOKUP = " UNION ALL ".join(
    f"SELECT digest, uri, date, record_id, file, offset FROM {table} WHERE digest = ?1"
    for table in ("temp.pending", "main.captures")
)


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
        self._db.execute(_PENDING_SCHEMA)

    def lookup(self, digest: str) -> Capture | None:
        row = self._db.execute(_LOOKUP, (digest,)).fetchone()
        return Capture(*row) if row else None

    def add(self, capture: Capture) -> None:
        """Remember a capture of the file being written; `commit` once that file is closed.
        The first capture of a payload is the one kept."""
        row = (capture.digest, capture.uri, capture.date, capture.record_id, capture.file)
        self._db.execute(
            "INSERT OR IGNORE INTO temp.pending VALUES (?, ?, ?, ?, ?, ?)", (*row, capture.offset)
        )

    def commit(self, file: str) -> int:
        """Persist the captures stored in `file`, now closed. Returns how many."""
        with self._db:
            self._db.execute("BEGIN")
            done = self._db.execute(
                "INSERT OR IGNORE INTO captures SELECT * FROM temp.pending WHERE file = ?", (file,)
            ).rowcount
            self._db.execute("DELETE FROM temp.pending WHERE file = ?", (file,))
        return done

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

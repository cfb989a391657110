"""The pictures archived articles show, archived or still to archive (docs/archive.md).

An article is archived once, and a scheduled run never fetches it again; so a picture whose
fetch failed (its host down for the night) or never came (the run was killed first) would be
lost for good if the run that exported its article were its only chance. Each picture is
written here before it is asked for, marked once archived, and counted when a run fails to
fetch it: every later run that archives pictures asks again for those not archived, until
NEWSCRAWL_STATE_MAX_FAILED_RUNS runs have failed to fetch one. A revisit that finds an article
edited asks only for the pictures this table does not hold (`known`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from newscrawl.state.columns import add_missing_columns
from newscrawl.utc import utc_now

SCHEMA = """
CREATE TABLE IF NOT EXISTS pictures (
    site TEXT NOT NULL,
    -- the picture's address as its article shows it (a crawl of a mirror fetches it there)
    url TEXT NOT NULL,
    article_id TEXT NOT NULL,
    first_wanted TEXT NOT NULL,
    -- how many runs failed to fetch it, the last of them, and why
    failed_runs INTEGER NOT NULL DEFAULT 0,
    last_run INTEGER,
    reason TEXT,
    -- NULL until archived (states written before kept only the pictures still to archive)
    archived_at TEXT,
    PRIMARY KEY (site, url)
);
"""


Statements = Iterable[tuple[str, tuple[Any, ...]]]
_VARIABLES_A_QUERY = 900  # addresses, with the site one more: under old builds' 999


class PictureStore:
    """The `pictures` table of the state database (`StateStore.pictures`)."""

    def __init__(self, db: sqlite3.Connection, transaction: Callable[[Statements], None]) -> None:
        self.db = db
        self._transaction = transaction  # `StateStore._tx`: the statements, committed as one
        self.db.executescript(SCHEMA)
        add_missing_columns(self.db, "pictures", ["archived_at"])

    def want(self, site: str, article_id: str, urls: Iterable[str]) -> None:
        """The article's pictures, about to be asked for (one transaction)."""
        now = utc_now()
        insert = (
            "INSERT INTO pictures (site, url, article_id, first_wanted) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (site, url) DO NOTHING"
        )
        statements = [(insert, (site, url, article_id, now)) for url in urls]
        if statements:
            self._transaction(statements)

    def count(self) -> int:
        """How many pictures, of every site, no run has archived yet."""
        row = self.db.execute("SELECT count(*) FROM pictures WHERE archived_at IS NULL")
        return int(row.fetchone()[0])

    def known(self, site: str, urls: Iterable[str]) -> set[str]:
        """Those of `urls` (as articles show them) wanted or archived already."""
        listed = list(dict.fromkeys(urls))
        found: set[str] = set()
        # In chunks: SQLite takes at most 999 variables a statement in builds before 3.32, and
        # the pictures a crawl's pages showed are asked about by the thousand.
        for start in range(0, len(listed), _VARIABLES_A_QUERY):
            chunk = listed[start : start + _VARIABLES_A_QUERY]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT url FROM pictures WHERE site = ? AND url IN ({marks})", (site, *chunk)
            )
            found.update(row[0] for row in rows)
        return found

    def archived(self, site: str, url: str) -> None:
        self.db.execute(
            "UPDATE pictures SET archived_at = ? WHERE site = ? AND url = ?",
            (utc_now(), site, url),
        )

    def failed(self, run_id: int, site: str, url: str, reason: str) -> None:
        """One more run failed to fetch the picture (counted once per run)."""
        self.db.execute(
            "UPDATE pictures SET reason = ?, failed_runs = failed_runs"
            " + (CASE WHEN last_run IS ? THEN 0 ELSE 1 END), last_run = ?"
            " WHERE site = ? AND url = ? AND archived_at IS NULL",
            (reason, run_id, run_id, site, url),
        )

    def unarchived(self, site: str, max_failed_runs: int) -> list[tuple[str, str]]:
        """(article id, url) of the pictures still to archive, but those failed in
        `max_failed_runs` runs already (0: none is given up)."""
        limit = max_failed_runs if max_failed_runs > 0 else None
        rows = self.db.execute(
            "SELECT article_id, url FROM pictures WHERE site = ? AND archived_at IS NULL"
            " AND (? IS NULL OR failed_runs < ?) ORDER BY first_wanted, url",
            (site, limit, limit),
        )
        return [(row[0], row[1]) for row in rows]

"""What the state knows of each archived article's last version, and the edits and takedowns
that revisits find (docs/scheduled-runs.md, "Edits and takedowns").

An article is exported once; a revisit (NEWSCRAWL_REVISIT_DAYS, NEWSCRAWL_REVISIT_STALEST: the
articles whose last visit is the oldest, `stalest`) reads it again. When what it
says differs from the version last read, the change is recorded here (and in the changes feed,
`state/changes.py`) and the new version becomes the one later revisits compare with. When the
portal no longer serves it, it is marked removed until a revisit reads it again (restored).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from newscrawl.state.columns import add_missing_columns
from newscrawl.state.digest import content_digest, field_digests

SCHEMA = """
CREATE TABLE IF NOT EXISTS changes (
    site TEXT NOT NULL,
    article_id TEXT NOT NULL,
    -- edited | removed | restored
    change TEXT NOT NULL,
    -- edited, restored: the fields that changed, as a JSON list (NULL: its title, lead or
    -- body, the state not telling which); removed: NULL
    fields TEXT,
    -- removed: why the article is taken for gone (http_404, http_410, soft_404, redirected)
    reason TEXT,
    observed_at TEXT NOT NULL,
    run_id INTEGER NOT NULL
);
"""
# Columns of `articles` younger than the table: a state written before gains them on opening.
_NEW_ARTICLE_COLUMNS = ("field_digests", "removed_at", "last_revisited", "capture", "extractor")

Change = Literal["edited", "removed", "restored"]
Statements = Iterable[tuple[str, tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class KnownVersion:
    """The version of an article the state last read."""

    content_digest: str | None
    field_digests: dict[str, str] | None
    last_fetched: str | None
    removed_at: str | None
    # where its capture is in the WARC files, and what read it (state/previous.py)
    capture: str | None = None
    extractor: str | None = None


class VersionStore:
    """The `changes` table, and the versions in `articles` (`StateStore.versions`)."""

    def __init__(self, db: sqlite3.Connection, transaction: Callable[[Statements], None]) -> None:
        self.db = db
        self._transaction = transaction  # `StateStore._tx`: the statements, committed as one
        self.db.executescript(SCHEMA)
        add_missing_columns(self.db, "articles", _NEW_ARTICLE_COLUMNS)

    def known(self, site: str, article_id: str) -> KnownVersion | None:
        row = self.db.execute(
            "SELECT content_digest, field_digests, last_fetched, removed_at, capture, extractor"
            " FROM articles"
            " WHERE site = ? AND article_id = ? AND exported_run IS NOT NULL",
            (site, article_id),
        ).fetchone()
        if row is None:
            return None
        digests = json.loads(row[1]) if row[1] else None
        return KnownVersion(row[0], digests, row[2], row[3], row[4], row[5])

    def read_again(
        self,
        run_id: int,
        site: str,
        article_id: str,
        article: Mapping[str, object],
        observed_at: str,
        change: tuple[Change, list[str] | None] | None,
        read_by: tuple[str | None, str],
    ) -> None:
        """The article as a revisit read it becomes the version to compare with; `change`
        (edited or restored, and the fields that changed) is recorded with it; `read_by` is
        where its capture is and what read it (`previous.capture_of`, `extractor_id`)."""
        statements: list[tuple[str, tuple[Any, ...]]] = [
            (
                "UPDATE articles SET content_digest = ?, field_digests = ?, last_fetched = ?,"
                " last_revisited = ?, removed_at = NULL, capture = ?, extractor = ?"
                " WHERE site = ? AND article_id = ?",
                (
                    content_digest(article),
                    json.dumps(field_digests(article), sort_keys=True),
                    observed_at,
                    observed_at,
                    *read_by,
                    site,
                    article_id,
                ),
            )
        ]
        if change is not None:
            kind, fields = change
            listed = json.dumps(fields) if fields is not None else None
            statements.append(
                _change_row(run_id, site, article_id, kind, listed, None, observed_at)
            )
        self._transaction(statements)

    def gone(self, run_id: int, site: str, article_id: str, reason: str, observed_at: str) -> None:
        """A revisit found the article no longer served."""
        mark = (
            "UPDATE articles SET removed_at = ?, last_revisited = ?"
            " WHERE site = ? AND article_id = ?",
            (observed_at, observed_at, site, article_id),
        )
        row = _change_row(run_id, site, article_id, "removed", None, reason, observed_at)
        self._transaction([mark, row])

    def still_gone(self, site: str, article_id: str, observed_at: str) -> None:
        """A revisit found the article still removed: its turn in `stalest` comes later."""
        self.db.execute(
            "UPDATE articles SET last_revisited = ? WHERE site = ? AND article_id = ?",
            (observed_at, site, article_id),
        )

    def stalest(self, site: str, limit: int) -> list[tuple[str, str]]:
        """(article id, address) of the `limit` archived articles whose last visit (revisit,
        or the fetch that archived them) is the oldest."""
        rows = self.db.execute(
            "SELECT article_id, coalesce(canonical_url, url) FROM articles"
            " WHERE site = ? AND exported_run IS NOT NULL"
            " ORDER BY coalesce(last_revisited, last_fetched, first_seen), article_id LIMIT ?",
            (site, limit),
        )
        return [(row[0], row[1]) for row in rows]

    def unexamined(self) -> dict[int, set[tuple[str, str]]]:
        """Run -> (site, article id) of the articles it exported whose version the state keeps
        without saying what read it nor where its capture is (state/backfill.py)."""
        rows = self.db.execute(
            "SELECT exported_run, site, article_id FROM articles WHERE exported_run IS NOT NULL"
            " AND capture IS NULL AND extractor IS NULL"
        )
        found: dict[int, set[tuple[str, str]]] = {}
        for run_id, site, article_id in rows:
            found.setdefault(int(run_id), set()).add((site, article_id))
        return found

    def examined(
        self, keys: Iterable[tuple[str, str]], captures: Mapping[tuple[str, str], str], what: str
    ) -> None:
        """Record the captures found for articles `unexamined` returned, and `what` read them."""
        statements: list[tuple[str, tuple[Any, ...]]] = [
            (
                "UPDATE articles SET extractor = ? WHERE site = ? AND article_id = ?"
                " AND extractor IS NULL",
                (what, site, article_id),
            )
            for site, article_id in keys
        ]
        statements += [
            ("UPDATE articles SET capture = ? WHERE site = ? AND article_id = ?", (capture, *key))
            for key, capture in captures.items()
        ]
        self._transaction(statements)

    def captures(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(site, article id, capture) of every archived article whose last version is in the
        WARC files (`state/previous.py`)."""
        rows = self.db.execute(
            "SELECT site, article_id, capture FROM articles"
            " WHERE exported_run IS NOT NULL AND capture IS NOT NULL ORDER BY site, article_id"
        )
        return [(row[0], row[1], json.loads(row[2])) for row in rows]

    def changes(self, site: str) -> list[tuple[str, Change, list[str] | None, str | None]]:
        """(article id, change, fields, reason) in the order recorded."""
        rows = self.db.execute(
            "SELECT article_id, change, fields, reason FROM changes WHERE site = ? ORDER BY rowid",
            (site,),
        )
        return [(r[0], r[1], json.loads(r[2]) if r[2] else None, r[3]) for r in rows]


def _change_row(
    run_id: int,
    site: str,
    article_id: str,
    change: Change,
    fields: str | None,
    reason: str | None,
    observed_at: str,
) -> tuple[str, tuple[Any, ...]]:
    return (
        "INSERT INTO changes (site, article_id, change, fields, reason, observed_at, run_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (site, article_id, change, fields, reason, observed_at, run_id),
    )

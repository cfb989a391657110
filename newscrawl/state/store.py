"""The crawl's memory between runs: an SQLite database in NEWSCRAWL_STATE_DIR.

SQLite in WAL mode commits atomically and survives the process being killed at any moment;
every write here is one short transaction. What it knows: every article seen (and whether it
was exported, by which run), each run's manifest, each view-count observation, and the pictures
of archived articles still to archive (`state/pictures.py`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.state.pictures import PictureStore
from newscrawl.state.schema import SCHEMA
from newscrawl.state.versions import VersionStore
from newscrawl.utc import utc_now

STATE_FILE = "state.sqlite"


@dataclass(frozen=True, slots=True)
class Run:
    id: int
    spider: str
    started_at: str
    status: str
    complete: bool
    feeds: list[str]
    report: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class ExportedArticle:
    site: str
    article_id: str
    url: str
    canonical_url: str | None
    published_at: str | None
    content_digest: str | None
    view_count: int | None
    field_digests: str | None = None  # JSON: state/digest.py
    capture: str | None = None  # JSON: state/previous.py
    extractor: str | None = None


class StateStore:
    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / STATE_FILE
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        # NORMAL keeps every commit across a process kill; only an OS crash may lose the last.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.pictures = PictureStore(self.db, self._tx)
        self.versions = VersionStore(self.db, self._tx)

    def close(self) -> None:
        self.db.close()

    def _tx(self, statements: Iterable[tuple[str, tuple[Any, ...]]]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in statements:
                self.db.execute(sql, params)
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- runs -------------------------------------------------------------------------------

    def start_run(self, spider: str, args: dict[str, Any]) -> int:
        cursor = self.db.execute(
            "INSERT INTO runs (spider, started_at, status, args) VALUES (?, ?, 'running', ?)",
            (spider, utc_now(), json.dumps(args, sort_keys=True)),
        )
        return int(cursor.lastrowid or 0)

    def set_feeds(self, run_id: int, feeds: list[str]) -> None:
        self.db.execute("UPDATE runs SET feeds = ? WHERE id = ?", (json.dumps(feeds), run_id))

    def finish_run(self, run_id: int, status: str, complete: bool, report: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, status = ?, complete = ?, report = ? WHERE id = ?",
            (utc_now(), status, int(complete), json.dumps(report, ensure_ascii=False), run_id),
        )

    def mark_killed(self, run_id: int) -> None:
        self.db.execute("UPDATE runs SET status = 'killed' WHERE id = ?", (run_id,))

    def runs(self, spider: str | None) -> list[Run]:
        """The runs of `spider` (None: of every spider), oldest first."""
        rows = self.db.execute(
            "SELECT id, spider, started_at, status, complete, feeds, report FROM runs"
            " WHERE ? IS NULL OR spider = ? ORDER BY id",
            (spider, spider),
        )
        return [
            Run(r[0], r[1], r[2], r[3], bool(r[4]), json.loads(r[5]), json.loads(r[6] or "null"))
            for r in rows
        ]

    def last_complete_run(self, spider: str, before: int) -> int | None:
        row = self.db.execute(
            "SELECT max(id) FROM runs WHERE spider = ? AND complete = 1 AND id < ?",
            (spider, before),
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    # -- articles ---------------------------------------------------------------------------

    def exported_before(self, site: str, upto_run: int | None) -> set[str]:
        """Ids exported by runs up to `upto_run` (all runs when None)."""
        sql = "SELECT article_id FROM articles WHERE site = ? AND exported_run IS NOT NULL"
        params: tuple[Any, ...] = (site,)
        if upto_run is not None:
            sql += " AND exported_run <= ?"
            params = (site, upto_run)
        return {row[0] for row in self.db.execute(sql, params)}

    def exported(self) -> dict[tuple[str, str], int]:
        """(site, article id) -> the run that exported it, for every archived article."""
        rows = self.db.execute(
            "SELECT site, article_id, exported_run FROM articles WHERE exported_run IS NOT NULL"
        )
        return {(row[0], row[1]): int(row[2]) for row in rows}

    def pending(self, site: str) -> list[tuple[str, str]]:
        """(article id, url) of articles discovered but never exported: the frontier."""
        rows = self.db.execute(
            "SELECT article_id, url FROM articles WHERE site = ? AND exported_run IS NULL",
            (site,),
        )
        return [(r[0], r[1]) for r in rows]

    def recent(self, site: str, since_date: str) -> list[ExportedArticle]:
        rows = self.db.execute(
            "SELECT site, article_id, url, canonical_url, published_at, content_digest,"
            " view_count FROM articles WHERE site = ? AND exported_run IS NOT NULL"
            " AND published_at >= ? ORDER BY published_at DESC",
            (site, since_date),
        )
        return [ExportedArticle(*row) for row in rows]

    def record_export(
        self,
        run_id: int,
        article: ExportedArticle,
        fetched_at: str,
        discovered: Iterable[tuple[str, str]] = (),
    ) -> None:
        """One transaction: the article is archived, and the links it held join the frontier."""
        statements: list[tuple[str, tuple[Any, ...]]] = [
            (
                "INSERT INTO articles (site, article_id, url, canonical_url, first_seen,"
                " last_fetched, published_at, content_digest, field_digests, view_count,"
                " exported_run, capture, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (site, article_id) DO UPDATE SET url = excluded.url,"
                " canonical_url = excluded.canonical_url, last_fetched = excluded.last_fetched,"
                " published_at = excluded.published_at,"
                " content_digest = excluded.content_digest,"
                " field_digests = excluded.field_digests, view_count = excluded.view_count,"
                " capture = excluded.capture, extractor = excluded.extractor,"
                " exported_run = coalesce(articles.exported_run, excluded.exported_run)",
                (
                    article.site,
                    article.article_id,
                    article.url,
                    article.canonical_url,
                    fetched_at,
                    fetched_at,
                    article.published_at,
                    article.content_digest,
                    article.field_digests,
                    article.view_count,
                    run_id,
                    article.capture,
                    article.extractor,
                ),
            )
        ]
        statements += [
            (
                "INSERT INTO articles (site, article_id, url, first_seen) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (site, article_id) DO NOTHING",
                (article.site, link_id, link_url, fetched_at),
            )
            for link_id, link_url in discovered
        ]
        statements.append(
            (
                "DELETE FROM failures WHERE site = ? AND article_id = ?",
                (article.site, article.article_id),
            )
        )
        self._tx(statements)

    def record_failure(
        self, run_id: int, site: str, article_id: str, url: str, reason: str
    ) -> None:
        """One more run failed to fetch the article (counted once per run)."""
        self.db.execute(
            "INSERT INTO failures (site, article_id, url, reason, failed_runs, last_run,"
            " last_failed_at) VALUES (?, ?, ?, ?, 1, ?, ?)"
            " ON CONFLICT (site, article_id) DO UPDATE SET url = excluded.url,"
            " reason = excluded.reason, last_failed_at = excluded.last_failed_at,"
            " failed_runs = failures.failed_runs"
            " + (CASE WHEN failures.last_run = excluded.last_run THEN 0 ELSE 1 END),"
            " last_run = excluded.last_run",
            (site, article_id, url, reason, run_id, utc_now()),
        )

    def failed_runs(self, site: str) -> dict[str, int]:
        """Article id -> how many runs failed to fetch it, for articles never exported since."""
        rows = self.db.execute(
            "SELECT article_id, failed_runs FROM failures WHERE site = ?", (site,)
        )
        return {row[0]: int(row[1]) for row in rows}

    def watermark(self, site: str, upto_run: int) -> str | None:
        """The newest publication day among articles exported up to `upto_run`."""
        row = self.db.execute(
            "SELECT max(substr(published_at, 1, 10)) FROM articles"
            " WHERE site = ? AND exported_run <= ? AND published_at IS NOT NULL",
            (site, upto_run),
        ).fetchone()
        return str(row[0]) if row and row[0] else None

    def record_view(
        self, run_id: int, site: str, article_id: str, view_count: int, observed_at: str
    ) -> None:
        self._tx(
            [
                (
                    "INSERT INTO views (site, article_id, view_count, observed_at, run_id)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (site, article_id, view_count, observed_at, run_id),
                ),
                (
                    "UPDATE articles SET view_count = ? WHERE site = ? AND article_id = ?",
                    (view_count, site, article_id),
                ),
            ]
        )

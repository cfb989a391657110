"""The edits and takedowns that revisits find, in the state and in the changes feed.

A revisit (NEWSCRAWL_REVISIT_DAYS, NEWSCRAWL_REVISIT_STALEST) reads an archived article again.
The feed (`changes.jsonl` in the state directory, or NEWSCRAWL_CHANGES_FILE) gets one line each
time an article is found edited, removed or back again (restored), carrying the new version
whole: the export holds each article once, as first archived, and the feed every later version.
An article found removed again by later runs is counted, not written again. A line is written
before the state records it: a run killed between the two writes it again, never loses it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from newscrawl.items import ArticleGone
from newscrawl.state.digest import changed_fields, differing, field_digests
from newscrawl.state.previous import PreviousVersions, extractor_id
from newscrawl.state.runtime import CrawlState
from newscrawl.state.versions import Change, KnownVersion
from newscrawl.utc import utc_now

logger = logging.getLogger(__name__)


class JsonLines:
    """An append-only JSONL file, opened on the first line and flushed after each."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def write(self, line: dict[str, Any]) -> None:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("a", encoding="utf-8")
        self._file.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class Revisits:
    """Compares what a revisit read with the version the state holds, both read by this
    newscrawl where the WARC files allow (`state/previous.py`)."""

    def __init__(
        self, feed: JsonLines, previous: PreviousVersions, count: Callable[[str], None]
    ) -> None:
        self.feed = feed
        self.previous = previous
        self._count = count  # a stat under newscrawl/state/

    def read(self, state: CrawlState, article: dict[str, Any]) -> Change | None:
        """Record `article`, as a revisit read it, as the latest version; returns the change."""
        article_id = str(article["article_id"])
        known = state.store.versions.known(state.site, article_id)
        observed = str(article.get("fetched_at") or utc_now())
        if known is None:  # exported under another id, or its row is gone: nothing to compare
            return None
        fields, extraction_changed = self._compare(article, known)
        change: Change | None = None
        if known.removed_at is not None:
            change = "restored"
        elif fields is None or fields:
            change = "edited"
        if change is not None:
            # The line first: a kill before the state's commit repeats it next run rather
            # than lose the only copy of the new version outside the WARC files.
            self._count(f"changes/{change}")
            line = _line(state.site, article_id, change, observed, known.last_fetched)
            line |= {"url": article.get("url"), "fields": fields}
            self.feed.write(line | {"extraction_changed": extraction_changed, "article": article})
        recorded = (change, fields) if change is not None else None
        read_by = self.previous.read_by(article.get("warc"))
        state.store.versions.read_again(
            state.run_id, state.site, article_id, article, observed, recorded, read_by
        )
        return change

    def _compare(
        self, article: dict[str, Any], known: KnownVersion
    ) -> tuple[list[str] | None, bool]:
        """The fields that changed, and whether the version compared with was read by another
        newscrawl: its capture read again when it can be, else its digests."""
        previous = self.previous.read(known.capture)
        if previous is None:
            fields = changed_fields(article, known.field_digests, known.content_digest)
            return fields, known.extractor != extractor_id()
        then = field_digests(previous)
        if known.field_digests and differing(then, known.field_digests):
            # An extraction change, not an edit: this newscrawl reads the old capture otherwise.
            self._count("previous/read_differently")
        return changed_fields(article, then, None), False

    def gone(self, state: CrawlState, gone: ArticleGone) -> bool:
        """Record a takedown; False when an earlier run already found the article gone."""
        known = state.store.versions.known(state.site, gone.article_id)
        if known is None:
            return False
        if known.removed_at is not None:
            self._count("still_removed")
            state.store.versions.still_gone(state.site, gone.article_id, gone.observed_at)
            return False
        observed = gone.observed_at
        self._count("changes/removed")
        line = _line(state.site, gone.article_id, "removed", observed, known.last_fetched)
        self.feed.write(
            {**line, "url": gone.url, "reason": gone.reason, "final_url": gone.final_url}
        )
        state.store.versions.gone(state.run_id, state.site, gone.article_id, gone.reason, observed)
        logger.warning(
            "Article %s is gone from the portal (%s%s): recorded in %s",
            gone.article_id,
            gone.reason,
            f", now {gone.final_url}" if gone.final_url else "",
            self.feed.path,
        )
        return True


def _line(
    site: str, article_id: str, change: Change, observed_at: str, previous: str | None
) -> dict[str, Any]:
    """A line of the changes feed, every field present (`schema.sql.CHANGE_COLUMNS`)."""
    return {
        "site": site,
        "article_id": article_id,
        "url": None,
        "change": change,
        "observed_at": observed_at,
        # edited, restored: the compared fields that differ from the version read before
        # (None: its title, lead or body, the state not telling which)
        "fields": None,
        # edited, restored: true when the version compared with was read by another newscrawl
        # (another release, or other lxml or Python) and its capture could not be read again,
        # so a listed field may differ because newscrawl reads it otherwise (state/previous.py)
        "extraction_changed": None,
        # removed: why the article is taken for gone (`items.ArticleGone.reason`)
        "reason": None,
        "final_url": None,
        # when the version compared with was fetched (its capture in the WARC files)
        "previous_fetched_at": previous,
        # edited, restored: the article as read now, as the export writes an article
        "article": None,
    }

"""Adopt what a killed run managed to export before it died.

A run marks an article archived only after its line reached the feed file, but a kill can come
between the two, and can cut the very last line short. Before a new run starts, the feeds of
runs left 'running' are read: complete lines are recorded as exported by that run, a partial
last line is cut off, so the union of all runs' outputs holds each article exactly once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newscrawl.state.digest import content_digest, field_digests
from newscrawl.state.store import ExportedArticle, Run, StateStore

logger = logging.getLogger(__name__)


def trim_partial_line(path: Path) -> int:
    """Cut a last line that a kill left without its newline; returns the bytes removed."""
    size = path.stat().st_size
    if size == 0:
        return 0
    with path.open("rb+") as f:
        f.seek(-1, 2)
        if f.read(1) == b"\n":
            return 0
        data = path.read_bytes()
        keep = data.rfind(b"\n") + 1
        f.truncate(keep)
        return size - keep


def exported_lines(path: Path) -> list[ExportedArticle]:
    return [article_record(item) for item in feed_items(path)]


def feed_items(path: Path) -> Iterator[dict[str, Any]]:
    """The articles of a feed file; a line that is not one (cut short by a kill) is skipped."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                item = json.loads(line)
            except ValueError:
                continue
            if isinstance(item, dict) and item.get("article_id") and item.get("site"):
                yield item


def article_record(
    item: dict[str, object], capture: str | None = None, extractor: str | None = None
) -> ExportedArticle:
    """What the state keeps of an exported article; `capture` and `extractor` as
    `state/previous.py` tells them (None: not known, as for a line a killed run left)."""
    views = item.get("view_count")
    return ExportedArticle(
        site=str(item["site"]),
        article_id=str(item["article_id"]),
        url=str(item.get("url") or ""),
        canonical_url=str(item["canonical_url"]) if item.get("canonical_url") else None,
        published_at=str(item["published_at"]) if item.get("published_at") else None,
        content_digest=content_digest(item),
        field_digests=json.dumps(field_digests(item), sort_keys=True),
        view_count=views if isinstance(views, int) else None,
        capture=capture,
        extractor=extractor,
    )


def adopt_killed_runs(store: StateStore, spider: str, current_run: int) -> int:
    """Reconcile every earlier run of `spider` that never finished; returns articles adopted."""
    adopted = 0
    for run in store.runs(spider):
        if run.id >= current_run or run.status != "running":
            continue
        adopted += _adopt(store, run)
        store.mark_killed(run.id)
    return adopted


def _adopt(store: StateStore, run: Run) -> int:
    adopted = 0
    exported: dict[str, set[str]] = {}
    for feed in run.feeds:
        path = Path(feed)
        if not path.is_file():
            continue
        cut = trim_partial_line(path)
        if cut:
            logger.warning("Cut a partial last line (%d bytes) from %s", cut, path)
        for article in exported_lines(path):
            known = exported.setdefault(article.site, store.exported_before(article.site, None))
            if article.article_id not in known:
                store.record_export(run.id, article, run.started_at)
                known.add(article.article_id)
                adopted += 1
    if adopted:
        logger.info("Adopted %d articles exported by killed run %d", adopted, run.id)
    return adopted

"""The last pipeline with state on: archived articles are never exported twice, an article is
recorded as archived only once its line is in the feed, and revisits become a time series of
view counts and a feed of edits and takedowns (`state/changes.py`) instead of a second export."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.charsets import DEFAULT_FALLBACKS
from newscrawl.items import ArticleGone, is_exported_article
from newscrawl.pipelines import REVISIT
from newscrawl.state.changes import JsonLines, Revisits
from newscrawl.state.previous import PreviousVersions
from newscrawl.state.reconcile import article_record
from newscrawl.state.runtime import CrawlState, state_for

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class StatePipeline:
    def __init__(
        self, crawler: Crawler, views_path: Path, changes_path: Path, warc_dir: Path | None
    ) -> None:
        self.crawler = crawler
        self.views = JsonLines(views_path)
        profile = getattr(crawler.spider, "profile", None)
        fallbacks = getattr(crawler.spider, "fallback_charsets", DEFAULT_FALLBACKS)
        self.previous = PreviousVersions(profile, warc_dir, self._count, fallbacks)
        self.revisits = Revisits(JsonLines(changes_path), self.previous, self._count)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        directory = crawler.settings.get("NEWSCRAWL_STATE_DIR")
        if not directory:
            raise NotConfigured("NEWSCRAWL_STATE_DIR is not set")
        settings = crawler.settings
        views = settings.get("NEWSCRAWL_VIEWS_FILE") or str(Path(directory, "views.jsonl"))
        changes = settings.get("NEWSCRAWL_CHANGES_FILE") or str(Path(directory, "changes.jsonl"))
        warc_dir = settings.get("NEWSCRAWL_WARC_DIR")
        pipeline = cls(crawler, Path(views), Path(changes), Path(warc_dir) if warc_dir else None)
        # Connected after the feed exporter's handler, so it runs once the line is written.
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    @property
    def state(self) -> CrawlState:
        state = state_for(self.crawler)
        if state is None:
            raise NotConfigured("the state extension is not enabled")
        return state

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticleGone):
            self.revisits.gone(self.state, item)
            raise DropItem(f"article {item.article_id} is gone ({item.reason})", "DEBUG")
        if not is_exported_article(item):
            return item
        if item.pop(REVISIT, False):
            self.revisits.read(self.state, item)
            self._observe(item)
            raise DropItem(f"revisit of {item.get('article_id')} recorded", log_level="DEBUG")
        if item.get("article_id") in self.state.exported:
            self._count("skipped_archived")
            raise DropItem(f"article {item.get('article_id')} is already archived", "DEBUG")
        return item

    def item_scraped(self, item: Any) -> None:
        if not isinstance(item, dict) or not item.get("article_id"):
            return
        state = self.state
        record = article_record(item, *self.previous.read_by(item.get("warc")))
        state.store.record_export(
            state.run_id, record, item.get("fetched_at") or "", state.take_discovered()
        )
        state.exported.add(record.article_id)
        self._count("exported")

    def _observe(self, item: dict[str, Any]) -> None:
        views, observed = item.get("view_count"), item.get("view_count_observed_at")
        if not isinstance(views, int) or not observed:
            self._count("revisit_without_views")
            return
        state = self.state
        state.store.record_view(state.run_id, state.site, str(item["article_id"]), views, observed)
        line = {
            "site": item.get("site"),
            "article_id": item["article_id"],
            "view_count": views,
            "observed_at": observed,
            "url": item.get("url"),
        }
        self.views.write(line)
        self._count("views_observed")

    def _count(self, name: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"newscrawl/state/{name}")

    def spider_closed(self) -> None:
        self.views.close()
        self.revisits.feed.close()

"""Item pipelines: thin adapters around `article.build_article`, one concern each."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from newscrawl.article import build_article
from newscrawl.items import Article, RawArticle, is_exported_article
from newscrawl.pages.urls import article_key

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

# Set on an article fetched again only to observe its view count.
REVISIT = "newscrawl_revisit"

# Fields an analyst can count on; the share of articles having each goes to the stats.
COVERAGE_FIELDS = (
    "body",
    "published_at",
    "authors",
    "view_count",
    "images",
    "lead",
    "category",
)


# What an article must have one of: its text, its standfirst, its pictures.
_CONTENT = ("body", "lead", "images")


class IncompleteArticle(DropItem):
    """An article page without headline or content: not exported, recorded as a failure."""


class _StatsPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        assert crawler.stats is not None
        self.stats: StatsCollector = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)


class NormalizePipeline(_StatsPipeline):
    """RawArticle -> exported article, counting every warning raised on the way."""

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, RawArticle):
            return item
        fetched_at = datetime.fromisoformat(item.fetched_at) if item.fetched_at else None
        article = build_article(item, fetched_at=fetched_at)
        if item.warc is not None:
            article["warc"] = item.warc
        if item.revisit:
            # Marks an article fetched again only for its view count (see state/pipeline.py).
            article[REVISIT] = True  # type: ignore[literal-required]
        for code in article["warnings"]:
            self.stats.inc_value(f"newscrawl/warnings/{code}")
        return article


class ValidatePipeline(_StatsPipeline):
    """Never export an empty article: a page without a headline, or with neither text, lead nor
    pictures, is counted and dropped. (A photo story is its pictures: its body may be empty.)"""

    def process_item(self, item: Any) -> Any:
        if not is_exported_article(item):
            return item
        missing = [] if item.get("title") else ["title"]
        if not any(item.get(field) for field in _CONTENT):
            missing.append("content")
        if missing:
            self.stats.inc_value("newscrawl/articles/dropped_incomplete")
            raise IncompleteArticle(f"article {item.get('url')} has no {' or '.join(missing)}")
        if item.get(REVISIT):
            return item  # a view-count observation, not a new article: coverage is unchanged
        for name in COVERAGE_FIELDS:
            if item.get(name):
                self.stats.inc_value(f"newscrawl/coverage/{name}")
        if any(image.get("caption") for image in item.get("images") or ()):
            self.stats.inc_value("newscrawl/coverage/captions")
        return item


class DeduplicatePipeline(_StatsPipeline):
    """One article, one line: however many URLs led to it within this run."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.seen: set[str] = set()

    def process_item(self, item: Any) -> Any:
        if not is_exported_article(item) or item.get(REVISIT):
            return item
        article: Article = item  # type: ignore[assignment]
        key = _identity(article)
        if key in self.seen:
            self.stats.inc_value("newscrawl/articles/duplicate")
            raise DropItem(f"duplicate article {key} ({article.get('url')})")
        self.seen.add(key)
        self.stats.inc_value("newscrawl/articles/exported")
        return item


def _identity(article: Article) -> str:
    article_id = article.get("article_id")
    if article_id:
        return article_key(article.get("site", ""), article_id)
    return article.get("canonical_url") or article.get("url", "")

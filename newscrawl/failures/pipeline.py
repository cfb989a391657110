"""Writes failure records to the failures feed, and checks that every article is accounted for.

First in ITEM_PIPELINES: a `FailureRecord` is written (NEWSCRAWL_FAILURES_FILE, or with a
state directory `failures/run-NNNNNN.jsonl` beside the run reports), counted
(`newscrawl/failures/{reason}`, `newscrawl/failures_by_kind/{kind}`) and dropped with
`DropItem(log_level="DEBUG")`, so no feed of articles ever receives one, whatever its filters.

The accounting (`ledger.py`) follows every article request the engine schedules to its end:
exported (`item_scraped`), skipped on purpose, or failed. An article the pipelines drop as
incomplete becomes an `empty_body` record; whatever is still open when the crawl closes is
recorded too (`interrupted` when the crawl was stopped, else a hint such as `parse_error` or
`unaccounted`), so the feed and the export together name every article the crawl discovered.

With a state directory, each failed article is also counted per run in the state database,
and one that failed in NEWSCRAWL_STATE_MAX_FAILED_RUNS runs is no longer requested.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.http import Response

from newscrawl.failures import ArticleSkipped, FailureRecord, record_of
from newscrawl.failures.feed import FailureFeed
from newscrawl.failures.ledger import EXPORTED, FAILED, SKIPPED, Ledger
from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.items import is_exported_article
from newscrawl.pipelines import IncompleteArticle
from newscrawl.state.runtime import state_for

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

# Reasons that say nothing about the article itself: they never count toward giving up on it.
NOT_THE_ARTICLES_FAULT = frozenset({"interrupted", "unaccounted"})


class FailuresPipeline:
    def __init__(self, crawler: Crawler) -> None:
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats: StatsCollector = crawler.stats
        self.ledger = Ledger()
        self.feed: FailureFeed | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        pipeline = cls(crawler)
        connect = crawler.signals.connect
        connect(pipeline.spider_opened, signal=signals.spider_opened)
        connect(pipeline.request_scheduled, signal=signals.request_scheduled)
        connect(pipeline.request_dropped, signal=signals.request_dropped)
        connect(pipeline.item_scraped, signal=signals.item_scraped)
        connect(pipeline.item_dropped, signal=signals.item_dropped)
        connect(pipeline.spider_error, signal=signals.spider_error)
        connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def spider_opened(self, spider: Spider) -> None:
        # Opened once the state extension has started the run, whose id may name the file.
        path = self._path()
        if path is not None:
            self.feed = FailureFeed(path)
            logger.info("Failures feed: %s", path)

    def _path(self) -> Path | None:
        explicit = self.crawler.settings.get("NEWSCRAWL_FAILURES_FILE")
        if explicit:
            return Path(explicit)
        state = state_for(self.crawler)
        if state is not None:
            return state.store.path.parent / "failures" / f"run-{state.run_id:06d}.jsonl"
        return None

    # -- items ----------------------------------------------------------------------------

    def process_item(self, item: Any) -> Any:
        if isinstance(item, FailureRecord):
            self.record(item)
            raise DropItem(f"failure recorded: {item.url} ({item.reason})", log_level="DEBUG")
        if isinstance(item, ArticleSkipped):
            self.ledger.settle(item.key, SKIPPED)
            self.stats.inc_value(f"newscrawl/articles/skipped/{item.reason}")
            raise DropItem(f"article {item.key} skipped ({item.reason})", log_level="DEBUG")
        return item

    def record(self, record: FailureRecord) -> None:
        if record.key is not None and not self.ledger.settle(record.key, FAILED):
            self.stats.inc_value("newscrawl/accounting/conflicts")
        self.stats.inc_value(f"newscrawl/failures/{record.reason}")
        self.stats.inc_value(f"newscrawl/failures_by_kind/{record.kind}")
        if self.feed is not None:
            self.feed.write(record)
        logger.info(
            "Failed %s %s: %s (%s)", record.kind, record.url, record.reason, record.detail or "-"
        )
        state = state_for(self.crawler)
        if (
            state is not None
            and record.kind == "article"
            and record.article_id
            and record.reason not in NOT_THE_ARTICLES_FAULT
            # Only the runs that give up on an article count against it: an archive that lacks
            # it says nothing of whether the portal still serves it.
            and getattr(self.crawler.spider, "gives_up", True)
        ):
            state.store.record_failure(
                state.run_id, state.site, record.article_id, record.url, record.reason
            )

    # -- the accounting -------------------------------------------------------------------

    def request_scheduled(self, request: Request) -> None:
        key = request.meta.get(ARTICLE_KEY)
        if isinstance(key, str):
            self.ledger.requested(key, request.url)

    def request_dropped(self, request: Request) -> None:
        key = request.meta.get(ARTICLE_KEY)
        if isinstance(key, str):
            # Mostly a second link to an article already requested, which settles the key;
            # if nothing ever does, this is why (e.g. JOBDIR's requests.seen after a kill).
            detail = "dropped by the duplicate filter and never fetched"
            self.ledger.hint(key, "unaccounted", detail)

    def item_scraped(self, item: Any, response: Response | None) -> None:
        key = _key(response)
        if key is not None and is_exported_article(item):
            self.ledger.settle(key, EXPORTED)

    def item_dropped(self, item: Any, response: Response | None, exception: Exception) -> None:
        key = _key(response)
        if key is None or not is_exported_article(item):
            return
        if isinstance(exception, IncompleteArticle) and isinstance(response, Response):
            request = response.request
            assert request is not None
            self.record(
                record_of(
                    request,
                    "empty_body",
                    kind="article",
                    article_id=item.get("article_id"),
                    last_status=response.status,
                    detail=str(exception),
                    at=response.url,
                )
            )
        else:
            # A duplicate of an article exported under another link, one archived by an
            # earlier run, a view-count revisit: the article itself is accounted for.
            self.ledger.settle(key, EXPORTED)

    def spider_error(self, failure: Failure, response: Response | None) -> None:
        key = _key(response)
        if key is not None:
            self.ledger.hint(key, "parse_error", f"{type(failure.value).__name__}: {failure.value}")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        for left in self.ledger.open():
            if reason != "finished":
                why, detail = "interrupted", f"the crawl closed ({reason}) before it was answered"
            else:
                why = left.hint or "unaccounted"
                detail = left.detail or "requested, but no outcome was recorded"
                if left.hint is None:
                    logger.error(
                        "Article %s (%s) was requested and never settled", left.key, left.url
                    )
            ref = left.key.rsplit("/", 1)[-1]
            self.record(
                FailureRecord(url=left.url, reason=why, article_id=ref, detail=detail, key=left.key)
            )
        for outcome, count in self.ledger.counts().items():
            self.stats.set_value(f"newscrawl/accounting/{outcome}", count)
        if self.feed is not None:
            self.feed.close()


def _key(response: Response | None) -> str | None:
    request = response.request if isinstance(response, Response) else None
    key = request.meta.get(ARTICLE_KEY) if request is not None else None
    return key if isinstance(key, str) else None

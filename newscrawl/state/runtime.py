"""The state of one run, shared by the extension that opens it, the spider and the pipeline.

`state_for(crawler)` returns it (None when NEWSCRAWL_STATE_DIR is unset), so each component
reaches it through the crawler it was built with, Scrapy's way of sharing per-crawl objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from newscrawl.state.store import StateStore

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

_STATES: WeakKeyDictionary[Crawler, CrawlState] = WeakKeyDictionary()


@dataclass
class CrawlState:
    store: StateStore
    run_id: int
    spider: str
    site: str
    # Ids exported by any earlier run: never fetched or exported again.
    exported: set[str]
    # Ids exported up to the last run that walked everything: a listing page whose articles
    # are all in here is behind the frontier. Articles exported by a run that was killed do not
    # count, so the next run walks past them to whatever that run never reached.
    known: set[str]
    # The newest publication date among `known`; the date archive is walked back to it.
    watermark: date | None
    incremental: bool
    overlap_pages: int = 1
    overlap_days: int = 2
    # Article id -> runs that failed to fetch it; from `max_failed_runs` on (0: never) the
    # article is no longer requested (docs/faults.md).
    failed_runs: dict[str, int] = field(default_factory=dict)
    max_failed_runs: int = 3
    # Links seen on pages, waiting to be written with the next transaction (the frontier).
    discovered: dict[str, str] = field(default_factory=dict)

    def wants(self, article_id: str) -> bool:
        """Should this run fetch the article? Only if no run exported it yet (the spider asks
        for each article once per run)."""
        return article_id not in self.exported

    def gave_up(self, article_id: str) -> bool:
        limit = self.max_failed_runs
        return limit > 0 and self.failed_runs.get(article_id, 0) >= limit

    def failed_before(self, article_id: str) -> bool:
        return article_id in self.failed_runs

    def remember(self, links: dict[str, str]) -> None:
        for article_id, url in links.items():
            if article_id not in self.exported:
                self.discovered.setdefault(article_id, url)

    def take_discovered(self) -> list[tuple[str, str]]:
        links = list(self.discovered.items())
        self.discovered.clear()
        return links

    def all_known(self, article_ids: list[str]) -> bool:
        return bool(article_ids) and all(i in self.known for i in article_ids)


def state_for(crawler: Crawler) -> CrawlState | None:
    return _STATES.get(crawler)


def attach(crawler: Crawler, state: CrawlState) -> None:
    _STATES[crawler] = state

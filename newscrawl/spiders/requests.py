"""How the spider turns links into requests: one request per article whatever links to it,
listings walked afresh each run, the frontier and the revisits of a scheduled run."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

import scrapy
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.misc import load_object

from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.pages.profile import Profile
from newscrawl.pages.urls import article_key, article_ref, rebase
from newscrawl.spiders.failures import REVISIT_KWARG
from newscrawl.spiders.links import strip_tracking
from newscrawl.state.runtime import CrawlState, state_for

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from twisted.python.failure import Failure

ARTICLE_PRIORITY = 10  # finish articles before opening more listings: bounded queues
LISTED_DAY = "listed_day"  # meta: the day the listing that linked an article gave it


class FollowsLinks:
    """Mixin of PortalSpider: building the requests, never deciding which pages to read."""

    # Are the articles that earlier runs failed to fetch too often skipped? Not by a spider
    # that reads them from another source (`spiders/wayback.py`): what the portal lost, the
    # archive may hold.
    gives_up: ClassVar[bool] = True

    profile: Profile
    base_url: str
    crawler: Crawler
    settings: BaseSettings
    _listings: set[str]
    _requested: set[str]  # article ids requested in this run
    parse_article: Callable[..., Any]
    parse_archive: Callable[..., Any]
    on_error: Callable[[Failure], Any]
    may_walk_archive: Callable[[], bool]

    @cached_property
    def crawl_state(self) -> CrawlState | None:
        """This run's state (NEWSCRAWL_STATE_DIR), None when the crawl keeps none."""
        return state_for(self.crawler)

    @cached_property
    def asks_past_duplicate_filter(self) -> bool:
        """Do this spider's listings, articles and pictures bypass Scrapy's duplicate filter?

        With state, yes: the store decides, and a killed run's requests must be asked again
        past JOBDIR's `requests.seen`. Without state, whenever the filter would remember no
        more than the spider's own sets (each listing, article and picture asked for once a
        run): its in-memory fingerprints, some 80 bytes each, would only grow the crawl's
        memory with every request. JOBDIR's file (a resumed run) and a filter several
        processes share (a Redis scheduler) remember more, so they are kept."""
        if self.crawl_state is not None:
            return True
        default_filter = load_object(self.settings["DUPEFILTER_CLASS"]) is RFPDupeFilter
        return default_filter and not self.settings.get("JOBDIR")

    def follow_archive(self, url: str, cb_kwargs: dict[str, Any]) -> Iterator[scrapy.Request]:
        if self.may_walk_archive():
            yield from self.follow(url, self.parse_archive, cb_kwargs)

    def follow(
        self, url: str, callback: Any, cb_kwargs: dict[str, Any] | None = None
    ) -> Iterator[scrapy.Request]:
        target = rebase(strip_tracking(url), self.base_url, self.profile)
        if target is None:
            return
        # Each listing once per run, told here rather than by the duplicate filter: the menu
        # and the calendar link the same listings from page after page. With state, listings
        # are walked afresh each run (the frontier decides how far), so the JOBDIR duplicate
        # filter must not hide a listing a killed run had requested.
        if target in self._listings:
            return
        self._listings.add(target)
        yield scrapy.Request(
            target,
            callback=callback,
            errback=self.on_error,
            cb_kwargs=cb_kwargs or {},
            dont_filter=self.asks_past_duplicate_filter,
        )

    def article_ids(self, urls: Iterable[str]) -> dict[str, str]:
        """Article id -> the URL to fetch it at (on the crawled host), for article links."""
        return {article_id: target for article_id, (target, _) in self.article_links(urls).items()}

    def article_links(self, urls: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Article id -> (URL to fetch, the link as found), first link per article."""
        found: dict[str, tuple[str, str]] = {}
        for url in urls:
            target = rebase(strip_tracking(url), self.base_url, self.profile)
            ref = article_ref(target, self.profile) if target else None
            if target and ref:
                found.setdefault(ref.article_id, (target, url))
        return found

    def articles(
        self, urls: Iterable[str], days: dict[str, date | None] | None = None
    ) -> Iterator[scrapy.Request]:
        for article_id, (target, link) in self.article_links(urls).items():
            self.crawler.stats.inc_value("newscrawl/links/article")
            if not self.admits(article_id):
                continue
            meta: dict[str, Any] = {ARTICLE_KEY: article_key(self.profile.site, article_id)}
            day = (days or {}).get(link)
            if day is not None:
                meta[LISTED_DAY] = day.isoformat()
            yield scrapy.Request(
                target,
                callback=self.parse_article,
                errback=self.on_error,
                meta=meta,
                priority=ARTICLE_PRIORITY,
                dont_filter=self.asks_past_duplicate_filter,
            )

    def admits(self, article_id: str) -> bool:
        """Is the article to be requested: not asked for in this run already, and, with state,
        neither archived by an earlier run nor given up on?"""
        if article_id in self._requested:
            # Asked for already in this run: the duplicate filter would drop it too, after
            # every spider middleware and a fingerprint (most links are such repeats).
            return False
        self._requested.add(article_id)
        state = self.crawl_state
        if self.gives_up and state is not None and state.gave_up(article_id):
            # Failed in NEWSCRAWL_STATE_MAX_FAILED_RUNS runs already (docs/faults.md).
            self.crawler.stats.inc_value("newscrawl/state/skipped_given_up")
            return False
        if state is not None and not state.wants(article_id):
            return False
        if state is not None and state.failed_before(article_id):
            self.crawler.stats.inc_value("newscrawl/state/retried_failed")
        self.crawler.stats.inc_value("newscrawl/links/article_requested")
        return True

    def behind_frontier(self, urls: list[str]) -> bool:
        if self.crawl_state is None or not self.crawl_state.incremental:
            return False
        return self.crawl_state.all_known(list(self.article_ids(urls)))

    def revisits(self) -> Iterator[scrapy.Request]:
        """Archived articles fetched again, to record how their view count grows and whether
        they were edited or taken down (`state/changes.py`): those published in the last
        NEWSCRAWL_REVISIT_DAYS days, and the NEWSCRAWL_REVISIT_STALEST whose last visit is
        the oldest, so that successive runs cycle through the whole archive."""
        state = self.crawl_state
        if state is None:
            return
        days = self.settings.getint("NEWSCRAWL_REVISIT_DAYS", 0)
        stalest = self.settings.getint("NEWSCRAWL_REVISIT_STALEST", 0)
        addresses: dict[str, str] = {}
        if days > 0:
            since = (datetime.now(UTC).date() - timedelta(days=days)).isoformat()
            for article in state.store.recent(state.site, since):
                addresses[article.article_id] = article.canonical_url or article.url
        if stalest > 0:
            oldest = state.store.versions.stalest(state.site, stalest + len(addresses))
            left = [(i, url) for i, url in oldest if i not in addresses][:stalest]
            self.crawler.stats.inc_value("newscrawl/state/revisits_stalest", len(left))
            addresses.update(left)
        for address in addresses.values():
            target = rebase(address, self.base_url, self.profile)
            if target is None:
                continue
            self.crawler.stats.inc_value("newscrawl/state/revisits_requested")
            yield scrapy.Request(
                target,
                callback=self.parse_article,
                errback=self.on_error,
                cb_kwargs={REVISIT_KWARG: True},
                dont_filter=True,
                priority=ARTICLE_PRIORITY,
            )

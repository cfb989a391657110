"""A spider for a portal described by a site profile: it only decides what to fetch next.

It reaches articles every way the portal offers them: the home page and its menu, each section
and its pagination, the date archive ("Xem tin theo ngày") month by month, and the links on
article pages (related lists). Reading pages is `newscrawl.pages`' job; turning strings into
values is the pipelines'. With a state directory it fetches only what no run archived yet, stops
each listing at the known frontier, and re-seeds what a killed run left unfinished.

Every request has an errback, and every page it cannot use is said so: each becomes a record of
the failures feed (`spiders/failures.py`, docs/faults.md). Walks are bounded (`spiders/traps.py`)
and links lose their tracking parameters (`spiders/links.py`) before they are followed.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response

from newscrawl.archive import WARC_LOCATION
from newscrawl.article import published_day
from newscrawl.failures import ArticleSkipped, FailureRecord
from newscrawl.fetch.origins import OriginPolicy, policy_for
from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.middlewares import FETCHED_AT
from newscrawl.pages.captures import original
from newscrawl.pages.listing import ListingPage
from newscrawl.pages.profile import Profile, get_profile
from newscrawl.pages.reading import is_article, read_article
from newscrawl.pages.urls import article_ref
from newscrawl.server import RunningServer, start_server
from newscrawl.spiders.failures import RecordsFailures, moved_away, takedown
from newscrawl.spiders.media import ArchivesMedia
from newscrawl.spiders.politeness import LOOPBACK_SETTINGS, is_loopback
from newscrawl.spiders.reading import not_an_article
from newscrawl.spiders.requests import LISTED_DAY, FollowsLinks
from newscrawl.spiders.requisites import ArchivesRequisites
from newscrawl.spiders.traps import BoundedWalk, calendar_links, month_entries
from newscrawl.spiders.window import DateWindow, archive_bounds

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class PortalSpider(
    RecordsFailures, BoundedWalk, FollowsLinks, ArchivesMedia, ArchivesRequisites, scrapy.Spider
):
    profile_name: ClassVar[str]
    profile: Profile
    # Are an article's links (its related lists) followed? Not where they lead to a portal
    # that is gone (`spiders/wayback.py`).
    follows_related: ClassVar[bool] = True

    def __init__(
        self,
        base_url: str | None = None,
        replica: str | None = None,
        since: str | None = None,
        until: str | None = None,
        archive: str = "1",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.profile = get_profile(self.profile_name)
        self.window = DateWindow.parse(since, until)
        self.since, self.until = self.window.since, self.window.until
        self.replica: RunningServer | None = None
        if replica:
            self.replica = start_server(Path(replica))
            base_url = self.replica.url
            logger.info("Serving the replica %s at %s", replica, base_url)
        self.base_url = (base_url or self.profile.base_url).rstrip("/")
        self.allowed_domains = [urlsplit(self.base_url).hostname or ""]
        self.walk_archive = archive not in ("0", "false", "no")
        self._listings: set[str] = set()
        self._requested: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        for name, value in spider.politeness().items():
            crawler.settings.set(name, value, priority="spider")
        # Before the guard asks for `origin_policy`: it lets a crawl of the portal reach them.
        more = crawler.settings.getlist("NEWSCRAWL_MEDIA_HOSTS")
        spider.profile = spider.profile.with_media_hosts(more)
        crawler.signals.connect(spider.ask_for_pictures_shown, signal=signals.spider_idle)
        return spider

    def politeness(self) -> dict[str, Any]:
        """Settings for the server this crawl fetches from (the project's are for the portal)."""
        return LOOPBACK_SETTINGS if is_loopback(self.base_url) else {}

    def origin_policy(self) -> OriginPolicy:
        """The origins this crawl may reach (`fetch/guard.py`): the crawled base, and the
        portal's host aliases and picture hosts when the base is the portal itself."""
        return policy_for(self.base_url, self.profile.hosts, self.profile.media_hosts)

    def closed(self, reason: str) -> None:
        if self.replica is not None:
            self.replica.close()

    async def start(self) -> AsyncIterator[Any]:
        yield scrapy.Request(
            f"{self.base_url}/", callback=self.parse_home, errback=self.on_error, dont_filter=True
        )
        if self.crawl_state is None:
            return
        # What a killed run discovered but never archived: its requests died with it.
        for _, url in self.crawl_state.store.pending(self.crawl_state.site):
            for request in self.articles([url]):
                yield request
        for request in self.revisits():
            yield request
        for request in self.unarchived_media():
            yield request

    # -- callbacks ----------------------------------------------------------------------------

    def parse_home(self, response: Response) -> Iterator[Any]:
        page = self._listing(response)
        if isinstance(page, FailureRecord):
            yield page
            return
        yield from self.requisites(page.root, response.url)
        for url in page.section_links():
            yield from self.follow(url, self.parse_section)
        yield from self.articles(page.article_links())
        if self.walk_archive and page.archive_form_missing():
            self.crawler.stats.set_value("newscrawl/profile/archive_form_missing", 1)
            logger.warning(
                "The home page has no archive form where the %s profile looks for one (%s):"
                " the date archive will not be walked",
                self.profile.name,
                ", ".join(self.profile.selector("archive_form")),
            )
        elif self.walk_archive:
            yield from self._enter_archive(page)

    def parse_section(
        self, response: Response, known_streak: int = 0, depth: int = 1
    ) -> Iterator[Any]:
        page = self._listing(response)
        if isinstance(page, FailureRecord):
            yield page
            return
        yield from self.requisites(page.root, response.url)
        self.crawler.stats.inc_value("newscrawl/pages/section")
        if page.listing_items_missing():
            self.crawler.stats.inc_value("newscrawl/profile/listing_items_missing")
        listed = page.listed_articles()
        days = {a.url: a.day for a in listed if self.window.contains(a.day)}
        unlisted = [u for u in page.article_links() if u not in {a.url for a in listed}]
        yield from self.articles([*days, *unlisted], days)
        streak = known_streak + 1 if self.behind_frontier([a.url for a in listed]) else 0
        if self.crawl_state is not None and streak >= self.crawl_state.overlap_pages:
            self.crawler.stats.inc_value("newscrawl/incremental/listings_stopped")
            return
        if listed and all(self.window.before_start(a.day) for a in listed):
            return  # newest first: every later page is older still
        next_page = page.next_page()
        if next_page and self.may_page(depth, next_page):
            kwargs = {"known_streak": streak, "depth": depth + 1}
            yield from self.follow(next_page, self.parse_section, kwargs)

    def parse_archive(
        self, response: Response, lower: str, upper: str, entry: bool = False, depth: int = 1
    ) -> Iterator[Any]:
        """A day of the date archive; on a month's entry page (its first day), also the days
        its calendar links (spiders/traps.py)."""
        page = self._listing(response)
        if isinstance(page, FailureRecord):
            yield page
            return
        yield from self.requisites(page.root, response.url)
        self.crawler.stats.inc_value("newscrawl/pages/archive")
        day = page.archive_day()
        yield from self.articles(page.article_links(), dict.fromkeys(page.article_links(), day))
        bounds = {"lower": lower, "upper": upper}
        next_page = page.next_page()
        if next_page and self.may_page(depth, next_page):
            yield from self.follow_archive(next_page, {**bounds, "depth": depth + 1})
        if entry:
            first, last = date.fromisoformat(lower), date.fromisoformat(upper)
            for url in calendar_links(page, first, last):
                yield from self.follow_archive(url, bounds)

    def reads_archived(self, url: str) -> Callable[[Response], Iterator[Any]] | None:
        """The callback that read an exchange archived at `url` during the crawl, for
        `newscrawl reparse`; None for an exchange that held no article (a listing)."""
        return self.parse_article if article_ref(original(url), self.profile) else None

    def parse_article(self, response: Response, revisit: bool = False) -> Iterator[Any]:
        gone = moved_away(response, self.profile) if revisit else None
        if gone is not None:
            yield gone
            return
        read = self.read(response)
        if isinstance(read, FailureRecord):
            yield read
            return
        try:
            raw = read_article(read, response.url, self.profile)
            follow = self.follows_related and not revisit
            listing = ListingPage(read.root, response.url, self.profile) if follow else None
            links = listing.article_links() if listing is not None else []
        except Exception as exc:  # a page that breaks the page layer costs that page only
            logger.exception("The page layer failed on %s", response.url)
            yield self.page_failure(response, "parse_error", f"{type(exc).__name__}: {exc}")
            return
        if not is_article(raw):
            reason, detail = not_an_article(raw, read)
            self.crawler.stats.inc_value("newscrawl/pages/not_article")
            yield takedown(self.page_failure(response, reason, detail), raw.title)
            return
        fetched = response.meta.get(FETCHED_AT)
        moment = datetime.fromisoformat(fetched) if isinstance(fetched, str) else None
        day = published_day(raw, moment) or _listed_day(response)
        if not revisit and not self.window.admits(day):
            # Outside a bounded run's window: neither exported nor followed, or related lists
            # would walk the run back through the portal's whole history.
            self.crawler.stats.inc_value("newscrawl/articles/outside_window")
            key = response.meta.get(ARTICLE_KEY)
            if isinstance(key, str):
                yield ArticleSkipped(key, "outside_window")
            return
        raw.fetched_at = response.meta.get(FETCHED_AT)
        raw.warc = response.meta.get(WARC_LOCATION)
        raw.revisit = revisit
        self.crawler.stats.inc_value("newscrawl/pages/article")
        if revisit:
            # An edit may have brought pictures: those no run has wanted are archived now.
            yield from self.media(raw.article_id, raw.images, response.url, new_only=True)
            yield raw
            return
        if self.crawl_state is not None:
            # Written with this article's own record: a kill cannot lose the links it held.
            self.crawl_state.remember(self.article_ids(links))
        # Its pictures are in the state before the article can be recorded as archived.
        pictures = list(self.media(raw.article_id, raw.images, response.url))
        yield raw
        yield from pictures
        yield from self.articles(links)
        yield from self.requisites(read.root, response.url)

    # -- what to fetch ------------------------------------------------------------------------

    def _listing(self, response: Response) -> ListingPage | FailureRecord:
        read = self.read(response)
        if isinstance(read, FailureRecord):
            return read
        return ListingPage(read.root, response.url, self.profile)

    def _enter_archive(self, page: ListingPage) -> Iterator[scrapy.Request]:
        """Enter the date archive at the first day of each month within bounds, newest first:
        the months come from the archive form's years, never from links (spiders/traps.py)."""
        template = self.profile.archive_template
        if not page.offers_archive() or template is None:
            return
        state = self.crawl_state
        incremental = state is not None and state.incremental
        bounds = archive_bounds(
            self.window,
            page.archive_years(),
            datetime.now(UTC).date(),
            state.watermark if state is not None and incremental else None,
            state.overlap_days if state is not None else 0,
        )
        if bounds is None:
            logger.warning("No date archive to walk (no year range offered and no `since`)")
            return
        lower, upper = bounds
        kwargs = {"lower": lower.isoformat(), "upper": upper.isoformat(), "entry": True}
        for path in month_entries(template, lower, upper):
            yield from self.follow_archive(f"{self.base_url}{path}", kwargs)


def _listed_day(response: Response) -> date | None:
    listed = response.meta.get(LISTED_DAY)
    return date.fromisoformat(listed) if isinstance(listed, str) else None

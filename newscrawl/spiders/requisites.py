"""The pages' requisites, archived with them (docs/archive.md, "Page requisites").

A WARC of the pages alone replays them unstyled: no stylesheet, no script, no icon, none of the
fonts and pictures the stylesheet loads. When the crawl keeps WARC (NEWSCRAWL_WARC_DIR) and
NEWSCRAWL_WARC_REQUISITES is on (the default), every page read asks for what it loads
(`pages/requisites.py`) on the portal's own hosts, each address once per run; a stylesheet that
arrives asks in turn for what it loads. A site's requisites are few and shared by every page, so
this costs a handful of requests a run. Each run asks again: the WARC writer keeps an unchanged
one as a revisit record, and a changed one (a redesign) as it now is. A requisite that fails is
a failures-feed record of kind `requisite` and a counter; it costs no page anything.

The pictures the pages show besides an article's own (a logo, banners, a placeholder, the
thumbnails of teasers) are requisites too when the run archives pictures (NEWSCRAWL_WARC_MEDIA):
they are gathered while the pages are read and asked for once the crawl has nothing else to do
(`spider_idle`), when every article's own pictures have been asked for as media. So a thumbnail
that is an article's picture is fetched once, by the media request that keeps it in the state,
and one an earlier run archived is not fetched again. Memory stays bounded on a full walk of the
portal: the thumbnails its articles have asked for since are let go whenever SHOWN_HELD are held
(the bound doubling with what is left), and the rest are asked for SHOWN_BATCH at a time.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy.http import TextResponse

from newscrawl.archive import archives_also
from newscrawl.failures import FailureRecord
from newscrawl.pages.profile import Profile
from newscrawl.pages.requisites import page_requisites, shown_pictures, stylesheet_references
from newscrawl.pages.urls import media_address
from newscrawl.spiders.addresses import AddressSet
from newscrawl.spiders.failures import REQUISITE_OF
from newscrawl.spiders.reading import media_type

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from twisted.python.failure import Failure

    from newscrawl.pages.dom import Element
    from newscrawl.state.runtime import CrawlState

# After everything else queued: a page's requisites can wait for its articles.
REQUISITE_PRIORITY = -10
SHOWN_BATCH = 1_000  # pictures shown, asked for each time the crawl runs out of requests
SHOWN_HELD = 10_000  # pictures shown held before those asked for since are let go
STATS = "newscrawl/requisites/"


class ArchivesRequisites:
    """Mixin of PortalSpider: the requests for the pages' requisites, and their callback."""

    # Are the pages' requisites archived? Not by a spider that reads the portal from another
    # archive (`spiders/wayback.py`): it asks for captures of pages, not for the portal's files.
    archives_requisites: bool = True

    base_url: str
    profile: Profile
    crawler: Crawler
    settings: BaseSettings
    failure_of: Callable[[Failure], FailureRecord]
    if TYPE_CHECKING:  # `FollowsLinks.crawl_state`; `ArchivesMedia`'s: the pictures asked for

        @property
        def crawl_state(self) -> CrawlState | None: ...
        @property
        def media_archived(self) -> bool: ...
        @property
        def pictures_requested(self) -> AddressSet: ...

    @cached_property
    def requisites_archived(self) -> bool:
        """Does this run archive requisites: a WARC crawl, NEWSCRAWL_WARC_REQUISITES on?"""
        return self.archives_requisites and archives_also(
            self.settings, "NEWSCRAWL_WARC_REQUISITES"
        )

    @cached_property
    def requisites_requested(self) -> AddressSet:
        """The requisites this run asked for (each once per run)."""
        return AddressSet()

    @cached_property
    def pictures_shown(self) -> dict[str, tuple[str, str]]:
        """Pictures the pages showed, to ask for once the crawl is idle: where to fetch each ->
        (its address as shown, the first page that showed it)."""
        return {}

    def requisites(self, root: Element, page_url: str) -> Iterator[scrapy.Request]:
        """The requests for what the page read at `page_url` loads, not asked for yet; the
        pictures it shows are kept for `ask_for_pictures_shown`."""
        if not self.requisites_archived:
            return
        yield from self._ask(page_requisites(root, page_url), page_url)
        if self.media_archived:
            for shown in shown_pictures(root, page_url):
                target = media_address(shown, self.base_url, self.profile)
                # (An article's own pictures are asked for before its page's requisites: they
                # need not be kept until the crawl is idle.)
                if target is not None and target not in self.pictures_requested:
                    self.pictures_shown.setdefault(target, (shown, page_url))
            if len(self.pictures_shown) >= self._shown_held_at_most:
                self._forget_pictures_asked_for()

    @cached_property
    def _shown_held_at_most(self) -> int:
        return SHOWN_HELD

    def _forget_pictures_asked_for(self) -> None:
        """Let go of the pictures shown that a request has asked for since: a listing read
        before its articles shows their pictures as thumbnails, and the articles ask for them
        as media. What is left is held until the crawl is idle; the bound doubles with it."""
        self.pictures_shown = {
            target: where
            for target, where in self.pictures_shown.items()
            if not self._asked_for(target)
        }
        self._shown_held_at_most = max(SHOWN_HELD, 2 * len(self.pictures_shown))

    def _asked_for(self, target: str) -> bool:
        """Has a request of this run asked for it, as media or as a requisite?"""
        return target in self.pictures_requested or target in self.requisites_requested

    @cached_property
    def _shown_queue(self) -> deque[tuple[str, tuple[str, str]]]:
        """The pictures shown, once the crawl is idle: handed out SHOWN_BATCH at a time."""
        return deque()

    def ask_for_pictures_shown(self) -> None:
        """`spider_idle`: the pictures the pages showed that no request of this run asked for
        and no earlier run archived (with state), as requisites: SHOWN_BATCH of them each time
        the crawl runs out of requests. Not all at once: a walk of a portal whose thumbnails
        are pictures of their own would hold a request for every article (half as much again
        as its addresses held, in the scheduler's queue)."""
        queue = self._shown_queue
        queue.extend(self.pictures_shown.items())
        self.pictures_shown.clear()
        asked = 0
        # Batches whose pictures were all asked for already ask for nothing: on to the next, or
        # the crawl would close (or wait its heartbeat) with pictures still to ask for.
        while queue and asked < SHOWN_BATCH:
            taken = [queue.popleft() for _ in range(min(SHOWN_BATCH - asked, len(queue)))]
            for target, page_url in self._not_asked_yet(taken):
                self.crawler.stats.inc_value(f"{STATS}pictures")
                self.crawler.engine.crawl(self._requisite(target, page_url))
                asked += 1
        if asked:
            raise DontCloseSpider

    def _not_asked_yet(self, shown: list[tuple[str, tuple[str, str]]]) -> list[tuple[str, str]]:
        """(where to fetch it, the page that showed it) of the pictures no request of this run
        asked for and no earlier run archived (with state)."""
        pending = {target: where for target, where in shown if not self._asked_for(target)}
        state = self.crawl_state
        if state is not None and pending:
            known = state.store.pictures.known(state.site, (shown for shown, _ in pending.values()))
            pending = {target: where for target, where in pending.items() if where[0] not in known}
        return [(target, page_url) for target, (_, page_url) in pending.items()]

    def parse_requisite(self, response: Response) -> Iterator[scrapy.Request]:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"{STATS}archived")
        self.crawler.stats.inc_value(f"{STATS}bytes", len(response.body))
        if _is_stylesheet(response):
            assert isinstance(response, TextResponse)
            yield from self._ask(stylesheet_references(response.text, response.url), response.url)

    def on_requisite_error(self, failure: Failure) -> Iterator[FailureRecord]:
        yield self.failure_of(failure)

    def _ask(self, addresses: list[str], loaded_by: str) -> Iterator[scrapy.Request]:
        assert self.crawler.stats is not None
        for address in addresses:
            target = media_address(address, self.base_url, self.profile)
            if target is None:
                self.crawler.stats.inc_value(f"{STATS}elsewhere")
                continue
            if target not in self.requisites_requested:
                yield self._requisite(target, loaded_by)

    def _requisite(self, target: str, loaded_by: str) -> scrapy.Request:
        assert self.crawler.stats is not None
        self.requisites_requested.add(target)
        self.crawler.stats.inc_value(f"{STATS}requested")
        return scrapy.Request(
            target,
            callback=self.parse_requisite,
            errback=self.on_requisite_error,
            meta={REQUISITE_OF: loaded_by},
            priority=REQUISITE_PRIORITY,
            # Past JOBDIR's duplicate filter, which remembers earlier runs: each run asks
            # again (`requisites_requested` keeps it to once within the run).
            dont_filter=True,
        )


def _is_stylesheet(response: Response) -> bool:
    if not isinstance(response, TextResponse):
        return False
    return media_type(response) == "text/css" or response.url.split("?", 1)[0].endswith(".css")

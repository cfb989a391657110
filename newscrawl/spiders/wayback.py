"""Reading a portal that is gone from a web archive: the Wayback Machine, or another archive
serving the Wayback CDX server's protocol (OpenWayback) or pywb's dialect of it (pywb
collections, national archives). Docs: docs/wayback.md.

The portal spider reaches articles through the portal's own pages; once the portal is retired,
they survive only as captures. This spider asks the archive's capture index for every capture
of the portal's article addresses, on each of the portal's host names, and, once every listing
has ended, reads each article once: from its earliest capture (`-a prefer=latest` for the
latest), falling back to the next capture when one is no article (an error page the portal
served with status 200) or fails to download. The page layer reads a capture as the original
page (`pages/captures.py`): identity, canonical URL and links are the portal's. The rest is the
portal spider's: the failures feed, the date window (on publication dates), the state that
makes a run incremental and resumable, and WARC. Related lists are not followed: their links
lead to the portal, and the index already lists every article the archive holds.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Self

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response

from newscrawl.failures import FailureRecord
from newscrawl.fetch.origins import Origin, OriginPolicy
from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.pages.captures import replay_address, stamp_of
from newscrawl.pages.cdx import (
    CapturesByArticle,
    IndexPage,
    NotAnIndex,
    article_prefix,
    query_url,
    read_index,
)
from newscrawl.pages.urls import article_key, article_ref, host_of, on_portal_hosts
from newscrawl.server import start_server
from newscrawl.server.static import HandlerFactory
from newscrawl.server.wayback import wayback_handler
from newscrawl.spiders.politeness import LOOPBACK_SETTINGS, is_loopback
from newscrawl.spiders.portal import PortalSpider
from newscrawl.spiders.requests import ARTICLE_PRIORITY

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

DEFAULT_INDEX = "https://web.archive.org/cdx/search/cdx"
DEFAULT_REPLAY = "https://web.archive.org/web"
WAYBACK_SETTINGS = {
    # The Internet Archive answers more than about 30 index queries a minute with 429, and
    # shuts out for an hour an address that goes on: one request at a time, 2.5 s apart.
    "DOWNLOAD_DELAY": 2.5,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "AUTOTHROTTLE_ENABLED": True,
}
# meta: [[timestamp, original, record], ...], the captures to fall back on
CAPTURES_LEFT = "newscrawl_captures_left"
_MAX_FALLBACKS = 3
_NO_CAPTURES = b"No Captures found"
# A replay asked for a time later than any capture answers with the latest.
_NOW_STAMP = "99991231235959"


def asks_for(argument: str) -> bool:
    """A spider argument switching something on (`-a pictures=1`, `true`, `yes`)."""
    return argument.strip().lower() in ("1", "true", "yes")


class WaybackSpider(PortalSpider):
    follows_related: ClassVar[bool] = False
    gives_up: ClassVar[bool] = False
    # Pictures are the archive's to keep, and each costs a request at the archive's pace:
    # read only when asked (`-a pictures=1`).
    archives_media = False
    archives_requisites = False  # (spiders/requisites.py: the portal's files, not captures)
    default_index: ClassVar[str] = DEFAULT_INDEX
    default_replay: ClassVar[str] = DEFAULT_REPLAY

    def __init__(
        self,
        index: str | None = None,
        replay: str | None = None,
        replica: str | None = None,
        prefer: str = "earliest",
        pictures: str = "0",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if prefer not in ("earliest", "latest"):
            raise ValueError(f"prefer must be `earliest` or `latest`, not {prefer!r}")
        self.archives_media = asks_for(pictures)
        self.held = CapturesByArticle(keep=1 + _MAX_FALLBACKS, latest_first=prefer == "latest")
        if replica:  # the replica served as an archive of the portal, on loopback
            self.replica = start_server(Path(replica), handler=self.replica_handler())
            index, replay = self.replica_endpoints(self.replica.url)
        self.index = index or self.default_index
        self.replay = (replay or self.default_replay).rstrip("/")
        replay_origin, index_origin = Origin.of(self.replay), Origin.of(self.index)
        if replay_origin is None or index_origin is None:
            raise ValueError(f"index and replay must be http(s) URLs: {self.index}, {self.replay}")
        # The archive only: its replay's origin, and its index's host.
        hosts = {replay_origin.host, index_origin.host}
        self._policy = OriginPolicy(replay_origin, frozenset(hosts - {replay_origin.host}))
        self.allowed_domains = sorted(hosts)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.read_held_captures, signal=signals.spider_idle)
        return spider

    def politeness(self) -> dict[str, Any]:
        return LOOPBACK_SETTINGS if is_loopback(self.replay) else WAYBACK_SETTINGS

    def replica_handler(self) -> HandlerFactory:
        """How `-a replica=` serves the replica: as this spider's kind of archive."""
        return wayback_handler(self.base_url)

    def replica_endpoints(self, served_at: str) -> tuple[str, str]:
        """The index and the replay of the replica served at `served_at`."""
        return f"{served_at}/cdx/search/cdx", f"{served_at}/web"

    def origin_policy(self) -> OriginPolicy:
        return self._policy

    async def start(self) -> AsyncIterator[Any]:
        for prefix in self.index_prefixes():
            yield self._index_request(prefix)
        for request in self.unarchived_media():
            yield request

    def picture_address(self, shown: str, page_url: str | None) -> str | None:
        """A picture of the portal's, as the archive replays it: captured nearest the time of
        the article's capture (a picture an earlier run wanted: its latest capture)."""
        if not on_portal_hosts(shown, self.profile):
            return None
        stamp = stamp_of(page_url) if page_url is not None else None
        return replay_address(self.replay, stamp or _NOW_STAMP, shown)

    def index_prefixes(self) -> list[str]:
        """The address prefixes to ask the index for: the article path on each host name, the
        portal's own first (`www.` is no other name to an index, which drops it from its keys)."""
        path = article_prefix(self.profile.article_pattern.pattern)
        own = host_of(self.profile.base_url)
        names = [own, *sorted(self.profile.hosts)]
        return [host + path for host in dict.fromkeys(n.removeprefix("www.") for n in names)]

    # -- callbacks ----------------------------------------------------------------------------

    def parse_index(
        self,
        response: Response,
        prefix: str,
        resume_key: str | None = None,
        whole: bool = False,
        endpoint: str | None = None,
    ) -> Iterator[Any]:
        """A reply of the listing of `prefix` (from `endpoint`, when not the spider's index);
        `whole`: asked for pywb's way (all of it at once, a page of it, or its number of pages)."""
        stats = self.crawler.stats
        if response.status == 404:
            # pywb (Common Crawl's index, pywb 0.33) answers a listing of nothing with 404. A
            # pywb that reads no Wayback name in a filter would find nothing for that alone
            # when asked the Wayback way: such a listing is asked again pywb's way.
            if _NO_CAPTURES not in response.body:
                yield self.page_failure(response, "http_404", "capture index: not found")
            elif not whole:
                stats.inc_value("newscrawl/captures/index_pywb")
                yield self._index_request(prefix, count_pages=True, endpoint=endpoint)
            else:
                stats.inc_value("newscrawl/captures/index_empty")
            return
        try:
            page = read_index(response.body)
        except NotAnIndex as exc:
            stats.inc_value("newscrawl/captures/index_unreadable")
            yield self.page_failure(response, "parse_error", f"capture index: {exc}")
            return
        stats.inc_value("newscrawl/captures/index_pages")
        if page.dialect == "pywb" and not whole:
            # pywb cuts a listing at the row limit, or at its first page over a paged index,
            # and says neither: the listing is asked for again, whole or page by page.
            stats.inc_value("newscrawl/captures/index_pywb")
            yield self._index_request(prefix, count_pages=True, endpoint=endpoint)
            return
        if page.pages is not None:
            for number in range(page.pages):
                yield self._index_request(prefix, page=number, endpoint=endpoint)
            return
        self._hold(page)
        if page.resume_key and page.resume_key == resume_key:
            # The key it was asked with: the listing would never move on.
            stats.inc_value("newscrawl/captures/index_stuck")
            logger.warning("The index answered %s with the key it was asked with: stopped", prefix)
        elif page.resume_key:
            yield self._index_request(prefix, page.resume_key, endpoint=endpoint)

    def _hold(self, page: IndexPage) -> None:
        stats = self.crawler.stats
        stats.inc_value("newscrawl/captures/listed", len(page.captures))
        stats.inc_value("newscrawl/captures/unusable", page.skipped)
        for capture in page.captures:
            ref = article_ref(capture.original, self.profile)
            if ref is None:
                stats.inc_value("newscrawl/captures/not_an_article_address")
            else:
                self.held.add(ref.article_id, capture)

    def read_held_captures(self) -> None:
        """Once every listing has ended (nothing else left to do): the next articles' preferred
        captures, NEWSCRAWL_ARCHIVE_BATCH of them, each time the crawl runs out of requests.
        Not sooner: a later reply may list an earlier capture of the same article. Not all at
        once: a request weighs twice what its held captures do."""
        batch = max(1, self.settings.getint("NEWSCRAWL_ARCHIVE_BATCH", 2000))
        requested = 0
        # Articles no longer wanted (exported by an earlier run) request nothing: on to the next
        # ones, or an idle engine would wait its heartbeat for each empty batch.
        while self.held and requested < batch:
            for article_id, captures in self.held.take(batch - requested).items():
                self.crawler.stats.inc_value("newscrawl/links/article")
                if self.admits(article_id):
                    key = article_key(self.profile.site, article_id)
                    self.crawler.engine.crawl(self._capture_request(key, captures))
                    requested += 1
        if requested:
            raise DontCloseSpider

    def parse_article(self, response: Response, revisit: bool = False) -> Iterator[Any]:
        for out in super().parse_article(response, revisit):
            fallback = self._fallback(response.request) if isinstance(out, FailureRecord) else None
            yield out if fallback is None else fallback

    def on_capture_error(self, failure: Failure) -> Iterator[Any]:
        fallback = self._fallback(failure.request)  # type: ignore[attr-defined]  # set by Scrapy
        if fallback is not None:
            yield fallback
        else:
            yield from self.on_error(failure)

    # -- what to fetch ------------------------------------------------------------------------

    def _index_request(
        self,
        prefix: str,
        resume_key: str | None = None,
        *,
        page: int | None = None,
        count_pages: bool = False,
        endpoint: str | None = None,
    ) -> scrapy.Request:
        # A capture taken before the window opens shows no article published in it: the index
        # lists only the later ones. (No bound the other way: an article is captured for years.)
        since = f"{self.window.since:%Y%m%d}" if self.window.since else None
        whole = page is not None or count_pages
        rows = None if whole else self.settings.getint("NEWSCRAWL_WAYBACK_INDEX_ROWS", 5000)
        url = query_url(
            endpoint or self.index,
            prefix,
            limit=rows,
            since=since,
            resume_key=resume_key,
            page=page,
            count_pages=count_pages,
        )
        return scrapy.Request(
            url,
            callback=self.parse_index,
            errback=self.on_error,
            meta={"handle_httpstatus_list": [404]},
            cb_kwargs={
                "prefix": prefix,
                "resume_key": resume_key,
                "whole": whole,
                "endpoint": endpoint,
            },
            dont_filter=True,  # a resumed run asks again: the archive may hold more by now
        )

    def _capture_request(
        self, key: str, captures: list[list[str]], *, fallback: bool = False
    ) -> scrapy.Request:
        """A request for the first of an article's captures (`key`: `article_key`)."""
        (timestamp, original, *_), left = captures[0], captures[1:]
        meta = {ARTICLE_KEY: key, CAPTURES_LEFT: left}
        return scrapy.Request(
            replay_address(self.replay, timestamp, original),
            callback=self.parse_article,
            errback=self.on_capture_error,
            meta=meta,
            priority=ARTICLE_PRIORITY,
            # The duplicate filter knows a request by its article (`fingerprints.py`): the
            # article's next capture is asked for on purpose.
            dont_filter=fallback or self.crawl_state is not None,
        )

    def _fallback(self, request: scrapy.Request | None) -> scrapy.Request | None:
        """The request for the article's next capture, or None when none is left."""
        if request is None:  # (a response re-read from WARC has none)
            return None
        left, key = request.meta.get(CAPTURES_LEFT), request.meta.get(ARTICLE_KEY)
        if not left or not isinstance(key, str):
            return None
        self.crawler.stats.inc_value("newscrawl/captures/fallbacks")
        return self._capture_request(key, left, fallback=True)

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
)
from newscrawl.pages.urls import article_key, on_portal_hosts
from newscrawl.server import start_server
from newscrawl.server.static import HandlerFactory
from newscrawl.server.wayback import wayback_handler
from newscrawl.spiders.capture_index import CaptureIndexSpider
from newscrawl.spiders.politeness import LOOPBACK_SETTINGS, is_loopback
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
# A replay asked for a time later than any capture answers with the latest.
_NOW_STAMP = "99991231235959"


def asks_for(argument: str) -> bool:
    """A spider argument switching something on (`-a pictures=1`, `true`, `yes`)."""
    return argument.strip().lower() in ("1", "true", "yes")


class WaybackSpider(CaptureIndexSpider):
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

    # -- callbacks ----------------------------------------------------------------------------

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

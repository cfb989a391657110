"""Reading a portal that is gone from Common Crawl's captures. Docs: docs/wayback.md.

Common Crawl has crawled much of the web every month or two since 2013, and keeps each page it
fetched as a record of its WARC files. What it publishes is the files, not a replay (its index
server's replay is an extra it does not promise to keep): each crawl's index (pywb's CDX API,
one index a crawl) names the file, offset and length of a capture's record, and the record is
read with an HTTP Range request on the file. This spider is the Wayback spider's with that
source: it lists the captures of the portal's article addresses in every crawl (or those named
by `-a crawls=`), weighs each article's captures across crawls, and reads each article once,
from its earliest capture that is an article, falling back to the next one. The page is read as
the live portal served it; the exported `url` cites the record (`{file}#bytes={range}`) and the
view count is dated by the capture.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Request, Response

from newscrawl.archive.remote import ArchivedResponse, NotARecord, RecordRef, read_record
from newscrawl.archive.responses import archived_response
from newscrawl.failures import FailureRecord
from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.items import RawArticle
from newscrawl.pages.cdx import IndexPage
from newscrawl.pages.urls import article_ref
from newscrawl.server.commoncrawl import commoncrawl_handler
from newscrawl.server.static import HandlerFactory
from newscrawl.spiders.politeness import LOOPBACK_SETTINGS, is_loopback
from newscrawl.spiders.requests import ARTICLE_PRIORITY
from newscrawl.spiders.wayback import CAPTURES_LEFT, WaybackSpider, asks_for

logger = logging.getLogger(__name__)

COMMONCRAWL_SETTINGS = {
    # Common Crawl's index server is shared by all its users and answers overload with 503s;
    # its data server is a CDN, but one process reading a retired portal needs no more.
    "DOWNLOAD_DELAY": 1.0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "AUTOTHROTTLE_ENABLED": True,
}
CAPTURE = "newscrawl_capture"  # meta: [timestamp, original, record] of the capture asked for


class CommonCrawlSpider(WaybackSpider):
    default_index: ClassVar[str] = "https://index.commoncrawl.org"
    default_replay: ClassVar[str] = "https://data.commoncrawl.org"

    def __init__(self, crawls: str | None = None, data: str | None = None, **kwargs: Any) -> None:
        if asks_for(kwargs.pop("pictures", "0")):
            # Its crawls hold pages, few pictures, and each would need an index look-up.
            raise ValueError("pictures are read from the Wayback Machine or pywb, not Common Crawl")
        # `replay` is where the records are read: Common Crawl's data server.
        super().__init__(replay=data, **kwargs)
        self.crawls = [c.strip() for c in (crawls or "").split(",") if c.strip()]
        self.index = self.index.rstrip("/")

    def politeness(self) -> dict[str, Any]:
        return LOOPBACK_SETTINGS if is_loopback(self.replay) else COMMONCRAWL_SETTINGS

    def replica_handler(self) -> HandlerFactory:
        return commoncrawl_handler(self.base_url)

    def replica_endpoints(self, served_at: str) -> tuple[str, str]:
        return served_at, served_at

    async def start(self) -> AsyncIterator[Any]:
        if self.crawls:
            for crawl in self.crawls:
                for request in self._list_crawl(f"{self.index}/{crawl}-index"):
                    yield request
            return
        yield scrapy.Request(
            f"{self.index}/collinfo.json",
            callback=self.parse_crawls,
            errback=self.on_error,
            dont_filter=True,
        )

    # -- callbacks ----------------------------------------------------------------------------

    def parse_crawls(self, response: Response) -> Iterator[Any]:
        """The list of crawls: each crawl's index is asked for the portal's captures, but for
        crawls that ended before a bounded run's window opened."""
        try:
            crawls = json.loads(response.body)
            endpoints = [(str(c["cdx-api"]), str(c.get("to", ""))) for c in crawls]
        except (ValueError, TypeError, KeyError) as exc:
            self.crawler.stats.inc_value("newscrawl/captures/index_unreadable")
            yield self.page_failure(response, "parse_error", f"list of crawls: {exc}")
            return
        since = self.window.since
        for endpoint, ended in endpoints:
            if since is not None and ended[:10] and ended[:10] < since.isoformat():
                self.crawler.stats.inc_value("newscrawl/captures/crawls_before_window")
                continue
            yield from self._list_crawl(endpoint)

    def reads_archived(self, url: str) -> Callable[[Response], Iterator[Any]] | None:
        # The records this crawl fetched are archived as the ranges of WARC files they were.
        if urlsplit(url).path.endswith(_RECORD_FILES):
            return self.parse_record
        return super().reads_archived(url)

    def parse_record(self, response: Response) -> Iterator[Any]:
        """A capture's record: the page it holds, read as the portal served it. (Re-read from
        the crawl's own WARC files, the response alone says which record it is.)"""
        capture = response.meta.get(CAPTURE)
        ref = RecordRef.parse(capture[2]) if capture else _served_range(response)
        try:
            if ref is None:
                raise NotARecord("no byte range: not a record")
            body = ref.cut(response.body) if response.status == 200 else response.body
            # The crawl's size limit holds for what a record inflates to (0: none, as Scrapy's)
            archived = read_record(body, self.settings.getint("DOWNLOAD_MAXSIZE") or 1 << 40)
            if capture and archived.target != capture[1]:  # an index out of step with its files
                raise NotARecord(f"the record holds {archived.target}, not {capture[1]}")
        except NotARecord as exc:
            self.crawler.stats.inc_value("newscrawl/captures/unreadable_record")
            failure = self.page_failure(response, "parse_error", f"record: {exc}")
            fallback = self._fallback(response.request)
            yield failure if fallback is None else fallback
            return
        for out in self.parse_article(self._page(archived, response)):
            if isinstance(out, RawArticle):
                out.url = f"{response.url.partition('#')[0]}#{ref.byte_range}"
                out.captured_at = archived.date
            yield out

    # -- what to fetch ------------------------------------------------------------------------

    def _list_crawl(self, endpoint: str) -> Iterator[scrapy.Request]:
        # Every crawl's index is a paged (ZipNum) one: asked for its number of pages first.
        for prefix in self.index_prefixes():
            yield self._index_request(prefix, count_pages=True, endpoint=endpoint)

    def _hold(self, page: IndexPage) -> None:
        placed = [c for c in page.captures if RecordRef.parse(c.record) is not None]
        if len(placed) < len(page.captures):  # no file, offset and length: nothing to read
            unplaced = len(page.captures) - len(placed)
            self.crawler.stats.inc_value("newscrawl/captures/no_record", unplaced)
            page = replace(page, captures=placed)
        super()._hold(page)

    def _capture_request(
        self, key: str, captures: list[list[str]], *, fallback: bool = False
    ) -> scrapy.Request:
        capture, left = captures[0], captures[1:]
        ref = RecordRef.parse(capture[2])
        assert ref is not None  # (`_hold` keeps no other)
        return scrapy.Request(
            f"{self.replay}/{ref.filename}",
            headers={"Range": ref.byte_range},
            callback=self.parse_record,
            errback=self.on_capture_error,
            meta={ARTICLE_KEY: key, CAPTURES_LEFT: left, CAPTURE: capture},
            priority=ARTICLE_PRIORITY,
            # Many records share a file: the duplicate filter knows a request by its article
            # (`fingerprints.py`), and the article's next capture is asked for on purpose.
            dont_filter=fallback or self.crawl_state is not None,
        )

    def _page(self, archived: ArchivedResponse, fetched: Response) -> Response:
        """The response the portal gave the crawler, at the portal's address, carrying the
        request that fetched the record (its meta: article key, fetch time, WARC location)."""
        assert fetched.request is not None  # (a callback's response has its request)
        return archived_response(
            archived.target,
            archived.status,
            archived.headers,
            archived.body,
            archived.protocol,
            fetched.request,
        )

    def failure_record(self, request: Request, reason: str, **details: Any) -> FailureRecord:
        """A capture's failure names its article and its record, not the record's file."""
        record = super().failure_record(request, reason, **details)
        capture = request.meta.get(CAPTURE)
        if not capture:
            return record
        ref = article_ref(capture[1], self.profile)
        place = RecordRef.parse(capture[2])
        record.article_id = ref.article_id if ref else record.article_id
        record.url = place.address(self.replay) if place else record.url
        return record


_RECORD_FILES = (".warc.gz", ".warc", ".arc.gz")
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/")


def _served_range(response: Response) -> RecordRef | None:
    """The record a 206 response holds, from its `Content-Range`."""
    served = response.headers.get("Content-Range") or b""
    found = _CONTENT_RANGE.match(served.decode("latin-1"))
    if found is None:
        return None
    start, end = int(found[1]), int(found[2])
    return RecordRef(urlsplit(response.url).path.lstrip("/"), start, end - start + 1)

"""Listing an archive's captures of the portal's articles: the capture index (the Wayback
Machine's CDX server, OpenWayback, pywb) asked for every capture under the article path on
each of the portal's host names, page after page, in whichever dialect the index answers. The
captures listed are held by article (`pages/cdx.py`); `wayback.py` reads them."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from newscrawl.pages.cdx import (
    CapturesByArticle,
    IndexPage,
    NotAnIndex,
    article_prefix,
    query_url,
    read_index,
)
from newscrawl.pages.urls import article_ref, host_of
from newscrawl.spiders.portal import PortalSpider

logger = logging.getLogger(__name__)

_NO_CAPTURES = b"No Captures found"


class CaptureIndexSpider(PortalSpider):
    """The listing half of an archive spider: what to ask the index, and its replies read."""

    index: str  # the capture index's endpoint
    held: CapturesByArticle  # the captures listed so far, by article

    def index_prefixes(self) -> list[str]:
        """The address prefixes to ask the index for: the article path on each host name, the
        portal's own first (`www.` is no other name to an index, which drops it from its keys)."""
        path = article_prefix(self.profile.article_pattern.pattern)
        own = host_of(self.profile.base_url)
        names = [own, *sorted(self.profile.hosts)]
        return [host + path for host in dict.fromkeys(n.removeprefix("www.") for n in names)]

    # -- the index's replies ----------------------------------------------------------------

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

    # -- what to ask ----------------------------------------------------------------------------

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

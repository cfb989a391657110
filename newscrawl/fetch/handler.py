"""Scrapy's HTTP/1.1 download handler, minus Twisted's silent retry on reused connections.

Twisted's connection pool retries an idempotent request once, by itself, when a kept-alive
connection fails before any response byte: the server sees two requests where Scrapy counted
one, and the retry waits for nothing. Every retry of the crawl is `fetch/retry.py`'s, with
backoff, counted in the stats and in the failures feed's `attempts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class ExplicitRetryDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._pool.retryAutomatically = False

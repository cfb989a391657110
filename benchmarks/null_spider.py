"""The null spider: fetches a replica's URL list (`portal-urls.txt`) and parses nothing.

    scrapy runspider benchmarks/null_spider.py -a base_url=http://127.0.0.1:8080 \
        -a urls=/tmp/replica.expected/portal-urls.txt

It requests exactly the pages a complete crawl of the replica fetches (robots.txt included, as a
plain page), with the concurrency the crawl uses on loopback, so that the two differ only in
what is done with each page: the framework's own cost per page, against newscrawl's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.settings import BaseSettings

# What `spiders/portal.py` sets on loopback (LOOPBACK_SETTINGS), and no robots middleware:
# robots.txt is in the URL list.
LOOPBACK = {
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "ROBOTSTXT_OBEY": False,
    "TELNETCONSOLE_ENABLED": False,
}


class NullSpider(scrapy.Spider):
    name = "null"

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        settings.setdict(LOOPBACK, priority="spider")

    def __init__(self, base_url: str, urls: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")
        self.urls_file = urls

    async def start(self) -> AsyncIterator[scrapy.Request]:
        with open(self.urls_file, encoding="utf-8") as paths:
            for line in paths:
                path = line.strip()
                if path:
                    yield scrapy.Request(self.base_url + path, callback=self.parse)

    def parse(self, response: Response, **kwargs: Any) -> None:
        return None

"""A download handler for tests that writes down every download the crawl starts.

Loaded into the crawl subprocess with `-s DOWNLOAD_HANDLERS=...` and
`-s NEWSCRAWL_TEST_DOWNLOADS=PATH`: one JSON line per download, `{"url", "at"}` (monotonic
seconds), written before any connection is opened. What it lists is every URL the crawl tried
to reach; what it does not list, the crawl never tried to contact.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

from newscrawl.fetch.handler import ExplicitRetryDownloadHandler

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class RecordingDownloadHandler(ExplicitRetryDownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._log = Path(crawler.settings["NEWSCRAWL_TEST_DOWNLOADS"])

    async def download_request(self, request: Request) -> Response:
        line = {"url": request.url, "at": time.monotonic()}
        with self._log.open("a", encoding="utf-8") as log:
            log.write(json.dumps(line) + "\n")
        return await super().download_request(request)

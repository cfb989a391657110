"""A download handler for tests: a crawl of the live portal, answered by the replica on loopback.

Loaded into the crawl subprocess with `-s DOWNLOAD_HANDLERS=...` and
`-s NEWSCRAWL_TEST_PORTAL_AT=http://127.0.0.1:PORT`. The spider crawls
`https://baothaibinh.com.vn` as it would in production: its origin policy, its host aliases
and picture hosts, its addresses in the export and the WARC are the live portal's. Only the
bytes come from the replica: a request for any of the portal's hosts is sent to the replica
server, same path and query, and its answer handed back under the address asked for. Any other
host is refused here, so the test reaches nothing but loopback whatever the crawl asks for
(`NEWSCRAWL_TEST_DOWNLOADS=PATH` lists every download started, as `recording.py` does).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from newscrawl.fetch.handler import ExplicitRetryDownloadHandler
from newscrawl.pages.profile import get_profile

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

_PROFILE = get_profile("baothaibinh")
PORTAL_HOSTS = _PROFILE.hosts | _PROFILE.media_hosts


class PortalOnLoopback(ExplicitRetryDownloadHandler):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._replica = urlsplit(crawler.settings["NEWSCRAWL_TEST_PORTAL_AT"])
        self._log = Path(crawler.settings["NEWSCRAWL_TEST_DOWNLOADS"])

    async def download_request(self, request: Request) -> Response:
        with self._log.open("a", encoding="utf-8") as log:
            log.write(json.dumps({"url": request.url}) + "\n")
        parts = urlsplit(request.url)
        if (parts.hostname or "") not in PORTAL_HOSTS:
            raise ConnectionRefusedError(f"not the portal: {request.url}")
        local = urlunsplit(
            (self._replica.scheme, self._replica.netloc, parts.path, parts.query, "")
        )
        response = await super().download_request(request.replace(url=local))
        return response.replace(url=request.url)

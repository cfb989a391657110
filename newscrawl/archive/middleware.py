"""The Scrapy side of the archive: a downloader middleware that hands every exchange to WARC.

Wired at 950 in `DOWNLOADER_MIDDLEWARES` (docs/archive.md, "Where it sits"): responses pass it
on their way from the downloader before HttpCacheMiddleware (900) can swap a 304 for the cached
copy, before RedirectMiddleware (600) turns a 3xx into a new request and before
HttpCompressionMiddleware (590) decodes the body, so it sees each response as served. Requests
are read when their response comes back, with every header the other middlewares added.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.reactor import is_asyncio_reactor_installed

from newscrawl.archive import WARC_LOCATION
from newscrawl.archive.archiver import Archiver
from newscrawl.archive.config import ArchiveConfig
from newscrawl.archive.crawlinfo import warcinfo_fields
from newscrawl.archive.process import Archive, ArchiveProcess, InProcessArchive
from newscrawl.archive.records import Exchange
from newscrawl.archive.writer import ClosedFile
from newscrawl.fetch.origins import DEFAULT_PORTS
from newscrawl.middlewares import FETCHED_AT

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Headers, Response
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

SENT_AT = "newscrawl_warc_sent_at"  # meta: when this middleware saw the request (time.time())
STATS = "newscrawl/warc/"
# What replay tools decode (pywb, ReplayWeb.page): a `br` or `zstd` body could not be replayed.
REPLAYABLE_CODINGS = frozenset({b"gzip", b"x-gzip", b"deflate", b"identity"})
# Never archived: a credential meant for the proxy, not part of the exchange with the site.
UNARCHIVED_REQUEST_HEADERS = frozenset({b"proxy-authorization"})
_TRUNCATION = {"dataloss": "disconnect", "download_stopped": "unspecified"}


class WarcMiddleware:
    def __init__(self, crawler: Crawler, config: ArchiveConfig) -> None:
        assert crawler.stats is not None
        self.crawler = crawler
        self.stats: StatsCollector = crawler.stats
        self.archive = self._open(crawler, config, datetime.now(UTC))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        config = ArchiveConfig.from_settings(crawler.settings)
        if config is None:
            raise NotConfigured("NEWSCRAWL_WARC_DIR is not set")
        middleware = cls(crawler, config)
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        crawler.signals.connect(middleware.close, signal=signals.engine_stopped)
        return middleware

    def process_request(self, request: Request) -> None:
        request.meta[SENT_AT] = time.time()
        # A redirect or retry copies meta: the location of an earlier hop must not stick.
        request.meta.pop(WARC_LOCATION, None)
        _offer_replayable_codings(request)

    async def process_response(self, request: Request, response: Response) -> Response:
        if "cached" in response.flags:
            # A copy from the HTTP cache was fetched some other time: not evidence of this one.
            self.stats.inc_value(STATS + "skipped/cached")
            return response
        if urlsplit(response.url).scheme not in ("http", "https"):
            self.stats.inc_value(STATS + "skipped/not_http")
            return response
        try:
            archived = await self.archive.archive(exchange_of(request, response))
        except Exception as exc:  # one response that cannot be archived must not stop a crawl
            self.stats.inc_value(STATS + "errors")
            logger.warning("Could not archive %s: %r", response.url, exc)
            return response
        request.meta[WARC_LOCATION] = archived.location
        self.stats.inc_value(STATS + ("revisits" if archived.revisit else "responses"))
        return response

    def close(self) -> None:
        self.archive.close()

    def _open(self, crawler: Crawler, config: ArchiveConfig, started: datetime) -> Archive:
        warcinfo = warcinfo_fields(crawler, config, started)
        loop = _event_loop() if config.separate_process else None
        if loop is not None:  # which says where it archives, and its pid
            return ArchiveProcess(
                config,
                started=started,
                warcinfo=warcinfo,
                on_file_closed=self._file_closed,
                loop=loop,
            )
        logger.info("Archiving every exchange as WARC into %s", config.directory)
        archiver = Archiver(
            config,
            started=started,
            warcinfo=lambda filename: warcinfo,
            on_file_closed=self._file_closed,
        )
        return InProcessArchive(archiver)

    def _file_closed(self, closed: ClosedFile) -> None:
        self.stats.inc_value(STATS + "files")
        self.stats.inc_value(STATS + "records", closed.records)
        self.stats.inc_value(STATS + "bytes", closed.size)


def _event_loop() -> asyncio.AbstractEventLoop | None:
    """The asyncio loop the reactor runs on, where the archive process's answers are read;
    None under another reactor, or where a child cannot be handed pipes (`pass_fds`)."""
    if sys.platform == "win32" or not is_asyncio_reactor_installed():
        return None
    return asyncio.get_event_loop()


def _offer_replayable_codings(request: Request) -> None:
    offered = request.headers.get(b"Accept-Encoding")
    if offered is None:
        return
    codings = [c.strip() for c in offered.split(b",") if c.strip()]
    kept = [c for c in codings if c.split(b";")[0].strip().lower() in REPLAYABLE_CODINGS]
    if kept != codings:
        request.headers[b"Accept-Encoding"] = b", ".join(kept) or b"identity"


def exchange_of(request: Request, response: Response) -> Exchange:
    """What went over the wire, as far as Scrapy lets us see it (docs/archive.md)."""
    received = _received_at(request)
    url = urldefrag(request.url)[0]
    truncated = next((_TRUNCATION[f] for f in response.flags if f in _TRUNCATION), None)
    return Exchange(
        url=url,
        method=request.method,
        request_target=_request_target(url),
        request_headers=_request_headers(request, url),
        request_body=request.body,
        requested_at=_sent_at(request, received),
        status=response.status,
        protocol=response.protocol or "",
        response_headers=_flat(response.headers),
        body=response.body,
        received_at=received,
        ip_address=str(response.ip_address) if response.ip_address else None,
        truncated=truncated,
    )


def _sent_at(request: Request, received: datetime) -> datetime:
    """When the request left. Middlewares run before the request waits for its download slot
    (politeness delay), so the arrival time minus Scrapy's `download_latency` is closer; the
    time this middleware saw the request is a lower bound."""
    seen, latency = request.meta.get(SENT_AT), request.meta.get("download_latency")
    lower = datetime.fromtimestamp(seen, UTC) if isinstance(seen, float) else received
    if isinstance(latency, float):
        return max(lower, received - timedelta(seconds=latency))
    return lower


def _received_at(request: Request) -> datetime:
    """FetchTimeMiddleware (990) saw the response first and stamped it: the same moment makes
    WARC-Date and the article's `fetched_at` agree. A stamp older than this request was copied
    from an earlier hop (redirect, retry) and is not this response's."""
    stamped, sent_at = request.meta.get(FETCHED_AT), request.meta.get(SENT_AT)
    if isinstance(stamped, str) and isinstance(sent_at, float):
        moment = datetime.fromisoformat(stamped)
        if moment.tzinfo is not None and moment.timestamp() >= sent_at:
            return moment
    return datetime.now(UTC)


def _flat(headers: Headers) -> list[tuple[bytes, bytes]]:
    """Scrapy groups a repeated header under one name; the archive keeps each line."""
    # Headers is a dict of name -> list of values. Its own items() normalises and looks every
    # name up again: two thirds of what building an exchange cost.
    return [(name, value) for name, values in dict.items(headers) for value in values]


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _request_headers(request: Request, url: str) -> list[tuple[bytes, bytes]]:
    """The headers in the order Twisted writes them: Content-Length first when there is a
    body, then Scrapy's, then the Host header Twisted adds when none was set."""
    headers = [
        (name, value)
        for name, value in _flat(request.headers)
        if name.lower() not in UNARCHIVED_REQUEST_HEADERS
    ]
    if request.body:
        headers.insert(0, (b"Content-Length", str(len(request.body)).encode()))
    if not any(name.lower() == b"host" for name, _ in headers):
        headers.append((b"Host", _host(url)))
    return headers


def _host(url: str) -> bytes:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    default = DEFAULT_PORTS.get(parts.scheme)
    port = parts.port
    return (host if port is None or port == default else f"{host}:{port}").encode()

"""Retries with exponential backoff that honour `Retry-After`, replacing Scrapy's RetryMiddleware.

What is retried is Scrapy's choice, kept: RETRY_HTTP_CODES (429, 500, 502, 503, 504, ...) and
RETRY_EXCEPTIONS (timeouts, resets, truncated bodies, refused connections); 404 and 410 are
final. What changes is when: retry n waits NEWSCRAWL_RETRY_BASE_DELAY * 2**(n-1) seconds (with
+-NEWSCRAWL_RETRY_JITTER), never less than the server's `Retry-After`, never more than
NEWSCRAWL_RETRY_MAX_DELAY; a server that asks for more than that is not retried early but given
up on (the next scheduled run will try again). The wait is awaited in the middleware: the
reactor keeps running and the site's download slot is free for other requests meanwhile, so a
retry costs the politeness budget nothing while it waits. Stats: `newscrawl/retries/*`.
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.utils.asyncio import sleep

from newscrawl.failures.classify import classify, reason_for_status
from newscrawl.fetch.backoff import Backoff, parse_retry_after

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

STATS = "newscrawl/retries"
# meta: the last HTTP status an earlier attempt (or redirect hop) of this request received.
LAST_STATUS = "newscrawl_last_status"
# meta: why the retries were given up, for the failures feed's `detail`.
GAVE_UP = "newscrawl_retry_gave_up"


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff = Backoff(
            base=settings.getfloat("NEWSCRAWL_RETRY_BASE_DELAY", 1.0),
            cap=settings.getfloat("NEWSCRAWL_RETRY_MAX_DELAY", 60.0),
            jitter=settings.getfloat("NEWSCRAWL_RETRY_JITTER", 0.2),
        )
        self.rng = random.Random()

    # Scrapy awaits coroutine middleware methods (2.19); its base class's are plain functions.
    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry_after = parse_retry_after(response.headers.get("Retry-After"), datetime.now(UTC))
        reason = reason_for_status(response.status)
        retry = await self._retry_later(request, reason, retry_after, response.status)
        return retry or response

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        if request.meta.get("dont_retry", False):
            return None
        if not isinstance(exception, self.exceptions_to_retry):
            return None
        reason = classify(exception, request.meta.get(LAST_STATUS)).reason
        return await self._retry_later(request, reason, None, None)

    async def _retry_later(
        self, request: Request, reason: str, retry_after: float | None, status: int | None
    ) -> Request | None:
        retry = request.meta.get("retry_times", 0) + 1
        limit = request.meta.get("max_retry_times", self.max_retry_times)
        delay = self.backoff.delay(retry, retry_after, self.rng)
        stats = self.crawler.stats
        assert stats is not None
        if retry <= limit and delay is None:
            stats.inc_value(f"{STATS}/retry_after_too_long")
            request.meta[GAVE_UP] = (
                f"the server asked to wait {retry_after:.0f} s (Retry-After), more than"
                f" NEWSCRAWL_RETRY_MAX_DELAY ({self.backoff.cap:g} s)"
            )
            logger.warning("Not retrying %s: %s", request, request.meta[GAVE_UP])
            return None
        assert self.crawler.spider is not None
        new = get_retry_request(
            request,
            spider=self.crawler.spider,
            reason=reason,
            max_retry_times=limit,
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=request.meta.get("give_up_log_level", self.give_up_log_level),
            stats_base_key=STATS,
        )
        if new is None:
            request.meta[GAVE_UP] = f"gave up after {retry} attempts ({reason})"
            return None
        if status is not None:
            new.meta[LAST_STATUS] = status
        if delay:
            stats.inc_value(f"{STATS}/waited_ms", round(delay * 1000))
            await sleep(delay)
        return new

"""Never leave the portal: every request, and every redirect, stays on the allowed origins.

`OriginGuardMiddleware` (in place of Scrapy's OffsiteMiddleware, at the same position, before
robots.txt is consulted) refuses any request whose origin the crawl's `OriginPolicy` does not
allow (`fetch/origins.py`): nothing is sent there, not even a robots.txt request, no name is
resolved. The redirect middlewares below check a redirect's target the moment it is known,
before it is scheduled, and detect loops; a refused or looping redirect reaches the request's
errback as `OffsiteRefused` / `RedirectLoop`, so the failures feed records it
(`redirect_offsite`, `redirect_loop`). Stats: `newscrawl/offsite/refused` and
`newscrawl/offsite/refused/{reason}`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol, runtime_checkable
from urllib.parse import urldefrag

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import Request

from newscrawl.fetch.errors import OffsiteRefused, RedirectLoop
from newscrawl.fetch.origins import OriginPolicy
from newscrawl.fetch.retry import LAST_STATUS

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

STATS = "newscrawl/offsite/refused"


@runtime_checkable
class HasOriginPolicy(Protocol):
    """A spider that declares the origins it may reach (`spiders/portal.py`)."""

    def origin_policy(self) -> OriginPolicy: ...


class Guard:
    """The crawl's origin policy, with the stats and log of what it refused."""

    def __init__(self, policy: OriginPolicy | None, stats: StatsCollector) -> None:
        self.policy = policy
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Guard:
        assert crawler.stats is not None
        spider = crawler.spider
        policy = spider.origin_policy() if isinstance(spider, HasOriginPolicy) else None
        return cls(policy, crawler.stats)

    def check(self, url: str, *, redirect: bool) -> None:
        why = self.policy.refusal(url) if self.policy is not None else None
        if why is None:
            return
        self.stats.inc_value(STATS)
        self.stats.inc_value(f"{STATS}/{why}")
        logger.warning("Refused %s to %s (%s)", "a redirect" if redirect else "a request", url, why)
        raise OffsiteRefused(url, why, redirect=redirect)

    def check_redirect(self, redirected: Request, request: Request, response: Response) -> Request:
        """The redirect `response` to `request` produced, if it may be followed; else raises."""
        # Refused here, the redirect's status is the last one the request received.
        request.meta[LAST_STATUS] = redirected.meta[LAST_STATUS] = response.status
        chain = [urldefrag(u)[0] for u in redirected.meta.get("redirect_urls", [])]
        if urldefrag(redirected.url)[0] in chain:
            self.stats.inc_value("newscrawl/redirects/loops")
            raise RedirectLoop(redirected.url, chain)
        self.check(redirected.url, redirect=True)
        # A hop to a URL fetched before (a loop through another page, a redirect to the home
        # page) must reach the spider, which records the outcome, rather than be dropped
        # silently by the duplicate filter; loops and REDIRECT_MAX_TIMES bound the chain.
        redirected.dont_filter = True
        return redirected


class OriginGuardMiddleware:
    def __init__(self, guard: Guard) -> None:
        self.guard = guard

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        guard = Guard.from_crawler(crawler)
        if guard.policy is None:
            raise NotConfigured("the spider declares no origin_policy()")
        return cls(guard)

    def process_request(self, request: Request) -> None:
        self.guard.check(request.url, redirect="redirect_urls" in request.meta)


class _ChecksRedirects:
    """Checks each redirect the base middleware builds against the guard, before it is
    scheduled; shared by the HTTP redirect and the meta-refresh middlewares."""

    guard: Guard

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = super().from_crawler(crawler)  # type: ignore[misc]
        middleware.guard = Guard.from_crawler(crawler)
        return middleware  # type: ignore[no-any-return]

    # Scrapy 2.19 calls middleware methods without `spider`, which the base keeps as optional.
    def process_response(self, request: Request, response: Response) -> Request | Response:
        result = super().process_response(request, response)  # type: ignore[misc]
        if isinstance(result, Request):
            return self.guard.check_redirect(result, request, response)
        return result  # type: ignore[no-any-return]


class GuardedRedirectMiddleware(_ChecksRedirects, RedirectMiddleware):  # type: ignore[misc]
    pass


class GuardedMetaRefreshMiddleware(_ChecksRedirects, MetaRefreshMiddleware):  # type: ignore[misc]
    pass

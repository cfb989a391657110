"""The downloader middlewares in-process: what is retried, what is refused, what loops."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured, ResponseDataLossError
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from newscrawl.fetch.errors import OffsiteRefused, RedirectLoop
from newscrawl.fetch.guard import (
    GuardedMetaRefreshMiddleware,
    GuardedRedirectMiddleware,
    OriginGuardMiddleware,
)
from newscrawl.fetch.retry import GAVE_UP, LAST_STATUS, BackoffRetryMiddleware
from newscrawl.spiders.baothaibinh import BaothaibinhSpider

BASE = "http://127.0.0.1:8000"
ARTICLE = f"{BASE}/tin-tuc/3/159670/tham-tra"
# No wait at all: these tests are about decisions; the waits are test_backoff's and the e2e's.
NO_WAIT = {"NEWSCRAWL_RETRY_BASE_DELAY": "0", "NEWSCRAWL_RETRY_JITTER": "0"}


def _crawler(**settings: Any) -> Crawler:
    crawler = get_crawler(BaothaibinhSpider, {**NO_WAIT, **settings})
    # Built by hand: `from_crawler` would relax politeness for loopback in frozen settings.
    spider = BaothaibinhSpider(base_url=BASE)
    spider._set_crawler(crawler)
    crawler.spider = spider
    return crawler


def _stats(crawler: Crawler) -> dict[str, Any]:
    assert crawler.stats is not None
    return {k: v for k, v in crawler.stats.get_stats().items() if k.startswith("newscrawl/")}


def _response(status: int, request: Request, **headers: str) -> Response:
    return HtmlResponse(request.url, status=status, headers=headers, body=b"", request=request)


# -- retries ---------------------------------------------------------------------------------


@pytest.fixture
def crawler() -> Crawler:
    return _crawler(NEWSCRAWL_RETRY_MAX_DELAY="60", RETRY_TIMES="2")


@pytest.fixture
def retry(crawler: Crawler) -> BackoffRetryMiddleware:
    return BackoffRetryMiddleware.from_crawler(crawler)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_server_errors_are_retried(retry: BackoffRetryMiddleware, status: int) -> None:
    request = Request(ARTICLE)
    again = asyncio.run(retry.process_response(request, _response(status, request)))
    assert isinstance(again, Request)
    assert again.meta["retry_times"] == 1
    assert again.meta[LAST_STATUS] == status


@pytest.mark.parametrize("status", [200, 301, 403, 404, 410])
def test_final_statuses_are_not(retry: BackoffRetryMiddleware, status: int) -> None:
    request = Request(ARTICLE)
    response = _response(status, request)
    assert asyncio.run(retry.process_response(request, response)) is response


def test_a_retry_after_beyond_the_cap_is_given_up_not_shortened(
    retry: BackoffRetryMiddleware, crawler: Crawler
) -> None:
    request = Request(ARTICLE)
    response = _response(503, request, **{"Retry-After": "120"})
    assert asyncio.run(retry.process_response(request, response)) is response
    assert "Retry-After" in request.meta[GAVE_UP]
    assert _stats(crawler)["newscrawl/retries/retry_after_too_long"] == 1


def test_truncated_bodies_are_retried_then_given_up(
    retry: BackoffRetryMiddleware, crawler: Crawler
) -> None:
    request: Request | Response | None = Request(ARTICLE)
    attempts = 0
    while isinstance(request, Request):
        attempts += 1
        last = request
        request = asyncio.run(retry.process_exception(request, ResponseDataLossError()))
    assert request is None
    assert attempts == 3  # RETRY_TIMES=2: the request and two retries
    assert last.meta[GAVE_UP] == "gave up after 3 attempts (truncated)"
    stats = _stats(crawler)
    assert stats["newscrawl/retries/count"] == 2
    assert stats["newscrawl/retries/reason_count/truncated"] == 2
    assert stats["newscrawl/retries/max_reached"] == 1


def test_ignored_requests_are_not_retried(retry: BackoffRetryMiddleware) -> None:
    assert asyncio.run(retry.process_exception(Request(ARTICLE), IgnoreRequest())) is None


# -- the origin guard ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8001/tin-tuc/3/1/x",
        "http://evil.example/",
        "https://baothaibinh.com.vn/tin-tuc/3/1/x",  # the live portal is not the replica
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_requests_to_other_origins_are_refused(url: str) -> None:
    crawler = _crawler()
    guard = OriginGuardMiddleware.from_crawler(crawler)
    with pytest.raises(OffsiteRefused) as refused:
        guard.process_request(Request(url))
    assert not refused.value.redirect
    assert _stats(crawler)["newscrawl/offsite/refused"] == 1


def test_requests_to_the_crawled_origin_pass() -> None:
    crawler = _crawler()
    OriginGuardMiddleware.from_crawler(crawler).process_request(Request(ARTICLE))
    assert "newscrawl/offsite/refused" not in _stats(crawler)


def test_the_guard_needs_a_spider_that_declares_its_origins() -> None:
    with pytest.raises(NotConfigured):
        OriginGuardMiddleware.from_crawler(get_crawler())


# -- redirects -------------------------------------------------------------------------------


def _redirect(middleware: Any, request: Request, location: str, status: int = 302) -> Any:
    return middleware.process_response(request, _response(status, request, Location=location))


@pytest.fixture
def redirects() -> GuardedRedirectMiddleware:
    return GuardedRedirectMiddleware.from_crawler(_crawler())


def test_a_redirect_on_the_portal_is_followed_whatever_was_seen_before(
    redirects: GuardedRedirectMiddleware,
) -> None:
    hop = _redirect(redirects, Request(ARTICLE), f"{ARTICLE}?_hop=0", 301)
    assert isinstance(hop, Request)
    assert hop.url == f"{ARTICLE}?_hop=0"
    assert hop.dont_filter  # a hop the duplicate filter dropped would vanish unrecorded
    assert hop.meta[LAST_STATUS] == 301


@pytest.mark.parametrize(
    ("location", "why"),
    [
        ("http://evil.example/tin-tuc/3/159670/x", "other_host"),
        ("http://10.0.0.1/", "private_address"),
        ("http://127.0.0.1:8001/tin-tuc/3/159670/x", "private_address"),
        ("//evil.example/x", "other_host"),
    ],
)
def test_a_redirect_off_the_portal_is_refused_before_it_is_scheduled(
    redirects: GuardedRedirectMiddleware, location: str, why: str
) -> None:
    request = Request(ARTICLE)
    with pytest.raises(OffsiteRefused) as refused:
        _redirect(redirects, request, location)
    assert (refused.value.redirect, refused.value.why) == (True, why)
    assert request.meta[LAST_STATUS] == 302


def test_a_redirect_loop_is_caught_on_its_first_repeat(
    redirects: GuardedRedirectMiddleware,
) -> None:
    first = _redirect(redirects, Request(ARTICLE), f"{ARTICLE}?_loop=1")
    second = _redirect(redirects, first, f"{ARTICLE}?_loop=2")
    assert [first.url, second.url] == [f"{ARTICLE}?_loop=1", f"{ARTICLE}?_loop=2"]
    with pytest.raises(RedirectLoop):
        _redirect(redirects, second, f"{ARTICLE}?_loop=1")


def test_meta_refresh_is_guarded_too() -> None:
    middleware = GuardedMetaRefreshMiddleware.from_crawler(_crawler())
    request = Request(ARTICLE)
    page = b'<html><head><meta http-equiv="refresh" content="0;url=http://evil.example/"></head>'
    response = HtmlResponse(ARTICLE, body=page, request=request)
    with pytest.raises(OffsiteRefused):
        middleware.process_response(request, response)

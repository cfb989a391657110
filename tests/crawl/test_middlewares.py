"""The fetch time stamped on each response is the time of that response."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scrapy import Request
from scrapy.http import HtmlResponse

from newscrawl.middlewares import FETCHED_AT, FetchTimeMiddleware


def test_a_redirected_request_gets_its_own_fetch_time() -> None:
    stale = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    request = Request("http://127.0.0.1/tin-tuc/3/1/x?_hop=0", meta={FETCHED_AT: stale})
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    FetchTimeMiddleware().process_response(request, response)
    stamped = datetime.fromisoformat(request.meta[FETCHED_AT])
    assert datetime.now(UTC) - stamped < timedelta(seconds=5)

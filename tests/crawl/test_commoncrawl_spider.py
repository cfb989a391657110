"""What the Common Crawl spider asks for, and what it makes of a record (spiders/commoncrawl.py)."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from newscrawl.failures import FailureRecord
from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.pages.cdx import IndexedCapture, IndexPage
from newscrawl.spiders.baothaibinh import BaothaibinhCommonCrawlSpider
from newscrawl.spiders.commoncrawl import CAPTURE, COMMONCRAWL_SETTINGS
from newscrawl.spiders.politeness import LOOPBACK_SETTINGS
from newscrawl.spiders.wayback import CAPTURES_LEFT

ARTICLE = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"
FILE = "crawl-data/CC-MAIN-2025-05/segments/1.0/warc/x.warc.gz"
DATA = "https://data.commoncrawl.org"


def _spider(**arguments: str) -> BaothaibinhCommonCrawlSpider:
    crawler = get_crawler(BaothaibinhCommonCrawlSpider)
    spider = BaothaibinhCommonCrawlSpider(**arguments)
    spider._set_crawler(crawler)
    return spider


def _stat(spider: BaothaibinhCommonCrawlSpider, name: str) -> Any:
    assert spider.crawler.stats is not None
    return spider.crawler.stats.get_value(name)


COLLINFO = [
    {"id": "CC-MAIN-2025-38", "cdx-api": "https://index.commoncrawl.org/CC-MAIN-2025-38-index",
     "from": "2025-09-05T10:00:00", "to": "2025-09-19T02:00:00"},
    {"id": "CC-MAIN-2025-05", "cdx-api": "https://index.commoncrawl.org/CC-MAIN-2025-05-index",
     "from": "2025-01-13T04:00:00", "to": "2025-01-26T11:00:00"},
]  # fmt: skip


def _reply(url: str, body: bytes, **meta: Any) -> Response:
    return Response(url, body=body, request=Request(url, meta=meta))


@pytest.mark.parametrize(
    ("since", "crawls"),
    [({}, ["CC-MAIN-2025-38", "CC-MAIN-2025-05"]), ({"since": "2025-03-01"}, ["CC-MAIN-2025-38"])],
)
def test_each_crawl_is_listed_but_those_over_before_the_window_opened(
    since: dict[str, str], crawls: list[str]
) -> None:
    spider = _spider(**since)
    reply = _reply("https://index.commoncrawl.org/collinfo.json", json.dumps(COLLINFO).encode())
    asked = [r.url for r in spider.parse_crawls(reply)]
    # The paper's own host name first, then its aliases: six prefixes a crawl
    assert len(asked) == 6 * len(crawls)
    assert sorted({url.split("-index?")[0].rsplit("/", 1)[1] for url in asked}) == sorted(crawls)
    assert all("showNumPages=true" in url for url in asked)
    assert _stat(spider, "newscrawl/captures/crawls_before_window") == (1 if since else None)


def test_a_list_of_crawls_that_is_none_is_a_failure() -> None:
    spider = _spider()
    out = list(spider.parse_crawls(_reply("https://index.commoncrawl.org/collinfo.json", b"<h1>")))
    assert [(type(o), o.reason) for o in out] == [(FailureRecord, "parse_error")]


def test_a_capture_the_index_places_in_no_file_is_not_held() -> None:
    spider = _spider()
    placed = IndexedCapture(ARTICLE, "20250612000000", f"{FILE} 10 20")
    spider._hold(IndexPage([IndexedCapture(ARTICLE, "20250112000000"), placed]))
    assert spider.held.take() == {"159670": [["20250612000000", ARTICLE, f"{FILE} 10 20"]]}
    assert _stat(spider, "newscrawl/captures/no_record") == 1


def _record_reply(body: bytes, left: list[list[str]]) -> Response:
    capture = ["20250112000000", ARTICLE, f"{FILE} 100 {len(body)}"]
    meta = {ARTICLE_KEY: "baothaibinh.com.vn:159670", CAPTURE: capture, CAPTURES_LEFT: left}
    return Response(f"{DATA}/{FILE}", status=206, body=body,
                    request=Request(f"{DATA}/{FILE}", meta=meta))  # fmt: skip


def _member(target: str) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html></html>"
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2025-01-12T00:00:00Z\r\n"
            f"WARC-Target-URI: {target}\r\nContent-Length: {len(http)}\r\n\r\n")  # fmt: skip
    return gzip.compress(head.encode() + http)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"<html>Access Denied</html>", "no gzip member"),
        # An index out of step with its files: the range holds another page's record
        (_member("https://baothaibinh.com.vn/tin-tuc/3/159671/x"), "not " + ARTICLE),
    ],
)
def test_a_range_that_holds_no_record_of_the_capture_falls_back_or_fails(
    body: bytes, says: str
) -> None:
    spider = _spider()
    later = ["20250612000000", ARTICLE, f"{FILE} 900 50"]
    fallback = list(spider.parse_record(_record_reply(body, [later])))
    assert [(r.headers.get("Range"), r.meta[CAPTURE]) for r in fallback] == [
        (b"bytes=900-949", later)
    ]
    (failure,) = spider.parse_record(_record_reply(body, []))
    assert isinstance(failure, FailureRecord)
    assert (failure.reason, failure.article_id) == ("parse_error", "159670")
    assert failure.url == f"{DATA}/{FILE}#bytes=100-{99 + len(body)}"
    assert says in (failure.detail or "")


def test_common_crawl_is_asked_politely_unless_on_loopback() -> None:
    assert BaothaibinhCommonCrawlSpider().politeness() == COMMONCRAWL_SETTINGS
    local = BaothaibinhCommonCrawlSpider(
        index="http://127.0.0.1:8000", data="http://127.0.0.1:8000"
    )
    assert local.politeness() == LOOPBACK_SETTINGS


def test_only_the_index_and_the_data_server_may_be_reached() -> None:
    policy = BaothaibinhCommonCrawlSpider().origin_policy()
    assert policy.refusal(f"{DATA}/{FILE}") is None
    assert policy.refusal("https://index.commoncrawl.org/CC-MAIN-2025-05-index?url=x") is None
    assert policy.refusal(ARTICLE) == "other_host"


def test_a_record_request_survives_a_job_directory() -> None:
    # JOBDIR and Redis queues keep requests as plain data: callback by name, meta as lists
    from scrapy.utils.request import request_from_dict

    spider = _spider()
    capture = ["20250612000000", ARTICLE, f"{FILE} 10 20"]
    request = spider._capture_request("baothaibinh.com.vn:159670", [capture])
    again = request_from_dict(request.to_dict(spider=spider), spider=spider)
    assert (again.url, again.headers.get("Range"), again.meta[CAPTURE]) == (
        f"{DATA}/{FILE}",
        b"bytes=10-29",
        capture,
    )
    assert again.callback == spider.parse_record

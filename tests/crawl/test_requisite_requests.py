"""What a page makes the spider ask for to be shown (spiders/requisites.py), and how."""

from __future__ import annotations

from typing import Any

from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from newscrawl.pages.dom import parse_html
from newscrawl.spiders.baothaibinh import BaothaibinhSpider, BaothaibinhWaybackSpider
from newscrawl.spiders.failures import REQUISITE_OF, request_kind
from newscrawl.spiders.portal import PortalSpider
from newscrawl.spiders.requests import ARTICLE_PRIORITY
from newscrawl.spiders.requisites import REQUISITE_PRIORITY

WARC = {"NEWSCRAWL_WARC_DIR": "/tmp/unused-warc"}
PAGE = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"
HTML = """<html><head>
<link rel="stylesheet" href="/Content/css/site.css?v=1">
<link rel="shortcut icon" href="https://www.baothaibinh.com.vn/favicon.ico">
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">
</head><body><script src="/Scripts/site.js"></script></body></html>"""


def _spider(settings: dict[str, Any], spider: type[PortalSpider] = BaothaibinhSpider) -> Any:
    made = spider()
    made._set_crawler(get_crawler(spider, settings))
    return made


def test_the_portals_requisites_are_asked_for_once_a_run() -> None:
    spider = _spider(WARC)
    requests = list(spider.requisites(parse_html(HTML), PAGE))
    assert [r.url for r in requests] == [
        "https://baothaibinh.com.vn/Content/css/site.css?v=1",
        "https://www.baothaibinh.com.vn/favicon.ico",
        "https://baothaibinh.com.vn/Scripts/site.js",
    ]
    assert spider.crawler.stats.get_value("newscrawl/requisites/elsewhere") == 1  # the font CSS
    for request in requests:
        assert request.meta == {REQUISITE_OF: PAGE}
        assert request_kind(request) == "requisite"
        assert request.priority == REQUISITE_PRIORITY < ARTICLE_PRIORITY
        # Every run asks again (a redesign changes them), past JOBDIR's duplicate filter, which
        # remembers the runs before; within a run, the spider asks for each once.
        assert request.dont_filter
        # Plain data: it survives JOBDIR's disk queue and a Redis queue.
        again = request_from_dict(request.to_dict(spider=spider), spider=spider)
        assert (again.url, again.meta, again.callback) == (
            request.url,
            request.meta,
            request.callback,
        )
    assert list(spider.requisites(parse_html(HTML), PAGE.replace("159670", "1"))) == []


def test_no_requisite_without_warc_on_request_or_from_an_archive() -> None:
    off = {**WARC, "NEWSCRAWL_WARC_REQUISITES": False}
    assert list(_spider({}).requisites(parse_html(HTML), PAGE)) == []
    assert list(_spider(off).requisites(parse_html(HTML), PAGE)) == []
    wayback = _spider(WARC, BaothaibinhWaybackSpider)
    assert list(wayback.requisites(parse_html(HTML), PAGE)) == []

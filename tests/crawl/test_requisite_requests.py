"""What a page makes the spider ask for to be shown (spiders/requisites.py), and how."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from newscrawl.items import RawImage
from newscrawl.pages.dom import parse_html
from newscrawl.spiders import requisites
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


def _showing(pictures: range) -> str:
    shown = "".join(f"<img src='/upload/thumb/{n}.jpg'>" for n in pictures)
    return f"<html><body>{shown}</body></html>"


def _pictures(numbers: range) -> list[RawImage]:
    return [RawImage(f"https://baothaibinh.com.vn/upload/thumb/{n}.jpg") for n in numbers]


def _idle_until_done(spider: Any) -> list[int]:
    """Signal `spider_idle` until the spider lets the crawl close; how many each time asked."""
    asked: list[scrapy.Request] = []
    spider.crawler.engine = SimpleNamespace(crawl=asked.append)
    batches: list[int] = []
    while True:
        before = len(asked)
        try:
            spider.ask_for_pictures_shown()
        except DontCloseSpider:
            batches.append(len(asked) - before)
            continue
        assert len(asked) == before
        return batches


def test_the_pictures_pages_showed_are_asked_for_a_batch_each_time_the_crawl_is_idle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Not all at once: the listings of a portal whose thumbnails are pictures of their own show
    # one for every article, and a request weighs more than its addresses held.
    monkeypatch.setattr(requisites, "SHOWN_BATCH", 1_000)
    spider = _spider(WARC)
    for page in range(5):
        list(spider.requisites(parse_html(_showing(range(page * 500, page * 500 + 600))), PAGE))
    assert _idle_until_done(spider) == [1_000, 1_000, 600]
    assert spider.crawler.stats.get_value("newscrawl/requisites/pictures") == 2_600


def test_a_batch_whose_pictures_were_all_asked_for_as_media_is_not_an_idle_round_lost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(requisites, "SHOWN_BATCH", 100)
    spider = _spider(WARC)
    list(spider.requisites(parse_html(_showing(range(300))), PAGE))
    list(spider.media("159670", _pictures(range(150)), PAGE))
    assert _idle_until_done(spider) == [100, 50]


def test_the_pictures_shown_held_are_those_no_request_has_asked_for_yet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A listing read before its articles shows their pictures as thumbnails: held until the
    # articles ask for them as media, not until the crawl is idle.
    monkeypatch.setattr(requisites, "SHOWN_HELD", 100)
    spider = _spider(WARC)
    for start in range(0, 1_000, 50):
        list(spider.requisites(parse_html(_showing(range(start, start + 50))), PAGE))
        # The articles' pictures, but for the page's last five thumbnails: no article's.
        list(spider.media(str(start), _pictures(range(start, start + 45)), PAGE))
    # 100 no article's, and at most as many again asked for since the last letting go, and a
    # page's worth (1,000 were shown).
    assert len(spider.pictures_shown) <= 2 * 100 + 50
    assert _idle_until_done(spider) == [100]

"""Which pictures an article's page makes the spider ask for (spiders/media.py), and where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newscrawl.items import RawArticle, RawImage
from newscrawl.spiders.baothaibinh import (
    BaothaibinhCommonCrawlSpider,
    BaothaibinhSpider,
    BaothaibinhWaybackSpider,
)
from newscrawl.spiders.failures import MEDIA_OF, request_kind
from newscrawl.spiders.media import MEDIA_PRIORITY, SHOWN_AS
from newscrawl.spiders.portal import PortalSpider
from newscrawl.spiders.requests import ARTICLE_PRIORITY
from newscrawl.state.runtime import CrawlState
from newscrawl.state.store import StateStore
from tests.support import REPLICA

PICTURE = "https://media.baothaibinh.com.vn/upload/news/9_2022/159670_tham-tra_1.jpg"
IMAGES = [
    RawImage(PICTURE),
    RawImage("https://www.baothaibinh.com.vn/Uploaded/old.jpg"),
    RawImage("https://cdn.example/chart.png"),  # another site's
    RawImage("data:image/gif;base64,R0lGODlhAQABAAAAACw="),
]
WARC = {"NEWSCRAWL_WARC_DIR": "/tmp/unused-warc"}
PAGE = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"
CAPTURE = f"https://web.archive.org/web/20250612083000id_/{PAGE}"


def _spider(
    settings: dict[str, Any], spider: type[PortalSpider] = BaothaibinhSpider, **arguments: str
) -> PortalSpider:
    crawler = get_crawler(spider, settings)
    made = spider(**arguments)
    made._set_crawler(crawler)
    return made


def test_the_portals_pictures_are_asked_for_where_they_are() -> None:
    spider = _spider(WARC)
    requests = list(spider.media("159670", IMAGES, PAGE))
    assert [r.url for r in requests] == [PICTURE, "https://www.baothaibinh.com.vn/Uploaded/old.jpg"]
    assert spider.crawler.stats is not None
    assert spider.crawler.stats.get_value("newscrawl/media/requested") == 2
    assert spider.crawler.stats.get_value("newscrawl/media/elsewhere") == 2
    for request, image in zip(requests, IMAGES, strict=False):
        assert request.meta == {MEDIA_OF: "159670", SHOWN_AS: image.url}
        assert request.priority == MEDIA_PRIORITY > ARTICLE_PRIORITY
        assert request_kind(request) == "media"
        assert request.dont_filter  # asked for once a run: tests/crawl/test_duplicate_filter.py
        # Plain data: it survives JOBDIR's disk queue and a Redis queue.
        assert request.to_dict(spider=spider)["callback"] == "parse_media"


def test_a_crawl_of_the_portal_may_reach_its_picture_host() -> None:
    policy = _spider(WARC).origin_policy()
    assert policy.refusal(PICTURE) is None
    assert policy.refusal("https://cdn.example/chart.png") == "other_host"
    mirror = _spider(WARC, base_url="http://127.0.0.1:8000").origin_policy()
    assert mirror.refusal(PICTURE) == "other_host"  # a mirror is asked for its own copy


def test_a_picture_two_articles_show_is_asked_for_once() -> None:
    spider = _spider(WARC)
    assert len(list(spider.media("159670", IMAGES, PAGE))) == 2
    assert [r.url for r in spider.media("159671", [RawImage(PICTURE)], PAGE)] == []


def test_a_mirror_is_asked_for_the_portals_pictures() -> None:
    spider = _spider(WARC, base_url="http://127.0.0.1:8000")
    assert [r.url for r in spider.media("159670", IMAGES, PAGE)] == [
        "http://127.0.0.1:8000/upload/news/9_2022/159670_tham-tra_1.jpg",
        "http://127.0.0.1:8000/Uploaded/old.jpg",
    ]


@pytest.mark.parametrize(
    ("settings", "spider"),
    [
        ({}, BaothaibinhSpider),  # no WARC: nothing to keep them in
        ({**WARC, "NEWSCRAWL_WARC_MEDIA": "False"}, BaothaibinhSpider),
        (WARC, BaothaibinhWaybackSpider),  # read from an archive only when asked
    ],
)
def test_no_pictures_are_asked_for(settings: dict[str, Any], spider: type[PortalSpider]) -> None:
    assert list(_spider(settings, spider).media("159670", IMAGES, PAGE)) == []


def test_an_archive_is_asked_for_the_pictures_captured_nearest_the_article() -> None:
    spider = _spider(WARC, BaothaibinhWaybackSpider, pictures="1")
    assert [r.url for r in spider.media("159670", IMAGES, CAPTURE)] == [
        f"https://web.archive.org/web/20250612083000id_/{PICTURE}",
        "https://web.archive.org/web/20250612083000id_/https://www.baothaibinh.com.vn/Uploaded/old.jpg",
    ]
    # One an earlier run wanted, with no capture of its article at hand: the latest.
    assert spider.picture_address(PICTURE, None) == (
        f"https://web.archive.org/web/99991231235959id_/{PICTURE}"
    )


def test_common_crawl_reads_no_pictures() -> None:
    with pytest.raises(ValueError, match="not Common Crawl"):
        BaothaibinhCommonCrawlSpider(pictures="1")


def test_more_picture_hosts_may_be_named() -> None:
    settings = {**WARC, "NEWSCRAWL_MEDIA_HOSTS": "cdn.example, IMG.example."}
    spider = BaothaibinhSpider.from_crawler(get_crawler(BaothaibinhSpider, settings))
    assert [r.url for r in spider.media("159670", IMAGES, PAGE)] == [
        PICTURE,
        "https://www.baothaibinh.com.vn/Uploaded/old.jpg",
        "https://cdn.example/chart.png",
    ]
    policy = spider.origin_policy()
    assert policy.refusal("https://cdn.example/chart.png") is None  # a redirect there, too
    assert policy.refusal("https://img.example/a.jpg") is None
    assert policy.refusal("https://other.example/a.jpg") == "other_host"


def test_an_articles_pictures_are_in_the_state_before_the_article_leaves_the_spider(
    tmp_path: Path,
) -> None:
    """The state must hold the pictures before the article can be recorded as archived: a
    run killed between the two would otherwise leave pictures no run asks for again."""
    spider = _spider(WARC)
    store = StateStore(tmp_path)
    state = CrawlState(store, 1, spider.name, "baothaibinh.com.vn", set(), set(), None, False)
    spider.__dict__["crawl_state"] = state  # what `state_for(crawler)` gives with a state dir
    page = next((REPLICA / "tin-tuc" / "3" / "159670").glob("*.html"))
    url = f"{PAGE}"
    response = HtmlResponse(url, body=page.read_bytes(), request=Request(url))
    outputs = spider.parse_article(response)
    first = next(outputs)
    assert isinstance(first, RawArticle)
    assert len(store.pictures.unarchived("baothaibinh.com.vn", 0)) == 3
    assert [r.url for r in outputs if isinstance(r, Request) and MEDIA_OF in r.meta] == [
        image.url for image in first.images
    ]
    store.close()


def test_one_picture_shown_under_two_hosts_is_asked_for_once() -> None:
    spider = _spider(WARC, base_url="http://127.0.0.1:8000")
    both = [RawImage(PICTURE), RawImage(PICTURE.replace("media.", "www.", 1))]
    assert [r.url for r in spider.media("159670", both, PAGE)] == [
        "http://127.0.0.1:8000/upload/news/9_2022/159670_tham-tra_1.jpg"
    ]

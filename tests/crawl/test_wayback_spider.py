"""What the Wayback spider asks an archive for, and where it may go (spiders/wayback.py)."""

from __future__ import annotations

import json

import pytest
from scrapy import Request
from scrapy.exceptions import DontCloseSpider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newscrawl.pages.cdx import IndexedCapture
from newscrawl.spiders.baothaibinh import BaothaibinhSpider, BaothaibinhWaybackSpider
from newscrawl.spiders.politeness import LOOPBACK_SETTINGS
from newscrawl.spiders.thaibinhtv import ThaibinhtvWaybackSpider
from newscrawl.spiders.wayback import WAYBACK_SETTINGS


def test_the_article_path_is_asked_for_on_each_host_name() -> None:
    assert BaothaibinhWaybackSpider().index_prefixes() == [
        "baothaibinh.com.vn/tin-tuc/",
        "hostmaster.baothaibinh.com.vn/tin-tuc/",
        "media2.baothaibinh.com.vn/tin-tuc/",
        "mysql.baothaibinh.com.vn/tin-tuc/",
        "ww.baothaibinh.com.vn/tin-tuc/",
        "wwww.baothaibinh.com.vn/tin-tuc/",
    ]
    assert ThaibinhtvWaybackSpider().index_prefixes() == ["thaibinhtv.vn/news/"]


def test_only_the_archive_may_be_reached() -> None:
    policy = BaothaibinhWaybackSpider().origin_policy()
    assert policy.refusal("https://web.archive.org/web/20221001000000id_/https://x.vn/") is None
    assert policy.refusal("https://web.archive.org/cdx/search/cdx?url=x") is None
    assert policy.refusal("https://baothaibinh.com.vn/tin-tuc/3/159670/x") == "other_host"


def test_an_index_on_another_host_is_reachable_too() -> None:
    spider = BaothaibinhWaybackSpider(
        index="https://cdx.example.org/cdx", replay="https://replay.example.org/web/"
    )
    assert spider.replay == "https://replay.example.org/web"
    assert spider.allowed_domains == ["cdx.example.org", "replay.example.org"]
    assert spider.origin_policy().refusal("https://cdx.example.org/cdx?url=x") is None


@pytest.mark.parametrize(
    "arguments",
    [{"prefer": "newest"}, {"index": "ftp://archive.example/cdx"}, {"replay": "web.archive.org"}],
)
def test_bad_arguments_are_refused_before_the_crawl(arguments: dict[str, str]) -> None:
    with pytest.raises(ValueError, match=r"prefer|http"):
        BaothaibinhWaybackSpider(**arguments)


def _index_reply(key: str) -> HtmlResponse:
    body = json.dumps([["original", "timestamp"], [f"{ARTICLE}", "20250601000000"], [], [key]])
    request = Request("https://web.archive.org/cdx/search/cdx?url=x")
    return HtmlResponse(request.url, body=body.encode(), request=request)


ARTICLE = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"


@pytest.mark.parametrize(("asked_with", "follows"), [("k1", True), ("k2", False)])
def test_an_index_that_answers_with_the_key_it_was_asked_with_is_left(
    asked_with: str, follows: bool
) -> None:
    crawler = get_crawler(BaothaibinhWaybackSpider)
    spider = BaothaibinhWaybackSpider()
    spider._set_crawler(crawler)
    out = list(spider.parse_index(_index_reply("k2"), "baothaibinh.com.vn/tin-tuc/", asked_with))
    index_pages = [r for r in out if isinstance(r, Request) and "/cdx/" in r.url]
    assert len(index_pages) == (1 if follows else 0)
    assert crawler.stats is not None
    assert crawler.stats.get_value("newscrawl/captures/index_stuck") == (None if follows else 1)


def test_the_archive_is_asked_politely_unless_it_is_on_loopback() -> None:
    assert BaothaibinhWaybackSpider().politeness() == WAYBACK_SETTINGS
    on_loopback = BaothaibinhWaybackSpider(replay="http://127.0.0.1:8000/web")
    assert on_loopback.politeness() == LOOPBACK_SETTINGS
    # The portal spider's own choice is the portal's: none of the archive's limits.
    assert BaothaibinhSpider().politeness() == {}
    assert BaothaibinhSpider(base_url="http://127.0.0.1:8000").politeness() == LOOPBACK_SETTINGS


class _Engine:
    def __init__(self) -> None:
        self.crawled: list[Request] = []

    def crawl(self, request: Request) -> None:
        self.crawled.append(request)


def test_captures_are_requested_once_every_listing_has_ended() -> None:
    crawler = get_crawler(BaothaibinhWaybackSpider)
    spider = BaothaibinhWaybackSpider()
    spider._set_crawler(crawler)
    engine = crawler.engine = _Engine()  # type: ignore[assignment]
    out = list(spider.parse_index(_index_reply("k2"), "baothaibinh.com.vn/tin-tuc/", "k1"))
    assert [r.url for r in out if "/cdx/" not in r.url] == []  # held, not yet requested
    with pytest.raises(DontCloseSpider):  # the engine was idle: the captures keep it going
        spider.read_held_captures()
    assert [r.url for r in engine.crawled] == [
        f"https://web.archive.org/web/20250601000000id_/{ARTICLE}"
    ]
    spider.read_held_captures()  # nothing held: the spider may close
    assert len(engine.crawled) == 1


def test_held_captures_are_requested_a_batch_at_a_time() -> None:
    crawler = get_crawler(BaothaibinhWaybackSpider, {"NEWSCRAWL_ARCHIVE_BATCH": 2})
    spider = BaothaibinhWaybackSpider()
    spider._set_crawler(crawler)
    engine = crawler.engine = _Engine()  # type: ignore[assignment]
    for article_id in ("159671", "159672", "159673", "159674", "159675"):
        spider.held.add(article_id, IndexedCapture(ARTICLE.replace("159670", article_id),
                                                   "20250601000000"))  # fmt: skip
    spider.admits("159672")  # asked for already in this run: it requests nothing again
    batches = []
    while True:
        try:
            spider.read_held_captures()
        except DontCloseSpider:
            batches.append([r.url.split("/")[-2] for r in engine.crawled])
            engine.crawled.clear()
            continue
        break
    # Two requests a batch: the article not admitted gives its place to the next one
    assert batches == [["159671", "159673"], ["159674", "159675"]]


@pytest.mark.parametrize(("whole", "asks_again"), [(False, True), (True, False)])
def test_a_listing_of_nothing_in_pywb_s_words_is_asked_again_its_way(
    whole: bool, asks_again: bool
) -> None:
    # pywb 0.33 (and Common Crawl's index) answers a listing of nothing with 404 "No Captures
    # found"; a pywb that reads no Wayback field name in a filter would find nothing for that
    # alone when asked the Wayback way. Asked again pywb's way, with pywb's names.
    crawler = get_crawler(BaothaibinhWaybackSpider)
    spider = BaothaibinhWaybackSpider(index="http://127.0.0.1:8080/coll/cdx")
    spider._set_crawler(crawler)
    url = "http://127.0.0.1:8080/coll/cdx?url=baothaibinh.com.vn/tin-tuc/"
    body = b"No Captures found for: baothaibinh.com.vn/tin-tuc/"
    reply = HtmlResponse(url, status=404, body=body, request=Request(url))
    out = list(spider.parse_index(reply, "baothaibinh.com.vn/tin-tuc/", whole=whole))
    again = [r.url for r in out if isinstance(r, Request)]
    assert bool(again) == asks_again
    assert all("showNumPages=true" in u and "filter=status%3A200" in u for u in again)
    assert crawler.stats is not None
    assert crawler.stats.get_value("newscrawl/captures/index_empty") == (None if again else 1)

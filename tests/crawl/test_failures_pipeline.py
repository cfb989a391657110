"""The failures pipeline in-process: records written and dropped, the accounting closed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scrapy import Request, signals
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from newscrawl.failures import ArticleSkipped, FailureRecord
from newscrawl.failures.pipeline import FailuresPipeline
from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.items import is_exported_article
from newscrawl.pipelines import IncompleteArticle
from tests.support import read_jsonl

BASE = "http://127.0.0.1:8000/tin-tuc/3"


def _request(article_id: str) -> Request:
    return Request(f"{BASE}/{article_id}/x", meta={ARTICLE_KEY: f"site/{article_id}"})


def _response(request: Request) -> HtmlResponse:
    return HtmlResponse(request.url, body=b"<html></html>", request=request)


def _article(article_id: str) -> dict[str, Any]:
    return {"article_id": article_id, "url": f"{BASE}/{article_id}/x", "schema_version": 2}


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    return tmp_path / "failures.jsonl"


@pytest.fixture
def pipeline(feed: Path) -> FailuresPipeline:
    crawler = get_crawler(settings_dict={"NEWSCRAWL_FAILURES_FILE": str(feed)})
    pipeline = FailuresPipeline.from_crawler(crawler)
    pipeline.spider_opened(crawler._create_spider("test"))
    return pipeline


def _close(pipeline: FailuresPipeline, reason: str = "finished") -> None:
    pipeline.crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason=reason)


def test_records_are_written_and_never_passed_on(pipeline: FailuresPipeline, feed: Path) -> None:
    record = FailureRecord(url=f"{BASE}/1/x", reason="http_404", article_id="1", key="site/1")
    with pytest.raises(DropItem) as dropped:
        pipeline.process_item(record)
    assert dropped.value.log_level == "DEBUG"
    _close(pipeline)
    assert [(f["article_id"], f["reason"]) for f in read_jsonl(feed)] == [("1", "http_404")]
    assert pipeline.stats.get_value("newscrawl/failures/http_404") == 1


def test_articles_pass(pipeline: FailuresPipeline) -> None:
    assert pipeline.process_item(_article("1")) == _article("1")


def test_every_requested_article_ends_somewhere(pipeline: FailuresPipeline, feed: Path) -> None:
    requests = {i: _request(i) for i in ("1", "2", "3", "4", "5", "6", "7")}
    for request in requests.values():
        pipeline.request_scheduled(request)
    pipeline.item_scraped(_article("1"), _response(requests["1"]))
    with pytest.raises(DropItem):
        pipeline.process_item(
            FailureRecord(url="u", reason="timeout", article_id="2", key="site/2")
        )
    with pytest.raises(DropItem):
        pipeline.process_item(ArticleSkipped("site/3", "outside_window"))
    incomplete = IncompleteArticle("article has no body")
    pipeline.item_dropped(_article("4"), _response(requests["4"]), incomplete)
    pipeline.item_dropped(_article("5"), _response(requests["5"]), DropItem("duplicate"))
    failure = Failure(RecursionError("deep"))  # type: ignore[no-untyped-call]
    pipeline.spider_error(failure, _response(requests["6"]))
    _close(pipeline)
    reasons = {f["article_id"]: f["reason"] for f in read_jsonl(feed)}
    assert reasons == {"2": "timeout", "4": "empty_body", "6": "parse_error", "7": "unaccounted"}
    assert pipeline.stats.get_value("newscrawl/accounting/exported") == 2
    assert pipeline.stats.get_value("newscrawl/accounting/failed") == 4
    assert pipeline.stats.get_value("newscrawl/accounting/skipped") == 1


def test_a_stopped_crawl_records_what_it_left_unanswered(
    pipeline: FailuresPipeline, feed: Path
) -> None:
    pipeline.request_scheduled(_request("7"))
    _close(pipeline, reason="shutdown")
    (line,) = read_jsonl(feed)
    assert (line["article_id"], line["reason"]) == ("7", "interrupted")


@pytest.mark.parametrize(
    ("chain", "final_url"),
    [
        ([], None),
        ([f"{BASE}/4/old"], f"{BASE}/4/x"),  # moved: where it failed is said
        ([f"{BASE}/4/x", f"{BASE}/4/x?amp=1"], None),  # led back to where it started
    ],
)
def test_an_empty_article_is_recorded_as_the_spider_records_failures(
    pipeline: FailuresPipeline, feed: Path, chain: list[str], final_url: str | None
) -> None:
    request = _request("4")
    if chain:
        request = request.replace(url=f"{BASE}/4/x", meta={**request.meta, "redirect_urls": chain})
    request.meta["retry_times"] = 1
    pipeline.item_dropped(_article("4"), _response(request), IncompleteArticle("no body"))
    _close(pipeline)
    (line,) = read_jsonl(feed)
    first = chain[0] if chain else request.url
    assert (line["url"], line["final_url"], line["attempts"]) == (first, final_url, 2)
    assert (line["reason"], line["kind"], line["article_id"]) == ("empty_body", "article", "4")


@pytest.mark.parametrize(
    ("item", "exported"),
    [
        (_article("1"), True),
        ({**_article("1"), "_revisit": True}, True),  # marked for the pipelines, still one
        (FailureRecord(url="u", reason="timeout"), False),
        (ArticleSkipped("site/3", "outside_window"), False),
        ({"url": "u", "title": "another spider's item"}, False),
        (None, False),
    ],
)
def test_what_counts_as_an_exported_article(item: object, exported: bool) -> None:
    assert is_exported_article(item) is exported

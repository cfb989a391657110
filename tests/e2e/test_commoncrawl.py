"""`scrapy crawl baothaibinh_commoncrawl` against the replica served as Common Crawl serves its
crawls (server/commoncrawl.py): a paged index a crawl, and records read by byte range."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newscrawl.cli import main
from newscrawl.items import PAGE_FIELDS
from tests.support import CrawlResult, read_jsonl, run_crawl

pytestmark = pytest.mark.e2e

SPIDER = "baothaibinh_commoncrawl"
RECORD = re.compile(
    r"^http://127\.0\.0\.1:\d+/crawl-data/(?P<crawl>CC-MAIN-\d{4}-\d{2})/segments/[\d.]+/warc/"
    r"[\w.-]+\.warc\.gz#bytes=(?P<start>\d+)-(?P<end>\d+)$"
)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("commoncrawl")


@pytest.fixture(scope="module")
def crawl(work: Path) -> CrawlResult:
    settings = {
        "NEWSCRAWL_STATE_DIR": str(work / "state"),
        "NEWSCRAWL_WARC_DIR": str(work / "warc"),
        "NEWSCRAWL_FAILURES_FILE": str(work / "failures.jsonl"),
    }
    return run_crawl(work, "-a", "replica=fixtures/portal", spider=SPIDER, settings=settings)


def _crawls_read(result: CrawlResult) -> Counter[str]:
    found = [RECORD.match(item["url"]) for item in result.items]
    assert None not in found, [item["url"] for item in result.items]
    return Counter(f["crawl"] for f in found if f is not None)


def test_every_article_is_read_once_with_every_field_the_live_portal_gave(
    crawl: CrawlResult, expected_articles: dict[str, Any]
) -> None:
    by_id = {item["article_id"]: item for item in crawl.items}
    assert sorted(Counter(item["article_id"] for item in crawl.items).values()) == [1] * 53
    assert sorted(by_id) == sorted(expected_articles)
    wrong = {
        (article_id, field)
        for article_id, truth in expected_articles.items()
        for field in PAGE_FIELDS
        if field != "url" and by_id[article_id].get(field) != truth.get(field)
    }
    assert wrong == set()


def test_each_article_is_read_from_its_earliest_record_that_is_an_article(
    crawl: CrawlResult, work: Path, expected_articles: dict[str, Any]
) -> None:
    # January's records of one article in five are error pages: the June record of the same
    # crawl is read; September's crawl (the `www.` alias) never is.
    assert _crawls_read(crawl) == Counter({"CC-MAIN-2025-05": 53})
    fallbacks = sum(1 for article_id in expected_articles if int(article_id) % 5 == 0)
    assert f"'newscrawl/captures/fallbacks': {fallbacks}," in crawl.log
    # Both crawls' indexes, asked for their pages on each host name; the other host names
    # hold nothing (404, "No Captures found"), which is no failure.
    assert "'newscrawl/captures/listed': 136," in crawl.log
    assert "'newscrawl/captures/index_empty': 10," in crawl.log
    assert (work / "failures.jsonl").read_text() == ""


def test_only_the_crawls_named_are_read(work: Path) -> None:
    result = run_crawl(work / "named", "-a", "replica=fixtures/portal",
                       "-a", "crawls=CC-MAIN-2025-38", spider=SPIDER)  # fmt: skip
    assert _crawls_read(result) == Counter({"CC-MAIN-2025-38": 53})
    # One crawl's index listed, not both: its own host name, and five that answer 404
    assert "'newscrawl/captures/index_empty': 5," in result.log
    assert "'newscrawl/captures/listed': 53," in result.log
    assert "'newscrawl/captures/fallbacks'" not in result.log


def test_a_bounded_run_reads_that_window_s_articles(
    work: Path, expected_articles: dict[str, Any]
) -> None:
    result = run_crawl(
        work / "bounded", "-a", "replica=fixtures/portal", "-a", "since=2025-06-15", spider=SPIDER
    )
    window = {i for i, truth in expected_articles.items()
              if (truth["published_at"] or "") >= "2025-06-15"}  # fmt: skip
    assert window
    assert sorted(item["article_id"] for item in result.items) == sorted(window)


def test_a_second_run_reads_nothing_it_has(crawl: CrawlResult, work: Path) -> None:
    again = run_crawl(work / "again", "-a", "replica=fixtures/portal", spider=SPIDER,
                      settings={"NEWSCRAWL_STATE_DIR": str(work / "state")})  # fmt: skip
    assert again.items == []
    assert "'newscrawl/links/article_requested'" not in again.log


def test_reparse_reads_the_records_again_from_the_crawl_s_warc(
    crawl: CrawlResult, work: Path
) -> None:
    output = work / "reparsed.jsonl"
    assert main(["reparse", str(work / "warc"), "-o", str(output)]) == 0
    reparsed = {item["article_id"]: item for item in read_jsonl(output)}
    for item in crawl.items:
        assert reparsed[item["article_id"]] == {
            **item,
            "fetched_at": reparsed[item["article_id"]]["fetched_at"],
        }


def test_after_the_wayback_machine_only_what_it_lacked_is_read(
    work: Path, expected_articles: dict[str, Any]
) -> None:
    # Two archives, one state: the second source reads only what the first did not give (here
    # the Wayback run was bounded to the last articles).
    state = {"NEWSCRAWL_STATE_DIR": str(work / "sources-state")}
    wayback = run_crawl(work / "wayback", "-a", "replica=fixtures/portal", "-a", "since=2025-06-15",
                        spider="baothaibinh_wayback", settings=state)  # fmt: skip
    from_wayback = {item["article_id"] for item in wayback.items}
    assert 0 < len(from_wayback) < 53
    common_crawl = run_crawl(work / "cc-after", "-a", "replica=fixtures/portal", spider=SPIDER,
                             settings=state)  # fmt: skip
    assert sorted(item["article_id"] for item in common_crawl.items) == sorted(
        set(expected_articles) - from_wayback
    )

"""`scrapy crawl baothaibinh` against the replica over real HTTP, compared with the truth."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest

from newscrawl.items import CRAWL_FIELDS, PAGE_FIELDS
from newscrawl.schema import article_schema
from tests.support import REPLICA, CrawlResult, recording_server, run_crawl

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[CrawlResult, list[tuple[str, str]]]:
    server = recording_server(REPLICA)
    try:
        result = run_crawl(tmp_path_factory.mktemp("crawl"), "-a", f"base_url={server.url}")
    finally:
        server.running.close()
    return result, server.requests


@pytest.fixture(scope="module")
def exported(crawl: tuple[CrawlResult, Any]) -> dict[str, dict[str, Any]]:
    return {item["article_id"]: item for item in crawl[0].items}


def test_every_article_is_exported_exactly_once(
    crawl: tuple[CrawlResult, Any], expected_articles: dict[str, Any]
) -> None:
    ids = Counter(item["article_id"] for item in crawl[0].items)
    assert {i: n for i, n in ids.items() if n > 1} == {}
    assert sorted(ids) == sorted(expected_articles)


def test_every_line_validates_against_the_schema(crawl: tuple[CrawlResult, Any]) -> None:
    validator = jsonschema.Draft202012Validator(article_schema())
    for item in crawl[0].items:
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(item)]
        assert errors == [], item.get("url")


@pytest.mark.parametrize("field", PAGE_FIELDS)
def test_field_matches_the_replica_truth(
    field: str, exported: dict[str, dict[str, Any]], expected_articles: dict[str, Any]
) -> None:
    wrong = {
        article_id: {"got": exported[article_id].get(field), "want": truth.get(field)}
        for article_id, truth in expected_articles.items()
        if article_id in exported and exported[article_id].get(field) != truth.get(field)
    }
    assert wrong == {}


def test_expected_items_cover_every_exported_field(expected_articles: dict[str, Any]) -> None:
    # PAGE_FIELDS is derived from the code's Article type: held against the schema and the
    # replica's expected items, which are written independently of it.
    assert set(PAGE_FIELDS) | CRAWL_FIELDS == set(article_schema()["properties"])
    assert expected_articles
    for truth in expected_articles.values():
        assert set(truth) == set(PAGE_FIELDS)


def test_article_159670_as_the_issue_states(exported: dict[str, dict[str, Any]]) -> None:
    article = exported["159670"]
    assert article["title"] == (
        "Thẩm tra, xác minh kết quả lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội Đảng bộ tỉnh"
        " lần thứ XX tại Sở Công Thương"
    )
    assert article["published_at"] == "2022-09-22T19:44:07+07:00"
    assert article["view_count"] == 667
    assert article["view_count_observed_at"] == "2022-12-06T08:43:00+07:00"
    assert article["authors"] == ["Đào Quyên"]
    assert [i["caption"] for i in article["images"]] == [
        "Đồng chí Hoàng Thái Phúc, Ủy viên Ban Thường vụ, Trưởng ban Nội chính Tỉnh ủy, Phó Trưởng"
        " đoàn giám sát của Tỉnh ủy, Tổ trưởng tổ giám sát số 2 phát biểu tại hội nghị.",
        "Lãnh đạo Sở Công Thương phát biểu tại hội nghị.",
        "Thành viên Tổ giám sát số 2 phát biểu tại hội nghị.",
    ]
    assert article["lead"].startswith("Chiều ngày 22/9")
    body = article["body"]
    assert body.startswith("Theo báo cáo của Sở Công Thương")
    assert body.endswith("thuộc quản lý của ngành.")
    for not_body in ("phát biểu tại hội nghị.\n", "Đào Quyên", "Tin cùng chuyên mục", "lượt xem"):
        assert not_body not in body


def test_url_is_a_link_the_replica_gives(
    exported: dict[str, dict[str, Any]], manifest: dict[str, Any]
) -> None:
    for article_id, item in exported.items():
        path = urlsplit(item["url"]).path
        assert path in manifest["articles"][article_id]["paths"], item["url"]


def test_no_article_is_fetched_twice(crawl: tuple[CrawlResult, list[tuple[str, str]]]) -> None:
    fetched = Counter(
        m["id"] for _, path in crawl[1] if (m := re.match(r"^/tin-tuc/(?:\d+/)?(?P<id>\d+)/", path))
    )
    assert {i: n for i, n in fetched.items() if n > 1} == {}


def test_robots_txt_is_obeyed(crawl: tuple[CrawlResult, list[tuple[str, str]]]) -> None:
    paths = [path for _, path in crawl[1]]
    assert "/robots.txt" in paths
    assert [p for p in paths if p.startswith(("/tim-kiem", "/admin"))] == []


def test_fetched_at_is_the_download_time_in_utc(crawl: tuple[CrawlResult, Any]) -> None:
    now = datetime.now(UTC)
    for item in crawl[0].items:
        fetched = datetime.strptime(item["fetched_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert now - timedelta(minutes=10) < fetched <= now


def test_jsonl_holds_vietnamese_as_text(crawl: tuple[CrawlResult, Any]) -> None:
    raw = crawl[0].output.read_bytes()
    assert "Thái Bình".encode() in raw
    assert b"\\u" not in raw


def test_the_crawl_opens_no_listening_socket(crawl: tuple[CrawlResult, Any]) -> None:
    log = crawl[0].log
    assert "Telnet console listening" not in log
    assert "TelnetConsole" not in log.split("Enabled extensions:")[1].split("]")[0]
    assert "RemoteControl" not in log.split("Enabled extensions:")[1].split("]")[0]


def test_readme_main_job_serves_the_replica_itself(
    tmp_path: Path, expected_articles: dict[str, Any]
) -> None:
    result = run_crawl(tmp_path, "-a", "replica=fixtures/portal")
    ids = [item["article_id"] for item in result.items]
    assert sorted(ids) == sorted(expected_articles)
    assert urlsplit(result.items[0]["url"]).hostname == "127.0.0.1"

"""Scheduled archival runs against the replica: incremental, revisits, date bounds, health."""

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from newscrawl.replica.load import load_content
from newscrawl.replica.tree import write_replica
from newscrawl.schema.sql import VIEW_COLUMNS
from tests.support import REPLICA, ROOT, CrawlResult, read_jsonl, recording_server, run_crawl

pytestmark = pytest.mark.e2e

SOURCE = ROOT / "fixtures" / "portal-src"
NEW_IDS = ("233601", "233615", "233630")
# Recent articles whose view counts the portal has moved on since the replica was saved.
GROWN_VIEWS = {"232660": 2318, "233398": 1077}


def state_settings(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"NEWSCRAWL_STATE_DIR": str(tmp_path / "state"), **extra}


def _new_article(article_id: str, day: int, section: int) -> dict[str, Any]:
    return {
        "id": int(article_id),
        "section": section,
        "slug": f"tin-moi-cap-nhat-so-{article_id}",
        "title": f"Tin mới cập nhật số {article_id} về sản xuất vụ mùa",
        "layout": "new",
        "published": f"2025-06-{day:02d}T08:15:00",
        "page_time": f"2025-06-{day:02d}T21:40",
        "views": 120 + day,
        "lead": "Các địa phương trong tỉnh khẩn trương triển khai sản xuất vụ mùa năm 2025.",
        "body": [
            "Theo Sở Nông nghiệp và Môi trường, đến nay toàn tỉnh đã gieo cấy được hơn 60% diện"
            " tích lúa mùa, đảm bảo khung thời vụ tốt nhất."
        ],
        "byline": {"lines": ["Minh Hương"], "authors": ["Minh Hương"], "source": None},
        "tags": ["vụ mùa"],
    }


def grown_replica(tmp_path: Path) -> Path:
    """A copy of the replica a few days later: three new articles, some counts grown."""
    source = tmp_path / "src"
    shutil.copytree(SOURCE, source)
    site = json.loads((source / "site.json").read_text("utf-8"))
    site["snapshot"] = "2025-07-01T08:00"
    (source / "site.json").write_text(json.dumps(site, ensure_ascii=False), "utf-8")
    for n, article_id in enumerate(NEW_IDS):
        data = _new_article(article_id, 26 + n, (3, 4, 18)[n])
        (source / "articles" / f"{article_id}.json").write_text(
            json.dumps(data, ensure_ascii=False), "utf-8"
        )
    for article_id, views in GROWN_VIEWS.items():
        path = source / "articles" / f"{article_id}.json"
        data = json.loads(path.read_text("utf-8"))
        data["views"], data["page_time"] = views, "2025-06-30T07:05"
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    tree = tmp_path / "portal"
    write_replica(load_content(source), tree, expected_dir=tmp_path / "expected")
    return tree


def test_incremental_runs_fetch_only_what_is_new(
    tmp_path: Path, expected_articles: dict[str, Any]
) -> None:
    server = recording_server(REPLICA)
    settings = state_settings(tmp_path)
    try:
        first = run_crawl(tmp_path / "1", "-a", f"base_url={server.url}", settings=settings)
        first_requests = len(server.requests)
        second = run_crawl(tmp_path / "2", "-a", f"base_url={server.url}", settings=settings)
        second_requests = len(server.requests) - first_requests
    finally:
        server.running.close()
    assert sorted(i["article_id"] for i in first.items) == sorted(expected_articles)
    assert second.items == []
    # docs/scheduled-runs.md: "a second run makes 16 requests instead of 265".
    assert (first_requests, second_requests) == (265, 16)

    grown = recording_server(grown_replica(tmp_path))
    revisit_days = (datetime.now(UTC).date() - date(2025, 5, 1)).days
    try:
        third = run_crawl(
            tmp_path / "3",
            "-a",
            f"base_url={grown.url}",
            settings=state_settings(tmp_path, NEWSCRAWL_REVISIT_DAYS=str(revisit_days)),
        )
    finally:
        grown.running.close()
    assert sorted(i["article_id"] for i in third.items) == sorted(NEW_IDS)
    views = read_jsonl(tmp_path / "state" / "views.jsonl")
    # What `newscrawl duckdb-view --kind views` names and types, in the order written
    assert {tuple(v) for v in views} == {tuple(VIEW_COLUMNS)}
    latest = {v["article_id"]: v for v in views}
    for article_id, count in GROWN_VIEWS.items():
        assert latest[article_id]["view_count"] == count
        assert latest[article_id]["observed_at"] == "2025-06-30T07:05:00+07:00"
    assert {v["article_id"] for v in views}.isdisjoint(NEW_IDS)


def test_since_until_crawls_only_the_window(tmp_path: Path, manifest: dict[str, Any]) -> None:
    window = (date(2022, 9, 1), date(2023, 3, 31))
    result = run_crawl(
        tmp_path, "-a", "replica=fixtures/portal", "-a", "since=2022-09-01", "-a",
        "until=2023-03-31",
    )  # fmt: skip
    wanted = {
        article_id
        for article_id, facts in manifest["articles"].items()
        if window[0] <= date.fromisoformat(facts["date"]) <= window[1]
    }
    assert wanted, "the window must hold replica articles"
    assert sorted(i["article_id"] for i in result.items) == sorted(wanted)


def _crawl_reporting(tmp_path: Path, replica: Path) -> tuple[CrawlResult, dict[str, Any]]:
    """A crawl of `replica` that may fail its checks, and its report."""
    report = tmp_path / "report.json"
    settings = {"NEWSCRAWL_REPORT_FILE": str(report)}
    result = run_crawl(tmp_path, "-a", f"replica={replica}", settings=settings, check=False)
    verdict: dict[str, Any] = json.loads(report.read_text("utf-8"))
    return result, verdict


def test_a_changed_template_fails_the_run_loudly(tmp_path: Path) -> None:
    broken = tmp_path / "portal"
    shutil.copytree(REPLICA, broken)
    for page in (broken / "tin-tuc").glob("**/*.html"):
        html = page.read_text("utf-8")
        page.write_text(re.sub(r'<span class="detail-time">.*?</span>', "", html), "utf-8")
    result, verdict = _crawl_reporting(tmp_path, broken)
    assert result.returncode == 3, result.log[-3000:]
    assert verdict["status"] == "failed"
    failed = [c for c in verdict["checks"] if not c["ok"]]
    assert [c["name"] for c in failed] == ["coverage_published_at"]
    assert "published_at on 0% of articles" in failed[0]["detail"]


def test_a_redesign_the_profile_no_longer_fits_is_read_and_fails_the_run(
    tmp_path: Path, manifest: dict[str, Any]
) -> None:
    """The portal renames its text box, its listing items and its archive form: the generic
    layers still read every article the sections reach, each record says the profile missed,
    and the run exits 3 saying what the profile no longer finds."""
    redesigned = tmp_path / "portal"
    shutil.copytree(REPLICA, redesigned)
    renames = {
        'class="detail-content"': 'class="article__body"',
        'class="news-detail-body"': 'class="article__text"',
        'class="news-item"': 'class="card"',
        'id="frmArchive"': 'id="archive-picker"',
    }
    for page in redesigned.glob("**/*.html"):
        html = page.read_text("utf-8")
        for old, new in renames.items():
            html = html.replace(old, new)
        page.write_text(html, "utf-8")
    result, verdict = _crawl_reporting(tmp_path, redesigned)
    assert result.returncode == 3, result.log[-3000:]
    failed = [c for c in verdict["checks"] if not c["ok"]]
    assert [c["name"] for c in failed] == ["profile_fit"]
    articles = verdict["pages"]["article"]
    sections = verdict["pages"]["section"]
    assert failed[0]["detail"] == (
        f"content box missing or empty on {articles} of {articles} article pages;"
        f" listing items missing on {sections} of {sections} section pages;"
        " archive form missing from the home page: the date archive was not walked"
    )
    assert verdict["profile"] == {
        "content_missing": articles,
        "content_empty": 0,
        "listing_items_missing": sections,
        "archive_form_missing": True,
    }
    assert "the date archive will not be walked" in result.log
    assert all("profile_content_missing" in item["warnings"] for item in result.items)
    # What is lost is what the date archive alone reaches.
    archive_only = {i for i, facts in manifest["articles"].items() if facts["archive_only"]}
    assert sorted(i["article_id"] for i in result.items) == sorted(
        set(manifest["articles"]) - archive_only
    )


def test_a_healthy_run_exits_zero_with_a_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_crawl(
        tmp_path, "-a", "replica=fixtures/portal", settings={"NEWSCRAWL_REPORT_FILE": str(report)}
    )
    assert result.returncode == 0
    verdict = json.loads(report.read_text("utf-8"))
    assert verdict["status"] == "ok"
    assert verdict["articles"]["exported"] == len(result.items)
    assert verdict["coverage"]["published_at"] == pytest.approx(47 / 53, abs=0.001)
    assert "Run OK" in result.log

"""`scrapy crawl baothaibinh_wayback` against the replica served as a web archive of the portal
(server/wayback.py): the portal read from its captures, once it is gone."""

from __future__ import annotations

import re
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl.cli import main
from newscrawl.items import CRAWL_FIELDS, PAGE_FIELDS
from newscrawl.pages.captures import original
from newscrawl.server import ReplicaSite, RunningServer, start_server
from newscrawl.server.wayback import WaybackHandler, wayback_handler
from tests.archive.warcs import read_dir
from tests.e2e.archives import captures_read
from tests.faults.support import crawl_replica
from tests.support import (
    EXPECTED,
    REPLICA,
    CrawlResult,
    count_lines,
    read_jsonl,
    run_crawl,
    start_crawl,
)

pytestmark = pytest.mark.e2e

SPIDER = "baothaibinh_wayback"
REPLAY = re.compile(
    r"^http://127\.0\.0\.1:\d+/web/(?P<stamp>\d{14})id_/(?P<original>https://[^/]+/tin-tuc/.+)$"
)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("wayback")


@pytest.fixture(scope="module")
def crawl(work: Path) -> CrawlResult:
    settings = {
        "NEWSCRAWL_STATE_DIR": str(work / "state"),
        "NEWSCRAWL_WARC_DIR": str(work / "warc"),
    }
    return run_crawl(work, "-a", "replica=fixtures/portal", spider=SPIDER, settings=settings)


def _by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["article_id"]: item for item in items}


def test_every_article_the_archive_holds_is_read_once(
    crawl: CrawlResult, expected_articles: dict[str, Any]
) -> None:
    ids = Counter(item["article_id"] for item in crawl.items)
    assert {i: n for i, n in ids.items() if n > 1} == {}
    assert sorted(ids) == sorted(expected_articles)


@pytest.mark.parametrize("field", [f for f in PAGE_FIELDS if f != "url"])
def test_field_is_what_the_live_portal_gave(
    field: str, crawl: CrawlResult, expected_articles: dict[str, Any]
) -> None:
    exported = _by_id(crawl.items)
    wrong = {
        article_id: {"got": exported[article_id].get(field), "want": truth.get(field)}
        for article_id, truth in expected_articles.items()
        if exported[article_id].get(field) != truth.get(field)
    }
    assert wrong == {}


def test_each_article_is_read_from_its_earliest_capture_that_is_an_article(
    crawl: CrawlResult, expected_articles: dict[str, Any]
) -> None:
    for item in crawl.items:
        replay = REPLAY.match(item["url"])
        assert replay is not None, item["url"]
        # The captures of one article in five start with an error page (January): the next
        # capture, of June, is read; the alias captured in September never is.
        assert replay["stamp"].startswith("202506"), item["url"]
        assert replay["original"] == expected_articles[item["article_id"]]["canonical_url"]
    fallbacks = sum(1 for article_id in expected_articles if int(article_id) % 5 == 0)
    assert f"'newscrawl/captures/fallbacks': {fallbacks}," in crawl.log
    assert "'newscrawl/failures/" not in crawl.log
    # Nothing else: robots.txt, 6 index queries (a host name each), a capture per article and
    # its fallback. Related lists are not followed (they lead to the portal).
    requests = 1 + 6 + len(expected_articles) + fallbacks
    assert f"'downloader/request_count': {requests}," in crawl.log


def test_an_index_listed_a_page_at_a_time_is_read_to_its_end(
    crawl: CrawlResult, work: Path, expected_articles: dict[str, Any]
) -> None:
    # 40 rows a reply: the portal's own host lists its 136 captures over 4 replies, each asked
    # for with the key the one before ended on; the other five hosts answer one empty reply.
    # An article's captures under its alias sort far from its own (`tin-tuc/{id}/…` against
    # `tin-tuc/{category}/{id}/…`), in another reply: each is still weighed against the others,
    # and read from the same capture as when the index lists everything at once.
    settings = {"NEWSCRAWL_WAYBACK_INDEX_ROWS": "40"}
    result = run_crawl(work / "paged", "-a", "replica=fixtures/portal", spider=SPIDER,
                       settings=settings)  # fmt: skip
    assert "'newscrawl/captures/index_pages': 9," in result.log
    assert "'newscrawl/captures/listed': 136," in result.log
    ids = Counter(item["article_id"] for item in result.items)
    assert sorted(ids) == sorted(expected_articles)
    assert set(ids.values()) == {1}
    assert "'newscrawl/failures/" not in result.log
    assert captures_read(result) == captures_read(crawl)
    fallbacks = sum(1 for article_id in expected_articles if int(article_id) % 5 == 0)
    assert f"'newscrawl/captures/fallbacks': {fallbacks}," in result.log


def test_captures_are_requested_a_batch_at_a_time_to_the_same_end(
    crawl: CrawlResult, work: Path
) -> None:
    # 10 articles a batch: six times the engine runs out of requests and is given more
    result = run_crawl(work / "batches", "-a", "replica=fixtures/portal", spider=SPIDER,
                       settings={"NEWSCRAWL_ARCHIVE_BATCH": "10"})  # fmt: skip
    assert captures_read(result) == captures_read(crawl)
    assert "'newscrawl/captures/fallbacks': 30," in result.log


def test_latest_captures_are_read_when_preferred(work: Path) -> None:
    result = run_crawl(
        work / "latest", "-a", "replica=fixtures/portal", "-a", "prefer=latest", spider=SPIDER
    )
    replays = [REPLAY.match(item["url"]) for item in result.items]
    found = {(r["stamp"][:6], r["original"].split("/")[2]) for r in replays if r is not None}
    # September's captures, of the alias: `www.` and no category segment
    assert (len(result.items), found) == (53, {("202509", "www.baothaibinh.com.vn")})


def test_a_bounded_run_asks_only_for_captures_taken_since_the_window_opened(
    work: Path, expected_articles: dict[str, Any]
) -> None:
    result = run_crawl(
        work / "bounded", "-a", "replica=fixtures/portal", "-a", "since=2025-06-15", spider=SPIDER
    )
    window = {
        article_id
        for article_id, truth in expected_articles.items()
        if (truth["published_at"] or "") >= "2025-06-15"
    }
    assert window  # the replica's last articles
    assert sorted(item["article_id"] for item in result.items) == sorted(window)
    listed = re.search(r"'newscrawl/captures/listed': (\d+),", result.log)
    assert listed is not None
    assert int(listed[1]) < 136  # the January and early June captures are not listed


def test_a_second_run_reads_nothing_it_has(crawl: CrawlResult, work: Path) -> None:
    again = run_crawl(
        work / "again",
        "-a",
        "replica=fixtures/portal",
        spider=SPIDER,
        settings={"NEWSCRAWL_STATE_DIR": str(work / "state")},
    )
    assert again.items == []
    assert "'newscrawl/captures/listed': 136," in again.log
    assert "'newscrawl/links/article_requested'" not in again.log


def test_what_the_live_crawl_exported_is_not_read_again(work: Path) -> None:
    state = {"NEWSCRAWL_STATE_DIR": str(work / "live-state")}
    live = run_crawl(work / "live", "-a", "replica=fixtures/portal", settings=state)
    assert len(live.items) == 53
    archived = run_crawl(
        work / "after-live", "-a", "replica=fixtures/portal", spider=SPIDER, settings=state
    )
    assert archived.items == []


def test_reparse_reads_the_captures_again(crawl: CrawlResult, work: Path) -> None:
    output = work / "reparsed.jsonl"
    assert main(["reparse", str(work / "warc"), "-o", str(output)]) == 0
    crawled, reparsed = _by_id(crawl.items), _by_id(read_jsonl(output))
    assert sorted(reparsed) == sorted(crawled)
    for article_id, item in crawled.items():
        assert {k: v for k, v in reparsed[article_id].items() if k not in CRAWL_FIELDS} == {
            k: v for k, v in item.items() if k not in CRAWL_FIELDS
        }


def _replica_archive(answers: Callable[[WaybackHandler], bool]) -> RunningServer:
    """The replica archive on loopback, each request shown first to `answers`, which answers it
    itself (True) or lets the archive answer (False)."""
    bind = wayback_handler("https://baothaibinh.com.vn")

    def handler(site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
        bound = bind(site)

        class Altered(bound):  # type: ignore[valid-type,misc]  # a class made at run time
            def _respond(self, *, with_body: bool) -> None:
                if not answers(self):
                    super()._respond(with_body=with_body)

        return Altered

    return start_server(REPLICA, handler=handler)


def _slow_archive(delay: float) -> RunningServer:
    """Each answer `delay` seconds late (to kill a crawl)."""

    def late(_: WaybackHandler) -> bool:
        time.sleep(delay)
        return False

    return _replica_archive(late)


def test_a_killed_run_resumes_to_exactly_once(
    tmp_path: Path, expected_articles: dict[str, Any]
) -> None:
    # Its requests, fallbacks included, go through the JOBDIR queue and come back.
    archive = _slow_archive(0.02)
    index, replay = f"index={archive.url}/cdx/search/cdx", f"replay={archive.url}/web"
    settings = {"NEWSCRAWL_STATE_DIR": str(tmp_path / "state"), "JOBDIR": str(tmp_path / "job")}
    first = tmp_path / "first.jsonl"
    try:
        crawl = start_crawl(tmp_path, first, "-a", index, "-a", replay, spider=SPIDER,
                            settings=settings)  # fmt: skip
        deadline = time.monotonic() + 60
        while count_lines(first) < 20 and crawl.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        crawl.send_signal(signal.SIGKILL)
        crawl.wait(timeout=30)
        final = run_crawl(tmp_path / "final", "-a", index, "-a", replay, spider=SPIDER,
                          settings=settings)  # fmt: skip
    finally:
        archive.close()
    exported = Counter(
        item["article_id"] for path in (first, final.output) for item in read_jsonl(path)
    )
    assert {i: n for i, n in exported.items() if n > 1} == {}
    assert sorted(exported) == sorted(expected_articles)
    assert 0 < count_lines(first) < len(expected_articles)
    assert "scheduler/unserializable" not in (tmp_path / "first.log").read_text() + final.log
    assert "'scheduler/enqueued/disk'" in final.log  # the queue was JOBDIR's, on disk


def test_an_article_the_live_portal_lost_is_read_from_the_archive(tmp_path: Path) -> None:
    # The live runs gave up on an article the portal no longer serves; the archive still has
    # it, and the Wayback run reads it, and only it.
    state = {"NEWSCRAWL_STATE_DIR": str(tmp_path / "state"), "NEWSCRAWL_STATE_MAX_FAILED_RUNS": "1"}
    lost = "114010"
    live = crawl_replica(tmp_path / "live", rf"404:path=^/tin-tuc/(?:\d+/)?{lost}/", settings=state)
    assert live.returncode == 0
    assert [(f["article_id"], f["reason"]) for f in live.failures] == [(lost, "http_404")]
    archived = run_crawl(tmp_path / "archive", "-a", "replica=fixtures/portal", spider=SPIDER,
                         settings=state)  # fmt: skip
    assert [item["article_id"] for item in archived.items] == [lost]


def _archive_without(article_id: str) -> RunningServer:
    """Every capture of one article is a 404 of the archive's."""

    def missing(request: WaybackHandler) -> bool:
        if f"/{article_id}/" not in request.path or "/web/" not in request.path:
            return False
        request.send_body(404, b"<html><h1>Not in the archive</h1></html>")
        return True

    return _replica_archive(missing)


def test_what_an_archive_lacks_does_not_count_against_the_portal(tmp_path: Path) -> None:
    # The live runs give up on an article after NEWSCRAWL_STATE_MAX_FAILED_RUNS runs that
    # failed to fetch it from the portal; an archive that lacks it says nothing of the portal.
    lacking = "114010"
    state = tmp_path / "state"
    archive = _archive_without(lacking)
    try:
        run = run_crawl(tmp_path, "-a", f"index={archive.url}/cdx/search/cdx",
                        "-a", f"replay={archive.url}/web", spider=SPIDER,
                        settings={"NEWSCRAWL_STATE_DIR": str(state)})  # fmt: skip
    finally:
        archive.close()
    assert "'newscrawl/failures/http_404': 1," in run.log
    feeds = list((state / "failures").glob("run-*.jsonl"))
    assert [f["article_id"] for feed in feeds for f in read_jsonl(feed)] == [lacking]
    with sqlite3.connect(state / "state.sqlite") as db:
        assert db.execute("SELECT article_id FROM failures").fetchall() == []


def test_the_articles_pictures_are_read_from_the_archive_when_asked(work: Path) -> None:
    warc = work / "pictures-warc"
    result = run_crawl(
        work / "pictures",
        "-a",
        "replica=fixtures/portal",
        "-a",
        "pictures=1",
        spider=SPIDER,
        settings={"NEWSCRAWL_WARC_DIR": str(warc)},
    )
    assert len(result.items) == 53
    pictures = {
        original(r.uri): r
        for r in read_dir(warc)
        if r.type == "response" and r.status == 200 and "/upload/" in r.uri
    }
    shown = {image["url"] for item in read_jsonl(EXPECTED) for image in item["images"]}
    assert set(pictures) == shown
    for url, record in pictures.items():
        assert record.header("Content-Type") == ["image/jpeg"]
        assert record.payload == (REPLICA / urlsplit(url).path.lstrip("/")).read_bytes()
    assert "'newscrawl/media/archived': 54," in result.log
    assert "newscrawl/failures_by_kind/media" not in result.log


def test_no_picture_is_read_from_the_archive_unless_asked(crawl: CrawlResult) -> None:
    assert "newscrawl/media/" not in crawl.log

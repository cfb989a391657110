"""`scrapy crawl baothaibinh` with no `base_url`: a crawl of the live portal, its bytes served by
the replica on loopback (`tests/portal_on_loopback.py`). What only a crawl of the portal itself
does is exercised: its origin policy (host aliases, the picture host), its addresses in the
export and in the WARC files, its pictures fetched from `media.baothaibinh.com.vn`."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newscrawl.items import CRAWL_FIELDS
from tests.archive.warcs import Record, read_dir
from tests.support import EXPECTED, REPLICA, CrawlResult, read_jsonl, recording_server, run_crawl

pytestmark = pytest.mark.e2e

HANDLER = "tests.portal_on_loopback.PortalOnLoopback"
UNCOMPARED = CRAWL_FIELDS | {"view_count_observed_at"}


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("portal")


@pytest.fixture(scope="module")
def crawl(root: Path) -> CrawlResult:
    server = recording_server(REPLICA)
    try:
        return run_crawl(
            root,
            settings={
                "DOWNLOAD_HANDLERS": json.dumps({"http": HANDLER, "https": HANDLER}),
                "NEWSCRAWL_TEST_PORTAL_AT": server.url,
                "NEWSCRAWL_TEST_DOWNLOADS": str(root / "downloads.jsonl"),
                "NEWSCRAWL_WARC_DIR": str(root / "warc"),
                # The portal's politeness, lifted: the replica is ours to hammer.
                "DOWNLOAD_DELAY": "0",
                "AUTOTHROTTLE_ENABLED": "False",
                "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
            },
        )
    finally:
        server.running.close()


@pytest.fixture(scope="module")
def records(crawl: CrawlResult, root: Path) -> list[Record]:
    return read_dir(root / "warc")


def test_every_article_is_exported_at_the_portals_address(crawl: CrawlResult) -> None:
    def strip(item: dict[str, object]) -> dict[str, object]:
        return {k: v for k, v in item.items() if k not in UNCOMPARED}

    assert {item["article_id"]: strip(item) for item in crawl.items} == {
        item["article_id"]: strip(item) for item in read_jsonl(EXPECTED)
    }
    assert {urlsplit(item["url"]).hostname for item in crawl.items} == {"baothaibinh.com.vn"}


def test_the_pictures_are_fetched_from_the_picture_host(records: list[Record]) -> None:
    pictures = {
        r.uri: r
        for r in records
        if r.type == "response" and r.header("Content-Type") == ["image/jpeg"]
    }
    shown = {image["url"] for item in read_jsonl(EXPECTED) for image in item["images"]}
    # https://media.baothaibinh.com.vn/upload/..., and the placeholder the listings show
    placeholder = "https://media.baothaibinh.com.vn/images/no-image.jpg"
    assert set(pictures) == shown | {placeholder}
    for url, record in pictures.items():
        assert record.payload == (REPLICA / urlsplit(url).path.lstrip("/")).read_bytes()


def test_nothing_was_refused_and_nothing_but_the_portal_asked(
    crawl: CrawlResult, root: Path
) -> None:
    assert "newscrawl/offsite/refused" not in crawl.log
    assert "'newscrawl/media/archived': 54," in crawl.log
    asked = {urlsplit(line["url"]).hostname for line in read_jsonl(root / "downloads.jsonl")}
    assert asked == {"baothaibinh.com.vn", "media.baothaibinh.com.vn"}

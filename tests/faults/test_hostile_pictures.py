"""A WARC crawl of the replica whose picture host misbehaves (`fixtures/faults/pictures.json`):
every article is exported as from the clean replica, each lost picture is one failures line of
kind `media` with the reason the fault calls for, every other picture is archived with the bytes
the clean replica serves, and nothing outside the portal is contacted."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl.items import CRAWL_FIELDS
from tests.archive.warcs import Record, read_dir
from tests.faults.support import FAULTS, ReplicaCrawl, crawl_replica
from tests.support import EXPECTED, REPLICA, read_jsonl

pytestmark = pytest.mark.e2e

PROFILE = FAULTS / "pictures.json"
# Pictures lost for good (by their article), and the reason the failures feed must give.
LOST = {
    "59421": "http_404",
    "218845": "connection_lost",  # reset on every attempt
    "101630": "truncated",
    "102515": "timeout",  # a 3 s stall, DOWNLOAD_TIMEOUT 2 s
    "128004": "redirect_offsite",  # -> http://evil.example/...
    "232190": "too_large",  # a gzip bomb of 1 GiB
    "181230": "not_media",  # `Service Unavailable` under status 200
    "207606": "too_large",  # 12 MiB, over DOWNLOAD_MAXSIZE (10 MiB)
}
# Faulted, and archived all the same: once retried, after two redirects, sent slowly.
SURVIVED = {"22210": "503", "181305": "redirect-chain", "159670": "drip"}
UNCOMPARED = CRAWL_FIELDS | {"view_count_observed_at"}
MAX_RSS_MIB = 200  # the bomb alone would add 1 GiB


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pictures")


@pytest.fixture(scope="module")
def crawl(root: Path) -> ReplicaCrawl:
    return crawl_replica(root, PROFILE, settings={"NEWSCRAWL_WARC_DIR": str(root / "warc")})


@pytest.fixture(scope="module")
def faulted() -> dict[str, str]:
    """Path of each faulted picture -> the id of its article."""
    rules = json.loads(PROFILE.read_text("utf-8"))["rules"]
    paths = [rule["path"].strip("^$").replace("\\.", ".") for rule in rules]
    return {path: re.search(r"/(\d+)_[^/]*$", path).group(1) for path in paths}  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def pictures(crawl: ReplicaCrawl, root: Path) -> dict[str, Record]:
    """The responses archived at picture addresses, by path (the last, after any retry)."""
    return {
        urlsplit(r.uri).path: r
        for r in read_dir(root / "warc")
        if r.type == "response" and r.uri.startswith(f"{crawl.base_url}/upload/")
    }


def test_the_tables_cover_every_rule(faulted: dict[str, str]) -> None:
    assert sorted(faulted.values()) == sorted([*LOST, *SURVIVED])


def test_every_article_is_exported_as_from_the_clean_replica(crawl: ReplicaCrawl) -> None:
    def strip(item: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in item.items() if k not in UNCOMPARED}

    assert crawl.returncode == 0, crawl.log[-3000:]
    got = {item["article_id"]: strip(item) for item in crawl.items}
    assert got == {item["article_id"]: strip(item) for item in read_jsonl(EXPECTED)}


def test_each_lost_picture_is_one_media_failure_with_its_reason(
    crawl: ReplicaCrawl, faulted: dict[str, str]
) -> None:
    lost = {
        line["article_id"]: line["reason"] for line in crawl.failures if line["kind"] == "media"
    }
    assert lost == LOST
    assert len([line for line in crawl.failures if line["kind"] == "media"]) == len(LOST)
    assert [line for line in crawl.failures if line["kind"] != "media"] == []
    for line in crawl.failures:
        assert urlsplit(line["url"]).path in faulted


def test_every_other_picture_is_archived_as_the_clean_replica_serves_it(
    pictures: dict[str, Record], faulted: dict[str, str]
) -> None:
    lost = {path for path, article in faulted.items() if article in LOST}
    every = {
        urlsplit(image["url"]).path for item in read_jsonl(EXPECTED) for image in item["images"]
    }
    for path in every - lost:
        record = pictures[path]
        assert (record.status, record.header("Content-Type")) == (200, ["image/jpeg"]), path
        assert record.decoded() == (REPLICA / path.lstrip("/")).read_bytes(), path


def test_the_run_is_healthy_and_counts_the_pictures_apart(crawl: ReplicaCrawl) -> None:
    report = crawl.report
    assert report["status"] == "ok"
    assert report["media"] == {
        "requested": 54,
        "retried": 0,
        "archived": 54 - len(LOST),
        "failed": len(LOST),
        "elsewhere": 0,
    }
    assert report["failures"] == {
        "http_404": 1,
        "connection_lost": 1,
        "truncated": 1,
        "timeout": 1,
        "redirect_offsite": 1,
        "too_large": 2,
        "not_media": 1,
    }


def test_nothing_outside_the_portal_was_contacted(crawl: ReplicaCrawl) -> None:
    hosts = {urlsplit(d["url"]).netloc for d in crawl.downloads}
    assert hosts == {urlsplit(crawl.base_url).netloc}
    assert crawl.neighbour == []


def test_memory_stays_bounded(crawl: ReplicaCrawl) -> None:
    assert crawl.peak_rss_mib < MAX_RSS_MIB

"""A WARC crawl of the replica archives what its pages load to be shown (docs/archive.md, "Page
requisites"): the stylesheet, the script, the icon, and the font and picture the stylesheet
loads, each once, with the bytes served; a requisite lost costs no page anything."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.archive.warcs import read_dir
from tests.faults.support import ReplicaCrawl, crawl_replica
from tests.support import EXPECTED, REPLICA, read_jsonl

pytestmark = pytest.mark.e2e

# The replica's requisites (newscrawl/replica/requisites.py), as the pages and the stylesheet
# address them.
REQUISITES = {
    "/Content/css/site.css?v=20190315": "Content/css/site.css",
    "/Scripts/site.js?v=20190315": "Scripts/site.js",
    "/favicon.ico": "favicon.ico",
    "/Content/fonts/roboto-regular.woff2": "Content/fonts/roboto-regular.woff2",
    "/Content/images/header-bg.png": "Content/images/header-bg.png",
    # The picture the listings show for an article without one: not an article's own.
    "/images/no-image.jpg": "images/no-image.jpg",
}


def _requisites_archived(crawl: ReplicaCrawl, warc: Path) -> dict[str, bytes]:
    archived: dict[str, bytes] = {}
    for record in read_dir(warc):
        path = record.uri.removeprefix(crawl.base_url)
        if record.type == "response" and record.status == 200 and path in REQUISITES:
            assert path not in archived, f"{path} archived twice"
            archived[path] = record.decoded()
    return archived


def test_every_requisite_is_archived_once_as_served(tmp_path: Path) -> None:
    crawl = crawl_replica(tmp_path, None, settings={"NEWSCRAWL_WARC_DIR": str(tmp_path / "warc")})
    assert crawl.returncode == 0
    archived = _requisites_archived(crawl, tmp_path / "warc")
    assert archived == {path: (REPLICA / file).read_bytes() for path, file in REQUISITES.items()}
    assert crawl.report["requisites"] == {
        "requested": 6,
        "pictures": 1,
        "archived": 6,
        "failed": 0,
        "elsewhere": 0,
    }
    assert len(crawl.items) == len(read_jsonl(EXPECTED))
    assert crawl.failures == []


def test_the_pictures_pages_show_are_archived_once_and_articles_own_as_media(
    tmp_path: Path,
) -> None:
    # The listings show every article's first picture as its teaser's thumbnail: those are the
    # articles' own, archived once each as media; the placeholder is the one picture left.
    crawl = crawl_replica(tmp_path, None, settings={"NEWSCRAWL_WARC_DIR": str(tmp_path / "warc")})
    fetched = [d["url"] for d in crawl.downloads if d["url"].endswith(".jpg")]
    assert len(fetched) == len(set(fetched))
    pictures = [
        record.uri.removeprefix(crawl.base_url)
        for record in read_dir(tmp_path / "warc")
        if record.type == "response" and record.uri.endswith(".jpg")
    ]
    assert sorted(pictures) == sorted(url.removeprefix(crawl.base_url) for url in fetched)
    shown = {image["url"] for item in crawl.items for image in item["images"]}
    assert len(pictures) == len(shown) + 1
    assert "/images/no-image.jpg" in pictures
    assert crawl.report["media"]["archived"] == len(shown)


def test_a_requisite_lost_is_a_failure_of_its_own(tmp_path: Path) -> None:
    replica = tmp_path / "portal"
    shutil.copytree(REPLICA, replica)
    (replica / "Content" / "fonts" / "roboto-regular.woff2").unlink()
    crawl = crawl_replica(
        tmp_path / "crawl",
        None,
        settings={"NEWSCRAWL_WARC_DIR": str(tmp_path / "warc"), "NEWSCRAWL_WARC_MEDIA": "False"},
        replica=replica,
    )
    assert crawl.returncode == 0
    assert [(f["kind"], f["reason"], f["url"]) for f in crawl.failures] == [
        ("requisite", "http_404", crawl.base_url + "/Content/fonts/roboto-regular.woff2")
    ]
    assert len(crawl.items) == len(read_jsonl(EXPECTED))
    # (Nor the placeholder: a run that archives no picture archives none a page shows.)
    assert set(_requisites_archived(crawl, tmp_path / "warc")) == set(REQUISITES) - {
        "/Content/fonts/roboto-regular.woff2",
        "/images/no-image.jpg",
    }


def test_requisites_are_left_out_on_request(tmp_path: Path) -> None:
    settings = {
        "NEWSCRAWL_WARC_DIR": str(tmp_path / "warc"),
        "NEWSCRAWL_WARC_MEDIA": "False",
        "NEWSCRAWL_WARC_REQUISITES": "False",
    }
    crawl = crawl_replica(tmp_path, None, settings=settings)
    assert crawl.returncode == 0
    assert _requisites_archived(crawl, tmp_path / "warc") == {}
    assert crawl.report["requisites"]["requested"] == 0

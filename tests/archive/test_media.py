"""An article's pictures archived with it: `scrapy crawl` with NEWSCRAWL_WARC_DIR against a copy
of the replica where one picture is gone (404) and another answers with the CMS's HTML page
(200, a soft error)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl.cli import main
from newscrawl.items import CRAWL_FIELDS
from newscrawl.state.store import StateStore
from tests.archive.warcs import Record, read_dir
from tests.support import EXPECTED, REPLICA, CrawlResult, read_jsonl, recording_server, run_crawl

pytestmark = pytest.mark.e2e

# What a crawl decides rather than the page (and the fetch time dates a count the page does not).
UNCOMPARED = CRAWL_FIELDS | {"view_count_observed_at"}
SITE = "baothaibinh.com.vn"
SOFT_ERROR = "<html><body><h1>Không tìm thấy trang</h1></body></html>"


@dataclass
class MediaCrawl:
    result: CrawlResult
    base_url: str
    tree: Path
    root: Path
    paths: list[str]
    gone: str  # the path of the picture deleted
    soft: str  # the path of the picture that answers with an HTML page

    def records(self) -> list[Record]:
        return read_dir(self.root / "warc")

    def failures(self) -> list[dict[str, object]]:
        return read_jsonl(self.result.output.parent / "failures.jsonl")

    def report(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.root / "report.json").read_text("utf-8"))
        return data


def _expected() -> list[dict[str, object]]:
    return read_jsonl(EXPECTED)


def _picture_paths() -> dict[str, str]:
    """Path of every picture the replica's articles show -> the id of its article."""
    return {
        urlsplit(str(image["url"])).path: str(article["article_id"])
        for article in _expected()
        for image in article["images"]  # type: ignore[attr-defined]
    }


def _crawl(root: Path, **settings: str) -> MediaCrawl:
    tree = root / "portal"
    shutil.copytree(REPLICA, tree)
    gone, soft = sorted(_picture_paths())[:2]
    (tree / gone.lstrip("/")).unlink()
    (tree / soft.lstrip("/")).unlink()
    # The static server answers `/x.jpg` with `x.jpg.html` when there is no `x.jpg`: a 200
    # HTML page where the picture was, as a CMS answers a picture it lost.
    (tree / f"{soft.lstrip('/')}.html").write_text(SOFT_ERROR, "utf-8")
    result, base_url, paths = _run(tree, root, root, **settings)
    return MediaCrawl(result, base_url, tree, root, paths, gone, soft)


def _run(
    tree: Path, root: Path, output: Path, **settings: str
) -> tuple[CrawlResult, str, list[str]]:
    """A crawl of `tree` with the state, archive and report under `root`, exporting to
    `output`: what it exported, where the tree was served, the paths it asked for."""
    server = recording_server(tree)
    try:
        result = run_crawl(
            output,
            "-a",
            f"base_url={server.url}",
            settings={
                "NEWSCRAWL_WARC_DIR": str(root / "warc"),
                "NEWSCRAWL_FAILURES_FILE": str(output / "failures.jsonl"),
                "NEWSCRAWL_REPORT_FILE": str(root / "report.json"),
                "NEWSCRAWL_STATE_DIR": str(root / "state"),
                **settings,
            },
        )
    finally:
        server.running.close()
    return result, server.url, server.paths()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> MediaCrawl:
    return _crawl(tmp_path_factory.mktemp("media"))


def test_every_picture_is_archived_as_served(crawl: MediaCrawl) -> None:
    pictures = {r.uri: r for r in crawl.records() if r.type == "response" and "/upload/" in r.uri}
    wanted = set(_picture_paths()) - {crawl.gone, crawl.soft}
    assert len(wanted) == 52
    for path in wanted:
        record = pictures.pop(f"{crawl.base_url}{path}")
        assert record.status == 200
        assert record.header("Content-Type") == ["image/jpeg"]
        assert record.payload == (crawl.tree / path.lstrip("/")).read_bytes()
    # What failed is archived too: the 404 and the HTML page, as the server answered them.
    assert {uri: r.status for uri, r in pictures.items()} == {
        f"{crawl.base_url}{crawl.gone}": 404,
        f"{crawl.base_url}{crawl.soft}": 200,
    }
    assert pictures[f"{crawl.base_url}{crawl.soft}"].payload.decode() == SOFT_ERROR


def test_each_picture_is_asked_for_once(crawl: MediaCrawl) -> None:
    asked = [path for path in crawl.paths if path.startswith("/upload/")]
    assert sorted(asked) == sorted(_picture_paths())


def test_the_articles_are_exported_whatever_their_pictures(crawl: MediaCrawl) -> None:
    def strip(item: dict[str, object]) -> dict[str, object]:
        return {k: v for k, v in item.items() if k not in UNCOMPARED}

    got = {str(a["canonical_url"]): strip(a) for a in crawl.result.items}
    assert got == {str(a["canonical_url"]): strip(a) for a in _expected()}


def test_a_failed_picture_is_a_media_failure_of_its_article(crawl: MediaCrawl) -> None:
    article_of = _picture_paths()
    lines = sorted(crawl.failures(), key=lambda line: str(line["reason"]))
    assert [
        (line["kind"], line["reason"], line["article_id"], line["url"], line["last_status"])
        for line in lines
    ] == [
        ("media", "http_404", article_of[crawl.gone], f"{crawl.base_url}{crawl.gone}", 404),
        ("media", "not_media", article_of[crawl.soft], f"{crawl.base_url}{crawl.soft}", 200),
    ]
    assert lines[1]["detail"] == "Content-Type: text/html"


def _unarchived(crawl: MediaCrawl) -> list[tuple[str, str]]:
    store = StateStore(crawl.root / "state")
    try:
        assert store.failed_runs(SITE) == {}  # a picture never counts against its article
        return store.pictures.unarchived(SITE, 0)
    finally:
        store.close()


def test_the_state_keeps_the_pictures_still_to_archive(crawl: MediaCrawl) -> None:
    article_of = _picture_paths()
    assert sorted(_unarchived(crawl)) == sorted(
        (article_of[path], f"https://media.baothaibinh.com.vn{path}")
        for path in (crawl.gone, crawl.soft)
    )


def test_the_run_report_counts_the_pictures_apart(crawl: MediaCrawl) -> None:
    report = crawl.report()
    assert report["media"] == {
        "requested": 54,
        "retried": 0,
        "archived": 52,
        "failed": 2,
        "elsewhere": 0,
    }
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["media_error_rate"]["ok"]
    assert checks["media_error_rate"]["detail"] == "3.7% of 54 pictures failed (max 50%)"
    # The pages' error rate is the pages' own: two failed pictures are no failed page.
    assert checks["error_rate"]["detail"].startswith("0.0% of requests failed")
    assert report["status"] == "ok"


def test_pictures_are_left_out_on_request(tmp_path: Path) -> None:
    crawl = _crawl(tmp_path, NEWSCRAWL_WARC_MEDIA="0")
    assert [path for path in crawl.paths if path.startswith("/upload/")] == []
    assert [r.uri for r in crawl.records() if "/upload/" in r.uri] == []
    assert crawl.failures() == []
    assert len(crawl.result.items) == 53


# Last in the module: it crawls again with the module crawl's state and archive.
def test_a_later_run_archives_the_pictures_an_earlier_one_could_not(crawl: MediaCrawl) -> None:
    _mend(crawl)  # the picture host is well again
    first = {r.id for r in crawl.records()}
    again = _again(crawl)
    # No article is fetched again (all archived), but the two pictures are.
    assert again.result.items == []
    assert sorted(p for p in again.paths if p.startswith("/upload/")) == sorted(
        [crawl.gone, crawl.soft]
    )
    new = [r for r in again.records() if r.id not in first and r.type == "response"]
    pictures = {r.uri: r for r in new if "/upload/" in r.uri}
    assert sorted(pictures) == sorted(f"{again.base_url}{p}" for p in (crawl.gone, crawl.soft))
    for path in (crawl.gone, crawl.soft):
        record = pictures[f"{again.base_url}{path}"]
        assert (record.status, record.header("Content-Type")) == (200, ["image/jpeg"])
        assert record.payload == (REPLICA / path.lstrip("/")).read_bytes()
    assert again.report()["media"] == {
        "requested": 0,
        "retried": 2,
        "archived": 2,
        "failed": 0,
        "elsewhere": 0,
    }
    assert _unarchived(crawl) == []
    # And a run after that has no picture left to ask for.
    assert [p for p in _again(crawl).paths if p.startswith("/upload/")] == []


def _mend(crawl: MediaCrawl) -> None:
    for path in (crawl.gone, crawl.soft):
        (crawl.tree / f"{path.lstrip('/')}.html").unlink(missing_ok=True)
        shutil.copy(REPLICA / path.lstrip("/"), crawl.tree / path.lstrip("/"))


def _again(crawl: MediaCrawl) -> MediaCrawl:
    """Another run over the module crawl's tree, with its state and archive."""
    output = crawl.root / f"run-{len(list(crawl.root.glob('run-*'))) + 2}"
    output.mkdir()  # a run with state may not overwrite an earlier run's export
    result, base_url, paths = _run(crawl.tree, crawl.root, output)
    return MediaCrawl(result, base_url, crawl.tree, crawl.root, paths, "", "")


def test_pictures_of_articles_archived_without_them_can_be_queued(tmp_path: Path) -> None:
    """A state kept before pictures were archived: `newscrawl want-pictures` queues them, and
    the next WARC run archives them without fetching an article again."""
    first = _crawl(tmp_path, NEWSCRAWL_WARC_MEDIA="False")
    assert [p for p in first.paths if p.startswith("/upload/")] == []
    assert main(["want-pictures", str(tmp_path / "state"), str(first.result.output)]) == 0
    assert len(_unarchived(first)) == 54
    _mend(first)
    again = _again(first)
    assert again.result.items == []
    assert sorted(p for p in again.paths if p.startswith("/upload/")) == sorted(_picture_paths())
    assert again.report()["media"]["retried"] == 54
    assert again.report()["media"]["archived"] == 54
    assert _unarchived(first) == []


def test_want_pictures_queues_only_the_portals_pictures(tmp_path: Path) -> None:
    picture = "https://media.baothaibinh.com.vn/upload/news/9_2022/a.jpg"
    lines = [
        {"site": SITE, "article_id": "1", "images": [{"url": picture}]},
        {"site": SITE, "article_id": "2", "images": [{"url": "https://cdn.example/b.jpg"}]},
        {"site": "unknown.example", "article_id": "3", "images": [{"url": picture}]},
        {"site": SITE, "article_id": "4", "images": []},
        {"schema_version": 2},  # no article id: not an article
    ]
    export = tmp_path / "old.jsonl"
    export.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", "utf-8")
    # Not a state directory (yet): refused, and none is made.
    assert main(["want-pictures", str(tmp_path / "state"), str(export)]) == 2
    assert not (tmp_path / "state").exists()
    StateStore(tmp_path / "state").close()
    assert main(["want-pictures", str(tmp_path / "state"), str(export)]) == 0
    assert main(["want-pictures", str(tmp_path / "state"), str(export)]) == 0  # kept once
    store = StateStore(tmp_path / "state")
    try:
        assert store.pictures.unarchived(SITE, 0) == [("1", picture)]
    finally:
        store.close()
    assert main(["want-pictures", str(tmp_path / "state"), str(tmp_path / "missing.jsonl")]) == 2

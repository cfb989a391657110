"""`scrapy crawl` with NEWSCRAWL_WARC_DIR against the replica, and everything built on its WARCs.

One crawl serves the whole module (plus a second one into the same directory for revisits):
the files it leaves, `warcio check`, reparse, the CDXJ, the WACZ and replay in pywb.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from newscrawl.archive.cdxj import cdxj_path
from newscrawl.archive.reparse import spider_arguments
from newscrawl.cli import main
from newscrawl.schema import article_schema
from newscrawl.server import ReplicaSite
from tests.archive.warcs import Record, pywb_replay, read_dir, read_warc, warcio_check
from tests.support import REPLICA, CrawlResult, read_jsonl, recording_server, run_crawl

pytestmark = pytest.mark.e2e

CRAWL_FIELDS = {"fetched_at", "warc"}
BIN = Path(sys.executable).parent


@dataclass
class ArchivedCrawl:
    result: CrawlResult
    requests: list[tuple[str, str]]
    warc_dir: Path
    base_url: str
    root: Path

    def records(self) -> list[Record]:
        return read_dir(self.warc_dir)


def archived_crawl(root: Path, warc_dir: Path) -> ArchivedCrawl:
    server = recording_server(REPLICA)
    try:
        result = run_crawl(
            root, "-a", f"base_url={server.url}", settings={"NEWSCRAWL_WARC_DIR": str(warc_dir)}
        )
    finally:
        server.running.close()
    return ArchivedCrawl(result, server.requests, warc_dir, server.url, root)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> ArchivedCrawl:
    root = tmp_path_factory.mktemp("archived")
    return archived_crawl(root, root / "warc")


@pytest.fixture(scope="module")
def records(crawl: ArchivedCrawl) -> list[Record]:
    return crawl.records()


def test_only_closed_warc_files_are_left(crawl: ArchivedCrawl) -> None:
    names = sorted(p.name for p in crawl.warc_dir.iterdir())
    warcs = [n for n in names if n.endswith(".warc.gz")]
    assert warcs
    assert [n for n in names if n.endswith(".open")] == []
    assert set(names) == {*warcs, *(cdxj_path(Path(n)).name for n in warcs), *[
        n for n in names if n.startswith("newscrawl-digests.sqlite3")
    ]}  # fmt: skip


def test_warcio_check_passes(crawl: ArchivedCrawl) -> None:
    checked = warcio_check(*sorted(crawl.warc_dir.glob("*.warc.gz")))
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert "digest pass" in checked.stdout


def test_one_response_record_for_every_request_the_server_saw(
    crawl: ArchivedCrawl, records: list[Record]
) -> None:
    seen = Counter(f"http://{host}{path}" for host, path in crawl.requests)
    archived = Counter(r.uri for r in records if r.type == "response")
    assert archived == seen
    assert f"{crawl.base_url}/robots.txt" in archived


def test_each_response_has_its_request_record(records: list[Record]) -> None:
    by_id = {r.id: r for r in records}
    for response in (r for r in records if r.type == "response"):
        request = by_id[response.fields["WARC-Concurrent-To"]]
        assert (request.type, request.uri) == ("request", response.uri)
        assert request.fields["WARC-Concurrent-To"] == response.id
        assert request.header("Accept-Encoding") == ["gzip, deflate"]
        assert request.header("User-Agent")[0].startswith("newscrawl/")


def test_every_file_starts_with_warcinfo_describing_the_crawl(crawl: ArchivedCrawl) -> None:
    warcs = list(crawl.warc_dir.glob("*.warc.gz"))
    assert warcs
    for path in warcs:
        info = read_warc(path)[0]
        assert info.type == "warcinfo"
        fields = dict(
            line.split(": ", 1) for line in info.payload.decode().splitlines() if ": " in line
        )
        assert fields["software"].startswith("newscrawl/")
        assert "Scrapy/" in fields["software"]
        assert "warcio/" in fields["software"]
        assert fields["newscrawl-profile"] == "baothaibinh"
        arguments = json.loads(fields["newscrawl-spider-arguments"])
        assert arguments["base_url"] == crawl.base_url
        assert arguments["walk_archive"] is True  # the crawl walked the date archive
        assert json.loads(fields["newscrawl-settings"])["ROBOTSTXT_OBEY"] is True


def test_every_article_points_at_its_200_response(
    crawl: ArchivedCrawl, records: list[Record]
) -> None:
    at = {(r.file, r.offset): r for r in records}
    assert len(crawl.result.items) >= 50
    validator = jsonschema.Draft202012Validator(article_schema())
    for item in crawl.result.items:
        warc = item["warc"]
        record = at[(warc["file"], warc["offset"])]
        assert (record.type, record.status, record.id) == ("response", 200, warc["record_id"])
        assert record.uri == item["url"]
        assert warc["file"].endswith(".warc.gz")
        assert list(validator.iter_errors(item)) == []


def test_reparse_gives_the_crawl_again(crawl: ArchivedCrawl, tmp_path: Path) -> None:
    output = tmp_path / "reparsed.jsonl"
    assert main(["reparse", str(crawl.warc_dir), "-o", str(output)]) == 0
    crawled = {item["article_id"]: item for item in crawl.result.items}
    reparsed = {item["article_id"]: item for item in read_jsonl(output)}
    assert sorted(reparsed) == sorted(crawled)
    for article_id, item in crawled.items():
        again = reparsed[article_id]
        assert list(again) == list(item)  # same fields in the same order: the same exporter
        assert {k: v for k, v in again.items() if k not in CRAWL_FIELDS} == {
            k: v for k, v in item.items() if k not in CRAWL_FIELDS
        }
        # and the crawl-time fields too: WARC-Date is the moment the crawl stamped
        assert (again["warc"], again["fetched_at"]) == (item["warc"], item["fetched_at"])


def test_the_cdxj_written_on_close_is_what_pywbs_indexer_writes(
    crawl: ArchivedCrawl, tmp_path: Path
) -> None:
    warcs = sorted(crawl.warc_dir.glob("*.warc.gz"))
    merged = tmp_path / "all.cdxj"
    assert main(["index", *map(str, warcs), "-o", str(merged)]) == 0
    on_close = sorted(line for w in warcs for line in cdxj_path(w).read_text().splitlines())
    assert merged.read_text().splitlines() == on_close
    reference = subprocess.run(
        [str(BIN / "cdxj-indexer"), "--sort", *map(str, warcs)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert sorted(reference.stdout.splitlines()) == on_close


def test_wacz_packs_the_crawl(crawl: ArchivedCrawl, records: list[Record], tmp_path: Path) -> None:
    wacz = tmp_path / "crawl.wacz"
    assert main(["wacz", str(crawl.warc_dir), "-o", str(wacz)]) == 0
    with zipfile.ZipFile(wacz) as package:
        names = package.namelist()
        assert {i.compress_type for i in package.infolist()} == {zipfile.ZIP_STORED}
        data = json.loads(package.read("datapackage.json"))
        digest = json.loads(package.read("datapackage-digest.json"))
        assert digest["hash"] == "sha256:" + sha256(package.read("datapackage.json")).hexdigest()
        for resource in data["resources"]:
            content = package.read(resource["path"])
            assert resource["hash"] == "sha256:" + sha256(content).hexdigest()
            assert resource["bytes"] == len(content)
        pages = [json.loads(line) for line in package.read("pages/pages.jsonl").splitlines()]
        index = package.read("indexes/index.cdxj").decode().splitlines()
    assert data["wacz_version"] == "1.1.1"
    assert {r["path"] for r in data["resources"]} == set(names) - {
        "datapackage.json", "datapackage-digest.json"
    }  # fmt: skip
    assert all(n.startswith("archive/") for n in names if n.endswith(".warc.gz"))
    assert pages[0] == {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
    html = [r for r in records if r.type == "response" and r.status == 200 and _is_html(r)]
    assert len(pages) - 1 == len(html)
    assert data["mainPageUrl"] == f"{crawl.base_url}/"
    assert index == sorted(index)
    validated = subprocess.run(
        [str(BIN / "wacz"), "validate", "-f", str(wacz)], capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr


def _is_html(record: Record) -> bool:
    return record.header("Content-Type")[0].startswith("text/html")


def _indexed_at(crawl: ArchivedCrawl, url: str) -> str:
    """The timestamp the CDXJ written on close gives the capture of `url`."""
    line = next(
        line
        for path in crawl.warc_dir.glob("*.cdxj")
        for line in path.read_text().splitlines()
        if json.loads(line.split(" ", 2)[2])["url"] == url
    )
    return line.split(" ")[1]


def test_pywb_replays_an_article_its_pictures_and_its_styles_with_the_bytes_served(
    crawl: ArchivedCrawl, tmp_path: Path
) -> None:
    item = next(i for i in crawl.result.items if i["article_id"] == "159670")
    # The article's pictures, as the crawl asked the mirror for them.
    pictures = [crawl.base_url + urlsplit(image["url"]).path for image in item["images"]]
    assert len(pictures) == 3
    # What the page loads to be shown, and what its stylesheet loads (docs/archive.md).
    styles = [
        (crawl.base_url + "/Content/css/site.css?v=20190315", "text/css"),
        (crawl.base_url + "/Content/fonts/roboto-regular.woff2", "font/woff2"),
    ]
    with pywb_replay(tmp_path, crawl.warc_dir, crawl.warc_dir) as replay:
        for url, content_type in [
            (item["url"], "text/html; charset=utf-8"),
            *((picture, "image/jpeg") for picture in pictures),
            *styles,
        ]:
            served = ReplicaSite(REPLICA).resolve(urlsplit(url).path)
            assert served is not None
            status, headers, body = replay.get(_indexed_at(crawl, url), url)
            assert status == 200
            assert body == served.read_bytes()
            assert headers["Content-Type"] == content_type


# Last in the module: it adds a second crawl's files to the shared directory.
def test_a_second_crawl_into_the_same_directory_writes_revisits(
    crawl: ArchivedCrawl, records: list[Record]
) -> None:
    first_files = {p.name for p in crawl.warc_dir.glob("*.warc.gz")}
    again = archived_crawl(crawl.root / "again", crawl.warc_dir)
    new_files = sorted(p for p in crawl.warc_dir.glob("*.warc.gz") if p.name not in first_files)
    assert new_files
    new = [r for path in new_files for r in read_warc(path)]
    kinds = Counter(r.type for r in new)
    assert kinds["response"] == 0  # the replica serves the same bytes: nothing new to store
    assert kinds["revisit"] == len(again.requests)
    originals = {r.id: r for r in records if r.type == "response"}
    for revisit in (r for r in new if r.type == "revisit"):
        original = originals[revisit.fields["WARC-Refers-To"]]
        assert revisit.fields["WARC-Payload-Digest"] == original.fields["WARC-Payload-Digest"]
        assert revisit.fields["WARC-Refers-To-Target-URI"] == original.uri
    for item in again.result.items:  # its bytes are in the first crawl's files
        assert item["warc"]["file"] in first_files
    checked = warcio_check(*new_files)
    assert checked.returncode == 0, checked.stdout[-3000:]


@pytest.mark.parametrize(
    ("recorded", "again"),
    [
        (
            {"base_url": "http://x", "since": None, "walk_archive": True},
            {"base_url": "http://x", "archive": "1"},
        ),
        ({"since": "2022-09-01", "walk_archive": False}, {"since": "2022-09-01", "archive": "0"}),
        ({"walk_archive": "<bound method ...>"}, {}),  # not a flag: nothing is guessed
    ],
)
def test_reparse_rebuilds_the_spider_arguments_a_crawl_recorded(
    recorded: dict[str, object], again: dict[str, str]
) -> None:
    assert spider_arguments(recorded) == again

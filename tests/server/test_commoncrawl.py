"""The replica served as Common Crawl serves its crawls (server/commoncrawl.py): collinfo.json
lists the crawls, each crawl's index answers as pywb over a paged ZipNum index does, and a Range
request for a row's offset and length gives the record's gzip member out of the WARC file."""

from __future__ import annotations

import gzip
import http.client
import io
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from warcio.archiveiterator import ArchiveIterator

from newscrawl.server import RunningServer, start_server
from newscrawl.server.commoncrawl import commoncrawl_handler
from newscrawl.server.pywb import PAGE_ROWS
from tests.server.client import Reply, address
from tests.support import REPLICA

PORTAL = "https://baothaibinh.com.vn"
PREFIX = "baothaibinh.com.vn/tin-tuc/"
ARTICLES = sorted(REPLICA.glob("tin-tuc/*/*/*.html"))
# Every page under tin-tuc/ at its own address (June), and again as an error page (January)
# for the articles whose id is a multiple of five.
IN_JANUARY_CRAWL = len(list(REPLICA.glob("tin-tuc/**/*.html"))) + sum(
    int(path.parent.name) % 5 == 0 for path in ARTICLES
)


@pytest.fixture(scope="module")
def commoncrawl() -> Iterator[RunningServer]:
    server = start_server(REPLICA, handler=commoncrawl_handler(PORTAL))
    yield server
    server.close()


def _get(server: RunningServer, target: str, headers: dict[str, str] | None = None) -> Reply:
    connection = http.client.HTTPConnection(*address(server), timeout=10)
    try:
        connection.request("GET", target, headers=headers or {})
        response = connection.getresponse()
        return Reply(response.status, response.headers, response.read())
    finally:
        connection.close()


def _index(server: RunningServer, crawl: str, **params: str) -> Reply:
    query = urlencode({"url": PREFIX, "matchType": "prefix", "output": "json", **params})
    return _get(server, f"/{crawl}-index?{query}")


def _pages(server: RunningServer, crawl: str) -> int:
    reply = _index(server, crawl, showNumPages="true")
    assert reply.status == 200
    pages: int = json.loads(reply.body)["pages"]
    return pages


def _rows(server: RunningServer, crawl: str) -> list[dict[str, str]]:
    """Every page of the listing, concatenated."""
    rows: list[dict[str, str]] = []
    for page in range(_pages(server, crawl)):
        reply = _index(server, crawl, page=str(page))
        assert (reply.status, reply.header("Content-Type")) == (200, "text/x-ndjson")
        rows += [json.loads(line) for line in reply.body.decode().splitlines()]
    return rows


def _record(server: RunningServer, row: dict[str, str]) -> bytes:
    """The bytes a row points at: one gzip member of its WARC file."""
    start, length = int(row["offset"]), int(row["length"])
    reply = _get(server, f"/{row['filename']}", {"Range": f"bytes={start}-{start + length - 1}"})
    assert reply.status == 206
    assert (reply.header("Content-Range") or "").startswith(f"bytes {start}-{start + length - 1}/")
    assert len(reply.body) == length
    return reply.body


def test_collinfo_lists_both_crawls_newest_first(commoncrawl: RunningServer) -> None:
    reply = _get(commoncrawl, "/collinfo.json")
    assert reply.status == 200
    crawls = json.loads(reply.body)
    assert [crawl["id"] for crawl in crawls] == ["CC-MAIN-2025-38", "CC-MAIN-2025-05"]
    here = commoncrawl.url.removeprefix("http://")
    assert [crawl["cdx-api"] for crawl in crawls] == [
        f"http://{here}/CC-MAIN-2025-38-index",
        f"http://{here}/CC-MAIN-2025-05-index",
    ]


def test_the_page_count_covers_each_crawls_captures(commoncrawl: RunningServer) -> None:
    assert IN_JANUARY_CRAWL == 83
    assert _pages(commoncrawl, "CC-MAIN-2025-05") == -(-IN_JANUARY_CRAWL // PAGE_ROWS) == 3
    # The aliases are under `www.`, which a urlkey drops: the same prefix finds them.
    assert _pages(commoncrawl, "CC-MAIN-2025-38") == -(-len(ARTICLES) // PAGE_ROWS) == 2


def test_the_pages_give_every_capture_once_in_index_order(commoncrawl: RunningServer) -> None:
    january = _rows(commoncrawl, "CC-MAIN-2025-05")
    keys = [(row["urlkey"], row["timestamp"]) for row in january]
    assert len(keys) == len(set(keys)) == IN_JANUARY_CRAWL
    assert keys == sorted(keys)
    assert {row["timestamp"][:6] for row in january} == {"202501", "202506"}
    september = _rows(commoncrawl, "CC-MAIN-2025-38")
    assert len(september) == len(ARTICLES)
    assert all(
        row["url"].startswith("https://www.baothaibinh.com.vn/tin-tuc/") for row in september
    )
    assert {row["timestamp"][:6] for row in september} == {"202509"}


def test_a_listed_range_is_the_record_of_the_listed_capture(commoncrawl: RunningServer) -> None:
    rows = _rows(commoncrawl, "CC-MAIN-2025-05")
    # An article first captured as an error page, then as itself.
    error, page = (row for row in rows if "/159670/" in row["url"])
    path = next(REPLICA.glob("tin-tuc/3/159670/*.html"))
    for row, payload in ((page, path.read_bytes()), (error, None)):
        member = _record(commoncrawl, row)
        record = gzip.decompress(member)  # one member, one record
        head, _, block = record.partition(b"\r\n\r\n")
        assert head.startswith(b"WARC/1.0\r\nWARC-Type: response\r\n")
        assert f"WARC-Target-URI: {row['url']}\r\n".encode() in head
        http_head, _, body = block.removesuffix(b"\r\n\r\n").partition(b"\r\n\r\n")
        assert http_head.startswith(b"HTTP/1.1 200 OK\r\n")
        if payload is None:
            assert b"<h1>Service Unavailable</h1>" in body
        else:
            assert body == payload
        # And as a WARC reader sees it (a record's payload is read before the next is sought).
        read = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(io.BytesIO(member))
        ]
        assert read == [("response", row["url"], body)]


def test_a_range_past_the_end_is_416(commoncrawl: RunningServer) -> None:
    row = _rows(commoncrawl, "CC-MAIN-2025-38")[0]
    whole = _get(commoncrawl, f"/{row['filename']}")
    assert whole.status == 200
    size = len(whole.body)
    reply = _get(commoncrawl, f"/{row['filename']}", {"Range": f"bytes={size}-{size + 9}"})
    assert reply.status == 416
    assert reply.header("Content-Range") == f"bytes */{size}"


def test_an_unknown_crawl_or_file_is_404(commoncrawl: RunningServer) -> None:
    assert _index(commoncrawl, "CC-MAIN-2024-51").status == 404
    path = Path("crawl-data/CC-MAIN-2024-51/segments/1700000000000.00/warc/none.warc.gz")
    assert _get(commoncrawl, f"/{path}").status == 404


def test_a_query_that_finds_nothing_is_404_with_pywb_s_message(
    commoncrawl: RunningServer,
) -> None:
    prefix = "mysql.baothaibinh.com.vn/tin-tuc/"
    for extra in ({"showNumPages": "true"}, {"page": "0"}):
        reply = _index(commoncrawl, "CC-MAIN-2025-05", url=prefix, matchType="prefix",
                       output="json", **extra)  # fmt: skip
        assert reply.status == 404
        assert json.loads(reply.body) == {"message": f"No Captures found for: {prefix}"}

"""What the archive keeps of an awkward server: gzip, chunked bodies, repeated headers, query
strings, redirects, errors, cookies. The replica's own server, subclassed to misbehave in
these ways, is crawled with `scrapy crawl`; its WARCs are then read back, re-parsed and replayed.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newscrawl.archive.digests import payload_digest
from newscrawl.cli import main
from newscrawl.server import ReplicaSite, start_server
from newscrawl.server.static import ReplicaHandler
from tests.archive.warcs import Record, pywb_replay, read_dir, warcio_check
from tests.support import REPLICA, CrawlResult, read_jsonl, run_crawl

pytestmark = pytest.mark.e2e

QUERY = "?from=home&x=1"
MISSING = "/tin-tuc/3/999999/bai-khong-ton-tai"
# `/tin-tuc/{id}/{slug}` (no category) answers 301 to the same path with a trailing slash.
NO_CATEGORY = re.compile(r"^/tin-tuc/\d+/[^/]+$")
COOKIES = ["a=1; Path=/", "b=2; Path=/"]
LINKS = ["</static/site.css>; rel=preload; as=style", "</static/app.js>; rel=preload; as=script"]


class AwkwardHandler(ReplicaHandler):
    """The replica, served the way real portals often are."""

    def _respond(self, *, with_body: bool) -> None:
        path = urlsplit(self.path).path
        if NO_CATEGORY.match(path):
            self.send_response(301)
            self.send_header("Location", path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super()._respond(with_body=with_body)

    def send_body(
        self,
        status: int,
        body: bytes,
        with_body: bool = True,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        if self.path == "/":
            body = _home_with_quirks(body)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for cookie, link in zip(COOKIES, LINKS, strict=True):  # interleaved on the wire
            self.send_header("Set-Cookie", cookie)
            self.send_header("Link", link)
        if self.path.startswith("/chuyen-muc/"):
            self._send_chunked(body, with_body)
            return
        if "gzip" in self.headers.get("Accept-Encoding", "") and content_type.startswith("text/"):
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _send_chunked(self, body: bytes, with_body: bool) -> None:
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if with_body:
            for start in range(0, len(body), 1000):
                chunk = body[start : start + 1000]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")


def _home_with_quirks(body: bytes) -> bytes:
    """Article links on the home page get a query string; one link leads to a 404."""
    html = re.sub(rb'href="(/tin-tuc/\d+/\d+/[^"?]+)"', rb'href="\1' + QUERY.encode() + b'"', body)
    return html.replace(b"</body>", f'<a href="{MISSING}">?</a></body>'.encode())


def handler(site: ReplicaSite) -> type[BaseHTTPRequestHandler]:
    return type("BoundAwkwardHandler", (AwkwardHandler,), {"site": site})


@dataclass
class AwkwardCrawl:
    result: CrawlResult
    records: list[Record]
    warc_dir: Path

    def responses(self, path_pattern: str) -> list[Record]:
        return [
            r
            for r in self.records
            if r.type == "response" and re.search(path_pattern, urlsplit(r.uri).path)
        ]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> AwkwardCrawl:
    root = tmp_path_factory.mktemp("awkward")
    server = start_server(REPLICA, handler=handler)
    try:
        result = run_crawl(
            root, "-a", f"base_url={server.url}", settings={"NEWSCRAWL_WARC_DIR": str(root / "w")}
        )
    finally:
        server.close()
    return AwkwardCrawl(result, read_dir(root / "w"), root / "w")


def _served(url: str) -> bytes:
    found = ReplicaSite(REPLICA).resolve(urlsplit(url).path)
    assert found is not None
    return found.read_bytes()


def test_the_archive_passes_warcio_check(crawl: AwkwardCrawl) -> None:
    checked = warcio_check(*sorted(crawl.warc_dir.glob("*.warc.gz")))
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert list(crawl.warc_dir.glob("*.open")) == []


def test_a_gzip_served_page_is_stored_as_served(crawl: AwkwardCrawl) -> None:
    articles = [r for r in crawl.responses(r"^/tin-tuc/\d+/\d+/") if r.status == 200]
    assert articles
    for record in articles:
        assert record.header("Content-Encoding") == ["gzip"]
        assert record.payload[:2] == b"\x1f\x8b"
        assert record.fields["WARC-Payload-Digest"] == payload_digest(record.payload)
        assert record.decoded() == _served(record.uri)


def test_the_query_string_is_kept(crawl: AwkwardCrawl) -> None:
    with_query = [r for r in crawl.records if r.uri.endswith(QUERY)]
    assert {r.type for r in with_query} == {"request", "response"}
    request = next(r for r in with_query if r.type == "request")
    assert request.statusline.startswith(urlsplit(request.uri).path + QUERY + " ")
    exported = [item for item in crawl.result.items if item["url"].endswith(QUERY)]
    assert exported


def test_repeated_headers_are_all_kept_in_order(crawl: AwkwardCrawl) -> None:
    pages = [r for r in crawl.records if r.type == "response" and r.status == 200]
    assert pages
    for record in pages:
        assert record.header("Set-Cookie") == COOKIES
        assert record.header("Link") == LINKS


def test_cookies_set_by_the_site_are_in_the_request_records(crawl: AwkwardCrawl) -> None:
    later = [r for r in crawl.records if r.type == "request" and not r.uri.endswith("/robots.txt")]
    assert any(r.header("Cookie") == ["a=1; b=2"] for r in later)


def test_a_chunked_body_is_stored_whole_with_headers_that_say_so(crawl: AwkwardCrawl) -> None:
    sections = crawl.responses(r"^/chuyen-muc/")
    assert sections
    for record in sections:
        assert record.header("Transfer-Encoding") == []  # the stored body is not chunked
        assert record.header("Content-Length") == []  # none was sent: the record's length rules
        assert record.payload == _served(record.uri)


def test_redirects_and_errors_are_archived_and_articles_point_at_the_200(
    crawl: AwkwardCrawl,
) -> None:
    redirects = [r for r in crawl.records if r.type == "response" and r.status == 301]
    assert redirects
    assert all(r.header("Location") == [urlsplit(r.uri).path + "/"] for r in redirects)
    assert [r.status for r in crawl.responses(re.escape(MISSING))] == [404]
    by_place = {(r.file, r.offset): r for r in crawl.records}
    for item in crawl.result.items:
        record = by_place[(item["warc"]["file"], item["warc"]["offset"])]
        assert (record.type, record.status, record.uri) == ("response", 200, item["url"])


def test_reparse_gives_the_crawl_again(crawl: AwkwardCrawl, tmp_path: Path) -> None:
    output = tmp_path / "reparsed.jsonl"
    assert main(["reparse", str(crawl.warc_dir), "-o", str(output)]) == 0
    crawled = {i["article_id"]: {k: v for k, v in i.items() if k != "fetched_at"}
               for i in crawl.result.items}  # fmt: skip
    reparsed = {i["article_id"]: {k: v for k, v in i.items() if k != "fetched_at"}
                for i in read_jsonl(output)}  # fmt: skip
    assert len(crawled) >= 50
    assert reparsed == crawled


def test_pywb_replays_the_gzip_served_page_with_a_query_string(
    crawl: AwkwardCrawl, tmp_path: Path
) -> None:
    record = next(r for r in crawl.responses(r"^/tin-tuc/") if r.uri.endswith(QUERY))
    timestamp = re.sub(r"\D", "", record.fields["WARC-Date"])[:14]
    with pywb_replay(tmp_path, crawl.warc_dir, crawl.warc_dir) as replay:
        status, headers, body = replay.get(timestamp, record.uri)
    assert status == 200
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    assert body == _served(record.uri)

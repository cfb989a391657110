"""The downloader middleware, archiving on the crawl's thread (`NEWSCRAWL_WARC_PROCESS=False`):
what it archives, what it skips, what it asks for. The archive process: test_process.py."""

from __future__ import annotations

import asyncio
import errno
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from newscrawl.archive import WARC_LOCATION
from newscrawl.archive.middleware import SENT_AT, WarcMiddleware
from newscrawl.archive.process import InProcessArchive
from newscrawl.middlewares import FETCHED_AT
from tests.archive.warcs import read_dir

URL = "http://127.0.0.1:8000/tin-tuc/3/159670/slug?a=1#top"


@pytest.fixture
def middleware(tmp_path: Path) -> Iterator[WarcMiddleware]:
    settings = {"NEWSCRAWL_WARC_DIR": str(tmp_path), "NEWSCRAWL_WARC_PROCESS": False}
    crawler = get_crawler(settings_dict=settings)
    middleware = WarcMiddleware.from_crawler(crawler)
    yield middleware
    middleware.close()


def stats(middleware: WarcMiddleware) -> dict[str, object]:
    return {k: v for k, v in middleware.stats.get_stats().items() if k.startswith("newscrawl/")}


def fetched(middleware: WarcMiddleware, request: Request, **response: object) -> Response:
    middleware.process_request(request)
    served = HtmlResponse(request.url, body=b"<html>ok</html>", request=request, **response)
    return asyncio.run(middleware.process_response(request, served))


def test_off_unless_a_warc_directory_is_set() -> None:
    with pytest.raises(NotConfigured):
        WarcMiddleware.from_crawler(get_crawler())


def test_only_encodings_replay_tools_decode_are_offered(middleware: WarcMiddleware) -> None:
    request = Request(URL, headers={"Accept-Encoding": "gzip, deflate, br, zstd"})
    middleware.process_request(request)
    assert request.headers[b"Accept-Encoding"] == b"gzip, deflate"
    only_br = Request(URL, headers={"Accept-Encoding": "br;q=1.0, zstd"})
    middleware.process_request(only_br)
    assert only_br.headers[b"Accept-Encoding"] == b"identity"


def test_the_response_location_is_left_in_meta(middleware: WarcMiddleware, tmp_path: Path) -> None:
    request = Request(URL)
    response = fetched(middleware, request, status=200)
    location = response.meta[WARC_LOCATION]
    middleware.close()
    record = next(r for r in read_dir(tmp_path) if r.id == location["record_id"])
    assert (record.file, record.offset) == (location["file"], location["offset"])
    assert record.uri == "http://127.0.0.1:8000/tin-tuc/3/159670/slug?a=1"  # no fragment
    assert stats(middleware)["newscrawl/warc/responses"] == 1
    assert stats(middleware)["newscrawl/warc/files"] == 1


def test_a_copied_request_does_not_keep_an_earlier_location(middleware: WarcMiddleware) -> None:
    redirect = Request(URL)
    fetched(middleware, redirect, status=301, headers={"Location": "/x"})
    follow = redirect.replace(url="http://127.0.0.1:8000/x")  # meta is copied, as on a redirect
    assert WARC_LOCATION in follow.meta
    middleware.process_request(follow)
    assert WARC_LOCATION not in follow.meta


def test_a_cached_response_is_not_archived_as_fetched_now(
    middleware: WarcMiddleware, tmp_path: Path
) -> None:
    response = fetched(middleware, Request(URL), status=200, flags=["cached"])
    assert WARC_LOCATION not in response.meta
    middleware.close()
    assert [r.type for r in read_dir(tmp_path)] == []
    assert stats(middleware) == {"newscrawl/warc/skipped/cached": 1}


def test_a_non_http_response_is_skipped(middleware: WarcMiddleware) -> None:
    request = Request("data:text/html,<p>hi</p>")
    middleware.process_request(request)
    asyncio.run(middleware.process_response(request, Response(request.url, body=b"<p>hi</p>")))
    assert stats(middleware) == {"newscrawl/warc/skipped/not_http": 1}


def test_a_response_that_cannot_be_archived_is_counted_and_the_crawl_goes_on(
    middleware: WarcMiddleware, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(records: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert isinstance(middleware.archive, InProcessArchive)
    monkeypatch.setattr(middleware.archive.archiver.writer, "write", disk_full)
    request = Request(URL)
    middleware.process_request(request)
    served = HtmlResponse(URL, status=200, body=b"<html>ok</html>", request=request)
    with caplog.at_level(logging.WARNING):
        returned = asyncio.run(middleware.process_response(request, served))
    assert returned is served
    assert WARC_LOCATION not in served.meta
    assert stats(middleware) == {"newscrawl/warc/errors": 1}
    assert "Could not archive" in caplog.text


def test_request_records_hold_what_was_sent_but_no_proxy_credentials(
    middleware: WarcMiddleware, tmp_path: Path
) -> None:
    request = Request(
        URL,
        method="POST",
        body=b"q=1",
        headers={"Cookie": "a=1", "Proxy-Authorization": "Basic c2VjcmV0"},
    )
    fetched(middleware, request, status=200)
    middleware.close()
    sent = next(r for r in read_dir(tmp_path) if r.type == "request")
    assert f"{sent.protocol} {sent.statusline}" == "POST /tin-tuc/3/159670/slug?a=1 HTTP/1.1"
    assert sent.http == [("Content-Length", "3"), ("Cookie", "a=1"), ("Host", "127.0.0.1:8000")]
    assert sent.payload == b"q=1"


def test_redirects_and_errors_are_archived(middleware: WarcMiddleware, tmp_path: Path) -> None:
    fetched(middleware, Request(URL), status=301, headers={"Location": "/elsewhere"})
    fetched(middleware, Request("http://127.0.0.1:8000/missing"), status=404)
    middleware.close()
    responses = [r for r in read_dir(tmp_path) if r.type == "response"]
    assert [r.status for r in responses] == [301, 404]
    assert responses[0].header("Location") == ["/elsewhere"]


def test_dates_are_when_the_request_left_and_the_response_arrived(
    middleware: WarcMiddleware, tmp_path: Path
) -> None:
    request = Request(URL)
    middleware.process_request(request)
    arrived = datetime(2026, 11, 26, 7, 20, 5, 500000, tzinfo=UTC)
    request.meta[SENT_AT] = arrived.timestamp() - 30  # then it waited for its download slot
    request.meta["download_latency"] = 0.25
    request.meta[FETCHED_AT] = arrived.isoformat()  # FetchTimeMiddleware, just before
    asyncio.run(
        middleware.process_response(request, HtmlResponse(URL, body=b"<p>", request=request))
    )
    middleware.close()
    dates = {r.type: r.fields["WARC-Date"] for r in read_dir(tmp_path)}
    assert dates == {
        "warcinfo": dates["warcinfo"],
        "request": "2026-11-26T07:20:05.250000Z",
        "response": "2026-11-26T07:20:05.500000Z",
    }

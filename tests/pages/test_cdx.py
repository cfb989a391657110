"""A web archive's capture index, read one reply at a time (pages/cdx.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from newscrawl.pages.captures import capture_of, replay_address
from newscrawl.pages.cdx import (
    CapturesByArticle,
    IndexedCapture,
    NotAnIndex,
    article_prefix,
    query_url,
    read_index,
)
from newscrawl.pages.profile import get_profile

HEADER = ["original", "timestamp", "statuscode", "mimetype"]
ARTICLE = "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra"


def _reply(*rows: list[str]) -> bytes:
    return json.dumps([HEADER, *rows]).encode()


def test_captures_come_in_the_order_listed() -> None:
    page = read_index(
        _reply([ARTICLE, "20221001000000", "200", "text/html"],
               [ARTICLE, "20230101120000", "200", "text/html; charset=utf-8"])
    )  # fmt: skip
    assert page.captures == [
        IndexedCapture(ARTICLE, "20221001000000"),
        IndexedCapture(ARTICLE, "20230101120000"),
    ]
    assert (page.resume_key, page.skipped) == (None, 0)


def test_the_resume_key_follows_an_empty_row() -> None:
    reply = json.dumps([HEADER, [ARTICLE, "20221001000000", "200", "text/html"], [], ["vn,com)/x"]])
    page = read_index(reply)
    assert (len(page.captures), page.resume_key) == (1, "vn,com)/x")


@pytest.mark.parametrize(
    "row",
    [
        [ARTICLE, "20221001000000", "301", "text/html"],  # a redirect
        [ARTICLE, "20221001000000", "-", "warc/revisit"],  # a revisit record
        [ARTICLE, "20221001000000", "200", "application/pdf"],
        [ARTICLE, "2022", "200", "text/html"],  # a time that is no capture's
        ["/tin-tuc/3/159670/tham-tra", "20221001000000", "200", "text/html"],  # no address
        [ARTICLE, "20221001000000", "200"],  # a field short
        "not a row",
    ],
)
def test_rows_that_are_no_usable_capture_are_counted_and_skipped(row: object) -> None:
    page = read_index(json.dumps([HEADER, row, [ARTICLE, "20221001000000", "200", "text/html"]]))
    assert (len(page.captures), page.skipped) == (1, 1)


def test_fields_are_read_by_the_header_s_names() -> None:
    reply = json.dumps([["timestamp", "original"], ["20221001000000", ARTICLE]])
    assert read_index(reply).captures == [IndexedCapture(ARTICLE, "20221001000000")]


@pytest.mark.parametrize("body", [b"", b"  \n", b"[]"])
def test_no_capture_at_all_is_an_empty_page(body: bytes) -> None:
    page = read_index(body)
    assert (page.captures, page.resume_key, page.skipped) == ([], None, 0)


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>Service Unavailable</body></html>",  # the archive's error page
        b'{"error": "rate limited"}',
        b'[["urlkey", "length"], ["x", "1"]]',  # no original, no timestamp
        b"\xff\xfe not text",
    ],
)
def test_a_reply_that_is_no_index_says_so(body: bytes) -> None:
    with pytest.raises(NotAnIndex):
        read_index(body)


def test_the_query_asks_for_html_captures_with_status_200_a_page_at_a_time() -> None:
    url = query_url(
        "https://web.archive.org/cdx/search/cdx",
        "baothaibinh.com.vn/tin-tuc/",
        limit=500,
        since="20240101",
        resume_key="vn%2Ccom%29%2Fx+2022%21",
    )
    parts = urlsplit(url)
    assert parts._replace(query="").geturl() == "https://web.archive.org/cdx/search/cdx"
    assert parse_qs(parts.query) == {
        "url": ["baothaibinh.com.vn/tin-tuc/"],
        "matchType": ["prefix"],
        "output": ["json"],
        "filter": ["statuscode:200", "mimetype:text/html"],
        "limit": ["500"],
        "showResumeKey": ["true"],
        "from": ["20240101"],
        "resumeKey": ["vn,com)/x 2022!"],
    }


@pytest.mark.parametrize(
    ("key", "sent"),
    [
        # The Wayback Machine's key comes encoded for a URL: it goes back as it came.
        ("org%2Carchive%29%2F+19980109140106%21", "org%2Carchive%29%2F+19980109140106%21"),
        # Another server's plain key is encoded once.
        ("vn,com)/x 2022!", "vn%2Ccom%29/x%202022%21"),
    ],
)
def test_the_resume_key_is_sent_back_as_the_archive_wrote_it(key: str, sent: str) -> None:
    url = query_url("https://web.archive.org/cdx/search/cdx", "x.vn/", limit=5, resume_key=key)
    assert url.endswith(f"&resumeKey={sent}")


def test_a_capture_is_replayed_as_archived_and_read_back_as_the_original() -> None:
    address = replay_address("https://web.archive.org/web/", "20221001000000", ARTICLE)
    assert address == f"https://web.archive.org/web/20221001000000id_/{ARTICLE}"
    capture = capture_of(address)
    assert capture is not None
    assert (capture.original, capture.captured_at) == (ARTICLE, datetime(2022, 10, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("pattern", "prefix"),
    [
        (get_profile("baothaibinh").article_pattern.pattern, "/tin-tuc/"),
        (get_profile("thaibinhtv").article_pattern.pattern, "/news/"),
        (r"^/(?:tin|bai-viet)/(?P<article_id>\d+)", "/"),
        (r"^/tin-tuc-(?P<article_id>\d+)\.html$", "/"),
        (r"(?P<article_id>\d+)\.html$", "/"),
    ],
)
def test_the_article_prefix_is_the_literal_path_of_the_pattern(pattern: str, prefix: str) -> None:
    assert article_prefix(pattern) == prefix


ALIAS = "https://www.baothaibinh.com.vn/tin-tuc/159670/tham-tra"


@pytest.mark.parametrize(
    ("latest_first", "expected"),
    [
        (False, [["20190301000000", ALIAS, ""], ["20200101000000", ARTICLE, ""]]),
        (True, [["20250101000000", ARTICLE, ""], ["20200101000000", ARTICLE, ""]]),
    ],
)
def test_an_article_s_captures_are_weighed_across_replies(
    latest_first: bool, expected: list[list[str]]
) -> None:
    held = CapturesByArticle(keep=2, latest_first=latest_first)
    held.add("159670", IndexedCapture(ARTICLE, "20200101000000"))
    held.add("159670", IndexedCapture(ARTICLE, "20250101000000"))
    # A later reply: the same article, archived earlier under its alias.
    held.add("159670", IndexedCapture(ALIAS, "20190301000000"))
    held.add("160001", IndexedCapture(ARTICLE.replace("159670", "160001"), "20210101000000"))
    assert len(held) == 2
    taken = held.take()
    assert taken["159670"] == expected
    assert len(held) == 0
    assert held.take() == {}


# pywb's CDX server (2.10, a local index) answers `output=json` with a JSON object a line, named
# by its own field names.
PYWB_LINES = b"""\
{"urlkey": "vn,com,baothaibinh)/tin-tuc/3/159670/tham-tra", "timestamp": "20241122083000", \
"url": "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra", "mime": "text/html", \
"status": "200", "digest": "sha1:QTRF", "length": "4249", "offset": "101800", \
"filename": "a.warc.gz", "source": "archive", "source-coll": "archive"}
{"urlkey": "vn,com,baothaibinh)/tin-tuc/3/159671/x", "timestamp": "20241122083100", \
"url": "https://baothaibinh.com.vn/tin-tuc/3/159671/x", "mime": "text/html", "status": "404"}
{"urlkey": "vn,com,baothaibinh)/tin-tuc/3/159672/y", "timestamp": "20241122083200", \
"url": "https://baothaibinh.com.vn/tin-tuc/3/159672/y", "mime": "text/html", "status": "200"}
"""


def test_pywb_s_lines_are_read_by_their_own_field_names() -> None:
    page = read_index(PYWB_LINES)
    assert page.captures == [
        # Where the record is, for an archive read by its WARC files (Common Crawl)
        IndexedCapture(ARTICLE, "20241122083000", "a.warc.gz 101800 4249"),
        IndexedCapture("https://baothaibinh.com.vn/tin-tuc/3/159672/y", "20241122083200"),
    ]
    assert (page.skipped, page.resume_key, page.dialect) == (1, None, "pywb")
    assert read_index(_reply([ARTICLE, "20241122083000", "200", "text/html"])).dialect == "wayback"


def test_a_paged_index_says_how_many_pages_it_holds() -> None:
    # Common Crawl's index and pywb's over ZipNum clusters, asked with `showNumPages=true`
    page = read_index(b'{"pages": 3, "pageSize": 5, "blocks": 12}\n')
    assert (page.pages, page.captures, page.dialect) == (3, [], "pywb")


@pytest.mark.parametrize(
    ("asked", "sent"),
    [
        ({"count_pages": True}, {"showNumPages": ["true"]}),
        ({"page": 2}, {"page": ["2"]}),
    ],
)
def test_pywb_s_listing_is_asked_for_whole_or_by_page(
    asked: dict[str, Any], sent: dict[str, list[str]]
) -> None:
    url = query_url("http://127.0.0.1:8080/archive/cdx", "baothaibinh.com.vn/tin-tuc/", **asked)
    query = parse_qs(urlsplit(url).query)
    assert {name: query[name] for name in sent} == sent
    # No row limit: pywb returns that many and no key to go on with.
    assert "limit" not in query
    assert "showResumeKey" not in query
    assert query["filter"] == ["status:200", "mime:text/html"]  # pywb's own names


def test_a_capture_listed_twice_is_held_once() -> None:
    # An index may list a capture twice: two records of the same second, pages that overlap
    held = CapturesByArticle(keep=4)
    for _ in range(2):
        held.add("159670", IndexedCapture(ARTICLE, "20241122083000"))
    assert held.take() == {"159670": [["20241122083000", ARTICLE, ""]]}


def test_articles_are_taken_a_batch_at_a_time_in_the_order_listed() -> None:
    held = CapturesByArticle(keep=4)
    for article_id in ("3", "1", "2"):
        held.add(
            article_id, IndexedCapture(ARTICLE.replace("159670", article_id), "20240101000000")
        )
    assert list(held.take(2)) == ["3", "1"]
    assert list(held.take(2)) == ["2"]
    assert held.take(2) == {}

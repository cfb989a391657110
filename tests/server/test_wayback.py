"""The replica served as a web archive of the portal (server/wayback.py): its capture index
answers as the Wayback Machine's CDX server does, and replays what it lists."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest

from newscrawl.server import RunningServer, start_server
from newscrawl.server.wayback import wayback_handler
from tests.server.client import get
from tests.support import REPLICA

PORTAL = "https://baothaibinh.com.vn"
_PAGE = next(REPLICA.glob("tin-tuc/3/159670/*.html")).relative_to(REPLICA)
ARTICLE = f"{PORTAL}/{_PAGE.with_suffix('').as_posix()}"


@pytest.fixture(scope="module")
def archive() -> Iterator[RunningServer]:
    server = start_server(REPLICA, handler=wayback_handler(PORTAL))
    yield server
    server.close()


def _rows(archive: RunningServer, resume_key: str = "", **params: str) -> list[list[str]]:
    query = urlencode({"output": "json", **params})
    if resume_key:  # sent back as written: it comes encoded for a URL
        query += f"&resumeKey={resume_key}"
    reply = get(archive, f"/cdx/search/cdx?{query}")
    assert (reply.status, reply.header("Content-Type")) == (200, "application/json")
    rows: list[list[str]] = json.loads(reply.body)
    return rows


def test_an_article_is_captured_where_it_was_then_under_an_alias(archive: RunningServer) -> None:
    rows = _rows(archive, url="baothaibinh.com.vn/tin-tuc/", matchType="prefix",
                 fl="original,timestamp,statuscode")  # fmt: skip
    assert rows[0] == ["original", "timestamp", "statuscode"]
    mine = [row for row in rows[1:] if "/159670/" in row[0]]
    # 159670 is a multiple of 5: first captured while the portal sent an error page.
    assert [row[0] for row in mine] == [
        ARTICLE.replace(PORTAL, "https://www.baothaibinh.com.vn").replace("/3/", "/", 1),
        ARTICLE,
        ARTICLE,
    ]
    assert mine[1][1] < mine[2][1] < mine[0][1]  # the error, the page, then the alias
    articles = {row[0].split("/")[-2] for row in rows[1:]}
    assert len(articles) == len(list(REPLICA.glob("tin-tuc/*/*/*.html")))


def test_the_listing_resumes_where_its_key_says_until_every_row_is_given(
    archive: RunningServer,
) -> None:
    query = {
        "url": "baothaibinh.com.vn/tin-tuc/",
        "matchType": "prefix",
        "fl": "original,timestamp",
    }
    whole = _rows(archive, **query)[1:]
    given: list[list[str]] = []
    key = ""
    while True:
        rows = _rows(archive, key, **query, limit="40", showResumeKey="true")
        assert rows[0] == ["original", "timestamp"]
        if len(rows) > 2 and rows[-2] == []:
            given += rows[1:-2]
            key = rows[-1][0]
        else:
            given += rows[1:]
            break
    assert given == whole


def test_filters_select_by_field(archive: RunningServer) -> None:
    rows = _rows(archive, url="baothaibinh.com.vn/", matchType="prefix", fl="original,mimetype",
                 filter="mimetype:text/plain")  # fmt: skip
    assert rows[1:] == [[f"{PORTAL}/robots.txt", "text/plain"]]
    exact = _rows(archive, url="www.baothaibinh.com.vn/", fl="original")
    assert exact[1:] == [[f"{PORTAL}/"]]  # `www.` is no other address to an index


def test_from_lists_the_captures_taken_since(archive: RunningServer) -> None:
    rows = _rows(archive, url=ARTICLE, fl="timestamp")[1:]
    since = rows[1][0][:8]  # the page's capture, after the error's
    assert _rows(archive, url=ARTICLE, fl="timestamp", **{"from": since})[1:] == rows[1:]


def test_a_capture_is_replayed_as_archived(archive: RunningServer) -> None:
    rows = _rows(archive, url=ARTICLE, fl="timestamp")
    error, page = rows[1][0], rows[2][0]
    replayed = get(archive, f"/web/{page}id_/{ARTICLE}")
    article = next(REPLICA.glob("tin-tuc/3/159670/*.html")).read_bytes()
    assert (replayed.status, replayed.body) == (200, article)
    failed = get(archive, f"/web/{error}id_/{ARTICLE}")
    assert failed.status == 200
    assert b"<h1>Service Unavailable</h1>" in failed.body


def test_a_time_with_no_capture_redirects_to_the_nearest(archive: RunningServer) -> None:
    page = _rows(archive, url=ARTICLE, fl="timestamp")[2][0]
    reply = get(archive, f"/web/{page[:8]}/{ARTICLE}")  # a day: the Wayback Machine's short form
    assert reply.status == 302
    assert reply.header("Location") == f"/web/{page}id_/{ARTICLE}"


def test_what_the_archive_does_not_hold_is_404(archive: RunningServer) -> None:
    assert get(archive, f"/web/20250601000000id_/{PORTAL}/tin-tuc/3/1/none").status == 404
    assert get(archive, "/elsewhere").status == 404

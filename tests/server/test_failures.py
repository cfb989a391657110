"""Failing exchanges seen from a plain client: statuses, resets, truncation, stalls, drips."""

from __future__ import annotations

import email.utils
import http.client
import socket
import threading
import time
from datetime import UTC, datetime

import pytest

from tests.server.client import address, get, raw
from tests.server.conftest import ARTICLE, ARTICLE_PATH, Serve

PAGE = ARTICLE.encode("utf-8")


@pytest.mark.parametrize("code", [500, 502, 503, 429, 404, 410])
def test_status_faults(serve: Serve, code: int) -> None:
    server, _ = serve(f"{code}:path=^/tin-tuc/")
    reply = get(server, ARTICLE_PATH)
    assert reply.status == code
    assert str(code).encode() in reply.body
    expected_retry = "1" if code in (503, 429) else None
    assert reply.header("Retry-After") == expected_retry
    assert get(server, "/").status == 200


def test_retry_after_seconds_and_http_date(serve: Serve) -> None:
    server, _ = serve("503:path=^/a$:retry_after=7,429:path=^/b$:retry_after=90:date=true")
    assert get(server, "/a").header("Retry-After") == "7"
    value = get(server, "/b").header("Retry-After")
    assert value is not None
    assert value.endswith(" GMT")
    when = email.utils.parsedate_to_datetime(value)
    assert 85 <= (when - datetime.now(UTC)).total_seconds() <= 91


def test_transient_fault_succeeds_after_times(serve: Serve) -> None:
    server, _ = serve("503:times=2")
    statuses = [get(server, ARTICLE_PATH).status for _ in range(4)]
    assert statuses == [503, 503, 200, 200]
    assert get(server, ARTICLE_PATH).body == PAGE


def test_reset_after_reading_the_request(serve: Serve) -> None:
    server, _ = serve("reset:times=1")
    reply = raw(server, ARTICLE_PATH)
    assert reply.data == b""
    assert reply.error is ConnectionResetError
    assert get(server, ARTICLE_PATH).body == PAGE


def test_reset_after_part_of_the_head(serve: Serve) -> None:
    server, _ = serve("reset:headers=20")
    reply = raw(server, ARTICLE_PATH)
    assert reply.error is ConnectionResetError
    assert reply.data == b"HTTP/1.1 200 OK\r\nSer"[: len(reply.data)]
    with pytest.raises((ConnectionError, http.client.HTTPException)):
        get(server, ARTICLE_PATH)


def test_truncated_body(serve: Serve) -> None:
    server, _ = serve("truncate:keep=0.25")
    reply = raw(server, ARTICLE_PATH)
    head, _, body = reply.data.partition(b"\r\n\r\n")
    assert f"Content-Length: {len(PAGE)}".encode() in head
    assert body == PAGE[: len(PAGE) // 4]
    assert reply.error is None  # an orderly close, short of the announced length
    with pytest.raises(http.client.IncompleteRead):
        get(server, ARTICLE_PATH)


def test_truncated_body_with_reset(serve: Serve) -> None:
    server, _ = serve("truncate:keep=0.5:rst=true")
    reply = raw(server, ARTICLE_PATH)
    assert reply.error is ConnectionResetError
    assert len(reply.data.partition(b"\r\n\r\n")[2]) <= len(PAGE) // 2


def test_stall_outlasts_a_client_timeout_and_spares_other_requests(serve: Serve) -> None:
    server, _ = serve("stall:path=^/tin-tuc/:seconds=1.5")
    stalled: list[BaseException] = []

    def stalled_request() -> None:
        try:
            get(server, ARTICLE_PATH, timeout=0.5)
        except BaseException as exc:
            stalled.append(exc)

    thread = threading.Thread(target=stalled_request)
    thread.start()
    started = time.monotonic()
    assert get(server, "/").status == 200  # answered while the other one stalls
    assert time.monotonic() - started < 0.5
    thread.join()
    assert len(stalled) == 1
    assert isinstance(stalled[0], TimeoutError)


def test_stall_then_close_or_serve(serve: Serve) -> None:
    server, _ = serve("stall:path=^/a$:seconds=0.3,stall:path=^/tin-tuc/:seconds=0.3:then=serve")
    started = time.monotonic()
    reply = raw(server, "/a")
    assert (reply.data, reply.error) == (b"", None)  # nothing at all, then an orderly close
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    assert get(server, ARTICLE_PATH).body == PAGE
    assert time.monotonic() - started >= 0.3


def test_slow_drip_delivers_the_whole_page_slowly(serve: Serve) -> None:
    chunk = len(PAGE) // 5 + 1
    server, _ = serve(f"drip:chunk={chunk}:interval=0.1")
    started = time.monotonic()
    reply = get(server, ARTICLE_PATH)
    assert reply.body == PAGE
    assert time.monotonic() - started >= 0.4  # five chunks, four pauses


def _request_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if "process_request_thread" in t.name]


def test_a_client_that_hangs_up_on_a_drip_frees_its_thread(serve: Serve) -> None:
    server, injector = serve("drip:path=^/tin-tuc/:chunk=1:interval=0.05")
    with socket.create_connection(address(server), timeout=5) as sock:
        sock.sendall(f"GET {ARTICLE_PATH} HTTP/1.1\r\nHost: replica\r\n\r\n".encode())
        assert sock.recv(5) == b"HTTP/"
    deadline = time.monotonic() + 3
    while _request_threads() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _request_threads() == []  # the drip noticed, long before its 50 s were up
    assert get(server, "/").status == 200
    assert injector.report()["counts"] == {"drip": 1}

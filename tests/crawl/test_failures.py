"""The failures vocabulary: records, how exceptions map to reasons, the accounting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionLost, TCPTimedOutError

from newscrawl.failures import REASONS, FailureRecord
from newscrawl.failures.classify import classify, reason_for_status
from newscrawl.failures.feed import FailureFeed
from newscrawl.failures.ledger import EXPORTED, FAILED, SKIPPED, Ledger
from newscrawl.fetch.errors import OffsiteRefused, RedirectLoop
from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.spiders.baothaibinh import BaothaibinhSpider

URL = "http://127.0.0.1:8000/tin-tuc/3/159670/x"


def _http_error(status: int) -> HttpError:
    response = HtmlResponse(URL, status=status, request=Request(URL))
    return HttpError(response, "Ignoring non-200 response")


@pytest.mark.parametrize(
    ("exception", "reason"),
    [
        (_http_error(404), "http_404"),
        (_http_error(410), "http_410"),
        (_http_error(429), "http_429"),
        (_http_error(503), "http_5xx"),
        (_http_error(403), "http_4xx"),
        (_http_error(304), "http_other"),
        (DownloadTimeoutError("took longer than 2.0 seconds"), "timeout"),
        (TCPTimedOutError(), "connection_failed"),  # type: ignore[no-untyped-call]  # never made
        (ResponseDataLossError(), "truncated"),
        (DownloadFailedError("Connection lost"), "connection_lost"),
        (ConnectionLost(), "connection_lost"),
        (DownloadConnectionRefusedError(), "connection_failed"),
        (CannotResolveHostError("evil.example"), "connection_failed"),
        (DownloadCancelledError("Expected to receive 31457280 bytes ... max size"), "too_large"),
        (DownloadCancelledError(), "too_large"),
        (IgnoreRequest("Ignored ... exceeded DOWNLOAD_MAXSIZE (10 B) during decompression."),
         "too_large"),
        (IgnoreRequest("Forbidden by robots.txt"), "robots_forbidden"),
        (IgnoreRequest("max redirections reached"), "redirect_loop"),
        (RedirectLoop(URL, [URL]), "redirect_loop"),
        (OffsiteRefused("http://10.0.0.1/", "private_address", redirect=True), "redirect_offsite"),
        (OffsiteRefused("http://evil.example/", "other_host", redirect=False), "offsite"),
        (IgnoreRequest("something else"), "download_error"),
        (ValueError("odd"), "download_error"),
    ],
)  # fmt: skip
def test_classify(exception: BaseException, reason: str) -> None:
    verdict = classify(exception)
    assert verdict.reason == reason
    assert verdict.reason in REASONS
    assert verdict.detail.startswith(type(exception).__name__)


def test_the_status_comes_from_the_response_or_the_last_attempt() -> None:
    assert classify(_http_error(404), last_status=503).last_status == 404
    assert classify(DownloadTimeoutError(), last_status=503).last_status == 503


@pytest.mark.parametrize("status", range(100, 600))
def test_every_status_has_a_reason(status: int) -> None:
    assert reason_for_status(status) in REASONS


def test_a_record_refuses_a_reason_outside_the_vocabulary() -> None:
    with pytest.raises(ValueError, match="unknown failure reason"):
        FailureRecord(url=URL, reason="oops")


def test_the_feed_writes_lines_without_the_internal_key(tmp_path: Path) -> None:
    feed = FailureFeed(tmp_path / "sub" / "failures.jsonl")
    feed.write(FailureRecord(url=URL, reason="http_404", article_id="159670", key="site/159670"))
    feed.close()
    (line,) = [json.loads(x) for x in feed.path.read_text("utf-8").splitlines()]
    assert line["article_id"] == "159670"
    assert "key" not in line


def test_a_run_without_failures_leaves_an_empty_feed(tmp_path: Path) -> None:
    feed = FailureFeed(tmp_path / "failures.jsonl")
    feed.close()
    assert feed.path.read_text("utf-8") == ""


def test_the_ledger_reports_what_never_settled() -> None:
    ledger = Ledger()
    for key in ("a", "b", "c", "d"):
        ledger.requested(key, f"http://x/{key}")
    ledger.requested("a", "http://x/other-link-to-a")
    assert ledger.settle("a", EXPORTED)
    assert ledger.settle("b", FAILED)
    assert ledger.settle("c", SKIPPED)
    ledger.hint("d", "parse_error", "RecursionError: ...")
    (left,) = ledger.open()
    assert (left.key, left.url, left.hint) == ("d", "http://x/d", "parse_error")
    assert ledger.counts() == {EXPORTED: 1, FAILED: 1, SKIPPED: 1}


def test_the_ledger_counts_an_article_that_ends_twice() -> None:
    ledger = Ledger()
    ledger.settle("a", EXPORTED)
    assert ledger.settle("a", EXPORTED)
    assert not ledger.settle("a", FAILED)
    assert ledger.conflicts == 1
    assert ledger.outcome("a") == EXPORTED


@pytest.mark.parametrize(
    "url",
    [
        "https://baothaibinh.com.vn/tin-tuc/3/159670/tham-tra",
        "https://web.archive.org/web/20221001000000id_/https://baothaibinh.com.vn/tin-tuc/3/159670/x",
    ],
)
def test_a_record_names_the_article_whether_live_or_captured(url: str) -> None:
    request = Request(url, meta={ARTICLE_KEY: "baothaibinh.com.vn/159670"})
    record = BaothaibinhSpider().failure_record(request, "http_404", last_status=404, detail="")
    assert (record.kind, record.article_id) == ("article", "159670")

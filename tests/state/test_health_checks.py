"""The run's checks on the pages' and the pictures' failures, kept apart."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from scrapy.settings import Settings

from newscrawl.checks import run_checks
from newscrawl.health import build_report


def _verdicts(stats: dict[str, Any]) -> dict[str, tuple[bool, str]]:
    report = build_report("baothaibinh", stats, "finished", datetime.now(UTC))
    return {c.name: (c.ok, c.detail) for c in run_checks(report, None, Settings())}


def _stats(pages: int, failed_pages: int, pictures: int, failed_pictures: int) -> dict[str, Any]:
    return {
        "downloader/request_count": pages + pictures,
        "newscrawl/pages/article": pages,
        "newscrawl/failures/http_404": failed_pages + failed_pictures,
        "newscrawl/failures_by_kind/article": failed_pages,
        "newscrawl/failures_by_kind/media": failed_pictures,
        "newscrawl/media/requested": pictures,
        "newscrawl/media/archived": pictures - failed_pictures,
    }


@pytest.mark.parametrize(
    ("stats", "error_rate", "media_error_rate"),
    [
        # Every picture lost (the picture host is down): the pages are fine, the pictures not.
        (
            _stats(100, 0, 60, 60),
            (True, "0.0% of requests failed (max 20%)"),
            (False, "100.0% of 60 pictures failed (max 50%)"),
        ),
        # A few pictures lost: both fine.
        (
            _stats(100, 1, 60, 3),
            (True, "1.0% of requests failed (max 20%)"),
            (True, "5.0% of 60 pictures failed (max 50%)"),
        ),
        # Pages failing: the pictures that came do not dilute the pages' rate (30 of 100, not
        # 30 of 400).
        (
            _stats(100, 30, 300, 0),
            (False, "30.0% of requests failed (max 20%)"),
            (True, "0.0% of 300 pictures failed (max 50%)"),
        ),
        # No picture asked for (no WARC, or NEWSCRAWL_WARC_MEDIA off): no picture check.
        (_stats(100, 0, 0, 0), (True, "0.0% of requests failed (max 20%)"), None),
    ],
)
def test_pages_and_pictures_are_checked_apart(
    stats: dict[str, Any],
    error_rate: tuple[bool, str],
    media_error_rate: tuple[bool, str] | None,
) -> None:
    verdicts = _verdicts(stats)
    assert verdicts["error_rate"] == error_rate
    assert verdicts.get("media_error_rate") == media_error_rate


def test_a_requisite_lost_is_no_page_failure() -> None:
    # Two pages of three requests: the stylesheet, its font and the icon all failed (their host
    # down); the pages' rate is 0 of 2, not 3 of 5.
    stats = {
        "downloader/request_count": 5,
        "newscrawl/pages/article": 2,
        "newscrawl/failures/http_5xx": 3,
        "newscrawl/failures_by_kind/requisite": 3,
        "newscrawl/requisites/requested": 3,
    }
    assert _verdicts(stats)["error_rate"] == (True, "0.0% of requests failed (max 20%)")


@pytest.mark.parametrize(
    ("revisits", "removed", "verdict"),
    [
        # A portal being retired: nearly every article revisited is gone.
        (
            50,
            48,
            (False, "48 of 50 revisited articles found removed (max 50%): is the portal going?"),
        ),
        # The odd takedown.
        (50, 3, (True, "3 of 50 revisited articles found removed (max 50%)")),
        # Too few revisits to tell (NEWSCRAWL_CHECK_MIN_ARTICLES): no check.
        (4, 4, None),
        (0, 0, None),
    ],
)
def test_a_mass_takedown_fails_the_run(
    revisits: int, removed: int, verdict: tuple[bool, str] | None
) -> None:
    stats = {
        "downloader/request_count": 100 + revisits,
        "newscrawl/pages/article": 100,
        "newscrawl/state/revisits_requested": revisits,
        "newscrawl/state/changes/removed": removed,
    }
    assert _verdicts(stats).get("removed_rate") == verdict

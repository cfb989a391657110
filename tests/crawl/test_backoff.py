"""Retry waits: exponential, capped, and never shorter than the server's `Retry-After`."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from newscrawl.fetch.backoff import Backoff, parse_retry_after

NOW = datetime(2025, 7, 1, 8, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (b"5", 5.0),
        (" 0 ", 0.0),
        (format_datetime(NOW + timedelta(seconds=90), usegmt=True), 90.0),
        ("Tue, 01 Jul 2025 08:02:00 GMT", 120.0),
        ("Tuesday, 01-Jul-25 08:00:30 GMT", 30.0),  # RFC 850, still accepted by HTTP/1.1
        ("Tue Jul  1 08:00:10 2025", 10.0),  # asctime, no zone: GMT
        ("Mon, 30 Jun 2025 08:00:00 GMT", 0.0),  # in the past: retry now
        ("-5", None),
        ("1.5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_forms(value: str | bytes | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def test_waits_double_from_the_base_up_to_the_cap() -> None:
    backoff = Backoff(base=1.0, cap=5.0, jitter=0.0)
    rng = random.Random(0)
    assert [backoff.delay(n, None, rng) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_retry_after_is_a_floor() -> None:
    backoff = Backoff(base=1.0, cap=60.0, jitter=0.0)
    rng = random.Random(0)
    assert backoff.delay(1, 30.0, rng) == 30.0
    assert backoff.delay(4, 3.0, rng) == 8.0


def test_a_server_asking_for_longer_than_the_cap_is_not_retried_early() -> None:
    backoff = Backoff(base=1.0, cap=60.0, jitter=0.0)
    assert backoff.delay(1, 120.0, random.Random(0)) is None
    assert backoff.delay(1, 60.0, random.Random(0)) == 60.0


def test_jitter_stays_within_its_share_and_under_the_cap() -> None:
    backoff = Backoff(base=10.0, cap=12.0, jitter=0.2)
    rng = random.Random(7)
    waits = [backoff.delay(1, None, rng) for _ in range(200)]
    assert all(w is not None and 8.0 <= w <= 12.0 for w in waits)
    assert len(set(waits)) > 100

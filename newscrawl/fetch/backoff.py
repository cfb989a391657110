"""How long to wait before a retry: exponential backoff, and the server's `Retry-After` honoured.

Pure functions (no clock of their own: `now` is passed in), used by `fetch/retry.py`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


@dataclass(frozen=True, slots=True)
class Backoff:
    base: float = 1.0  # the wait before the first retry, in seconds
    cap: float = 60.0  # no single wait is longer
    jitter: float = 0.2  # +-20%: retries of many pages spread out instead of arriving together

    def delay(self, retry: int, retry_after: float | None, rng: random.Random) -> float | None:
        """Seconds to wait before retry number `retry` (1, 2, ...), or None to give up now.

        The wait doubles with each retry; a server's `Retry-After` is a floor, never shortened,
        so when it asks for more than `cap` the retry is given up rather than made early."""
        if retry_after is not None and retry_after > self.cap:
            return None
        exponential = self.base * 2.0 ** max(retry - 1, 0)
        if self.jitter:
            exponential *= 1 + rng.uniform(-self.jitter, self.jitter)
        return min(max(exponential, retry_after or 0.0), self.cap)


def parse_retry_after(value: str | bytes | None, now: datetime) -> float | None:
    """`Retry-After` in seconds from now: delta-seconds or an HTTP-date (RFC 9110, 10.2.3).

    None when the header is absent or unreadable; a date in the past means "now" (0)."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an obsolete date form without a zone: HTTP dates are GMT
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)

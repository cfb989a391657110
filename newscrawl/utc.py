"""Instants as newscrawl writes them everywhere (exports, feeds, state, reports, WACZ):
ISO 8601 in UTC to the second, `2026-11-26T07:20:00Z`."""

from __future__ import annotations

from datetime import UTC, datetime

FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utc_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(FORMAT)


def utc_now() -> str:
    return utc_iso(datetime.now(UTC))

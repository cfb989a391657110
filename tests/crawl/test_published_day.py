"""The day a date window judges an article by: read as the export reads its publication time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from newscrawl.article import build_article, published_day
from newscrawl.items import RawArticle

FETCHED = datetime(2025, 11, 26, 3, 0, tzinfo=UTC)  # 10:00 in Việt Nam


@pytest.mark.parametrize(
    ("published", "page_time", "day"),
    [
        ("Thứ 5, 22/09/2022 | 19:44:07", None, date(2022, 9, 22)),
        ("22/09/2022", None, date(2022, 9, 22)),
        # Relative forms count from the page's own clock, else from the fetch.
        ("2 giờ trước", None, date(2025, 11, 26)),
        ("Hôm qua 08:15", None, date(2025, 11, 25)),
        ("3 ngày trước", "Thứ 2, 01/06/2020, 08:43[GMT+7]", date(2020, 5, 29)),
        ("không có ngày", None, None),
        (None, None, None),
    ],
)
def test_published_day(published: str | None, page_time: str | None, day: date | None) -> None:
    raw = RawArticle(url="http://x/a", site="x", published=published, page_time=page_time)
    assert published_day(raw, FETCHED) == day
    exported = build_article(raw, fetched_at=FETCHED)["published_at"]
    assert (exported[:10] if exported else None) == (day.isoformat() if day else None)

"""The listing limits hold on a real crawl: pagination depth, and archive pages in all."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.faults.support import crawl_replica

pytestmark = pytest.mark.e2e


def test_pagination_and_the_archive_stop_at_their_limits(tmp_path: Path) -> None:
    limits = {"NEWSCRAWL_MAX_LISTING_PAGES": "2", "NEWSCRAWL_MAX_ARCHIVE_PAGES": "20"}
    crawl = crawl_replica(tmp_path, None, settings=limits)
    assert crawl.returncode == 0, crawl.log[-3000:]
    paths = [urlsplit(d["url"]).path for d in crawl.downloads]
    sections = [p for p in paths if p.startswith("/chuyen-muc/")]
    assert "/chuyen-muc/3/thoi-su/trang-2" in sections
    assert "/chuyen-muc/3/thoi-su/trang-3" not in sections  # the third page of Thời sự
    assert len([p for p in paths if p.startswith("/xem-tin-theo-ngay/")]) == 20
    assert "'newscrawl/limits/listing_pages': 1" in crawl.log
    assert "Reached NEWSCRAWL_MAX_ARCHIVE_PAGES (20 pages)" in crawl.log

"""What the archive spiders' end-to-end tests share."""

from __future__ import annotations

import re

from tests.support import CrawlResult

# A replay's address of a capture as archived: `…/{timestamp}id_/{original}`
_REPLAYED = re.compile(r"/(?P<stamp>\d{14})id_/(?P<original>https?://.+)$")


def captures_read(result: CrawlResult) -> dict[str, tuple[str, str]]:
    """Article id -> the capture it was read from (time, original address)."""
    read = {}
    for item in result.items:
        found = _REPLAYED.search(item["url"])
        assert found is not None, item["url"]
        read[item["article_id"]] = (found["stamp"], found["original"])
    return read

"""The archive: every HTTP exchange of a crawl kept as WARC/1.1, and articles re-read from it.

`middleware.WarcMiddleware` hands each exchange of a crawl to an `archiver.Archiver`, in an
archive process of its own (`process`, `worker`) or on the crawl's thread (switched on by
`NEWSCRAWL_WARC_DIR`); `cdxj`, `wacz` and `reparse` work on the files afterwards. How the archive
is laid out and why: docs/archive.md.

This module stays free of heavy imports: the spider imports it on every crawl.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

# `response.meta` key under which the middleware leaves where the response's bytes were written:
# a `newscrawl.items.WarcLocation`. The spider copies it into the raw item.
WARC_LOCATION = "newscrawl_warc"


def archives_also(settings: BaseSettings, setting: str) -> bool:
    """Does this crawl keep WARC and, with it, fetch what `setting` (on by default) names: the
    articles' pictures (NEWSCRAWL_WARC_MEDIA), the pages' requisites (NEWSCRAWL_WARC_REQUISITES)?"""
    return bool(settings.get("NEWSCRAWL_WARC_DIR")) and settings.getbool(setting, True)


__all__ = ["WARC_LOCATION", "archives_also"]

"""The `warcinfo` record's fields: which software made the file, and how the crawl was set up.

`newscrawl reparse` reads `newscrawl-spider` (or `newscrawl-profile`) and the spider's arguments
from it, so a WARC file can be re-parsed without being told which portal it holds.
"""

from __future__ import annotations

import json
import platform
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

import scrapy

from newscrawl import __version__
from newscrawl.archive.config import ArchiveConfig

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

SPIDER_FIELD = "newscrawl-spider"
PROFILE_FIELD = "newscrawl-profile"
ARGUMENTS_FIELD = "newscrawl-spider-arguments"
WARC_1_1 = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
# Settings that shape what was fetched and how: enough to reproduce or judge the crawl.
RECORDED_SETTINGS = (
    "USER_AGENT",
    "ROBOTSTXT_OBEY",
    "CONCURRENT_REQUESTS",
    "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY",
    "AUTOTHROTTLE_ENABLED",
    "DOWNLOAD_TIMEOUT",
    "RETRY_TIMES",
    "DEPTH_LIMIT",
    "HTTPCACHE_ENABLED",
    "JOBDIR",
)
SPIDER_ARGUMENTS = ("base_url", "since", "until", "walk_archive")


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


def software() -> str:
    return (
        f"newscrawl/{__version__} (Scrapy/{scrapy.__version__}; warcio/{_version('warcio')}; "
        f"deflate/{_version('deflate')}; "
        f"{platform.python_implementation()}/{platform.python_version()})"
    )


def _json_value(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def warcinfo_fields(crawler: Crawler, config: ArchiveConfig, started: datetime) -> dict[str, str]:
    settings = crawler.settings
    spider = crawler.spider
    recorded = {name: _json_value(settings.get(name)) for name in RECORDED_SETTINGS}
    recorded["NEWSCRAWL_WARC_MAX_SIZE"] = config.max_size
    recorded["NEWSCRAWL_WARC_GZIP_LEVEL"] = config.gzip_level
    arguments = {name: _json_value(getattr(spider, name, None)) for name in SPIDER_ARGUMENTS}
    return {
        "software": software(),
        "format": "WARC File Format 1.1",
        "conformsTo": WARC_1_1,
        "isPartOf": f"{config.prefix}-{started:%Y%m%d%H%M%S}",
        "operator": str(settings.get("NEWSCRAWL_WARC_OPERATOR") or ""),
        "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
        "http-header-user-agent": str(settings.get("USER_AGENT") or ""),
        SPIDER_FIELD: spider.name if spider else "",
        PROFILE_FIELD: str(getattr(spider, "profile_name", "") or ""),
        ARGUMENTS_FIELD: json.dumps(arguments, sort_keys=True),
        "newscrawl-settings": json.dumps(recorded, sort_keys=True),
    }

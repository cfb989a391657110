"""Articles re-read from WARC files, with no network, the way the crawl reads them.

Each archived response goes through the crawl's own pieces: the project's
HttpCompressionMiddleware decodes the body and picks the response class, the crawl's spider
(built with the arguments the crawl recorded in `warcinfo`) reads it in its own `parse_article`,
and the item pipelines listed in the project settings (normalise, validate, deduplicate) turn
it into the exported line. Only what the crawl learnt from the clock and the writer comes from
the WARC instead, through the same `meta` keys: `fetched_at` is the response record's WARC-Date,
`warc` where its payload is.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import DropItem, IgnoreRequest, NotConfigured
from scrapy.exporters import BaseItemExporter
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.spiderloader import get_spider_loader
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import build_from_crawler, load_object

from newscrawl.archive import WARC_LOCATION
from newscrawl.archive.crawlinfo import ARGUMENTS_FIELD, PROFILE_FIELD, SPIDER_FIELD
from newscrawl.archive.reader import ArchiveReader, StoredResponse
from newscrawl.archive.responses import archived_response
from newscrawl.items import RawArticle
from newscrawl.middlewares import FETCHED_AT
from newscrawl.pages.profile import get_profile

logger = logging.getLogger(__name__)

SETTINGS_MODULE = "newscrawl.settings"


class NoProfile(LookupError):
    """A WARC file that names no spider or site profile, and none was given."""


@dataclass
class ReparseReport:
    responses: int = 0
    articles: int = 0
    exported: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def project_settings() -> Settings:
    settings = Settings()
    settings.setmodule(SETTINGS_MODULE, priority="project")
    return settings


def spider_arguments(recorded: dict[str, Any]) -> dict[str, str]:
    """The spider arguments a crawl recorded (`warcinfo`) as `-a` arguments again. Only those
    that shape what is exported matter here: the date window (and the base URL, for links)."""
    arguments = {name: str(recorded[name]) for name in ("base_url", "since", "until")
                 if recorded.get(name)}  # fmt: skip
    if isinstance(recorded.get("walk_archive"), bool):
        arguments["archive"] = "1" if recorded["walk_archive"] else "0"
    return arguments


class Reparser:
    """The crawl's decoding, spider callback and pipelines, assembled without an engine."""

    def __init__(self, profile: str | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or project_settings()
        self.profile = get_profile(profile).name if profile else None
        self.crawler = Crawler(Spider, self.settings)
        self.crawler.stats = MemoryStatsCollector(self.crawler)
        self.decoder = build_from_crawler(HttpCompressionMiddleware, self.crawler)
        self.pipelines = _pipelines(self.crawler)
        self.loader = get_spider_loader(self.settings)
        self._spiders: dict[tuple[str, str], Any] = {}

    def spider_for(self, stored: StoredResponse) -> Any:
        """The crawl's spider, as the file's warcinfo describes it (one per description)."""
        name = self._spider_name(stored)
        recorded = stored.info.get(ARGUMENTS_FIELD) or "{}"
        if (name, recorded) not in self._spiders:
            spider_class = self.loader.load(name)
            arguments = spider_arguments(json.loads(recorded))
            spider = spider_class.from_crawler(self.crawler, **arguments)
            self._spiders[(name, recorded)] = spider
        return self._spiders[(name, recorded)]

    def _spider_name(self, stored: StoredResponse) -> str:
        recorded = stored.info.get(SPIDER_FIELD)
        if self.profile is None and recorded:
            return recorded
        wanted = self.profile or stored.info.get(PROFILE_FIELD)
        for name in self.loader.list():
            if wanted and getattr(self.loader.load(name), "profile_name", None) == wanted:
                return name
        raise NoProfile(f"the WARC file of {stored.url} names no spider or profile: use --profile")

    def raw_articles(self, stored: StoredResponse) -> list[RawArticle]:
        """What the spider's callback made of the response: the article, or nothing."""
        spider = self.spider_for(stored)
        callback = spider.reads_archived(stored.url) if 200 <= stored.status < 300 else None
        if callback is None:
            return []
        response = self.response(stored)
        if response is None:
            return []
        return [out for out in callback(response) if isinstance(out, RawArticle)]

    def response(self, stored: StoredResponse) -> Response | None:
        """The response object the spider's callback got during the crawl."""
        meta = {FETCHED_AT: stored.fetched_at.isoformat(), WARC_LOCATION: stored.location}
        request = Request(stored.url, meta=meta)
        served = archived_response(
            stored.url, stored.status, stored.headers, stored.body, stored.protocol, request
        )
        try:
            decoded = self.decoder.process_response(request, served)
        except IgnoreRequest:  # over DOWNLOAD_MAXSIZE once decoded: the crawl dropped it too
            return None
        return decoded if isinstance(decoded, Response) else None

    def item(self, raw: RawArticle) -> dict[str, Any] | None:
        """The item pipelines of the project, in their order; None when one drops it."""
        item: Any = raw
        for pipeline in self.pipelines:
            try:
                item = pipeline.process_item(item)
                if inspect.isawaitable(item):
                    item = asyncio.run(_awaited(item))
            except DropItem as exc:
                logger.info("Dropped: %s", exc)
                return None
        return item if isinstance(item, dict) else None


def _pipelines(crawler: Crawler) -> list[Any]:
    """The project's item pipelines in order, those switched off left out, as Scrapy does."""
    paths = build_component_list(
        crawler.settings.get_component_priority_dict_with_base("ITEM_PIPELINES")
    )
    pipelines = []
    for path in paths:
        try:
            pipelines.append(build_from_crawler(load_object(path), crawler))
        except NotConfigured:
            continue
    return pipelines


def _exporter(settings: Settings, output: IO[bytes]) -> BaseItemExporter:
    """The crawl's own JSON lines exporter, set up as its feed is."""
    exporter_class = load_object(settings.getwithbase("FEED_EXPORTERS")["jsonlines"])
    exporter: BaseItemExporter = exporter_class(
        output,
        encoding=settings.get("FEED_EXPORT_ENCODING"),
        fields_to_export=settings.getlist("FEED_EXPORT_FIELDS") or None,
    )
    return exporter


async def _awaited(value: Any) -> Any:
    return await value


def reparse(reader: ArchiveReader, reparser: Reparser, output: IO[bytes]) -> ReparseReport:
    """Write every article of the archive to `output` as JSONL, as the crawl exported it."""
    exporter = _exporter(reparser.settings, output)
    exporter.start_exporting()
    report = ReparseReport()
    for item in _items(reader, reparser, report):
        exporter.export_item(item)
        report.exported += 1
    exporter.finish_exporting()
    report.skipped["unresolved_revisit"] = reader.unresolved
    return report


def _items(reader: ArchiveReader, reparser: Reparser, report: ReparseReport) -> Iterator[Any]:
    for stored in reader.responses():
        report.responses += 1
        for raw in reparser.raw_articles(stored):
            report.articles += 1
            item = reparser.item(raw)
            if item is None:
                report.skipped["dropped"] += 1
            else:
                yield item

"""Opens the state database for a run, closes it with the run's manifest.

On by `-s NEWSCRAWL_STATE_DIR=DIR`. Before the run starts it adopts whatever killed runs left
in their feeds (`reconcile.py`), refuses feed settings that would overwrite an earlier run's
output, and decides whether this run may stop at the known frontier (incremental) or must walk
everything.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter

from newscrawl.health import report_for
from newscrawl.pages.profile import get_profile
from newscrawl.state.backfill import backfill_captures
from newscrawl.state.reconcile import adopt_killed_runs
from newscrawl.state.runtime import CrawlState, attach, state_for
from newscrawl.state.store import StateStore

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

# Spider arguments that make a run's walk partial: such a run never becomes the baseline.
BOUNDING_ARGS = ("since", "until")


class StateError(RuntimeError):
    """The state directory cannot be used as asked (e.g. a feed would overwrite an export)."""


class StateExtension:
    def __init__(self, crawler: Crawler, state: CrawlState) -> None:
        self.crawler = crawler
        self.state = state
        self.log_handler: logging.Handler | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        directory = crawler.settings.get("NEWSCRAWL_STATE_DIR")
        if not directory:
            raise NotConfigured("NEWSCRAWL_STATE_DIR is not set")
        spider = crawler.spider
        if spider is None:
            raise NotConfigured("the state extension needs the crawl's spider")
        store = StateStore(Path(directory))
        _refuse_overwriting_feeds(store, spider.name, crawler.settings.getdict("FEEDS"))
        state = _open_run(store, spider, crawler)
        attach(crawler, state)
        extension = cls(crawler, state)
        if crawler.settings.getbool("NEWSCRAWL_RUN_LOG", True):
            extension.log_handler = _run_log(crawler, store.path.parent, state.run_id)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        feeds = _local_feed_paths(self.crawler)
        self.state.store.set_feeds(self.state.run_id, feeds)
        mode = "incremental" if self.state.incremental else "full walk"
        logger.info(
            "State: run %d (%s), %d articles already archived, %d waiting in the frontier",
            self.state.run_id,
            mode,
            len(self.state.exported),
            len(self.state.store.pending(self.state.site)),
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        state = state_for(self.crawler)
        if state is None:
            return
        report = report_for(self.crawler) or {}
        complete = reason == "finished" and not _bounded(spider)
        status = "finished" if reason == "finished" else "failed"
        state.store.finish_run(state.run_id, status, complete, report)
        state.store.close()
        if self.log_handler is not None:
            logging.getLogger().removeHandler(self.log_handler)
            self.log_handler.close()


def _open_run(store: StateStore, spider: Spider, crawler: Crawler) -> CrawlState:
    args = {k: getattr(spider, k, None) for k in ("base_url", *BOUNDING_ARGS)}
    args = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in args.items()}
    run_id = store.start_run(spider.name, args)
    adopt_killed_runs(store, spider.name, run_id)
    settings = crawler.settings
    if settings.get("NEWSCRAWL_WARC_DIR"):
        backfill_captures(store, Path(settings["NEWSCRAWL_WARC_DIR"]))
    site = get_profile(getattr(spider, "profile_name", spider.name)).site
    baseline = store.last_complete_run(spider.name, before=run_id)
    watermark = store.watermark(site, baseline) if baseline is not None else None
    return CrawlState(
        store=store,
        run_id=run_id,
        spider=spider.name,
        site=site,
        exported=store.exported_before(site, None),
        known=store.exported_before(site, baseline) if baseline is not None else set(),
        watermark=date.fromisoformat(watermark) if watermark else None,
        incremental=baseline is not None,
        overlap_pages=settings.getint("NEWSCRAWL_INCREMENTAL_OVERLAP_PAGES", 1),
        overlap_days=settings.getint("NEWSCRAWL_INCREMENTAL_OVERLAP_DAYS", 2),
        failed_runs=store.failed_runs(site),
        max_failed_runs=settings.getint("NEWSCRAWL_STATE_MAX_FAILED_RUNS", 3),
    )


def _run_log(crawler: Crawler, directory: Path, run_id: int) -> logging.Handler:
    """Each scheduled run keeps its own log beside the state (`logs/run-000042.log`), whatever
    the console or Scrapyd does with the process's output."""
    path = directory / "logs" / f"run-{run_id:06d}.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = crawler.settings
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(settings["LOG_FORMAT"], settings["LOG_DATEFORMAT"]))
    handler.setLevel(settings["LOG_LEVEL"])
    logging.getLogger().addHandler(handler)
    return handler


def _bounded(spider: Spider) -> bool:
    return any(getattr(spider, name, None) for name in BOUNDING_ARGS)


def _refuse_overwriting_feeds(store: StateStore, spider: str, feeds: dict[str, Any]) -> None:
    """An overwriting feed (`-O`) aimed at an earlier run's output would destroy articles that
    the state counts as archived: stop before the feed is opened."""
    earlier = {Path(f).resolve() for run in store.runs(spider) for f in run.feeds}
    for uri, options in feeds.items():
        path = _as_local_path(str(uri))
        if path is not None and options.get("overwrite") and path.resolve() in earlier:
            raise StateError(
                f"{uri} holds the export of an earlier run and -O would overwrite it; with"
                " NEWSCRAWL_STATE_DIR give each run its own output (e.g. -o"
                " 'articles-%(time)s.jsonl') or append with -o"
            )


def _as_local_path(uri: str) -> Path | None:
    if uri.startswith("file://"):
        return Path(uri.removeprefix("file://"))
    if "://" in uri or "%(" in uri:
        return None
    return Path(uri)


def _local_feed_paths(crawler: Crawler) -> list[str]:
    """The files this run's feeds write to, with `%(time)s` and friends resolved."""
    paths: list[str] = []
    for extension in crawler.extensions.middlewares:
        if isinstance(extension, FeedExporter):
            for slot in extension.slots:
                path = _as_local_path(slot.uri)
                if path is not None:
                    paths.append(str(path.resolve()))
    return paths

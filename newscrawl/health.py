"""The run report and the checks that make a broken run exit non-zero.

Every run ends with a short human summary in the log and, with NEWSCRAWL_REPORT_FILE (or a
state directory, under `reports/`), a JSON report: pages fetched, articles new and revisited,
failures by reason, field coverage, duration, and the verdict of configurable checks. A failed
check sets `newscrawl/health/failed`, which the `crawl` command turns into exit code 3, so cron
and Scrapyd see a broken run.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from scrapy import signals

from newscrawl.checks import Check, run_checks
from newscrawl.pipelines import COVERAGE_FIELDS
from newscrawl.state.runtime import state_for
from newscrawl.utc import utc_iso

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

HEALTH_FAILED = "newscrawl/health/failed"
_REPORTS: WeakKeyDictionary[Crawler, dict[str, Any]] = WeakKeyDictionary()


class RunReport:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.started = datetime.now(UTC)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        report = cls(crawler)
        crawler.signals.connect(report.spider_closed, signal=signals.spider_closed)
        return report

    def spider_closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = dict(self.crawler.stats.get_stats())
        report = build_report(spider.name, stats, reason, self.started)
        previous = _previous_coverage(self.crawler)
        checks = run_checks(report, previous, self.crawler.settings)
        report["checks"] = [c.__dict__ for c in checks]
        report["status"] = "ok" if all(c.ok for c in checks) else "failed"
        if report["status"] == "failed":
            self.crawler.stats.set_value(HEALTH_FAILED, 1)
        _REPORTS[self.crawler] = report
        _write(report, self._path(report))
        for line in summary(report, checks):
            (logger.info if report["status"] == "ok" else logger.error)(line)

    def _path(self, report: dict[str, Any]) -> Path | None:
        explicit = self.crawler.settings.get("NEWSCRAWL_REPORT_FILE")
        if explicit:
            return Path(explicit)
        state = state_for(self.crawler)
        if state is not None:
            return state.store.path.parent / "reports" / f"run-{state.run_id:06d}.json"
        return None


def report_for(crawler: Crawler) -> dict[str, Any] | None:
    """The report of a crawl that has closed, for components that store it."""
    return _REPORTS.get(crawler)


def _count(stats: dict[str, Any], prefix: str) -> dict[str, int]:
    return {k.removeprefix(prefix): int(v) for k, v in stats.items() if k.startswith(prefix)}


def build_report(
    spider: str, stats: dict[str, Any], reason: str, started: datetime
) -> dict[str, Any]:
    exported = int(stats.get("newscrawl/articles/exported", 0))
    coverage = {
        name: round(stats.get(f"newscrawl/coverage/{name}", 0) / exported, 4) if exported else None
        for name in (*COVERAGE_FIELDS, "captions")
    }
    # One failure per URL the crawl gave up on (the failures feed, newscrawl/failures/);
    # attempts that a retry later made good are retries, not failures.
    failures = _count(stats, "newscrawl/failures/")
    retries = {
        "count": int(stats.get("newscrawl/retries/count", 0)),
        "gave_up": int(stats.get("newscrawl/retries/max_reached", 0))
        + int(stats.get("newscrawl/retries/retry_after_too_long", 0)),
        "reasons": _count(stats, "newscrawl/retries/reason_count/"),
    }
    return {
        "spider": spider,
        "finish_reason": reason,
        "started_at": utc_iso(started),
        "duration_s": round((datetime.now(UTC) - started).total_seconds(), 3),
        "requests": int(stats.get("downloader/request_count", 0)),
        "responses": int(stats.get("downloader/response_count", 0)),
        "pages": _count(stats, "newscrawl/pages/"),
        "article_links": {
            "seen": int(stats.get("newscrawl/links/article", 0)),
            "requested": int(stats.get("newscrawl/links/article_requested", 0)),
            "retried_failed": int(stats.get("newscrawl/state/retried_failed", 0)),
        },
        "articles": {
            "exported": exported,
            "revisited": int(stats.get("newscrawl/state/views_observed", 0)),
            "revisits_requested": int(stats.get("newscrawl/state/revisits_requested", 0)),
            # What revisits found (the changes feed, state/changes.py); a takedown already
            # recorded by an earlier run is counted under newscrawl/state/still_removed.
            **{
                change: int(stats.get(f"newscrawl/state/changes/{change}", 0))
                for change in ("edited", "removed", "restored")
            },
            # The versions revisits compared with, read again from their WARC captures; read
            # differently from the state's digests (newscrawl changed, not the page); or whose
            # capture could not be read, so the digests decided (state/previous.py).
            "previous": {
                name: int(stats.get(f"newscrawl/state/previous/{name}", 0))
                for name in ("reread", "read_differently", "unreadable")
            },
            "skipped_archived": int(stats.get("newscrawl/state/skipped_archived", 0)),
            "duplicates": int(stats.get("newscrawl/articles/duplicate", 0)),
            "incomplete": int(stats.get("newscrawl/articles/dropped_incomplete", 0)),
        },
        "failures": failures,
        # The pictures archived with the articles: asked for with their article, asked for
        # again (an earlier run's), archived, failed, and on other sites (not asked for).
        "media": {
            "requested": int(stats.get("newscrawl/media/requested", 0)),
            "retried": int(stats.get("newscrawl/media/retried", 0)),
            "archived": int(stats.get("newscrawl/media/archived", 0)),
            "failed": int(stats.get("newscrawl/failures_by_kind/media", 0)),
            "elsewhere": int(stats.get("newscrawl/media/elsewhere", 0)),
        },
        # What the pages load to be shown (stylesheets, scripts, icons, fonts, and the pictures
        # they show besides the articles' own), archived with them: asked for (of which
        # pictures), archived, failed, and on other sites (not asked for).
        "requisites": {
            "requested": int(stats.get("newscrawl/requisites/requested", 0)),
            "pictures": int(stats.get("newscrawl/requisites/pictures", 0)),
            "archived": int(stats.get("newscrawl/requisites/archived", 0)),
            "failed": int(stats.get("newscrawl/failures_by_kind/requisite", 0)),
            "elsewhere": int(stats.get("newscrawl/requisites/elsewhere", 0)),
        },
        "retries": retries,
        "offsite_refused": int(stats.get("newscrawl/offsite/refused", 0)),
        "coverage": coverage,
        "warnings": _count(stats, "newscrawl/warnings/"),
        "profile": {
            "content_missing": int(stats.get("newscrawl/warnings/profile_content_missing", 0)),
            "content_empty": int(stats.get("newscrawl/warnings/profile_content_empty", 0)),
            "listing_items_missing": int(stats.get("newscrawl/profile/listing_items_missing", 0)),
            "archive_form_missing": bool(stats.get("newscrawl/profile/archive_form_missing")),
        },
    }


def _previous_coverage(crawler: Crawler) -> dict[str, float] | None:
    state = state_for(crawler)
    if state is None:
        return None
    minimum = crawler.settings.getint("NEWSCRAWL_CHECK_MIN_ARTICLES", 5)
    for run in reversed(state.store.runs(state.spider)):
        report = run.report or {}
        if run.id != state.run_id and report.get("articles", {}).get("exported", 0) >= minimum:
            return {k: v for k, v in report.get("coverage", {}).items() if v is not None}
    return None


def summary(report: dict[str, Any], checks: list[Check]) -> list[str]:
    articles = report["articles"]
    lines = [
        f"Run {report['status'].upper()}: {report['responses']} pages fetched in"
        f" {report['duration_s']:.0f}s; {articles['exported']} new articles,"
        f" {articles['revisited']} revisited, {sum(report['failures'].values())} failures",
    ]
    found = [f"{articles[c]} {c}" for c in ("edited", "removed", "restored") if articles.get(c)]
    if found:
        lines.append(f"  revisits found articles {', '.join(found)} (the changes feed)")
    previous = articles["previous"]
    if previous["read_differently"]:
        lines.append(
            f"  {previous['read_differently']} archived versions are read otherwise by this"
            " newscrawl than by the one that archived them: not edits"
        )
    if previous["unreadable"]:
        lines.append(
            f"  {previous['unreadable']} archived captures could not be read again (see the"
            " warnings): their revisits compared with stored digests"
        )
    lines += [f"  check {c.name}: {'ok' if c.ok else 'FAILED'} ({c.detail})" for c in checks]
    return lines


def _write(report: dict[str, Any], path: Path | None) -> None:
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", "utf-8")

"""`scrapy crawl`, exiting non-zero when the run's health checks fail.

Scrapy's own `crawl` exits 0 whatever happened after start-up; a scheduled archival job needs
cron and Scrapyd to see a broken run. Exit codes: 0 healthy, 1 the crawl could not start (as
Scrapy), 3 a health check failed (see newscrawl/health.py and the run report).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newscrawl.health import HEALTH_FAILED

if TYPE_CHECKING:
    import argparse

EXIT_UNHEALTHY = 3


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider: scrapy crawl <spider>")
        assert self.crawler_process is not None
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif crawler.stats is not None and crawler.stats.get_value(HEALTH_FAILED):
            self.exitcode = EXIT_UNHEALTHY

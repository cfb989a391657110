"""Scrapy settings of newscrawl: the defaults target the live portal, politely and safely.

Every newscrawl component reads its own `NEWSCRAWL_*` settings with defaults in its code; this
module only wires components in and sets Scrapy's own knobs. Spiders relax politeness for a
replica on loopback (see `spiders/portal.py`).
"""

from newscrawl import __version__

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

# -- Politeness (the live portal is a small provincial server) ---------------------------------
USER_AGENT = f"newscrawl/{__version__} (+https://github.com/newscrawl/newscrawl; web archiving)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# -- Safety: an unattended crawl opens no listening socket -------------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# -- Requests -------------------------------------------------------------------------------
# One article is one request, whatever host, category segment or slug links to it.
REQUEST_FINGERPRINTER_CLASS = "newscrawl.fingerprints.ArticleFingerprinter"

# -- Faults and limits (docs/faults.md) -------------------------------------------------------
# A provincial article page is 20-300 KiB; 30 s is ample for one on a slow server, and a page
# that trickles in slower than that is retried rather than waited on.
DOWNLOAD_TIMEOUT = 30
# Scrapy's 1 GiB default lets a gzip bomb inflate in memory. Since Scrapy 2.11 the limit also
# bounds the decompressed body: past it the download is aborted (failure `too_large`).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# 4 attempts in all, waiting 1, 2, 4 s (NEWSCRAWL_RETRY_BASE_DELAY doubling, +-20% jitter), or
# as long as `Retry-After` asks up to NEWSCRAWL_RETRY_MAX_DELAY (60 s), beyond which the URL is
# given up rather than retried early (fetch/retry.py).
RETRY_TIMES = 3
# Gave-up requests are data (the failures feed), not crawler errors.
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"
# A chain longer than a few hops is a trap or a misconfiguration; loops are caught at once.
REDIRECT_MAX_TIMES = 10
# Twisted's own invisible retry on reused connections is off: every retry is counted here.
DOWNLOAD_HANDLERS = {
    "http": "newscrawl.fetch.handler.ExplicitRetryDownloadHandler",
    "https": "newscrawl.fetch.handler.ExplicitRetryDownloadHandler",
}
# Depth-first within the queue keeps it small on a portal with 200,000 articles.
DEPTH_PRIORITY = 0

# JOBDIR: SQLite disk queues commit every push and pop, so a killed crawl keeps its queue; the
# scheduler below finds those queues again even when the kill left no `active.json`. One
# portal per crawl, so the per-domain priority queue has nothing to balance.
SCHEDULER = "newscrawl.state.scheduler.ResumableScheduler"
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleLifoSQLiteQueue"
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.ScrapyPriorityQueue"

DOWNLOADER_MIDDLEWARES = {
    # Never leave the portal: Scrapy's OffsiteMiddleware allows any port of an allowed host
    # and drops silently; the guard allows exact origins and reports (fetch/guard.py). It runs
    # before RobotsTxtMiddleware (100), so no other origin's robots.txt is fetched either.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newscrawl.fetch.guard.OriginGuardMiddleware": 50,
    # Scrapy's retry and redirect middlewares, with backoff, loop detection and origin checks.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newscrawl.fetch.retry.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newscrawl.fetch.guard.GuardedMetaRefreshMiddleware": 580,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newscrawl.fetch.guard.GuardedRedirectMiddleware": 600,
    # WARC archive, off unless NEWSCRAWL_WARC_DIR is set. At 950 it sees each response as
    # served: before HttpCache (900) swaps in a cached copy, Redirect (600) swallows a 3xx and
    # HttpCompression (590) decodes the body. When on, it offers only gzip/deflate (no br/zstd:
    # replay tools could not decode them). See docs/archive.md.
    "newscrawl.archive.middleware.WarcMiddleware": 950,
    "newscrawl.middlewares.FetchTimeMiddleware": 990,
}

# -- Items ----------------------------------------------------------------------------------
ITEM_PIPELINES = {
    # First: failure records go to the failures feed and never further (failures/pipeline.py).
    "newscrawl.failures.pipeline.FailuresPipeline": 50,
    "newscrawl.pipelines.NormalizePipeline": 100,
    "newscrawl.pipelines.ValidatePipeline": 200,
    "newscrawl.pipelines.DeduplicatePipeline": 300,
    # Off unless NEWSCRAWL_STATE_DIR is set.
    "newscrawl.state.pipeline.StatePipeline": 400,
}
# Scrapy starts CONCURRENT_ITEMS asyncio tasks (100 by default) for every response's output,
# however little it holds; a page here yields one item and some requests (BENCHMARKS.md).
CONCURRENT_ITEMS = 8
# Scrapy caches this check weakly by callback, and a bound method dies at once: the callback's
# source would be re-parsed with `ast` for every response. Our callbacks return nothing.
WARN_ON_GENERATOR_RETURN_VALUE = False

# -- Scheduled runs -------------------------------------------------------------------------
EXTENSIONS = {
    # The run report and health checks (exit code 3 on failure, see commands/crawl.py); it
    # closes before the state extension, which stores the report with the run.
    "newscrawl.health.RunReport": 10,
    # Off unless NEWSCRAWL_STATE_DIR is set.
    "newscrawl.state.extension.StateExtension": 20,
}
COMMANDS_MODULE = "newscrawl.commands"

# -- Export: JSONL, UTF-8, Vietnamese as text ------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
# Each line is flushed as written: a killed crawl loses nothing it reported as exported.
FEED_EXPORTERS = {
    "jsonl": "newscrawl.exporters.DurableJsonLinesExporter",
    "jsonlines": "newscrawl.exporters.DurableJsonLinesExporter",
}

LOG_LEVEL = "INFO"

"""The downloader side of the crawl: retries with backoff, the origin guard, safe redirects.

See docs/faults.md: what is retried and how long the crawl waits, which hosts it may reach, and
how every request that cannot succeed ends in the failures feed.
"""

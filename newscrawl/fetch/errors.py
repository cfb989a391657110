"""Why the downloader side refused a request: exceptions the spider's errback receives."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest


class OffsiteRefused(IgnoreRequest):
    """The request (or the redirect that produced it) leaves the crawl's allowed origins.

    Raised before anything is sent to the other origin: not even its robots.txt is fetched."""

    def __init__(self, url: str, why: str, *, redirect: bool) -> None:
        super().__init__(f"refused {'redirect' if redirect else 'request'} to {url} ({why})")
        self.url = url
        self.why = why
        self.redirect = redirect


class RedirectLoop(IgnoreRequest):
    """A redirect back to a URL the same chain already visited."""

    def __init__(self, url: str, chain: list[str]) -> None:
        super().__init__(f"redirect loop: {url} after {len(chain)} hops")
        self.url = url
        self.chain = chain

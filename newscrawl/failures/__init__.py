"""The failures feed: every URL the crawl wanted and could not have, with the reason why.

The spider turns each failed request (its errback) and each page it cannot use into a
`FailureRecord` item; `failures.pipeline.FailuresPipeline` writes it to the feed
(`-s NEWSCRAWL_FAILURES_FILE=PATH`, JSONL), counts it (`newscrawl/failures/{reason}`) and drops
it, so it never reaches an article feed. Together with the articles exported, the feed accounts
for every article the crawl discovered: each ends in exactly one of the two (docs/faults.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.utc import utc_now

if TYPE_CHECKING:
    from scrapy import Request

# The vocabulary of `reason`; docs/faults.md explains each. Stable: consumers group by it.
REASONS: dict[str, str] = {
    "http_404": "the server answered 404 Not Found",
    "http_410": "the server answered 410 Gone",
    "http_429": "429 Too Many Requests on every attempt",
    "http_5xx": "a server error (500, 502, 503, 504, ...) on every attempt",
    "http_4xx": "another client error (400, 401, 403, ...)",
    "http_other": "another status the crawl does not handle (a 3xx without Location, 1xx ...)",
    "timeout": "no complete answer within DOWNLOAD_TIMEOUT, on every attempt",
    "connection_lost": "the connection was reset or closed before a complete response",
    "connection_failed": "no connection could be made (refused, unknown host)",
    "truncated": "the body ended before its Content-Length, on every attempt",
    "too_large": "over DOWNLOAD_MAXSIZE, as sent or once decompressed (e.g. a gzip bomb)",
    "redirect_loop": "redirects back to a URL of the same chain, or more than REDIRECT_MAX_TIMES",
    "redirect_offsite": "a redirect to another origin or a private address: refused, never sent",
    "offsite": "a request (not a redirect) to another origin: refused, never sent",
    "robots_forbidden": "robots.txt disallows the URL",
    "not_html": "the answer is not an HTML page (a PDF, an image ...)",
    "not_media": "a picture's address answered with a text or an HTML page, not the picture",
    "not_article": "an HTML page without a headline and text of its own",
    "empty_body": "an article page whose headline is there but whose text is empty",
    "error_page": "a server's or a CMS's error notice sent with status 200 (a soft error)",
    "parse_error": "the page could not be read: the page layer failed or the markup nests deeper"
    " than the parser keeps",
    "download_error": "any other download failure (the detail names it)",
    "interrupted": "requested, but the crawl stopped (shutdown, kill) before it was answered",
    "unaccounted": "requested, but no outcome was ever recorded: a crawler bug, report it",
}

# What the failed URL was to the crawl: an article, a listing, a revisit of an archived
# article, a picture an exported article shows (archived with it: docs/archive.md, "Pictures"),
# or a page requisite, a stylesheet, script, icon or font (docs/archive.md, "Page requisites").
Kind = Literal["article", "listing", "revisit", "media", "requisite"]


@dataclass(slots=True)
class FailureRecord:
    """One line of the failures feed."""

    url: str  # the URL the crawl discovered and requested (before any redirect)
    reason: str  # a key of REASONS
    kind: Kind = "article"
    article_id: str | None = None
    attempts: int = 1  # requests sent for it by this run (retries included, redirects not)
    last_status: int | None = None  # the last HTTP status received, None if none was
    final_url: str | None = None  # where it failed, when a redirect led elsewhere
    detail: str | None = None  # a short human explanation (exception, limit, content type)
    time: str = field(default_factory=utc_now)
    # The identity the spider requested it under (`fingerprints.ARTICLE_KEY`); not exported.
    key: str | None = None

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown failure reason {self.reason!r}")

    def to_json(self) -> dict[str, Any]:
        line = asdict(self)
        del line["key"]
        return line


def first_url(request: Request) -> str:
    """The URL the crawl discovered and asked for, before any redirect."""
    redirects: list[str] = request.meta.get("redirect_urls") or []
    return redirects[0] if redirects else request.url


def record_of(
    request: Request,
    reason: str,
    *,
    kind: Kind,
    article_id: str | None,
    last_status: int | None,
    detail: str,
    at: str | None = None,
) -> FailureRecord:
    """The record of a request that failed `at` a URL (by default its own): the spider's
    errback and callbacks and the pipeline's empty articles all describe one the same way."""
    url = first_url(request)
    final = at or request.url
    key = request.meta.get(ARTICLE_KEY)
    return FailureRecord(
        url=url,
        reason=reason,
        kind=kind,
        article_id=article_id,
        attempts=request.meta.get("retry_times", 0) + 1,
        last_status=last_status,
        final_url=final if final != url else None,
        detail=detail,
        key=key if isinstance(key, str) else None,
    )


@dataclass(frozen=True, slots=True)
class ArticleSkipped:
    """An article fetched but deliberately not exported (e.g. outside a `since`/`until`
    window): neither exported nor failed, it tells the accounting the request is settled."""

    key: str
    reason: str


__all__ = ["REASONS", "ArticleSkipped", "FailureRecord", "Kind", "first_url", "record_of"]

"""The spider's side of the failures feed: what failed, as a `FailureRecord` item.

Every request the spider makes has `errback=self.on_error`: a download that fails for good
(after retries), an HTTP error, a refused redirect, a robots.txt refusal, a page over the size
limit all end there and become one record. Pages that arrive but cannot be used (not HTML, not
an article, unreadable) become records in the callbacks, through `page_failure`. The records
are items: `failures.pipeline.FailuresPipeline` writes them to the feed and drops them before
any article feed could see them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from newscrawl import vn
from newscrawl.charsets import DEFAULT_FALLBACKS
from newscrawl.failures import FailureRecord, Kind, first_url, record_of
from newscrawl.failures.classify import classify
from newscrawl.fetch.retry import GAVE_UP, LAST_STATUS
from newscrawl.fingerprints import ARTICLE_KEY
from newscrawl.items import ArticleGone
from newscrawl.pages.captures import original
from newscrawl.pages.reading import ParsedPage
from newscrawl.pages.urls import article_ref
from newscrawl.spiders.reading import Unreadable, read_page

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from twisted.python.failure import Failure

    from newscrawl.pages.profile import Profile

REVISIT_KWARG = "revisit"
MEDIA_OF = "newscrawl_media_of"  # meta: the id of the article a picture request is for
REQUISITE_OF = "newscrawl_requisite_of"  # meta: the page or stylesheet that loads it


class RecordsFailures:
    """The spider's failure handling (a mixin of `PortalSpider`)."""

    profile: Profile
    crawler: Crawler
    settings: BaseSettings

    @cached_property
    def fallback_charsets(self) -> list[str]:
        return self.settings.getlist("NEWSCRAWL_FALLBACK_CHARSETS", list(DEFAULT_FALLBACKS))

    def read(self, response: Response) -> ParsedPage | FailureRecord:
        """The page, decoded and parsed (`pages/reading.py`), or the record of why it cannot be."""
        read = read_page(response, self.fallback_charsets)
        if isinstance(read, Unreadable):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(f"newscrawl/pages/{read.reason}")
            return self.page_failure(response, read.reason, read.detail)
        return read

    def on_error(self, failure: Failure) -> Iterator[FailureRecord | ArticleGone]:
        """Errback of every request: the failure, classified, as a record (or, for a revisit
        answered 404 or 410, as the article's takedown)."""
        yield takedown(self.failure_of(failure))

    def failure_of(self, failure: Failure) -> FailureRecord:
        """A request's failure, classified."""
        request: Request = failure.request  # type: ignore[attr-defined]  # set by Scrapy
        assert failure.value is not None
        verdict = classify(failure.value, request.meta.get(LAST_STATUS))
        # A refused or looping redirect names its target: where the chain would have gone.
        target = getattr(failure.value, "url", None)
        return self.failure_record(
            request,
            verdict.reason,
            last_status=verdict.last_status,
            detail=request.meta.get(GAVE_UP) or verdict.detail,
            at=target if isinstance(target, str) else None,
        )

    def page_failure(self, response: Response, reason: str, detail: str) -> FailureRecord:
        """A page that arrived but cannot be used."""
        assert response.request is not None
        return self.failure_record(
            response.request, reason, last_status=response.status, detail=detail, at=response.url
        )

    def failure_record(
        self,
        request: Request,
        reason: str,
        *,
        last_status: int | None,
        detail: str,
        at: str | None = None,
    ) -> FailureRecord:
        # (A capture's address wraps the article's: `/web/{time}id_/{original}`.)
        ref = article_ref(original(first_url(request)), self.profile)
        article_id = ref.article_id if ref else request.meta.get(MEDIA_OF)
        return record_of(
            request,
            reason,
            kind=request_kind(request),
            article_id=article_id if isinstance(article_id, str) else None,
            last_status=last_status,
            detail=detail,
            at=at,
        )


def takedown(record: FailureRecord, headline: str | None = None) -> FailureRecord | ArticleGone:
    """`record`, or the takedown it tells of when a revisit failed: a 404, a 410, or a page whose
    `headline` is the CMS's notice that the article does not exist (`items.ArticleGone`)."""
    if record.kind != "revisit" or not record.article_id:
        return record
    if record.reason in ("http_404", "http_410"):
        reason = record.reason
    elif record.reason == "error_page" and headline and vn.says_page_is_gone(headline):
        reason = "soft_404"
    else:
        return record
    return ArticleGone(record.article_id, record.url, reason, record.final_url)


def moved_away(response: Response, profile: Profile) -> ArticleGone | None:
    """A revisit redirected to a page that is not the article (the home page, a section):
    the portal's way of taking an article down without a 404."""
    assert response.request is not None
    asked_at = first_url(response.request)
    asked = article_ref(original(asked_at), profile)
    if not response.meta.get("redirect_urls") or asked is None:
        return None
    reached = article_ref(original(response.url), profile)
    if reached is not None and reached.article_id == asked.article_id:
        return None  # the same article at a new address (a new slug, another host)
    return ArticleGone(asked.article_id, asked_at, "redirected", response.url)


def request_kind(request: Request) -> Kind:
    if ARTICLE_KEY in request.meta:
        return "article"
    if request.cb_kwargs.get(REVISIT_KWARG):
        return "revisit"
    if MEDIA_OF in request.meta:
        return "media"
    if REQUISITE_OF in request.meta:
        return "requisite"
    return "listing"

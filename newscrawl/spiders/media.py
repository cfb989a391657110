"""An article's pictures, archived with it (docs/archive.md, "Pictures").

A retired portal takes its pictures with it: an archive that keeps an article's page but not
the photographs its captions describe is not the article as readers saw it. So when the crawl
keeps WARC (NEWSCRAWL_WARC_DIR) and NEWSCRAWL_WARC_MEDIA is on (the default), each picture an
exported article shows on the portal's own hosts is requested right after the article (from the
portal, a mirror of it, or, when asked, the web archive the article was read from: each spider
says where, `picture_address`); the archive middleware writes the exchange as it writes every
other. The callback only checks what
came back. A picture that fails becomes a record of the failures feed (kind `media`, its
article's id) and a counter; it never costs the article anything. A picture two articles share
is asked for once per run. With a state directory, a picture not archived by the run that
exported its article (failed, or the run was killed first) is asked for again by the next runs
(`state/pictures.py`); those requests bypass JOBDIR's duplicate filter, which would otherwise
drop them as already seen, in the run that failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any

import scrapy

from newscrawl.archive import archives_also
from newscrawl.failures import FailureRecord
from newscrawl.items import RawImage
from newscrawl.pages.profile import Profile
from newscrawl.pages.urls import media_address
from newscrawl.spiders.addresses import AddressSet
from newscrawl.spiders.failures import MEDIA_OF
from newscrawl.spiders.reading import media_type
from newscrawl.spiders.requests import ARTICLE_PRIORITY

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from twisted.python.failure import Failure

    from newscrawl.state.runtime import CrawlState

# Right after the article that shows them, before the articles and listings still queued: the
# pictures are archived close in time to their page, and the queue stays short.
MEDIA_PRIORITY = ARTICLE_PRIORITY + 1
STATS = "newscrawl/media/"
SHOWN_AS = "newscrawl_media_shown_as"  # meta: the picture's address as its article shows it
# What a picture's address may not answer with: a text, or a CMS's HTML page ("not found",
# a login) sent with status 200. Anything else is kept: `image/*`, `video/*`, but also the
# `application/octet-stream` some servers send for every file.
_NOT_MEDIA = ("text/", "application/xhtml", "application/json")


class ArchivesMedia:
    """Mixin of PortalSpider: the requests for an article's pictures, and their callback."""

    # Are an article's pictures archived with it? By a spider that reads the portal from
    # another archive only when asked (`spiders/wayback.py`, `-a pictures=1`).
    archives_media: bool = True

    base_url: str
    profile: Profile
    crawler: Crawler
    settings: BaseSettings
    failure_of: Callable[[Failure], FailureRecord]
    page_failure: Callable[[Response, str, str], FailureRecord]
    if TYPE_CHECKING:  # `FollowsLinks`'s, which comes first in the spider's bases

        @property
        def crawl_state(self) -> CrawlState | None: ...

        @property
        def asks_past_duplicate_filter(self) -> bool: ...

    @cached_property
    def media_archived(self) -> bool:
        """Does this run archive pictures: a WARC crawl, NEWSCRAWL_WARC_MEDIA on?"""
        return self.archives_media and archives_also(self.settings, "NEWSCRAWL_WARC_MEDIA")

    def media(
        self,
        article_id: str | None,
        images: Iterable[RawImage],
        page_url: str,
        new_only: bool = False,
    ) -> Iterator[scrapy.Request]:
        """The requests for the pictures an exported article (read at `page_url`) shows on
        the portal's own hosts; with `new_only` (a revisit, with state), only those no run
        has wanted yet: what an edit brought."""
        if not self.media_archived:
            return
        assert self.crawler.stats is not None
        state = self.crawl_state
        if new_only:
            if state is None or article_id is None:
                return
            images = list(images)
            known = state.store.pictures.known(state.site, (image.url for image in images))
            images = [image for image in images if image.url not in known]
        wanted: dict[str, str] = {}  # where to fetch it -> as shown (first)
        for image in images:
            target = self.picture_address(image.url, page_url)
            if target is None:
                self.crawler.stats.inc_value(f"{STATS}elsewhere")
            elif target not in self.pictures_requested:
                # (One asked for already in this run, by another article or as an earlier
                # run's, is settled by that request.)
                wanted.setdefault(target, image.url)
        if state is not None and article_id is not None:
            # Written before they are asked for: a run killed now leaves them to the next.
            state.store.pictures.want(state.site, article_id, wanted.values())
        for target, shown in wanted.items():
            self.crawler.stats.inc_value(f"{STATS}requested")
            yield self._picture(article_id, shown, target)

    def unarchived_media(self) -> Iterator[scrapy.Request]:
        """The pictures earlier runs wanted and did not archive (with state)."""
        state = self.crawl_state
        if state is None or not self.media_archived:
            return
        assert self.crawler.stats is not None
        for article_id, shown in state.store.pictures.unarchived(state.site, state.max_failed_runs):
            target = self.picture_address(shown, None)
            if target is not None and target not in self.pictures_requested:
                self.crawler.stats.inc_value(f"{STATS}retried")
                yield self._picture(article_id, shown, target)

    def picture_address(self, shown: str, page_url: str | None) -> str | None:
        """Where to fetch a picture an article shows (read at `page_url`; None: an earlier
        run's), or None for another site's picture."""
        return media_address(shown, self.base_url, self.profile)

    @cached_property
    def pictures_requested(self) -> AddressSet:
        """The pictures this run asked for (the spider asks for each once per run)."""
        return AddressSet()

    def _picture(self, article_id: str | None, shown: str, target: str) -> scrapy.Request:
        self.pictures_requested.add(target)
        return scrapy.Request(
            target,
            callback=self.parse_media,
            errback=self.on_media_error,
            meta={MEDIA_OF: article_id, SHOWN_AS: shown},
            priority=MEDIA_PRIORITY,
            dont_filter=self.asks_past_duplicate_filter,
        )

    def parse_media(self, response: Response) -> Iterator[FailureRecord]:
        """A picture's answer, archived already by the archive middleware: is it a picture?"""
        assert self.crawler.stats is not None
        content_type = media_type(response)
        if content_type.startswith(_NOT_MEDIA):
            record = self.page_failure(response, "not_media", f"Content-Type: {content_type}")
            self._settle(response.meta, record.reason)
            yield record
            return
        self.crawler.stats.inc_value(f"{STATS}archived")
        self.crawler.stats.inc_value(f"{STATS}bytes", len(response.body))
        self._settle(response.meta, None)

    def on_media_error(self, failure: Failure) -> Iterator[FailureRecord]:
        request = failure.request  # type: ignore[attr-defined]  # set by Scrapy
        record = self.failure_of(failure)
        self._settle(request.meta, record.reason)
        yield record

    def _settle(self, meta: dict[str, Any], failed: str | None) -> None:
        """Tell the state the picture is archived, or that this run failed to fetch it."""
        state, shown = self.crawl_state, meta.get(SHOWN_AS)
        if state is None or not isinstance(shown, str):
            return
        if failed is None:
            state.store.pictures.archived(state.site, shown)
        else:
            state.store.pictures.failed(state.run_id, state.site, shown, failed)

"""What an article page offers each field before any field is read: its tree, the site
profile's selectors, the structured metadata, the generic readers, and where the page sits
(its id and canonical URL). `ArticlePage` reads the fields from these; the timestamps
(`page_times.py`) and the text (`article.py`) each take their layers from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from parsel import Selector

from newscrawl.pages import captures
from newscrawl.pages.by_profile import ProfileReader
from newscrawl.pages.content import is_blank
from newscrawl.pages.dom import Element, parse_html
from newscrawl.pages.generic import GenericReader
from newscrawl.pages.memo import memo
from newscrawl.pages.metadata import Metadata, read_metadata
from newscrawl.pages.profile import Profile, profile_for_host
from newscrawl.pages.repairs import ICON_FONTS, blank_ligatures
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import (
    ArticleRef,
    absolute,
    article_ref,
    canonical_article_url,
    declared_base,
    generic_article_id,
    host_of,
    on_canonical_host,
    site_of,
    without_default_port,
)

T = TypeVar("T")


# Lists a template may move out of the box its profile names while the text stays put (a
# redesign of the sidebar, a "Tin cùng chuyên mục" box or a `Từ khóa:` box under a new name):
# where the profile's selector finds none, the generic readers still look.
_SHOWN_ELSEWHERE = frozenset({"related", "tags"})


class PageSources:
    def __init__(
        self,
        html: str | bytes | Selector | Element,
        url: str,
        *,
        profile: Profile | None = None,
        content_type: str | None = None,
    ) -> None:
        self.url = url
        self.root: Element = parse_html(html, content_type)
        # A web archive's capture of the page: the article is the original page's (`captures`).
        self.capture = captures.capture_of(url, self.root)
        self.page_url = self.capture.original if self.capture else url  # what the page is
        if self.capture is not None:
            captures.drop_chrome(self.root, self.capture)
        self.profile = profile if profile is not None else profile_for_host(host_of(self.page_url))
        self.warnings: set[str] = set()

    @memo
    def meta(self) -> Metadata:
        return read_metadata(self.root)

    @memo
    def base(self) -> str:
        """What the page's relative links resolve against: its `<base href>`, else its URL."""
        return declared_base(self.root, self.url) or self.url

    @memo
    def generic(self) -> GenericReader:
        return GenericReader(self.root, self.base, self.meta, self.selection)

    # -- the profile layer -----------------------------------------------------------------------

    @memo
    def selection(self) -> Selection:
        selection = Selection(self.root)
        # (Before any layer reads a line: the index tells the icon fonts' boxes by class.)
        blank_ligatures(selection.marked(ICON_FONTS))
        return selection

    @memo
    def by_profile(self) -> ProfileReader:
        return ProfileReader(self.profile, self.selection)

    # -- where the text is, and which layer answers -------------------------------------------

    @memo
    def _content_root(self) -> tuple[Element | None, bool]:
        """(the element holding the article text, whether the profile chose it)."""
        root = self.by_profile.element("content")
        if root is not None and not is_blank(root):
            return root, True
        if root is not None:
            # The box the profile names is there but empty: the template has moved the text.
            self.warnings.add("profile_content_empty")
        elif self.by_profile.has("content"):
            # Not there at all: a redesign. Every record read so says the profile needs a look.
            self.warnings.add("profile_content_missing")
        return self.generic.content, False

    def _profile_or_generic(
        self, name: str, by_profile: Callable[[str], T], generic: Callable[[], T]
    ) -> T:
        """The profile's answer for a field its selectors name; the generic readers' where it
        names none, or finds nothing on a page whose template has moved away from the profile
        (its content box gone or empty): then finding nothing is no evidence that the page
        has no clock, tags or related list. A related list and tags are looked for the
        generic way whenever the profile finds none (`_SHOWN_ELSEWHERE`)."""
        if self.by_profile.has(name):
            found = by_profile(name)
            if found or (self._content_root[1] and name not in _SHOWN_ELSEWHERE):
                return found
        return generic()

    # -- where the article sits ----------------------------------------------------------------

    @memo
    def _ref(self) -> ArticleRef | None:
        """The page's URL (a capture's original) read by the profile's article pattern."""
        return article_ref(self.page_url, self.profile) if self.profile is not None else None

    def article_id(self) -> str | None:
        if self.profile is not None:
            # (The portal's AMP copy, `/amp/tin-tuc/…`, is known by its canonical address's id.)
            ref = self._ref or article_ref(self.canonical_url(), self.profile)
            return ref.article_id if ref else None
        return generic_article_id(self.page_url) or generic_article_id(self.canonical_url())

    @memo
    def _canonical(self) -> str:
        declared = self.meta.canonical_url or self.meta.og_url
        if declared:
            url = captures.original(absolute(declared, self.base) or self.page_url)
            url = without_default_port(url)
            if self.capture is not None and host_of(url) == host_of(self.url):
                url = self.page_url  # archive.today's canonical: the snapshot's own address
            return on_canonical_host(url, self.profile) if self.profile else url
        if self.profile is not None and self._ref is not None:
            return canonical_article_url(self.profile, self._ref, self.by_profile.category_id())
        return self.page_url

    def canonical_url(self) -> str:
        return self._canonical

    def site(self) -> str:
        return self.profile.site if self.profile is not None else site_of(self.page_url)

"""The article page object: (HTML, URL) -> `RawArticle`, strings as the page shows them.

Each field takes the first layer that answers: the site profile's selectors, then the page's
structured metadata (`metadata.py`), then the visible text read as a reader reads it
(`generic/`), then the URL. Where layers disagree on a timestamp or the title, the first wins
and `{field}_conflict` is recorded. The crawl and `newscrawl.extract_article` both build their
items here, so both give the same article.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from parsel import Selector

from newscrawl import vn
from newscrawl.items import RawArticle, RawImage, RawLink
from newscrawl.pages import layers
from newscrawl.pages.by_profile import ProfileReader
from newscrawl.pages.content import Content, is_blank, labels_above, read_content
from newscrawl.pages.dom import (
    Element,
    contains,
    lines_of,
    parse_html,
    text_of,
)
from newscrawl.pages.generic import GenericReader, boxes
from newscrawl.pages.generic.headline import strip_affix
from newscrawl.pages.generic.lines import whole_line
from newscrawl.pages.memo import memo
from newscrawl.pages.metadata import Metadata, read_metadata
from newscrawl.pages.profile import Profile, profile_for_host
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import (
    ArticleRef,
    absolute,
    article_ref,
    canonical_article_url,
    generic_article_id,
    host_of,
    on_canonical_host,
    site_of,
    url_date,
)

T = TypeVar("T")


class ArticlePage:
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
        self.profile = profile if profile is not None else profile_for_host(host_of(url))
        self.warnings: set[str] = set()

    @memo
    def meta(self) -> Metadata:
        return read_metadata(self.root)

    @memo
    def generic(self) -> GenericReader:
        return GenericReader(self.root, self.url, self.meta, self.selection)

    # -- the profile layer -----------------------------------------------------------------------

    @memo
    def selection(self) -> Selection:
        return Selection(self.root)

    @memo
    def by_profile(self) -> ProfileReader:
        return ProfileReader(self.profile, self.selection)

    # -- title -------------------------------------------------------------------------------------

    @memo
    def _title(self) -> str | None:
        by_profile = self.by_profile.text("title")
        visible = by_profile or self.generic.title()
        names = self.meta.site_names
        structured = self.meta.headline or self.meta.og_title
        if structured:
            structured = strip_affix(structured, visible, names)
            if vn.fold(structured) in {vn.fold(name) for name in names}:
                structured = None  # an `og:title` that is only the site's name
        answers = [by_profile, structured, None if by_profile else visible]
        resolved = layers.resolve(answers, layers.same_title)
        if resolved.conflict:
            self.warnings.add("title_conflict")
        if resolved.value is None and self.meta.doc_title:  # `<title>` is the last resort
            return strip_affix(self.meta.doc_title, visible, names)
        return resolved.value

    def title(self) -> str | None:
        return self._title

    # -- timestamps --------------------------------------------------------------------------------

    @memo
    def _month_first(self) -> bool:
        """A profile's portal prints day first; other pages tell by their own dates."""
        return self.profile is None and self.generic.month_first

    def _same_moment(self, a: str, b: str) -> bool:
        return layers.same_moment(a, b, month_first=self._month_first)

    @memo
    def _published(self) -> str | None:
        by_profile = self.by_profile.text("published")
        answers: list[str | None] = [by_profile, self.meta.ld_published, self.meta.meta_published]
        shown: str | None = None
        if not by_profile:  # the profile's line is the visible one: no need to read it twice
            published = self.generic.timeline.published
            shown = published.raw if published else None
            answers += [self.generic.header_times()[0], shown]
        resolved = layers.resolve(answers, self._same_moment)
        if resolved.conflict:
            self.warnings.add("published_at_conflict")
        if resolved.value is None:  # the URL is a last resort, never compared
            return url_date(self.url) or url_date(self.canonical_url())
        return self._shown_if_utc_is_local(resolved.value, shown)

    def _shown_if_utc_is_local(self, winner: str, shown: str | None) -> str:
        """The visible line rather than a structured value that wrote local time as UTC."""
        month_first = self._month_first
        if (
            shown
            and winner != shown
            and layers.local_time_as_utc(winner, shown, month_first=month_first)
        ):
            return shown
        return winner

    def published(self) -> str | None:
        return self._published

    def modified(self) -> str | None:
        answers: list[str | None] = [
            self.by_profile.text("modified"),
            self.meta.ld_modified,
            self.meta.meta_modified,
        ]
        shown: str | None = None
        if not self.by_profile.text("published"):
            modified = self.generic.timeline.modified
            shown = modified.raw if modified else None
            answers += [self.generic.header_times()[1], shown]
        resolved = layers.resolve(answers, self._same_moment)
        value = resolved.value
        if value is None:
            return None
        value = self._shown_if_utc_is_local(value, shown)
        if not layers.is_update(value, self._published, month_first=self._month_first):
            return None  # an "update" at the publication instant is not an update
        if resolved.conflict:
            self.warnings.add("modified_at_conflict")
        return value

    def page_time(self) -> str | None:
        return self._profile_or_generic("page_time", self.by_profile.text, self._generic_clock)

    def _generic_clock(self) -> str | None:
        clock = self.generic.timeline.clock
        return clock.raw if clock else None

    def view_count(self) -> str | None:
        return self.by_profile.text("view_count") or self.generic.view_count()

    # -- the article's text ------------------------------------------------------------------------

    @memo
    def _content_root(self) -> tuple[Element | None, bool]:
        """(the element holding the article text, whether the profile chose it)."""
        root = self.by_profile.element("content")
        if root is not None and not is_blank(root):
            return root, True
        if root is not None:
            # The box the profile names is there but empty: the template has moved the text.
            self.warnings.add("profile_content_empty")
        return self.generic.content, False

    def _profile_or_generic(
        self, name: str, by_profile: Callable[[str], T], generic: Callable[[], T]
    ) -> T:
        """The profile's answer for a field its selectors name; the generic readers' where it
        names none, or finds nothing on a page whose template has moved away from the profile
        (its content box gone or empty): then finding nothing is no evidence that the page
        has no clock, tags or related list."""
        if self.by_profile.has(name):
            found = by_profile(name)
            if found or self._content_root[1]:  # (the profile chose the content box)
                return found
        return generic()

    @memo
    def content(self) -> Content:
        root, by_profile = self._content_root
        if root is None:
            return Content()
        skip: set[Element] = set()
        if by_profile and self.profile is not None:
            for css in self.profile.selector("content_exclude"):  # every one, not the first
                skip.update(self.selection.within(root, css))
        else:
            skip.update(self.generic.boilerplate(root))
        for el in (
            self.by_profile.element("byline"),
            self.by_profile.element("lead"),
            self._lead_element,
        ):
            if el is not None and contains(root, el):
                skip.add(el)
        if not by_profile:  # a text block found by density may start with the article header
            header = [self.generic.headline, *self.generic.header_lines()]
            skip.update(
                whole_line(el, root) for el in header if el is not None and contains(root, el)
            )
            skip.update(labels_above(root, self.generic.headline))
        return read_content(root, skip)

    @memo
    def _lead_element(self) -> Element | None:
        by_profile = self.by_profile.element("lead")
        return by_profile if by_profile is not None else self.generic.lead_element

    def lead(self) -> str | None:
        return text_of(self._lead_element) or self.content.bold_first

    def body(self, lead: str | None) -> list[str]:
        paragraphs = list(self.content.paragraphs)
        if paragraphs and lead and vn.fold(paragraphs[0]) == vn.fold(lead):
            paragraphs = paragraphs[1:]
        return paragraphs

    def byline(self) -> str | None:
        by_profile = self.by_profile.element("byline")
        if by_profile is not None:
            return lines_of(by_profile) or None
        found = list(self.content.byline_lines)
        root, chosen_by_profile = self._content_root
        if not chosen_by_profile:
            header, after = self.generic.labelled_byline(root)
            found = [line for line in header if line not in found] + found
            found += [line for line in after if line not in found]
            if not found and not self.meta.authors:  # the last resort: structured names come first
                marked = self.generic.marked_byline()
                found = [marked] if marked else []
        return "\n".join(found) or None

    def images(self) -> list[RawImage]:
        out = self._absolute_images(self.content.images)
        root, by_profile = self._content_root
        if root is not None and not by_profile:  # a profile's content selector takes its lead
            shown = {image.url: image for image in out}
            lead = self._absolute_images(self.generic.lead_pictures())
            for image in lead:  # shown again in the text: listed there, with the lead's caption
                again = shown.get(image.url)
                if again is not None and again.caption is None:
                    again.caption = image.caption
            out = [image for image in lead if image.url not in shown] + out
        return out

    def _absolute_images(self, images: list[RawImage]) -> list[RawImage]:
        out: list[RawImage] = []
        for image in images:
            url = absolute(image.url, self.url)
            if url:
                out.append(RawImage(url=url, caption=image.caption))
        return out

    # -- where the article sits ----------------------------------------------------------------

    def category(self) -> str | None:
        by_profile = self.by_profile.text("category") if self.by_profile.has("category") else None
        page_urls = {self.url, self.canonical_url()}
        declared = boxes.category(self.meta.breadcrumb, self._title, page_urls, self.url)
        answers = [by_profile, declared]
        if not by_profile:
            answers.append(self.generic.category(self._title, page_urls))
        resolved = layers.resolve(answers, layers.same_name)
        if resolved.conflict:
            self.warnings.add("category_conflict")
        return resolved.value

    def tags(self) -> list[str]:
        return self._profile_or_generic("tags", self.by_profile.texts, self.generic.tags)

    def related(self) -> list[RawLink]:
        base = self.canonical_url()
        return self._profile_or_generic(
            "related", lambda _: self.by_profile.related(base), lambda: self.generic.related(base)
        )

    @memo
    def _ref(self) -> ArticleRef | None:
        """The fetched URL read by the profile's article pattern."""
        return article_ref(self.url, self.profile) if self.profile is not None else None

    def article_id(self) -> str | None:
        if self.profile is not None:
            return self._ref.article_id if self._ref else None
        return generic_article_id(self.url) or generic_article_id(self.canonical_url())

    @memo
    def _canonical(self) -> str:
        declared = self.meta.canonical_url or self.meta.og_url
        if declared:
            url = absolute(declared, self.url) or self.url
            return on_canonical_host(url, self.profile) if self.profile else url
        if self.profile is not None and self._ref is not None:
            return canonical_article_url(self.profile, self._ref, self.by_profile.category_id())
        return self.url

    def canonical_url(self) -> str:
        return self._canonical

    def site(self) -> str:
        return self.profile.site if self.profile is not None else site_of(self.url)

    # -- the whole page ----------------------------------------------------------------------------

    def to_raw(self) -> RawArticle:
        lead = self.lead()
        raw = RawArticle(
            url=self.url,
            site=self.site(),
            article_id=self.article_id(),
            canonical_url=self.canonical_url(),
            category=self.category(),
            title=self.title(),
            lead=lead,
            body=self.body(lead),
            published=self.published(),
            modified=self.modified(),
            page_time=self.page_time(),
            byline=self.byline(),
            view_count=self.view_count(),
            images=self.images(),
            tags=self.tags(),
            related=self.related(),
            meta_authors=list(self.meta.authors),
            month_first=self._month_first,
        )
        raw.warnings = sorted(self.warnings)
        return raw

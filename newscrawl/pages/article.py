"""The article page object: (HTML, URL) -> `RawArticle`, strings as the page shows them.

Each field takes the first layer that answers: the site profile's selectors, then the page's
structured metadata (`metadata.py`), then the visible text read as a reader reads it
(`generic/`), then the URL. Where layers disagree on a timestamp or the title, the first wins
and `{field}_conflict` is recorded. The crawl and `newscrawl.extract_article` both build their
items here, so both give the same article.
"""

from __future__ import annotations

import re

from parsel import Selector

from newscrawl import vn
from newscrawl.items import RawArticle, RawImage, RawLink
from newscrawl.pages import layers
from newscrawl.pages.blocks import images_in
from newscrawl.pages.content import Content, read_content
from newscrawl.pages.dom import (
    Element,
    contains,
    itertext,
    lines_of,
    parse_html,
    preceding_in,
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
    link_url,
    on_canonical_host,
    site_of,
    url_date,
)

_CATEGORY_ID = re.compile(r"/(\d+)(?:/|$)")


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
        self._profile_texts: dict[str, str | None] = {}

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

    def _profile_el(self, name: str) -> Element | None:
        if self.profile is None:
            return None
        return self.selection.first(self.profile.selector(name))

    def _profile_all(self, name: str) -> list[Element]:
        if self.profile is None:
            return []
        return self.selection.first_list(self.profile.selector(name))

    def _profile_text(self, name: str) -> str | None:
        if name not in self._profile_texts:
            self._profile_texts[name] = text_of(self._profile_el(name))
        return self._profile_texts[name]

    def _profile_has(self, name: str) -> bool:
        return self.profile is not None and bool(self.profile.selector(name))

    # -- title -------------------------------------------------------------------------------------

    @memo
    def _title(self) -> str | None:
        by_profile = self._profile_text("title")
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
        by_profile = self._profile_text("published")
        answers: list[str | None] = [by_profile, self.meta.ld_published, self.meta.meta_published]
        if not by_profile:  # the profile's line is the visible one: no need to read it twice
            timeline = self.generic.timeline
            answers += [
                self.generic.header_times()[0],
                timeline.published.raw if timeline.published else None,
            ]
        resolved = layers.resolve(answers, self._same_moment)
        if resolved.conflict:
            self.warnings.add("published_at_conflict")
        if resolved.value is None:  # the URL is a last resort, never compared
            return url_date(self.url) or url_date(self.canonical_url())
        return resolved.value

    def published(self) -> str | None:
        return self._published

    def modified(self) -> str | None:
        answers: list[str | None] = [
            self._profile_text("modified"),
            self.meta.ld_modified,
            self.meta.meta_modified,
        ]
        if not self._profile_text("published"):
            timeline = self.generic.timeline
            answers += [
                self.generic.header_times()[1],
                timeline.modified.raw if timeline.modified else None,
            ]
        resolved = layers.resolve(answers, self._same_moment)
        month_first = self._month_first
        if resolved.value is None or not layers.is_update(
            resolved.value, self._published, month_first=month_first
        ):
            return None  # an "update" at the publication instant is not an update
        if resolved.conflict:
            self.warnings.add("modified_at_conflict")
        return resolved.value

    def page_time(self) -> str | None:
        if self._profile_has("page_time"):
            return self._profile_text("page_time")
        clock = self.generic.timeline.clock
        return clock.raw if clock else None

    def view_count(self) -> str | None:
        return self._profile_text("view_count") or self.generic.view_count()

    # -- the article's text ------------------------------------------------------------------------

    @memo
    def _content_root(self) -> tuple[Element | None, bool]:
        """(the element holding the article text, whether the profile chose it)."""
        root = self._profile_el("content")
        if root is not None and not _blank(root):
            return root, True
        if root is not None:
            # The box the profile names is there but empty: the template has moved the text.
            self.warnings.add("profile_content_empty")
        return self.generic.content, False

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
        for el in (self._profile_el("byline"), self._profile_el("lead"), self._lead_element):
            if el is not None and contains(root, el):
                skip.add(el)
        if not by_profile:  # a text block found by density may start with the article header
            header = [self.generic.headline, *self.generic.header_lines()]
            skip.update(
                whole_line(el, root) for el in header if el is not None and contains(root, el)
            )
            skip.update(_labels_above(root, self.generic.headline))
        return read_content(root, skip)

    @memo
    def _lead_element(self) -> Element | None:
        if self._profile_has("lead") and self._profile_el("lead") is not None:
            return self._profile_el("lead")
        return self.generic.lead_element

    def lead(self) -> str | None:
        return text_of(self._lead_element) or self.content.bold_first

    def body(self, lead: str | None) -> list[str]:
        paragraphs = list(self.content.paragraphs)
        if paragraphs and lead and vn.fold(paragraphs[0]) == vn.fold(lead):
            paragraphs = paragraphs[1:]
        return paragraphs

    def byline(self) -> str | None:
        by_profile = self._profile_el("byline")
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
        by_profile = self._profile_text("category") if self._profile_has("category") else None
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
        if self._profile_has("tags"):
            found = [text_of(el) for el in self._profile_all("tags")]
            return [t for t in found if t]
        return self.generic.tags()

    def related(self) -> list[RawLink]:
        if self.profile is None or not self.profile.selector("related"):
            return self.generic.related(self.canonical_url())
        base = self.canonical_url()
        links: dict[str, RawLink] = {}
        for item in self._profile_all("related"):
            anchor = next(item.iter("a"), None)
            href = link_url(anchor.get("href") or "", base) if anchor is not None else None
            title = text_of(anchor)
            if href and title:
                links.setdefault(href, RawLink(url=href, title=title))
        return list(links.values())

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
            return canonical_article_url(self.profile, self._ref, self._category_id())
        return self.url

    def canonical_url(self) -> str:
        return self._canonical

    def _category_id(self) -> str | None:
        link = self._profile_el("category")
        match = _CATEGORY_ID.search(link.get("href") or "") if link is not None else None
        return match.group(1) if match else None

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


def _labels_above(root: Element, headline: Element | None) -> list[Element]:
    """What a text block holds above its headline, but pictures: a kicker, a section label
    (`E-Magazine` on a cover), a breadcrumb. The text starts under the headline; a featured
    picture above it is still the article's."""
    if headline is None or headline is root or not contains(root, headline):
        return []
    return [el for el in preceding_in(root, headline) if not images_in(el)]


def _blank(el: Element) -> bool:
    """No text and no picture: a box left empty (it stops at the first word)."""
    if any(not text.isspace() for text in itertext(el)):
        return False
    return not images_in(el)


def is_article(raw: RawArticle) -> bool:
    """A page is an article when it has a headline and content of its own: text, a standfirst
    or pictures (a photo story)."""
    return bool(raw.title) and bool(raw.body or raw.lead or raw.images)

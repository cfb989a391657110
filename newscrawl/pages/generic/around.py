"""The boxes around an article's text: its related lists, its tags and its section.

A page shows many lists under a heading and many tag clouds: the sidebar's, the footer's, an
article's appended below. The article's own are the ones nearest its text (or, in a forum's
thread, its headline), wrappers counting for no distance; its section is its breadcrumb's, else
the section link nearest the headline.
"""

from __future__ import annotations

import weakref
from functools import partial
from typing import Protocol, cast

from newscrawl import vn
from newscrawl.items import RawLink
from newscrawl.pages.dom import Element, short_text, text_of
from newscrawl.pages.generic import (
    boxes,
    category_links,
    region,
    related_items,
    sections,
    tag_lists,
)
from newscrawl.pages.memo import memo
from newscrawl.pages.metadata import Metadata
from newscrawl.pages.positions import (
    DocumentOrder,
    contains,
    reading_distance,
    steps_up,
    tree_distance,
)
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import link_url

# Boxes (tags, related lists) belong to the article when they are this close to its text.
_MAX_BOX_DISTANCE = 8
_MAX_CATEGORY_CHARS = 60  # a section's name, not a sentence
# A bound that keeps huge pages linear: the related-list and tag headings looked at.
_MAX_BOXES = 10


class Frame(Protocol):
    """What the generic reader found that the boxes are placed against."""

    @property
    def body(self) -> Element: ...
    @property
    def base(self) -> str: ...
    @property
    def meta(self) -> Metadata: ...
    @property
    def selection(self) -> Selection: ...
    @property
    def order(self) -> DocumentOrder: ...
    @property
    def stats(self) -> region.TextStats: ...
    @property
    def headline(self) -> Element | None: ...
    @property
    def content(self) -> Element | None: ...
    @property
    def anchor(self) -> Element | None: ...
    def below_another_article(self, el: Element) -> bool: ...
    def header_lines(self) -> list[Element]: ...
    def leads_here(self, href: str, page_urls: set[str]) -> bool: ...


class Surroundings:
    def __init__(self, frame: Frame) -> None:
        # Weakly: the reader keeps this object, and a cycle between them would keep each
        # page's tree alive until the garbage collector's next pass, which costs more than
        # the reading.
        self.frame = cast(Frame, weakref.proxy(frame))
        self._trail: Element | None = None
        self._trail_of: set[str] | None = None  # (the page's own addresses it was found for)

    @memo
    def _labels(self) -> list[boxes.Heading]:
        found = boxes.headings(self.frame.stats.own_texts)
        tabs = [
            *boxes.tab_headings(self.frame.selection, self.frame.body),
            *boxes.titled_lists(self.frame.body),
            *boxes.named_related(self.frame.selection, self.frame.content),
        ]
        if not tabs:
            return found
        return sorted(found + tabs, key=lambda heading: self.frame.order.position(heading.element))

    @property
    def _target(self) -> Element | None:
        """What the boxes are near: the article's text, else its headline."""
        return self.frame.content if self.frame.content is not None else self.frame.anchor

    @memo
    def _target_steps(self) -> dict[Element, int]:
        return steps_up(self._target) if self._target is not None else {}

    def _box_distance(self, el: Element, steps: dict[Element, int] | None = None) -> int:
        """Steps from a box to the article's text (or to what `steps` climbs from), wrappers
        counting for none (a page builder nests each row of the page in a stack of them)."""
        up = self._target_steps if steps is None else steps
        return reading_distance(el, up, _MAX_BOX_DISTANCE + 1)

    def _near_article(self, el: Element) -> bool:
        """Near the article's text, and not under the headline of an article appended below."""
        if self._target_steps and self._box_distance(el) > _MAX_BOX_DISTANCE:
            return False
        return not self.frame.below_another_article(el)

    @memo
    def related_boxes(self) -> list[tuple[Element, Element]]:
        labels = [h for h in self._labels if h.kind == "related"][:_MAX_BOXES]
        found = boxes.related_boxes(labels, self.frame.order)
        # (A thread's similar threads under its last reply: far from its first post's text,
        # which the replies part from them, but near its title.)
        in_thread = self.frame.meta.discussion and self.frame.headline is not None
        return [
            (h, box)
            for h, box in found
            if self._near_article(box) or (in_thread and self._near_headline(box))
        ]

    def related(self, base: str, page_urls: set[str]) -> list[RawLink]:
        links: dict[str, RawLink] = {}
        boxes = self.related_boxes
        trail = self._trail_pages(base, page_urls) if boxes else set()
        for heading, box in boxes:
            for link in related_items.links_after(heading, box, base, self.frame.order):
                if link.url not in trail:  # (a card's badge: the section the trail names)
                    links.setdefault(link.url, link)
        return list(links.values())

    def _trail_pages(self, base: str, page_urls: set[str]) -> set[str]:
        """The pages the breadcrumb links: the site's sections, no article of a list."""
        trail = self._breadcrumb(page_urls)
        if trail is None:
            return set()
        pages = (link_url(href, base) for _, href in sections.trail_links(trail) if href)
        return {page for page in pages if page}

    def _breadcrumb(self, page_urls: set[str]) -> Element | None:
        """The page's trail, looked for once: the section and the related items both ask."""
        if self._trail_of is not page_urls:
            frame = self.frame
            self._trail = sections.breadcrumb(
                frame.body, frame.selection, page_urls, frame.stats.elsewhere
            )
            self._trail_of = page_urls
        return self._trail

    @memo
    def tag_boxes(self) -> list[Element]:
        labels = [h for h in self._labels if h.kind == "tags"][:_MAX_BOXES]
        found = tag_lists.tag_boxes(self.frame.body, labels, self.frame.order, self.frame.selection)
        # (A forum's thread prints its tags in the thread's header, above all its posts.)
        in_thread_header = self.frame.meta.discussion and self.frame.headline is not None
        return [
            box
            for box in found
            if self._near_article(box)
            or (in_thread_header and self._near_headline(box))
            or self._beside_header_line(box)
        ]

    def _beside_header_line(self, box: Element) -> bool:
        """Is the box an item of the header's own list of lines, its date's (XenForo's
        `p-description`: the thread's starter, its date, its tags)?"""
        holder, text = box.getparent(), self.frame.content
        if holder is None or text is None or contains(holder, text):
            return False
        return any(contains(holder, line) for line in self.frame.header_lines())

    @memo
    def _headline_steps(self) -> dict[Element, int]:
        return steps_up(self.frame.headline) if self.frame.headline is not None else {}

    def _near_headline(self, el: Element) -> bool:
        steps = self._headline_steps
        return bool(steps) and self._box_distance(el, steps) <= _MAX_BOX_DISTANCE

    def tags(self, page_urls: set[str]) -> list[str]:
        found = [box for box in self.tag_boxes if not self._links_here_only(box, page_urls)]
        if not found:
            return []
        # Where several boxes are named tags, the one leading to tags' pages is the list (a
        # section's chip named `category-tag` leads to the section's page).
        to_tags = [box for box in found if tag_lists.leads_to_tag_pages(box)]
        found = to_tags or found
        here = partial(self.frame.leads_here, page_urls=page_urls)
        target = self._target
        if target is None:
            return tag_lists.tags_in(found[0], here)
        return tag_lists.tags_in(min(found, key=lambda box: tree_distance(box, target)), here)

    def _links_here_only(self, box: Element, page_urls: set[str]) -> bool:
        """Does every link of the box go to this page? A tag leads to a topic's own page; a
        forum's thread title labelled `Chủ đề:` (vBulletin's `h1`) links to the thread."""
        hrefs = [link.get("href") or "" for link in box.iter("a")]
        return bool(hrefs) and all(self.frame.leads_here(href, page_urls) for href in hrefs)

    def category(self, title: str | None, page_urls: set[str]) -> str | None:
        trail = self._breadcrumb(page_urls)
        if trail is not None:
            links = sections.trail_links(trail)
            found = sections.category(links, title, page_urls, self.frame.base)
            if found is not None:  # (Drupal 7's trail of `Trang chủ` alone names no section)
                return found
        link = category_links.category_link(self.frame.body, self.frame.anchor, self.frame.order)
        return text_of(link) if link is not None else self._labelled_category()

    def _labelled_category(self) -> str | None:
        """The section a plain line under the headline names (a print view's `Chuyên mục: Du
        lịch`, or a grid's `<td>Chuyên mục:</td><td>Du lịch</td>`), where no link names it."""
        for owner, own in self.frame.stats.own_texts:
            label, colon, value = own.partition(":")
            if not colon or not vn.labels_the_category(label):
                continue
            cell = owner.getnext() if owner.tag in ("td", "th") else None
            if not value.strip() and cell is not None:  # (the value in the next cell)
                value = short_text(cell, _MAX_CATEGORY_CHARS) or ""
            name = vn.clean_text(value)
            if name and len(name) <= _MAX_CATEGORY_CHARS and self._near_headline(owner):
                return name
        return None

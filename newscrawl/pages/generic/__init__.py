"""The visible-text layer: read a page the way a Vietnamese reader does, with no selector.

`GenericReader` answers each field from the visible text and layout alone. Every answer is
computed on first use and kept, so a page whose profile answers a field never pays for the
generic reading of it. The reading is anchored on the headline: the publication line, the view
counter, the standfirst, the tags and the related lists are the ones nearest to it or to the
article's text, never the header's, the sidebar's or the footer's.
"""

from __future__ import annotations

from functools import partial

from newscrawl import vn
from newscrawl.items import RawImage, RawLink
from newscrawl.pages.dom import Element, body_of, text_of
from newscrawl.pages.generic import (
    asides,
    boxes,
    counters,
    credits,
    headline,
    lines,
    pictures,
    region,
    sections,
    standfirst,
    tag_lists,
    text_box,
    timeline,
    widgets,
)
from newscrawl.pages.memo import memo
from newscrawl.pages.metadata import Metadata
from newscrawl.pages.positions import (
    DocumentOrder,
    block_of,
    contains,
    reading_distance,
    steps_up,
    tree_distance,
)
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import absolute

__all__ = ["GenericReader"]

# Boxes (tags, related lists) belong to the article when they are this close to its text.
_MAX_BOX_DISTANCE = 8
# Bounds that keep huge pages linear: the timestamp and counter lines read around the headline,
# and the related-list and tag headings looked at.
_MAX_LINES = 200
_MAX_BOXES = 10


class GenericReader:
    def __init__(self, root: Element, base: str, meta: Metadata, selection: Selection) -> None:
        self.root = root
        self.base = base  # what relative links resolve against
        self.meta = meta
        self.selection = selection
        self.body = body_of(root)

    # -- the page's structure --------------------------------------------------------------------

    @memo
    def stats(self) -> region.TextStats:
        set_aside = region.not_the_article(self.selection, self.meta.discussion)
        stats = region.text_stats(self.body, set_aside)
        return asides.without_comments(asides.without_masthead(stats))

    @memo
    def _declared_headline(self) -> Element | None:
        """The heading the document title names, found before the text is (the text is the one
        under it)."""
        return headline.find_headline(self.body, self.meta, self.stats.own_texts)

    @memo
    def _more_headlines(self) -> bool:
        """Does the page hold an `h1` besides its headline (an article appended below)?"""
        headline = self._declared_headline
        if headline is None or headline.tag != "h1":
            return False
        return any(h is not headline for h in self.body.iter("h1"))

    @memo
    def headline(self) -> Element | None:
        found = self._declared_headline
        text = self.first_part
        if text is None or (
            found is not None and not headline.repeats_bare_title(found, self.meta)
        ):
            return found
        # No headline, or only a line repeating a bare <title>, which may be the site's name in
        # the banner: the headline-like line just above the text wins if the line is far from
        # the text or stands above that headline.
        above = headline.line_above(text, self.stats.own_texts, self.order, self.meta)
        if found is None or (
            above is not None
            and (headline.far_from(found, text) or self.order.before(found, above))
        ):
            return above
        return found

    @memo
    def _text(self) -> text_box.Text | None:
        headline = self._declared_headline if self._more_headlines else None
        return text_box.article_text(self.stats, headline)

    @property
    def content(self) -> Element | None:
        """The element holding the article's text (all its parts)."""
        return self._text.root if self._text is not None else None

    @property
    def first_part(self) -> Element | None:
        """Where the article's text starts: what the headline stands above."""
        if self._text is None:
            return None
        return min(self._text.parts, key=self.order.position)

    @memo
    def anchor(self) -> Element | None:
        """What the article's own lines are near: the headline, else the article text."""
        return self.headline if self.headline is not None else self.content

    @property
    def order(self) -> DocumentOrder:
        return self.selection.order  # built once, shared with the selection's marked elements

    @memo
    def place(self) -> timeline.Place:
        stats = self.stats
        return timeline.Place(self.anchor, self.content, self.order, stats.credit, stats.teasers)

    def boilerplate(self, root: Element) -> set[Element]:
        """Boxes inside `root` that are not the article's text (widgets, lists, tags)."""
        found = widgets.boilerplate_in(root, self.stats, self.selection)
        found.update(pictures.section_icons(root, self.body))
        found.update(box for _, box in self.related_boxes if contains(root, box))
        found.update(box for box in self.tag_boxes if contains(root, box))
        return found

    # -- timestamps and counters -----------------------------------------------------------------

    @memo
    def _lines(self) -> list[lines.Line]:
        return lines.digit_lines(self.stats.digit_owners)

    @memo
    def _near_lines(self) -> list[lines.Line]:
        """The short lines nearest the headline in page order: its own lines are among them,
        and a page of thousands of dated lines is not read to the end for them."""
        found = self._lines
        if len(found) <= _MAX_LINES or self.anchor is None:
            return found[:_MAX_LINES]
        at = self.order.position(self.anchor)
        nearest = sorted(found, key=lambda line: abs(self.order.position(line.element) - at))
        return sorted(nearest[:_MAX_LINES], key=lambda line: self.order.position(line.element))

    @memo
    def timeline(self) -> timeline.Timeline:
        near = self._near_lines
        dated = lines.dated(near)
        taken = {id(line) for line in dated}
        undated = [line for line in near if id(line) not in taken]
        return timeline.read_timeline(dated, self.place, undated)

    def header_times(self) -> tuple[str | None, str | None]:
        return timeline.header_times(self.meta.times, self.anchor, self.content)

    @memo
    def month_first(self) -> bool:
        """Do the page's numeric dates put the month first (`vn.month_first_dates`)? Read from
        every short line with digits: the sidebar's and related lists' dates tell as well."""
        return vn.month_first_dates(line.text for line in self._lines)

    @memo
    def view_line(self) -> counters.ViewLine | None:
        views = counters.view_lines(self._near_lines)
        in_header = next(timeline.nearest_first(views, self.place), None)
        if in_header is not None:
            return in_header
        return counters.closing_view_line(views, self.content)

    def view_count(self) -> str | None:
        return self.view_line.raw if self.view_line else None

    def header_lines(self) -> list[Element]:
        """The elements of the article header's own lines: its timestamps and view counter."""
        found = [self.view_line, self.timeline.published, self.timeline.modified]
        return [line.element for line in found if line is not None]

    def lead_pictures(self, page_urls: set[str]) -> list[RawImage]:
        """Pictures between the headline and the text block: a CMS's featured image (linked to
        its enlargement, to the article itself, or to nothing)."""
        skip = set(self.header_lines())
        here = partial(self._here, page_urls=page_urls)
        return pictures.lead_pictures(self.headline, self.content, self.order, skip, here)

    def _here(self, href: str, page_urls: set[str]) -> bool:
        """Does the link lead to this page (as fetched or by its canonical address)?"""
        return bool(href) and absolute(href, self.base) in page_urls

    def trailing_pictures(self) -> list[RawImage]:
        """Captioned pictures in the box right after the text's (an e-mail's image block)."""
        return pictures.trailing_pictures(self.content) if self.content is not None else []

    # -- title and standfirst --------------------------------------------------------------------

    def title(self) -> str | None:
        return headline.headline_text(self.headline)

    @memo
    def lead_element(self) -> Element | None:
        """A standfirst marked as one just after the headline, else one set apart right above
        the text."""
        marked = standfirst.marked_boxes(self.selection, self.meta, self.anchor, self.body)
        found = standfirst.standfirst(marked, self.anchor, self.content, self.order)
        if found is None and self.first_part is not None and self.headline is not None:
            found = standfirst.set_above(self.first_part, self.headline, self.order)
        # (A box named so elsewhere, such as the site's tagline, is not one; nor is the header's
        # date line: XenForo's `p-description`, `Thảo luận trong … bắt đầu bởi …, date`.)
        if found is not None and any(contains(found, line) for line in self.header_lines()):
            return None
        return found

    # -- boxes around the article ----------------------------------------------------------------

    @memo
    def _labels(self) -> list[boxes.Heading]:
        found = boxes.headings(self.stats.own_texts)
        tabs = [
            *boxes.tab_headings(self.selection, self.body),
            *boxes.titled_lists(self.body),
        ]
        if not tabs:
            return found
        return sorted(found + tabs, key=lambda heading: self.order.position(heading.element))

    @memo
    def _target_steps(self) -> dict[Element, int]:
        target = self.content if self.content is not None else self.anchor
        return steps_up(target) if target is not None else {}

    def _box_distance(self, el: Element, steps: dict[Element, int] | None = None) -> int:
        """Steps from a box to the article's text (or to what `steps` climbs from), wrappers
        counting for none (a page builder nests each row of the page in a stack of them)."""
        up = self._target_steps if steps is None else steps
        return reading_distance(el, up, _MAX_BOX_DISTANCE + 1)

    def _near_article(self, el: Element) -> bool:
        """Near the article's text, and not under the headline of an article appended below."""
        if self._target_steps and self._box_distance(el) > _MAX_BOX_DISTANCE:
            return False
        headline = self._declared_headline
        if headline is None or not self._more_headlines:
            return True
        return not text_box.under_another_headline(el, headline)

    @memo
    def related_boxes(self) -> list[tuple[Element, Element]]:
        labels = [h for h in self._labels if h.kind == "related"][:_MAX_BOXES]
        found = boxes.related_boxes(labels, self.order)
        return [(h, box) for h, box in found if self._near_article(box)]

    def related(self, base: str) -> list[RawLink]:
        links: dict[str, RawLink] = {}
        for heading, box in self.related_boxes:
            for link in boxes.links_after(heading, box, base, self.order):
                links.setdefault(link.url, link)
        return list(links.values())

    @memo
    def tag_boxes(self) -> list[Element]:
        labels = [h for h in self._labels if h.kind == "tags"][:_MAX_BOXES]
        found = tag_lists.tag_boxes(self.body, labels, self.order, self.selection)
        # (A forum's thread prints its tags in the thread's header, above all its posts.)
        in_thread_header = self.meta.discussion and self.headline is not None
        return [
            box
            for box in found
            if self._near_article(box) or (in_thread_header and self._near_headline(box))
        ]

    @memo
    def _headline_steps(self) -> dict[Element, int]:
        return steps_up(self.headline) if self.headline is not None else {}

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
        here = partial(self._here, page_urls=page_urls)
        target = self.content if self.content is not None else self.anchor
        if target is None:
            return tag_lists.tags_in(found[0], here)
        return tag_lists.tags_in(min(found, key=lambda box: tree_distance(box, target)), here)

    def _links_here_only(self, box: Element, page_urls: set[str]) -> bool:
        """Does every link of the box go to this page? A tag leads to a topic's own page; a
        forum's thread title labelled `Chủ đề:` (vBulletin's `h1`) links to the thread."""
        hrefs = [link.get("href") or "" for link in box.iter("a")]
        return bool(hrefs) and all(self._here(href, page_urls) for href in hrefs)

    def category(self, title: str | None, page_urls: set[str]) -> str | None:
        trail = sections.breadcrumb(self.body, self.selection, page_urls)
        if trail is not None:
            return sections.category(sections.trail_links(trail), title, page_urls, self.base)
        link = sections.category_link(self.body, self.anchor, self.order)
        return text_of(link) if link is not None else None

    # -- credits -----------------------------------------------------------------------------------

    def marked_byline(self) -> str | None:
        return credits.marked_credit(self.selection, self.anchor)

    def date_line_byline(self) -> str | None:
        published = self.timeline.published
        if published is None:
            return None
        line = block_of(published.element)
        if line is None:
            return None
        return credits.date_line_credit(line, self.meta.authors)

    def labelled_byline(self, content: Element | None) -> tuple[list[str], list[str]]:
        if content is None:
            return [], []
        anchor = None if self.anchor is content else self.anchor
        header, after = credits.labelled_credits(content, anchor, self.stats.own_texts, self.order)
        if not header and anchor is not None and self.meta.microdata:  # Joomla's `createdby`
            header = credits.microdata_credit(self.body, anchor, content)
        return header, after

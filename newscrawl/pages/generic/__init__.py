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
from newscrawl.items import RawImage
from newscrawl.pages.dom import HEADING_TAGS, Element, body_of, text_of
from newscrawl.pages.generic import (
    around,
    asides,
    counters,
    credits,
    header_credits,
    headline,
    headline_line,
    hidden,
    icons,
    lines,
    pictures,
    region,
    sections,
    standfirst,
    text_box,
    timeline,
    trailing_pictures,
    widgets,
)
from newscrawl.pages.generic.place import Place
from newscrawl.pages.memo import memo
from newscrawl.pages.metadata import Metadata
from newscrawl.pages.positions import DocumentOrder, block_of, contains
from newscrawl.pages.selection import Selection
from newscrawl.pages.urls import absolute

__all__ = ["GenericReader"]

# A bound that keeps huge pages linear: the timestamp and counter lines read around the
# headline.
_MAX_LINES = 200


class GenericReader:
    def __init__(self, root: Element, base: str, meta: Metadata, selection: Selection) -> None:
        self.root = root
        self.base = base  # what relative links resolve against
        self.meta = meta
        self.selection = selection
        self.body = body_of(root)

    # -- the page's structure --------------------------------------------------------------------

    @memo
    def _hidden(self) -> list[Element]:
        """The page's boxes a style hides for good (one scan: no text, nor in the text)."""
        return hidden.hidden_boxes(self.body)

    @memo
    def stats(self) -> region.TextStats:
        set_aside = asides.not_the_article(self.selection, self._hidden, self.meta.discussion)
        stats = region.text_stats(self.body, set_aside)
        return asides.without_comments(asides.without_masthead(stats))

    @memo
    def _declared_headline(self) -> Element | None:
        """The heading the document title names, found before the text is (the text is the one
        under it)."""
        return headline.find_headline(self.body, self.meta, self.stats.own_texts, self.base)

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
        in_footer = self._footer_line(found)
        if in_footer:
            found = None  # a bold line of the footer, the site's name a bare `<title>` gives
        if text is None or (found is not None and not self._may_name_the_page(found)):
            return found
        # No headline, or only a line repeating a bare <title>, which may be the site's name in
        # the banner, or the portal's page: the headline-like line just above the text wins if
        # the line is far from the text or stands above that headline.
        above = headline_line.line_above(text, self.stats.own_texts, self.order, self.meta)
        if above is None and in_footer:  # (Google Sites: `Site - Page`, the headline apart)
            return headline.untitled_headline(self.body, self.meta, text, self.order)
        if found is None or (
            above is not None
            and (headline_line.far_from(found, text) or self.order.before(found, above))
            and not self._trail_names(found, above)
        ):
            return above
        return found

    def _may_name_the_page(self, found: Element) -> bool:
        """Does the line the titles match name the site (a bare `<title>`) or the portal's page
        showing the article (`Chi tiết thông báo - Sở Công Thương`, its trail's end too)?"""
        shown = text_of(found) or ""
        return headline.repeats_bare_title(found, self.meta) or vn.names_a_detail_page(shown)

    def _trail_names(self, found: Element, above: Element) -> bool:
        """Does the breadcrumb end in the words of `found`, wordier than the line `above`
        (MyBB's trail, the thread's name unlinked, over the first post's author's rank,
        `Thành viên tích cực`)? The bare `<title>` is then the article's name. (A portal's trail
        ending in its page's name, `Chi tiết tin`, or a section's, names no article: the
        headline above the text says more.)"""
        shown, line = text_of(found) or "", text_of(above) or ""
        if len(shown.split()) <= len(line.split()):
            return False
        trail = sections.breadcrumb(self.body, self.selection, frozenset(), self.stats.elsewhere)
        return trail is not None and sections.ends_in(trail, shown)

    def _footer_line(self, el: Element | None) -> bool:
        """Is `el` a line below the text, no heading?"""
        if el is None or el.tag in HEADING_TAGS or self.content is None:
            return False
        return self.order.after(el, self.content)

    @memo
    def _text(self) -> text_box.Text | None:
        declared = self._declared_headline
        headline = declared if self._more_headlines else None
        return text_box.article_text(self.stats, headline, declared)

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
    def place(self) -> Place:
        stats = self.stats
        return Place(self.anchor, self.content, self.order, stats.credit, stats.teasers)

    def boilerplate(self, root: Element) -> set[Element]:
        """Boxes inside `root` that are not the article's text (widgets, lists, tags)."""
        found = self._widgets_in(root)
        found.update(icons.section_icons(root, self.body))
        found.update(box for _, box in self.around.related_boxes if contains(root, box))
        found.update(box for box in self.around.tag_boxes if contains(root, box))
        # (Readers' comments under the heading counting them inside the text's box, whatever
        # their names: Concrete CMS's `ccm-conversation-*` after `<h4>2 bình luận</h4>`.)
        found.update(box for box, counted in self._comments if counted and contains(root, box))
        return found

    @memo
    def _comments(self) -> list[tuple[Element, bool]]:
        """Readers' comments after their heading, each with whether it counts them."""
        return asides.comment_boxes(self.stats.own_texts)

    # -- timestamps and counters -----------------------------------------------------------------

    @memo
    def _lines(self) -> list[lines.Line]:
        found = lines.digit_lines(self.stats.digit_owners)
        comments = [box for box, _ in self._comments]
        comments += asides.named_comments(self.selection, self.meta.discussion)
        if not comments:
            return found
        return [line for line in found if not any(contains(c, line.element) for c in comments)]

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
        near = asides.without_site_lines(self._near_lines, self.stats, self.headline, self.content)
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
        lists = {box for _, box in self.around.related_boxes}
        closing = counters.closing_view_line(views, self.content, lists)
        if closing is not None:
            return closing
        published = self.timeline.published
        hits = counters.hits_beside(published.element, self._near_lines) if published else None
        unread = counters.unread_view_lines(self._near_lines)
        return hits or next(timeline.nearest_first(unread, self.place), None)

    def view_count(self) -> str | None:
        return self.view_line.raw if self.view_line else None

    def header_lines(self) -> list[Element]:
        """The elements of the article header's own lines: its timestamps and view counter."""
        found = [self.view_line, self.timeline.published, self.timeline.modified]
        return [line.element for line in found if line is not None]

    def header_box(self, root: Element) -> Element | None:
        """The box in `root` holding the header's lines and nothing longer (Joomla's
        `dl.article-info`: its `Chi tiết` label and `Viết bởi` line too), no text."""
        return lines.meta_box(self.header_lines(), root)

    def lead_pictures(self, page_urls: set[str]) -> list[RawImage]:
        """A featured picture above the text (linked to its enlargement, the page, or nothing)."""
        skip = set(self.header_lines())
        here = partial(self.leads_here, page_urls=page_urls)
        return pictures.lead_pictures(self.headline, self.content, self.order, skip, here)

    def leads_here(self, href: str, page_urls: set[str]) -> bool:
        """Does the link lead to this page (as fetched or by its canonical address)?"""
        return bool(href) and absolute(href, self.base) in page_urls

    def trailing_pictures(self, text: Element) -> tuple[list[RawImage], Element | None]:
        """Captioned pictures in the box right after the text's (an e-mail's image block, a
        photo story's gallery), and the gallery's box."""
        return trailing_pictures.trailing_pictures(text, self._widgets_in)

    def _widgets_in(self, box: Element) -> set[Element]:
        return widgets.boilerplate_in(box, self.stats, self.selection, self._hidden)

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

    def lead_text(self, box: Element) -> str | None:
        # (Only a box holding links may hold a keywords line or a related list, VCCorp's `Tin liên
        # quan` under its sapo's words: the page's tag and related boxes are read then.)
        lists: list[Element] = []
        if next(box.iter("a"), None) is not None:
            lists = [*self.around.tag_boxes, *(found for _, found in self.around.related_boxes)]
        return standfirst.standfirst_text(box, lists, self._hidden)

    # -- boxes around the article ----------------------------------------------------------------

    @memo
    def around(self) -> around.Surroundings:
        """The related lists, tags and section placed against this reading of the page."""
        return around.Surroundings(self)

    def below_another_article(self, el: Element) -> bool:
        """Is `el` under the headline of an article appended below this one?"""
        headline = self._declared_headline
        return (
            headline is not None
            and self._more_headlines
            and text_box.under_another_headline(el, headline)
        )

    # -- credits -----------------------------------------------------------------------------------

    def marked_byline(self, named: list[str]) -> str | None:
        return header_credits.marked_credit(self.selection, self.anchor, named)

    def date_line_byline(self) -> str | None:
        published = self.timeline.published
        line = block_of(published.element) if published is not None else None
        return None if line is None else header_credits.date_line_credit(line, self.meta.authors)

    def labelled_byline(self, content: Element | None) -> tuple[list[str], list[str]]:
        if content is None:
            return [], []
        anchor = None if self.anchor is content else self.anchor
        own_texts, order = self.stats.own_texts, self.order
        header, after = credits.labelled_credits(content, anchor, own_texts, order, self._hidden)
        if not header and anchor is not None and self.meta.microdata:  # Joomla's `createdby`
            header = header_credits.microdata_credit(self.body, anchor, content)
        if not header and anchor is not None:  # Joomla 1.0's `Viết bởi Hoàng Lâm`
            own_texts = self.stats.own_texts
            header = header_credits.written_by_credit(own_texts, anchor, content, self.order)
        return header, after

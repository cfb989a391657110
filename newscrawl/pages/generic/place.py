"""Where the article is on its page: its headline (or text), its text, and the page's order;
how far a line stands from the headline, and which boxes are the article's own.

A reader takes the timestamp printed with the headline (`timeline.py`) and the counter beside
it (`counters.py`): both measure from here.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from newscrawl import vn
from newscrawl.pages.dom import HEADING_TAGS, Element, short_text, text_content
from newscrawl.pages.generic.controls import CONTROL_TAGS
from newscrawl.pages.generic.lines import MAX_LINE_CHARS
from newscrawl.pages.memo import memo
from newscrawl.pages.positions import (
    DocumentOrder,
    ancestors_and_self,
    common_ancestor,
    contains,
    preceding_in,
    reading_distance,
    steps_up,
)
from newscrawl.pages.properties import is_bare_label

# How far from the headline its own lines may be: the article header is a few steps away; a
# line printed above the headline must be closer still (the header clock is above it too).
MAX_DISTANCE_AFTER = 8
MAX_DISTANCE_BEFORE = 4
_MIN_NAMED_HEADLINE_CHARS = 20  # a headline long enough to tell where it is repeated
_ITEM_TAGS = ("article", "li")


@dataclass(frozen=True)
class Place:
    """Where the article is: its headline (or text), its text, and the page's order."""

    anchor: Element | None
    content: Element | None
    order: DocumentOrder
    # The elements holding paragraphs (`region.TextStats.credit`) and which of them are a
    # list's teasers: what tells another post's box below the text from the article's lines.
    texts: Collection[Element] = ()
    teasers: Mapping[Element, bool] = field(default_factory=dict)

    @memo
    def _anchor_path(self) -> dict[Element, int]:
        """Steps from the anchor up to each of its ancestors."""
        return steps_up(self.anchor) if self.anchor is not None else {}

    @memo
    def own_box(self) -> Element | None:
        """The item holding the headline and the text (`<article>`, a forum post's `<li>`):
        a line above the headline inside it is the item's own, not the page header's."""
        anchor, content = self.anchor, self.content
        if anchor is None or content is None:
            return None
        for up in anchor.iterancestors(*_ITEM_TAGS):
            return up if contains(up, content) else None
        return _permalinked_box(anchor, content)

    @memo
    def post_box(self) -> Element | None:
        """The article's own item (`own_box`); under a title set above it (XenForo 2's thread
        title in the page's header, over its first post's `<article>`; vBulletin 4's over its
        list of posts, each an `<li>`), the outermost `<article>` holding the text, else the
        outermost list item."""
        if self.own_box is not None or self.content is None:
            return self.own_box
        items = list(self.content.iterancestors("article")) or list(
            self.content.iterancestors("li")
        )
        return items[-1] if items else None

    @memo
    def headline_text(self) -> str | None:
        """The headline's words, folded, to tell a thread's title bar above its first post."""
        text = short_text(self.anchor, MAX_LINE_CHARS) if self.anchor is not None else None
        return vn.fold(text) if text and len(text) >= _MIN_NAMED_HEADLINE_CHARS else None

    @memo
    def after_texts(self) -> list[Element]:
        """The texts after the article's, a list's teasers and a form's prompts aside: what a
        line below the text may belong to instead (`_below_in_another_text`). (NukeViet rates
        the article in a form beside its views: `Tổng số điểm của bài viết là: 0 trong 0 đánh
        giá` and its radio buttons.)"""
        content = self.content
        if content is None:
            return []
        return [
            holder
            for holder in self.texts
            if not self.teasers.get(holder)
            and self.order.after(holder, content)
            and next(holder.iter(CONTROL_TAGS), None) is None
        ]

    @memo
    def after_boxes(self) -> set[Element]:
        """Every box holding one of `after_texts`: most lines' branches hold none."""
        return {box for holder in self.after_texts for box in ancestors_and_self(holder)}

    @memo
    def text_apart(self) -> bool:
        """Is the article text outside the anchor's branch (a line in it is body text)?"""
        content, anchor = self.content, self.anchor
        return content is not None and anchor is not None and not contains(content, anchor)

    def opens_the_text(self, el: Element) -> bool:
        """Is `el` the first words of the text's box (Liferay's web content opening with its
        own `Ngày đăng:` line under a headline printed apart), not a date in a sentence? Only
        property labels may stand before it (Notion's `Ngày đăng` over the date's own box)."""
        content = self.content
        if content is None or (content.text or "").strip():
            return False
        before = (text_content(box).strip() for box in preceding_in(content, el))
        return all(not words or is_bare_label(words) for words in before)

    def branch_apart(self, el: Element) -> Element | None:
        """The branch of the page holding `el` where it parts from the article's text: the
        child, holding `el`, of the nearest box holding both."""
        if self.content is None:
            return None
        shared = common_ancestor(self.content, el)
        return next((up for up in ancestors_and_self(el) if up.getparent() is shared), None)

    def in_headed_box_after(self, el: Element) -> bool:
        """Is `el` below the article's text, in a branch of the page that a heading of its own
        opens before it and that holds neither the headline nor the text (a sidebar's `Giá
        nông sản` box, whose `Cập nhật: 02/12/2024` tells when its prices were read)?"""
        content, anchor = self.content, self.anchor
        if content is None or anchor is None or not self.order.after(el, content):
            return False
        branch = self.branch_apart(el)
        if branch is None or contains(branch, anchor):
            return False
        return any(
            self.order.before(heading, el) and not contains(heading, el)
            for heading in branch.iter(*HEADING_TAGS)
        )

    def distance(self, el: Element) -> int:
        """Steps from `el` up to the anchor's branch and down to the anchor, a wrapper
        counting for none (`positions.steps_up`)."""
        up = self._anchor_path
        return reading_distance(el, up, len(up) + MAX_DISTANCE_AFTER + 1)


def _permalinked_box(anchor: Element, content: Element) -> Element | None:
    """The box holding the headline and the text that a link inside it points to (FluxBB's
    post, `<div id="p10542">`, its head's time linked to `viewtopic.php?pid=10542#p10542`):
    the post itself, however its template names it."""
    # (The nearest named box only: a page's wrapper is named too, and holds all its links.)
    for up in anchor.iterancestors():
        box_id = up.get("id")
        if box_id and contains(up, content):
            fragment = "#" + box_id
            links = up.iter("a")
            return up if any((a.get("href") or "").endswith(fragment) for a in links) else None
    return None

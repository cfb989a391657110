"""Which heading a block of text stands under: this page's headline, or the title of a box of
its own (a sidebar's `Thư ngỏ` or `Lịch sử hình thành`, a related list showing an older post in
full). On a short article the page's other boxes may hold more words than its text; the text is
the one under the headline.
"""

from __future__ import annotations

from newscrawl import vn
from newscrawl.pages.dom import HEADING_TAGS, Element, short_text, text_of
from newscrawl.pages.positions import contains

# A box's title is a few words (`Thư ngỏ`, `Bài viết liên quan`); a heading of a sentence is a
# standfirst set in a heading (`h2.sapo`), which heads no box.
_MAX_BOX_TITLE_CHARS = 60
# How far up a block's box and its title are looked for: a widget's body in its wrappers.
_LEVELS = 5


def under_a_box_title(block: Element, headline: Element) -> bool:
    """Is the nearest heading before `block` (among the preceding siblings of the block and of
    its wrappers, nearest first) the short title of a box, not the page's headline?"""
    return box_title(block, headline) is not None


def under_a_related_title(block: Element, headline: Element) -> bool:
    """Is `block` in a related list's box (`Bài viết liên quan` over an older post shown in
    full): another article's text, wherever it stands?"""
    title = box_title(block, headline)
    return title is not None and vn.heading_kind(title) == "related"


def box_title(block: Element, headline: Element) -> str | None:
    """The short title of the box `block` stands in, if the nearest heading before it is one."""
    node: Element | None = block
    for _ in range(_LEVELS):
        if node is None or contains(node, headline):
            return None
        for before in node.itersiblings(preceding=True):
            if contains(before, headline):
                return None
            if before.tag in HEADING_TAGS or next(before.iter(*HEADING_TAGS), None) is not None:
                # (the heading, or the box of the title: `div.box-title > h3`)
                title = short_text(before, _MAX_BOX_TITLE_CHARS)
                if title is not None:
                    return title
                break  # another article's head over its text (a list's card): a level up
        node = node.getparent()
    return None


def repeats_the_headline(heading: Element, headline: Element) -> bool:
    """Does the heading show the headline's words again (Telegraph's editor box opening with
    the headline the page's header shows)? It heads the same article."""
    words = text_of(heading)
    return words is not None and vn.fold(words) == vn.fold(text_of(headline) or "")


def headline_again(root: Element, headline: Element | None) -> list[Element]:
    """The headings in `root` that repeat the headline: the article's, no words of its text."""
    if headline is None:
        return []
    headings = root.iter(*HEADING_TAGS)
    return [h for h in headings if h is not headline and repeats_the_headline(h, headline)]

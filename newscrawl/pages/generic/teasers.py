"""Teasers: a list's item presenting another article (its linked headline, and beside it a
date, a summary, a thumbnail). A line of one is never the article's own header line or
standfirst, however near the headline it stands."""

from __future__ import annotations

from itertools import islice

from newscrawl.pages.dom import HEADING_TAGS, IMAGE_TAGS, Element
from newscrawl.pages.links import is_headline_link
from newscrawl.pages.positions import block_of, contains

_MAX_TEASER_LINKS = 20  # a teaser has a link or two; a block with more is no teaser line
_OPENING_CHILDREN = 3  # a teaser's headline comes first, under its thumbnail at most
_MIN_ROW_LINKS = 3  # (a teaser's title and its section's link are two)


def in_teaser(el: Element, text: Element | None = None) -> bool:
    """Is the element part of a teaser: the block holding it also holds a headline link? (Not
    a link in a list of its own beside it: a trail or a menu next to the header's clock.) A
    block holding the article's `text` is the article's own box, though its related list's
    headline links stand in it too (a span of its header in a WebForms panel, ADF's summary)."""
    card = next(el.iterancestors("a"), None)
    if card is not None and next(card.iter(*IMAGE_TAGS), None) is not None:
        return True  # a linked card: another page's cover or thumbnail over its date
    block = block_of(el)
    if block is None or (text is not None and contains(block, text)):
        return False
    if block.tag in ("td", "th"):  # a listing's row: the title in one cell, the date in another
        row = block.getparent()
        block = row if row is not None and row.tag == "tr" else block
    return any(
        is_headline_link(link) and not _listed_below(link, block)
        for link in islice(block.iter("a"), _MAX_TEASER_LINKS)
    )


def _listed_below(link: Element, block: Element) -> bool:
    """Is the link an item of a list inside `block` (`<ul><li><a>`, or one of a run of bare
    links: a top bar's `Báo in | Podcast | Liên hệ quảng cáo`), not the block's own?"""
    if _among_links(link):
        return True
    for up in link.iterancestors():
        if up is block:
            return False
        if up.tag == "li":
            return True
    return False


def _among_links(link: Element) -> bool:
    """Is the link one of a menu's, a run of links split by separators only (`Trang chủ | Tin
    tức - Sự kiện | Văn bản`), whatever else its box holds (the clock beside them)?"""
    run = 1
    before = link.getprevious()
    while run < _MIN_ROW_LINKS and before is not None and _linked_apart(before, before.tail):
        run, before = run + 1, before.getprevious()
    here, after = link, link.getnext()
    while run < _MIN_ROW_LINKS and after is not None and _linked_apart(after, here.tail):
        run, here, after = run + 1, after, after.getnext()
    return run >= _MIN_ROW_LINKS


def _linked_apart(el: Element, between: str | None) -> bool:
    """Is `el` a link, parted from its neighbour by a separator at most?"""
    return el.tag == "a" and not _has_letters(between)


def _has_letters(text: str | None) -> bool:
    return text is not None and any(c.isalpha() for c in text)


def presents_another_article(box: Element) -> bool:
    """Does the box open with another article's headline link (its own, or a heading's), the
    way a list's item does (a thumbnail, a linked title, a summary)? A heading's link to a
    place on this page (a section anchor) is none. (Stricter than the density count's teaser
    test, `region._teaser`, which any linked heading satisfies: that one only stops a box's
    text adding up a level higher; this one passes over the box as the article's text.)"""
    for child in islice(box, _OPENING_CHILDREN):
        if child.tag in HEADING_TAGS:
            if any(is_headline_link(link) for link in child.iter("a")):
                return True
        elif child.tag == "a" and is_headline_link(child):
            return True
    return False

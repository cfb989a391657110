"""The page's text counted in one pass, to find where the article's text is (`text_box`).

Every text node is counted once for the block (`p`, `div`, `td`, ...) it belongs to, as text or
as link text; a block's useful text (its text minus its links) is credited to the element that
holds its paragraphs. The element holding most paragraph text wins: the article body, not the
menu or the related list (all links). Boxes that may hold more text than a short article are
kept from winning: readers' comments and the page's footer credit nothing, and a teaser (a
linked headline over its summary) credits its own box only, so a list of them never adds up.
The same pass collects the text nodes the other readers need (lines with digits, short own
texts), and its per-block counts later tell the link boxes inside the article text apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import (
    BLOCK_TAGS,
    HEADING_TAGS,
    SKIP_TAGS,
    Element,
    itertext,
    only_child,
    text_of,
)
from newscrawl.pages.links import is_headline_link
from newscrawl.pages.positions import same_kind

_BOX_TAGS = ("ul", "ol", "div", "section", "aside", "table", "nav", "tr", "td")
_MAX_LINKED_BYLINE_CHARS = 80
_MIN_PARAGRAPH_CHARS = 25
_DIGIT = re.compile(r"\d")
# Own text worth keeping for the readers of headings, labels and headlines (raw length, which
# decomposed text makes longer than it reads).
_MIN_OWN_TEXT = 3
_MAX_OWN_TEXT = 800
_MAX_DAY_WORD_CHARS = 20  # `Hôm qua lúc`, `Vừa xong`: a relative time written without a digit
# A views label whose number a script was to fill in (`Lượt xem: đang cập nhật`).
_MAX_VIEWS_LABEL_CHARS = 40
_INLINE_ICONS = frozenset({"img", "i", "svg"})  # a picture or an icon font's glyph
_MAX_BR_LABEL_CHARS = 24
_MAX_LINK_SHARE = 0.5
_WRAPPER_LEVELS = 3
_WRAPPER_TAGS = frozenset({"div", "section", "span"})
# A headline that links to another article: what a teaser in a list of articles starts with.
_TEASER_CHILDREN = 8
PAGE_TAGS = frozenset({"html", "body"})
# A `<nav>` is never the article, but it may hold the page's clock (NukeViet prints it beside
# its trail): its texts with a digit are found in C, without walking it.
_DIGIT_TEXTS = etree.XPath(".//text()[translate(., '0123456789', '') != .]")


@dataclass(slots=True)
class TextStats:
    """What one pass over the page learns: text and link totals per element (subtree),
    paragraph scores per container, and the text nodes the other readers look at."""

    # Per block: [text chars, link text chars, <br> count] of the text it owns directly.
    own: dict[Element, list[int]] = field(default_factory=dict)
    score: dict[Element, float] = field(default_factory=dict)
    # Elements owning text with a digit (dates, counters), in page order, the day words
    # (`Hôm qua`) that keep their exact time in `title`, and views labels without a number.
    digit_owners: list[Element] = field(default_factory=list)
    # (element, its own leading text) outside links: headings, labels, headline candidates.
    own_texts: list[tuple[Element, str]] = field(default_factory=list)
    # Useful text credited to each holder itself (not the halves passed up), and the holders
    # found to be teasers: what tells the parts of a split article from other boxes.
    credit: dict[Element, float] = field(default_factory=dict)
    teasers: dict[Element, bool] = field(default_factory=dict)
    # Elements whose paragraphs credit no holder: readers' comments, the footer, dialogs.
    elsewhere: set[Element] = field(default_factory=set)

    def densest(self) -> Element | None:
        """The element holding the most paragraph text (None on a page without any)."""
        return max(self.score, key=self.score.__getitem__) if self.score else None

    def link_dense_in(self, root: Element) -> list[Element]:
        """Boxes under `root` made mostly of links, and more than one: a menu, a related list,
        a share bar. Totals are summed children first, so the whole subtree is read once."""
        totals: dict[Element, list[int]] = {}  # element -> [text, link text, links]
        for el in reversed(list(root.iter())):
            mine = totals.setdefault(el, [0, 0, 0])
            own = self.own.get(el)
            if own is not None:
                mine[0] += own[0]
                mine[1] += own[1]
            mine[2] += el.tag == "a"
            parent = el.getparent()
            if el is not root and parent is not None:
                up = totals.setdefault(parent, [0, 0, 0])
                up[0], up[1], up[2] = up[0] + mine[0], up[1] + mine[1], up[2] + mine[2]
        return [
            el
            for el in root.iterdescendants(*_BOX_TAGS)
            if totals[el][2] >= 2
            and totals[el][1] >= 0.8 * max(totals[el][0], 1)
            and not _links_to_its_authors(el, totals[el][0])
        ]


def text_stats(body: Element, elsewhere: Iterable[Element] = ()) -> TextStats:
    """The page's text, counted in one pass; the paragraphs in the `elsewhere` boxes (readers'
    comments, the footer: `not_the_article`) are counted but credit no container."""
    stats = TextStats()
    own: dict[Element, list[int]] = {body: [0, 0, 0]}  # block -> [text, link text, <br>s]
    block_of: dict[Element, Element] = {body: body}
    linked: set[Element] = set()
    digits: dict[Element, None] = {}
    _read_text(body, body.text, own[body], False, digits, stats)
    for el in body.iterdescendants():
        parent = el.getparent()
        block = block_of.get(parent) if parent is not None else None
        if parent is None or block is None:
            continue  # inside a script, a style or another skipped element
        holder = own[block]
        tag = el.tag
        if isinstance(tag, str) and tag not in SKIP_TAGS:
            if tag in BLOCK_TAGS:
                block_of[el] = el
                counts = own[el] = [0, 0, 0]  # an element is visited once: a new block
            else:
                block_of[el] = block
                counts = holder
                counts[2] += tag == "br"
            link = tag == "a" or parent in linked
            if link:
                linked.add(el)
            text = el.text
            if text:
                _read_text(el, text, counts, link, digits, stats)
        elif tag == "nav":
            digits.update(dict.fromkeys(_digit_owners(el)))
        tail = el.tail
        if tail:
            n = len(tail.strip())
            holder[0] += n
            link = parent in linked
            if link:
                holder[1] += n
            elif _MIN_OWN_TEXT <= n <= _MAX_OWN_TEXT and _opens_own_line(el, tail):
                stats.own_texts.append((parent, tail))
            if _DIGIT.search(tail) or (not link and _labels_an_empty_counter(el, tail, n)):
                digits[parent] = None
    stats.digit_owners = list(digits)
    stats.own = own
    stats.elsewhere = {el for box in elsewhere for el in box.iter()}
    _scores(stats)
    return stats


def _opens_own_line(el: Element, tail: str) -> bool:
    """Is the text after an element its box's own line: a label after an icon (`<img
    src=arrow.gif> Các tin khác`, Liferay 7's `<span><svg>…</svg></span>Tài sản liên quan:`),
    or a labelled line after a `<br>` (`<b>Tác giả: Hoài Thanh</b><br>Nguồn tin: <span>Báo
    Long An</span>`)?"""
    tag = el.tag
    if tag in _INLINE_ICONS:
        return True
    if tag == "span" and len(el) == 1 and el[0].tag in _INLINE_ICONS:
        return not (el.text or "").strip() and not (el[0].tail or "").strip()
    return tag == "br" and tail.find(":", 0, _MAX_BR_LABEL_CHARS) > 0


def _links_to_its_authors(box: Element, chars: int) -> bool:
    """A byline whose names link to the authors' pages (`<div><a>Thu Hà</a> - <a>Quang Huy</a>
    </div>` closing the text): made of links, and no box of them."""
    return chars <= _MAX_LINKED_BYLINE_CHARS and vn.looks_like_byline(text_of(box) or "")


def _digit_owners(box: Element) -> list[Element]:
    """The elements owning the box's texts with a digit (a tail is its parent's), in page order."""
    owners: list[Element] = []
    for text in cast(list[etree._ElementUnicodeResult], _DIGIT_TEXTS(box)):
        el = text.getparent()
        owner = el.getparent() if text.is_tail and el is not None else el
        if owner is not None:
            owners.append(owner)
    return owners


def _read_text(
    el: Element,
    text: str | None,
    counts: list[int],
    link: bool,
    digits: dict[Element, None],
    stats: TextStats,
) -> None:
    if not text:
        return
    n = len(text.strip())
    counts[0] += n
    if link:
        counts[1] += n
    elif _MIN_OWN_TEXT <= n <= _MAX_OWN_TEXT:
        stats.own_texts.append((el, text))
    if _DIGIT.search(text):
        digits[el] = None
    elif link or n > _MAX_VIEWS_LABEL_CHARS:
        return
    elif n <= _MAX_DAY_WORD_CHARS and el.get("title") and vn.is_relative(text):
        digits[el] = None  # the exact time is read from the title (`lines.digit_lines`)
    elif _unread_counter(text):
        digits[el] = None  # a counter with no number to read (`Lượt xem: --`): views_unparsed


def _unread_counter(text: str) -> bool:
    return vn.mentions_views(text) and vn.parse_view_count_detailed(text).labelled


def _labels_an_empty_counter(el: Element, tail: str, chars: int) -> bool:
    """Is the text after an icon a views label with no number after it (`<i
    class="fa-eye"></i> Lượt xem: <span id="postviews"></span>`, the box a script fills in)?
    (A label that is its box's own text is read in `_read_text`; after anything but an icon,
    a tail is the text's.)"""
    if el.tag not in _INLINE_ICONS or not 0 < chars <= _MAX_VIEWS_LABEL_CHARS:
        return False
    if not _unread_counter(tail):
        return False
    after = el.getnext()
    return after is None or not any(_DIGIT.search(piece) for piece in itertext(after))


def _scores(stats: TextStats) -> None:
    """Credit each paragraph's useful text to the element holding the paragraphs."""
    score, credit, teasers, elsewhere = stats.score, stats.credit, stats.teasers, stats.elsewhere
    for block, (chars, link_chars, breaks) in stats.own.items():
        if chars < _MIN_PARAGRAPH_CHARS or link_chars > _MAX_LINK_SHARE * chars:
            continue
        if block in elsewhere:
            continue
        useful = chars - link_chars
        # A block of `<br><br>` chunks (a legacy `<td>`) holds its paragraphs itself.
        holder = block if breaks >= 2 else block.getparent()
        if holder is None:
            continue
        holder = _past_components(holder)
        score[holder] = score.get(holder, 0.0) + useful
        credit[holder] = credit.get(holder, 0.0) + useful
        grand = holder.getparent()
        # Paragraphs wrapped one by one still add up one level higher; a list's teasers (each
        # a linked headline over its summary) do not add up to an article.
        if grand is None:
            continue
        teaser = teasers.get(holder)
        if teaser is None:
            teaser = teasers[holder] = _teaser(holder)
        if not teaser:
            score[grand] = score.get(grand, 0.0) + useful / 2


def _past_components(holder: Element) -> Element:
    """Where a paragraph rendered as a component of its own (`<div class=css-p><div><p>`,
    repeated for every paragraph) meets the others: past the wrappers holding it alone, when
    the outermost has a like sibling (the next paragraph's). Otherwise the holder itself (an
    answer alone in its box beside its question's box is that box's)."""
    # (Siblings are asked, not `len`: lxml counts a box's children one by one, and the box of a
    # page's thousands of paragraphs would be counted once for each.)
    top = holder
    for _ in range(_WRAPPER_LEVELS):
        only = next(iter(top), None)
        if top.tag not in _WRAPPER_TAGS or only is None or not only_child(only):
            break
        parent = top.getparent()
        if parent is None or parent.tag in PAGE_TAGS:
            break
        if not only_child(top):
            return parent if _like_sibling(top) else holder
        top = parent
    return holder


def _like_sibling(el: Element) -> bool:
    return any(
        same_kind(sibling, el)
        for sibling in (el.getprevious(), el.getnext())
        if sibling is not None
    )


def _teaser(holder: Element) -> bool:
    """A teaser is a box that starts with a headline link: a heading holding a link, or a link
    of a title's length, among its first children. (Looking no further keeps a page of
    thousands of nested holders linear.)"""
    for child in islice(holder, _TEASER_CHILDREN):
        tag = child.tag
        if tag in HEADING_TAGS and next(child.iter("a"), None) is not None:
            return True
        if tag == "a" and is_headline_link(child):
            return True
    return False


def set_aside(stats: TextStats, boxes: list[Element]) -> TextStats:
    """The counts again with the paragraphs in `boxes` crediting nothing, as a footer's do:
    boxes found to be the site's only once the text was counted (`generic.asides`)."""
    recounted = TextStats(
        own=stats.own,
        digit_owners=stats.digit_owners,
        own_texts=stats.own_texts,
        elsewhere=stats.elsewhere.union(*(box.iter() for box in boxes)),
    )
    _scores(recounted)
    return recounted

"""Where the article's text is, found by text density and structure, in one pass over the page.

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

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import (
    BLOCK_TAGS,
    HEADING_TAGS,
    SKIP_TAGS,
    Element,
    contains,
    is_headline_link,
    lines_of,
    text_content,
)
from newscrawl.pages.selection import Selection

_BOX_TAGS = ("ul", "ol", "div", "section", "aside", "table", "nav", "tr", "td")
_MIN_PARAGRAPH_CHARS = 25
_DIGIT = re.compile(r"\d")
# Own text worth keeping for the readers of headings, labels and headlines (raw length, which
# decomposed text makes longer than it reads).
_MIN_OWN_TEXT = 3
_MAX_OWN_TEXT = 800
_MIN_ARTICLE_CHARS = 80
_MAX_MASTHEAD_CHARS = 1500
_INLINE_ICONS = frozenset({"img", "i", "svg"})  # a picture or an icon font's glyph
_HEADLINE_ABOVE = etree.XPath("preceding::h1[1]")
# A split article's other part: this share of the text found, within this many levels up.
_MIN_PART_SHARE = 0.2
_PART_LEVELS = 2
_BUILDER_PART_LEVELS = 10
_BUILDER_CLASSES = 3
_MAX_LINK_SHARE = 0.5
# A headline that links to another article: what a teaser in a list of articles starts with.
_TEASER_CHILDREN = 8
# Readers' comments, the page's footer and a consent banner (cookies, the personal data notice
# of Decree 13/2023), however much text they hold (not `commentary`, an article genre).
_NOT_THE_ARTICLE = re.compile(
    r"(?<![a-z])(?:comment(?:s|list|box|area)?|binh-?luan|disqus|footer|foot|chan-?trang|"
    r"copyright|cookies?|cookie-?\w+|consent\w*|gdpr|pdp-?notice|privacy-?notice)(?![a-z])"
)
_NOT_THE_ARTICLE_ROLES = ("contentinfo", "dialog", "alertdialog")  # the page's footer, popups
_PAGE_TAGS = frozenset({"html", "body"})


@dataclass(slots=True)
class TextStats:
    """What one pass over the page learns: text and link totals per element (subtree),
    paragraph scores per container, and the text nodes the other readers look at."""

    # Per block: [text chars, link text chars, <br> count] of the text it owns directly.
    own: dict[Element, list[int]] = field(default_factory=dict)
    score: dict[Element, float] = field(default_factory=dict)
    # Elements owning text with a digit (dates, counters), in page order.
    digit_owners: list[Element] = field(default_factory=list)
    # (element, its own leading text) outside links: headings, labels, headline candidates.
    own_texts: list[tuple[Element, str]] = field(default_factory=list)
    # Useful text credited to each holder itself (not the halves passed up), and the holders
    # found to be teasers: what tells the parts of a split article from other boxes.
    credit: dict[Element, float] = field(default_factory=dict)
    teasers: dict[Element, bool] = field(default_factory=dict)
    # Elements whose paragraphs credit no holder: readers' comments, the footer, dialogs.
    elsewhere: set[Element] = field(default_factory=set)

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
            if totals[el][2] >= 2 and totals[el][1] >= 0.8 * max(totals[el][0], 1)
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
        tail = el.tail
        if tail:
            n = len(tail.strip())
            holder[0] += n
            if parent in linked:
                holder[1] += n
            elif _MIN_OWN_TEXT <= n <= _MAX_OWN_TEXT and el.tag in _INLINE_ICONS:
                # A label after an icon (`<img src=arrow.gif> Các tin khác`) is its box's own.
                stats.own_texts.append((parent, tail))
            if _DIGIT.search(tail):
                digits[parent] = None
    stats.digit_owners = list(digits)
    stats.own = own
    stats.elsewhere = {el for box in elsewhere for el in box.iter()}
    _scores(stats)
    return stats


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


@dataclass(frozen=True, slots=True)
class Text:
    """Where the article's text is: the element holding it all, and its parts (the element
    holding most of it, and any like box holding the rest) in page order."""

    root: Element
    parts: list[Element]


def article_text(stats: TextStats, headline: Element | None = None) -> Text | None:
    """The article's text: the densest block, unless it stands under another article's
    headline (a site that appends the next article below this one), then the densest block
    under this page's headline."""
    if not stats.score:
        return None
    best = max(stats.score, key=stats.score.__getitem__)
    if headline is not None and headline.tag == "h1" and under_another_headline(best, headline):
        ranked = sorted(stats.score, key=stats.score.__getitem__, reverse=True)
        best = next((b for b in ranked if not under_another_headline(b, headline)), best)
    if stats.score[best] < _MIN_ARTICLE_CHARS:
        return None
    return _with_other_parts(best, stats)


def without_masthead(stats: TextStats) -> TextStats:
    """The counts with the site's masthead set aside when it is the densest block: a box of
    owner, editor, licence and contact lines (`vn.reads_as_masthead`), which wins over a short
    article when its markup does not say it is the footer. Its paragraphs then credit nothing,
    as a footer's do, and lend no weight to the page's wrapper either. (A masthead is short: a
    page whose densest block holds more text is not asked.)"""
    if not stats.score:
        return stats
    densest = max(stats.score, key=stats.score.__getitem__)
    if stats.score[densest] > _MAX_MASTHEAD_CHARS or not _masthead(densest):
        return stats
    recounted = TextStats(
        own=stats.own,
        digit_owners=stats.digit_owners,
        own_texts=stats.own_texts,
        elsewhere=stats.elsewhere | set(densest.iter()),
    )
    _scores(recounted)
    return recounted


def _masthead(block: Element) -> bool:
    if next(block.iter("h1"), None) is not None:
        return False  # a box around a headline is the article's or the page's
    # The words first, from the text as it is; its lines only for the few boxes that have them.
    return vn.may_be_masthead(text_content(block)) and vn.reads_as_masthead(lines_of(block))


def under_another_headline(block: Element, headline: Element) -> bool:
    """Is the nearest `h1` above `block`, or one inside it, another article's? (Ask only when
    the headline is an `h1` and the page has another.)"""
    inside = [h for h in block.iter("h1") if h is not headline]
    if inside:
        return True
    above = _HEADLINE_ABOVE(block)
    return isinstance(above, list) and bool(above) and above[0] is not headline


def _with_other_parts(best: Element, stats: TextStats) -> Text:
    """An article split into boxes: text cells above and below a picture's row in a legacy
    table, text before and after an inline ad. Its other parts are near (a level or two up),
    hold paragraphs of their own, are no teasers, and are boxes like `best`; without them the
    text is `best` alone (its larger part, where the count would stop)."""
    mass = sum(c for holder, c in stats.credit.items() if contains(best, holder))
    root, parts = best, [best]
    up = best
    for _ in range(_part_levels(best)):
        parent = up.getparent()
        if parent is None or parent.tag in _PAGE_TAGS:
            break
        up = parent
        twins = [
            holder
            for holder, c in stats.credit.items()
            if c >= _MIN_PART_SHARE * mass
            and not stats.teasers.get(holder)
            and _twin(holder, best, up)
        ]
        if twins:
            root = up
            parts.extend(twins)
    return Text(root, parts)


def _part_levels(best: Element) -> int:
    """How far up the other parts may be: a level or two, or as deep as a page builder nests
    its rows (Google Sites, Elementor) when the box bears the builder's long list of classes,
    which every text box of the page repeats."""
    classes = best.get("class") or ""
    return _BUILDER_PART_LEVELS if len(classes.split()) >= _BUILDER_CLASSES else _PART_LEVELS


def _twin(other: Element, best: Element, up: Element) -> bool:
    """Is `other` a box like `best` (tag and class), reached from `up` the same way? A split
    article's parts are alike; a sidebar or the box around the standfirst is not."""
    if other is best or other.tag != best.tag or other.get("class") != best.get("class"):
        return False
    a, b = other.getparent(), best.getparent()
    branch_a, branch_b = other, best
    while a is not None and b is not None and a is not up and b is not up:
        if a is b or a.tag != b.tag:  # met below `up`: a twin found a level lower
            return False
        branch_a, branch_b = a, b
        a, b = a.getparent(), b.getparent()
    # Two boxes each under a headline of its own are two articles, not one split in two.
    return a is up and b is up and not (_headed(branch_a) and _headed(branch_b))


def _headed(box: Element) -> bool:
    return next(box.iter("h1"), None) is not None


def not_the_article(selection: Selection) -> list[Element]:
    """Boxes whose text is never the article, however much of it they hold: readers' comments,
    the page's footer (a short article above a long discussion is still the article) and
    dialogs (a consent notice), by their names, their tags or their ARIA roles (which stay
    where class names are hashes)."""
    marked = selection.marked(_NOT_THE_ARTICLE)
    boxes = [el for el in marked if el.tag not in _PAGE_TAGS]  # `<body class="has-footer">`
    boxes += selection.with_role(*_NOT_THE_ARTICLE_ROLES)
    return boxes + list(selection.root.iter("footer", "dialog"))

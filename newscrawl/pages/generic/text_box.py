"""Where the article's text is, from the page's text counts (`region`): the densest block,
unless it stands under another article's headline, with the other parts of an article split
into like boxes (text cells around a picture's row, text boxes around an inline banner, a page
builder's rows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.dom import IMAGE_TAGS, WRAPPER_TAGS, Element
from newscrawl.pages.generic.box_headings import (
    box_title,
    repeats_the_headline,
    under_a_box_title,
    under_a_related_title,
)
from newscrawl.pages.generic.region import PAGE_TAGS, TextStats
from newscrawl.pages.generic.teasers import presents_another_article
from newscrawl.pages.positions import ancestors_and_self, common_ancestor, contains, same_kind
from newscrawl.pages.tables import data_rows

_MIN_ARTICLE_CHARS = 80
_HEADLINES_ABOVE = etree.XPath("preceding::h1")  # (in page order)
# A split article's other part: this share of the text found, within this many levels up.
_MIN_PART_SHARE = 0.2
_PART_LEVELS = 3
_BUILDER_PART_LEVELS = 10
_BUILDER_CLASSES = 3
_BUILDER_CLASS_LEVELS = 3  # the box and the wrappers of its column
_PICTURE_TABLE_ROWS = 2
_NESTED_TABLES = 2
_ENTRY_BODY = re.compile(r"(?<![a-z])(?:asset|entry)-body(?![a-z])")
_ENTRY_MORE = re.compile(r"(?<![a-z])(?:asset|entry)-more(?![a-z])")
_GRID_COLUMN = re.compile(r"col(?:-(?:xs|sm|md|lg|xl))?-\d{1,2}")


@dataclass(frozen=True, slots=True)
class Text:
    """Where the article's text is: the element holding it all, and its parts (the element
    holding most of it, and any like box holding the rest) in page order."""

    root: Element
    parts: list[Element]


def article_text(
    stats: TextStats, headline: Element | None = None, own_headline: Element | None = None
) -> Text | None:
    """The article's text: the densest block, unless it stands under another article's
    headline (a site that appends the next article below this one), then the densest block
    under this page's headline. (`headline`: given where the page holds another `h1`;
    `own_headline`: the heading the document title names, which a box may link to the article
    itself without presenting another.)"""
    best = stats.densest()
    if best is None:
        return None
    if headline is not None and headline.tag == "h1" and under_another_headline(best, headline):
        best = next((b for b in _ranked(stats) if not under_another_headline(b, headline)), best)
    if own_headline is not None:
        best = _past_titled_boxes(best, stats, own_headline)
    opens_with_own = own_headline is not None and contains(best, own_headline)
    if not opens_with_own and presents_another_article(best):
        # A list's item: its summary is another article's (a video page's only text may be
        # that of the "Video khác" teasers below its player).
        best = next((b for b in _ranked(stats) if not presents_another_article(b)), None)
    if best is None or stats.score[best] < _MIN_ARTICLE_CHARS:
        return None
    best = _holding_its_picture(_holding_its_list_or_table(best, stats))
    return _extended_entry(best) or _with_other_parts(best, stats)


def _extended_entry(best: Element) -> Text | None:
    """Movable Type's post: its opening in `div.asset-body` (`entry-body`), the rest after the
    reader's "more" in `div.asset-more` beside it, whichever holds more words."""
    names = best.get("class") or ""
    pair: tuple[Element | None, Element | None] = (None, None)
    if _ENTRY_MORE.search(names):
        pair = (best.getprevious(), best)
    elif _ENTRY_BODY.search(names):
        pair = (best, best.getnext())
    opening, more = pair
    parent = best.getparent()
    if opening is None or more is None or parent is None:
        return None
    if not _ENTRY_BODY.search(opening.get("class") or ""):
        return None
    return Text(parent, [opening, more]) if _ENTRY_MORE.search(more.get("class") or "") else None


def _holding_its_picture(best: Element) -> Element:
    """The box around a picture's table when the densest block is its caption's row or cell
    (a photo post whose only words are its picture's caption, Blogger's `td.tr-caption`): the
    caption is the picture's, read with it."""
    if best.tag not in ("tr", "td"):
        return best
    table = next(best.iterancestors("table"), None)
    box = table.getparent() if table is not None else None
    if table is None or box is None or next(best.iter(*IMAGE_TAGS), None) is not None:
        return best
    # (A picture's table: its picture's row and its caption's; a layout's table holds more.)
    if sum(1 for _ in islice(table.iter("tr"), _PICTURE_TABLE_ROWS + 1)) > _PICTURE_TABLE_ROWS:
        return best
    return box if next(table.iter(*IMAGE_TAGS), None) is not None else best


def _past_titled_boxes(best: Element, stats: TextStats, headline: Element) -> Element:
    """The densest block, unless it stands in a box under a title of its own: a related list
    showing an older post in full (another article's text), a sidebar's letter beside a short
    article (then the text is the densest block in the headline's own column, if any)."""
    title = box_title(best, headline)
    if title is not None and vn.heading_kind(title) == "related":
        related = best
        best = next((b for b in _ranked(stats) if _apart_from(b, related, headline)), best)
        title = box_title(best, headline)
    if title is None or _in_the_headlines_article(best, headline):
        return best  # (in the headline's `<article>`, the title is one of the text's intertitles)
    column = _headline_column(best, headline)
    found = (b for b in _ranked(stats) if _under_the_headline(b, column, stats, headline))
    return next(found, best)


def _apart_from(block: Element, related: Element, headline: Element) -> bool:
    """Is `block` a text outside the related list's box of `related`?"""
    if contains(block, related) or contains(related, block):
        return False
    return not under_a_related_title(block, headline)


def _in_the_headlines_article(block: Element, headline: Element) -> bool:
    """Do the block and the headline stand in one `<article>` (Wagtail's StreamField: the
    header, then the body's blocks, each paragraph block under a heading block of its own)?
    A sidebar's box stands beside the article, a related list's post in an article of its own."""
    return any(el.tag == "article" for el in ancestors_and_self(common_ancestor(block, headline)))


def _headline_column(block: Element, headline: Element) -> Element:
    """Where the block and the headline part: the branch holding the headline."""
    meet = common_ancestor(block, headline)
    return next((el for el in ancestors_and_self(headline) if el.getparent() is meet), meet)


def _under_the_headline(
    block: Element, column: Element, stats: TextStats, headline: Element
) -> bool:
    """Is `block` a text in the headline's column, under no box's title?"""
    if stats.score[block] < _MIN_ARTICLE_CHARS or not contains(column, block):
        return False
    return not presents_another_article(block) and not under_a_box_title(block, headline)


def _holding_its_list_or_table(best: Element, stats: TextStats) -> Element:
    """A table of data is part of a text (a week's schedule under its line of introduction),
    never the text's box, however many of the page's words it holds: the box around it. So is
    a list under paragraphs of its box's own (a bulletin's stories under `… có những nội dung
    chính sau:`)."""
    parent = best.getparent()
    if parent is None or parent.tag in PAGE_TAGS:
        return best
    if best.tag in ("ul", "ol"):
        return parent if stats.credit.get(parent) else best
    return parent if best.tag == "table" and data_rows(best) is not None else best


def _ranked(stats: TextStats) -> list[Element]:
    return sorted(stats.score, key=stats.score.__getitem__, reverse=True)


def under_another_headline(block: Element, headline: Element) -> bool:
    """Is the nearest `h1` above `block`, or one inside it, another article's? (Ask only when
    the headline is an `h1` and the page has another.)"""
    inside = [
        h
        for h in block.iter("h1")
        if h is not headline and not _among_paragraphs(h) and not repeats_the_headline(h, headline)
    ]
    if inside:
        return True
    if contains(block, headline):
        return False  # (an `h1` above this article's own, a clipping's note title, heads none)
    above = [h for h in cast(list[Element], _HEADLINES_ABOVE(block)) if not _among_paragraphs(h)]
    return bool(above) and above[-1] is not headline


def _among_paragraphs(heading: Element) -> bool:
    """Is the `h1` set right after a paragraph of its box (a `<p>`, or a `<div>` holding text
    of its own): a subheading in the text's flow (Medium's), where an appended article opens
    its own box with its headline?"""
    before = heading.getprevious()
    if before is None or before.tag not in ("p", "div"):
        return False
    return bool((before.text or "").strip()) or (before.tag == "p" and len(before) > 0)


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
        if parent is None or parent.tag in PAGE_TAGS:
            break
        up = parent
        twins = [
            box
            for holder, c in stats.credit.items()
            if c >= _MIN_PART_SHARE * mass
            and not stats.teasers.get(holder)
            and (box := _twin_box(holder, best, up)) is not None
        ]
        if twins:
            root = up
            parts.extend(dict.fromkeys(twins))
    return Text(root, parts)


def _twin_box(holder: Element, best: Element, up: Element) -> Element | None:
    """The box like `best` that is the holder or a wrapper around it alone: a part holding one
    paragraph rendered as a component (`<div class=c><div><div><p>`) is the outermost."""
    box: Element | None = holder
    while box is not None:
        if _twin(box, best, up):
            return box
        parent = box.getparent()
        alone = parent is not None and len(parent) == 1 and parent.tag in WRAPPER_TAGS
        box = parent if alone else None
    return None


def _part_levels(best: Element) -> int:
    """How far up the other parts may be: a level or two, or as deep as a page builder nests
    its rows (Google Sites, Elementor) when the box bears the builder's long list of classes,
    which every text box of the page repeats."""
    # (Avada's text box bears two classes, its column's wrapper two, the column seven. A grid
    # builder's cell, Umbraco's `div.row > div.col-md-12`, says the same with a grid's names.)
    for box in islice(ancestors_and_self(best), _BUILDER_CLASS_LEVELS):
        names = (box.get("class") or "").split()
        if len(names) >= _BUILDER_CLASSES or _grid_cell(box, names):
            return _BUILDER_PART_LEVELS
    return _nested_tables_levels(best) or _PART_LEVELS


def _nested_tables_levels(best: Element) -> int | None:
    """For a cell of a table inside another table's cell, an e-mail's layout, the levels up to
    the column that holds the outer tables: Mailchimp nests each text block in two tables,
    eight levels under the column holding them all (and not the footer's, in a column of its
    own)."""
    if best.tag != "td":
        return None
    levels = islice(enumerate(best.iterancestors(), start=1), _BUILDER_PART_LEVELS)
    tables = [level for level, up in levels if up.tag == "table"]
    return tables[_NESTED_TABLES - 1] + 1 if len(tables) >= _NESTED_TABLES else None


def _grid_cell(box: Element, names: list[str]) -> bool:
    row = box.getparent()
    if row is None or not any(_GRID_COLUMN.fullmatch(name) for name in names):
        return False
    return "row" in (row.get("class") or "").split()


def _twin(other: Element, best: Element, up: Element) -> bool:
    """Is `other` a box like `best` (tag and class), reached from `up` the same way? A split
    article's parts are alike; a sidebar or the box around the standfirst is not."""
    if other is best or not (same_kind(other, best) or _kind_extended(other, best)):
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


def _kind_extended(a: Element, b: Element) -> bool:
    """Boxes of one kind, one with a modifier besides (`article-content` and `article-content
    article-content--more`, `… clearfix`): every class of the one is the other's; or the same
    text in two languages, each box naming its own (`wp-block-column lang-en`, `lang="en"`)."""
    first, second = (a.get("class") or "").split(), (b.get("class") or "").split()
    if a.tag != b.tag or not first or not second:
        return False
    if set(first) <= set(second) or set(second) <= set(first):
        return True
    languages = {(a.get("lang") or "").lower(), (b.get("lang") or "").lower()}
    if len(languages) != 2 or "" in languages:
        return False
    return _without_languages(first, languages) == _without_languages(second, languages)


def _without_languages(classes: list[str], languages: set[str]) -> list[str]:
    return [c for c in classes if not any(code in c.lower().split("-") for code in languages)]


def _headed(box: Element) -> bool:
    return next(box.iter("h1"), None) is not None

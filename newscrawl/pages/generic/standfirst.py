"""The standfirst outside the text box: a box the template names as one (`sapo`, `summary`,
... or microdata's `description`) standing just after the headline and above the text, or, where
no name tells (hashed class names), a paragraph set apart right above the text box.

A teaser's summary in a list, a box around the whole text and a summary after the text bear the
same names; where a box stands tells them apart.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from itertools import chain, islice, takewhile
from typing import Any, cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.blocks import BlockWalker, TextBlock
from newscrawl.pages.content import MIN_PHOTO_STORY_PICTURES, reads_as_standfirst
from newscrawl.pages.dom import (
    BLOCK_TAGS,
    HEADING_TAGS,
    IMAGE_TAGS,
    Element,
    class_id,
    select,
    short_text,
    text_content,
    text_of,
)
from newscrawl.pages.figures import images_in, too_small
from newscrawl.pages.generic import credits
from newscrawl.pages.generic.deck import (
    MIN_DECK_WORDS,
    deck_under,
    emphasis_over_a_line,
    subtitle_heading,
)
from newscrawl.pages.generic.hidden import hidden_itself
from newscrawl.pages.generic.teasers import in_teaser
from newscrawl.pages.metadata import Metadata
from newscrawl.pages.positions import (
    DocumentOrder,
    ancestors_and_self,
    contains,
    tree_distance,
)
from newscrawl.pages.selection import Selection
from newscrawl.pages.styles import AUTHOR_CLASS

# (`lead-image`, `intro-media`: the lead's picture, no standfirst.)
_LEAD_CLASS = re.compile(
    r"sapo|summary|description|excerpt|tomtat|tom-tat|chap+eau|trich-?dan|sub-?title|abstract|hometext|"
    r"stand-?first|"
    r"(?<![a-z])(?:lead|intro)(?![a-z]|-(?:media|image|img|photo|picture|thumb))|introtext"
)
_SUBTITLE = re.compile(r"sub-?title")
_AUTHOR_CARD_LEVELS = 4  # (the tagline, its card's info box, the card, the card's box)
# Microdata's summary of a `NewsArticle` (a `<meta>` carries it out of sight: no standfirst).
_DESCRIBED = "[itemprop=description]:not(meta)"
# Items whose `description` is their own: media, people, places, products.
_OTHER_ITEM = re.compile(r"(?:Image|Video|Audio|Media)Object|Person|Organization|Place|Product")
_MICRODATA_LEVELS = 4  # the headline and the boxes around it that may be the `NewsArticle`
_NAMED_LEVELS = 4  # a field, its items' box, its item and the text inside: Drupal's
_MAX_LEAD_CHARS = 1500
_MIN_LEAD_CHARS = 40
_MAX_LEAD_DISTANCE = credits.MAX_HEADER_DISTANCE
# How far up from the text's first part a standfirst may stand beside one of its wrappers.
_ABOVE_LEVELS = 5
_OUTSIDE_CONTROLS = etree.XPath(
    ".//text()[not(ancestor::a or ancestor::button or ancestor::select or ancestor::audio"
    " or ancestor::video or ancestor::label)]"
)
_MIN_PROSE_CHARS = 80  # a standfirst is a sentence or more (`content.reads_as_standfirst`)
_OWN_TEXT = etree.XPath("text()")
_MAX_LABEL_WORDS = 3


def marked_boxes(
    selection: Selection, meta: Metadata, anchor: Element | None, body: Element
) -> list[Element]:
    """The boxes named as a summary, in page order; microdata's shown `description` joins them
    on pages that use microdata (the whole tree is searched for it on those pages only)."""
    marked = [el for el in selection.marked(_LEAD_CLASS) if not _the_authors(el)]
    described = select(body, _DESCRIBED) if _microdata(meta, anchor) else []
    described = [el for el in described if _describes_the_article(el) and not hidden_itself(el)]
    if not described:
        return marked
    return sorted({*marked, *described}, key=selection.order.position)


def _the_authors(box: Element) -> bool:
    """Is the box named so part of the author's details (Docusaurus's `avatar__intro` marked as
    the microdata's `author`; LinkedIn's `base-main-card__subtitle`, the author's tagline, in
    `div.publisher-author-card`)?"""
    for el in islice(ancestors_and_self(box), _AUTHOR_CARD_LEVELS):
        if el.get("itemprop") == "author" or AUTHOR_CLASS.search(class_id(el)):
            return True
    return False


def gallerys_standfirst(text_box: Element, paragraphs: Sequence[str], pictures: int) -> str | None:
    """A photo story's one paragraph over its gallery, in a box named a standfirst that the
    text's box found by density lies in (Drupal's `field-name-field-sapo` around its
    `field-items` around its `field-item`): the story's standfirst, and no text of its own."""
    if len(paragraphs) != 1 or pictures < MIN_PHOTO_STORY_PICTURES:
        return None
    named = islice(chain((text_box,), text_box.iterancestors()), _NAMED_LEVELS)
    return paragraphs[0] if any(_LEAD_CLASS.search(class_id(el)) for el in named) else None


def standfirst(
    marked: list[Element],
    anchor: Element | None,
    content: Element | None,
    order: DocumentOrder,
) -> Element | None:
    """The first marked box that stands between the headline (`anchor`) and the text
    (`content`), near the headline, and reads as a standfirst; one named a subtitle only
    after the others (a deck under the headline, the sapo under the lead picture)."""
    for el in sorted(marked, key=_named_a_subtitle_only):
        if anchor is not None and (
            order.before(el, anchor) or tree_distance(el, anchor) > _MAX_LEAD_DISTANCE
        ):
            continue
        if content is not None and (contains(el, content) or _after(content, el, order)):
            continue  # a box around the text, or a teaser's summary after it
        if content is not None and _text_begun(content, el):
            continue  # a box named so in the text's midst (TablePress's table description)
        text = short_text(el, _MAX_LEAD_CHARS)
        if text and len(text) >= _MIN_LEAD_CHARS and not in_teaser(el, content):
            return el
    return None


# The last sentence before an element, in reading order: words enough (a line of the header
# is shorter; an address kept for microdata has no spaces).
_PROSE_BEFORE = etree.XPath(
    "preceding::text()[string-length(normalize-space(translate(., ' ', ''))) + "
    f"{MIN_DECK_WORDS} <= string-length(normalize-space())]"
    f"[string-length(normalize-space()) >= {_MIN_PROSE_CHARS}][1]"
)


def _text_begun(content: Element, box: Element) -> bool:
    """Is the box inside the text box, after a sentence of the text?"""
    if not contains(content, box):
        return False
    words = cast(list[Any], _PROSE_BEFORE(box))
    return bool(words) and contains(content, words[0].getparent())


def _named_a_subtitle_only(box: Element) -> bool:
    name = class_id(box)
    return _SUBTITLE.search(name) is not None and not _LEAD_CLASS.search(_SUBTITLE.sub("", name))


def set_above(first_part: Element, anchor: Element, order: DocumentOrder) -> Element | None:
    """The paragraph right above the text box, in a box of its own, below the headline
    (pictures, their captions and the header's short lines between them aside), when it reads
    as a standfirst: a sentence or more. Where class names say nothing (hashes), its place is what
    tells a standfirst; left out of both, its words would be lost."""
    node = first_part
    for _ in range(_ABOVE_LEVELS):
        above = _prose_above(node, anchor)
        if above is not None:
            if contains(above, anchor):  # the header's box: the prose right after the headline
                above = next((el for el in _between(anchor, first_part) if _prose(el)), None)
                if above is None:
                    return deck_under(anchor, first_part)
            if not order.before(anchor, above):
                return None
            if _reads_as_standfirst(above, first_part):
                return above
            if (summary := emphasis_over_a_line(above, _MIN_PROSE_CHARS)) is not None:
                return summary
            return subtitle_heading(anchor, above)
        parent = node.getparent()
        if parent is None or contains(parent, anchor):
            return None
        node = parent
    return None


def _between(anchor: Element, first_part: Element) -> Iterator[Element]:
    """The headline's next siblings up to the text (those of the wrappers holding it alone: a
    builder's spacing box, Webflow's `margin-bottom`): a one-paragraph brief's box beside the
    headline is its text, no standfirst."""
    head = anchor
    while (parent := head.getparent()) is not None and len(parent) == 1:
        if contains(parent, first_part) or (parent.text or "").strip():
            break
        head = parent
    for el in head.itersiblings():
        if contains(el, first_part):
            return
        yield el


def _reads_as_standfirst(box: Element, text: Element) -> bool:
    texts = [b for b in BlockWalker().walk(box) if isinstance(b, TextBlock)]
    first = next((child for child in box if isinstance(child.tag, str)), None)
    if len(texts) == 2 and first is not None and _labels_the_standfirst(first, box):
        texts = texts[1:]  # (an editor's note under its label: `Lời tòa soạn`)
    return (
        len(texts) == 1
        and reads_as_standfirst(texts[0], set_apart=True)
        and not in_teaser(box, text)
    )


def _prose_above(node: Element, anchor: Element) -> Element | None:
    """The nearest box of prose before `node`, or the header's box holding the headline (an
    author's avatar in its meta line is no lead picture); in the lead picture's box, the prose
    before the picture (NukeViet sets its `hometext` and the picture in one box)."""
    for el in node.itersiblings(preceding=True):
        if (isinstance(el.tag, str) and contains(el, anchor)) or _prose(el):
            return el
        if isinstance(el.tag, str) and _pictured(el):
            prose = [child for child in takewhile(_unpictured, el) if _prose(child)]
            if len(prose) == 1:
                return prose[0]
            if _prose_beside_picture(el):
                return el
    return None


def _prose_beside_picture(box: Element) -> bool:
    """A box of one picture and a sentence or more as its own text, no other box (NukeViet 3's
    `hometext`: a thumbnail floated left, the standfirst beside it as a bare text node)."""
    if len(box) > 2 or any(child.tag in BLOCK_TAGS for child in box):
        return False
    own = "".join(cast(list[str], _OWN_TEXT(box)))
    return len(own.strip()) >= _MIN_PROSE_CHARS


def _pictured(el: Element) -> bool:
    return next(el.iter(*IMAGE_TAGS), None) is not None


def _unpictured(el: Element) -> bool:
    return not _pictured(el)


def _prose(el: Element) -> bool:
    """A box of a sentence's length in words of its own, and no picture. Pictures with their
    captions are the lead picture's; shorter boxes are the header's lines, and boxes of links
    and controls its toolbars (`Cỡ chữ: A- A A+`, `In bài`, a voice `<select>`)."""
    if not isinstance(el.tag, str) or _pictured(el):
        return False
    if len(text_content(el).strip()) < _MIN_PROSE_CHARS:
        return False  # (the whole text first: most boxes are told by it)
    own = "".join(cast(list[str], _OUTSIDE_CONTROLS(el)))
    return len(own.strip()) >= _MIN_PROSE_CHARS


def _describes_the_article(el: Element) -> bool:
    """Is the `description` the article's, not that of an item inside it (a picture's
    caption in an `ImageObject`, a person's bio)?"""
    item = next((up for up in ancestors_and_self(el) if up.get("itemscope") is not None), None)
    return item is None or _OTHER_ITEM.search(item.get("itemtype") or "") is None


def _microdata(meta: Metadata, anchor: Element | None) -> bool:
    """Does the page mark its article with microdata: hidden `<meta itemprop>` or `<time
    itemprop>` values, or an `itemprop` or `itemscope` on the headline or around it?"""
    if meta.microdata or anchor is None:
        return meta.microdata
    around = islice(ancestors_and_self(anchor), _MICRODATA_LEVELS)
    return any(el.get("itemprop") is not None or el.get("itemscope") is not None for el in around)


def _after(text: Element, el: Element, order: DocumentOrder) -> bool:
    return order.before(text, el) and not contains(text, el)


def standfirst_text(
    box: Element, lists: list[Element], hidden: Collection[Element] = ()
) -> str | None:
    """The standfirst's words, without the heading that labels its box (`Tóm tắt` over a
    journal's abstract), a keywords line or a related list in it (`lists`: the page's tag and
    related boxes) or a label a style hides (`hidden`: SharePoint's field label), or a picture's
    box in it with the picture's note (NukeViet 3's `div#imghome` inside `div#hometext`: its
    caption)."""
    skipped = {child for child in box if child in hidden or _holds_a_picture(child)}
    skipped.update(child for child in box if any(contains(child, inner) for inner in lists))
    first = next((child for child in box if isinstance(child.tag, str)), None)
    if first is not None and _labels_the_standfirst(first, box):
        skipped.add(first)
    if not skipped:
        return text_of(box)
    parts = [vn.clean_text(box.text or "")]
    for child in box:
        if child not in skipped:
            parts.append(text_of(child) or "")
        parts.append(vn.clean_text(child.tail or ""))  # (the box's own words after a child)
    return " ".join(part for part in parts if part) or None


def _holds_a_picture(child: Element) -> bool:
    """A picture's own box (its note with it), not a paragraph opened by a bullet icon."""
    return any(not too_small(img) for img in images_in(child))


def _labels_the_standfirst(first: Element, box: Element) -> bool:
    """A heading of a few words opening the box, or an element saying a standfirst's label
    (`Tóm tắt`, `Sapo`) before what it labels."""
    labels_something = first.getnext() is not None or bool((first.tail or "").strip())
    if (box.text or "").strip() or not labels_something:
        return False
    words = text_of(first) or ""
    if first.tag in HEADING_TAGS:
        return len(words.split()) <= _MAX_LABEL_WORDS
    return vn.labels_the_standfirst(words)

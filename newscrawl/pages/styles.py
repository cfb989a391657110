"""How a run of text is set, as the page's markup says it: bold, italic, small, centred or
right-aligned, inside a caption's or an author's box. `blocks.BlockWalker` carries these as bit
flags down the tree, one per element, so they must be cheap to compute and combine.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newscrawl.pages.dom import HEADING_TAGS, Element

ITALIC_TAGS = frozenset({"em", "i", "cite"})
BOLD_TAGS = frozenset({"strong", "b"})
SMALL_TAGS = frozenset({"small", "sub", "sup"})
_CENTER = re.compile(r"text-align\s*:\s*center", re.I)
_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)
_SMALL_FONT = re.compile(r"font-size\s*:\s*(?:[0-9](?:\.\d+)?(?:pt|px)|x?-?small|smaller)", re.I)
# Alignment set by a class, as editors write it now: CKEditor 5 (`text-align-right`), Gutenberg
# (`has-text-align-right`), Bootstrap (`text-right`, `text-end`).
_RIGHT_CLASS = re.compile(r"(?<![a-z-])(?:has-)?text-(?:align-)?(?:right|end)(?![a-z-])", re.I)
# (`img-cap`: a mobile template's short name, `p.m-img-cap`; Serendipity's picture's comment,
# `serendipity_imageComment_txt`, not the box around the picture and it.)
_CAPTION_CLASS = re.compile(
    r"caption|desc|chu[-_]?thich|image-?note|img-?note|figcaption|imagecomment_txt"
    r"|(?:img|image|photo|pic)-?cap(?![a-z])",
    re.I,
)
# (`reader-credits`: the byline Firefox's Reader View shows, in the pages it saves.)
AUTHOR_CLASS = re.compile(
    r"(?<![a-z])(?:author|byline|tac-?gia|writer|columnist|reader-credits)(?![a-z])", re.I
)


# How the text being walked is set, as bit flags (a walk creates one per element, so they
# must be cheap): alignment and caption-ness come from blocks, the rest from inline elements.
CENTERED, RIGHT_ALIGNED, CAPTION, ITALIC, BOLD, SMALL, AUTHOR = 1, 2, 4, 8, 16, 32, 64
INLINE_FLAGS = ITALIC | BOLD | SMALL
_NOT_BOLD = re.compile(r"font-weight\s*:\s*(?:normal|lighter|[1-5]00)\b", re.I)
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
_ITALIC = re.compile(r"font-style\s*:\s*(?:italic|oblique)\b", re.I)


def block_style(el: Element, outer: int) -> int:
    """A block's style: alignment and caption-ness inherited, inline flags reset (a heading is
    set in bold, unless its style says otherwise)."""
    style = outer & ~INLINE_FLAGS
    if el.tag in HEADING_TAGS:
        style |= BOLD
    if not el.keys():  # most blocks (`<p>`, `<td>`) have no attribute to look up
        return (style | CENTERED) & ~RIGHT_ALIGNED if el.tag == "center" else style
    css = el.get("style")
    if css and style & BOLD and _NOT_BOLD.search(css):
        style &= ~BOLD
    elif css and "font-" in css:  # (`<p style="font-weight: bold">`: a paragraph set in bold)
        style |= (BOLD if _BOLD.search(css) else 0) | (ITALIC if _ITALIC.search(css) else 0)
    align = el.get("align")
    if (align and align.lower() == "center") or (css and _CENTER.search(css)) or el.tag == "center":
        style = (style | CENTERED) & ~RIGHT_ALIGNED
    elif (align and align.lower() == "right") or (css and _RIGHT.search(css)):
        style |= RIGHT_ALIGNED
    classes = el.get("class")
    if classes:
        style |= _class_flags(classes)
    if el.get("itemprop") == "caption":
        style |= CAPTION
    return style | (SMALL if _small(el) else 0)


@lru_cache(maxsize=4096)
def _class_flags(classes: str) -> int:
    """Caption-ness and author-ness of a class attribute, kept: a template repeats its names."""
    flags = CAPTION if _CAPTION_CLASS.search(classes) else 0
    flags |= RIGHT_ALIGNED if _RIGHT_CLASS.search(classes) else 0
    return flags | (AUTHOR if AUTHOR_CLASS.search(classes) else 0)


def inline_style(el: Element, outer: int) -> int:
    tag = el.tag
    if tag in ITALIC_TAGS:
        outer |= ITALIC
    elif tag in BOLD_TAGS:
        outer |= BOLD
    if tag in SMALL_TAGS:
        outer |= SMALL
    elif el.keys():
        outer |= _styled(el)
    return outer


def _styled(el: Element) -> int:
    """What an inline style sets: a rich-text editor's bold and italic (Wix, Google Docs write
    `<span style="font-weight:700">` for `<strong>`), small type, and a caption's class on the
    line under a picture in its box (`<div><img><span class="img-caption">…</span></div>`), or
    its microdata (AEM's `<span class="cmp-image__title" itemprop="caption">`)."""
    flags = SMALL if _small(el) else 0
    classes = el.get("class")
    if classes:
        flags |= _class_flags(classes) & CAPTION
    if el.get("itemprop") == "caption":
        flags |= CAPTION
    css = el.get("style")
    if css and "font-" in css:
        flags |= BOLD if _BOLD.search(css) else 0
        flags |= ITALIC if _ITALIC.search(css) else 0
    return flags


def _small(el: Element) -> bool:
    css = el.get("style")
    if css and _SMALL_FONT.search(css):
        return True
    return el.tag == "font" and el.get("size") in {"1", "-1", "-2"}


def heads_a_quotation(el: Element) -> bool:
    """Is `el` a `<cite>` naming whom a quotation quotes, opening it (phpBB's `<blockquote><div>
    <cite>Báo Thái Bình đã viết:</cite>Trước đây…`)? The forum's style sets it as a line of its
    own: no words of the quotation's first sentence. A `<cite>` inside a sentence (a book's
    title) stays inline."""
    if el.tag != "cite" or el.getprevious() is not None:
        return False
    box = el.getparent()
    if box is not None and box.tag != "blockquote" and not (box.text or "").strip():
        outer = box.getparent()  # a box holding the whole quotation, the cite first in it
        box = outer if outer is not None and len(outer) == 1 else None
    return box is not None and box.tag == "blockquote" and not (box.text or "").strip()

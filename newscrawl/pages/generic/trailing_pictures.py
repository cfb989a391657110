"""The article's pictures that stand in the box under its text: an e-mail newsletter's
captioned picture in the block under the text, a photo story's captioned gallery.
"""

from __future__ import annotations

from collections.abc import Callable

from newscrawl import vn
from newscrawl.items import RawImage
from newscrawl.pages.binding import bind_captions
from newscrawl.pages.blocks import Block, BlockWalker, ImageBlock
from newscrawl.pages.dom import Element, itertext
from newscrawl.pages.figures import images_in
from newscrawl.pages.signatures import MAX_BYLINE_LINE_CHARS

# Wrappers between a box of the page's layout and the text they hold alone (an e-mail's block
# table, its body, row, cell and inner table: eight levels in Mailchimp's template).
_MAX_WRAPPER_LEVELS = 10


def trailing_pictures(
    text: Element, skip_in: Callable[[Element], set[Element]]
) -> tuple[list[RawImage], Element | None]:
    """The pictures in the box right after the text's own box, when each is captioned: an
    e-mail newsletter sets its lead story's picture in an image block of its own under the text
    block, and its caption in a text block under that; a photo story sets its gallery there,
    each slide captioned. An uncaptioned picture after the text may as well be a banner: none
    is taken unless all are captioned. (`skip_in`: a box's widgets, a gallery's thumbnails.)
    With them, the box holding them, which a signature may follow."""
    pictured = box_after(text)
    if pictured is not None and _counts_the_pictures(pictured):
        pictured = pictured.getnext()  # (Drupal's photo story: `6 ảnh` over its gallery)
    if pictured is None or not images_in(pictured):
        return [], None
    if any(piece.strip() for piece in itertext(pictured)):  # (words: a gallery's captions)
        found = _gallery(pictured, skip_in(pictured))
        return _and_the_next_slides(found, pictured, skip_in) if found else ([], None)
    below = pictured.getnext()
    blocks = BlockWalker().walk(pictured) + (BlockWalker().walk(below) if below is not None else [])
    found = _all_captioned(bind_captions(blocks))
    if found or below is None:
        return found, None
    return _cover_and_gallery(pictured, below, skip_in)


def _and_the_next_slides(
    found: list[RawImage], box: Element, skip_in: Callable[[Element], set[Element]]
) -> tuple[list[RawImage], Element]:
    """The slides of the boxes after the gallery's box, each a gallery too (Squarespace sets
    each picture in an image block of its own), and the last box holding them."""
    found = list(found)
    after = box.getnext()
    while after is not None and images_in(after) and (slides := _gallery(after, skip_in(after))):
        found += slides
        box, after = after, after.getnext()
    return found, box


def _cover_and_gallery(
    cover: Element, below: Element, skip_in: Callable[[Element], set[Element]]
) -> tuple[list[RawImage], Element | None]:
    """A photo story's cover, one picture alone in its box, uncaptioned, over the gallery in
    the next box (Webflow's sections): the cover, then the slides, and the gallery's box."""
    blocks = BlockWalker().walk(cover)
    if len(blocks) != 1 or not isinstance(blocks[0], ImageBlock) or not images_in(below):
        return [], None
    gallery = _gallery(below, skip_in(below))
    return ([RawImage(blocks[0].src), *gallery], below) if gallery else ([], None)


def _counts_the_pictures(box: Element) -> bool:
    """Is the box only how many pictures follow (`<span class="photo-count">6 ảnh</span>`)?"""
    return not images_in(box) and vn.is_picture_count("".join(itertext(box)))


def box_after(text: Element) -> Element | None:
    """The element after the text's own box (past the wrappers holding it alone)."""
    box = text
    for _ in range(_MAX_WRAPPER_LEVELS):
        parent = box.getparent()
        if parent is None or len(parent) != 1:
            break
        box = parent
    return box.getnext()


def _gallery(box: Element, skip: set[Element]) -> list[RawImage]:
    """A gallery's captioned slides, when its words are all their captions (a box of teasers
    has words of its own); a slide's position (`1/6`) opening its caption is no part of it."""
    blocks = bind_captions(BlockWalker(skip).walk(box))
    while blocks and _signs_it(blocks[-1]):  # (the byline's, read after the text's)
        blocks.pop()
    if any(not isinstance(block, ImageBlock) for block in blocks):
        return []
    found = _all_captioned(blocks)
    for index, image in enumerate(found, start=1):
        position = f"{index}/{len(found)}"
        if image.caption and image.caption.replace(" / ", "/").startswith(position + " "):
            image.caption = image.caption.replace(" / ", "/", 1)[len(position) + 1 :]
    return found


def _signs_it(block: Block) -> bool:
    """Is the block a line crediting the gallery (`Ảnh: Trần Khải` closing a Hugo post's
    figures), not a teaser's words?"""
    if isinstance(block, ImageBlock):
        return False
    text = vn.clean_text(block.text)
    return len(text) <= MAX_BYLINE_LINE_CHARS and vn.looks_like_byline(text)


def _all_captioned(blocks: list[Block]) -> list[RawImage]:
    found = [
        RawImage(block.src, vn.clean_text(block.caption) or None, block.credit)
        for block in blocks
        if isinstance(block, ImageBlock) and block.caption
    ]
    images = [block for block in blocks if isinstance(block, ImageBlock)]
    return found if len(found) == len(images) else []

"""Flatten an HTML content element into reading-order blocks: text runs and images.

Editors split paragraphs with `<p>`, `<div>` or `<br><br>`, and put images in tables, figures or
bare `<img>` tags followed by an italic line. This module only flattens; deciding which text is a
caption, a byline or a paragraph is `content.py`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass

from newscrawl import vn
from newscrawl.pages.dom import (
    BLOCK_TAGS,
    BR,
    IMAGE_TAGS,
    SKIP_TAGS,
    Element,
    itertext,
)
from newscrawl.pages.figures import (
    caption_and_credit,
    credit_beside,
    credits_someone,
    distinct_pictures,
    image_src,
    images_in,
    is_button_or_ad,
    scripted_caption,
    too_small,
)
from newscrawl.pages.styles import (
    AUTHOR,
    BOLD,
    CAPTION,
    CENTERED,
    INLINE_FLAGS,
    ITALIC,
    RIGHT_ALIGNED,
    SMALL,
    block_style,
    heads_a_quotation,
    inline_style,
)
from newscrawl.pages.tables import data_rows, item_of_short_boxes
from newscrawl.vn.text import is_single_spaced

# A control's label is a word or two (`Xem thêm`, `Mở tất cả`); an accordion's question is longer.
_MIN_QUESTION_CHARS = 20


@dataclass(slots=True)
class TextBlock:
    text: str
    element: Element
    italic: bool = False
    bold: bool = False
    small: bool = False
    centered: bool = False
    right: bool = False
    caption_class: bool = False
    author_class: bool = False  # in a box marked as the author's
    # The paragraph's lines where a single `<br>` breaks it (a byline: name, then affiliation).
    lines: list[str] | None = None


@dataclass(slots=True)
class ImageBlock:
    src: str
    element: Element
    caption: str | None = None
    credit: str | None = None  # set apart in an element of its own (`caption_and_credit`)


Block = TextBlock | ImageBlock


# Inline text collected until the next block, each piece with the style it was seen in.
_Parts = list[tuple[str, int]]


# A parsel tree (`huge_tree`) nests deeper than the walk may recurse (two frames a level).
_MAX_DEPTH = 300


class BlockWalker:
    """Walks an element tree once, yielding blocks in reading order."""

    def __init__(self, skip: set[Element] | None = None) -> None:
        self._skip = set(skip) if skip else set()  # its own: figures add their captions
        self._out: list[Block] = []

    def walk(self, root: Element) -> list[Block]:
        self._out = []
        self._block(root, 0, 0)
        return self._out

    def _block(self, el: Element, outer: int, depth: int) -> None:
        style = block_style(el, outer)
        if el.tag == "figure" and self._figure(el, outer, depth):
            return
        if el.tag == "li" and not self._skips_in(el) and (line := item_of_short_boxes(el)):
            self._out.append(TextBlock(text=line, element=el))
            return
        text = el.text  # (lxml decodes the text anew on every access)
        parts: _Parts = [(text, style)] if text else []
        self._flush(self._children(el, el, parts, style, depth), el)

    def _skips_in(self, el: Element) -> bool:
        return bool(self._skip) and any(inner in self._skip for inner in el.iterdescendants())

    def _children(
        self, el: Element, block: Element, parts: _Parts, style: int, depth: int
    ) -> _Parts:
        """Walk `el`'s children, collecting inline text for `block`; blocks and images in
        between end the text run (also inside an inline element, as hand-edited HTML has it)."""
        skip = self._skip
        for child in el:
            tag = child.tag
            if depth < _MAX_DEPTH and isinstance(tag, str) and _readable(child, tag):
                if child in skip:
                    pass
                elif (
                    tag in BLOCK_TAGS
                    or tag == "button"  # (an accordion's question)
                    or (tag == "cite" and heads_a_quotation(child))
                ):
                    self._flush(parts, block)
                    parts = []
                    if tag != "table" or not self._data_table(child):
                        self._block(child, style, depth + 1)
                elif tag == "br":
                    parts.append((BR, style))
                elif tag in IMAGE_TAGS:
                    if not too_small(child):  # (an emoticon inside a sentence breaks nothing)
                        self._flush(parts, block)
                        parts = []
                        self._image(child)
                else:
                    inner = inline_style(child, style)
                    text = child.text
                    if text:
                        parts.append((text, inner))
                    parts = self._children(child, block, parts, inner, depth + 1)
            tail = child.tail
            if tail:
                parts.append((tail, style))
        return parts

    def _data_table(self, table: Element) -> bool:
        """A table of data gives a paragraph per row; a layout table is walked as blocks."""
        rows = data_rows(table)
        if rows is None:
            return False
        self._out.extend(TextBlock(text=text, element=row) for row, text in rows)
        return True

    def _image(self, img: Element) -> None:
        src = image_src(img)
        if src and not too_small(img) and not is_button_or_ad(img):
            self._out.append(ImageBlock(src=src, element=img, caption=scripted_caption(img)))

    def _flush(self, parts: _Parts, el: Element) -> None:
        for text, _ in parts:
            if not text.isspace():
                _paragraphs(parts, el, self._out)
                return

    def _caption_first(self, gallery: Element, start: int) -> None:
        """The gallery's own caption bound once, to its first picture; its credit each one's."""
        caption = _own_caption(gallery)
        pictures = [b for b in self._out[start:] if isinstance(b, ImageBlock)]
        if caption is None or not pictures:
            return
        text, credit = caption_and_credit(caption)
        pictures[0].caption, pictures[0].credit = text, credit
        shared = credit or (vn.parse_caption(text).credit if text else None)
        for later in pictures[1:]:
            later.credit = later.credit or shared

    def _credit_each(self, gallery: Element, start: int) -> None:
        """The gallery's own caption credits each of its pictures that credits no one."""
        caption = _own_caption(gallery)
        if caption is None:
            return
        text, credit = caption_and_credit(caption)
        credit = credit or vn.parse_caption(text).credit
        for block in self._out[start:] if credit else ():
            if isinstance(block, ImageBlock) and not block.credit:
                block.credit = None if credits_someone(block.caption) else credit

    def _figure(self, fig: Element, outer: int, depth: int) -> bool:
        """Read a figure of pictures, each bound to its caption (True); a figure of something
        else (a table, a quotation) is left to be read as text, its caption aside (False)."""
        # A gallery: each picture its own figure and caption (in a list, in WordPress's older
        # `blocks-gallery-grid`); the gallery's own caption binds none, but where its pictures
        # have no caption of their own it is theirs, bound once to the first.
        nested = [
            f for f in fig.iterdescendants("figure") if next(f.iterancestors("figure")) is fig
        ]
        if nested:
            start = len(self._out)
            for child in nested:
                self._block(child, outer, depth + 1)
            if not any(next(child.iter("figcaption"), None) is not None for child in nested):
                self._caption_first(fig, start)
            else:
                self._credit_each(fig, start)
            return True
        captions = list(fig.iter("figcaption"))
        if not images_in(fig):
            self._skip.update(captions)  # a table's or a quotation's caption is no paragraph
            return False
        caption, credit = caption_and_credit(captions[0]) if captions else (None, None)
        credit = credit or credit_beside(fig, captions)
        # One figcaption describes the figure: bound once, its credit every picture's.
        shared = credit or (vn.parse_caption(caption).credit if caption else None)
        for img, src in distinct_pictures(images_in(fig)):
            self._out.append(ImageBlock(src, img, caption, credit))
            caption, credit = None, shared
        return True


def _own_caption(gallery: Element) -> Element | None:
    """The gallery's own `figcaption`, not one of its pictures'."""
    return next((c for c in gallery if c.tag == "figcaption"), None)


def _readable(el: Element, tag: str) -> bool:
    """Is the element read for text? Not scripts, players or controls, but the button that
    opens an accordion's answer holds its question (`Câu 4: ...?`), the article's text."""
    if tag not in SKIP_TAGS:
        return True
    return tag == "button" and accordion_question(el)


def accordion_question(button: Element) -> bool:
    toggles = button.get("data-toggle") or button.get("data-bs-toggle")
    if toggles != "collapse" and button.get("aria-expanded") is None:
        return False
    return len("".join(itertext(button)).strip()) >= _MIN_QUESTION_CHARS


# Whitespace, and the characters that show nothing: zero-width space, joiners, word joiner, BOM.
_BLANK = " \t\n\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff"


def _paragraphs(parts: _Parts, el: Element, out: list[Block]) -> None:
    """Split a run on two or more `<br>`; each paragraph takes the style of 90% of its text."""
    if len(parts) == 1:  # a plain `<p>text</p>`
        _paragraph(parts, el, out)
        return
    chunk: _Parts = []
    pending_breaks = 0
    for text, style in parts:
        if text == BR:
            pending_breaks += 1
            continue
        if pending_breaks >= 2 and chunk:
            _paragraph(chunk, el, out)
            chunk = []
        elif pending_breaks == 1:
            chunk.append((BR, style))  # a line break, which the text reads as a space
        if pending_breaks and not text.strip(_BLANK):
            continue  # whitespace between breaks does not end the break run, nor does an
            # invisible character (Weebly writes an empty line as `<br />&#8203;<br />`)
        pending_breaks = 0
        chunk.append((text, style))
    _paragraph(chunk, el, out)


def _paragraph(chunk: _Parts, el: Element, out: list[Block]) -> None:
    # `str.split` treats the `<br>` mark (an information separator) as whitespace too.
    joined = "".join([t for t, _ in chunk])
    text = joined if is_single_spaced(joined) else " ".join(joined.split())
    if not text:
        return
    lines = [" ".join(line.split()) for line in joined.split(BR)] if BR in joined else None
    # How much of the text (stripped pieces) is set in each inline style, in one pass.
    total = italic = bold = small = 0
    first = None  # the style of the first words (not of the blank line a template indents by)
    for piece, style in chunk:
        size = len(piece.strip())
        total += size
        if first is None and size:
            first = style
        if style & INLINE_FLAGS:
            italic += size if style & ITALIC else 0
            bold += size if style & BOLD else 0
            small += size if style & SMALL else 0
    most = (total or 1) * 9
    if first is None:
        first = chunk[0][1]
    out.append(
        TextBlock(
            text=text,
            element=el,
            italic=italic * 10 >= most,
            bold=bold * 10 >= most,
            small=small * 10 >= most,
            centered=bool(first & CENTERED),
            right=bool(first & RIGHT_ALIGNED),
            caption_class=bool(first & CAPTION),
            author_class=bool(first & AUTHOR),
            lines=[line for line in lines if line] if lines else None,
        )
    )

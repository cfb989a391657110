"""Read an article's content block: paragraphs, images with their captions, the byline.

Works on any markup: the blocks come from `blocks.BlockWalker`, and the decisions here rest on
what a reader sees (an italic line under a picture is its caption, the short lines closing the
article are its byline: `signatures.py`), not on class names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newscrawl import vn
from newscrawl.items import RawImage
from newscrawl.pages.binding import bind_captions, labels_pictures
from newscrawl.pages.blocks import BlockWalker, ImageBlock, TextBlock
from newscrawl.pages.closing import without_closing_notes, without_page_lines
from newscrawl.pages.documents import without_frame
from newscrawl.pages.dom import HEADING_TAGS, Element, itertext, text_of
from newscrawl.pages.figures import credits_someone, images_in
from newscrawl.pages.players import sums_up_a_video
from newscrawl.pages.positions import common_ancestor, contains, preceding_in, tree_distance
from newscrawl.pages.properties import opening_properties
from newscrawl.pages.quotes import without_pull_quotes
from newscrawl.pages.shortcodes import without_shortcodes
from newscrawl.pages.signatures import (
    block_lines,
    byline_head,
    byline_tail,
    signed_items,
    split_trailing_credit,
)

# An unmarked standfirst is a whole sentence or more, set in bold or opened by the paper's
# dateline; a bold intertitle ("Nhiều chỉ tiêu về đích sớm") or an interview question
# ("PV: ...?") is not one.
_MIN_STANDFIRST_CHARS = 80
_STANDFIRST_ENDINGS = (".", "!", "…", '"', "”", "»")
MIN_PHOTO_STORY_PICTURES = 3  # (one picture beside one bold paragraph: a brief's text)
# An album's pictures lie this many levels at most under the box holding them all (VCCorp's:
# `img < a < div.LayoutAlbumItem < div.LayoutAlbumRow < div`).
_MAX_ALBUM_DEPTH = 5

_MAX_UNBOUND_CAPTION_CHARS = 200  # a sentence or two: a paragraph of text is longer
_MAX_CREDIT_LINE_CHARS = 60  # `Ảnh: Hoàng Mạnh Thắng`
# A poem's verses: three lines or more, each a line's length.
_MIN_VERSE_LINES = 3
_MAX_VERSE_CHARS = 80
_MAX_LIST_ITEM_CHARS = 200
_ITEM_OPENINGS = "0123456789-+•–*"
# A carousel's position (`1 / 5`), left in the text box by a slider whose counter has no name
# the generic layers know.
_POSITION = re.compile(r"\d{1,3} ?/ ?\d{1,3}")


@dataclass(slots=True)
class Content:
    paragraphs: list[str] = field(default_factory=list)
    images: list[RawImage] = field(default_factory=list)
    byline_lines: list[str] = field(default_factory=list)
    # The first paragraph when it reads as a standfirst with no mark (`reads_as_standfirst`), or
    # the only one when it sums up the video above it (`sums_up_a_video`).
    unmarked_lead: str | None = None
    # The only paragraph, reading as a standfirst over no pictures: a photo story's, when its
    # pictures stand in the boxes after the text's (Squarespace's image blocks).
    lone_standfirst: str | None = None
    dateline: str | None = None  # an administrative document's place and date line


def read_content(root: Element, skip: set[Element] | None = None) -> Content:
    blocks = BlockWalker(skip).walk(root)
    blocks = bind_captions(blocks)
    texts: list[TextBlock] = []
    content = Content()
    # Credit lines right under pictures (`Ảnh: …`), and the pictures each credits: the one it
    # follows, or all of a gallery's (those whose captions credit no one)
    credits: dict[int, range] = {}
    pictures: list[ImageBlock] = []  # the pictures since the last text block
    for block in blocks:
        if isinstance(block, ImageBlock):
            caption = vn.clean_text(block.caption) if block.caption else None
            content.images.append(RawImage(block.src, caption or None, block.credit))
            _credit_the_album(content.images, pictures, block)
            pictures.append(block)
            continue
        under_picture, pictures = len(pictures), []
        text = without_shortcodes(vn.clean_text(block.text))
        if not text or not any(c.isalnum() for c in text) or _POSITION.fullmatch(text):
            continue  # an icon, an emoji, a divider (`* * *`), a position: no words
        if vn.is_box_line(text) or vn.names_a_media_file(text) or vn.is_share_line(text):
            continue
        if vn.is_way_back(text):
            continue
        if vn.is_stamp(text) or vn.is_reading_time(text) or vn.is_picture_count(text):
            # (a live report's `11:20`; a photo story's meta line's `6 ảnh`)
            continue
        if vn.is_quote_label(text):
            continue
        if labels_pictures(block.element, text, root) or _unbound_caption(block, text):
            continue
        block.text = _as_shown(block, text)
        texts.append(block)
        if under_picture and _only_a_credit(text):
            credits[id(block)] = range(len(content.images) - under_picture, len(content.images))
    framed = without_frame(texts)
    texts, content.dateline = framed.texts, framed.dateline
    if texts and _labels_the_box(texts[0]):
        texts = texts[1:]
    texts = texts[opening_properties(texts) :]
    head = byline_head(texts)  # (not a picture's credit line: the text may open with one)
    head = next((i for i, block in enumerate(texts[:head]) if id(block) in credits), head)
    content.byline_lines = [line for b in texts[:head] for line in block_lines(b)]
    texts, signed_on = without_page_lines(texts[head:])
    content.dateline = content.dateline or signed_on
    texts, notes = without_closing_notes(texts)
    if framed.signature:  # a document's signature block: its byline, however long
        content.byline_lines += [line for b in framed.signature for line in block_lines(b)]
    elif byline_count := byline_tail(texts, pictured=bool(content.images)):
        texts, signed = texts[:-byline_count], texts[-byline_count:]
        items = signed_items(texts, signed[0])  # (a roundup's items, each signed alike)
        signed = [texts[i] for i in items] + signed
        texts = [block for i, block in enumerate(texts) if i not in items]
        content.byline_lines += [line for b in signed for line in block_lines(b)]
    elif texts:
        content.byline_lines += split_trailing_credit(texts[-1])
    texts += notes
    for block in texts:  # (those the byline took are the article's: a photo story's signature)
        for index in credits.get(id(block), ()):
            _credit_the_picture(content.images, index, block.text)
    texts = [b for b in without_pull_quotes(texts, root) if id(b) not in credits]
    content.paragraphs = vn.without_note_marks([b.text for b in texts])
    if _opens_with_unmarked_lead(texts, len(content.images), root):
        content.unmarked_lead = texts[0].text
    elif len(texts) == 1 and not content.images and reads_as_standfirst(texts[0]):
        content.lone_standfirst = texts[0].text
    return content


def _opens_with_unmarked_lead(texts: list[TextBlock], pictures: int, root: Element) -> bool:
    """Is the first paragraph a standfirst with no mark, or the only one: over a photo story's
    pictures (a standfirst, which are the article), or summing up a video?"""
    if len(texts) > 1 and _question_answered(texts[0].text, texts[1].text):
        return True
    if len(texts) > 1 or (texts and pictures >= MIN_PHOTO_STORY_PICTURES):
        return reads_as_standfirst(texts[0])
    return len(texts) == 1 and not pictures and sums_up_a_video(texts[0], root)


def _question_answered(question: str, answer: str) -> bool:
    """A reader's question under its label, answered in the next paragraph under the answer's
    (`Hỏi: … ?`, then `Trả lời: …` or `Luật sư X trả lời: …`): a Q&A column's standfirst, bold
    or not."""
    return vn.asks_a_question(question) and vn.opens_an_answer(answer)


def _unbound_caption(block: TextBlock, text: str) -> bool:
    """A line of a caption's length that ends in a photo credit, with no picture to bind it to:
    the page paints the picture with CSS (LadiPage's `background-image`; its italics are set in a
    `<style>` block too). A caption is never text, bound or not. The writers' names over the
    photographer's credit, a line each, are the signature."""
    if len(text) > _MAX_UNBOUND_CAPTION_CHARS or not vn.ends_with_photo_credit(text):
        return False
    lines = block_lines(block) if block.lines else []
    return len(lines) < 2 or not vn.looks_like_byline("\n".join(lines[:-1]))


def _credit_the_album(images: list[RawImage], run: list[ImageBlock], last: ImageBlock) -> None:
    """An album's caption holding only a credit (`Ảnh: MINH ĐỨC`), bound to its last picture:
    it credits the album's other pictures as a credit line under them would
    (`_credit_the_picture`)."""
    caption, credit = images[-1].caption, images[-1].credit
    if caption is not None:
        if not _only_a_credit(caption):
            return  # (a picture's own caption: its credit is its own)
        credit = credit or caption
    if credit is None or not run:
        return
    album = common_ancestor(run[0].element, last.element)
    if any(tree_distance(block.element, album) > _MAX_ALBUM_DEPTH for block in (run[0], last)):
        return
    for index in range(len(images) - 1 - len(run), len(images) - 1):
        _credit_the_picture(images, index, credit)


def _credit_the_picture(images: list[RawImage], index: int, credit: str) -> None:
    """A credit line right under a picture whose caption credits no one is that picture's
    (an image table's row of its own, `Ảnh: Quang Huy`, under its caption's)."""
    shown = images[index]
    if shown.credit is None and not credits_someone(shown.caption):
        images[index] = RawImage(shown.url, shown.caption, credit)


def _only_a_credit(text: str) -> bool:
    """`Ảnh: Hoàng Mạnh Thắng`: a photo credit and nothing else (under pictures, theirs; at the
    very end of a photo story, its byline, which is read before this)."""
    if len(text) > _MAX_CREDIT_LINE_CHARS:
        return False
    caption = vn.parse_caption(text)
    return caption.text is None and caption.credit is not None


def _labels_the_box(block: TextBlock) -> bool:
    """A heading of a few words ending in a colon, or naming the box's content, that opens the
    text block (`Nội dung chính:` over a podcast's transcript, `Nội dung bản tin` over a
    bulletin's) labels the box, as a template prints it on every page; the same heading further
    down introduces the article's next part, and stays."""
    return block.element.tag in HEADING_TAGS and vn.labels_a_box(block.text)


def _as_shown(block: TextBlock, text: str) -> str:
    """A paragraph of short lines broken by `<br>` (a poem's verses, a list, an address)
    keeps them as lines; prose that a `<br>` happens to break is one paragraph."""
    if not block.lines or len(block.lines) < _MIN_VERSE_LINES:
        return text
    lines = block_lines(block)
    if len(lines) < _MIN_VERSE_LINES:
        return text
    if all(len(line) <= _MAX_VERSE_CHARS for line in lines) or _labelled_list(lines):
        return "\n".join(lines)
    return text


def _labelled_list(lines: list[str]) -> bool:
    """A label ending in a colon over its items, a line each, each opening as an item does (a
    capital, a digit, a list's mark) and of an item's length: `Danh sách các cụ được mừng thọ:`
    over `Mừng thọ 80 tuổi: cụ bà …`. A sentence broken after its colon goes on in lower case."""
    label, *items = lines
    return label.endswith(":") and all(
        len(item) <= _MAX_LIST_ITEM_CHARS and (item[0].isupper() or item[0] in _ITEM_OPENINGS)
        for item in items
    )


def reads_as_standfirst(block: TextBlock, *, set_apart: bool = False) -> bool:
    """A whole sentence or more, wholly bold or opened by the paper's dateline (`(TTXVN) - `):
    the usual unmarked standfirst. (A paragraph set apart in a box of its own above the text
    needs neither: its place says it.)"""
    text = block.text
    # (A bold question is an interview's; a reader's, heading a Q&A column, is its standfirst.)
    ending = text.endswith(_STANDFIRST_ENDINGS) or (vn.asks_a_question(text))
    return (
        (block.bold or set_apart or vn.opens_with_dateline(text))
        and len(text) >= _MIN_STANDFIRST_CHARS
        and ending
    )


def labels_above(root: Element, headline: Element | None) -> list[Element]:
    """What a text block holds above its headline, but pictures: a kicker, a section label
    (`E-Magazine` on a cover), a breadcrumb; and the short lines of the headline's own
    `<header>`. The text starts under the headline; a featured picture above it is still the
    article's."""
    if headline is None or headline is root or not contains(root, headline):
        return []
    found = [el for el in preceding_in(root, headline) if not images_in(el)]
    # The article's own `<header>` around the headline holds its kicker, dates and author in
    # short lines, below the headline too (Instant Articles); a standfirst there is longer.
    header = next(headline.iterancestors("header"), None)
    if header is not None and header is not root and contains(root, header):
        found += [
            el
            for el in header
            if not contains(el, headline)
            and not images_in(el)
            and len(text_of(el) or "") < _MIN_STANDFIRST_CHARS
        ]
    return found


def is_blank(el: Element) -> bool:
    """No text and no picture: a box left empty (it stops at the first word)."""
    if any(not text.isspace() for text in itertext(el)):
        return False
    return not images_in(el)

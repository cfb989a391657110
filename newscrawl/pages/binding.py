"""Which text captions which picture, read from how the page sets them: the caption element of
a figure or a table cell, the italic, small or centred line right under a picture, a plain line
under it that ends in a photo credit, the caption cell in the same column of a row of pictures,
a card's line under its picture, a short line under the picture's own box in one box with it;
and the short label over a box of such cards, which captions none of them.
"""

from __future__ import annotations

import re

from newscrawl import vn
from newscrawl.pages.blocks import Block, ImageBlock, TextBlock
from newscrawl.pages.dom import BLOCK_TAGS, Element, text_content, text_of
from newscrawl.pages.figures import images_in, too_small
from newscrawl.pages.shortcodes import shortcode_caption

MAX_CAPTION_CHARS = 400
# A label over a box of pictures, and what the box may say besides: a caption to a picture.
_MAX_PICTURES_LABEL_CHARS = 40
_MAX_PICTURE_BOXES = 3
_MAX_CARD_CAPTION_CHARS = 150
_MAX_CARD_NAME_CHARS = 120
_MAX_MOTTO_CELL_CHARS = 60  # (the motto opens its cell, the date line under it)
# A file's name (`IMG_2024.jpeg`) or a picture's pixels and bytes (`1600×1200 245 KB`).
# (Searched at the line's end: a caption ends otherwise, most with a full stop.)
_FILE_INFO = re.compile(
    r"(?:\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?)|\d{2,5} ?[×x] ?\d{2,5}\W+\d+(?:[.,]\d+)? ?[KM]B)$",
    re.IGNORECASE,
)
_FILE_INFO_TAIL = 24  # `1600×1200 245 KB`, `IMG_20241121_083012.jpeg`
# A file's name and its size in brackets, wherever they stand in the line.
_FILE_AND_SIZE = re.compile(r"\.[a-z0-9]{2,5}\s*\(\s*[0-9][0-9.,]*\s*[KMG]i?B\s*\)", re.I)
_MAX_FILE_INFO_CHARS = 120
_MAX_PICTURE_WRAPPERS = 3  # `<div><a><wow-image><img>`: the picture's own boxes
_MIN_CAPTIONS_ABOVE = 3  # (two may be a standfirst's italic line over a picture and its caption)


def bind_captions(blocks: list[Block]) -> list[Block]:
    """Attach to each image the text block that captions it, and drop that text from the flow."""
    out: list[Block] = []
    blocks = _without_file_info(blocks)
    above = _captions_set_above(blocks)
    i = 0
    while i < len(blocks):
        caption, image = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
        if i in above and isinstance(caption, TextBlock) and isinstance(image, ImageBlock):
            image.caption = caption.text  # (the caption, then its picture)
            out.append(image)
            i += 2
            continue
        pairs = _captioned_row(blocks, i)
        if pairs:  # a table row of pictures over a row of their captions, column by column
            for image, text in pairs:
                image.caption = text.text
                out.append(image)
            i += 2 * len(pairs)
            continue
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            isinstance(block, ImageBlock)
            and block.caption is None
            and isinstance(nxt, TextBlock)
            and (_captions(block, nxt) or shortcode_caption(nxt.text))
        ):
            _first_of_row(out, block).caption = shortcode_caption(nxt.text) or nxt.text
            out.append(block)
            i += 2
            continue
        if (
            isinstance(block, TextBlock)
            and isinstance(nxt, ImageBlock)
            and nxt.caption is None
            and _caption_above(block, nxt)
        ):
            nxt.caption = block.text
            out.append(nxt)
            i += 2
            continue
        out.append(block)
        i += 1
    return out


def _without_file_info(blocks: list[Block]) -> list[Block]:
    """The blocks without the line naming a picture's file and size right under it (neither
    caption nor text): the caption may come after it (Discourse's lightbox, then `<em>`), or
    before it (phpBB's attachment: the poster's comment, then `….jpg (286.4 KiB)`)."""
    return [block for i, block in enumerate(blocks) if not _file_info_under(blocks, i)]


def _file_info_under(blocks: list[Block], i: int) -> bool:
    block = blocks[i]
    if i == 0 or not isinstance(block, TextBlock) or not _file_info(block.text):
        return False
    if isinstance(blocks[i - 1], ImageBlock):
        return True
    return i > 1 and isinstance(blocks[i - 2], ImageBlock) and names_a_file(block.text)


def _captions_set_above(blocks: list[Block]) -> set[int]:
    """Where a page sets each caption above its picture (a district portal's photo story): a
    run of three or more caption-styled lines each followed by an uncaptioned picture, the
    last picture with no such line under it. Set under their pictures, the same lines would
    leave the first line before any picture and caption the last one. The run's lines."""
    found: set[int] = set()
    i = 0
    while i < len(blocks):
        end = i
        while end + 1 < len(blocks) and _caption_styled(blocks[end]):
            image = blocks[end + 1]
            if not isinstance(image, ImageBlock) or image.caption is not None:
                break
            end += 2
        after = blocks[end] if end < len(blocks) else None
        if (end - i) // 2 >= _MIN_CAPTIONS_ABOVE and not _caption_styled(after):
            found.update(range(i, end, 2))
        i = max(end, i + 1)
    return found


def _caption_styled(block: Block | None) -> bool:
    return (
        isinstance(block, TextBlock)
        and (block.italic or block.small or block.caption_class)
        and not block.right
        and len(block.text) <= MAX_CAPTION_CHARS
    )


def _first_of_row(before: list[Block], image: ImageBlock) -> ImageBlock:
    """The first of the uncaptioned pictures set side by side with `image` in one paragraph
    (`<p><img><img></p>`): a caption under the row is bound once, to it, as a figure's is."""
    row = image.element.getparent()
    first = image
    for block in reversed(before):
        if not isinstance(block, ImageBlock) or block.caption is not None:
            break
        if block.element.getparent() is not row:
            break
        first = block
    return first


def _caption_above(text: TextBlock, image: ImageBlock) -> bool:
    """A caption set above its picture: a table of two rows, the caption's cell over the
    picture's (some editors put it there; nothing else in the table but a credit's row under
    the picture)."""
    if len(text.text) > MAX_CAPTION_CHARS:
        return False
    below = next(image.element.iterancestors("tr"), None)
    above = (
        next(text.element.iterancestors("tr"), None) if text.element.tag != "tr" else text.element
    )
    if below is None or above is None or above.getnext() is not below:
        return False
    table = below.getparent()
    if table is not None and table.tag in ("tbody", "thead"):
        table = table.getparent()
    rows = list(table.iter("tr")) if table is not None else []
    if len(rows) == 3 and rows[1] is below:
        credit = vn.parse_caption(text_of(rows[2]) or "")  # (`Ảnh: …` alone, set right)
        return credit.text is None and credit.credit is not None
    return len(rows) == 2


def _captioned_row(blocks: list[Block], start: int) -> list[tuple[ImageBlock, TextBlock]]:
    """The pictures standing side by side in one table row from `start`, each with its own
    caption in the row below (the same column); [] unless there are two or more."""
    images: list[ImageBlock] = []
    for index in range(start, len(blocks)):
        block = blocks[index]
        if not isinstance(block, ImageBlock) or block.caption is not None:
            break
        images.append(block)
    if len(images) < 2:
        return []
    texts = blocks[start + len(images) : start + 2 * len(images)]
    cells = [cell for cell in map(_cell, (image.element for image in images)) if cell is not None]
    if len(images) < 2 or len(texts) < len(images) or len(cells) < len(images):
        return []
    if len({cell.getparent() for cell in cells}) != 1:
        return []
    pairs: list[tuple[ImageBlock, TextBlock]] = []
    for image, cell, text in zip(images, cells, texts, strict=True):
        if not isinstance(text, TextBlock) or not _captions(image, text):
            return []
        below = _cell(text.element)
        if below is None or not _same_column(cell, below):
            return []
        pairs.append((image, text))
    return pairs


def _cell(el: Element) -> Element | None:
    """The table cell holding `el`, or `el` itself when it is one (a caption cell's text)."""
    if el.tag in ("td", "th"):
        return el
    return next(el.iterancestors("td", "th"), None)


def _same_column(above: Element, below: Element) -> bool:
    row, under = above.getparent(), below.getparent()
    if row is None or under is None or under is row or row.getparent() is not under.getparent():
        return False
    return row.index(above) == under.index(below)


def _file_info(text: str) -> bool:
    """A line naming a picture's file or its size (Discourse's lightbox: `IMG_2024.jpeg`,
    `1600×1200 245 KB`; phpBB's `con-cham.jpg (245.6 KiB) Đã xem 312 lần`), as a forum prints
    it under an upload."""
    if len(text) > _MAX_FILE_INFO_CHARS:
        return False
    tail = text[-_FILE_INFO_TAIL:].rstrip()
    return _FILE_INFO.search(tail) is not None or names_a_file(text)


def names_a_file(text: str) -> bool:
    """Does the line name a file and its size in brackets (`con-cham.jpg (245.6 KiB)`)?"""
    return _FILE_AND_SIZE.search(text) is not None


def _captions(image: ImageBlock, text: TextBlock) -> bool:
    if len(text.text) > MAX_CAPTION_CHARS or not any(c.isalpha() for c in text.text):
        return False  # (a divider, `➖➖➖` or `* * *`, captions nothing)
    if text.right and not text.caption_class and not vn.ends_with_photo_credit(text.text):
        return False  # set right, as a signature or a poem's dedication is, not under it
    if vn.is_dedication(text.text):
        return False  # a poem's dedication, however it is set (`Kính tặng mẹ`)
    if _beside_the_motto(text):
        return False  # a document's letterhead, in the cell beside the motto
    if text.text.endswith(":") and not text.caption_class:
        return False  # a line opening what follows (`Mời quý thính giả nghe bản tin:`, a player)
    if text.caption_class or text.italic or text.small or vn.ends_with_photo_credit(text.text):
        return True
    if _same_table(image.element, text.element) or _same_card(image, text):
        return True
    if _its_description(image, text):
        return True
    if _line_under_its_box(image, text):
        return True
    # `<p align=center><img><br>caption</p>`: the caption shares the image's paragraph.
    if text.element is image.element.getparent() and text.centered:
        return True
    return text.centered and len(text.text) <= 250


def _beside_the_motto(text: TextBlock) -> bool:
    """Is the line in a table's cell beside the national motto's (Word's frame of two cells:
    the issuing body and the document's number beside `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`)?"""
    line = text.element
    cell = line if line.tag == "td" else next(line.iterancestors("td"), None)
    row = cell.getparent() if cell is not None else None
    if row is None:
        return False
    return any(  # (the row's own cells: a legacy page's text cell may hold a letterhead's table)
        other is not cell and vn.may_be_motto(_opening_line(other)[:_MAX_MOTTO_CELL_CHARS])
        for other in row.iterchildren("td")
    )


def _opening_line(cell: Element) -> str:
    """The cell's first line of words, where the motto stands (not a sidebar's box that names
    the youth union further down: `Tác giả` over `… của Đoàn TNCS Hồ Chí Minh huyện`)."""
    return text_content(cell).strip().split("\n", 1)[0]


def _same_card(image: ImageBlock, text: TextBlock) -> bool:
    """A card: a box holding a picture and, right under it, a short line (a guest's photo over
    their name and title, `<div><img><div>Ông Phạm Văn Hải - ...</div></div>`); in a card that
    holds more (a person's photo, name and quotation), a line of a name's length."""
    picture, line = image.element, text.element
    card = picture.getparent()
    if card is None or line.getparent() is not card or len(card) < 2:
        return False
    if card[0] is not picture or card[1] is not line:
        return False
    if (card.text or "").strip() or (picture.tail or "").strip():
        return False
    return len(card) == 2 or (
        len(text.text) <= _MAX_CARD_NAME_CHARS and not text.text.endswith((".", ":", "!", "?"))
    )


def _its_description(image: ImageBlock, text: TextBlock) -> bool:
    """A definition list's term holding the picture and the description right after it (phpBB's
    attachment: `<dl class="file"><dt><img></dt><dd>caption</dd>`)."""
    term = next(image.element.iterancestors("dt"), None)
    line = text.element
    description = line if line.tag == "dd" else next(line.iterancestors("dd"), None)
    return term is not None and description is not None and term.getnext() is description


def _line_under_its_box(image: ImageBlock, text: TextBlock) -> bool:
    """A box holding the picture's own block first (the picture in wrappers of its own) and,
    under it, a short line of its own text, nothing else: Wix's image viewer and its caption
    (`<div><div><wow-image><img></wow-image></div><span>caption</span></div>`). A picture set
    inline at the start of a paragraph (`<p><img>Text`) is no such box."""
    card, box = text.element, image.element
    for _ in range(_MAX_PICTURE_WRAPPERS):
        parent = box.getparent()
        if parent is None or parent is card:
            break
        if len(parent) != 1 or (parent.text or "").strip():
            return False  # a wrapper holding more than the picture
        box = parent
    if box.getparent() is not card or box.tag not in BLOCK_TAGS or card[0] is not box:
        return False
    if (card.text or "").strip():
        return False
    return len(text.text) <= _MAX_CARD_CAPTION_CHARS and not text.text.endswith(":")


def _same_table(a: Element, b: Element) -> bool:
    """An image table: the picture's cell and its caption's (not the text run on in the
    picture's own cell, as a legacy page floats a picture in its text)."""
    table_a = next((e for e in a.iterancestors() if e.tag == "table"), None)
    if table_a is None or not any(e is table_a for e in b.iterancestors("table")):
        return False
    cell = _cell(a)
    return cell is None or cell is not _cell(b)


def labels_pictures(label: Element, text: str, root: Element) -> bool:
    """Does the line label a box of pictures and their captions (`Khách mời` over the guests'
    photos, each over their name)? It names the box, as a gallery's caption does: no paragraph.
    (An intertitle stands in the text itself, not first in a box of its own.)"""
    if len(text) > _MAX_PICTURES_LABEL_CHARS:
        return False
    box = label.getparent()
    if box is None or box is root or box[0] is not label or (box.text or "").strip():
        return False
    rest = list(label.itersiblings())
    if not rest or len(rest) > _MAX_PICTURE_BOXES:
        return False
    pictures = sum(not too_small(img) for el in rest for img in images_in(el))
    words = sum(len(text_of(el) or "") for el in rest)
    return pictures >= 2 and words <= pictures * _MAX_CARD_CAPTION_CHARS

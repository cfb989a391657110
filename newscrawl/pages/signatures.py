"""Where a text block's byline is: the short credit lines closing it, set above it (print
layouts), after it outside its box (a legacy page's signature cell), or after a single `<br>`
at the end of its last paragraph. `content.read_content` takes them off the text; `vn` reads
them.
"""

from __future__ import annotations

from itertools import pairwise

from newscrawl import vn
from newscrawl.pages.blocks import BlockWalker, ImageBlock, TextBlock
from newscrawl.pages.dom import BLOCK_TAGS, HEADING_TAGS, Element, only_child, tag_of
from newscrawl.pages.targets import to_an_author_page

MAX_BYLINE_LINE_CHARS = 90
MAX_BYLINE_LINES = 3
MAX_CREDIT_LINES = 6  # lines that each name a role (`vn.opens_with_role`)
_MAX_SIGNATURE_CHARS = 40
_MAX_OFFICE_CHARS = 70


def block_lines(block: TextBlock) -> list[str]:
    """The block's lines as shown, cleaned: a `<br>` inside a credit is a line break."""
    if not block.lines:
        return [block.text]
    return [line for line in map(vn.clean_text, block.lines) if line]


def byline_tail(texts: list[TextBlock], *, pictured: bool) -> int:
    """How many of the last text blocks form the byline (0 if none)."""
    tail: list[TextBlock] = []
    for block in reversed(texts):
        # (A line at a time: a `<br>` sets a signature's post under the name.)
        longest = max(map(len, block_lines(block)), default=0)
        if longest > MAX_BYLINE_LINE_CHARS or len(tail) == MAX_CREDIT_LINES:
            break
        tail.insert(0, block)
    # (More than a signature's lines only as credits, one role to a line: an e-magazine's.)
    while len(tail) > MAX_BYLINE_LINES and not all(vn.opens_with_role(b.text) for b in tail):
        tail.pop(0)
    # Keep a paragraph to the article: never take everything as the byline, unless the
    # pictures are the article (a photo story signed `Ảnh: Hoàng Bình` under them), the lines
    # credit an outlet, stand in a box named the author's (a video page's `span.cms-author`),
    # link each name to its author's page or label it the text's (`Thực hiện:`), and read as a
    # credit, not merely as a signature's style.
    whole = len(tail) == len(texts)
    for start in range(len(tail)):
        lines = tail[start:]
        if vn.is_series_note(lines[0].text):
            continue  # (`(Còn nữa)` over the signature: the text's)
        # (A `<br>` inside a signature breaks its lines: the name, then the post.)
        joined = "\n".join(line for b in lines for line in block_lines(b))
        if start == 0 and whole:
            credits = pictured or _credits_an_outlet(joined) or all(b.author_class for b in lines)
            credits = credits or _linked_to_authors(lines) or vn.credits_the_text(joined)
            if credits and vn.looks_like_byline(joined):
                return len(lines)  # (a video's source under its summary: `Theo NTV`)
            continue
        if vn.looks_like_byline(joined) or _styled_as_signature(lines):
            return len(lines)
    return 0


def _linked_to_authors(lines: list[TextBlock]) -> bool:
    """Do the lines link their names, each to its author's page (`Thực hiện: <a
    href="/tac-gia/dieu-am">Diệu Âm</a>`), and to nothing else?"""
    links = [a for block in lines for a in block.element.iter("a")]
    return bool(links) and all(to_an_author_page(a.get("href") or "") for a in links)


def signed_items(texts: list[TextBlock], signature: TextBlock) -> list[int]:
    """A roundup of items each signed as the whole is (`Tin vắn`: a right-aligned name closing
    each item, the next item's title under it, bold or a heading): the indexes of the items'
    signatures. A line set so before a paragraph (a poem's author) is none."""
    if not signature.right:
        return []
    found: list[int] = []
    for i, (block, after) in enumerate(pairwise(texts)):
        if not block.right or after.right or len(block.text) > MAX_BYLINE_LINE_CHARS:
            continue
        opens_an_item = after.bold or after.element.tag in HEADING_TAGS
        if opens_an_item and vn.looks_like_byline("\n".join(block_lines(block))):
            found.append(i)
    return found


def _credits_an_outlet(text: str) -> bool:
    """Does the line credit an outlet and no one (`Theo NTV`, `Nguồn: Báo Thái Bình`)?"""
    byline = vn.parse_byline(text)
    return byline.source is not None and not byline.authors


def signature_after(box: Element, *, named_box: bool = True) -> list[str]:
    """The signature set right after the text box, outside it: a legacy page's right-aligned
    bold name under its text cell; a box named the author's, where `named_box` (as with a box
    beside the headline: when the metadata names no one). Its lines, or [] when the next
    element is anything else."""
    line = box.getnext()
    while line is None and box.tag != "td" and only_child(box):
        if (parent := box.getparent()) is None:
            break
        box, line = parent, parent.getnext()  # (a wrapper holding the text box alone adds nothing)
    if line is None and box.tag == "td":  # a legacy table's next row, a cell of its own
        row = box.getparent()
        below = row.getnext() if row is not None else None
        line = below[0] if below is not None and len(below) == 1 else None
    if line is not None and tag_of(line) == "footer" and not (line.text or "").strip():
        # (The article's own footer opens with the signature, over its tags and share buttons.)
        line = next(line.iterchildren("*"), None)
    if line is None or tag_of(line) not in BLOCK_TAGS:
        return []
    texts: list[TextBlock] = []
    for block in BlockWalker().walk(line):
        if isinstance(block, ImageBlock):
            return []
        block.text = vn.clean_text(block.text)
        if block.text:
            texts.append(block)
    if not texts or len(texts) > MAX_BYLINE_LINES:
        return []
    # (Set apart by its type, or, where `named_box`, by its box's name: Viettel's plain
    # `div.vt-news-author`.)
    if any(
        len(b.text) > MAX_BYLINE_LINE_CHARS
        or not (b.right or b.bold or (named_box and b.author_class))
        for b in texts
    ):
        return []
    if _styled_as_signature(texts) or vn.looks_like_byline("\n".join(b.text for b in texts)):
        return [text for b in texts for text in block_lines(b)]
    return []


def confirmed_writers(lines: list[str], found: list[str], meta_authors: list[str]) -> list[str]:
    """Under a line naming the source only (`Theo Tạp chí …`), the writers in a box marked as
    the author's after the text (`signature_after`'s `lines`: VCCorp's `div.detail__author`),
    when the metadata names them too: their lines, to stand before the source's."""
    if not found or vn.parse_byline("\n".join(found)).source is None:
        return []
    named = {vn.fold(name) for name in meta_authors}
    shown = [vn.fold(name) for name in vn.parse_byline("\n".join(lines)).authors]
    if not shown or any(name not in named for name in shown):
        return []
    return [line for line in lines if line not in found]


def split_trailing_credit(block: TextBlock) -> list[str]:
    """The credit on the last lines of the last paragraph, after a single `<br>` (WordPress
    makes one of a newline), taken off the paragraph; [] when its last lines are no credit."""
    lines = block_lines(block)
    for start in range(max(1, len(lines) - 2), len(lines)):
        tail = lines[start:]
        if all(len(line) <= MAX_BYLINE_LINE_CHARS for line in tail) and vn.looks_like_byline(
            "\n".join(tail)
        ):
            block.text = " ".join(lines[:start])
            return tail
    return []


def byline_head(texts: list[TextBlock]) -> int:
    """How many of the first text blocks are a credit set above the text (0 if none), the way
    print layouts put the author under the standfirst: short lines set apart as a credit (bold,
    right-aligned, in the author's box, or each naming a role) that read as a byline, with text
    after them."""
    count = 0
    for block in texts[: min(MAX_CREDIT_LINES, len(texts) - 1)]:
        if len(block.text) > MAX_BYLINE_LINE_CHARS:
            break
        # An e-magazine's credits (`Nội dung: X`, `Ảnh: Y`, `Trình bày: Z`) say what they are.
        labelled = vn.opens_with_role(block.text)
        if not (labelled or block.bold or block.right or block.author_class):
            break
        if count == MAX_BYLINE_LINES and not labelled:
            break
        count += 1
    for end in range(count, 0, -1):
        if vn.looks_like_byline("\n".join(line for b in texts[:end] for line in block_lines(b))):
            return end
    return 0


def _styled_as_signature(lines: list[TextBlock]) -> bool:
    """Right-aligned short lines without a full stop, bold or naming an office: how the portal
    signs its articles (`Ban Truyền thông Hội CCB xã Vũ Hội`, a block theme's right-aligned
    small type)."""
    first = lines[0]
    if not first.right or first.text.endswith((".", ":", "?", "!")):
        return False
    if len(first.text) > _MAX_OFFICE_CHARS or vn.parse_timestamp(first.text) is not None:
        return False
    # (An office's name runs longer than a person's: `Văn phòng Hội Chữ thập đỏ huyện …`.)
    if vn.parse_byline(first.text).affiliation is not None:
        return True
    return first.bold and len(first.text) <= _MAX_SIGNATURE_CHARS


def names_authors(lines: list[str]) -> bool:
    """Do the byline's lines name an author?"""
    return bool(lines) and bool(vn.parse_byline("\n".join(lines)).authors)


def names_again(line: str, lines: list[str]) -> bool:
    """Is the line one of the lines, or do they name everyone it names (the name marked beside
    the date, signing the text with a co-author or shorter: `Văn Hùng` for `Nguyễn Văn Hùng`)?"""
    if line in lines:
        return True
    named = vn.parse_byline(line).authors
    signed = vn.parse_byline("\n".join(lines)).authors if named else []
    return bool(named) and vn.all_named(named, signed)


def credits_anyone(lines: list[str]) -> bool:
    """Do the byline's lines credit an author or a source (`Nguồn: baothaibinh.com.vn`: a
    repost, which its poster did not write)?"""
    byline = vn.parse_byline("\n".join(lines)) if lines else None
    return byline is not None and bool(byline.authors or byline.source)

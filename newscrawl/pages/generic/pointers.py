"""Lines and boxes inside an article's text that point elsewhere, not its text: a line that is
one link to another article ("see also") or a shop's button (`Mua ngay`), a paper's prompt to
read on in a section, a card presenting another article, a paid link (an ad) with its label,
and the caption of a video player (it names what the player shows)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import cast

from lxml import etree

from newscrawl import vn
from newscrawl.pages.blocks import accordion_question
from newscrawl.pages.dom import (
    BLOCK_TAGS,
    HEADING_TAGS,
    WRAPPER_TAGS,
    Element,
    text_content,
    text_of,
)
from newscrawl.pages.generic.region import TextStats
from newscrawl.pages.links import is_headline_link
from newscrawl.pages.positions import contains
from newscrawl.pages.styles import CAPTION, CENTERED, block_style
from newscrawl.pages.targets import to_a_file
from newscrawl.vn import clean_text

# A see-also line: one link, a title's length.
_MIN_SEE_ALSO_CHARS = 15
_MAX_SEE_ALSO_CHARS = 200
# The label over a see-also link (`» Xem thêm:`), its marks and spaces included.
_MAX_SEE_ALSO_LABEL_CHARS = 20
_BLOCKS = tuple(sorted(BLOCK_TAGS))  # (a tuple, for lxml to filter in C)
# The marks before a paper's prompt under the article (`* Mời bạn đọc …`, `» Mời …`).
_PROMPT_MARKS = " \t\r\n*>»"
# Players in the text, and what marks the line under one as its caption.
_PLAYERS = (
    "iframe", "video", "audio", "embed", "object",
    "amp-youtube", "amp-video", "amp-audio", "amp-iframe",  # (an AMP page's)
)  # fmt: skip
_MAX_PLAYER_CAPTION_CHARS = 200
# (`Player`, `player`; VCCorp's video box, `div[type=VideoStream]`, holds the video's id.)
_NAMED_PLAYERS = etree.XPath(".//*[contains(@class, 'layer') or @data-vid]")
# A card presenting another article: a linked thumbnail, then its linked headline and summary.
_CARD_TAGS = ("div", "aside", "section", "article")
_CARD_HEADING_AT = 3
_MAX_CARD_CHARS = 400


def see_also_lines(root: Element, stats: TextStats) -> list[Element]:
    """Blocks inside the text whose whole text is one link: of a title's length, a line that
    points to another article ("see also"); a shop's call (`Mua ngay`), its button. Neither is
    a paragraph of this article. And a box of such a link under its label (`Xem thêm:`), the
    link holding the other article's thumbnail: neither its title nor its picture is this
    article's."""
    found: list[Element] = []
    for block, (chars, link_chars, _) in _blocks_in(root, stats):
        if not 0 < chars <= _MAX_SEE_ALSO_CHARS or sum(1 for _ in block.iter("a")) != 1:
            continue
        if link_chars == chars:
            if accordion_question(next(block.iter("a"))):
                continue  # (a question that opens its answer, no other article's title)
            if chars >= _MIN_SEE_ALSO_CHARS or vn.is_shop_call(text_of(block) or ""):
                found.append(block)
        elif (
            link_chars
            and chars - link_chars <= _MAX_SEE_ALSO_LABEL_CHARS
            and (_see_also(block) or _download(block))
        ):
            found.append(block)
    return found


def _download(block: Element) -> bool:
    """Is the block a file to download under its label (`Tải về: <a href="….xls">Biểu IIP
    tháng 10</a>`): an attachment, none of the article's words?"""
    link = next(block.iter("a"))
    return to_a_file(link.get("href") or "") and vn.labels_a_download(_label(block, link))


def _see_also(block: Element) -> bool:
    """Is the block a see-also box: its one link holding a picture, or its label in an element
    of its own with nothing after the link (a sentence around a link has neither: `Xem thêm
    <a>bài viết về …</a>.`), its other words a see-also label (`Xem thêm:`, `Tin liên quan:`),
    as `headings` knows them?"""
    link = next(block.iter("a"))
    if next(block.iter("img"), None) is None and not _label_apart(block, link):
        return False
    return vn.is_box_line(_label(block, link))


def _label_apart(block: Element, link: Element) -> bool:
    """`<span>Xem thêm</span><a>…</a>`: the label an element before the link, nothing after."""
    label = link.getprevious()
    return (
        link.getparent() is block
        and label is not None
        and label.tag != "a"
        and not (block.text or "").strip()
        and not (label.tail or "").strip()
        and not (link.tail or "").strip()
        and link.getnext() is None
    )


def _label(block: Element, link: Element) -> str:
    """The block's words but its one link's, cleaned, without a colon: the link's label."""
    return clean_text(text_content(block).replace(text_content(link), "", 1)).strip(" :")


def readers_prompts(root: Element, stats: TextStats) -> list[Element]:
    """Lines inside the text inviting the reader to a section through a link: the paper's own
    line under every article, not the article's words and no credit."""
    return [
        block
        for block, (chars, link_chars, _) in _blocks_in(root, stats)
        if 0 < link_chars < chars <= _MAX_SEE_ALSO_CHARS
        and text_content(block).lstrip(_PROMPT_MARKS)[:1] in ("M", "m")  # (told in C, first)
        and vn.invites_the_reader(text_of(block) or "")
    ]


def _blocks_in(root: Element, stats: TextStats) -> Iterator[tuple[Element, list[int]]]:
    """The blocks under `root` (not `root`) with their text counts, in page order."""
    own = stats.own
    for block in root.iterdescendants(*_BLOCKS):
        counts = own.get(block)
        if counts is not None:
            yield block, counts


def player_captions(root: Element) -> list[Element]:
    """The line right under a video or audio player that captions it: marked as a caption,
    or set apart the way a picture's caption is (centred, or wholly in italics), or alone with
    the player in a box of their own. It names what the player shows; with no picture to hold
    it, it would read as a paragraph."""
    found: list[Element] = []
    for player in [*root.iter(*_PLAYERS), *_players_by_name(root)]:
        # The player, and the boxes around it holding it alone or no words (a poster, a button).
        box = player
        parent = box.getparent()
        while parent is not None and parent is not root and _around(parent):
            box, parent = parent, parent.getparent()
        prompt = _line_before(box, root)
        if prompt is not None and prompt not in found and _invites_to_watch(prompt):
            found.append(prompt)
        after = box.getnext()
        line = _inside_wrappers(after)
        if line is None or line in found:
            continue
        if _player_caption(line, after) or _titles_alone(box, line, root) or _labelled(line):
            found.append(line)
    return found


def _labelled(line: Element) -> bool:
    """The video's title labelled (`Video: Toàn cảnh lễ hội đình làng`), under the player as
    over it."""
    text = text_of(line)
    return text is not None and len(text) <= _MAX_PLAYER_CAPTION_CHARS and vn.labels_a_video(text)


def _line_before(box: Element, root: Element) -> Element | None:
    """The block right before the player's box, inside `root` (its box's, or a box's above)."""
    node: Element | None = box
    while node is not None and node is not root:
        before = node.getprevious()
        if before is not None:
            return _inside_wrappers(before)
        node = node.getparent()
    return None


def _invites_to_watch(line: Element) -> bool:
    """`Mời quý độc giả xem video:` over the player: the paper's words, not the article's."""
    if _labelled(line):
        return True  # the video's title over it (`Video: Hướng dẫn làm đệm lót`)
    text = text_of(line)
    if not text or len(text) > _MAX_PLAYER_CAPTION_CHARS:
        return False
    return vn.invites_to_watch(text)


def _players_by_name(root: Element) -> list[Element]:
    """Players a script fills in, named so (`videoNewsPlayer` holding a still and a play
    button) or holding the video's id (`data-vid`): no frame or video element to tell them yet.
    The outermost of nested ones."""
    found: list[Element] = []
    for el in cast(list[Element], _NAMED_PLAYERS(root)):
        named = "player" in (el.get("class") or "").lower() or el.get("data-vid")
        if named and not any(contains(outer, el) for outer in found):
            found.append(el)
    return found


def _around(box: Element) -> bool:
    alone = len(box) == 1 and not (box.text or "").strip()
    return alone or not text_content(box).strip()


def _titles_alone(player: Element, line: Element, root: Element) -> bool:
    """A player's box holding it and a short line under it, nothing else (VietNamNet's video
    box and its title)."""
    box = line.getparent()
    text = text_of(line)
    return (
        box is not None
        and box is not root
        and len(box) == 2
        and box[0] is player
        and not (box.text or "").strip()
        and text is not None
        and len(text) <= _MAX_PLAYER_CAPTION_CHARS
    )


def _inside_wrappers(el: Element | None) -> Element | None:
    """The block that wrappers adding nothing hold (a component framework renders each line
    in boxes of its own): judged as a line, not as the box around it."""
    while el is not None and el.tag in WRAPPER_TAGS and len(el) == 1 and el[0].tag in BLOCK_TAGS:
        if (el.text or "").strip() or (el[0].tail or "").strip():
            break
        el = el[0]
    return el


def _player_caption(line: Element, box: Element | None) -> bool:
    """Is the line (in its `box`, wrappers adding nothing) set apart as a caption?"""
    text = text_of(line)
    if not text or len(text) > _MAX_PLAYER_CAPTION_CHARS:
        return False
    style = block_style(line, block_style(box, 0) if box is not None and box is not line else 0)
    if line.tag == "figcaption" or style & (CENTERED | CAPTION):
        return True  # set apart as a picture's caption is: centred, or marked as a caption
    italic = next(iter(line), None)
    return (
        len(line) == 1
        and italic is not None
        and italic.tag in ("em", "i")
        and not (line.text or "").strip()
        and text_of(italic) == text
    )


def teaser_cards(root: Element) -> list[Element]:
    """Cards inside the text presenting another article (Znews's `inner-article`): its headline
    linked in a heading among the card's first children, over a sentence of summary at most.
    Neither the summary nor the thumbnail is the article's."""
    return [
        box
        for box in root.iterdescendants(*_CARD_TAGS)
        if _headline_linked(box) and len(text_content(box).strip()) <= _MAX_CARD_CHARS
    ]


def _headline_linked(box: Element) -> bool:
    for child in islice(box, _CARD_HEADING_AT):
        if child.tag in HEADING_TAGS:
            return any(is_headline_link(link) for link in child.iter("a"))
    return False

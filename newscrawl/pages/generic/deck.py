"""A print edition's deck under the headline, a news item's summary over its meta line: the
standfirst where no box is named one."""

from __future__ import annotations

from newscrawl import vn
from newscrawl.pages.blocks import BlockWalker, TextBlock
from newscrawl.pages.dom import HEADING_TAGS, Element, text_content
from newscrawl.pages.positions import contains

MIN_DECK_WORDS = 8  # a deck is a clause, not a label (`Bài và ảnh`, `Ảnh minh họa`)
MIN_DECK_CHARS = 40  # (as a standfirst's)
_EMPHASIS = frozenset({"em", "i", "strong", "b"})
_MAX_META_LINE_CHARS = 120  # (a summary's meta line: who added it, when)


def deck_under(anchor: Element, first_part: Element) -> Element | None:
    """A deck: the one line between the headline and the text box, set in italics or bold (a
    print edition's sub-headline, `Năng suất ước đạt 62 tạ/ha, cao nhất trong 5 năm qua`), a
    clause too short for its length alone to tell it, and no byline, date or link."""
    line = anchor.getnext()
    after = line.getnext() if line is not None else None
    if line is None or after is None or not contains(after, first_part):
        return None
    return line if _reads_as_deck(line) else None


def subtitle_heading(anchor: Element, line: Element) -> Element | None:
    """A deck set as the heading right under the headline (`<h3>` headline, `<h4 class=
    "subheading">` clause), the byline and date line between it and the text."""
    if line is not anchor.getnext() or line.tag not in HEADING_TAGS:
        return None
    return line if _reads_as_deck(line) else None


def _reads_as_deck(line: Element) -> bool:
    blocks = BlockWalker().walk(line)
    if len(blocks) != 1 or not isinstance(blocks[0], TextBlock):
        return False
    deck = blocks[0]
    text = deck.text
    if not (deck.italic or deck.bold) or len(text) < MIN_DECK_CHARS:
        return False
    if len(text.split()) < MIN_DECK_WORDS or next(line.iter("a"), None) is not None:
        return False
    return not vn.looks_like_byline(text) and vn.parse_timestamp_detailed(text).value is None


def emphasis_over_a_line(box: Element, min_chars: int) -> Element | None:
    """The box's opening sentence in italics or bold, over a short line after a `<br>` (Redmine's
    news item: `<p><em>summary</em><br><span class="author">Thêm bởi … cách đây 2 ngày</span>`):
    the summary, its meta line apart."""
    first = box[0] if len(box) and not (box.text or "").strip() else None
    if first is None or first.tag not in _EMPHASIS or (first.tail or "").strip():
        return None
    line_break = first.getnext()
    if line_break is None or line_break.tag != "br":
        return None
    rest = len(text_content(box)) - len(text_content(first))
    if rest > _MAX_META_LINE_CHARS or len(text_content(first).strip()) < min_chars:
        return None
    return first

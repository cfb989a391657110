"""Boxes of the site's own found only once the page's text is counted, and set aside: its
masthead and its readers' comments, where no class name says what they are (a CSS-in-JS site
hashes them all). A short article above a long masthead or a lively discussion is still the
article.

Each is asked only when it matters: when the densest block is, or lies inside, such a box.
"""

from __future__ import annotations

from newscrawl import vn
from newscrawl.pages.dom import Element, lines_of, text_content
from newscrawl.pages.generic.region import TextStats, set_aside
from newscrawl.pages.headings import is_comments_heading
from newscrawl.pages.positions import block_of, contains

# A masthead is short: a page whose densest block holds more text is not asked.
MAX_MASTHEAD_CHARS = 1500
# Climbing from a comments heading alone in its box (`<div class=head><h3>Bình luận</h3></div>`)
# to the level where the comments follow it.
_COMMENTS_CLIMB = 2


def without_masthead(stats: TextStats) -> TextStats:
    """The counts with the site's masthead set aside when it is the densest block: a box of
    owner, editor, licence and contact lines (`vn.reads_as_masthead`), which wins over a short
    article when its markup does not say it is the footer."""
    densest = stats.densest()
    if densest is None or stats.score[densest] > MAX_MASTHEAD_CHARS or not _masthead(densest):
        return stats
    return set_aside(stats, [densest])


def without_comments(stats: TextStats) -> TextStats:
    """The counts with readers' comments set aside when the densest block is among them: what
    follows a line of its own reading `Bình luận (8)` or `Ý kiến bạn đọc`."""
    densest = stats.densest()
    if densest is None:
        return stats
    for owner, text in stats.own_texts:
        if not is_comments_heading(text):
            continue
        comments = _comments_after(owner, text)
        if any(contains(box, densest) for box in comments):
            return set_aside(stats, comments)
    return stats


def _masthead(block: Element) -> bool:
    if next(block.iter("h1"), None) is not None:
        return False  # a box around a headline is the article's or the page's
    # The words first, from the text as it is; its lines only for the few boxes that have them.
    return vn.may_be_masthead(text_content(block)) and vn.reads_as_masthead(lines_of(block))


def _comments_after(owner: Element, text: str) -> list[Element]:
    """The boxes after a comments heading that is a line of its own (not `Bình luận (0)` in a
    date line), climbing from a heading alone in its box; none holds a headline."""
    line = block_of(owner)
    if line is None or " ".join(text_content(line).split()) != " ".join(text.split()):
        return []
    node = line
    for _ in range(_COMMENTS_CLIMB):
        parent = node.getparent()
        if node.getnext() is not None or parent is None:
            break
        node = parent
    return [box for box in node.itersiblings() if next(box.iter("h1"), None) is None]

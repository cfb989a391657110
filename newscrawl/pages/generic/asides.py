"""Boxes of the site's own, whose text is never the article however much of it they hold: set
aside before the page's text is counted when their names, tags or roles say what they are
(`not_the_article`: readers' comments, the footer, dialogs), or once it is counted when nothing
does (a CSS-in-JS site hashes every name): its masthead and its readers' comments. A short
article above a long masthead or a lively discussion is still the article.

The latter are asked only when it matters: when the densest block is, or lies inside, such a
box.
"""

from __future__ import annotations

import re

from newscrawl import vn
from newscrawl.pages.dom import Element, lines_of, text_content
from newscrawl.pages.generic.lines import Line
from newscrawl.pages.generic.region import PAGE_TAGS, TextStats, set_aside
from newscrawl.pages.positions import block_of, common_ancestor, contains
from newscrawl.pages.selection import Selection

# Readers' comments, the page's footer and a consent banner (cookies, the personal data notice
# of Decree 13/2023), however much text they hold (not `commentary`, an article genre; `foot`
# only as a whole name: 24h names every box `cate-24h-foot-…`, its article's too; and not a box
# that says it is none, or has one: Weebly's content is `wsite-not-footer`, Super's (Notion's)
# `notion-root has-footer`; nor a post's own terms, WordPress's and Ghost's `category-binh-luan`,
# `tag-binh-luan`: a section of commentary).
_COMMENTS = r"comment(?:s|list|box|area)?|binh-?luan|disqus"
_PAGE_PARTS = (
    r"footer|chan-?trang|copyright|cookies?|cookie-?\w+|consent\w*|gdpr|pdp-?notice|"
    r"privacy-?notice"
)


def _named(words: str, *, page_parts: bool = True) -> re.Pattern[str]:
    foot = "|^foot$" if page_parts else ""
    return re.compile(
        rf"(?<![a-z])(?<!not-)(?<!non-)(?<!no-)(?<!has-)(?<!with-)(?<!tag-)(?<!category-)"
        rf"(?:{words})(?![a-z]){foot}"
    )


_NOT_THE_ARTICLE = _named(f"{_COMMENTS}|{_PAGE_PARTS}")
_NAMED_COMMENTS = _named(_COMMENTS, page_parts=False)
# In a forum's thread, boxes named comments are its posts (Invision's `comment-18231_wrap`).
_NOT_THE_THREAD = _named(_PAGE_PARTS)
_NOT_THE_ARTICLE_ROLES = ("contentinfo", "dialog", "alertdialog")  # the page's footer, popups
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
        if not vn.is_comments_heading(text):
            continue
        comments = _comments_after(owner, text)
        if any(contains(box, densest) for box in comments):
            return set_aside(stats, comments)
    return stats


def comment_boxes(own_texts: list[tuple[Element, str]]) -> list[tuple[Element, bool]]:
    """The boxes of readers' comments after a line of their own reading `Bình luận (2)`, however
    little text they hold: their times are the readers', never the article's. Each with
    whether the heading counts them (`2 bình luận`; an intertitle may read `Ý kiến`)."""
    return [
        (box, any(c.isdigit() for c in text))
        for owner, text in own_texts
        if vn.is_comments_heading(text)
        for box in _comments_after(owner, text)
    ]


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


def named_comments(selection: Selection, discussion: bool = False) -> list[Element]:
    """Boxes named for readers' comments (WordPress's `ol.commentlist`): their times are the
    readers'. None in a forum's thread, whose posts are named so; nor the page itself, classed
    for its section (`<body class="cate-binh-luan">`: `Bình luận`, a paper's commentary)."""
    if discussion:
        return []
    return [el for el in selection.marked(_NAMED_COMMENTS) if el.tag not in PAGE_TAGS]


def not_the_article(
    selection: Selection, hidden: list[Element], discussion: bool = False
) -> list[Element]:
    """Boxes whose text is never the article, however much of it they hold: readers' comments,
    the page's footer (a short article above a long discussion is still the article), dialogs
    (a consent notice) and the boxes a style hides for good (`hidden`: a copy kept for
    printing), by their names, their tags, their styles or their ARIA roles (which stay where
    class names are hashes). In a forum's thread (`discussion`) a box named a comment is one of
    its posts, counted like any text (the opening post, the longest, is the article)."""
    marked = selection.marked(_NOT_THE_THREAD if discussion else _NOT_THE_ARTICLE)
    boxes = [el for el in marked if el.tag not in PAGE_TAGS]  # `<body class="has-footer">`
    boxes += selection.with_role(*_NOT_THE_ARTICLE_ROLES)
    boxes += hidden
    return boxes + list(selection.root.iter("footer", "dialog"))


def without_site_lines(
    lines: list[Line], stats: TextStats, headline: Element | None, content: Element | None
) -> list[Line]:
    """The lines but those in a box that is never the article (the page's footer, a dialog)
    and outside the box holding the headline and the text: their dates are the site's
    (`Cập nhật lần cuối` in the footer), where a post's own footer (`entry-footer`) dates the
    post."""
    elsewhere = stats.elsewhere
    if not any(line.element in elsewhere for line in lines):
        return lines
    box = content if content is None or headline is None else common_ancestor(headline, content)
    return [line for line in lines if not _site_wide(line.element, elsewhere, box)]


def _site_wide(el: Element, elsewhere: set[Element], article_box: Element | None) -> bool:
    if el not in elsewhere or next(el.iterancestors("article"), None) is not None:
        return False
    return article_box is None or not contains(article_box, el)

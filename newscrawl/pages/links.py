"""Links that head a teaser: a link of a title's length to another page, in words, which no
meta line's section, author or date link is. What tells a teaser's line (a listing's date
beside its headline) from the article header's own, wherever the layers ask."""

from __future__ import annotations

import re

from newscrawl import vn
from newscrawl.pages.dom import Element, rel_values, text_content
from newscrawl.pages.section_labels import labelled_as_category
from newscrawl.pages.targets import (
    to_a_category_page,
    to_a_file,
    to_a_follow_page,
    to_a_share_dialog,
    to_a_tag_page,
    to_an_author_page,
    to_an_editor,
    to_an_outlet_page,
)

# A link of a title's length: the headline a teaser starts with.
_HEADLINE_LINK_CHARS = 15
_HEADLINE_LINK_LETTERS = 10  # `Thứ Năm, 25/10/2024 09:00` has six
_DIGIT = re.compile(r"[0-9]")
_MAX_LABELLED_SECTION_WORDS = 6  # (a section's name after its label: `Thanh niên khởi nghiệp`)

# A link marked as the article's own section (Joomla's `itemprop="genre"`, WordPress's
# `rel="category tag"`) or its author: parts of the meta line, no teaser's headline.
_SECTION_PROPS = frozenset({"genre", "articleSection"})
_CREDIT_RELS = frozenset({"author", "category", "tag"})


def is_headline_link(link: Element) -> bool:
    """A link whose text is as long as a title, to another page (`#respond`, "Leave a comment",
    is a place on this one; an author's page, `Nguyễn Minh Đức`, a person; the article's own
    section), in words: a date linked to its post (WordPress's `posted_on`: `<a
    rel=bookmark><time>25/10/2024</time></a>`) is no title."""
    href = link.get("href")
    if href is None or "#" in href:
        return False  # (an anchor without an address leads nowhere: Instant Articles' byline)
    text = text_content(link).strip()
    if len(text) < _HEADLINE_LINK_CHARS or not _has_letters(text, _HEADLINE_LINK_LETTERS):
        return False  # (most links, told first: the tests below are for those of a title's length)
    if is_meta_link(link, href) or to_a_file(href):
        return False  # (`Tải bài báo (PDF)`: a download; `biến đổi khí hậu`: a keyword's page)
    if to_a_share_dialog(href) or to_a_follow_page(href):
        return False  # a button: `Chia sẻ lên Facebook`, `Theo dõi trên Google News`
    if vn.names_a_site_service(text) or vn.is_way_back(text):
        return False  # the paper's hotline beside its clock, a live channel, a forum's view mode;
        # the page's tools (`Liên kết cố định`, Movable Type's permalink)
    if text.startswith("[") and text.endswith("]"):
        return False  # a legacy page's button: `[Gửi cho bạn bè]`, `[Trở về]`
    if vn.reads_as_more(text):
        return False  # the whole list's (Koha's `Hiển thị tất cả tin tức`), none of its items
    return not _DIGIT.search(text) or not is_only_a_date(text)


def is_meta_link(link: Element, href: str) -> bool:
    """A meta line's link to the author's page (`/author/admin/`, `rel="author"`), to the
    outlet's, or to the article's section or a tag (`rel="category tag"`,
    `itemprop="articleSection"`, WordPress's category base `/category/…`, a link after
    `Chuyên mục:`)."""
    if to_an_author_page(href) or to_an_editor(href) or _names_the_section(link):
        return True
    if to_an_outlet_page(href):
        return True  # (an aggregator's card: `<a href="/nguon/bao-nam-dinh.html">Báo Nam Định</a>`)
    if next(link.iterancestors("address"), None) is not None:
        return True  # the article's contact box: its author, linked to a profile
    if to_a_category_page(href) or to_a_tag_page(href):
        return True  # (a card's tags, linked each to its page: `/tags/cau-khi/`, `#cầu khỉ`)
    words = len(text_content(link).split())
    if words <= _MAX_LABELLED_SECTION_WORDS and labelled_as_category(link):
        return True  # (EasyDNNnews's `Danh mục: <a href="…/CategoryID/12/…">`)
    return bool(link.get("rel")) and bool(rel_values(link) & _CREDIT_RELS)


def _names_the_section(link: Element) -> bool:
    """Does the microdata name the link, or its one child, the article's section (Joomla 4's
    `<a><span itemprop="genre">Hoạt động chuyên môn</span></a>`)?"""
    if link.get("itemprop") in _SECTION_PROPS:
        return True
    return len(link) == 1 and link[0].get("itemprop") in _SECTION_PROPS


def is_only_a_date(text: str) -> bool:
    """Is the text a timestamp and nothing else (`21 Tháng mười một, 2024`: its month in words
    gives it a title's letters)?"""
    start, end = vn.parse_timestamp_detailed(text).span or (0, 0)
    return end - start >= len(vn.clean_text(text)) - 1


def _has_letters(text: str, wanted: int) -> bool:
    """Does the text hold `wanted` letters? (A title has them in its first words.)"""
    for c in text:
        if c.isalpha():
            wanted -= 1
            if not wanted:
                return True
    return False

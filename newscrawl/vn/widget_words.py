"""The words of the widgets a page sets among an article's paragraphs or in its head: a share
or print line, a media file's line, an advertisement's label, a newsletter's call over its
form, a feed's title naming the site. None of them is the article's."""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text, fold

# (A sentence may open with the same words, `Chia sẻ sau khi nhận giải, …`: a line only.)
_SHARE_LINE = re.compile(r"(?:chia sẻ|share|in bài|gửi bài|bản in)\b", re.I)
_MAX_SHARE_LINE_CHARS = 80
# A player's file named in the text (`Video: le-hoi.mp4`), the editor's note of an upload.
_MEDIA_FILE = re.compile(
    r"(?:video|audio|clip|file)\s*:\s*\S+\.(?:mp4|mp3|m4a|flv|webm|mov|wav|avi)\b", re.I
)
_AD_LABELS = frozenset(fold(label) for label in ("quảng cáo", "advertisement", "tài trợ", "ads"))
_AD_MARKS = " \t\r\n-–—·|"
# A newsletter's call over its e-mail field.
_NEWSLETTER = re.compile(r"(?:đăng ký|nhận bản tin|nhận tin|subscribe|sign up|newsletter)", re.I)
# A site's feeds are named after it (Blogger's `Mực Tàu Giấy Đỏ - Atom`, WordPress's `Sông Trà
# » Feed`, `» Dòng thông tin` in its Vietnamese pack).
_FEED_TITLE = re.compile(
    r"(.+?)\s+[-»]\s+(?:atom|rss|feed|comments feed|dòng thông tin|dòng phản hồi)", re.IGNORECASE
)


def is_share_line(text: str) -> bool:
    """Is the line a share or print widget's words (`Chia sẻ`, `In bài`, `Gửi bài viết`)?"""
    text = clean_text(text)
    return len(text) <= _MAX_SHARE_LINE_CHARS and _SHARE_LINE.match(text) is not None


def names_a_media_file(text: str) -> bool:
    """Does the line name a player's file (`Video: le-hoi-den-tran.mp4`)?"""
    return _MEDIA_FILE.match(clean_text(text)) is not None


def labels_an_ad(text: str) -> bool:
    """Is the text an advertisement's label (`Quảng cáo`, tagDiv's `- Quảng cáo -`)?"""
    return fold(clean_text(text).strip(_AD_MARKS)) in _AD_LABELS


def offers_a_newsletter(text: str) -> bool:
    """Does the text open with a newsletter's call (`Đăng ký nhận bản tin`, `Subscribe`)?"""
    return _NEWSLETTER.match(clean_text(text)) is not None


def site_name_of_feed(title: str) -> str | None:
    """The site's name a feed's title gives (`Sông Trà » Feed` -> `Sông Trà`), or None."""
    named = _FEED_TITLE.fullmatch(clean_text(title))
    return named.group(1) if named else None

"""The site's own notices, told by their words: the masthead every Vietnamese news site and
portal prints at the foot of its pages.

The law (Decree 72/2013/NĐ-CP, then 27/2018/NĐ-CP) makes a site show who owns it, who answers
for its content, its licence, and how to reach it; sites add a line on reuse and a visit
counter. So a box of such lines is the site's, whatever its markup calls it: a short article
above a long masthead is still the article. Matched without diacritics, since templates of the
2000s print `Giay phep so` as often as `Giấy phép số`.
"""

from __future__ import annotations

import re
import unicodedata

from newscrawl.vn.text import clean_text, without_marks

# The visitors online now, which a site's counter prints beside its visits: `Hiện có 4 khách
# trực tuyến`, `Đang truy cập: 12`, `Online: 4` (lower case, without diacritics).
_ONLINE_NOW = r"(?:(?:dang|khach|nguoi|thanh vien) truc tuyen|dang truy cap|dang online|online\s*:)"
# What each kind of masthead line says (lower case, without diacritics). People and contacts
# are labels (`Tổng Biên tập: ...`, `Điện thoại trực ban: ...`): a sentence of an article may
# name an editor-in-chief or an address, but does not label them.
_KINDS = {
    # (A party paper states whose organ it is: `Cơ quan của Đảng bộ tỉnh Thái Bình`.)
    "owner": re.compile(r"\b(?:co quan|don vi) chu quan\b|\bco quan cua dang bo\b"),
    "editor": re.compile(
        r"\b(?:tong bien tap|truong ban bien tap|chiu trach nhiem(?: [a-z ]{1,20})?)\s*:"
    ),
    "licence": re.compile(r"\bgiay phep\b.{0,40}?\bso\b|\b\d+/gp-"),
    "reuse": re.compile(r"\bghi ro nguon\b|\bphat hanh lai\b|\bban quyen\b|©|\bcopyright\b"),
    "contact": re.compile(
        r"\b(?:dia chi|dien thoai|dt|toa soan|e-?mail|fax|hotline|duong day nong)"
        r"(?: [a-z ]{1,20})?\s*:"
    ),
    "visits": re.compile(rf"\b(?:luot truy cap\b|{_ONLINE_NOW})"),
}
# A masthead names at least three of these, on most of its lines; an article that mentions an
# editor-in-chief or a building licence in its sentences does not.
_MIN_KINDS = 3
_MAX_LINE_CHARS = 300
# The words that give away each kind but `contact`, with or without diacritics: a masthead has
# three kinds, so two of these at least. Most boxes are told they are none by this one scan.
_HINTS = {
    "owner": ("chủ quản", "cơ quan của đảng bộ"),
    "editor": ("biên tập", "trách nhiệm"),
    "licence": ("giấy phép", "/gp-"),
    "reuse": ("ghi rõ nguồn", "phát hành lại", "bản quyền", "©", "copyright"),
    "visits": ("truy cập", "trực tuyến", "đang online"),
}
# (Substring tests: far quicker than one pattern of alternatives run at every position.)
_HINT_WORDS = tuple(
    tuple(dict.fromkeys(form for word in words for form in (word, without_marks(word))))
    for words in _HINTS.values()
)
_MIN_HINTS = 2


def masthead_kinds(line: str) -> frozenset[str]:
    """What a line of a masthead says: `owner`, `editor`, `licence`, `reuse`, `contact`,
    `visits` (empty for any other line)."""
    key = without_marks(clean_text(line).casefold())
    return frozenset(kind for kind, pattern in _KINDS.items() if pattern.search(key))


def may_be_masthead(text: str) -> bool:
    """Could this text be a masthead? One scan for the words that give away two kinds of its
    lines, before reading it line by line (`reads_as_masthead`)."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    folded = text.casefold()
    kinds = sum(1 for words in _HINT_WORDS if any(word in folded for word in words))
    return kinds >= _MIN_HINTS


def reads_as_masthead(text: str) -> bool:
    """Is this box of lines (`\\n` between them) the site's masthead: three kinds of masthead
    line or more, in short lines holding most of its text? (A footer's menu links are many
    lines but little text; an article's sentences are long.)"""
    if not may_be_masthead(text):
        return False
    kinds: set[str] = set()
    marked = total = 0
    for line in text.splitlines():
        size = len(line.strip())
        total += size
        found = masthead_kinds(line) if size <= _MAX_LINE_CHARS else frozenset()
        if found:
            marked += size
            kinds.update(found)
    return len(kinds) >= _MIN_KINDS and 2 * marked > total


# What a server or a CMS says instead of the page asked for, as the whole headline: an HTTP
# status's reason phrase (a proxy's, a web server's, ASP.NET's), a database or maintenance
# notice, and their Vietnamese wordings; the status code may stand before or after it. Whole:
# an article may well be about a power line under maintenance or a person not found.
_ERROR_NOTICE = re.compile(
    r"(?:(?:http |error |loi )?\d{3}\b\W*)?"
    r"(?:service (?:temporarily )?unavailable|bad gateway|gateway time-?out"
    r"|internal server error|(?:page |file )?not found|gone|forbidden|access denied"
    r"|too many requests|error establishing a database connection|database error"
    r"|server error in .{1,40} application|runtime error"
    r"|(?:the )?(?:site|website|page) is (?:under|down for) maintenance|under maintenance"
    r"|khong tim thay(?: trang| noi dung| bai viet| tin| du lieu)?(?: (?:yeu cau|ban tim))?"
    r"|(?:trang|bai viet|tin tuc|tin|noi dung)(?: ban (?:tim|yeu cau))? khong ton tai"
    r"(?: hoac da bi (?:xoa|go bo))?|(?:trang|bai viet|tin tuc|tin|noi dung) da bi (?:xoa|go bo)"
    r"|(?:he thong|website|trang web) dang bao tri|da xay ra loi|co loi xay ra"
    r"|error|loi)?"
    r"\W*(?:\d{3})?\W*"
)


# Of those, the notices that say the page does not exist, or no longer does: a 404 or a 410
# under status 200, as a CMS answers for an article taken down. A server down or busy says
# nothing of the page.
_GONE_NOTICE = re.compile(r"\b(?:404|410)\b|not found|\bgone\b|khong (?:tim thay|ton tai)|da bi")


def says_page_is_gone(headline: str) -> bool:
    """Is the headline an error notice saying the page is not there (`Bài viết không tồn tại`,
    `404 Not Found`), rather than that the server failed (`503 Service Unavailable`)?"""
    if not is_error_notice(headline):
        return False
    return _GONE_NOTICE.search(without_marks(clean_text(headline).casefold())) is not None


def is_error_notice(headline: str) -> bool:
    """Is the headline a server's or a CMS's error notice (`503 Service Unavailable`, `Không
    tìm thấy trang`), sent with status 200 where the page should be (a soft error)?"""
    key = without_marks(clean_text(headline).casefold())
    found = _ERROR_NOTICE.fullmatch(key)
    return found is not None and any(c.isalnum() for c in key)


# A paid article's disclosure under its text (the law asks advertising to be told apart):
# `Bài viết do nhãn hàng cung cấp`, `Nội dung được thực hiện với sự tài trợ của …`.
_SPONSORSHIP = re.compile(
    r"\bdo (?:nhan hang|doanh nghiep|nha tai tro|doi tac|don vi tai tro) cung cap\b"
    r"|\bvoi su tai tro cua\b|^noi dung tai tro$"
)
_MAX_DISCLOSURE_CHARS = 160


def discloses_sponsorship(text: str) -> bool:
    """Does the line say the article is paid for: its sponsor's disclosure, no text of it?"""
    if len(text) > _MAX_DISCLOSURE_CHARS:
        return False
    key = without_marks(clean_text(text).casefold()).strip(" .")
    return _SPONSORSHIP.search(key) is not None


# A paper's standing call for its readers' tips closing an article, its hotline or address
# given (`Bạn đọc có thông tin phản ánh, vui lòng liên hệ Đường dây nóng …: 0969.750.750`): the
# paper's line under every such article. Its readers are named: an agency's appeal that the
# story quotes (`Người dân có thông tin … liên hệ Công an xã …`) is the story's.
_TIP_PARTS = (
    re.compile(r"\b(?:ban doc|doc gia)\b"),
    re.compile(r"\b(?:lien he|gui ve|gui den|goi|phan anh ve|phan anh qua)\b"),
    re.compile(r"\b(?:duong day nong|hotline|e-?mail|so dien thoai|dien thoai)\b"),
    re.compile(r"@|[0-9]{3,4}[. ]?[0-9]{3}"),
)
_MAX_TIP_CALL_CHARS = 250


def asks_for_tips(text: str) -> bool:
    """Does the line ask the paper's readers for tips, giving them a way to reach it?"""
    if len(text) > _MAX_TIP_CALL_CHARS:
        return False
    key = without_marks(clean_text(text).casefold())
    return all(part.search(key) for part in _TIP_PARTS)


# A site's statistics box counts the visitors online beside its page views.
_ONLINE = re.compile(rf"\b{_ONLINE_NOW}")
_MAX_ONLINE_LINE_CHARS = 60


def counts_visitors_online(line: str) -> bool:
    """Does the line count the site's visitors online now?"""
    if len(line) > _MAX_ONLINE_LINE_CHARS:
        return False
    return _ONLINE.search(without_marks(clean_text(line).casefold())) is not None


# A page's own notice of its reloads: a live report's countdown, which its script keeps current
# (`Trang tự động cập nhật sau 60 giây`), or Google Docs' interval over a published document
# (`Được cập nhật tự động 5 phút một lần`).
_RELOADS = re.compile(
    r"(?:trang )?tự động (?:cập nhật|làm mới|tải lại)(?: trang)? sau \d+ (?:giây|phút)\.?"
    r"|(?:được )?cập nhật tự động \d+ (?:giây|phút) một lần\.?"
    r"|updated automatically every \d+ (?:seconds|minutes)\.?",
    re.IGNORECASE,
)


def announces_reloads(line: str) -> bool:
    """Is the line the page's notice of when it reloads or is updated, and nothing else?"""
    return _RELOADS.fullmatch(clean_text(line)) is not None

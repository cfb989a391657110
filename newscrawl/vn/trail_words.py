"""The words of a page's breadcrumb and of the rows of links that look like one: what labels a
trail, its home crumb, a portal's page that shows an item where a trail ends, the site's own
pages and a ticker's topics, none of them a section."""

from __future__ import annotations

import re

from newscrawl.vn.text import clean_text, fold, without_marks

# What a trail is labelled for screen readers (`navigation`, `điều hướng`, is any menu's).
_TRAIL_LABEL = re.compile(r"breadcrumb|crumb|duong dan|navigation path")
_MAX_TRAIL_LABEL_CHARS = 24
_HOME = frozenset({"trang chủ", "home", "trang nhất", "trang chu", "homepage"})
# The pages a site has of its own, no section: a trail passes through one at most.
_SITES_OWN_PAGES = frozenset(
    {"giới thiệu", "liên hệ", "lưu trữ", "gửi câu hỏi", "sơ đồ trang", "sơ đồ site", "đăng nhập",
     "đăng ký", "about", "contact", "archive", "sitemap"}
)  # fmt: skip
# A portal page's own name where a trail ends (`… › Hoạt động HĐND tỉnh › Chi tiết tin`): the page
# that shows an article, no section.
_PAGE_NAMES = frozenset(
    {"chi tiết", "chi tiết tin", "chi tiết tin tức", "chi tiết bài viết", "tin chi tiết",
     "nội dung", "nội dung chi tiết", "xem chi tiết", "xem tin", "bài viết", "detail", "details",
     "news detail", "article", "bài báo", "toàn văn"}
)  # fmt: skip
_DETAIL = fold("chi tiết ")
# The labels of a ticker's or a header's line of topics, linked to their sections and split by
# `·` like crumbs (`Tiêu điểm: Sáp nhập xã · Đại hội Đảng bộ các cấp`).
_TOPIC_LABELS = frozenset(
    {"tiêu điểm", "chủ đề", "chủ đề nóng", "sự kiện", "sự kiện nổi bật", "xu hướng", "nóng",
     "tin nóng", "hot", "trending", "dòng sự kiện", "tieu diem", "chu de"}
)  # fmt: skip


def labels_a_trail(label: str) -> bool:
    """Does an `aria-label` name a breadcrumb (`breadcrumb`, Liferay's Vietnamese `Đường
    dẫn`)? Not a menu's `navigation` or `Điều hướng`."""
    label = clean_text(label)
    if len(label) > _MAX_TRAIL_LABEL_CHARS:
        return False
    return _TRAIL_LABEL.search(without_marks(label).lower()) is not None


def names_home(name: str) -> bool:
    """Is a crumb's name the site's home (`Trang chủ`, `Home`)?"""
    return fold(name) in _HOME


def names_a_sites_own_page(name: str) -> bool:
    """Is a link's name one of the site's own pages (`Giới thiệu`, `Lưu trữ`), no section?"""
    return fold(name) in _SITES_OWN_PAGES


def names_a_detail_page(name: str) -> bool:
    """Is `name` a portal's page that shows an item (`Chi tiết tin`), no section and no
    article; or the detail page of whatever the site lists (`Chi tiết bản tin`, `Chi tiết phản
    ánh`)?"""
    folded = fold(name)
    return folded in _PAGE_NAMES or folded.startswith(_DETAIL)


def labels_topics(label: str) -> bool:
    """Does a label before a row of links head a ticker's topics (`Tiêu điểm:`, `Chủ đề
    nóng:`), not a trail (`Bạn đang ở:`)?"""
    return fold(label).rstrip(" :") in _TOPIC_LABELS

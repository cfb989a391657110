"""A widget's words among an article's paragraphs or in its head: one row per form seen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newscrawl.vn.documents import names_a_letter
from newscrawl.vn.widget_words import (
    is_share_line,
    labels_an_ad,
    names_a_media_file,
    offers_a_newsletter,
    site_name_of_feed,
)
from tests.vn.tables import nfd

_ROWS: list[tuple[Callable[[str], bool], str, bool]] = [
    # a share or print widget's line left in the text
    (is_share_line, "Chia sẻ: Facebook Zalo", True),
    (is_share_line, "In bài viết", True),
    (is_share_line, "Gửi bài cho bạn bè", True),
    (is_share_line, nfd("Chia sẻ"), True),  # decomposed
    (  # a paragraph opening with the same words, longer than a widget's line
        is_share_line,
        "Chia sẻ sau khi nhận giải, chị Lan cho biết sẽ tiếp tục gắn bó với nghề dệt chiếu.",
        False,
    ),
    (is_share_line, "Shareholders meeting", False),  # a word that only begins so
    # a player's file named in the text
    (names_a_media_file, "Video: le-hoi-den-tran.mp4", True),
    (names_a_media_file, "Audio : ban-tin-sang.mp3", True),
    (names_a_media_file, nfd("Clip: lũ-quét.mov"), True),  # decomposed
    (names_a_media_file, "Video: Toàn cảnh lễ hội đền Trần", False),  # a video's title
    # an advertisement's label
    (labels_an_ad, "Quảng cáo", True),
    (labels_an_ad, "- Quảng cáo -", True),  # tagDiv's, between dashes
    (labels_an_ad, "ADVERTISEMENT", True),
    (labels_an_ad, nfd("Tài trợ"), True),  # decomposed
    (labels_an_ad, "Quảng cáo sản phẩm OCOP tại hội chợ", False),  # a sentence
    # a newsletter's call over its e-mail field
    (offers_a_newsletter, "Đăng ký nhận bản tin hằng tuần", True),
    (offers_a_newsletter, "Subscribe to our newsletter", True),
    (offers_a_newsletter, nfd("Nhận tin mới nhất qua email"), True),  # decomposed
    (offers_a_newsletter, "Bạn đọc có thể đăng ký nhận bản tin", False),  # opens otherwise
    # a letter's kind heading it, in capitals
    (names_a_letter, "THƯ CẢM ƠN", True),
    (names_a_letter, "LỜI KÊU GỌI ủng hộ đồng bào bị thiệt hại do bão số 3", True),
    (names_a_letter, nfd("THƯ NGỎ"), True),  # decomposed
    (names_a_letter, "Thư cảm ơn của gia đình", False),  # no kind in capitals
    (names_a_letter, "THƯỜNG TRỰC HĐND TỈNH", False),  # a word that only begins so
]


@pytest.mark.parametrize(("ask", "text", "expected"), _ROWS)
def test_widget_words(ask: Callable[[str], bool], text: str, expected: bool) -> None:
    assert ask(text) is expected


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Mực Tàu Giấy Đỏ - Atom", "Mực Tàu Giấy Đỏ"),  # Blogger's feed
        ("Sông Trà » Feed", "Sông Trà"),  # WordPress's
        ("Sông Trà » Dòng thông tin", "Sông Trà"),  # ... in its Vietnamese pack
        (nfd("Sông Trà » Dòng phản hồi"), "Sông Trà"),  # decomposed, composed
        ("Tin tức mới nhất", None),  # no feed's word
    ],
)
def test_site_name_of_feed(title: str, site: str | None) -> None:
    assert site_name_of_feed(title) == site

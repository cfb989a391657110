"""A breadcrumb's words, and those of the rows of links that look like one: one row per form
seen."""

from __future__ import annotations

import pytest

from newscrawl.vn.trail_words import (
    labels_a_trail,
    labels_topics,
    names_a_detail_page,
    names_a_sites_own_page,
    names_home,
)
from tests.vn.tables import nfd


@pytest.mark.parametrize(
    ("label", "trail"),
    [
        ("breadcrumb", True),  # `<nav aria-label="breadcrumb">`
        ("Breadcrumbs", True),
        ("Đường dẫn", True),  # Liferay's Vietnamese pack
        (nfd("Đường dẫn"), True),  # decomposed
        ("Navigation path", True),
        ("navigation", False),  # any menu's
        ("Điều hướng", False),
        ("Đường dẫn đến các bài viết cùng chủ đề", False),  # longer than a label
    ],
)
def test_labels_a_trail(label: str, trail: bool) -> None:
    assert labels_a_trail(label) is trail


@pytest.mark.parametrize(
    ("name", "home"),
    [
        ("Trang chủ", True),
        ("TRANG CHỦ", True),
        ("Home", True),
        ("Trang nhất", True),
        ("trang chu", True),  # typed without its marks
        (nfd("Trang chủ"), True),  # decomposed
        ("Trang chủ đề", False),
        ("Thời sự", False),
    ],
)
def test_names_home(name: str, home: bool) -> None:
    assert names_home(name) is home


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("Giới thiệu", True),  # Tumblr's `Giới thiệu · Lưu trữ · Gửi câu hỏi`
        ("Lưu trữ", True),
        ("Gửi câu hỏi", True),
        ("Sitemap", True),
        (nfd("Liên hệ"), True),  # decomposed
        ("Văn hóa", False),
        ("Giới thiệu sách", False),  # a section
    ],
)
def test_names_a_sites_own_page(name: str, own: bool) -> None:
    assert names_a_sites_own_page(name) is own


@pytest.mark.parametrize(
    ("name", "detail"),
    [
        ("Chi tiết tin", True),  # `… › Hoạt động HĐND tỉnh › Chi tiết tin`
        ("Chi tiết", True),
        ("Chi tiết bản tin", True),  # whatever the site lists
        ("Chi tiết phản ánh", True),
        ("Bài báo", True),  # a journal's
        ("Toàn văn", True),
        (nfd("Chi tiết tin tức"), True),  # decomposed
        ("Tin tức", False),
        ("Chỉ tiêu kinh tế", False),
    ],
)
def test_names_a_detail_page(name: str, detail: bool) -> None:
    assert names_a_detail_page(name) is detail


@pytest.mark.parametrize(
    ("label", "topics"),
    [
        ("Tiêu điểm:", True),  # `Tiêu điểm: Sáp nhập xã · Đại hội Đảng bộ các cấp`
        ("Chủ đề nóng:", True),
        ("Sự kiện", True),
        ("Trending:", True),
        (nfd("Tiêu điểm:"), True),  # decomposed
        ("Bạn đang ở:", False),  # a trail's label
        ("Vị trí:", False),
    ],
)
def test_labels_topics(label: str, topics: bool) -> None:
    assert labels_topics(label) is topics

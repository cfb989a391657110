"""The paper's words pointing its readers elsewhere: one row per form seen."""

from __future__ import annotations

import pytest

from newscrawl.vn.prompts import (
    invites_the_reader,
    invites_to_watch,
    is_shop_call,
    labels_a_download,
    labels_a_video,
)
from tests.vn.tables import nfd


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        # a paper's line under every article, linking to a section
        ("* Mời bạn đọc vào chuyên mục Quốc phòng - An ninh xem các tin, bài liên quan.", True),
        ("» Mời quý thính giả nghe chương trình", True),  # a radio station's
        ("Mời khán giả đón xem", True),
        ("Mời các bạn theo dõi", True),
        (nfd("Mời bạn đọc xem thêm"), True),  # decomposed
        ("Mời thầu gói thầu xây lắp số 3", False),  # an invitation to tender: the article's
        ("Ông Hùng mời bạn đọc ghé thăm", False),  # a sentence of the text
    ],
)
def test_invites_the_reader(text: str, prompt: bool) -> None:
    assert invites_the_reader(text) is prompt


@pytest.mark.parametrize(
    ("text", "watch"),
    [
        ("Mời quý độc giả xem video:", True),  # over the player
        ("Mời quý vị theo dõi phóng sự của Đài PT-TH Thái Bình", True),
        ("Mời bạn đọc nghe podcast", True),
        (nfd("Mời quý độc giả xem video:"), True),  # decomposed
        ("Mời bạn đọc vào chuyên mục Xã hội xem thêm", False),  # to a section, no player
        ("Video: Toàn cảnh lễ hội", False),  # a label: `labels_a_video`'s
    ],
)
def test_invites_to_watch(text: str, watch: bool) -> None:
    assert invites_to_watch(text) is watch


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Video: Toàn cảnh lễ hội đình làng", True),
        ("  Clip : Người dân đổ ra đường", True),  # the template's spaces
        ("VIDEO: Hướng dẫn làm đệm lót", True),
        ("Video hướng dẫn làm đệm lót", False),  # no label's colon
        ("Xem video: lễ hội", False),  # opens with other words
    ],
)
def test_labels_a_video(text: str, label: bool) -> None:
    assert labels_a_video(text) is label


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("Mua ngay", True),  # Haravan's button under a blog post
        ("ĐẶT HÀNG NGAY", True),
        ("Buy now", True),
        (nfd("Đặt mua"), True),  # decomposed
        ("Mua ngay kẻo lỡ: giảm giá 30%", False),  # a teaser's headline
    ],
)
def test_is_shop_call(text: str, call: bool) -> None:
    assert is_shop_call(text) is call


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tải về", True),  # `Tải về: <a href="….xls">Biểu IIP tháng 10</a>`
        ("File đính kèm:", True),
        ("Văn bản đính kèm", True),
        ("Download", True),
        (nfd("Tải về"), True),  # decomposed
        ("Xem thêm", False),  # a see-also label
        ("Tải về máy để xem", False),
    ],
)
def test_labels_a_download(text: str, label: bool) -> None:
    assert labels_a_download(text) is label

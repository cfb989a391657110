"""The words around a timestamp in a meta line: one row per form seen."""

from __future__ import annotations

import pytest

from newscrawl.vn.stamp_words import (
    gives_the_edits_reason,
    is_poster_label,
    labels_the_clock,
    names_its_editor,
    opens_with_poster,
    opens_with_writer,
    poster_after_time,
    split_at_update,
)
from tests.vn.tables import nfd


@pytest.mark.parametrize(
    ("text", "poster"),
    [
        ("bởi Thu Hà", True),  # Moodle's `bởi <a>Name</a> - Thứ Năm, 21 tháng 11 2024`
        ("Posted by admin", True),  # WordPress's post meta after the date
        ("by admin in Văn hóa", True),
        ("Đăng bởi Phan Văn Thiện", True),
        ("gửi bởi songxanh88", True),  # SMF, after the post's time
        ("bởi: admin", True),  # PHP-Nuke's `… 08:15:42 bởi: admin`
        ("Người đăng: admin", True),  # a portal's `- Người đăng: admin` after the date
        ("Viết bởi Hoàng Lâm", True),  # Joomla 1.0's credit row
        ("Written by Minh Anh", True),
        (nfd("Người đăng: Trần Thị Lụa"), True),  # decomposed (DNN)
        ("  bởi\u00a0Thu Hà", True),  # the template's spaces
        ("Tác giả: Thu Hà", False),  # a writer's label, no poster's
        ("bởi", False),  # the word alone names no one
        ("bypass Thái Bình", False),  # a word that begins so
        ("Nguồn: TTXVN", False),
    ],
)
def test_opens_with_poster(text: str, poster: bool) -> None:
    assert opens_with_poster(text) is poster


@pytest.mark.parametrize(
    ("text", "editor"),
    [
        ("Bài này được sửa lần cuối bởi nongdan_vinhlac vào", True),  # Discuz
        ("Bài viết được haidang_phuot chỉnh sửa lần cuối lúc", True),
        ("Last edited by admin on", True),  # phpBB's English pack
        ("Cập nhật bởi Thu Hà lúc", True),
        (nfd("Bài này được sửa lần cuối bởi nongdan_vinhlac vào"), True),  # decomposed
        ("Bài viết được đăng bởi admin", False),  # a posting, no edit
        ("Đăng bởi Thu Hà", False),
        ("Bài này được sửa lần cuối bởi nongdan2024 vào", False),  # digits: no label
        ("Bài này được sửa lần cuối bởi một thành viên của diễn đàn nông nghiệp vào", False),
    ],
)
def test_names_its_editor(text: str, editor: bool) -> None:
    assert names_its_editor(text) is editor


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Ngày đăng: 28/11/2024 15:42 - Ngày cập nhật: 28/11/2024 17:05",
            ["Ngày đăng: 28/11/2024 15:42", "Ngày cập nhật: 28/11/2024 17:05"],
        ),
        (
            "Đăng lúc 15:42 28/11/2024, cập nhật lúc 17:05 28/11/2024",
            ["Đăng lúc 15:42 28/11/2024", "cập nhật lúc 17:05 28/11/2024"],
        ),
        (
            "28/11/2024 – Lần cập nhật cuối: 29/11/2024",
            ["28/11/2024", "Lần cập nhật cuối: 29/11/2024"],
        ),
        (
            nfd("Ngày đăng: 28/11/2024 - Ngày cập nhật: 29/11/2024"),
            ["Ngày đăng: 28/11/2024", "Ngày cập nhật: 29/11/2024"],
        ),
        # A note without a time is no update's line: the line stays whole.
        (
            "28/11/2024 - cập nhật liên tục trong ngày",
            ["28/11/2024 - cập nhật liên tục trong ngày"],
        ),
        ("Ngày đăng: 28/11/2024 15:42", ["Ngày đăng: 28/11/2024 15:42"]),
    ],
)
def test_split_at_update(text: str, parts: list[str]) -> None:
    assert split_at_update(text) == parts


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Hôm nay: ", True),  # the top bar's `Hôm nay: Thứ Ba, 06/12/2022`
        ("Today is", True),
        ("Bây giờ là", True),
        ("| Hôm nay", True),
        (nfd("Hôm nay:"), True),  # decomposed
        ("Ngày đăng:", False),
        ("Cập nhật:", False),
        ("Tin hôm nayx", False),  # a word that only begins so
    ],
)
def test_labels_the_clock(text: str, clock: bool) -> None:
    assert labels_the_clock(text) is clock


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Đăng bởi", True),  # Blogger's, before `<span class="fn">Name</span>`
        ("Posted by:", True),
        ("Viết bởi", True),
        ("gửi bởi ", True),
        (nfd("Đăng bởi"), True),  # decomposed
        ("Đăng bởi Thu Hà", False),  # the name too: no label alone
        ("bởi", False),  # (a date line's `bởi`, read with its name)
        ("Tác giả", False),
    ],
)
def test_is_poster_label(text: str, label: bool) -> None:
    assert is_poster_label(text) is label


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Viết bởi Hoàng Lâm", True),  # Joomla 1.0's and Mambo's row, no colon
        ("Viết bởi", True),  # Webflow's author card: the name in the next box
        ("Viết bởi:", True),
        ("  Written by Minh Anh", True),
        (nfd("Viết bởi Hoàng Lâm"), True),  # decomposed
        ("Đăng bởi Thu Hà", False),  # a poster, no writer
        ("Bài viết bởi nhóm phóng viên", False),  # a sentence
    ],
)
def test_opens_with_writer(text: str, writer: bool) -> None:
    assert opens_with_writer(text) is writer


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Thg10 14, 2024, 15:30 CH By Minh Anh", "By Minh Anh"),  # Sitefinity, after the `CH`
        ("14/10/2024 15:30 bởi Thu Hà", "bởi Thu Hà"),
        (nfd("14/10/2024 15:30 bởi Thu Hà"), "bởi Thu Hà"),  # decomposed: the name composed
        ("bởi Thu Hà", None),  # before any time: `opens_with_poster`'s
        ("Xã Vũ Hội có 2 bởi", None),  # no name after it
    ],
)
def test_poster_after_time(text: str, credit: str | None) -> None:
    assert poster_after_time(text) == credit


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Lý do: Bổ sung ảnh", True),  # vBulletin's, after the edit note's time
        ("Reason: typo", True),
        (nfd("Lý do : sửa lỗi chính tả"), True),  # decomposed
        ("Lý do khiến người dân phấn khởi là giá lúa tăng", False),  # a sentence
        ("bởi Thu Hà", False),
    ],
)
def test_gives_the_edits_reason(text: str, reason: bool) -> None:
    assert gives_the_edits_reason(text) is reason
